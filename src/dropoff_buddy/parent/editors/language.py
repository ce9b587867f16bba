"""Language: the family's language, and an offer to change the game's own words of the old one."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.content.lines import Line
from dropoff_buddy.parent.editors.base import LABEL, Editor, EditorHost, choice_button
from dropoff_buddy.parent.page import action_button
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, draw_panel
from dropoff_buddy.words import apply_swaps, language_swaps

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext


class LanguageEditor(Editor):
    """The family's language: every line, caption and page follows at once (no restart)."""

    key = "language"

    def __init__(self, ctx: GameContext, host: EditorHost) -> None:
        super().__init__(ctx, host)
        #: The game's own words of the old language and their counterparts ("Mommy" → "Mamá").
        self.offer: dict[str, str] = {}

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        languages = self.ctx.content.languages.language
        chosen = self.ctx.language.code
        gap = 24.0
        tile_w = min(360.0, (w - 80 - gap * (len(languages) - 1)) / len(languages))
        found = [
            choice_button(
                (x + 40 + index * (tile_w + gap), y + 60, tile_w, 120),
                f"{language.name}\n{language.example}" if language.example else language.name,
                language.code == chosen,
                functools.partial(self._choose, language.code),
                f"language-{language.code}",
                size=26,
            )
            for index, language in enumerate(languages)
        ]
        if self.offer:
            found.append(
                action_button(
                    (x + 40, y + 360, 300, 80), self.t("yes"), self._accept, "swap-yes", primary=True, size=24
                )
            )
            found.append(action_button((x + 360, y + 360, 300, 80), self.t("no"), self._decline, "swap-no", size=24))
        return found

    def _choose(self, code: str) -> None:
        ctx = self.ctx
        if code == ctx.language.code and ctx.profile.settings.language:
            self.host.rebuild()
            return
        before = ctx.tr
        ctx.profile.settings.language = code
        ctx.apply_settings()
        self._changed()
        self.offer = language_swaps(ctx.profile, before, ctx.tr)
        if self.fresh and self.offer:
            self._accept()  # first set-up: the game's own starting words simply follow the language
        self.host.rebuild()

    def _accept(self) -> None:
        swaps, self.offer = self.offer, {}
        apply_swaps(self.profile, swaps)
        self.ctx.apply_settings()
        self._changed()
        self.host.rebuild()

    def _decline(self) -> None:
        self.offer = {}
        self.host.rebuild()

    def leave(self) -> None:
        super().leave()
        self.offer = {}

    def summary(self) -> str:
        return self.ctx.language.name

    def preview(self) -> Line | None:
        return self.ctx.content.lines.home.greeting

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, _h = self.area
        if not self.offer:
            return
        pairs = self.ctx.tr.join(
            [self.t("pair", old=self._said(old), new=self._said(new, old)) for old, new in self.offer.items()]
        )
        draw_panel(
            surface,
            self.ctx.layout,
            (x + 24, y + 220, w - 48, 240),
            (246, 249, 252),
            radius=18,
            shadow=False,
            outline=(210, 218, 228),
        )
        self._text(surface, self.t("offer", pairs=pairs), LABEL, (x + 44, y + 240), theme.INK, wrap=w - 100)
        self._help(surface, self.t("offer_help"), (x + 44, y + 310), w - 100)

    def _said(self, words: str, old: str = "") -> str:
        """An offered word as the parent reads it (a place is an id: its words in the language)."""
        if words.startswith("place:") or old.startswith("place:"):
            return self.ctx.t(f"family:place.{words.removeprefix('place:')}")
        return words
