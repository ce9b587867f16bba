"""The story player: a page-turning picture book of the child's own day ("A Daycare Day").

Each page opens with its narration (spoken, captioned by the app). Tapping a hotspot (a
person, the buddy, a prop, the family photo) answers at once with an animation, a sound and a
spoken line. Tapping anywhere else, the big next arrow, Space or Enter goes on; the back arrow
goes back a page. After about six quiet seconds the buddy gives a gentle spoken hint. When the
last page is done the scene pops itself (the morning flow then starts its next part).

With "Read to me" on (``settings.read_to_me``) a page turns by itself a moment after its
narration has been said and its people have finished moving; a page that waits for the child
(a choice, the goodbye pictures) never turns by itself. Taps work as ever.

Pages come from ``levels/daycare_day.toml`` (``ctx.content.story``, see ``story.schema``),
personalised from the profile and with one page per activity of the child's day
(``story.plan``). Every line is said as the story's own ``Line``, under its key, so a parent's
recording of it plays.

The package: ``scene`` (the pages, turning on and back, input, time, drawing), ``taps`` (what a
tap on a person or a thing does, and the goodbye steps), ``buttons`` (the big arrows, the page's
pictures and the hint's glow), ``tour`` (the tour's screens).
"""

from __future__ import annotations

from dropoff_buddy.parts.story.scene import HINT_REPEAT_SECONDS, IDLE_HINT_SECONDS, READ_TO_ME_PAUSE, StoryScene
from dropoff_buddy.parts.story.taps import _Prop
from dropoff_buddy.parts.story.tour import story_screens as tour_screens

SCENES = {"story": StoryScene}

__all__ = [
    "HINT_REPEAT_SECONDS",
    "IDLE_HINT_SECONDS",
    "READ_TO_ME_PAUSE",
    "SCENES",
    "StoryScene",
    "_Prop",
    "tour_screens",
]
