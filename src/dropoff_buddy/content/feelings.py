"""The feelings check-in's content: faces, the buddy's replies and the "What's tricky?" cards.

``levels/feelings.toml`` is the one place the feelings and tricky things are listed: their ids
(what ``progress.json`` saves), pictures, colours, lines and the words a parent reads. It is
validated completely when loaded: ids once each, lines with known placeholders only, a buddy
reaction the buddy can play, a picture that exists.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.content.lines import Line, Text
from dropoff_buddy.content.loader import (
    PicturedContent,
    StrictContent,
    check_placeholders,
    check_words,
    find_levels_dir,
    load_pictured,
)
from dropoff_buddy.storage.models import FEELING_ID_PATTERN

#: Colours content may name (``ui.theme`` constants of the same name, upper case).
ColourName = Literal["sky", "sunshine", "rose", "leaf", "lilac", "coral"]


def check_reaction(value: str) -> str:
    """A buddy reaction named in a level file is one the buddy can do (``BuddyActor.REACTIONS``)."""
    if value not in BuddyActor.REACTIONS:
        raise ValueError(f"unknown buddy reaction {value!r}; choose one of {', '.join(BuddyActor.REACTIONS)}")
    return value


class FeelingFace(StrictContent):
    """One face a child can choose, and what the buddy says back (``feelings:<id>.say`` / ``.reply``)."""

    line_scope: ClassVar[str | None] = "{id}"

    id: str = Field(pattern=FEELING_ID_PATTERN)
    label: Text  # caption under the face, for grown-ups (feelings:<id>.label)
    #: How the feeling is said to a parent, inside a sentence: "happy" (feelings:<id>.words).
    words: Text
    colour: ColourName
    say: Line  # said the moment the face is tapped
    reply: Line  # the buddy's validating reply
    reaction: str
    breathe: bool  # the buddy then invites the child to breathe together
    ask_tricky: bool  # then, optionally, "What's tricky?"
    icon: str

    _lines_ok = field_validator("say", "reply")(check_placeholders)
    _words_ok = field_validator("label", "words")(check_words)

    _reaction_ok = field_validator("reaction")(check_reaction)


class TrickyThing(StrictContent):
    """One "What's tricky?" picture card (``feelings:tricky.<id>.say``)."""

    line_scope: ClassVar[str | None] = "tricky.{id}"

    id: str = Field(pattern=FEELING_ID_PATTERN)
    label: Text
    parent_words: Text  # "missing {grownup}", in the parent's pages
    say: Line
    # Said instead of ``say`` on a day someone else picks up, when ``say`` promises who comes back
    # (``feelings:tricky.<id>.say_other``); empty: ``say`` is true every day.
    say_other: Line = Field(default_factory=lambda: Line(""))
    icon: str

    _lines_ok = field_validator("say", "say_other")(check_placeholders)
    _words_ok = field_validator("label", "parent_words")(check_words)


def _once(kind: str, ids: list[str]) -> None:
    repeated = sorted({item for item in ids if ids.count(item) > 1})
    if repeated:
        raise ValueError(f"{kind} {repeated[0]!r} is listed twice")


class FeelingsCatalog(PicturedContent):
    schema_version: Literal[1]
    feeling: list[FeelingFace] = Field(min_length=2)
    tricky: list[TrickyThing] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> FeelingsCatalog:
        _once("feeling", [face.id for face in self.feeling])
        _once("tricky thing", [thing.id for thing in self.tricky])
        return self

    def pictured(self) -> list[FeelingFace | TrickyThing]:
        return [*self.feeling, *self.tricky]

    @property
    def feeling_ids(self) -> tuple[str, ...]:
        """Every feeling, in the order the faces are shown."""
        return tuple(face.id for face in self.feeling)

    @property
    def tricky_ids(self) -> tuple[str, ...]:
        return tuple(thing.id for thing in self.tricky)

    def face(self, feeling: str) -> FeelingFace:
        return next(face for face in self.feeling if face.id == feeling)

    def thing(self, tricky: str) -> TrickyThing:
        return next(thing for thing in self.tricky if thing.id == tricky)

    def feeling_words(self, feeling: str) -> Text | str:
        """How ``feeling`` is said to a parent (a ``Text``); a feeling this version does not know, as saved."""
        face = next((face for face in self.feeling if face.id == feeling), None)
        return face.words if face is not None else feeling.replace("_", " ")

    def tricky_words(self, tricky: str) -> Text | str:
        """How a tricky thing is said to a parent (a ``Text``); one this version does not know, as saved."""
        thing = next((thing for thing in self.tricky if thing.id == tricky), None)
        return thing.parent_words if thing is not None else tricky.replace("_", " ")


def load_feelings(path: Path | None = None, assets_dir: Path | None = None) -> FeelingsCatalog:
    """``levels/feelings.toml`` (or ``path``), validated; raises ``ContentError`` listing every problem.

    Every picture it names must exist under ``assets/`` (or ``assets_dir``), so a typo is
    reported when the file is loaded, not when a child taps.
    """
    return load_pictured(path or find_levels_dir() / "feelings.toml", FeelingsCatalog, "feeling", assets_dir)
