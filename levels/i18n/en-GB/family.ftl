# British English: only the family's words that differ from American English (see ../languages.toml).

family--default-grownup = Mummy
family--usual_place = nursery

family--role-mother = Mummy
family--role-grandmother = Granny
family--role-grandfather = Grandad
family--more_names = Mum, Mama, Dad, Nana
