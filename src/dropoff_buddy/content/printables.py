"""Words on the printed pages (``levels/printables.toml``): storybook, picture cards, "About me".

They are for grown-ups on paper, never spoken. Validated completely when loaded: unknown fields
are typos, and every ``{placeholder}`` must be one the family's words fill in, or one of the
few a printed line adds (``{title}``, ``{date}``) where that line may use it.

Each is a ``Text`` keyed ``printables:<section>.<field>`` (``printables:about_me.hello``) in the
content registry, so it is translated like every other content text (``levels/i18n/<language>/
printables.ftl``) and printed with ``ctx.text``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator

from dropoff_buddy.content.lines import Text
from dropoff_buddy.content.loader import StrictContent, find_levels_dir, load_model
from dropoff_buddy.storage.models import ABOUT_ME_ITEM_MAX_LENGTH, ABOUT_ME_MAX_ITEMS
from dropoff_buddy.words import PLACEHOLDERS

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def _known(value: Text, extra: tuple[str, ...] = ()) -> Text:
    if not value:
        raise ValueError("this is empty; write the words")
    for name in _PLACEHOLDER.findall(value.text):
        if name not in (*PLACEHOLDERS, *extra):
            raise ValueError(f"unknown placeholder {{{name}}}")
    return value


def _family_words(value: Text) -> Text:
    return _known(value)


class StorybookWords(StrictContent):
    footer: Text

    @field_validator("footer")
    @classmethod
    def _footer_ok(cls, value: Text) -> Text:
        return _known(value, ("title",))


class CardWords(StrictContent):
    day_title: Text
    day_help: Text
    goodbye_title: Text
    goodbye_help: Text
    buddy_card: Text

    _lines_ok = field_validator("day_title", "day_help", "goodbye_title", "goodbye_help", "buddy_card")(_family_words)

    @field_validator("buddy_card")
    @classmethod
    def _card_short(cls, value: Text) -> Text:
        if len(value.text) > 40:
            raise ValueError("at most 40 characters: it goes on a small card")
        return value


class AboutMeWords(StrictContent):
    title: Text
    hello: Text
    grownup: Text
    buddy_title: Text
    buddy: Text
    real_toy: Text
    goodbye_title: Text
    goodbye_after: Text
    promise_title: Text
    promise_help: Text
    helps_title: Text
    helps: list[Text] = Field(min_length=1, max_length=ABOUT_ME_MAX_ITEMS - 1)
    helps_photo: Text
    tricky_title: Text
    tricky_none: Text
    footer: Text

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

    @field_validator("helps_photo")
    @classmethod
    def _photo_short(cls, value: Text) -> Text:
        if len(value.text) > ABOUT_ME_ITEM_MAX_LENGTH:
            raise ValueError(f"at most {ABOUT_ME_ITEM_MAX_LENGTH} characters")
        return value

    @field_validator("helps")
    @classmethod
    def _helps_ok(cls, value: list[Text]) -> list[Text]:
        for line in value:
            _known(line)
            if len(line.text) > ABOUT_ME_ITEM_MAX_LENGTH:
                raise ValueError(f"each line needs 1 to {ABOUT_ME_ITEM_MAX_LENGTH} characters")
        return value

    @field_validator("footer")
    @classmethod
    def _footer_ok(cls, value: Text) -> Text:
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
