"""The feelings check-in's content: faces, the buddy's replies and the "What's tricky?" cards.

``levels/feelings.toml`` is validated completely when loaded: every feeling in
``storage.models.FEELINGS`` and every tricky thing in ``TRICKY_THINGS`` must be there exactly
once (those ids are what progress saves), lines may only use known placeholders, and the
buddy reaction must be one the buddy can play.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from dropoff_buddy.assets import find_assets_dir
from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.content.loader import ContentError, StrictContent, check_placeholders, find_levels_dir, load_model
from dropoff_buddy.storage.models import FEELINGS, TRICKY_THINGS


class FeelingFace(StrictContent):
    """One face a child can choose, and what the buddy says back."""

    id: str
    label: str = Field(min_length=1, max_length=24)  # caption under the face, for grown-ups
    say: str = Field(min_length=1)  # said the moment the face is tapped
    reply: str = Field(min_length=1)  # the buddy's validating reply
    reaction: str
    breathe: bool  # the buddy then invites the child to breathe together
    ask_tricky: bool  # then, optionally, "What's tricky?"
    icon: str

    _lines_ok = field_validator("label", "say", "reply")(check_placeholders)

    @field_validator("id")
    @classmethod
    def _known_feeling(cls, value: str) -> str:
        if value not in FEELINGS:
            raise ValueError(f"unknown feeling {value!r}; the game saves only {', '.join(FEELINGS)}")
        return value

    @field_validator("reaction")
    @classmethod
    def _known_reaction(cls, value: str) -> str:
        if value not in BuddyActor.REACTIONS:
            raise ValueError(f"unknown buddy reaction {value!r}; choose one of {', '.join(BuddyActor.REACTIONS)}")
        return value


class TrickyThing(StrictContent):
    """One "What's tricky?" picture card."""

    id: str
    label: str = Field(min_length=1, max_length=24)
    say: str = Field(min_length=1)
    icon: str

    _lines_ok = field_validator("label", "say")(check_placeholders)

    @field_validator("id")
    @classmethod
    def _known_tricky(cls, value: str) -> str:
        if value not in TRICKY_THINGS:
            raise ValueError(f"unknown tricky thing {value!r}; the game saves only {', '.join(TRICKY_THINGS)}")
        return value


def _all_once(kind: str, ids: list[str], expected: tuple[str, ...]) -> None:
    repeated = sorted({item for item in ids if ids.count(item) > 1})
    if repeated:
        raise ValueError(f"{kind} {repeated[0]!r} is listed twice")
    missing = [item for item in expected if item not in ids]
    if missing:
        raise ValueError(f"{kind} {missing[0]!r} is missing")


class FeelingsCatalog(StrictContent):
    schema_version: Literal[1]
    feeling: list[FeelingFace]
    tricky: list[TrickyThing]

    @model_validator(mode="after")
    def _complete(self) -> FeelingsCatalog:
        _all_once("feeling", [face.id for face in self.feeling], FEELINGS)
        _all_once("tricky thing", [thing.id for thing in self.tricky], TRICKY_THINGS)
        return self

    def face(self, feeling: str) -> FeelingFace:
        return next(face for face in self.feeling if face.id == feeling)

    def thing(self, tricky: str) -> TrickyThing:
        return next(thing for thing in self.tricky if thing.id == tricky)


def load_feelings(path: Path | None = None, assets_dir: Path | None = None) -> FeelingsCatalog:
    """``levels/feelings.toml`` (or ``path``), validated; raises ``ContentError`` listing every problem.

    Every picture it names must exist under ``assets/`` (or ``assets_dir``), so a typo is
    reported when the file is loaded, not when a child taps.
    """
    path = path or find_levels_dir() / "feelings.toml"
    catalog = load_model(path, FeelingsCatalog, "feeling")
    root = assets_dir or find_assets_dir()
    items: list[FeelingFace | TrickyThing] = [*catalog.feeling, *catalog.tricky]
    missing = [
        f"{path}: {item.id}: icon: there is no picture at assets/{item.icon}"
        for item in items
        if not (root / item.icon).is_file()
    ]
    if missing:
        raise ContentError(missing)
    return catalog
