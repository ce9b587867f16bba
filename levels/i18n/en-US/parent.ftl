# The grown-ups' corner: the pages' own words (set-up, settings, the gate, the front page).
# American English is the source; every other language translates these ids
# (levels/i18n/<language>/parent.ftl). Variables: the family's { $child } { $buddy } { $grownup }
# { $teacher } { $place } and the others a message names.

## The frame every page shares

parent--frame-back = Back
parent--frame-done = Done
parent--frame-no_keep_it = No, keep it
parent--frame-on = On
parent--frame-off = Off
parent--frame-child_will_hear = Your child will hear: “{ $line }”

## The gate: a number written in words, typed as digits

parent--gate-title = For grown-ups
parent--gate-type = Type this number with the keyboard, then press Enter:
parent--gate-ok = OK
parent--gate-wrong = That wasn't it. Here is a new number.
parent--gate-children = Children: tap the house to go back and play.
# 0 to 999 in words: "four hundred and twelve". $hundreds, $rest (the last two digits), $tens, $ones.
parent--gate-number = { $hundreds ->
    [0] { gate-rest }
   *[other] { gate-digit-hundreds } hundred{ $rest ->
        [0] {""}
       *[other] { " and " }{ gate-rest }
    }
}
gate-digit-hundreds = { $hundreds ->
    [1] one
    [2] two
    [3] three
    [4] four
    [5] five
    [6] six
    [7] seven
    [8] eight
   *[9] nine
}
gate-rest = { $rest ->
    [0] zero
    [1] one
    [2] two
    [3] three
    [4] four
    [5] five
    [6] six
    [7] seven
    [8] eight
    [9] nine
    [10] ten
    [11] eleven
    [12] twelve
    [13] thirteen
    [14] fourteen
    [15] fifteen
    [16] sixteen
    [17] seventeen
    [18] eighteen
    [19] nineteen
   *[other] { gate-tens }{ $ones ->
        [0] {""}
       *[other] -{ gate-ones }
    }
}
gate-tens = { $tens ->
    [2] twenty
    [3] thirty
    [4] forty
    [5] fifty
    [6] sixty
    [7] seventy
    [8] eighty
   *[9] ninety
}
gate-ones = { $ones ->
    [1] one
    [2] two
    [3] three
    [4] four
    [5] five
    [6] six
    [7] seven
    [8] eight
   *[9] nine
}

## The front page of the grown-ups' corner

parent--home-title = Grown-ups' corner
parent--home-back = Back to play
parent--home-quit = Quit
parent--home-summary = { $name } · buddy { $buddy } · { $stickers ->
    [one] 1 sticker
   *[other] { $stickers } stickers
} · { $checkins ->
    [one] 1 feelings check-in
   *[other] { $checkins } feelings check-ins
}
parent--home-folder = Data folder: { $folder }
parent--home-version = Dropoff Buddy { $version } · works offline, no accounts, no ads
parent--home-no_pages = Settings pages will appear here.
parent--home-notices = Things to know
parent--home-page-setup = Set-up (2 minutes)
parent--home-page-settings = Settings
parent--home-page-voice = Your voice
parent--home-page-children = Children
parent--home-page-people = People & looks
parent--home-page-photo = Family & toy photos
parent--home-page-history = How they've been
parent--home-page-print = Print
parent--home-page-tips = Tips for drop-off
parent--home-page-data = Your data
parent--home-page-stories = Stories

## Set-up and settings

parent--setup-later = Finish later
parent--setup-next = Next
parent--setup-finish = Finish
parent--setup-skip = Skip
parent--setup-all_set = All set!
parent--setup-step = { $step } of { $steps } · { $title }
parent--setup-summary_help = Here is what your child will meet. You can change any of it later in Settings.
parent--settings-title = Settings for { $child }
parent--settings-help = Tap a tile to change it. Changes work straight away.

## A pick in order (the goodbye steps, the day's cards)

parent--picker-start_again = Start again
parent--picker-too_many = That's { $count } already. Tap one to take it out first.
parent--picker-in_order = In this order ({ $least } to { $most }):
parent--picker-until_then = Pick at least { $count }. Until then, nothing changes.
parent--picker-take_out = Tap one to take it out.

## The editors: one page of set-up or settings each

parent--editor-language-title = Language
parent--editor-language-help = The language your child hears and sees, and these pages too. You can change it any time.
parent--editor-language-yes = Yes, change them
parent--editor-language-no = No, keep them
parent--editor-language-pair = “{ $old }” to “{ $new }”
parent--editor-language-offer = Also change { $pairs }?
parent--editor-language-offer_help = Names you typed yourself stay as they are unless they are exactly these words.

