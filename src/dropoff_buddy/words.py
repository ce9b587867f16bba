"""The family's words: the variables every kid-facing line may use, from the profile.

Names (``child``, ``buddy``, ``grownup`` — what the child calls the grown-up who does drop-off —
``pickup_grownup`` — the grown-up who comes back: the same one unless another is set — and
``teacher``) are passed exactly as typed. Choices are passed as ``Choice`` values, so a
translation can select on the id and still show the words in its language:

* ``place``: daycare, nursery, preschool or childminder (its words: ``family:place.<id>``);
* ``pickup_after``: the card right after which the grown-up comes back (its ``words``);
* ``ritual``: the family's goodbye steps in words, "hug, kiss and high five";
* ``grownup_role`` (mother, father, grandmother, grandfather, aunt, uncle or other) and
  ``grownup_gender`` (female, male or other), read from the name the child uses ("Mamá",
  "Daddy", "Grandma Jo": ``looks.role_of``), for languages whose words agree with them
  ("tranquila"/"tranquilo"); ``pickup_grownup_role`` and ``pickup_grownup_gender`` the same
  for the grown-up who comes back.

A line may also carry *moment* values (a count, which sticker), passed when it is said; see
``content.lines``.
"""

from __future__ import annotations

import re
import string
from typing import TYPE_CHECKING

from dropoff_buddy.looks import Role, role_of
from dropoff_buddy.storage.models import Place, Profile

if TYPE_CHECKING:
    from dropoff_buddy.content.catalog import CardCatalog, RitualCatalog
    from dropoff_buddy.i18n.translator import Translator

#: The placeholders a family line may use (the shorthand ``{child}`` in a content file).
PLACEHOLDERS = ("child", "buddy", "grownup", "pickup_grownup", "teacher", "place", "pickup_after", "ritual")
#: Variables the game passes with every line besides the placeholders, for translations.
GRAMMAR_VARIABLES = ("grownup_role", "grownup_gender", "pickup_grownup_role", "pickup_grownup_gender")
FAMILY_VARIABLES = PLACEHOLDERS + GRAMMAR_VARIABLES

#: The place ids as Fluent sees them (a selector key cannot hold an apostrophe).
PLACE_IDS: dict[Place, str] = {
    "daycare": "daycare",
    "nursery": "nursery",
    "preschool": "preschool",
    "childminder's": "childminder",
}

_ROLE_GENDER: dict[Role, str] = {
    "mother": "female",
    "grandmother": "female",
    "aunt": "female",
    "father": "male",
    "grandfather": "male",
    "uncle": "male",
    "other": "other",
}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def family_signature(profile: Profile) -> tuple[object, ...]:
    """Everything in the profile the family's variables depend on (cheap to compare)."""
    return (
        profile.child.name,
        profile.buddy.name,
        profile.grownup.name,
        profile.pickup_grownup.name,
        profile.teacher.name,
        profile.place,
        profile.pickup_after,
        tuple(profile.ritual),
    )


def family_variables(
    profile: Profile, cards: CardCatalog, steps: RitualCatalog, translator: Translator
) -> dict[str, object]:
    """The variables every line is formatted with, in ``translator``'s language."""
    role = role_of(profile.grownup.name)
    pickup_role = role_of(profile.pickup_grownup.name)
    names: dict[str, object] = {
        "child": profile.child.name,
        "buddy": profile.buddy.name,
        "grownup": profile.grownup.name,
        "pickup_grownup": profile.pickup_grownup.name,
        "teacher": profile.teacher.name,
        "grownup_role": role,
        "grownup_gender": _ROLE_GENDER[role],
        "pickup_grownup_role": pickup_role,
        "pickup_grownup_gender": _ROLE_GENDER[pickup_role],
    }
    code = translator.code
    format_words = translator.translations.format
    place_id = PLACE_IDS.get(profile.place, "daycare")
    place = translator.choice(place_id, format_words(code, f"family:place.{place_id}", names))
    card = cards.get(profile.pickup_after)
    pickup_words = format_words(code, card.words.key, names) if card is not None else card_words(profile.pickup_after)
    step_words = [format_words(code, step.words.key, names) for step in steps.steps_for(list(profile.ritual))]
    return {
        **names,
        "place": place,
        "pickup_after": translator.choice(profile.pickup_after, pickup_words),
        "ritual": translator.join(step_words),
    }


