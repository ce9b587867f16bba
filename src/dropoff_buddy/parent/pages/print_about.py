"""About me: the parent writes what helps and what has been tricky lately, for the printed page.

Opened from "Edit" on the Print page. Blank lines are left out; Done (or Esc) keeps what was
written in the profile; Enter in a line goes on to the next one.
"""

from __future__ import annotations

from collections.abc import Iterator

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.parent.page import MARGIN, ParentPageScene, action_button
from dropoff_buddy.printing.about_me import about_me_lists, suggested_tricky
from dropoff_buddy.printing.document import PrintError
from dropoff_buddy.printing.make import (
    printable_words,
)
from dropoff_buddy.registry import TourShot
from dropoff_buddy.storage.models import ABOUT_ME_ITEM_MAX_LENGTH, ABOUT_ME_MAX_ITEMS, AboutMe
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.text_field import TextField
from dropoff_buddy.ui.widgets import write


class AboutMeScene(ParentPageScene):
    """Edit what the "About me" page says helps, and what has been tricky lately; Done keeps it."""

    # The frame's own attributes (name, title, way back), set for this page: the shape of ParentPageScene's.
    name = "parent-print-about"
    title = "parent:print_about.title"
    back_label = "parent:frame.done"
    LINES = 3

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        now = ctx.now()
        self.now = now
        try:
            helps, tricky = about_me_lists(ctx, printable_words(ctx), now)
        except PrintError:
            helps, tricky = list(ctx.profile.about_me.helps or []), list(ctx.profile.about_me.tricky)
        self.tricky_edited = False
        self.helps_edited = False
        self.helps = self._fields("helps", helps)
        self.tricky = self._fields("tricky", tricky)
        self.rebuild()

    def _fields(self, group: str, lines: list[str]) -> list[TextField]:
        fields = []
        for index in range(min(ABOUT_ME_MAX_ITEMS, self.LINES)):
            text = lines[index] if index < len(lines) else ""
            fields.append(
                TextField(
                    self.ctx,
                    (0, 0, 100, 64),
                    text,
                    placeholder=self.ctx.t("parent:print_about.empty"),
                    max_length=ABOUT_ME_ITEM_MAX_LENGTH,
                    name=f"{group}-{index + 1}",
                    on_change=self._tricky_changed if group == "tricky" else self._helps_changed,
                )
            )
        return fields

    @property
    def fields(self) -> list[TextField]:
        return [*self.helps, *self.tricky]

    def _tricky_changed(self) -> None:
        self.tricky_edited = True

    def _helps_changed(self) -> None:
        self.helps_edited = True

    def build(self) -> None:
        layout = self.ctx.layout
        width = layout.width - 2 * MARGIN - 48
        for index, text_field in enumerate(self.helps):
            text_field.rect = (MARGIN + 24, 196 + index * 76, width, 64)
        tricky_top = 196 + self.LINES * 76 + 70
        for index, text_field in enumerate(self.tricky):
            text_field.rect = (MARGIN + 24, tricky_top + index * 76, width, 64)
        self.buttons.add(
            action_button(
                (layout.width - MARGIN - 24 - 300, tricky_top - 62, 300, 54),
                self.ctx.t("parent:print_about.suggest"),
                self.suggest_tricky,
                "suggest-tricky",
                size=20,
            )
        )

    def suggest_tricky(self) -> None:
        lines = suggested_tricky(self.ctx, self.now.date(), self.now.tzinfo)
        for index, text_field in enumerate(self.tricky):
            text_field.set_text(lines[index] if index < len(lines) else "")
        self.tricky_edited = False

    def back(self) -> None:
        self.done()

    def submit(self) -> None:
        """Enter in a line: on to the next one."""
        fields = self.fields
        active = next((text_field for text_field in fields if text_field.active), None)
        if active is not None:
            active.blur()
            fields[(fields.index(active) + 1) % len(fields)].focus()

    def done(self) -> None:
        """Keep what was written (blank lines are dropped) and go back to Print."""
        for text_field in self.fields:
            text_field.blur()
        helps = [text_field.value for text_field in self.helps if text_field.value]
        tricky = [text_field.value for text_field in self.tricky if text_field.value]
        saved = self.ctx.profile.about_me
        # What the parent did not touch stays "as suggested", so it follows the family's set-up.
        kept_helps = helps if self.helps_edited else saved.helps
        if self.tricky_edited:
            about = AboutMe(helps=kept_helps, tricky=tricky, tricky_on=self.now.date())
        else:
            about = AboutMe(helps=kept_helps, tricky=saved.tricky, tricky_on=saved.tricky_on)
        if about != saved:
            self.ctx.profile.about_me = about
            self.ctx.save_profile()
        self.ctx.scenes.pop()

    def draw_page(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        self.write_across(surface, ctx.t("parent:print_about.help"), 20, theme.INK_SOFT, 128, 4)
        write(surface, ctx, ctx.t("parent:print_about.helps"), 26, theme.PARENT_ACCENT, at=(MARGIN + 24, 160))
        tricky_top = 196 + self.LINES * 76 + 70
        write(
            surface, ctx, ctx.t("parent:print_about.tricky"), 26, theme.PARENT_ACCENT, at=(MARGIN + 24, tricky_top - 36)
        )


SCENES = {"parent-print-about": AboutMeScene}


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    yield TourShot("parent-print-about", AboutMeScene, settle=0.1)
