# British English: only what differs from American English. A British three-year-old is cross.

feelings--cross-label = Cross
feelings--cross-words = cross
feelings--cross-say = Cross.
feelings--cross-reply = It's OK to feel cross. Cross is a big feeling. { $buddy } feels cross sometimes too.
