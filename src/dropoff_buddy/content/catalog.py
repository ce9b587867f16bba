"""The catalogues every part shares: schedule cards and goodbye-ritual steps.

``levels/cards.toml`` lists the picture cards of a day (arrive, circle time, snack…);
``levels/ritual_steps.toml`` the goodbye steps a family can choose (hug, kiss, high five…).
Both are validated completely when loaded.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from dropoff_buddy.audio.sound import SoundBoard
from dropoff_buddy.content.lines import Line, Text
from dropoff_buddy.content.loader import (
    ContentError,
    PicturedContent,
    StrictContent,
    check_placeholders,
    check_words,
    find_levels_dir,
    load_model,
    load_pictured,
)
from dropoff_buddy.storage.models import DEFAULT_RITUAL, DEFAULT_SCHEDULE, Profile

CATALOG_SCHEMA_VERSION = 1


class Card(StrictContent):
    """One picture card of the day. Its line is ``cards:<id>.say``."""

    line_scope: ClassVar[str | None] = "{id}"

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: Text  # caption under the picture, for grown-ups (cards:<id>.label)
    words: Text  # how it is said in a sentence: "right after {pickup_after}" (cards:<id>.words)
    say: Line  # spoken when the card is tapped, and opening the card's page in the story
    icon: str

    _say_ok = field_validator("say")(check_placeholders)
    _words_ok = field_validator("label", "words")(check_words)

    @field_validator("say")
    @classmethod
    def _said(cls, value: Line) -> Line:
        if not value:
            raise ValueError("the line is empty, so nothing would be said")
        return value


class CardCatalog(StrictContent):
    schema_version: Literal[1]
    card: list[Card] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> CardCatalog:
        ids = [card.id for card in self.card]
        duplicates = sorted({card_id for card_id in ids if ids.count(card_id) > 1})
        if duplicates:
            raise ValueError(f"card id {duplicates[0]!r} is used twice")
        return self

    def get(self, card_id: str) -> Card | None:
        return next((card for card in self.card if card.id == card_id), None)

    @property
    def ids(self) -> list[str]:
        return [card.id for card in self.card]


# Where on the people (or the buddy) a step's big target glows; the ritual scene places each one.
RitualTarget = Literal[
    "arms",
    "cheek",
    "raised_hand",
    "fist",
    "waving_hand",
    "lips",
    "palm",
    "nose",
    "hands",
    "thumb",
]
# The little celebration the ritual scene plays when a step is done. (storage.migrations keeps the v1
# step ids, alike today, as a frozen list of its own: a migration never follows today's content.)
RitualAnimation = Literal[
    "hug",
    "kiss",
    "high_five",
    "fist_bump",
    "wave",
    "blow_kiss",
    "kissing_hand",
    "nose_rub",
    "handshake",
    "thumbs_up",
]
# The hands of a secret handshake, lit one after another.
HandshakeMove = Literal["up", "down", "bump", "clap"]


class RitualStep(StrictContent):
    """One goodbye-ritual step and how it is played.

    ``prompt`` is said when the child plays it with the grown-up, ``buddy_prompt`` when the child
    plays it with the buddy (Buddy's turn), ``together`` when the real grown-up and child do it,
    ``praise`` when it is done, and ``words`` names it inside "You did hug, kiss and high five!".
    """

    line_scope: ClassVar[str | None] = "{id}"  # ritual_steps:<id>.prompt, .buddy_prompt, .praise, .together

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: Text
    words: Text
    kind: Literal["hold", "tap", "sequence"]
    target: RitualTarget
    prompt: Line
    buddy_prompt: Line
    praise: Line
    together: Line
    sound: str
    animation: RitualAnimation
    icon: str = Field(pattern=r"^svg/[a-z0-9_/]+\.svg$")
    hold_seconds: float = Field(default=1.5, gt=0, le=5)
    sequence: list[HandshakeMove] = Field(default_factory=list)

    _lines_ok = field_validator("prompt", "buddy_prompt", "praise", "together")(check_placeholders)
    _words_ok = field_validator("label", "words")(check_words)

    @field_validator("prompt", "buddy_prompt", "praise", "together")
    @classmethod
    def _said(cls, value: Line) -> Line:
        if not value:
            raise ValueError("the line is empty, so nothing would be said")
        return value

    @field_validator("sound")
    @classmethod
    def _sound_known(cls, value: str) -> str:
        if value not in SoundBoard.EFFECT_NAMES:
            raise ValueError(f"unknown sound {value!r}; choose one of {', '.join(SoundBoard.EFFECT_NAMES)}")
        if value == "soft_no":
            raise ValueError("a goodbye step never makes a 'no' sound")
        return value

    @model_validator(mode="after")
    def _sequence_for_sequence_steps(self) -> RitualStep:
        if self.kind == "sequence" and not 2 <= len(self.sequence) <= 5:
            raise ValueError("a sequence step needs 2 to 5 taps in 'sequence'")
        if self.kind != "sequence" and self.sequence:
            raise ValueError("only a 'sequence' step may have a 'sequence'")
        return self


class RitualCatalog(PicturedContent):
    schema_version: Literal[1]
    step: list[RitualStep] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> RitualCatalog:
        ids = [step.id for step in self.step]
        duplicates = sorted({step_id for step_id in ids if ids.count(step_id) > 1})
        if duplicates:
            raise ValueError(f"step id {duplicates[0]!r} is used twice")
        return self

    def get(self, step_id: str) -> RitualStep | None:
        return next((step for step in self.step if step.id == step_id), None)

    def steps_for(self, step_ids: list[str]) -> list[RitualStep]:
        """The steps of a family's ritual (``profile.ritual``), in order, skipping ids this version lacks.

        The ritual game and the story's goodbye page both read the ritual through this.
        """
        return [step for step in (self.get(step_id) for step_id in step_ids) if step is not None]

    def said(self, step_ids: list[str]) -> list[Text]:
        """The steps' words, to say in a sentence ("hug, kiss and high five": ``ctx.tr.join``)."""
        return [step.words for step in self.steps_for(step_ids)]

    @property
    def ids(self) -> list[str]:
        return [step.id for step in self.step]

    def pictured(self) -> list[RitualStep]:
        return self.step


def join_words(words: list[str]) -> str:
    """``["hug", "kiss", "high five"]`` → ``"hug, kiss and high five"``."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def load_cards(path: Path | None = None) -> CardCatalog:
    return load_model(path or find_levels_dir() / "cards.toml", CardCatalog, "card")


def load_ritual_steps(path: Path | None = None, assets_dir: Path | None = None) -> RitualCatalog:
    """The goodbye steps, validated; every step's icon must exist under ``assets_dir``."""
    return load_pictured(path or find_levels_dir() / "ritual_steps.toml", RitualCatalog, "step", assets_dir)


__all__ = [
    "Card",
    "CardCatalog",
    "ContentError",
    "HandshakeMove",
    "RitualAnimation",
    "RitualCatalog",
    "RitualStep",
    "RitualTarget",
    "join_words",
    "load_cards",
    "load_ritual_steps",
    "reconcile_profile",
]


def reconcile_profile(profile: Profile, cards: CardCatalog, steps: RitualCatalog) -> tuple[Profile, list[str]]:
    """The profile with any card or ritual step this version does not know removed.

    Returns the (possibly new) profile and a plain-words note for each change, so a profile
    written by another version never breaks play.
    """
    notes: list[str] = []
    ritual = [step for step in profile.ritual if steps.get(step) is not None]
    if len(ritual) != len(profile.ritual):
        notes.append("Some goodbye steps were not recognised and were left out.")
    if not ritual:
        ritual = [step for step in DEFAULT_RITUAL if steps.get(step) is not None] or [steps.step[0].id]
    schedule = [card for card in profile.schedule if cards.get(card) is not None]
    if len(schedule) != len(profile.schedule):
        notes.append("Some picture cards of the day were not recognised and were left out.")
    if len(schedule) < 3:
        schedule = [card for card in DEFAULT_SCHEDULE if cards.get(card) is not None]
    pickup_after = profile.pickup_after if profile.pickup_after in schedule else schedule[max(0, len(schedule) - 2)]
    if not notes and pickup_after == profile.pickup_after:
        return profile, notes
    data = profile.model_dump()
    data.update(ritual=ritual, schedule=schedule, pickup_after=pickup_after)
    return Profile.model_validate(data), notes