parent--editor-child-title = Your child's name
parent--editor-child-help = The name the story and the buddy will use.
parent--editor-child-label = Child's name
parent--editor-child-placeholder = e.g. Mia
parent--editor-child-or_type = { $name } (or type a name)
parent--editor-child-problem = Type a name, or press Skip to keep “{ $name }”.

parent--editor-teacher-title = The teacher
parent--editor-teacher-help = What your child calls the grown-up who looks after them there.
parent--editor-teacher-label = Teacher's name
parent--editor-teacher-placeholder = e.g. Miss Rosa
parent--editor-teacher-or_type = { $name } (or type a name)
parent--editor-teacher-problem = Type a name, or press Skip to keep “{ $name }”.

parent--editor-buddy-title = The buddy's name
parent--editor-buddy-help = The buddy is your child's comfort toy in the game. Use the real toy's name if it has one.
parent--editor-buddy-label = Buddy's name
parent--editor-buddy-placeholder = e.g. Bun-Bun
parent--editor-buddy-or_type = { $name } (or type a name)
parent--editor-buddy-problem = Type a name, or press Skip to keep “{ $name }”.

parent--editor-grownups-title = Grown-ups
parent--editor-grownups-help = What your child calls you. The first grown-up is the one who does drop-off.
parent--editor-grownups-example_first = e.g. Mommy
parent--editor-grownups-example_more = e.g. Daddy
parent--editor-grownups-remove = Remove
parent--editor-grownups-add = + Another grown-up
parent--editor-grownups-four_already = That's four grown-ups already. Tap a name box first to change it.
parent--editor-grownups-problem = Type what your child calls you, or press Skip to keep “{ $name }”.
parent--editor-grownups-names = Names (what your child says)
parent--editor-grownups-tap_a_word = Tap a word to use it:
parent--editor-grownups-does_dropoff = does drop-off

parent--editor-looks-title = How they look
parent--editor-looks-help = Tap to make the pictures look like your child and you. Beard, glasses, a headscarf, clothes: “More choices”.
parent--editor-looks-more = More choices…
parent--editor-looks-summary = drawn to look like you
parent--editor-looks-your_child = Your child
parent--editor-looks-does_dropoff = Does drop-off

parent--editor-place-title = The place
parent--editor-place-help = The word your family uses for where your child goes.

parent--editor-photo-title = Family photo
parent--editor-photo-help = A photo of your family to keep your child company in the story.
parent--editor-photo-change = Change the photo…
parent--editor-photo-choose = Choose a photo…
parent--editor-photo-summary_ok = Photo chosen
parent--editor-photo-summary_none = Drawn family
parent--editor-photo-summary_missing = Photo missing: add it again
parent--editor-photo-summary_refused = Photo can't be shown: add another
parent--editor-photo-later = Photos can be added later, here in the grown-ups' corner.
parent--editor-photo-until_then = Until then, your child sees your family drawn as little pictures, like this.
parent--editor-photo-without = Without a photo, your child sees your family drawn like this.
# The chosen photo can't be shown: $file (its name), $status (missing, or refused when it is there but broken).
parent--editor-photo-problem = The photo ({ $file }) { $status ->
    [missing] is missing
   *[refused] can't be shown
}, so your child sees your family drawn like this. Choose a photo again.

parent--editor-ritual-title = The goodbye ritual
parent--editor-ritual-help = The same short goodbye every morning. Your child practices it as a game.
parent--editor-ritual-at_least = { $count ->
    [one] Pick at least 1 step, or press Skip.
   *[other] Pick at least { $count } steps, or press Skip.
}
parent--editor-ritual-tap_in_order = Tap the steps below in the order you do them.

parent--editor-day-title = The day
parent--editor-day-help = The picture cards of a day there, in order, ending when you come back.
parent--editor-day-summary = { $count } cards
parent--editor-day-at_least = Pick at least { $count } cards, or press Skip.
parent--editor-day-tap_in_order = Tap the cards below in the order you do them.

parent--editor-pickup-title = Coming back
parent--editor-pickup-help = Promise a moment you can keep: you come back right after this part of the day.
parent--editor-pickup-summary = after { $words }
parent--editor-pickup-label = I come back right after:

parent--editor-sound-title = Sound
parent--editor-sound-help = Music, the voice and the little sounds each have their own volume. Music can be turned off alone.
parent--editor-sound-music = Music
parent--editor-sound-voice = Voice
parent--editor-sound-effects = Sounds
parent--editor-sound-try = Try
parent--editor-sound-music_on = Music on
parent--editor-sound-music_off = Music off
parent--editor-sound-summary_music = music { $percent }%
parent--editor-sound-summary_music_off = music off

