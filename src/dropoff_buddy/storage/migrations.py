"""Upgrading saved JSON from older schema versions, one version at a time.

A ladder maps a version ``v`` to the step that turns a version-``v`` document into a
version-``v + 1`` document. ``migrate`` climbs it. Steps are frozen in time: each carries its
own copy of the defaults it needs, so later changes to the models never change what an old
step produces. The store calls ``migrate`` only when a file is older than the current version.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, Final

JsonObject = dict[str, Any]
Migration = Callable[[JsonObject], JsonObject]

VERSION_KEY = "schema_version"
# The earliest builds wrote ``"version"`` instead of ``"schema_version"``.
LEGACY_VERSION_KEY = "version"


class MigrationError(ValueError):
    """A document cannot be brought up to date: it is damaged or the ladder has a gap."""


class NewerVersionError(MigrationError):
    """The document was written by a newer Dropoff Buddy; it must be left untouched."""

    def __init__(self, found: int, known: int) -> None:
        super().__init__(f"file has schema_version {found}, but this Dropoff Buddy only knows up to {known}")
        self.found = found
        self.known = known


class MissingMigrationStepError(MigrationError):
    """The ladder has no step from some version; a programming error, not a damaged file."""


def schema_version_of(data: JsonObject) -> int:
    """The schema version a document says it has (``schema_version``, or legacy ``version``).

    Raises ``MigrationError`` when there is none, or it is not a non-negative whole number.
    """
    key = VERSION_KEY if VERSION_KEY in data else LEGACY_VERSION_KEY
    if key not in data:
        raise MigrationError("the file has no schema_version")
    version = data[key]
    # bool is an int subclass; ``true`` is not a version.
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise MigrationError(f"schema_version must be a whole number of 0 or more, not {version!r}")
    return version


def migrate(data: JsonObject, ladder: Mapping[int, Migration], current_version: int) -> JsonObject:
    """Bring ``data`` up to ``current_version`` by running ladder steps v -> v+1 in order.

    Returns the upgraded document (``data`` itself is not changed); a document already at
    ``current_version`` comes back as is. Raises ``NewerVersionError`` for a newer document,
    ``MissingMigrationStepError`` when a step is missing, and ``MigrationError`` when a step
    rejects the data or does not produce the next version.
    """
    version = schema_version_of(data)
    if version > current_version:
        raise NewerVersionError(version, current_version)
    while version < current_version:
        step = ladder.get(version)
        if step is None:
            raise MissingMigrationStepError(f"no migration from schema_version {version} to {version + 1}")
        try:
            data = step(dict(data))
        except MigrationError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise MigrationError(f"migrating from schema_version {version} failed: {error}") from error
        new_version = schema_version_of(data)
        if new_version != version + 1:
            raise MigrationError(f"the step from schema_version {version} produced version {new_version}")
        version = new_version
    return data


# --- Profile v0 -> v1 -------------------------------------------------------------------
#
# v0 was the flat early format, every key optional:
#   {"version": 0, "child_name": "Sam", "grownup_name": "Daddy", "teacher_name": "Mr Lee",
#    "place": "nursery", "buddy_name": "Bun", "buddy_animal": "bunny",
#    "ritual": "hug, kiss, high five", "pickup_after": "snack"}
# Missing or unrecognised values fall back to the v1 defaults; values of the wrong type mean
# the file is damaged.

_V1_NAME_MAX_LENGTH: Final = 24
_V1_RITUAL_MAX_STEPS: Final = 4
_V1_SCHEDULE_MAX_CARDS: Final = 8
_V1_SCHEDULE: Final = ("arrive", "circle_time", "free_play", "snack", "outdoor_play", "lunch", "nap", "pickup")
# v1 allows eight cards and the default day already has eight, so a v0 pickup card that is
# not in it pushes one out. Nap goes: many nurseries and preschools have none.
_V1_CARD_DROPPED_FOR_ROOM: Final = "nap"
_V1_PLACES: Final = ("daycare", "nursery", "preschool", "childminder's")
_V1_BUDDY_ANIMALS: Final = ("bear", "bunny", "puppy", "kitty", "dino", "elephant")
# The v1 default looks, so migrated people look the same as in a freshly made profile.
_V1_CHILD_LOOK: Final = {"skin": "peach", "hair_style": "curly", "hair_colour": "brown", "clothes": "yellow"}
_V1_GROWNUP_LOOK: Final = {"skin": "peach", "hair_style": "long", "hair_colour": "brown", "clothes": "teal"}
_V1_TEACHER_LOOK: Final = {"skin": "bronze", "hair_style": "bun", "hair_colour": "black", "clothes": "green"}

#: The ritual steps as profile version 1 knew them (frozen: a migration never follows today's content).
V1_RITUAL_STEP_IDS: Final = (
    "hug",
    "kiss",
    "high_five",
    "fist_bump",
    "wave",
    "blow_kiss",
    "kissing_hand",
    "nose_rub",
    "secret_handshake",
    "thumbs_up",
)
# Keys are the words with articles, spaces and punctuation removed ("blow a kiss" -> "blowkiss").
_RITUAL_ALIASES: Final = {"cuddle": "hug", "thumbup": "thumbs_up", "handshake": "secret_handshake"}
_PLACE_ALIASES: Final = {
    "daycare": "daycare",
    "nursery": "nursery",
    "preschool": "preschool",
    "childminder": "childminder's",
    "childminders": "childminder's",
}
_ANIMAL_ALIASES: Final = {
    "rabbit": "bunny",
    "dog": "puppy",
    "cat": "kitty",
    "kitten": "kitty",
    "dinosaur": "dino",
    "teddy": "bear",
    "teddybear": "bear",
}
_RITUAL_SEPARATORS: Final = re.compile(r"[,;/&+\n]|\band\b|\bthen\b", re.IGNORECASE)
_ARTICLES: Final = frozenset({"a", "an", "the"})


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _squashed(text: str) -> str:
    """``"Blow a Kiss!"`` -> ``"blowkiss"``: a spelling-tolerant key for matching words."""
    return "".join(word for word in _words(text) if word not in _ARTICLES)


def _ritual_step_id(word: str) -> str | None:
    key = _squashed(word)
    for candidate in (key, key.removesuffix("s"), key.removesuffix("es")):
        for step_id in V1_RITUAL_STEP_IDS:
            if candidate == step_id.replace("_", ""):
                return step_id
        if candidate in _RITUAL_ALIASES:
            return _RITUAL_ALIASES[candidate]
    return None


def _optional_str(old: JsonObject, key: str) -> str | None:
    value = old.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise MigrationError(f"{key} should be text, not {type(value).__name__}")
    return value


def _v0_name(old: JsonObject, key: str) -> str | None:
    value = _optional_str(old, key)
    if value is None:
        return None
    # v0 did not limit names; v1 does, so shorten rather than lose the whole profile.
    name = " ".join(value.split())[:_V1_NAME_MAX_LENGTH].rstrip()
    return name or None


def _v0_ritual(old: JsonObject) -> list[str] | None:
    value = old.get("ritual")
    if value is None:
        return None
    if isinstance(value, str):
        words = _RITUAL_SEPARATORS.split(value)
    elif isinstance(value, list) and all(isinstance(word, str) for word in value):
        words = value
    else:
        raise MigrationError("ritual should be text such as 'hug, kiss, high five'")
    steps: list[str] = []
    for word in words:
        step_id = _ritual_step_id(word)
        if step_id is not None and step_id not in steps:
            steps.append(step_id)
    return steps[:_V1_RITUAL_MAX_STEPS] or None


def _v0_schedule(pickup_after: str) -> list[str]:
    schedule = list(_V1_SCHEDULE)
    if pickup_after not in schedule:
        schedule.insert(schedule.index("pickup"), pickup_after)
        if len(schedule) > _V1_SCHEDULE_MAX_CARDS:
            schedule.remove(_V1_CARD_DROPPED_FOR_ROOM)
    return schedule


def profile_v0_to_v1(old: JsonObject) -> JsonObject:
    """Turn a flat v0 profile into the nested v1 ``Profile`` layout (see the format above)."""
    new: JsonObject = {VERSION_KEY: 1}
    child_name = _v0_name(old, "child_name")
    if child_name is not None:
        new["child"] = {"name": child_name, "look": dict(_V1_CHILD_LOOK)}
        # A v0 file with a name in it was set up by a parent; don't send them through setup again.
        new["setup_done"] = True
    grownup_name = _v0_name(old, "grownup_name")
    if grownup_name is not None:
        new["grownups"] = [{"name": grownup_name, "look": dict(_V1_GROWNUP_LOOK)}]
    teacher_name = _v0_name(old, "teacher_name")
    if teacher_name is not None:
        new["teacher"] = {"name": teacher_name, "look": dict(_V1_TEACHER_LOOK)}

    place = _optional_str(old, "place")
    if place is not None and _squashed(place) in _PLACE_ALIASES:
        new["place"] = _PLACE_ALIASES[_squashed(place)]

    buddy: JsonObject = {}
    buddy_name = _v0_name(old, "buddy_name")
    if buddy_name is not None:
        buddy["name"] = buddy_name
    animal = _optional_str(old, "buddy_animal")
    if animal is not None:
        animal_key = _squashed(animal)
        animal_key = _ANIMAL_ALIASES.get(animal_key, animal_key)
        if animal_key in _V1_BUDDY_ANIMALS:
            buddy["animal"] = animal_key
    if buddy:
        new["buddy"] = buddy

    ritual = _v0_ritual(old)
    if ritual is not None:
        new["ritual"] = ritual

    pickup_text = _optional_str(old, "pickup_after")
    pickup_after = "_".join(_words(pickup_text)) if pickup_text is not None else ""
    if pickup_after and pickup_after != "pickup":
        new["schedule"] = _v0_schedule(pickup_after)
        new["pickup_after"] = pickup_after
    return new


# --- Profile v1 -> v2 -------------------------------------------------------------------
#
# v2 adds looks (older, beard, glasses, headwear, headwear_colour, wheelchair) and who does
# drop-off and pickup (dropoff, pickup), all with defaults. One thing changes: in v1 every
# grown-up looked like the default Mommy (or one of the three looks the names page handed
# out) until a parent changed it, so "Daddy" had long hair. A grown-up who still has one of
# those looks, and whose name says a role, gets that role's usual look (skin tone kept).

_V1_GIVEN_LOOKS: Final = (
    {"skin": "peach", "hair_style": "long", "hair_colour": "brown", "clothes": "teal"},
    {"skin": "peach", "hair_style": "short", "hair_colour": "dark_brown", "clothes": "blue"},
    {"skin": "olive", "hair_style": "bun", "hair_colour": "grey", "clothes": "purple"},
    {"skin": "umber", "hair_style": "afro", "hair_colour": "black", "clothes": "orange"},
)
# Repeats looks.ROLE_WORDS on purpose: a migration keeps the words it migrated with, frozen.
_V2_ROLE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "father": ("daddy", "dad", "papa", "papi", "dada", "baba", "pa", "pops"),
    "grandmother": (
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
        "nonna",
    ),
    "grandfather": (
        "grandpa",
        "grandad",
        "granddad",
        "grandfather",
        "gramps",
        "grampa",
        "grandpop",
        "opa",
        "abuelo",
        "nonno",
    ),
    "aunt": ("auntie", "aunt", "aunty", "tia"),
    "uncle": ("uncle", "tio"),
}
_V2_ROLE_LOOKS: Final[dict[str, dict[str, object]]] = {
    "father": {"hair_style": "short", "clothes": "blue", "beard": "short"},
    "grandmother": {"hair_style": "bun", "hair_colour": "grey", "clothes": "purple", "older": True, "glasses": "round"},
    "grandfather": {
        "hair_style": "bald",
        "hair_colour": "grey",
        "clothes": "green",
        "older": True,
        "beard": "full",
        "glasses": "square",
    },
    "aunt": {"hair_style": "curly", "clothes": "orange"},
    "uncle": {"hair_style": "short", "clothes": "green", "beard": "moustache"},
}


def _v1_role(name: object) -> str | None:
    if not isinstance(name, str):
        return None
    for word in re.findall(r"[^\W\d_]+", name.casefold()):
        for role, words in _V2_ROLE_WORDS.items():
            if word in words:
                return role
    return None


def profile_v1_to_v2(old: JsonObject) -> JsonObject:
    """Give grown-ups who still have a look the game handed out their role's look (see above)."""
    new = dict(old)
    new[VERSION_KEY] = 2
    grownups = old.get("grownups")
    if isinstance(grownups, list):
        upgraded = []
        for person in grownups:
            if isinstance(person, dict):
                role = _v1_role(person.get("name"))
                look = person.get("look")
                if role is not None and isinstance(look, dict) and look in _V1_GIVEN_LOOKS:
                    person = {**person, "look": {**look, **_V2_ROLE_LOOKS[role]}}
            upgraded.append(person)
        new["grownups"] = upgraded
    return new


