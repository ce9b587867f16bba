# British English: only what differs from American English.

cards--art-say = Art time! We paint with lots of colours.
cards--nap-say = Nap time. { $child } rests on a cosy bed with { $buddy }.
