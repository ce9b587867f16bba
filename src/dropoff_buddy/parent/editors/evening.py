"""After pickup: whether Play asks "How was your day?" in the evening, and from what time."""

from __future__ import annotations

import functools

import pygame

from dropoff_buddy.parent.editors.base import CHOICE, HELP, LABEL, Editor, toggle_button
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, draw_text


def hour_words(hour: int, language: str) -> str:
    """ "3 pm" in American English, "15:00" in the other languages."""
    if language != "en-US":
        return f"{hour:02d}:00"
    suffix = "am" if hour < 12 else "pm"
    return f"{(hour - 1) % 12 + 1} {suffix}"


class EveningEditor(Editor):
    """Whether Play after pickup asks "How was your day?", and from what time pickup is over."""

    key = "evening"
    title = "After pickup"
    help = (
        "The moon door on the home screen always opens \u201cHow was your day?\u201d. Switched on here, "
        "Play does too, from this time of day until bedtime, instead of the morning parts."
    )

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        settings = self.profile.settings
        found = [
            toggle_button((x + w - 200, y + 40, 150, 80), settings.evening_after_pickup, self._toggle, "evening-play")
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
            return "Play: mornings only"
        return f"Play asks from {hour_words(settings.evening_from_hour, self.ctx.language.code)}"

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, _h = self.area
        settings = self.profile.settings
        self._text(surface, "Play asks \u201cHow was your day?\u201d after pickup", 28, (x + 44, y + 44))
        self._text(
            surface,
            "Your child tells the buddy how each part of the day was. You see it in \u201cHow they've been\u201d.",
            HELP,
            (x + 44, y + 88),
            theme.INK_SOFT,
            wrap=w - 320,
        )
        if settings.evening_after_pickup:
            self._text(surface, "From (your child is home by then):", LABEL, (x + 44, y + 170), theme.INK_SOFT)
            hour = hour_words(settings.evening_from_hour, self.ctx.language.code)
            draw_text(surface, self.ctx.fonts, self.ctx.layout, hour, 34, theme.INK, center=(x + 44 + 195, y + 248))
