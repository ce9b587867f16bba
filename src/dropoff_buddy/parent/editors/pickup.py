"""Coming back: the card of the day the grown-up comes back right after."""

from __future__ import annotations

import functools

import pygame

from dropoff_buddy.content.lines import Line
from dropoff_buddy.parent.editors.base import LABEL, Editor, choice_button
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button


class PickupEditor(Editor):
    key = "pickup"

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        schedule = self.profile.schedule
        # Arriving and going home are the day's edges, not moments to come back after.
        choices = [card_id for card_id in schedule if card_id not in ("arrive", "pickup")] or list(schedule)
        columns = 4
        gap = 16
        tile_w = min(240.0, (w - 80 - (columns - 1) * gap) / columns)
        found = []
        for index, card_id in enumerate(choices):
            row, column = divmod(index, columns)
            card = self.ctx.content.cards.get(card_id)
            label = self.ctx.text(card.label) if card else card_id
            icon = card.icon if card and self.ctx.assets.exists(card.icon) else ""
            rect = (x + 40 + column * (tile_w + gap), y + 70 + row * (116 + gap), tile_w, 116)
            found.append(
                choice_button(
                    rect,
                    label,
                    card_id == self.profile.pickup_after,
                    functools.partial(self._choose, card_id),
                    f"pickup-{card_id}",
                    icon=icon,
                )
            )
        return found

    def _choose(self, card_id: str) -> None:
        self.profile.pickup_after = card_id
        self._changed()
        self.host.rebuild()

    def summary(self) -> str:
        card = self.ctx.content.cards.get(self.profile.pickup_after)
        return self.t("summary", words=self.ctx.text(card.words) if card else self.profile.pickup_after)

    def preview(self) -> Line | None:
        return self.ctx.content.lines.my_day.promise

    def draw(self, surface: pygame.Surface) -> None:
        x, y, _w, _h = self.area
        self._text(surface, self.t("label"), LABEL, (x + 44, y + 28), theme.INK_SOFT)
        super().draw(surface)