def pickup_variables(profile: Profile) -> dict[str, str]:
    """Who comes back as ``profile`` has it: ``pickup_grownup`` and its role and gender (a story told
    of another day than today passes these with its lines, see ``story.plan``)."""
    role = role_of(profile.pickup_grownup.name)
    return {
        "pickup_grownup": profile.pickup_grownup.name,
        "pickup_grownup_role": role,
        "pickup_grownup_gender": _ROLE_GENDER[role],
    }


def card_words(card_id: str, cards: CardCatalog | None = None) -> str:
    """How schedule card ``card_id`` is said inside an English sentence ("snack", "outdoor play")."""
    card = cards.get(card_id) if cards is not None else None
    return card.words.text if card is not None else card_id.replace("_", " ")


def placeholders_in(text: str) -> list[str]:
    """The placeholder names used in ``text``, in order."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


def unknown_placeholders(text: str, also: tuple[str, ...] = ()) -> list[str]:
    """Placeholders in ``text`` that are neither the family's nor in ``also``.

    Both spellings count: ``{child}`` and Fluent's ``{ $child }``.
    """
    from dropoff_buddy.content.lines import placeholders_of

    known = (*FAMILY_VARIABLES, *also)
    return [name for name in placeholders_of(text) if name not in known]


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with the ``{placeholders}`` named in ``values`` filled in; others left as they are.

    For English words outside the translated messages (a tool's sample sentence); lines and
    texts are formatted by ``i18n.translator.Translator``.
    """
    if "{" not in text:
        return text
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), text)


ROLES: tuple[Role, ...] = ("mother", "father", "grandmother", "grandfather", "aunt", "uncle")
_DEFAULT_NAMES = ("child", "grownup", "teacher", "buddy")


def grownup_words(tr: Translator) -> list[str]:
    """The names a child may call a grown-up in ``tr``'s language, to offer on the grown-ups page."""
    roles = [tr.t(f"family:role.{role}") for role in ROLES]
    more = [word.strip() for word in tr.t("family:more_names").split(",") if word.strip()]
    return list(dict.fromkeys([*roles, *more]))


def default_names(tr: Translator) -> dict[str, str]:
    """The names a new profile starts with in ``tr``'s language: child, grownup, teacher, buddy."""
    return {who: tr.t(f"family:default.{who}") for who in _DEFAULT_NAMES}


def language_swaps(profile: Profile, old: Translator, new: Translator) -> dict[str, str]:
    """The family's words that were the old language's own and have a counterpart in the new one.

    "Mommy" → "Mummy" or "Mamá" (a role word), "Little One" → "Peque" (a default name), and the
    place most families use ("daycare" → "nursery"), as ``{old words: new words}``; only exact
    matches, so names a parent typed are never touched. Apply them with ``apply_swaps``.
    """
    swaps: dict[str, str] = {}
    for role in ROLES:
        before, after = old.t(f"family:role.{role}"), new.t(f"family:role.{role}")
        if before != after:
            swaps[before] = after
    old_defaults, new_defaults = default_names(old), default_names(new)
    for who in _DEFAULT_NAMES:
        if old_defaults[who] != new_defaults[who]:
            swaps.setdefault(old_defaults[who], new_defaults[who])
    names = {profile.child.name, profile.teacher.name, profile.buddy.name, *(p.name for p in profile.grownups)}
    found = {before: after for before, after in swaps.items() if before in names}
    old_place, new_place = old.t("family:usual_place"), new.t("family:usual_place")
    place_ids = {fluent_id: place for place, fluent_id in PLACE_IDS.items()}
    if PLACE_IDS.get(profile.place) == old_place and new_place in place_ids and old_place != new_place:
        found[f"place:{old_place}"] = new_place
    return found


def apply_swaps(profile: Profile, swaps: dict[str, str]) -> None:
    """Change the profile's words as ``language_swaps`` found them (in place; the caller saves)."""
    place_ids = {fluent_id: place for place, fluent_id in PLACE_IDS.items()}
    for before, after in swaps.items():
        if before.startswith("place:"):
            if PLACE_IDS.get(profile.place) == before.removeprefix("place:") and after in place_ids:
                profile.place = place_ids[after]
            continue
        if profile.child.name == before:
            profile.child.name = after
        if profile.teacher.name == before:
            profile.teacher.name = after
        if profile.buddy.name == before:
            profile.buddy.name = after
        if any(person.name == before for person in profile.grownups):
            profile.grownups = [
                person.model_copy(update={"name": after}) if person.name == before else person
                for person in profile.grownups
            ]