parent--editor-voice-title = Voice and screen
parent--editor-voice-help = How lines reach your child, and how much moves on the screen.
parent--editor-voice-narration_title = Read lines aloud
parent--editor-voice-narration_help = Every line is spoken, so your child needs no reading.
parent--editor-voice-captions_title = Show captions
parent--editor-voice-captions_help = The spoken words also appear at the bottom, for grown-ups.
parent--editor-voice-reduced_motion_title = Calm motion
parent--editor-voice-reduced_motion_help = Less movement: no bouncing and no cross-fades between screens.
parent--editor-voice-read_to_me_title = Read to me
parent--editor-voice-read_to_me_help = The story turns its own page a moment after each page is read. Taps still work.
parent--editor-voice-summary_voice_on = voice on
parent--editor-voice-summary_voice_off = voice off
parent--editor-voice-summary_calm = calm motion
parent--editor-voice-summary_read_to_me = read to me

parent--editor-flow-title = Morning parts
parent--editor-flow-help = Which parts Play runs each morning, in this order. Keep the morning short.
parent--editor-flow-keep_one = Keep at least one part on, so Play has something to play.
parent--editor-flow-summary = { $on } of { $parts } on
parent--editor-flow-not_yet = (Not in this version yet.)

parent--editor-evening-title = After pickup
parent--editor-evening-help = The moon door on the home screen always opens “How was your day?”. Switched on here, Play does too, from this time of day until bedtime, instead of the morning parts.
parent--editor-evening-summary_mornings = Play: mornings only
parent--editor-evening-summary_from = Play asks from { $hour }
parent--editor-evening-play_asks = Play asks “How was your day?” after pickup
parent--editor-evening-play_asks_help = Your child tells the buddy how each part of the day was. You see it in “How they've been”.
parent--editor-evening-from = From (your child is home by then):
# An hour of the day from 11 to 20: $hour (11 to 20) and $hour12 (the same on a 12-hour clock).
parent--editor-evening-hour = { $hour12 } { $hour ->
    [11] am
   *[other] pm
}

# The family's week. $story: the home day story's title.
parent--editor-week-title = The week
parent--editor-week-help = Which days are { $place } days, and who picks up on each. Other days are home days: no goodbye game.
parent--editor-week-home = Home
parent--editor-week-daycare = { $place }
parent--editor-week-daycare_or_home = { $place } or home
parent--editor-week-picks_up = Picks up:
parent--editor-week-picks_up_heading = Picks up
parent--editor-week-one_grownup = Add another grown-up (Settings, Grown-ups) to choose who picks up on each day.
parent--editor-week-how = Tap a day to change it. On a home day, Play offers “{ $story }” and no goodbye game; streaks count { $place } days only, so a weekend never breaks one.
parent--editor-week-summary = { $count ->
    [0] no { $place } days
    [one] 1 { $place } day
   *[other] { $count } { $place } days
}
parent--editor-week-summary_others = { $days }; { $names } picks up some days

# Starting somewhere new. $story: "My First Day"'s title; $usual: "A Daycare Day"'s title.
parent--editor-new_place-title = New place
parent--editor-new_place-help = Starting somewhere new? For the first days there, Play tells “{ $story }”.
parent--editor-new_place-heading = New at { $place }
parent--editor-new_place-explain = For the first days somewhere new (a new place, a new room or teacher), Play tells “{ $story }”: visiting, meeting the teacher, a shorter day, and coming back as promised.
parent--editor-new_place-first_day = The first day:
parent--editor-new_place-count = “{ $story }” for this many { $place } days:
parent--editor-new_place-today = Today
parent--editor-new_place-day_today = today
parent--editor-new_place-day_tomorrow = tomorrow
parent--editor-new_place-day_yesterday = yesterday
parent--editor-new_place-summary_off = Not new
parent--editor-new_place-summary_on = New since { $day }
parent--editor-new_place-status_home_day = Today is a home day. On the first { $place } days, Play tells “{ $story }”.
parent--editor-new_place-status_before = Before the first day: Play tells “{ $story }” today.
parent--editor-new_place-status_day = Today is { $place } day { $number } of { $count }: Play tells “{ $story }” today.
parent--editor-new_place-status_over = The first { $count } { $place } days are over: Play tells “{ $usual }” again.

## Looks: the rows of choices for a person

