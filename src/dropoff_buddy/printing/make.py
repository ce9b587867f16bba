"""Making a printable by name: ``make_printable("storybook" | "cards" | "about-me", ctx, paper)``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from dropoff_buddy.content.printables import PrintableWords
from dropoff_buddy.context import GameContext
from dropoff_buddy.printing.document import Paper, Printable, PrintError
from dropoff_buddy.storage.atomic import atomic_write_bytes
from dropoff_buddy.storage.exports import free_path, safe_file_part
from dropoff_buddy.story.shelf import DAYCARE_DAY

PrintKind = Literal["storybook", "cards", "about-me"]
KINDS: tuple[PrintKind, ...] = ("storybook", "cards", "about-me")
#: How each printable is named to a parent.
KIND_NAMES: dict[str, str] = {
    "storybook": "storybook",
    "cards": "picture cards",
    "about-me": "“About me” page",
}


def default_paper(ctx: GameContext) -> Paper:
    """US Letter for a family speaking American English, A4 otherwise (the parent can choose either)."""
    return "letter" if ctx.language.code == "en-US" else "a4"


def printable_words(ctx: GameContext) -> PrintableWords:
    """The words on printed pages (``levels/printables.toml``, translated like every content text)."""
    if ctx.content.printables is None:
        problem = next((problem for problem in ctx.content.problems if "printables" in problem), "")
        raise PrintError(f"The words for printing have a mistake in them: {problem}")
    return ctx.content.printables


def printable_file_stem(kind: PrintKind, child_name: str, today: dt.date, story_id: str = "") -> str:
    """``dropoff-buddy-Sam-storybook-2026-12-03`` (the file name without ``.pdf``); a storybook of
    another story than "A Daycare Day" says which: ``dropoff-buddy-Sam-storybook-home-day-2026-12-05``."""
    which = f"-{story_id.replace('_', '-')}" if kind == "storybook" and story_id not in ("", DAYCARE_DAY) else ""
    return f"dropoff-buddy-{safe_file_part(child_name)}-{kind}{which}-{today.isoformat()}"


def make_printable(
    kind: PrintKind,
    ctx: GameContext,
    paper: Paper,
    *,
    story_id: str = DAYCARE_DAY,
    tricky: list[str] | None = None,
    helps: list[str] | None = None,
) -> Printable:
    """The PDF for ``kind``, for the family in ``ctx``. Raises ``PrintError`` (a kind message) when
    it cannot be made at all; anything left out (a missing photo, say) is in ``Printable.notes``.

    ``helps`` and ``tricky`` are the "About me" lists as the parent edited them (None: as saved,
    or the game's suggestions).
    """
    words = printable_words(ctx)
    if kind == "storybook":
        from dropoff_buddy.printing.storybook import storybook

        return storybook(ctx, paper, words, story_id)
    if kind == "cards":
        from dropoff_buddy.printing.cards import picture_cards

        return picture_cards(ctx, paper, words)
    if kind == "about-me":
        from dropoff_buddy.printing.about_me import about_me

        return about_me(ctx, paper, words, helps=helps, tricky=tricky)
    raise PrintError(f"There is nothing called {kind!r} to print; choose storybook, cards or about-me.")


def save_printable(printable: Printable, folder: Path, stem: str) -> Path:
    """Write the PDF as ``folder/stem.pdf`` (``stem-2.pdf``... if taken); returns where.

    Raises ``SaveError`` or ``OSError`` when the disk refuses; nothing half-written is left.
    """
    path = free_path(folder, stem, ".pdf")
    atomic_write_bytes(path, printable.data, keep_backup=False)
    return path
