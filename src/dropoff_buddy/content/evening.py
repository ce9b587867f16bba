"""The evening "How was your day?" content: what the buddy asks and says (``levels/evening.toml``).

Loaded into the content registry (``ctx.content.evening``); every line is a ``Line`` keyed where
it lives: ``evening:greeting``, ``evening:reply.sad.say``, ``evening:card.arrive.question``.
The lines about one part of the day may use ``{activity}`` (how the card is said: "circle
time"); it changes from card to card, so those lines are said by the synthetic voice, while a
card's own words (``[[card]]``) can be recorded. ``check_against`` ties the file to the
feelings and the cards: every face has a reply, every card named exists.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from dropoff_buddy.content.catalog import Card, CardCatalog
from dropoff_buddy.content.feelings import FeelingsCatalog, check_reaction
from dropoff_buddy.content.lines import Line, LineScope, Text
from dropoff_buddy.content.loader import StrictContent, check_placeholders, find_levels_dir, load_model
from dropoff_buddy.storage.models import FEELING_ID_PATTERN
from dropoff_buddy.words import PLACEHOLDERS, unknown_placeholders

#: The placeholder the lines about one part of the day may use.
ACTIVITY = "activity"


def _activity_line(value: Line) -> Line:
    unknown = [name for name in unknown_placeholders(value.text) if name != ACTIVITY]
    if unknown:
        raise ValueError(f"unknown placeholder {{{unknown[0]}}} (known: {', '.join((*PLACEHOLDERS, ACTIVITY))})")
    return value


class FaceReply(StrictContent):
    """What the buddy says when the child picks a face for a part of the day (``evening:reply.<id>.say``)."""

    line_scope: ClassVar[str | None] = "reply.{feeling}"

    feeling: str = Field(pattern=FEELING_ID_PATTERN)
    say: Line
    reaction: str

    _say_ok = field_validator("say")(check_placeholders)

    _reaction_ok = field_validator("reaction")(check_reaction)


class CardWords(StrictContent):
    """A card's own words where "How was {activity}?" would not sound right
    (``evening:card.<id>.question`` / ``.best``)."""

    line_scope: ClassVar[str | None] = "card.{card}"

    card: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    question: Line = Line("")
    best: Line = Line("")

    _lines_ok = field_validator("question", "best")(check_placeholders)


class EveningScript(StrictContent, LineScope):
    """Everything the evening part says. ``question_for`` / ``best_for`` pick a card's line."""

    schema_version: Literal[1]
    greeting: Line
    title: Text  # a caption over the buddy and the photo at the end, for grown-ups
    question: Line  # {activity}
    nudge: Line  # {activity}
    dont_know: Line
    skip: Line
    best_question: Line
    best_nudge: Line
    best_reply: Line  # {activity}
    best_dont_know: Line
    reunion: Line
    reunion_other: Line  # after a day someone else picked up
    goodnight: Line
    reply: list[FaceReply] = Field(min_length=1)
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
        "reunion_other",
        "goodnight",
    )(check_placeholders)
    _activity_ok = field_validator("question", "nudge", "best_reply")(_activity_line)

    def varying_placeholders(self) -> frozenset[str]:
        return frozenset({ACTIVITY})

    @model_validator(mode="after")
    def _once_each(self) -> EveningScript:
        for kind, ids in (("reply to", [r.feeling for r in self.reply]), ("card", [c.card for c in self.card])):
            repeated = sorted({item for item in ids if ids.count(item) > 1})
            if repeated:
                raise ValueError(f"the {kind} {repeated[0]!r} is there twice")
        for name in ("greeting", "question", "nudge", "dont_know", "skip", "best_question", "best_nudge"):
            if not getattr(self, name):
                raise ValueError(f"{name} is empty, so nothing would be said")
        return self

    def check_against(self, feelings: FeelingsCatalog, cards: CardCatalog, source: str) -> list[str]:
        """Problems tying this file to the feelings and the cards (``file: id: field: what``)."""
        problems = []
        replies = {reply.feeling for reply in self.reply}
        for face in feelings.feeling:
            if face.id not in replies:
                problems.append(f"{source}: reply: {face.id}: there is no reply to the face {face.id!r}")
        for reply in self.reply:
            if reply.feeling not in feelings.feeling_ids:
                problems.append(f"{source}: reply: {reply.feeling}: there is no such face in feelings.toml")
        for words in self.card:
            if cards.get(words.card) is None:
                problems.append(f"{source}: {words.card}: card: there is no card {words.card!r} in cards.toml")
        return problems

    def reply_to(self, feeling: str) -> FaceReply | None:
        return next((reply for reply in self.reply if reply.feeling == feeling), None)

    def _words(self, card: Card) -> CardWords | None:
        return next((words for words in self.card if words.card == card.id), None)

    def question_for(self, card: Card) -> Line:
        """The card's own question, or "How was {activity}?" (say it with ``activity=card.words``)."""
        own = self._words(card)
        return own.question if own is not None and own.question else self.question

    def best_for(self, card: Card) -> Line:
        own = self._words(card)
        return own.best if own is not None and own.best else self.best_reply

    def lines(self) -> list[Line]:
        """Every line of the file, for getting the voice ready."""
        fixed = [
            self.greeting,
            self.dont_know,
            self.skip,
            self.best_question,
            self.best_nudge,
            self.best_dont_know,
            self.reunion,
            self.goodnight,
        ]
        return [*fixed, *(reply.say for reply in self.reply)]


def load_evening(path: Path | None = None) -> EveningScript:
    """``levels/evening.toml`` (or ``path``), validated; raises ``ContentError`` listing every problem."""
    return load_model(path or find_levels_dir() / "evening.toml", EveningScript, "reply")


__all__ = ["ACTIVITY", "CardWords", "EveningScript", "FaceReply", "load_evening"]