parent--looks-skin-title = Skin
parent--looks-hair_style-title = Hair
parent--looks-hair_colour-title = Hair color
parent--looks-clothes-title = Clothes
parent--looks-beard-title = Beard
parent--looks-glasses-title = Glasses
parent--looks-headwear-title = Headscarf
parent--looks-older-title = Age
parent--looks-older-no = Younger
parent--looks-older-yes = Older
parent--looks-wheelchair-title = Gets about
parent--looks-wheelchair-no = Walks
parent--looks-wheelchair-yes = Wheelchair

## Children: more than one child on this computer

parent--children-title = Children
parent--children-help = Each child has their own buddy, day, stickers and feelings.
parent--children-new_name = New child's name
parent--children-add_label = Add a brother or sister:
parent--children-add = Add child
parent--children-save = Save
parent--children-cancel = Cancel
parent--children-set_up_now = Set up { $name } now
parent--children-play_as = Play as { $name }
parent--children-rename = Rename
parent--children-delete = Delete
parent--children-playing_now = playing now
parent--children-type_first = Type the new child's name first.
parent--children-too_many = Dropoff Buddy keeps up to { $count } children. Delete one to add another.
parent--children-added = Added { $name }. Set { $name } up now, or later with “Play as { $name }”.
parent--children-empty_name = A name can't be empty. Type one, or press Cancel.
parent--children-renamed = Renamed to { $name }.
parent--children-only_child = { $name } is the only child here, so there's no one to switch to. Add another child first.
parent--children-delete_title = Delete { $name }'s profile?
parent--children-delete_text = { $name }'s buddy, day, stickers, feelings check-ins, photos and recordings will be removed from this computer.
parent--children-will_play = { $name } will play from now on.
parent--children-delete_yes = Delete…
parent--children-keep = No, keep
parent--children-sure = Are you sure?
parent--children-sure_text = This can't be undone. { $name }'s things will be gone for good.
parent--children-sure_yes = Yes, delete for good
parent--children-deleted = { $name }'s profile was deleted.
parent--children-not_deleted = { $name }'s profile could not be deleted just now. Nothing was removed.

## People and looks

parent--people-role_child = child
parent--people-role_teacher = teacher
parent--people-role_grownup = grown-up
parent--people-dropoff = Does drop-off
parent--people-pickup = Picks up
parent--people-help = Tap a choice: it is saved straight away and used in the story.

## Family and toy photos

parent--photo-family_tab = Family photo
parent--photo-toy_tab = Real toy photo
parent--photo-browse = Choose from Pictures
parent--photo-centre = Center
parent--photo-remove = Remove
parent--photo-centred = Centered. Drag the photo to move it.
parent--photo-removed_family = The family photo was removed. The story shows your family drawn as pictures instead.
parent--photo-removed_toy = The toy photo was removed.
parent--photo-drag = Drag the photo to choose what shows in the frame.
parent--photo-none_family = No photo yet: the story shows your family drawn like this.
parent--photo-child_sees = What your child sees
parent--photo-none_toy = No toy photo yet
parent--photo-toy_hint = Your child sees the buddy holding this photo.
parent--photo-help_family = Drag a photo file onto this window, or tap “Choose from Pictures”. PNG, JPEG, BMP, GIF or WebP.
parent--photo-help_toy = A photo of your child's real soft toy, shown as a little picture the buddy holds. Drag a photo file onto this window, or tap “Choose from Pictures”.

parent--photo_browser-title_family = Family photo
parent--photo_browser-title_toy = Toy photo
parent--photo_browser-up = Up a folder
parent--photo_browser-place_pictures = Pictures
parent--photo_browser-place_home = Home
parent--photo_browser-place_desktop = Desktop
parent--photo_browser-place_downloads = Downloads
parent--photo_browser-previous = Previous page
parent--photo_browser-next = Next page
parent--photo_browser-tap_family = Tap the family photo  ·  { $folder }
parent--photo_browser-tap_toy = Tap the photo of the real toy  ·  { $folder }
parent--photo_browser-page = Page { $page } of { $pages }
parent--photo_browser-empty = No pictures or folders here. Try Pictures, Home or Downloads.
parent--photo_browser-cannot_look = Dropoff Buddy can't look inside this folder. Choose another one.
parent--photo_browser-cannot_open = can't open
parent--photo_browser-frame_it = Drag it to frame it, or tap Center.

## Tips

parent--tips-title = Tips for drop-off
parent--tips-previous = Previous
parent--tips-next = Next
parent--tips-count = Tip { $number } of { $count }
parent--tips-source = Source: { $source }, “{ $publication }”
parent--tips-broken = The tips couldn't be shown because their file has a mistake in it. Everything else works as usual. (For whoever keeps the game: { $problem })

