# British English: only the screens' words that differ from American English.

screens--buddy_maker-tab-colour = Colour
