# British English: only the evening's lines that differ from American English.

evening--reply-cross-say = Cross. That's a big feeling.
