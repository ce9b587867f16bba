# British English: only what differs from American English.

parts--ritual-door_line = Let's practise our goodbye.
parts--ritual-bridge = Now, let's practise our goodbye with { $grownup }.
parts--ritual-parent_description = Practise the goodbye ritual as a little game.
