# The "Your voice" page: how it names the lines a parent can record.
# American English is the source; other languages translate these ids.

parent_voice--group-key = Key lines
parent_voice--group-story = The story
parent_voice--group-other = Everything else

parent_voice--title-page = Page { $page }
parent_voice--title-page_part = Page { $page } ({ $part } of { $parts })
parent_voice--title-goodbye_step = Goodbye: { $step }
parent_voice--title-tap = Story: tap on page { $page }
parent_voice--title-hint = Story: hint on page { $page }
parent_voice--title-choice = Story: choosing { $choice }
parent_voice--title-story_title = The title
parent_voice--title-shelf_page = { $story }: page { $page }
parent_voice--title-shelf_tap = { $story }: tap on page { $page }
parent_voice--title-shelf_hint = { $story }: hint on page { $page }
parent_voice--title-shelf_choice = { $story }: choosing { $choice }

parent_voice--where-parts = Doors and bridges
parent_voice--where-cards = My day
parent_voice--where-feelings = Feelings
parent_voice--where-ritual_steps = Goodbye game
parent_voice--where-evening = How was your day?
parent_voice--where-lines_home = Home
parent_voice--where-lines_flow = Morning
parent_voice--where-lines_feelings = Feelings
parent_voice--where-lines_my_day = My day
parent_voice--where-lines_story = Story
parent_voice--where-lines_ritual = Goodbye game
parent_voice--where-lines_breathe = Breathe
parent_voice--where-lines_stickers = Sticker book
parent_voice--where-lines_buddy_maker = My buddy
