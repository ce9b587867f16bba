"""The grown-ups: up to four names as the child says them, with word chips to tap."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.content.lines import Line
from dropoff_buddy.input import Action
from dropoff_buddy.looks import grownup_roles_after_removal, look_after_rename, week_pickups_after_removal
from dropoff_buddy.parent.editors.base import HELP, LABEL, Editor, EditorHost, choice_button
from dropoff_buddy.parent.page import action_button
from dropoff_buddy.storage.models import AvatarLook, Person
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.text_field import TextField
from dropoff_buddy.ui.widgets import Button
from dropoff_buddy.words import grownup_words

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext


MAX_GROWNUPS = 4
# Looks for grown-ups added here (the "People & looks" page changes them).
_NEW_GROWNUP_LOOKS = (
    AvatarLook(skin="peach", hair_style="short", hair_colour="dark_brown", clothes="blue"),
    AvatarLook(skin="olive", hair_style="bun", hair_colour="grey", clothes="purple"),
    AvatarLook(skin="umber", hair_style="afro", hair_colour="black", clothes="orange"),
)


class GrownupsEditor(Editor):
    """Up to four grown-ups, named as the child calls them; the first one does drop-off."""

    key = "grownups"

    def __init__(self, ctx: GameContext, host: EditorHost) -> None:
        super().__init__(ctx, host)
        self.chip_target: int | None = None
        self.original = list(self.profile.grownups)  # as they were when the page opened
        self._make_fields([person.name for person in self.profile.grownups])

    def _make_fields(self, names: list[str]) -> None:
        self.fields = [
            TextField(
                self.ctx,
                (0, 0, 400, 64),
                name_text,
                placeholder=self.t("example_first"),
                name=f"grownup-{index}",
                on_change=self._typed,
            )
            for index, name_text in enumerate(names)
        ]

    def enter(self) -> None:
        self.original = list(self.profile.grownups)
        self._make_fields([person.name for person in self.profile.grownups])
        self.host.rebuild()

    @property
    def words(self) -> list[str]:
        """The names the family's language offers for a grown-up ("Mommy", "Mamá"...)."""
        return grownup_words(self.ctx.tr)

    def place(self, area: RectLike) -> None:
        super().place(area)
        x, y, _w, _h = area
        for index, text_field in enumerate(self.fields):
            text_field.rect = (x + 40, y + 70 + index * 92, 400, 64)

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        found: list[Button] = []
        if len(self.fields) > 1:
            for index, text_field in enumerate(self.fields):
                fx, fy, fw, fh = text_field.rect
                found.append(
                    action_button(
                        (fx + fw + 16, fy, 120, fh),
                        self.t("remove"),
                        functools.partial(self._remove, index),
                        f"remove-grownup-{index}",
                        size=20,
                    )
                )
        if len(self.fields) < MAX_GROWNUPS:
            top = y + 70 + len(self.fields) * 92
            found.append(action_button((x + 40, top, 300, 64), self.t("add"), self._add, "add-grownup", size=22))
        chips_x = x + 620
        chip_w, chip_h, gap = 160, 62, 16
        columns = max(1, int((x + w - 30 - chips_x) // (chip_w + gap)))
        for index, word in enumerate(self.words):
            row, column = divmod(index, columns)
            rect: RectLike = (chips_x + column * (chip_w + gap), y + 70 + row * (chip_h + gap), chip_w, chip_h)
            found.append(choice_button(rect, word, False, functools.partial(self._chip, word), f"word-{word}"))
        return found

    def handle(self, action: Action) -> bool:
        # Remember which field was being typed in: a tap on a word chip blurs it before the chip acts.
        for index, text_field in enumerate(self.fields):
            if text_field.active:
                self.chip_target = index
        return False

    def _chip(self, word: str) -> None:
        target_index = (
            self.chip_target
            if self.chip_target is not None and self.chip_target < len(self.fields)
            else next((i for i, f in enumerate(self.fields) if not f.value), None)
        )
        if target_index is None:
            if len(self.fields) >= MAX_GROWNUPS:
                self.message = self.t("four_already")
                return
            self._add()
            target_index = len(self.fields) - 1
        target = self.fields[target_index]
        target.set_text(word)
        for text_field in self.fields:
            text_field.blur()
        target.focus()
        self.chip_target = target_index
        self._typed()

    def _add(self) -> None:
        if len(self.fields) >= MAX_GROWNUPS:
            return
        for text_field in self.fields:
            text_field.blur()
        self.fields.append(
            TextField(
                self.ctx,
                (0, 0, 400, 64),
                "",
                placeholder=self.t("example_more"),
                name=f"grownup-{len(self.fields)}",
                on_change=self._typed,
            )
        )
        self.host.rebuild()
        self.fields[-1].focus()

    def _remove(self, index: int) -> None:
        if len(self.fields) <= 1:
            return
        del self.fields[index]
        self.chip_target = None
        self.profile.week.pickups = week_pickups_after_removal(self.profile, index)
        self.profile.dropoff, self.profile.pickup = grownup_roles_after_removal(self.profile, index)
        for number, text_field in enumerate(self.fields):
            text_field.name = f"grownup-{number}"
        self._typed()
        self.host.rebuild()

    def _typed(self) -> None:
        names = [text_field.value for text_field in self.fields if text_field.value]
        if not names:
            if self.profile.grownups != self.original:
                self.profile.grownups = list(self.original)  # all emptied means "as they were"
                self._changed()
            return
        old = self.profile.grownups
        people = []
        for index, name in enumerate(names):
            look = old[index].look if index < len(old) else _NEW_GROWNUP_LOOKS[(index - 1) % len(_NEW_GROWNUP_LOOKS)]
            # "Daddy" or "Grandpa" brings its own look, unless the parent chose one on the looks page.
            look = look_after_rename(old[index].name if index < len(old) else "", name, look)
            people.append(Person(name=name, look=look))
        if [person.name for person in people] != [person.name for person in old]:
            self.profile.grownups = people
            self._changed()

    def problem(self) -> str:
        if not any(text_field.value for text_field in self.fields):
            return self.t("problem", name=self.profile.grownup.name)
        return ""

    def summary(self) -> str:
        return ", ".join(person.name for person in self.profile.grownups)

    def preview(self) -> Line | None:
        return self.ctx.content.lines.my_day.promise

    def draw(self, surface: pygame.Surface) -> None:
        x, y, _w, _h = self.area
        self._text(surface, self.t("names"), LABEL, (x + 44, y + 28), theme.INK_SOFT)
        self._text(surface, self.t("tap_a_word"), LABEL, (x + 620, y + 28), theme.INK_SOFT)
        if self.fields:
            fx, fy, _fw, fh = self.fields[0].rect
            self._text(surface, self.t("does_dropoff"), 18, (fx + 4, fy + fh + 4), theme.PARENT_ACCENT)
        if self.message:
            self._text(surface, self.message, HELP, (x + 620, y + 330), theme.WARNING, wrap=self.area[2] - 660)
        super().draw(surface)
