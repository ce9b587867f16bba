"""The goodbye game's phases as a table: what each one sounds and says, how long it lasts, what follows.

The scene plays the family's steps one by one (``prompt`` → ``celebrate`` for each step); after
the last step it runs the table of its mode from ``FIRST_AFTER_STEPS``. A phase with a ``next``
goes on by itself once ``min_seconds`` have passed and its line has been said (or ``max_seconds``
have passed, whichever comes first); a phase without one waits for the child's tap
(``tap_after`` seconds in). ``next = "end"`` ends the game (the sticker is the last phase).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

# Timings, in seconds.
IDLE_HINT_SECONDS = 5.0  # quiet time before a gentle hint
HINT_REPEAT_SECONDS = 9.0
PULSE_HZ = 0.8  # the target's slow pulse after a hint (well under 3 per second)
CELEBRATE_SECONDS = 1.6  # the little animation after a step
NEXT_STEP_MAX_WAIT = 3.2  # wait at most this long for the praise line before the next prompt
HELP_AFTER_HINTS = 2  # after this many unanswered hints the buddy helps the step along

WALK_SECONDS = 2.6  # from the goodbye spot to the door
DOORWAY_WAVE_SECONDS = 1.0  # a last wave in the doorway
DOOR_SECONDS = 0.6  # the door closing
TEACHER_WALK_SECONDS = 1.6
RUN_SECONDS = 1.4
BACK_WALK_SECONDS = 2.6  # Buddy's turn: in through the door again, back to the buddy
WALK_OUT_SECONDS = WALK_SECONDS + DOORWAY_WAVE_SECONDS + DOOR_SECONDS
STICKER_TAP_AFTER = 3.0  # a tap may close the sticker after this long


@dataclass(frozen=True)
class Phase:
    """One phase of the goodbye after the steps.

    ``line`` (and then ``then``) name lines of ``levels/lines.toml``'s ``[ritual]`` table, said on
    entering; ``sound`` is played on entering. The praise and the sticker say lines the scene
    picks (they name the family's steps and the sticker won).
    """

    name: str
    next: str = ""  # "" waits for a tap; "end" ends the game
    min_seconds: float = 0.0
    max_seconds: float = math.inf  # goes on even if the line is still being said
    wait_for_line: bool = True
    sound: str = ""
    line: str = ""
    then: str = ""
    tap_after: float | None = None  # a tap goes on (to ``tap_next``) after this long; None: taps do nothing
    tap_next: str = ""
    tap_sound: str = ""
    hint: str = ""  # said after a quiet while (phases that wait for a tap)


_PRAISE = Phase("praise", "sticker", 2.0, 5.5, sound="chime")
_STICKER = Phase("sticker", "end", 7.5, sound="sticker_fanfare", tap_after=STICKER_TAP_AFTER, tap_next="end")

PRACTICE: Mapping[str, Phase] = MappingProxyType(
    {
        # The grown-up's own words, the promise and then "I love you" (a parent may record both).
        "goodbye": Phase("goodbye", "walk", 2.5, 9.0, sound="door", line="promise", then="love_you"),
        "walk": Phase("walk", "teacher", WALK_OUT_SECONDS, wait_for_line=False, sound="footsteps"),
        "teacher": Phase("teacher", "run", 2.2, 5.5, sound="door", line="teacher"),
        "run": Phase("run", "praise", RUN_SECONDS, wait_for_line=False, sound="whoosh"),
        "praise": _PRAISE,
        "sticker": _STICKER,
    }
)

# Buddy's turn: the child plays the grown-up. They say goodbye to the buddy at buddy daycare, say the
# promise and walk out through the door; the teacher there (an owl) welcomes the buddy; the buddy
# plays and has a snack; then the child comes back in through the door for the buddy, as promised.
BUDDY_TURN: Mapping[str, Phase] = MappingProxyType(
    {
        "goodbye": Phase("goodbye", "walk", 2.5, 6.5, sound="door", line="buddy_goodbye"),
        "walk": Phase("walk", "welcome", WALK_OUT_SECONDS, wait_for_line=False, sound="footsteps"),
        "welcome": Phase("welcome", "later", 2.2, 5.5, sound="door", line="buddy_welcome"),
        "later": Phase("later", "back", 2.0, 5.0, sound="pop", line="buddy_later"),
        "back": Phase("back", "reunion", BACK_WALK_SECONDS + 0.4, 7.0, sound="footsteps", line="buddy_back"),
        "reunion": Phase("reunion", "praise", 1.6, 1.6, wait_for_line=False, sound="heart_fill"),
        "praise": _PRAISE,
        "sticker": _STICKER,
    }
)

TOGETHER: Mapping[str, Phase] = MappingProxyType(
    {
        "promise": Phase(
            "promise",
            line="together_promise",
            tap_after=0.0,
            tap_next="praise",
            tap_sound="wave",
            hint="hint_together",
        ),
        "praise": _PRAISE,
        "sticker": _STICKER,
    }
)

TABLES: Mapping[str, Mapping[str, Phase]] = MappingProxyType(
    {"practice": PRACTICE, "buddy_turn": BUDDY_TURN, "together": TOGETHER}
)
# The phase that follows the family's last step, per mode.
FIRST_AFTER_STEPS: Mapping[str, str] = MappingProxyType(
    {"practice": "goodbye", "buddy_turn": "goodbye", "together": "promise"}
)
# Phases in which the buddy giggles at a press (nothing to do, but every press answers).
AFTER_STEPS = ("goodbye", "walk", "teacher", "run", "welcome", "later", "back", "reunion", "praise", "sticker")