## Your voice, the story in your voice

parent--voice-title = Your voice
parent--story_voice-title = Read the story in your voice
parent--story_voice-changed = The words of this line changed since you recorded it. Record it again.
parent--story_voice-whole_story = That's the whole story in your voice. { $child } will hear you read it.
parent--story_voice-last_page = That was the last page. { $done } of { $total } lines are in your voice; the others use the computer voice.
parent--story_voice-previous = Previous
parent--story_voice-next = Next
parent--story_voice-redo = { $count ->
    [one] 1 line to record again: show me
   *[other] { $count } lines to record again: show me
}
parent--story_voice-progress = { $done } of { $total } lines of the story in your voice
parent--story_voice-page = { $page } of the story
parent--story_voice-page_in = { $page } of “{ $story }”
parent--story_voice-no_story = The story could not be opened, so there is nothing to read.

## Stories: the shelf, and a preview of each story
# $story: a story's title (“My First Day”); $name: who picks up today.

parent--stories-title = Stories
parent--stories-help = Hide a story from the shelf, or preview it and switch off a line that isn't true for your family.
parent--stories-on = On the shelf
parent--stories-hidden = Hidden
parent--stories-preview = Preview
parent--stories-more = More stories
parent--stories-first = Back to the first
parent--stories-keep_one = Keep at least one story on the shelf, so the Story door has something to open.
parent--stories-info = { $pages ->
    [one] 1 page
   *[other] { $pages } pages
} · { $state }
parent--stories-state_on = on the shelf
parent--stories-state_hidden = hidden: not on the shelf, not in Play
parent--stories-why_home = Today is a home day
parent--stories-why_new_day = Today is day { $number } at the new { $place }
parent--stories-why_new_soon = The first day at the new { $place } is coming
parent--stories-why_pickup = Today { $name } picks up
parent--stories-why_daycare = Today is a { $place } day
parent--stories-tells = { $why }: Play tells “{ $story }”.
parent--stories-tells_none = { $why }: Play tells no story today (the story for today is hidden).

parent--preview-title = “{ $story }”
parent--preview-no_story = Preview
parent--preview-help = As your child will see it. Switch off a line that isn't true for your family.
parent--preview-kind_title = Title
parent--preview-kind_said = Said
parent--preview-kind_off = Not said
parent--preview-page = Page { $page } of { $pages }
parent--preview-previous = Previous
parent--preview-next = Next
parent--preview-no_pages = This story has no pages to show.
parent--preview-switched_on = Switched on: your child hears this line again.
parent--preview-switched_off = Switched off: the story skips this line, on screen, on paper and in your voice.
parent--preview-only_line = This is the only line on this page, so it stays: a page is never empty.
parent--preview-last_line = One line must stay on this page, so it is never empty. Switch the other one on first.
parent--preview-card_line = This line is the day's own card, as My Day says it: change the day in Settings, The day.

## Print

parent--print-title = Print for the fridge and the teacher
parent--print_about-title = About me: what it says

## Your voice: recording the lines

parent--voice-read_story = Read the story in your voice ({ $done } of { $total })
parent--voice-up = Up
parent--voice-down = Down
parent--voice-record = Record
parent--voice-stop = Stop
parent--voice-play = Play
parent--voice-delete = Delete
parent--voice-import = Import a file
parent--voice-cancel = Cancel
parent--voice-folder_home = Home
parent--voice-folder_music = Music
parent--voice-folder_documents = Documents
parent--voice-folder_downloads = Downloads
parent--voice-status_yours = Your voice
parent--voice-status_redo = Record again
parent--voice-status_computer = Computer voice
parent--voice-no_microphone = The microphone could not be opened. You can import a recording instead.
parent--voice-preview_not_saved = This is a preview: nothing is saved.
parent--voice-preview_not_deleted = This is a preview: nothing is deleted.
parent--voice-saved = Saved
parent--voice-added = Added “{ $file }”
parent--voice-kept = { $done } ({ NUMBER($seconds, minimumFractionDigits: 1) } seconds). Press Play to hear it.
parent--voice-old_recording = This is your old recording. The child hears the computer voice until you record it again.
parent--voice-computer_voice_now = This is the computer voice. Record the line to use your own voice.
parent--voice-no_sound = There is no sound output on this computer right now, so nothing can be played.
parent--voice-deleted = Deleted. The computer voice will say this line.
parent--voice-not_deleted = The recording could not be deleted. Is the data folder read-only?
parent--voice-longest = ({ $seconds } seconds is the longest a line can be.)
parent--voice-hears_yours = { $child } hears your recording.
parent--voice-hears_yours_for = { $child } hears your recording ({ NUMBER($seconds, minimumFractionDigits: 1) } s).
parent--voice-words_changed = The words changed since you recorded this line, so the computer voice says it. Record it again.
parent--voice-hears_computer = { $child } hears the computer voice. Record it to use your own voice.
parent--voice-recording = Recording… { $seconds } of { $most } seconds
parent--voice-playing = Playing…
parent--voice-how_to = Press Record and say the line the way you say it at home. Up to { $seconds } seconds.
parent--voice-drop_file = You can also drop a sound file (WAV, OGG, MP3) on this window.
parent--voice-choose_file = Choose a sound file for “{ $title }”
parent--voice-no_folders = No Home, Music, Documents or Downloads folder was found. Drop a file on this window instead.
parent--voice-no_files = No WAV, OGG or MP3 files in { $folder }. Try another folder.

