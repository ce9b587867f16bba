"""Pick some items in order (the ritual's steps, the day's cards): tap to add, tap again to take out."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.parent.editors.base import HELP, LABEL, Editor, EditorHost, choice_button
from dropoff_buddy.parent.page import action_button
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext


class OrderedPicker(Editor):
    """Pick some items in order: tap to add at the end, tap again to take out."""

    minimum = 1
    maximum = 4

    def __init__(self, ctx: GameContext, host: EditorHost) -> None:
        super().__init__(ctx, host)
        self.chosen = list(self.current())

    def options(self) -> list[tuple[str, str, str]]:
        """(id, label, icon path) of every item there is."""
        raise NotImplementedError

    def current(self) -> list[str]:
        raise NotImplementedError

    def store(self, chosen: list[str]) -> None:
        raise NotImplementedError

    def enter(self) -> None:
        self.chosen = list(self.current())
        self.message = ""

    def _icon(self, path: str) -> str:
        return path if path and self.ctx.assets.exists(path) else ""

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        labels = {item_id: label for item_id, label, _icon in self.options()}
        found: list[Button] = []
        slot_w = min(150.0, (w - 80 - (self.maximum - 1) * 12) / self.maximum)
        for index, item_id in enumerate(self.chosen):
            # A slot in the chosen order is a chosen choice: tapping it takes it out again.
            rect: RectLike = (x + 40 + index * (slot_w + 12), y + 64, slot_w, 70)
            label = f"{index + 1}. {labels.get(item_id, item_id)}"
            found.append(
                choice_button(rect, label, True, functools.partial(self._toggle, item_id), f"slot-{item_id}", size=20)
            )
        options = self.options()
        columns = 7 if len(options) > 10 else 5
        gap = 14
        tile_w = min(200.0, (w - 80 - (columns - 1) * gap) / columns)
        tile_h = 112.0
        top = y + 200
        for index, (item_id, label, icon) in enumerate(options):
            row, column = divmod(index, columns)
            rect = (x + 40 + column * (tile_w + gap), top + row * (tile_h + gap), tile_w, tile_h)
            chosen = item_id in self.chosen
            shown = f"{self.chosen.index(item_id) + 1}. {label}" if chosen else label
            found.append(
                choice_button(
                    rect,
                    shown,
                    chosen,
                    functools.partial(self._toggle, item_id),
                    f"pick-{item_id}",
                    icon=self._icon(icon),
                    size=20,
                )
            )
        again = self.ctx.t("parent:picker.start_again")
        found.append(action_button((x + w - 220, y + 14, 180, 50), again, self._clear, "start-again", size=20))
        return found

    def _toggle(self, item_id: str) -> None:
        if item_id in self.chosen:
            self.chosen.remove(item_id)
        elif len(self.chosen) >= self.maximum:
            self.message = self.ctx.t("parent:picker.too_many", count=self.maximum)
            self.host.rebuild()
            return
        else:
            self.chosen.append(item_id)
        self.message = ""
        self._store_if_ready()
        self.host.rebuild()

    def _clear(self) -> None:
        self.chosen = []
        self.message = ""
        self.host.rebuild()

    def _store_if_ready(self) -> None:
        if self.minimum <= len(self.chosen) <= self.maximum and self.chosen != self.current():
            self.store(list(self.chosen))
            self._changed()

    def problem(self) -> str:
        if len(self.chosen) < self.minimum:
            return self.t("at_least", count=self.minimum)
        return ""

    def leave(self) -> None:
        super().leave()
        self.chosen = list(self.current())  # an unfinished pick changes nothing

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, _h = self.area
        in_order = self.ctx.t("parent:picker.in_order", least=self.minimum, most=self.maximum)
        self._text(surface, in_order, LABEL, (x + 44, y + 26), theme.INK_SOFT)
        if not self.chosen:
            self._help(surface, self.t("tap_in_order"), (x + 44, y + 88))
        if self.message or len(self.chosen) < self.minimum:
            text = self.message or self.ctx.t("parent:picker.until_then", count=self.minimum)
            self._text(surface, text, HELP, (x + 44, y + 150), theme.WARNING, wrap=w - 80)
        else:
            self._help(surface, self.ctx.t("parent:picker.take_out"), (x + 44, y + 150))
