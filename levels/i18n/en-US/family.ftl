# The family's words that lines use: the place (the parent's choice in set-up) and how a list is
# said ("hug, kiss and high five"). Each language says them in its own words here, and may add
# helper messages of its own (ids without "--") that its lines reference: see docs/TRANSLATING.md.

family--place-daycare = daycare
family--place-nursery = nursery
family--place-preschool = preschool
family--place-childminder = childminder's

# "hug, kiss and high five": { $rest } is every item but the last, with commas.
family--and = { $rest } and { $last }

# The names the game starts with, before a parent types the family's own (a new profile, or a
# language switch offers to change the old language's defaults to these).
family--default-child = Little One
family--default-grownup = Mommy
family--default-teacher = Miss Rosa
family--default-buddy = Buddy
# The place most families here call it: an id (daycare, nursery, preschool, childminder).
family--usual_place = daycare

# What a child may call a grown-up, by role: the grown-ups page offers these to tap, and a
# language switch offers to change them ("Mommy" to "Mummy" or "Mamá").
family--role-mother = Mommy
family--role-father = Daddy
family--role-grandmother = Grandma
family--role-grandfather = Grandpa
family--role-aunt = Auntie
family--role-uncle = Uncle
# More names the grown-ups page offers, after those (a list with commas).
family--more_names = Mama, Papa, Nana
