"""Parent page "People & looks": how the child, each grown-up and the teacher look in the story.

Pick a person along the top, then tap big swatches: skin tone, hair style (pictures of the
person's own head), hair colour and clothes colour. A large live preview shows the person as
the story draws them. Every tap is saved at once. (Names and what the child calls each grown-up
are set on the names page, not here.)
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pygame

from dropoff_buddy.buddy.palette import CLOTHES_PALETTE, HAIR_PALETTE, SKIN_PALETTE
from dropoff_buddy.context import GameContext
from dropoff_buddy.parent.page import ParentPageScene, Tab
from dropoff_buddy.scenes.registry import ParentPage, TourShot
from dropoff_buddy.storage.models import (
    CLOTHES_COLOURS,
    HAIR_COLOURS,
    HAIR_STYLES,
    SKIN_TONES,
    AvatarLook,
    Person,
)
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, draw_panel, write

# Which part of the person canvas (400 × 800) holds the head, per kind: (left, top, size).
HEAD_BOXES = {"adult": (72.0, 0.0, 256.0), "child": (86.0, 300.0, 228.0)}

ROWS = (
    ("skin", "Skin", SKIN_TONES),
    ("hair_style", "Hair", HAIR_STYLES),
    ("hair_colour", "Hair colour", HAIR_COLOURS),
    ("clothes", "Clothes", CLOTHES_COLOURS),
)


def _hex_rgb(value: str) -> theme.Colour:
    value = value.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


SWATCHES: dict[str, dict[str, theme.Colour]] = {
    "skin": {name: _hex_rgb(shade.base) for name, shade in SKIN_PALETTE.items()},
    "hair_colour": {name: _hex_rgb(shade.base) for name, shade in HAIR_PALETTE.items()},
    "clothes": {name: _hex_rgb(shade.base) for name, shade in CLOTHES_PALETTE.items()},
}


@dataclass(frozen=True)
class Who:
    """One person on this page: ``role`` is "child", "teacher" or "grownup", ``index`` for grown-ups."""

    role: str
    index: int = 0

    @property
    def key(self) -> str:
        return f"{self.role}-{self.index}" if self.role == "grownup" else self.role

    @property
    def kind(self) -> str:
        return "child" if self.role == "child" else "adult"


def people_of(ctx: GameContext) -> list[Who]:
    """The child, every grown-up, then the teacher."""
    return [Who("child"), *(Who("grownup", index) for index in range(len(ctx.profile.grownups))), Who("teacher")]


def person_of(ctx: GameContext, who: Who) -> Person:
    profile = ctx.profile
    if who.role == "child":
        return profile.child
    if who.role == "teacher":
        return profile.teacher
    return profile.grownups[who.index]


def set_look(ctx: GameContext, who: Who, look: AvatarLook) -> None:
    """Give ``who`` a new look in the profile (assigning new objects so validation runs)."""
    profile = ctx.profile
    person = Person(name=person_of(ctx, who).name, look=look)
    if who.role == "child":
        profile.child = person
    elif who.role == "teacher":
        profile.teacher = person
    else:
        grownups = list(profile.grownups)
        grownups[who.index] = person
        profile.grownups = grownups


def head_picture(ctx: GameContext, look: AvatarLook, kind: str, size: int) -> pygame.Surface:
    """The person's head (with hair), ``size`` pixels square, for hair-style pictures."""
    left, top, box = HEAD_BOXES[kind]
    height = max(8, round(size * 800 / box))
    figure = ctx.person_renderer.render(look, kind, pose="stand", expression="happy", height=height)
    scale = height / 800
    rect = pygame.Rect(round(left * scale), round(top * scale), size, size).clip(figure.get_rect())
    return figure.subsurface(rect)


