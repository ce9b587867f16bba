"""The set-up's looks step: make the child and the grown-up who does drop-off look like themselves.

A few big choices each (skin tone, hair, hair colour; and for the grown-up, walking or a
wheelchair), with both drawn live as the story will draw them. "More choices" opens the
"People & looks" page (beard, glasses, headscarf, an older figure, clothes, everyone else).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.parent.editors.base import Editor, EditorHost
from dropoff_buddy.parent.look_choices import LookChoices, changed_look
from dropoff_buddy.parent.page import action_button
from dropoff_buddy.storage.models import AvatarLook, Person
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, draw_panel, draw_text

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext

CHILD_ROWS = ("skin", "hair_style", "hair_colour")
GROWNUP_ROWS = ("skin", "hair_style", "hair_colour", "wheelchair")
PREVIEW_WIDTH = 170.0


class LooksEditor(Editor):
    """The child and the drop-off grown-up, side by side, each with a few look choices."""

    key = "looks"

    def __init__(self, ctx: GameContext, host: EditorHost) -> None:
        super().__init__(ctx, host)
        self.child_choices = self._choices("child", CHILD_ROWS, "child")
        self.grownup_choices = self._choices("grownup", GROWNUP_ROWS, "adult")

    def _person(self, who: str) -> Person:
        """The child, or the grown-up who does drop-off (``who``: "child" or "grownup")."""
        return self.profile.child if who == "child" else self.profile.grownup

    def _choices(self, who: str, rows: tuple[str, ...], kind: str) -> LookChoices:
        """``who``'s look choices (``rows``, for a ``kind`` of figure), each row's title above it."""
        return LookChoices(
            self.ctx,
            rows,
            kind,
            lambda: self._person(who).look,
            functools.partial(self._choose, who),
            prefix=f"{who}-",
            title_size=18,
            titles_above=True,
        )

    def _halves(self) -> tuple[tuple[float, float, float, float], tuple[float, float, float, float]]:
        x, y, w, h = self.area
        h = min(h, 500.0)  # a tall portrait window: keep the pictures beside their choices
        half = w / 2
        return (x, y, half, h), (x + half, y, half, h)

    def _choices_area(self, half: tuple[float, float, float, float], rows: int) -> tuple[float, float, float, float]:
        x, y, w, h = half
        row_height = min(96.0, (h - 70) / 4)
        return (x + PREVIEW_WIDTH + 30, y + 56, w - PREVIEW_WIDTH - 50, row_height * rows)

    def buttons(self) -> list[Button]:
        child_half, grownup_half = self._halves()
        found = [
            *self.child_choices.buttons(self._choices_area(child_half, len(CHILD_ROWS))),
            *self.grownup_choices.buttons(self._choices_area(grownup_half, len(GROWNUP_ROWS))),
        ]
        if "parent-people" in self.ctx.factories:
            x, y, _w, h = self._halves()[0]
            found.append(
                action_button(
                    (x + PREVIEW_WIDTH + 30, y + h - 84, 260, 64), self.t("more"), self._more, "more-looks", size=22
                )
            )
        return found

    def _set(self, who: str, look: AvatarLook) -> None:
        profile = self.profile
        if who == "child":
            profile.child = Person(name=profile.child.name, look=look)
        else:
            grownups = list(profile.grownups)
            index = profile.grownups.index(profile.grownup)
            grownups[index] = Person(name=profile.grownup.name, look=look)
            profile.grownups = grownups
        self._changed()
        self.host.rebuild()

    def _choose(self, who: str, field: str, value: str) -> None:
        self._set(who, changed_look(self._person(who).look, field, value))

    def _more(self) -> None:
        self.host.touched()
        self.ctx.open_scene("parent-people")

    def enter(self) -> None:
        self.host.rebuild()  # the grown-up may have been renamed ("Daddy") since the page was made

    def summary(self) -> str:
        return self.t("summary")

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        profile = self.profile
        for half, person, kind in (
            (self._halves()[0], profile.child, "child"),
            (self._halves()[1], profile.grownup, "adult"),
        ):
            x, y, _w, h = half
            box = (x + 20, y + 20, PREVIEW_WIDTH, h - 40)
            draw_panel(surface, layout, box, theme.lighter(theme.SKY, 0.55), radius=18, shadow=False)
            floor = y + h - 70
            standing = min(360.0, (floor - y - 40) / 1.15)
            if kind == "child":
                standing *= 0.75
            still = ctx.rig.still(kind, person.look, "wave", height=layout.px(standing))
            surface.set_clip(layout.rect(box))
            still.blit_at(surface, layout.point(x + 20 + PREVIEW_WIDTH / 2, floor))
            surface.set_clip(None)
            draw_text(
                surface, ctx.fonts, layout, person.name, 22, theme.INK, center=(x + 20 + PREVIEW_WIDTH / 2, floor + 30)
            )
            role = self.t("your_child" if kind == "child" else "does_dropoff")
            draw_text(
                surface,
                ctx.fonts,
                layout,
                f"{role}: {person.name}",
                24,
                theme.INK,
                topleft=(x + PREVIEW_WIDTH + 50, y + 14),
                align="left",
            )
        self.child_choices.draw(surface)
        self.grownup_choices.draw(surface)
        super().draw(surface)