# --- Profile v2 -> v3 -------------------------------------------------------------------
#
# v3 added, each with a default: ``settings.evening_after_pickup`` (false) and
# ``settings.evening_from_hour`` (15), and ``about_me`` (what the parent wrote for the teacher's
# page; suggested until edited). A v2 document is a valid v3 document once it says so; nothing
# else changes. (Files may already hold ``settings.read_to_me`` and ``voice_story_line``, added
# with defaults without a version step; they are kept.)


def profile_v2_to_v3(old: JsonObject) -> JsonObject:
    """A v2 profile as v3: the same data; the new fields take their defaults."""
    if "about_me" in old or "evening_after_pickup" in (old.get("settings") or {}):
        raise MigrationError("a version 2 profile cannot already have the version 3 fields")
    return {**old, VERSION_KEY: 3}


# --- Profile v3 -> v4 -------------------------------------------------------------------
#
# v3 had ``settings.words``: "us" or "uk", which only changed the words offered in the parent's
# pages. v4 has ``settings.language``, the family's language for everything the child hears and
# reads: US words become American English, UK words British English. A v3 profile without the
# setting keeps "" (the computer's language until a parent chooses), as a new profile does.

_V3_WORDS_TO_LANGUAGE: Final = {"us": "en-US", "uk": "en-GB"}


