"""Words: US or UK words, and an offer to change the place and names that have a counterpart."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.parent.editors.base import HELP, LABEL, Editor, EditorHost, choice_button
from dropoff_buddy.parent.page import action_button
from dropoff_buddy.storage.models import Person, Profile, Words
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, draw_panel

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext


# Word pairs a switch between US and UK words offers to swap (only exact matches are touched).
US_TO_UK = {"daycare": "nursery", "Mommy": "Mummy", "Mom": "Mum", "Grandpa": "Grandad", "Grandma": "Granny"}
UK_TO_US = {uk: us for us, uk in US_TO_UK.items()}


def word_swaps(profile: Profile, words: Words) -> dict[str, str]:
    """The place and grown-up names that have a counterpart in ``words`` ("daycare" → "nursery")."""
    table = US_TO_UK if words == "uk" else UK_TO_US
    swaps: dict[str, str] = {}
    if profile.place in table:
        swaps[profile.place] = table[profile.place]
    for person in profile.grownups:
        if person.name in table:
            swaps[person.name] = table[person.name]
    return swaps


class WordsEditor(Editor):
    key = "words"
    title = "Words"
    help = "American or British words for the choices in these pages (daycare or nursery, Mommy or Mummy)."

    def __init__(self, ctx: GameContext, host: EditorHost) -> None:
        super().__init__(ctx, host)
        self.offer: dict[str, str] = {}

    def buttons(self) -> list[Button]:
        x, y, _w, _h = self.area
        words = self.profile.settings.words
        found = [
            choice_button(
                (x + 40, y + 70, 400, 110),
                "US: daycare, Mommy",
                words == "us",
                functools.partial(self._choose, "us"),
                "words-us",
                size=26,
            ),
            choice_button(
                (x + 470, y + 70, 400, 110),
                "UK: nursery, Mummy",
                words == "uk",
                functools.partial(self._choose, "uk"),
                "words-uk",
                size=26,
            ),
        ]
        if self.offer:
            found.append(
                action_button(
                    (x + 40, y + 340, 300, 80), "Yes, change them", self._accept, "swap-yes", primary=True, size=24
                )
            )
            found.append(action_button((x + 360, y + 340, 300, 80), "No, keep them", self._decline, "swap-no", size=24))
        return found

    def _choose(self, words: Words) -> None:
        if words != self.profile.settings.words:
            self.profile.settings.words = words
            self._changed()
            self.offer = word_swaps(self.profile, words)
        self.host.rebuild()

    def _accept(self) -> None:
        swaps, self.offer = self.offer, {}
        profile = self.profile
        if profile.place in swaps:
            profile.place = swaps[profile.place]  # type: ignore[assignment]
        profile.grownups = [
            Person(name=swaps.get(person.name, person.name), look=person.look) for person in profile.grownups
        ]
        self._changed()
        self.host.rebuild()

    def _decline(self) -> None:
        self.offer = {}
        self.host.rebuild()

    def leave(self) -> None:
        super().leave()
        self.offer = {}

    def summary(self) -> str:
        return "UK words" if self.profile.settings.words == "uk" else "US words"

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, _h = self.area
        if self.offer:
            pairs = ", ".join(f"“{old}” to “{new}”" for old, new in self.offer.items())
            draw_panel(
                surface,
                self.ctx.layout,
                (x + 24, y + 210, w - 48, 230),
                (246, 249, 252),
                radius=18,
                shadow=False,
                outline=(210, 218, 228),
            )
            self._text(surface, f"Also change {pairs}?", LABEL, (x + 44, y + 230), theme.INK, wrap=w - 100)
            self._text(
                surface,
                "Names you typed yourself stay as they are unless they are exactly these words.",
                HELP,
                (x + 44, y + 290),
                theme.INK_SOFT,
                wrap=w - 100,
            )
