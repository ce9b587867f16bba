"""Morning parts: which parts Play runs each morning, in order."""

from __future__ import annotations

import functools

import pygame

from dropoff_buddy.parent.editors.base import HELP, Editor, toggle_button
from dropoff_buddy.storage.models import FLOW_PARTS, FlowPart
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button

FLOW_PART_TEXT: dict[FlowPart, tuple[str, str, str]] = {
    # part: (title, what it is, scene that plays it)
    "feelings": ("Feelings check-in", "How do you feel today? Picture faces, and what's tricky.", "feelings"),
    "my_day": ("My day", "The picture cards of the day, up to coming back.", "my-day"),
    "story": ("The story", "A short storybook of the day with the buddy.", "story"),
    "ritual": ("Goodbye practice", "Practise the goodbye ritual as a little game.", "ritual"),
}


class FlowEditor(Editor):
    key = "flow"
    title = "Morning parts"
    help = "Which parts Play runs each morning, in this order. Keep the morning short."

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        parts = self.profile.settings.flow_parts
        return [
            toggle_button(
                (x + w - 200, y + 36 + index * 104, 150, 76),
                part in parts,
                functools.partial(self._toggle, part),
                f"flow-{part}",
            )
            for index, part in enumerate(FLOW_PARTS)
        ]

    def _toggle(self, part: FlowPart) -> None:
        parts = list(self.profile.settings.flow_parts)
        if part in parts:
            if len(parts) == 1:
                self.message = "Keep at least one part on, so Play has something to play."
                self.host.rebuild()
                return
            parts.remove(part)
        else:
            parts.append(part)
        self.message = ""
        self.profile.settings.flow_parts = parts
        self._changed()
        self.host.rebuild()

    def summary(self) -> str:
        return f"{len(self.profile.settings.flow_parts)} of {len(FLOW_PARTS)} on"

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, _h = self.area
        for index, part in enumerate(FLOW_PARTS):
            title, text, scene = FLOW_PART_TEXT[part]
            top = y + 30 + index * 104
            self._text(surface, f"{index + 1}. {title}", 28, (x + 44, top + 4))
            if scene not in self.ctx.factories:
                text += " (Not in this version yet.)"
            self._text(surface, text, HELP, (x + 44, top + 44), theme.INK_SOFT, wrap=w - 320)
        if self.message:
            self._text(surface, self.message, HELP, (x + 44, y + 30 + 4 * 104), theme.WARNING, wrap=w - 80)
