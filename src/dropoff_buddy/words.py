"""Personal words: the placeholders every kid-facing line may use, filled from the profile.

``{child}``, ``{buddy}``, ``{grownup}`` (what the child calls the grown-up who does drop-off),
``{pickup_grownup}`` (the grown-up who comes back: the same one unless another is set), ``{teacher}``,
``{place}`` (daycare, nursery, preschool, childminder's) and ``{pickup_after}`` (the activity
right after which the grown-up comes back).
"""

from __future__ import annotations

import re
import string
from typing import TYPE_CHECKING

from dropoff_buddy.storage.models import Profile

if TYPE_CHECKING:
    from dropoff_buddy.content.catalog import CardCatalog

PLACEHOLDERS = ("child", "buddy", "grownup", "pickup_grownup", "teacher", "place", "pickup_after")

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def card_words(card_id: str, cards: CardCatalog | None = None) -> str:
    """How schedule card ``card_id`` is said inside a sentence ("snack", "outdoor play")."""
    card = cards.get(card_id) if cards is not None else None
    return card.words if card is not None else card_id.replace("_", " ")


def placeholder_values(profile: Profile, cards: CardCatalog | None = None) -> dict[str, str]:
    return {
        "child": profile.child.name,
        "buddy": profile.buddy.name,
        "grownup": profile.grownup.name,
        "pickup_grownup": profile.pickup_grownup.name,
        "teacher": profile.teacher.name,
        "place": profile.place,
        "pickup_after": card_words(profile.pickup_after, cards),
    }


def placeholders_in(text: str) -> list[str]:
    """The placeholder names used in ``text``, in order."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


def unknown_placeholders(text: str) -> list[str]:
    return [name for name in _PLACEHOLDER.findall(text) if name not in PLACEHOLDERS]


def personalise(text: str, profile: Profile, cards: CardCatalog | None = None) -> str:
    """``text`` with every known ``{placeholder}`` filled in; unknown ones are left as they are.

    ``cards`` (the schedule card catalogue) gives how ``{pickup_after}`` is said.
    """
    values = placeholder_values(profile, cards)

    def fill(match: re.Match[str]) -> str:
        return values.get(match.group(1), match.group(0))

    filled = _PLACEHOLDER.sub(fill, text)
    return filled[:1].upper() + filled[1:] if filled else filled
