# British English: only what differs from American English.

rewards--sticker-ladybug-words = a ladybird
rewards--wear-hat-words = a bobble hat
