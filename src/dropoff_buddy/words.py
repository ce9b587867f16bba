"""Personal words: the placeholders every kid-facing line may use, filled from the profile.

``{child}``, ``{buddy}``, ``{grownup}`` (what the child calls the grown-up who does drop-off),
``{pickup_grownup}`` (the grown-up who comes back: the same one unless another is set), ``{teacher}``,
``{place}`` (daycare, nursery, preschool, childminder's), ``{pickup_after}`` (the activity
right after which the grown-up comes back) and ``{ritual}`` (the family's goodbye steps in
words: "hug, kiss and high five"). ``{pickup_grownup}`` depends on the day (``week``): given a
``day``, it is who picks up that day. A line may also carry *moment* values (a count, which
sticker), passed when it is said; see ``content.lines``.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from typing import TYPE_CHECKING

from dropoff_buddy.storage.models import Profile
from dropoff_buddy.week import pickup_on

if TYPE_CHECKING:
    from dropoff_buddy.content.catalog import CardCatalog, RitualCatalog

PLACEHOLDERS = ("child", "buddy", "grownup", "pickup_grownup", "teacher", "place", "pickup_after", "ritual")

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def card_words(card_id: str, cards: CardCatalog | None = None) -> str:
    """How schedule card ``card_id`` is said inside a sentence ("snack", "outdoor play")."""
    card = cards.get(card_id) if cards is not None else None
    return card.words if card is not None else card_id.replace("_", " ")


def ritual_words(profile: Profile, steps: RitualCatalog | None = None) -> str:
    """The family's goodbye steps as said in a sentence: "hug, kiss and high five"."""
    if steps is not None:
        return steps.said(list(profile.ritual))
    said = [step_id.replace("_", " ") for step_id in profile.ritual]
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]


def placeholder_values(
    profile: Profile,
    cards: CardCatalog | None = None,
    steps: RitualCatalog | None = None,
    day: dt.date | None = None,
) -> dict[str, str]:
    """The family's words; ``day`` (the clock's date) gives that day's pick-up grown-up (without it:
    who usually picks up)."""
    return {
        "child": profile.child.name,
        "buddy": profile.buddy.name,
        "grownup": profile.grownup.name,
        "pickup_grownup": (pickup_on(profile, day) if day is not None else profile.pickup_grownup).name,
        "teacher": profile.teacher.name,
        "place": profile.place,
        "pickup_after": card_words(profile.pickup_after, cards),
        "ritual": ritual_words(profile, steps),
    }


def placeholders_in(text: str) -> list[str]:
    """The placeholder names used in ``text``, in order."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


def unknown_placeholders(text: str, also: tuple[str, ...] = ()) -> list[str]:
    """Placeholders in ``text`` that are neither the family's nor in ``also``."""
    return [name for name in _PLACEHOLDER.findall(text) if name not in PLACEHOLDERS and name not in also]


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with the ``{placeholders}`` named in ``values`` filled in; others left as they are."""
    if "{" not in text:
        return text
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), text)


def personalise(
    text: str,
    profile: Profile,
    cards: CardCatalog | None = None,
    steps: RitualCatalog | None = None,
    day: dt.date | None = None,
) -> str:
    """``text`` with every known ``{placeholder}`` filled in; unknown ones are left as they are.

    ``cards`` (the schedule card catalogue) gives how ``{pickup_after}`` is said, ``steps`` (the
    ritual catalogue) how ``{ritual}`` is, ``day`` who picks up (see ``placeholder_values``).
    """
    filled = fill(text, placeholder_values(profile, cards, steps, day))
    return filled[:1].upper() + filled[1:] if filled else filled
