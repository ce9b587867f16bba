"""The saved data: who the child is (``Profile``) and what they have done (``Progress``).

Both are pydantic models written as JSON, one folder per child profile. Every file carries
``schema_version``; older versions are migrated by ``storage.migrations``. Every field has a
kind default, so a child can play at first launch with nothing set up.

Kept as one file because it is the whole shape of what is saved, read as one: each model sits
beside the choices it is checked against, and ``storage.migrations`` changes exactly these shapes.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, field_validator, model_validator

from dropoff_buddy.storage.safe_files import is_plain_file_name

PROFILE_SCHEMA_VERSION = 5
PROGRESS_SCHEMA_VERSION = 2

NAME_MAX_LENGTH = 24

Place = Literal["daycare", "nursery", "preschool", "childminder's"]
#: A language tag from levels/i18n/languages.toml ("en-US", "en-GB", "es"); "" = not chosen yet.
LANGUAGE_PATTERN = r"^([a-z]{2,3}(-[A-Z]{2}|-[0-9]{3})?)?$"
# Feelings, tricky things and morning parts are content (levels/feelings.toml, levels/parts.toml);
# saves keep their ids, and ids this version does not know are left alone, never an error.
FEELING_ID_PATTERN = r"^[a-z][a-z0-9_]*$"
Feeling = str
FlowPart = str
# How a part of the day was, as the child answers in the evening "How was your day?": a feeling id
# from levels/feelings.toml, or one of these two.
DONT_KNOW = "dont_know"
SKIP = "skip"
EveningAnswer = str
#: The best part of the day when the child did not pick a card.
BEST_DONT_KNOW = DONT_KNOW

# Palettes are named so saves stay readable and renderers can change the exact shade.
SKIN_TONES = ("porcelain", "peach", "sand", "olive", "bronze", "umber", "deep")
HAIR_STYLES = ("short", "curly", "long", "bun", "braids", "afro", "bald")
HAIR_COLOURS = ("black", "dark_brown", "brown", "auburn", "blonde", "grey")
CLOTHES_COLOURS = ("red", "orange", "yellow", "green", "teal", "blue", "purple", "pink", "grey")
BEARDS = ("none", "short", "full", "moustache")
GLASSES = ("none", "round", "square")
HEADWEAR = ("none", "headscarf")

BUDDY_ANIMALS = ("bear", "bunny", "puppy", "kitty", "dino", "elephant")
BUDDY_COLOURS = (
    "honey",
    "chocolate",
    "caramel",
    "cream",
    "white",
    "grey",
    "charcoal",
    "pink",
    "sky",
    "mint",
    "lilac",
    "sunshine",
)
BUDDY_ACCESSORIES = (
    "bow",
    "scarf",
    "hat",
    "glasses",
    "bandana",
    "star_badge",
    "heart_patch",
    "crown",
    "bowtie",
)
BUDDY_PATTERNS = ("none", "spots", "stripes", "patches", "belly")

#: Every choice of a person's look, by its ``AvatarLook`` field: what the art sheet and the render
#: tests walk through. (``headwear_colour`` only shows with a headscarf; ``older`` and
#: ``wheelchair`` are yes or no.)
PERSON_CHOICES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "skin": SKIN_TONES,
        "hair_style": HAIR_STYLES,
        "hair_colour": HAIR_COLOURS,
        "clothes": CLOTHES_COLOURS,
        "beard": BEARDS,
        "glasses": GLASSES,
        "headwear": HEADWEAR,
    }
)


class _Strict(BaseModel):
    # NaN and infinity are never a setting or a volume; refusing them here keeps every file that
    # loads also savable (pydantic would write them as null, which the next load refuses).
    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)


#: The years a saved moment may fall in. A laptop with a flat clock battery may say 1970 or
#: 2000; nothing real is older than that or centuries ahead. The margins keep every date
#: convertible to any local time (year 1 or 9999 with an offset is not).
EARLIEST_YEAR = 1900
LATEST_YEAR = 2999


def _sane_moment(value: dt.datetime) -> dt.datetime:
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(
            f"the date {value.date().isoformat()} is not a real day of play (dates run from "
            f"{EARLIEST_YEAR} to {LATEST_YEAR})"
        )
    return value


#: A moment that happened while playing: timezone-aware or naive, within the sane years.
Moment = Annotated[dt.datetime, AfterValidator(_sane_moment)]
#: The same, always with its time zone.
AwareMoment = Annotated[AwareDatetime, AfterValidator(_sane_moment)]


def _stored_file_name(value: str | None) -> str | None:
    """A file kept in the profile folder is named by its plain name, never a path."""
    if value is None:
        return None
    if not is_plain_file_name(value) or value.startswith("."):
        raise ValueError(f"{value!r} is not a file name inside the child's folder")
    return value


StoredFileName = Annotated[str | None, AfterValidator(_stored_file_name)]


def one_of(what: str, choices: Sequence[str]) -> AfterValidator:
    """A field check: the value is one of ``choices``; if not, the message names ``what`` and lists them."""

    def check(value: str) -> str:
        if value not in choices:
            raise ValueError(f"unknown {what} {value!r}; choose one of {', '.join(choices)}")
        return value

    return AfterValidator(check)


def _a_name(empty: str) -> AfterValidator:
    """A name check: spaces folded, at most ``NAME_MAX_LENGTH`` characters, never empty (``empty`` says so)."""

    def check(value: str) -> str:
        value = " ".join(value.split())
        if len(value) > NAME_MAX_LENGTH:
            raise ValueError(f"names can be at most {NAME_MAX_LENGTH} characters")
        if not value:
            raise ValueError(empty)
        return value

    return AfterValidator(check)


class AvatarLook(_Strict):
    """How a person in the story looks.

    ``older`` draws an older figure (a grandparent: softer, a little stooped, smile lines);
    ``headwear_colour`` is the headscarf's colour (one of the clothes colours); ``wheelchair``
    seats the person in a wheelchair in every pose (they still hug, wave and high-five).
    """

    skin: Annotated[str, one_of("skin tone", SKIN_TONES)] = "peach"
    hair_style: Annotated[str, one_of("hair style", HAIR_STYLES)] = "short"
    hair_colour: Annotated[str, one_of("hair colour", HAIR_COLOURS)] = "brown"
    clothes: Annotated[str, one_of("clothes colour", CLOTHES_COLOURS)] = "blue"
    older: bool = False
    beard: Annotated[str, one_of("beard", BEARDS)] = "none"
    glasses: Annotated[str, one_of("glasses", GLASSES)] = "none"
    headwear: Annotated[str, one_of("headwear", HEADWEAR)] = "none"
    headwear_colour: Annotated[str, one_of("clothes colour", CLOTHES_COLOURS)] = "purple"
    wheelchair: bool = False


class Person(_Strict):
    """A named person: the child, a grown-up (named as the child calls them) or the teacher."""

    name: Annotated[str, _a_name("a name cannot be empty")]
    look: AvatarLook = Field(default_factory=AvatarLook)


class BuddyLook(_Strict):
    """The comfort buddy: a soft toy the child designs, and optionally a photo of the real one."""

    name: Annotated[str, _a_name("the buddy needs a name")] = "Buddy"
    animal: Annotated[str, one_of("animal", BUDDY_ANIMALS)] = "bear"
    colour: Annotated[str, one_of("buddy colour", BUDDY_COLOURS)] = "honey"
    accessories: list[str] = Field(default_factory=lambda: ["scarf"])
    pattern: Annotated[str, one_of("pattern", BUDDY_PATTERNS)] = "belly"
    toy_photo: StoredFileName = None  # file name inside the profile folder

    @field_validator("accessories")
    @classmethod
    def _accessories_known(cls, value: list[str]) -> list[str]:
        for item in value:
            if item not in BUDDY_ACCESSORIES:
                raise ValueError(f"unknown accessory {item!r}; choose from {', '.join(BUDDY_ACCESSORIES)}")
        if len(set(value)) != len(value):
            raise ValueError("an accessory is listed twice")
        return value


class SoundSettings(_Strict):
    music_volume: float = Field(default=0.35, ge=0.0, le=1.0)
    voice_volume: float = Field(default=0.9, ge=0.0, le=1.0)
    effects_volume: float = Field(default=0.6, ge=0.0, le=1.0)
    music_muted: bool = False


class Settings(_Strict):
    sound: SoundSettings = Field(default_factory=SoundSettings)
    narration: bool = True
    captions: bool = True
    reduced_motion: bool = False
    #: The family's language, for every line, caption and screen ("" until a parent chooses:
    #: the computer's language if the game has it, else American English).
    language: str = Field(default="", pattern=LANGUAGE_PATTERN)
    #: The morning parts Play runs (ids from levels/parts.toml, played in that file's order);
    #: None: every part the file switches on by default.
    flow_parts: list[FlowPart] | None = None
    #: "Read to me": the story turns its own page a moment after each page's narration.
    read_to_me: bool = False
    # Play after pickup asks "How was your day?" instead of the morning parts (off until the parent
    # switches it on). "After pickup" is from ``evening_from_hour`` o'clock, local time, to midnight.
    evening_after_pickup: bool = False
    evening_from_hour: int = Field(default=15, ge=11, le=20)

    @field_validator("flow_parts")
    @classmethod
    def _flow_unique(cls, value: list[FlowPart] | None) -> list[FlowPart] | None:
        if value is None:
            return None
        for part in value:
            if not re.match(FEELING_ID_PATTERN, part):
                raise ValueError(f"{part!r} is not a part id")
        return list(dict.fromkeys(value))


def _default_grownups() -> list[Person]:
    look = AvatarLook(skin="peach", hair_style="long", hair_colour="brown", clothes="teal")
    return [Person(name="Mommy", look=look)]


def _default_child() -> Person:
    look = AvatarLook(skin="peach", hair_style="curly", hair_colour="brown", clothes="yellow")
    return Person(name="Little One", look=look)


def _default_teacher() -> Person:
    look = AvatarLook(skin="bronze", hair_style="bun", hair_colour="black", clothes="green")
    return Person(name="Miss Rosa", look=look)


ABOUT_ME_MAX_ITEMS = 4
ABOUT_ME_ITEM_MAX_LENGTH = 120


def _about_me_items(value: list[str] | None) -> list[str] | None:
    if value is None:
        return None
    items = [" ".join(item.split()) for item in value]
    items = [item for item in items if item]
    if len(items) > ABOUT_ME_MAX_ITEMS:
        raise ValueError(f"at most {ABOUT_ME_MAX_ITEMS} lines")
    for item in items:
        if len(item) > ABOUT_ME_ITEM_MAX_LENGTH:
            raise ValueError(f"each line can be at most {ABOUT_ME_ITEM_MAX_LENGTH} characters")
    return items


class AboutMe(_Strict):
    """What the parent wrote for the teacher's "About me" page.

    ``helps`` is None until the parent edits it (the page shows the game's suggestions); an empty
    list means "nothing". ``tricky`` is what has been tricky lately, as the parent last edited it
    on ``tricky_on``; it goes stale, so after a while the page suggests it afresh from the check-ins.
    """

    helps: list[str] | None = None
    tricky: list[str] = Field(default_factory=list)
    tricky_on: dt.date | None = None

    _items_ok = field_validator("helps", "tricky")(_about_me_items)


#: Days of the week as ``datetime.date.weekday()`` numbers them: Monday is 0, Sunday 6.
WEEKDAYS = 7
DEFAULT_DAYCARE_DAYS = (0, 1, 2, 3, 4)
#: "My First Day" is told on this many daycare days from the first day at a new place.
DEFAULT_FIRST_DAYS = 10
MAX_FIRST_DAYS = 30


def _no_pickups() -> list[int | None]:
    return [None] * WEEKDAYS


class FamilyWeek(_Strict):
    """The family's week: which days are daycare days, and who picks up on each.

    ``daycare_days`` are weekday numbers (Monday 0 … Sunday 6). ``pickups`` has one entry per
    weekday: the grown-up (an index into ``Profile.grownups``) who picks up that day, or None for
    the one who usually does (``Profile.pickup``; by default the drop-off grown-up).
    ``new_place_since`` is the child's first day at a new place (None: not new there); on the first
    ``first_days`` daycare days from then, Play tells "My First Day".
    """

    daycare_days: list[int] = Field(default_factory=lambda: list(DEFAULT_DAYCARE_DAYS), max_length=WEEKDAYS)
    pickups: list[int | None] = Field(default_factory=_no_pickups)
    new_place_since: dt.date | None = None
    first_days: int = Field(default=DEFAULT_FIRST_DAYS, ge=1, le=MAX_FIRST_DAYS)

    @field_validator("daycare_days")
    @classmethod
    def _weekdays(cls, value: list[int]) -> list[int]:
        if any(not 0 <= day < WEEKDAYS for day in value):
            raise ValueError("daycare days are weekday numbers from 0 (Monday) to 6 (Sunday)")
        return sorted(set(value))

    @field_validator("pickups")
    @classmethod
    def _one_per_day(cls, value: list[int | None]) -> list[int | None]:
        if len(value) != WEEKDAYS:
            raise ValueError(f"there is one pick-up entry for each of the {WEEKDAYS} days of the week")
        if any(index is not None and not 0 <= index <= 3 for index in value):
            raise ValueError("who picks up is one of the family's grown-ups (0 to 3)")
        return value

    @field_validator("new_place_since")
    @classmethod
    def _real_day(cls, value: dt.date | None) -> dt.date | None:
        if value is not None and not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
            raise ValueError(f"the first day {value.isoformat()} is not a real day")
        return value


STORY_ID_PATTERN = r"^[a-z][a-z0-9_]*$"


class ShelfChoices(_Strict):
    """What the parent chose about the stories: the ones kept off the child's shelf (``hidden``, story
    ids), and the lines switched off because they are not true for this family (``lines_off``, line
    keys such as ``daycare_day:door.1``). Ids and keys this version does not know are kept, unused."""

    hidden: list[str] = Field(default_factory=list)
    lines_off: list[str] = Field(default_factory=list)

    @field_validator("hidden")
    @classmethod
    def _story_ids(cls, value: list[str]) -> list[str]:
        for story in value:
            if not re.match(STORY_ID_PATTERN, story):
                raise ValueError(f"{story!r} is not a story id")
        return list(dict.fromkeys(value))

    @field_validator("lines_off")
    @classmethod
    def _line_keys(cls, value: list[str]) -> list[str]:
        for key in value:
            if not re.match(r"^[a-z][a-z0-9_]*:[a-z0-9_.]+$", key) or len(key) > 120:
                raise ValueError(f"{key!r} is not a line key")
        return list(dict.fromkeys(value))


DEFAULT_RITUAL = ["hug", "kiss", "high_five"]
DEFAULT_SCHEDULE = ["arrive", "circle_time", "free_play", "snack", "outdoor_play", "lunch", "nap", "pickup"]


class Profile(_Strict):
    """Everything the parent sets up for one child. Written to ``profile.json``."""

    schema_version: int = PROFILE_SCHEMA_VERSION
    child: Person = Field(default_factory=_default_child)
    grownups: list[Person] = Field(default_factory=_default_grownups, min_length=1, max_length=4)
    teacher: Person = Field(default_factory=_default_teacher)
    place: Place = "daycare"
    buddy: BuddyLook = Field(default_factory=BuddyLook)
    family_photo: StoredFileName = None  # file name inside the profile folder
    photo_focus: tuple[float, float] = (0.5, 0.5)  # which point of the photo to keep centred
    ritual: list[str] = Field(default_factory=lambda: list(DEFAULT_RITUAL), min_length=1, max_length=4)
    schedule: list[str] = Field(default_factory=lambda: list(DEFAULT_SCHEDULE), min_length=3, max_length=8)
    pickup_after: str = "snack"
    settings: Settings = Field(default_factory=Settings)
    about_me: AboutMe = Field(default_factory=AboutMe)
    setup_done: bool = False
    #: "Read the story in your voice": the key of the line the parent was on, to go on from there.
    voice_story_line: str = ""
    # Which grown-up (an index into ``grownups``) does drop-off, and which picks up (None: the same one).
    dropoff: int = Field(default=0, ge=0, le=3)
    pickup: int | None = Field(default=None, ge=0, le=3)
    #: Daycare days and who picks up on each; the first days at a new place.
    week: FamilyWeek = Field(default_factory=FamilyWeek)
    #: Stories kept off the shelf and lines switched off.
    shelf: ShelfChoices = Field(default_factory=ShelfChoices)

    @field_validator("photo_focus", mode="before")
    @classmethod
    def _focus_in_photo(cls, value: object) -> object:
        """Only where the photo is framed: a hand-edited NaN, infinity or 7.5 is put back in the
        photo (the middle for NaN), rather than turning the whole profile into a damaged file."""
        if not isinstance(value, (list, tuple)) or len(value) != 2:
            return value
        fixed = []
        for part in value:
            if isinstance(part, bool) or not isinstance(part, (int, float)):
                return value  # not a number: let the type check say so
            number = float(part)
            fixed.append(0.5 if math.isnan(number) else min(1.0, max(0.0, number)))
        return (fixed[0], fixed[1])

    @model_validator(mode="after")
    def _pickup_in_schedule(self) -> Profile:
        if self.pickup_after not in self.schedule:
            raise ValueError(
                f"pickup_after {self.pickup_after!r} is not one of the day's cards ({', '.join(self.schedule)})"
            )
        return self

    @property
    def grownup(self) -> Person:
        """The grown-up who does drop-off (``dropoff``; the first one if that grown-up was removed)."""
        return self.grownups[self.dropoff] if self.dropoff < len(self.grownups) else self.grownups[0]

    @property
    def pickup_grownup(self) -> Person:
        """The grown-up who usually comes back at pickup: ``pickup`` when set (and still there), else the
        drop-off one. Who comes back on a given day is ``week.pickup_on`` (``FamilyWeek.pickups``)."""
        if self.pickup is not None and self.pickup < len(self.grownups):
            return self.grownups[self.pickup]
        return self.grownup


class FeelingEntry(_Strict):
    at: Moment
    feeling: Feeling = Field(pattern=FEELING_ID_PATTERN)
    tricky: list[str] = Field(default_factory=list)


class StickerEntry(_Strict):
    at: Moment
    sticker: str
    ritual: list[str] = Field(default_factory=list)
    mode: str = "practice"


class SessionEntry(_Strict):
    at: Moment
    parts_done: list[str] = Field(default_factory=list)


class ActivityAnswer(_Strict):
    """How one part of the day (a schedule card) was, in the child's evening answer: a feeling id,
    ``DONT_KNOW`` or ``SKIP``."""

    card: str
    answer: EveningAnswer = Field(pattern=FEELING_ID_PATTERN)


class EveningEntry(_Strict):
    """One evening "How was your day?": each part of the day's answer, and the best part.

    ``best`` is a card id, ``BEST_DONT_KNOW``, or None (skipped, or the child stopped before).
    Saved as the child answers, so a check-in left half-way keeps what was said.
    """

    at: AwareMoment
    answers: list[ActivityAnswer] = Field(default_factory=list)
    best: str | None = None

    @field_validator("at", mode="before")
    @classmethod
    def _local_when_naive(cls, value: object) -> object:
        # A hand-edited time without a zone is taken as this computer's local time, rather than
        # making the whole progress file unreadable.
        if isinstance(value, str):
            try:
                value = dt.datetime.fromisoformat(value)
            except ValueError:
                return value  # pydantic reports it
        if isinstance(value, dt.datetime) and value.tzinfo is None:
            return value.astimezone()
        return value


class Progress(_Strict):
    """What the child has done. Written to ``progress.json``; only ever appended to by play."""

    schema_version: int = PROGRESS_SCHEMA_VERSION
    sessions: list[SessionEntry] = Field(default_factory=list)
    feelings: list[FeelingEntry] = Field(default_factory=list)
    stickers: list[StickerEntry] = Field(default_factory=list)
    unlocked_accessories: list[str] = Field(default_factory=list)
    evenings: list[EveningEntry] = Field(default_factory=list)

    @property
    def sticker_count(self) -> int:
        return len(self.stickers)
