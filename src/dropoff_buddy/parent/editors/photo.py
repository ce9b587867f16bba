"""The family photo step: a way to the photo page, and what the child sees without one."""

from __future__ import annotations

import pygame

from dropoff_buddy.parent.editors.base import HELP, LABEL, Editor
from dropoff_buddy.parent.page import action_button
from dropoff_buddy.storage.photos import stored_photo_state
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.photo import draw_family_photo
from dropoff_buddy.ui.widgets import Button


class PhotoEditor(Editor):
    key = "photo"

    @property
    def can_add(self) -> bool:
        return "parent-photo" in self.ctx.factories

    def buttons(self) -> list[Button]:
        if not self.can_add:
            return []
        x, y, _w, _h = self.area
        label = self.t("change" if self.profile.family_photo else "choose")
        return [action_button((x + 40, y + 90, 360, 90), label, self._open, "choose-photo", primary=True, size=26)]

    def _open(self) -> None:
        self.ctx.open_scene("parent-photo")

    def summary(self) -> str:
        return self.t(f"summary_{stored_photo_state(self.ctx.profile_folder, self.profile.family_photo).status}")

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, h = self.area
        layout = self.ctx.layout
        if not self.can_add:
            self._text(
                surface,
                self.t("later"),
                LABEL,
                (x + 44, y + 60),
                theme.INK,
                wrap=w * 0.5,
            )
            self._help(surface, self.t("until_then"), (x + 44, y + 150), w * 0.45)
        elif (state := stored_photo_state(self.ctx.profile_folder, self.profile.family_photo)).status != "ok":
            self._text(
                surface,
                self.t("without")
                if state.status == "none"
                else self.t("problem", file=state.file_name or "", status=state.status),
                HELP,
                (x + 44, y + 210),
                theme.INK_SOFT,
                wrap=w * 0.45,
            )
        width = min(420.0, w * 0.38)
        draw_family_photo(surface, self.ctx, layout.point(x + w - width / 2 - 70, y + h / 2), layout.px(width))
