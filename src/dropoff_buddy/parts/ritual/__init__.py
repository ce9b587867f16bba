"""The goodbye ritual: the child practises the family's own goodbye at the {place} door.

Three ways to play it:

- **practice** (the morning flow's part, and the first picture of the chooser): the buddy
  prompts each step with its picture and voice; the child does it with the drawn grown-up.
  Then the grown-up says the promise, waves and walks out through the door, the teacher
  welcomes, the child runs off to play, the buddy praises the steps by name and a sticker is
  given.
- **together**: the screen asks the real grown-up and child to do each step for real, with
  a big picture; a tap goes on. A rehearsal for the morning.
- **buddy_turn**: the child does the ritual with the buddy and sends the buddy off to its own
  daycare, saying the promise themself.

The package: ``scene`` (state, input, steps), ``phases`` (the phases after the steps, as a
table), ``stage`` (where everyone stands, and the drawing), ``chooser`` (the mode cards and the
Together view), ``effects`` (hearts and sparkles), ``tour`` (the tour's screens).
"""

from __future__ import annotations

from dropoff_buddy.parts.ritual.phases import IDLE_HINT_SECONDS, PULSE_HZ, WALK_SECONDS
from dropoff_buddy.parts.ritual.scene import MODES, RitualScene
from dropoff_buddy.parts.ritual.tour import ritual_screens as tour_screens

SCENES = {"ritual": RitualScene}

__all__ = ["IDLE_HINT_SECONDS", "MODES", "PULSE_HZ", "SCENES", "WALK_SECONDS", "RitualScene", "tour_screens"]
