"""Voice and screen: reading aloud, captions and calm motion, each on or off."""

from __future__ import annotations

import functools

import pygame

from dropoff_buddy.parent.editors.base import Editor, toggle_button
from dropoff_buddy.ui.widgets import Button


class VoiceScreenEditor(Editor):
    key = "voice"

    #: The settings on this page; each has a title and a line of help (parent:editor.voice.<setting>...).
    ROWS = ("narration", "captions", "reduced_motion", "read_to_me")
    ROW_STEP = 116

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        settings = self.profile.settings
        return [
            toggle_button(
                self.ctx,
                (x + w - 200, y + 40 + index * self.ROW_STEP, 150, 80),
                bool(getattr(settings, setting)),
                functools.partial(self._toggle, setting),
                setting,
            )
            for index, setting in enumerate(self.ROWS)
        ]

    def _toggle(self, setting: str) -> None:
        settings = self.profile.settings
        setattr(settings, setting, not getattr(settings, setting))
        self.ctx.apply_settings()
        self._changed()
        self.host.rebuild()

    def summary(self) -> str:
        settings = self.profile.settings
        parts = [self.t("summary_voice_on" if settings.narration else "summary_voice_off")]
        if settings.reduced_motion:
            parts.append(self.t("summary_calm"))
        if settings.read_to_me:
            parts.append(self.t("summary_read_to_me"))
        return ", ".join(parts)

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, _h = self.area
        for index, setting in enumerate(self.ROWS):
            top = y + 34 + index * self.ROW_STEP
            title, text = self.t(f"{setting}_title"), self.t(f"{setting}_help")
            self._text(surface, title, 30, (x + 44, top + 4))
            self._help(surface, text, (x + 44, top + 50), w - 320)
