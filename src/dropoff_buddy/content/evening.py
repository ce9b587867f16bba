"""The evening "How was your day?" content: what the buddy asks and says (``levels/evening.toml``).

Validated completely when loaded: every face a child can choose has exactly one reply, lines
use only known placeholders (plus ``{activity}`` where the line is about one part of the day),
and buddy reactions are ones the buddy can play. ``EveningScript`` fills a card into a line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.content.catalog import Card
from dropoff_buddy.content.loader import StrictContent, find_levels_dir, load_model
from dropoff_buddy.storage.models import FEELINGS
from dropoff_buddy.words import PLACEHOLDERS

#: The extra placeholder the lines about one part of the day may use.
ACTIVITY = "activity"


_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def _check(value: str, extra: tuple[str, ...] = ()) -> str:
    known = (*PLACEHOLDERS, *extra)
    for name in _PLACEHOLDER.findall(value):
        if name not in known:
            raise ValueError(f"unknown placeholder {{{name}}}")
    return value


def _plain_line(value: str) -> str:
    return _check(value)


def _activity_line(value: str) -> str:
    return _check(value, (ACTIVITY,))


class FaceReply(StrictContent):
    """What the buddy says when the child picks a face for a part of the day."""

    feeling: str
    say: str = Field(min_length=1)
    reaction: str

    _say_ok = field_validator("say")(_plain_line)

    @field_validator("feeling")
    @classmethod
    def _known_feeling(cls, value: str) -> str:
        if value not in FEELINGS:
            raise ValueError(f"unknown feeling {value!r}; the faces are {', '.join(FEELINGS)}")
        return value

    @field_validator("reaction")
    @classmethod
    def _known_reaction(cls, value: str) -> str:
        if value not in BuddyActor.REACTIONS:
            raise ValueError(f"unknown buddy reaction {value!r}; choose one of {', '.join(BuddyActor.REACTIONS)}")
        return value


class CardWords(StrictContent):
    """Other words for one card, where "How was {activity}?" would not sound right."""

    card: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    question: str = ""
    best: str = ""

    _lines_ok = field_validator("question", "best")(_plain_line)


class EveningScript(StrictContent):
    """Everything the evening part says. Lines are filled with ``question_for`` / ``best_for``."""

    schema_version: Literal[1]
    greeting: str = Field(min_length=1)
    title: str = Field(min_length=1)  # the caption over the buddy and the photo at the end
    question: str = Field(min_length=1)
    nudge: str = Field(min_length=1)
    dont_know: str = Field(min_length=1)
    skip: str = Field(min_length=1)
    best_question: str = Field(min_length=1)
    best_nudge: str = Field(min_length=1)
    best_reply: str = Field(min_length=1)
    best_dont_know: str = Field(min_length=1)
    reunion: str = Field(min_length=1)
    goodnight: str = Field(min_length=1)
    reply: list[FaceReply]
    card: list[CardWords] = Field(default_factory=list)

    _plain_ok = field_validator(
        "greeting",
        "title",
        "dont_know",
        "skip",
        "best_question",
        "best_nudge",
        "best_dont_know",
        "reunion",
        "goodnight",
    )(_plain_line)
    _activity_ok = field_validator("question", "nudge", "best_reply")(_activity_line)

    @model_validator(mode="after")
    def _every_face_once(self) -> EveningScript:
        feelings = [reply.feeling for reply in self.reply]
        repeated = sorted({feeling for feeling in feelings if feelings.count(feeling) > 1})
        if repeated:
            raise ValueError(f"the reply to {repeated[0]!r} is there twice")
        missing = [feeling for feeling in FEELINGS if feeling not in feelings]
        if missing:
            raise ValueError(f"there is no reply to {missing[0]!r}")
        cards = [words.card for words in self.card]
        twice = sorted({card for card in cards if cards.count(card) > 1})
        if twice:
            raise ValueError(f"card {twice[0]!r} has its own words twice")
        return self

    def reply_to(self, feeling: str) -> FaceReply:
        return next(reply for reply in self.reply if reply.feeling == feeling)

    def _words(self, card: Card) -> CardWords | None:
        return next((words for words in self.card if words.card == card.id), None)

    def question_for(self, card: Card) -> str:
        """ "How was circle time?" (placeholders other than the activity are left for ``ctx.words``)."""
        own = self._words(card)
        if own is not None and own.question:
            return own.question
        return fill_activity(self.question, card)

    def nudge_for(self, card: Card) -> str:
        return fill_activity(self.nudge, card)

    def best_for(self, card: Card) -> str:
        own = self._words(card)
        if own is not None and own.best:
            return own.best
        return fill_activity(self.best_reply, card)

    def lines(self) -> list[tuple[str, str]]:
        """Every fixed line with its key (``evening.<what>``), for checking and for the voice to prepare."""
        fixed = [
            (name, getattr(self, name))
            for name in (
                "greeting",
                "dont_know",
                "skip",
                "best_question",
                "best_nudge",
                "best_dont_know",
                "reunion",
                "goodnight",
            )
        ]
        replies = [(f"reply.{reply.feeling}", reply.say) for reply in self.reply]
        return [(f"evening.{name}", text) for name, text in [*fixed, *replies]]


def fill_activity(text: str, card: Card) -> str:
    """``text`` with ``{activity}`` said as the card is said in a sentence; a capital letter at the start."""
    filled = text.replace("{" + ACTIVITY + "}", card.words)
    return filled[:1].upper() + filled[1:]


def load_evening(path: Path | None = None) -> EveningScript:
    """``levels/evening.toml`` (or ``path``), validated; raises ``ContentError`` listing every problem."""
    return load_model(path or find_levels_dir() / "evening.toml", EveningScript, "reply")


__all__ = ["ACTIVITY", "CardWords", "EveningScript", "FaceReply", "fill_activity", "load_evening"]
