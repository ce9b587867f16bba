# British English: only the lines that differ from American English.

lines--ritual-choose = Let's practise saying goodbye! Pick a game.
lines--stickers-streak_days = { $days } { $place } days in a row! Every sun is a day you practised.
lines--stickers-streak_today = A sticker today! Every sun is a day you practised.
lines--stickers-streak_none = Every sun is a day you practised your goodbye.
lines--buddy_maker-tab-colour = Which colour is { $buddy }?
lines--buddy_maker-colour-grey = Soft grey!
lines--buddy_maker-colour-charcoal = Dark grey!
lines--buddy_maker-wear_on-scarf = A cosy scarf!
lines--ritual-buddy_goodbye = Bye bye, { $buddy }! Have a lovely day at buddy nursery. I'll come back right after { $pickup_after }!
lines--ritual-buddy_welcome = Hello, { $buddy }! Welcome to buddy nursery, says the teacher. Come and play!
