"""Morning parts: which parts Play runs each morning, in order."""

from __future__ import annotations

import functools

import pygame

from dropoff_buddy.parent.editors.base import HELP, Editor, toggle_button
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button


class FlowEditor(Editor):
    key = "flow"

    @property
    def on(self) -> list[str]:
        """The morning parts switched on now (``levels/parts.toml`` order)."""
        return [part.id for part in self.ctx.content.parts.flow(self.profile.settings.flow_parts)]

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        parts = self.on
        return [
            toggle_button(
                self.ctx,
                (x + w - 200, y + 36 + index * 104, 150, 76),
                part.id in parts,
                functools.partial(self._toggle, part.id),
                f"flow-{part.id}",
            )
            for index, part in enumerate(self.ctx.content.parts.morning)
        ]

    def _toggle(self, part: str) -> None:
        parts = self.on
        if part in parts:
            if len(parts) == 1:
                self.message = self.t("keep_one")
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
        return self.t("summary", on=len(self.on), parts=len(self.ctx.content.parts.morning))

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, _h = self.area
        morning = self.ctx.content.parts.morning
        for index, part in enumerate(morning):
            text = self.ctx.text(part.parent_description)
            top = y + 30 + index * 104
            self._text(surface, f"{index + 1}. {self.ctx.text(part.parent_title)}", 28, (x + 44, top + 4))
            if part.scene not in self.ctx.factories:
                text += " " + self.t("not_yet")
            self._help(surface, text, (x + 44, top + 44), w - 320)
        if self.message:
            self._text(surface, self.message, HELP, (x + 44, y + 30 + len(morning) * 104), theme.WARNING, wrap=w - 80)
