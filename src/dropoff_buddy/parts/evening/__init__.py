"""The evening "How was your day?": after daycare, the child tells the buddy how each part was.

1. **ask**: the child's own day (``day.family_day``: the cards up to the one right after which
   the grown-up came back) one card at a time: "How was circle time?", with the five faces
   from ``levels/feelings.toml``, "I don't know" and "skip". No wrong answers.
2. **reply**: the buddy answers the face in a few words, then the next card comes by itself.
3. **best**: "What was the best part of your day?": every card of the day to tap (or "I don't
   know").
4. **end**: the buddy with the family photo says the promise was kept ("You came home, just like
   Mommy said") and thanks the child; Home (or the buddy's own pause) ends the part.

Every line is spoken and captioned (``levels/evening.toml``); the cards and faces are pictures.
Answers are saved in ``progress.evenings`` as they are given, with a timezone-aware time, so a
check-in left half-way keeps what was said. With seven cards it takes well under two minutes.
The scene pops itself at the end (the flow then finishes; alone, home is underneath).

The package: ``scene`` (the phases, answers and saving, input, time, drawing), ``layout`` (where
things go for the window's shape, and each phase's buttons), ``tour`` (the tour's screens).
"""

from __future__ import annotations

from dropoff_buddy.parts.evening.scene import NUDGE_AFTER, EveningScene
from dropoff_buddy.parts.evening.tour import evening_screens as tour_screens

SCENES = {"evening": EveningScene}

__all__ = ["NUDGE_AFTER", "SCENES", "EveningScene", "tour_screens"]
