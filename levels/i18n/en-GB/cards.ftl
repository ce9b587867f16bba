# British English: only what differs from American English (nothing, since the cards' lines
# say what each picture shows: see ../en-US and levels/cards.toml).
