"""Parent page "People & looks": how the child, each grown-up and the teacher look in the story.

Pick a person along the top, then tap big choices: skin tone, hair (pictures of the person's
own head), hair colour, clothes, and for families as they are a beard, glasses, a headscarf,
an older figure (a grandparent), a wheelchair. A large live preview shows the person as the
story draws them (the rig). For a grown-up, two switches say who does drop-off and who picks
up. Every tap is saved at once. (Names, and what the child calls each grown-up, are set on the
names page; "Daddy" or "Grandpa" there already brings a fitting look.)
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.parent.look_choices import ADULT_ROWS, CHILD_ROWS, LookChoices, changed_look
from dropoff_buddy.parent.page import NEUTRAL, ParentPageScene, Tab
from dropoff_buddy.registry import ParentPage, TourShot
from dropoff_buddy.storage.models import AvatarLook, Person
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, draw_panel, write

PREVIEW = (40.0, 140.0, 400.0)  # left, top, width of the preview panel (its height fills the page)
CHOICES_LEFT = 470.0
CHOICES_TOP = 150.0


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


class ParentPeopleScene(ParentPageScene):
    """The grown-up's page for looks; every choice saves at once."""

    name = "parent-people"
    tab_width = 170.0

    def __init__(self, ctx: GameContext, who: Who | None = None) -> None:
        super().__init__(ctx)
        self.who = who if who is not None else Who("child")
        self.choices: LookChoices | None = None
        self.rebuild()

    @property
    def person(self) -> Person:
        return person_of(self.ctx, self.who)

    def _preview_height(self) -> float:
        # As tall as the choices beside it (a tall portrait window leaves the rest empty below).
        return min(self.ctx.layout.height - PREVIEW[1] - 40, 640.0)

    def tabs(self) -> list[Tab]:
        found = []
        for who in people_of(self.ctx):
            role = self.ctx.t(f"parent:people.role_{who.role}")
            label = f"{person_of(self.ctx, who).name}\n({role})"
            found.append(Tab(label, who == self.who, functools.partial(self.pick_person, who), f"person-{who.key}"))
        return found

    def build(self) -> None:
        ctx = self.ctx
        layout = ctx.layout
        rows = CHILD_ROWS if self.who.kind == "child" else ADULT_ROWS
        self.choices = LookChoices(ctx, rows, self.who.kind, lambda: self.person.look, self.choose)
        area = (CHOICES_LEFT, CHOICES_TOP, layout.width - CHOICES_LEFT - 40, min(620.0, layout.height - 180))
        for button in self.choices.buttons(area):
            self.buttons.add(button)
        if self.who.role == "grownup":
            left, top, width = PREVIEW
            bottom = top + self._preview_height()
            profile = ctx.profile
            jobs = (
                ("dropoff", ctx.t("parent:people.dropoff"), profile.grownup is self.person),
                ("pickup", ctx.t("parent:people.pickup"), profile.pickup_grownup is self.person),
            )
            for index, (job, label, on) in enumerate(jobs):
                self.buttons.add(
                    Button(
                        rect=(left + 20 + index * (width / 2 - 10), bottom - 90, width / 2 - 30, 70),
                        on_activate=functools.partial(self.give_job, job),
                        label=label,
                        label_size=18,
                        colour=theme.LEAF if on else NEUTRAL,
                        sound="tap",
                        name=f"job-{job}",
                    )
                )

    # -- actions ---------------------------------------------------------------------------------

    def back(self) -> None:
        self.ctx.save_profile()
        self.ctx.scenes.pop()

    def pick_person(self, who: Who) -> None:
        self.who = who
        self.rebuild()

    def choose(self, field: str, value: str) -> None:
        set_look(self.ctx, self.who, changed_look(self.person.look, field, value))
        self.ctx.save_profile()
        self.rebuild()

    def give_job(self, job: str) -> None:
        """This grown-up does drop-off (or picks up). Picking up is "the same grown-up" unless someone else does."""
        profile = self.ctx.profile
        index = self.who.index
        if job == "dropoff":
            if profile.pickup == index:
                profile.pickup = None  # they now do both
            elif profile.pickup is None and profile.dropoff != index:
                profile.pickup = profile.dropoff  # the one who did both still picks up
            profile.dropoff = index
        else:
            profile.pickup = None if index == profile.dropoff else index
        self.ctx.save_profile()
        self.rebuild()

    # -- drawing -----------------------------------------------------------------------------------

    def draw_page(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        left, top, width = PREVIEW
        height = self._preview_height()
        draw_panel(surface, layout, (left, top, width, height), theme.lighter(theme.SKY, 0.55), radius=24)
        person = self.person
        jobs_room = 100 if self.who.role == "grownup" else 0
        floor = top + height - 70 - jobs_room
        standing = min(520.0, (floor - top - 30) / 1.2)  # room for a hand waving above the head
        if self.who.kind == "child":
            standing *= 0.8  # a child, drawn big enough to see the looks
        still = ctx.rig.still(self.who.kind, person.look, "wave", height=layout.px(standing))
        surface.set_clip(layout.rect((left, top, width, height)))
        still.blit_at(surface, layout.point(left + width / 2, floor))
        surface.set_clip(None)
        write(surface, ctx, person.name, 28, theme.INK, center=(left + width / 2, floor + 36))
        write(
            surface,
            ctx,
            ctx.t("parent:people.help"),
            17,
            theme.INK_SOFT,
            at=(CHOICES_LEFT, 122),
        )
        if self.choices is not None:
            self.choices.draw(surface)


SCENES = {"parent-people": ParentPeopleScene}
PARENT_PAGES = [ParentPage("parent-people", "People & looks", order=30)]


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    yield TourShot("parent-people", ParentPeopleScene, settle=0.1)
    yield TourShot("parent-people-grownup", lambda c: ParentPeopleScene(c, Who("grownup", 0)), settle=0.1)
    yield TourShot("parent-people-teacher", lambda c: ParentPeopleScene(c, Who("teacher")), settle=0.1)