## How they've been

parent--history-title = How { $child } has been
parent--history-export = Save as spreadsheet
parent--history-export_help = "Save as spreadsheet" writes every feelings check-in, every goodbye ritual and every "How was your day?" so far as three CSV files in your Documents folder. They open in any spreadsheet program and stay on this computer.
parent--history-view_days = After daycare
parent--history-view_mornings = Mornings
parent--history-read_tip = Read the tip
parent--history-last_days = Last { $days } days
parent--history-saved = Saved three spreadsheet files in { $folder }:
    { $names }
parent--history-advice_full = Free some space, then press Save again.
parent--history-advice_read_only = Make the disk writable, then press Save again.
parent--history-advice_check = Check that { $folder } exists and can be written to, then press Save again.
parent--history-not_saved = The spreadsheet couldn't be saved: { $reason }. { $advice } Nothing in the game was changed.
parent--history-check_ins = { $count ->
    [one] 1 check-in
   *[other] { $count } check-ins
} on { $on } of { $days } days
parent--history-no_faces = When { $child } does the feelings check-in, a little face appears here for that day.
parent--history-today = Today
parent--history-empty_legend = empty = no check-in
parent--history-what_was_tricky = What was tricky
parent--history-goodbye_practice = Goodbye practice
parent--history-rituals = { $count ->
    [one] 1 ritual done
   *[other] { $count } rituals done
} in the last { $days } days
parent--history-streak_none = Streak: starts with the first goodbye ritual
# Daycare days only: a weekend or a home day never ends a streak, and a day without practice is
# never a reproach.
parent--history-streak = Streak: { $count ->
    [0] a new one starts with the next goodbye practice
    [one] 1 { $place } day in a row
   *[other] { $count } { $place } days in a row
} (best { $best })
parent--history-evenings = “How was your day?” on { $count ->
    [one] 1 evening
   *[other] { $count } evenings
} of { $days }
parent--history-no_evening_parts = When { $child } plays “How was your day?” after daycare (the moon door on the home screen), each part of the day shows here with how it was.
parent--history-how_often = { $how } { history-of-days }
parent--history-best_parts = Best parts
parent--history-none_picked = None picked yet.
parent--history-best_days = { $part }: { $count ->
    [one] 1 day
   *[other] { $count } days
}
parent--history-nothing_hard = Nothing was sad, scared or mad. The tips for drop-off are on the front page.
parent--history-to_try = To try for { $part }

# The sentences that sum up a window of days. $days: the window (14 or 60).
history-when = { $days ->
    [7] this week
    [14] these two weeks
   *[other] in the last { $days } days
}
history-times = { $count ->
    [1] once
    [2] twice
   *[other] { $count } times
}
history-of-days = { $count } of { $days ->
    [one] { $days } day
   *[other] { $days } days
}
parent--history-no_check_ins = No feelings check-ins { history-when } yet.
parent--history-mostly = Mostly { $feeling } { history-when }
parent--history-mix = A mix of { $feeling } and { $second } { history-when }
parent--history-tricky = { $mood }; '{ $thing }' was tricky { history-times }.
parent--history-tricky_unsure = { $mood }; when something was tricky, it was hard to say what.
parent--history-tricky_none = { $mood }; nothing was named as tricky.
parent--history-not_sure = not sure
parent--history-skipped = skipped
parent--history-or = { $rest } or { $last }
parent--history-part = { $part }: { $how } { history-of-days }
parent--history-no_evenings = No “How was your day?” check-ins { history-when } yet.
parent--history-hardest = { $part } looks hardest: { $how } { history-of-days }.
parent--history-none_hard = No part of the day was sad, scared or mad { history-when }.
parent--history-best = { $first } Best part most often: { $part }.
parent--history-felt = { $part }: felt { $how } on { history-of-days }.
parent--history-named = { $thing }: named as tricky { history-times } in the mornings.