def profile_v3_to_v4(old: JsonObject) -> JsonObject:
    """``settings.words`` ("us"/"uk") becomes ``settings.language`` ("en-US"/"en-GB")."""
    new = dict(old)
    new[VERSION_KEY] = 4
    settings = old.get("settings")
    if isinstance(settings, dict):
        settings = dict(settings)
        words = settings.pop("words", None)
        if isinstance(words, str) and words in _V3_WORDS_TO_LANGUAGE:
            settings["language"] = _V3_WORDS_TO_LANGUAGE[words]
        new["settings"] = settings
    return new


# --- Profile v4 -> v5 -------------------------------------------------------------------
#
# v5 added, each with a default: ``week`` (daycare days Monday to Friday, nobody else picking up
# on any day, no new place) and ``shelf`` (no story hidden, no line switched off). Who usually
# picks up (``pickup``) stays where it was: a day with no pick-up of its own uses it.


def profile_v4_to_v5(old: JsonObject) -> JsonObject:
    """A v4 profile as v5: the same data; the family's week and the shelf take their defaults."""
    if "week" in old or "shelf" in old:
        raise MigrationError("a version 4 profile cannot already have the version 5 fields")
    return {**old, VERSION_KEY: 5}


# --- Progress v1 -> v2 ------------------------------------------------------------------
#
# v2 added ``evenings``: the evening "How was your day?" answers. A v1 file has none yet.


def progress_v1_to_v2(old: JsonObject) -> JsonObject:
    """A v1 progress file as v2: everything kept, and an empty list of evenings."""
    if "evenings" in old:
        raise MigrationError("a version 1 progress file cannot already have evenings")
    return {**old, VERSION_KEY: 2, "evenings": []}


PROFILE_MIGRATIONS: Final[dict[int, Migration]] = {
    0: profile_v0_to_v1,
    1: profile_v1_to_v2,
    2: profile_v2_to_v3,
    3: profile_v3_to_v4,
    4: profile_v4_to_v5,
}
"""Profile ladder: from-version -> step. Never mutated; add a step when the version goes up."""

PROGRESS_MIGRATIONS: Final[dict[int, Migration]] = {1: progress_v1_to_v2}
"""Progress ladder: from-version -> step (version 1 was the first progress format)."""

APP_STATE_MIGRATIONS: Final[dict[int, Migration]] = {}
"""``app.json`` ladder: version 1 is the first, so there are no steps yet."""
