# The kid screens' own words: captions on buttons and pictures, for the grown-up beside the child
# (every line the child hears is in the content files: levels/*.toml). American English is the
# source; every other language translates these ids (levels/i18n/<language>/screens.ftl).
# Variables: the family's { $child } { $buddy } { $grownup } { $teacher } { $place } and the others
# listed in docs/TRANSLATING.md.

screens--common-home = Home
screens--common-all_done = All done
screens--common-go_on = Go on
screens--common-go = Go

screens--home-play = Play

screens--flow-all_ready = All ready for { $place }!
screens--flow-home_day = A lovely home day!

screens--feelings-breathe = Breathe
screens--feelings-breathe_with = Breathe with { $buddy }
screens--feelings-tricky_title = What's tricky at { $place }?

screens--my_day-title = My day at { $place }

screens--ritual-practice = Goodbye game
screens--ritual-together = Together
screens--ritual-buddy_turn = Buddy's turn
# Together mode, under the picture of the promise: the grown-up reads it out.
screens--ritual-say = Say: { $promise }

screens--stickers-new_for = New for { $buddy }!
# A sticker this version of the game does not know (saved by a newer one), inside a sentence.
screens--stickers-unknown = a sticker

screens--buddy_maker-tab-animal = Animal
screens--buddy_maker-tab-colour = Color
screens--buddy_maker-tab-wear = Wear
screens--buddy_maker-tab-pattern = Pattern
screens--buddy_maker-tab-name = Name
# Under a prize the buddy can wear once the child has enough stickers.
screens--buddy_maker-locked = Win with stickers
# Names a child can pick for the buddy, each with a picture.
screens--buddy_maker-names-honey = Honey
screens--buddy_maker-names-sunny = Sunny
screens--buddy_maker-names-star = Star
screens--buddy_maker-names-patch = Patch
screens--buddy_maker-names-cloud = Cloud
screens--buddy_maker-names-moony = Moony
screens--buddy_maker-names-button = Button

screens--parent_lock-hint = Grown-ups: press and hold the lock for 3 seconds

# The evening "How was your day?": the answers that are not a face, and the question over the cards.
screens--evening-dont_know = I don't know
screens--evening-skip = Skip
screens--evening-best_part = The best part?

# Under a name box, for the grown-up typing (a few seconds each).
screens--text_field-emoji = Emoji can't go in names. Letters only, please.
screens--text_field-paste_empty = There's no text to paste.
screens--text_field-too_long = Names can be up to { $count } letters, so the rest was left off.
screens--text_field-no_font = This computer has no font for { $count ->
    [one] this letter
   *[other] these letters
}, so it can't be shown. You could write the name in Latin letters instead.
