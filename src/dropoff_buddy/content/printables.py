"""Words on the printed pages (``levels/printables.toml``): storybook, picture cards, "About me".

They are for grown-ups on paper, never spoken. Validated completely when loaded: unknown fields
are typos, and every ``{placeholder}`` must be one the family's words fill in, or one of the
few a printed line adds (``{title}``, ``{date}``) where that line may use it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator

from dropoff_buddy.content.loader import StrictContent, find_levels_dir, load_model
from dropoff_buddy.storage.models import ABOUT_ME_ITEM_MAX_LENGTH, ABOUT_ME_MAX_ITEMS
from dropoff_buddy.words import PLACEHOLDERS

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def _known(value: str, extra: tuple[str, ...] = ()) -> str:
    for name in _PLACEHOLDER.findall(value):
        if name not in (*PLACEHOLDERS, *extra):
            raise ValueError(f"unknown placeholder {{{name}}}")
    return value


def _family_words(value: str) -> str:
    return _known(value)


class StorybookWords(StrictContent):
    footer: str = Field(min_length=1)

    @field_validator("footer")
    @classmethod
    def _footer_ok(cls, value: str) -> str:
        return _known(value, ("title",))


class CardWords(StrictContent):
    day_title: str = Field(min_length=1)
    day_help: str = Field(min_length=1)
    goodbye_title: str = Field(min_length=1)
    goodbye_help: str = Field(min_length=1)
    buddy_card: str = Field(min_length=1, max_length=40)

    _lines_ok = field_validator("day_title", "day_help", "goodbye_title", "goodbye_help", "buddy_card")(_family_words)


class AboutMeWords(StrictContent):
    title: str = Field(min_length=1)
    hello: str = Field(min_length=1)
    grownup: str = Field(min_length=1)
    buddy_title: str = Field(min_length=1)
    buddy: str = Field(min_length=1)
    real_toy: str = Field(min_length=1)
    goodbye_title: str = Field(min_length=1)
    goodbye_after: str = Field(min_length=1)
    promise_title: str = Field(min_length=1)
    promise_help: str = Field(min_length=1)
    helps_title: str = Field(min_length=1)
    helps: list[str] = Field(min_length=1, max_length=ABOUT_ME_MAX_ITEMS - 1)
    helps_photo: str = Field(min_length=1, max_length=ABOUT_ME_ITEM_MAX_LENGTH)
    tricky_title: str = Field(min_length=1)
    tricky_none: str = Field(min_length=1)
    footer: str = Field(min_length=1)

    _lines_ok = field_validator(
        "title",
        "hello",
        "grownup",
        "buddy_title",
        "buddy",
        "real_toy",
        "goodbye_title",
        "goodbye_after",
        "promise_title",
        "promise_help",
        "helps_title",
        "helps_photo",
        "tricky_title",
        "tricky_none",
    )(_family_words)

    @field_validator("helps")
    @classmethod
    def _helps_ok(cls, value: list[str]) -> list[str]:
        for line in value:
            _known(line)
            if not line.strip() or len(line) > ABOUT_ME_ITEM_MAX_LENGTH:
                raise ValueError(f"each line needs 1 to {ABOUT_ME_ITEM_MAX_LENGTH} characters")
        return value

    @field_validator("footer")
    @classmethod
    def _footer_ok(cls, value: str) -> str:
        return _known(value, ("date",))


class PrintableWords(StrictContent):
    schema_version: Literal[1]
    storybook: StorybookWords
    cards: CardWords
    about_me: AboutMeWords


def load_printables(path: Path | None = None) -> PrintableWords:
    """``levels/printables.toml`` (or ``path``), validated; raises ``ContentError`` listing every problem."""
    return load_model(path or find_levels_dir() / "printables.toml", PrintableWords)


__all__ = ["AboutMeWords", "CardWords", "PrintableWords", "StorybookWords", "load_printables"]
