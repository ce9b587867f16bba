"""What a grown-up looks like when nobody has chosen yet: the word a child uses says a lot.

"Daddy" gets short hair and a short beard, "Grandma" or "Nana" grey hair in a bun, glasses and
an older, softer figure, "Grandpa" or "Grandad" grey hair, a beard and glasses... A parent can
change any of it on the "People & looks" page; a look chosen there is never overwritten by a
renaming. Skin tone always stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from dropoff_buddy.storage.models import AvatarLook, Profile

Role = Literal["mother", "father", "grandmother", "grandfather", "aunt", "uncle", "other"]

# storage.migrations keeps its own frozen copy of these words (a migration never follows today's table).
ROLE_WORDS: Mapping[str, Role] = MappingProxyType(
    {
        **dict.fromkeys(("mommy", "mummy", "mom", "mum", "mama", "mamma", "mami", "maman", "mamá", "ma"), "mother"),
        **dict.fromkeys(("daddy", "dad", "papa", "papá", "papi", "dada", "baba", "pa", "pops"), "father"),
        **dict.fromkeys(
            (
                "grandma",
                "granny",
                "gran",
                "grandmother",
                "nana",
                "nan",
                "nanna",
                "nanny",
                "oma",
                "abuela",
                "abuelita",
                "yaya",
                "nonna",
            ),
            "grandmother",
        ),
        **dict.fromkeys(
            (
                "grandpa",
                "grandad",
                "granddad",
                "grandfather",
                "gramps",
                "grampa",
                "grandpop",
                "opa",
                "abuelo",
                "abuelito",
                "yayo",
                "nonno",
            ),
            "grandfather",
        ),
        **dict.fromkeys(("auntie", "aunt", "aunty", "tia", "tía"), "aunt"),
        **dict.fromkeys(("uncle", "tio", "tío"), "uncle"),
    }
)
"""Words a child calls a grown-up, and the role they name (any word of the name counts: "Grandma Jo")."""

_WORD = re.compile(r"[^\W\d_]+")

# What each role changes in a look (the rest, skin tone above all, stays).
ROLE_LOOKS: Mapping[Role, Mapping[str, object]] = MappingProxyType(
    {
        "mother": MappingProxyType({"hair_style": "long", "clothes": "teal", "older": False, "beard": "none"}),
        "father": MappingProxyType({"hair_style": "short", "clothes": "blue", "older": False, "beard": "short"}),
        "grandmother": MappingProxyType(
            {
                "hair_style": "bun",
                "hair_colour": "grey",
                "clothes": "purple",
                "older": True,
                "glasses": "round",
                "beard": "none",
            }
        ),
        "grandfather": MappingProxyType(
            {
                "hair_style": "bald",
                "hair_colour": "grey",
                "clothes": "green",
                "older": True,
                "beard": "full",
                "glasses": "square",
            }
        ),
        "aunt": MappingProxyType({"hair_style": "curly", "clothes": "orange", "older": False, "beard": "none"}),
        "uncle": MappingProxyType({"hair_style": "short", "clothes": "green", "older": False, "beard": "moustache"}),
    }
)

# The looks the game hands out itself (the default grown-up, grown-ups added in the names editor):
# a grown-up who still looks like one of these has not been given a look by the parent.
_GIVEN_LOOKS = (
    AvatarLook(skin="peach", hair_style="long", hair_colour="brown", clothes="teal"),
    AvatarLook(skin="peach", hair_style="short", hair_colour="dark_brown", clothes="blue"),
    AvatarLook(skin="olive", hair_style="bun", hair_colour="grey", clothes="purple"),
    AvatarLook(skin="umber", hair_style="afro", hair_colour="black", clothes="orange"),
)
_YOUNG_HAIR = "brown"  # when an older role's grey hair is handed to a younger role


def role_of(name: str) -> Role:
    """The role a name says ("Daddy" → father, "Grandma Jo" → grandmother), or "other"."""
    for word in _WORD.findall(name.casefold()):
        role = ROLE_WORDS.get(word)
        if role is not None:
            return role
    return "other"


def role_look(role: Role, base: AvatarLook) -> AvatarLook:
    """``base`` given the usual look of ``role`` (skin tone kept). "other" changes nothing."""
    changes = dict(ROLE_LOOKS.get(role, {}))
    if not changes:
        return base
    if not changes.get("older") and base.hair_colour == "grey" and "hair_colour" not in changes:
        changes["hair_colour"] = _YOUNG_HAIR
    if changes.get("older") is False:
        changes.setdefault("glasses", base.glasses)
    return base.model_copy(update=changes)


def is_given_look(look: AvatarLook) -> bool:
    """True when ``look`` is one the game gave (a default, or a role's usual look), not one a parent chose."""
    if any(look == given for given in _GIVEN_LOOKS):
        return True
    return any(look == role_look(role, look) for role in ROLE_LOOKS)


def look_after_rename(old_name: str, new_name: str, look: AvatarLook) -> AvatarLook:
    """The look a grown-up should have once renamed from ``old_name`` to ``new_name``.

    A new role ("Mommy" → "Daddy") brings its usual look, unless the parent chose this look
    themselves (it is not one the game gave), or the new name says no role.
    """
    old_role, new_role = role_of(old_name), role_of(new_name)
    if new_role == old_role or new_role == "other" or not is_given_look(look):
        return look
    return role_look(new_role, look)


def grownup_roles_after_removal(profile: Profile, removed: int) -> tuple[int, int | None]:
    """(dropoff, pickup) once grown-up ``removed`` leaves the list: the others keep their jobs; a job
    the removed grown-up had goes back to the first grown-up (pickup: back to "the same one")."""

    def moved(index: int) -> int:
        return index - 1 if index > removed else index

    dropoff = 0 if profile.dropoff == removed else moved(profile.dropoff)
    pickup = None if profile.pickup is None or profile.pickup == removed else moved(profile.pickup)
    return dropoff, pickup


def week_pickups_after_removal(profile: Profile, removed: int) -> list[int | None]:
    """The week's pick-ups once grown-up ``removed`` leaves: their days go back to who usually picks up."""
    return [None if index is None or index == removed else index - (index > removed) for index in profile.week.pickups]