## The spreadsheets' column headings and words

parent--export-date = date
parent--export-time = time
parent--export-feeling = feeling
parent--export-tricky = tricky
parent--export-ritual = ritual
parent--export-sticker = sticker
parent--export-mode = mode
parent--export-part = part of the day
parent--export-how = how it was
parent--export-best = best part
parent--export-yes = yes
parent--export-no = no
parent--export-best_part = (best part)
parent--export-not_sure = not sure
parent--print-paper = Paper:
parent--print-paper_a4 = A4
parent--print-paper_letter = US Letter
parent--print-print = Print
parent--print-edit = Edit
parent--print-storybook_title = Storybook
parent--print-storybook_text = A story from { $child }'s shelf, one page per page, with your names, your goodbye and your promise.
parent--print-cards_title = Picture cards
parent--print-cards_text = { $child }'s day as cards to cut out (about 6 × 8 cm), the pickup card with your photo and the promise, and your goodbye steps.
parent--print-about_me_title = About me, for the teacher
parent--print-about_me_text = One page: { $child }, { $buddy }, your goodbye in pictures, the promise, what helps and what has been tricky.
parent--print-help = Print saves a PDF in your Documents folder and opens it, so you can print it or send it to the teacher. Everything stays on this computer.
# How a printable is named inside the sentences below.
parent--print-name_storybook = storybook
parent--print-name_cards = picture cards
parent--print-name_about_me = “About me” page
parent--print-making = Making the { $name }… this takes a few seconds.
parent--print-not_made = The { $name } couldn't be made: { $problem } Nothing else was changed.
parent--print-saved = Saved the { $name } ({ $pages ->
    [one] 1 page
   *[other] { $pages } pages
}, { $paper }) in { $folder }: { $file }.
parent--print-opening = It is opening in your PDF viewer; print it from there.
parent--print-no_viewer = No PDF viewer could be opened here: open the file from that folder to print it.
parent--print-advice_full = Free some space, then press Print again.
parent--print-advice_read_only = Make the disk writable, then press Print again.
parent--print-advice_check = Check that { $folder } exists and can be written to, then press Print again.
parent--print-not_saved = The { $name } couldn't be saved: { $reason }. { $advice } Nothing in the game was changed.
# The PDF's own title and author (shown by PDF viewers).
parent--print-pdf_story = { $title }: { $child }'s story
parent--print-pdf_cards = { $child }'s picture cards
parent--print-pdf_about = All about { $child }
parent--print-pdf_author = { $child }'s family

parent--print_about-help = These lines are printed as they are. Leave a line empty to leave it out.
parent--print_about-helps = What helps
parent--print_about-tricky = What has been tricky lately
parent--print_about-suggest = Suggest from check-ins
parent--print_about-empty = (empty: not printed)

## Your data: backup, restore, delete

parent--data-title = Your data
parent--data-backup = Back up everything
parent--data-restore = Restore from a backup
parent--data-delete_all = Delete all data
parent--data-note_backup = One .zip file with every child's settings, progress, photos and recordings.
parent--data-note_restore = Pick a backup. It is checked completely before anything is replaced.
parent--data-note_delete = Removes every child's profile from this computer. Asks twice.
parent--data-folder_all = Everything Dropoff Buddy saves is in this folder, on this computer only:
parent--data-folder_child = { $child }'s own folder (settings, stickers, feelings, photos, recordings):
parent--data-folder_exports = Backups and spreadsheets are saved to:
parent--data-nothing_sent = Nothing is ever sent anywhere: no accounts, no internet.
parent--data-kilobytes = { $size } KB
parent--data-megabytes = { NUMBER($size, minimumFractionDigits: 1) } MB
parent--data-newer = Newer backups
parent--data-older = Older backups
parent--data-found = Backups found in { $folders }. Pick one: it is checked completely first, and you will be asked before anything is replaced. You can also drop a backup file onto this window.
parent--data-none_found = No backups were found in { $folders }. Make one with "Back up everything", or drop a backup file (a .zip from Dropoff Buddy) onto this window.
parent--data-backed_up = Backed up. Everything is in one file:
    { $path }
    Keep a copy somewhere safe, like a USB stick or another computer.
