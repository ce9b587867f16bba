# British English: only the grown-ups' pages' words that differ from American English.

parent--editor-grownups-example_first = e.g. Mummy
parent--editor-ritual-help = The same short goodbye every morning. Your child practises it as a game.
parent--looks-hair_colour-title = Hair colour
parent--photo-centre = Centre
parent--photo-centred = Centred. Drag the photo to move it.
parent--photo_browser-frame_it = Drag it to frame it, or tap Centre.
parent--history-view_days = After nursery
parent--history-no_evening_parts = When { $child } plays “How was your day?” after nursery (the moon door on the home screen), each part of the day shows here with how it was.
parent--history-nothing_hard = Nothing was sad, scared or cross. The tips for drop-off are on the front page.
parent--history-none_hard = No part of the day was sad, scared or cross { history-when }.
# The helper the line above uses (a variant has its own copy of every helper it references).
history-when = { $days ->
    [7] this week
    [14] these two weeks
   *[other] in the last { $days } days
}
