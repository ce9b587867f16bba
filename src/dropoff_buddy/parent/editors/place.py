"""The place: the word the family uses for where the child goes."""

from __future__ import annotations

import functools

from dropoff_buddy.content.lines import Line
from dropoff_buddy.parent.editors.base import Editor, choice_button
from dropoff_buddy.storage.models import Place
from dropoff_buddy.ui.widgets import Button
from dropoff_buddy.words import PLACE_IDS

PLACES: tuple[Place, ...] = ("daycare", "nursery", "preschool", "childminder's")


class PlaceEditor(Editor):
    key = "place"

    def buttons(self) -> list[Button]:
        x, y, _w, _h = self.area
        found = []
        for index, place in enumerate(PLACES):
            rect = (x + 40 + index * 280, y + 70, 256, 120)
            found.append(
                choice_button(
                    rect,
                    self.place_words(place),
                    place == self.profile.place,
                    functools.partial(self._choose, place),
                    f"place-{place}",
                    size=28,
                )
            )
        return found

    def _choose(self, place: Place) -> None:
        self.profile.place = place
        self._changed()
        self.host.rebuild()

    def place_words(self, place: Place) -> str:
        """How the family's language names a place ("nursery", "guardería")."""
        return self.ctx.t(f"family:place.{PLACE_IDS[place]}")

    def summary(self) -> str:
        return self.place_words(self.profile.place)

    def preview(self) -> Line | None:
        return self.ctx.content.lines.home.greeting