parent--data-restore_title = Restore this backup?
parent--data-restore_yes = Restore this backup
parent--data-restore_no = Keep what's here
parent--data-restore_text = { $file }, made { $made } with Dropoff Buddy { $version }. It passed every check and holds:
    { $children }

    Everything in the game now will be replaced by it.
parent--data-child_holds = { $name }: { $stickers ->
    [one] 1 sticker
   *[other] { $stickers } stickers
}, { $checkins ->
    [one] 1 feelings check-in
   *[other] { $checkins } feelings check-ins
}
parent--data-more = and { $count } more
parent--data-restored = Restored from { $file }. Back again: { $names }. { $child } is ready to play.
parent--data-preview_not_restored = This is a preview, so nothing was restored.
parent--data-delete_title = Delete all of Dropoff Buddy's data?
parent--data-delete_text = This removes every child's profile from this computer: settings, stickers, feelings, photos and recordings. You will be asked once more.

    Tip: "Back up everything" first if you might want it back.
parent--data-delete_continue = Yes, continue
parent--data-keep = Keep my data
parent--data-last_check = Last check: this deletes forever
parent--data-delete_yes = Delete everything
parent--data-nothing_saved = There are no children's profiles saved yet. Deleting leaves a fresh start.
parent--data-child_goes = { $name }: { $stickers ->
    [one] 1 sticker
   *[other] { $stickers } stickers
}, { $checkins ->
    [one] 1 feelings check-in
   *[other] { $checkins } feelings check-ins
}{ $files ->
    [0] {""}
    [one] , 1 photo or recording
   *[other] , { $files } photos and recordings
}
parent--data-gone_text = These will be gone for good:
    { $children }

    Backups and spreadsheets you saved in Documents are kept unless you say so next. A fresh start will be ready, so a child can still play.
parent--data-preview_not_deleted = This is a preview, so nothing was deleted.
parent--data-left_behind = Almost everything was deleted, but some files couldn't be removed ({ $files }). Close Dropoff Buddy, then delete them from { $folder } by hand. A fresh start is ready, so a child can still play.
# $kept: how many of the files saved in Documents were kept (0: none), in $folder.
parent--data-deleted = Everything was deleted: profiles, photos, recordings and the voice's saved lines.{ $kept ->
    [0] {""}
    [one] { " " }The file you saved in { $folder } was kept.
   *[other] { " " }The { $kept } files you saved in { $folder } were kept.
} A fresh start is ready, so a child can still play; you can set things up again whenever you like.
parent--data-files_title = Also delete the files you saved?
parent--data-saved_files = Dropoff Buddy's data is gone. These files you saved in { $folder } still hold your children's names, feelings or photos:
    { $names }

    Keep them (for example, to restore later), or delete them too.
parent--data-files_yes = Delete these too
parent--data-files_no = Keep these files
parent--data-files_left = Everything in Dropoff Buddy was deleted, but { $files } couldn't be removed from { $folder }; delete them there by hand. A fresh start is ready.
# A backup that can't be used, by kind (the storage layer's English message has every detail;
# these say the same news in a few words for the other languages). $file: the backup's name.
parent--data-problem_unreadable = Dropoff Buddy couldn't read { $file }. Nothing was changed.
parent--data-problem_not_a_backup = { $file } isn't a Dropoff Buddy backup. Backups are .zip files made with "Back up everything". Nothing was changed.
parent--data-problem_damaged = { $file } is damaged, so it can't be used. If you have another copy of it, try that one. Nothing was changed.
parent--data-problem_too_big = { $file } is far bigger than any Dropoff Buddy backup, so it was not opened. Nothing was changed.
parent--data-problem_unsafe_path = { $file } holds files Dropoff Buddy never writes, so it was refused to keep this computer safe. Nothing was changed.
parent--data-problem_no_manifest = { $file } is a zip file but not a Dropoff Buddy backup. Nothing was changed.
parent--data-problem_bad_manifest = { $file } has a damaged list of contents, so it can't be used. Nothing was changed.
parent--data-problem_newer_version = { $file } was made by a newer Dropoff Buddy. Update the game, then try again. Nothing was changed.
parent--data-problem_checksum = Part of { $file } is not what it was when the backup was made, so it can't be trusted. Nothing was changed.
parent--data-problem_invalid_data = { $file } holds data this Dropoff Buddy can't read. Nothing was changed.
parent--data-problem_empty = There is nothing to back up yet: no child's profile has been saved. Play once or finish the set-up, then try again.
parent--data-problem_write_failed = The backup couldn't be saved in { $file }. Your data in the game is safe and unchanged.
parent--data-problem_restore_failed = The backup { $file } couldn't be restored. Your data in the game is safe and unchanged.
