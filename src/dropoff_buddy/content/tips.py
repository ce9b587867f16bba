"""Tips for parents: short, practical, kind cards about drop-off (``levels/tips.toml``).

Each tip names where its advice comes from (an organisation and its publication), so a
parent can look it up. Validated completely when loaded, like every content file.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from dropoff_buddy.content.lines import Text
from dropoff_buddy.content.loader import StrictContent, find_levels_dir, load_model
from dropoff_buddy.words import unknown_placeholders

MIN_TIPS = 8
MAX_TIPS = 12


class Tip(StrictContent):
    """One card: a short title, two or three sentences, and its source (``tips:<id>.title``, ``.text``).

    The source and the publication are names (of an organisation, of what it published), kept as
    they are in every language so a parent can look them up.
    """

    line_scope: ClassVar[str | None] = "{id}"

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: Text
    text: Text
    source: str = Field(min_length=2, max_length=80)  # the organisation
    publication: str = Field(min_length=2, max_length=120)  # the page, leaflet or article
    # Parts of the day (card ids from cards.toml) this tip helps with when the evening check-in
    # shows one is hard; "*" is the tip for any part no other tip names.
    activities: list[str] = Field(default_factory=list)

    @field_validator("title", "text")
    @classmethod
    def _placeholders_known(cls, value: Text) -> Text:
        if not 1 <= len(value.text) <= 420:
            raise ValueError("a tip's title and text are 1 to 420 characters")
        unknown = unknown_placeholders(value.text)
        if unknown:
            raise ValueError(f"unknown placeholder {{{unknown[0]}}}")
        return value


class TipDeck(StrictContent):
    schema_version: Literal[1]
    tip: list[Tip] = Field(min_length=MIN_TIPS, max_length=MAX_TIPS)

    @model_validator(mode="after")
    def _unique(self) -> TipDeck:
        ids = [tip.id for tip in self.tip]
        duplicates = sorted({tip_id for tip_id in ids if ids.count(tip_id) > 1})
        if duplicates:
            raise ValueError(f"tip id {duplicates[0]!r} is used twice")
        return self


def tip_for_activity(deck: TipDeck, card_id: str) -> Tip | None:
    """The tip to try when ``card_id`` is the hard part of the day: the one naming it, else the "*" tip."""
    named = next((tip for tip in deck.tip if card_id in tip.activities), None)
    return named or next((tip for tip in deck.tip if "*" in tip.activities), None)


def load_tips(path: Path | None = None) -> TipDeck:
    """The tips deck; raises ``ContentError`` (``file: id: field: what``) if the file is broken."""
    return load_model(path or find_levels_dir() / "tips.toml", TipDeck, "tip")
