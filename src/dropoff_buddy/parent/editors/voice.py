"""Voice and screen: reading aloud, captions and calm motion, each on or off."""

from __future__ import annotations

import functools

import pygame

from dropoff_buddy.parent.editors.base import HELP, Editor, toggle_button
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button


class VoiceScreenEditor(Editor):
    key = "voice"
    title = "Voice and screen"
    help = "How lines reach your child, and how much moves on the screen."

    ROWS = (
        ("narration", "Read lines aloud", "Every line is spoken, so your child needs no reading."),
        ("captions", "Show captions", "The spoken words also appear at the bottom, for grown-ups."),
        ("reduced_motion", "Calm motion", "Less movement: no bouncing and no cross-fades between screens."),
        ("read_to_me", "Read to me", "The story turns its own page a moment after each page is read. Taps still work."),
    )
    ROW_STEP = 116

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        settings = self.profile.settings
        return [
            toggle_button(
                (x + w - 200, y + 40 + index * self.ROW_STEP, 150, 80),
                bool(getattr(settings, setting)),
                functools.partial(self._toggle, setting),
                setting,
            )
            for index, (setting, _title, _text) in enumerate(self.ROWS)
        ]

    def _toggle(self, setting: str) -> None:
        settings = self.profile.settings
        setattr(settings, setting, not getattr(settings, setting))
        self.ctx.apply_settings()
        self._changed()
        self.host.rebuild()

    def summary(self) -> str:
        settings = self.profile.settings
        parts = ["voice on" if settings.narration else "voice off"]
        if settings.reduced_motion:
            parts.append("calm motion")
        if settings.read_to_me:
            parts.append("read to me")
        return ", ".join(parts)

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, _h = self.area
        for index, (_setting, title, text) in enumerate(self.ROWS):
            top = y + 34 + index * self.ROW_STEP
            self._text(surface, title, 30, (x + 44, top + 4))
            self._text(surface, text, HELP, (x + 44, top + 50), theme.INK_SOFT, wrap=w - 320)
