"""After pickup: whether Play asks "How was your day?" in the evening, and from what time."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.parent.editors.base import CHOICE, LABEL, Editor, toggle_button
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, draw_text

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext


def hour_words(ctx: GameContext, hour: int) -> str:
    """An hour (11 to 20) as the family's language says it: "3 pm" in English, "15:00" in Spanish."""
    return ctx.t("parent:editor.evening.hour", hour=hour, hour12=(hour - 1) % 12 + 1)


class EveningEditor(Editor):
    """Whether Play after pickup asks "How was your day?", and from what time pickup is over."""

    key = "evening"

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        settings = self.profile.settings
        found = [
            toggle_button(
                self.ctx, (x + w - 200, y + 40, 150, 80), settings.evening_after_pickup, self._toggle, "evening-play"
            )
        ]
        if settings.evening_after_pickup:
            for sign, step in (("−", -1), ("+", 1)):
                left = x + 44 + (0 if step < 0 else 300)
                found.append(
                    Button(
                        rect=(left, y + 210, 90, 76),
                        on_activate=functools.partial(self._shift, step),
                        label=sign,
                        colour=CHOICE,
                        label_size=40,
                        sound="tap",
                        name=f"evening-{'earlier' if step < 0 else 'later'}",
                    )
                )
        return found

    def _toggle(self) -> None:
        settings = self.profile.settings
        settings.evening_after_pickup = not settings.evening_after_pickup
        self._changed()
        self.host.rebuild()

    def _shift(self, step: int) -> None:
        settings = self.profile.settings
        hour = min(20, max(11, settings.evening_from_hour + step))
        if hour != settings.evening_from_hour:
            settings.evening_from_hour = hour
            self._changed()
        self.host.rebuild()

    def summary(self) -> str:
        settings = self.profile.settings
        if not settings.evening_after_pickup:
            return self.t("summary_mornings")
        return self.t("summary_from", hour=hour_words(self.ctx, settings.evening_from_hour))

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, _h = self.area
        settings = self.profile.settings
        self._text(surface, self.t("play_asks"), 28, (x + 44, y + 44))
        self._help(surface, self.t("play_asks_help"), (x + 44, y + 88), w - 320)
        if settings.evening_after_pickup:
            self._text(surface, self.t("from"), LABEL, (x + 44, y + 170), theme.INK_SOFT)
            hour = hour_words(self.ctx, settings.evening_from_hour)
            draw_text(surface, self.ctx.fonts, self.ctx.layout, hour, 34, theme.INK, center=(x + 44 + 195, y + 248))