class ParentPeopleScene(ParentPageScene):
    """The grown-up's page for avatars; every choice saves at once."""

    name = "parent-people"
    tab_width = 170.0

    def __init__(self, ctx: GameContext, who: Who | None = None) -> None:
        super().__init__(ctx)
        self.who = who if who is not None else Who("child")
        self._pictures: dict[str, Callable[[int], pygame.Surface]] = {}
        self.rebuild()

    @property
    def person(self) -> Person:
        return person_of(self.ctx, self.who)

    def tabs(self) -> list[Tab]:
        found = []
        for who in people_of(self.ctx):
            role = {"child": "child", "teacher": "teacher"}.get(who.role, "grown-up")
            label = f"{person_of(self.ctx, who).name}\n({role})"
            found.append(Tab(label, who == self.who, functools.partial(self.pick_person, who), f"person-{who.key}"))
        return found

    def build(self) -> None:
        layout = self.ctx.layout
        self._pictures = {}
        top = 160.0
        left = 470.0
        for field, _title, values in ROWS:
            size = 92.0 if field == "hair_style" else 70.0
            gap = 14.0 if field == "hair_style" else 16.0
            available = layout.width - left - 40
            size = min(size, (available - gap * (len(values) - 1)) / len(values))
            bx = left
            for value in values:
                selected = getattr(self.person.look, field) == value
                colour = (
                    SWATCHES[field][value]
                    if field in SWATCHES
                    else (theme.lighter(theme.PARENT_ACCENT, 0.75) if selected else theme.PARENT_PANEL)
                )
                button = self.buttons.add(
                    Button(
                        rect=(bx, top + 34, size, size),
                        on_activate=functools.partial(self.choose, field, value),
                        colour=colour,
                        sound="pop",
                        name=f"{field}-{value}",
                    )
                )
                if field == "hair_style":
                    self._pictures[button.name] = functools.partial(self._hair_picture, value)
                bx += size + gap
            top += 34 + size + 36

    def _hair_picture(self, style: str, size: int) -> pygame.Surface:
        look = self.person.look.model_copy(update={"hair_style": style})
        return head_picture(self.ctx, look, self.who.kind, size)

    # -- actions ---------------------------------------------------------------------------------

    def back(self) -> None:
        self.ctx.save_profile()
        self.ctx.scenes.pop()

    def pick_person(self, who: Who) -> None:
        self.who = who
        self.rebuild()

    def choose(self, field: str, value: str) -> None:
        look = AvatarLook.model_validate({**self.person.look.model_dump(), field: value})
        set_look(self.ctx, self.who, look)
        self.ctx.save_profile()
        self.rebuild()

    # -- drawing -----------------------------------------------------------------------------------

    def draw_page(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        preview = (40, 140, 400, layout.height - 180)
        draw_panel(surface, layout, preview, theme.lighter(theme.SKY, 0.55), radius=24)
        person = self.person
        figure_height = layout.px(min(560.0, layout.height - 260))
        if self.who.kind == "child":
            figure_height = round(figure_height * 1.45)  # a child fills only the lower part of the canvas
        figure = ctx.person_renderer.render(
            person.look, self.who.kind, pose="wave", expression="happy", height=figure_height
        )
        x, y, w, h = preview
        surface.set_clip(layout.rect(preview))
        surface.blit(figure, figure.get_rect(midbottom=layout.point(x + w / 2, y + h - 50)))
        surface.set_clip(None)
        write(surface, ctx, person.name, 28, theme.INK, center=(x + w / 2, y + h - 30))
        top = 160.0
        for field, title, values in ROWS:
            write(surface, ctx, title, 22, theme.INK, at=(470, top))
            size = 92.0 if field == "hair_style" else 70.0
            top += (
                34
                + min(
                    size,
                    (layout.width - 510 - (14.0 if field == "hair_style" else 16.0) * (len(values) - 1)) / len(values),
                )
                + 36
            )
        write(
            surface,
            ctx,
            "Tap a swatch: it is saved straight away and used in the story.",
            19,
            theme.INK_SOFT,
            at=(470, layout.height - 48),
        )

    def draw_over_buttons(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        person = self.person
        for button in self.buttons.buttons:
            bx, by, bw, bh = button.rect
            offset = 5 if button is self.buttons.pressed else 0
            make = self._pictures.get(button.name)
            if make is not None:
                picture = make(layout.px(bw * 0.9))
                surface.blit(picture, picture.get_rect(center=layout.point(bx + bw / 2, by + offset + bh / 2)))
            field, _, value = button.name.rpartition("-")
            if field in ("skin", "hair_style", "hair_colour", "clothes") and getattr(person.look, field) == value:
                ring = layout.rect((bx - 6, by - 6 + offset, bw + 12, bh + 12))
                pygame.draw.rect(surface, theme.PARENT_ACCENT, ring, width=layout.px(5), border_radius=layout.px(30))
                tick = ctx.assets.svg("svg/icons/check.svg", (layout.px(30), layout.px(30)))
                surface.blit(tick, tick.get_rect(center=layout.point(bx + bw - 6, by + offset + 6)))


SCENES = {"parent-people": ParentPeopleScene}
PARENT_PAGES = [ParentPage("parent-people", "People & looks", order=30)]


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    yield TourShot("parent-people", ParentPeopleScene, settle=0.1)
    yield TourShot("parent-people-teacher", lambda c: ParentPeopleScene(c, Who("teacher")), settle=0.1)
