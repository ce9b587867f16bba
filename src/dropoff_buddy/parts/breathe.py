"""Breathe with the buddy: three slow breaths to follow, always skippable.

A soft circle behind the buddy grows while breathing in (4 s) and shrinks while breathing out
(5 s); the buddy says what to do. Under reduced motion the circle still changes size slowly
(it is the thing to follow) but nothing bounces. A big "all done" button ends it at any time.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import pygame

from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.parts.part import PartScene
from dropoff_buddy.registry import TourShot
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.backdrop import Backdrop
from dropoff_buddy.ui.kid_buttons import all_done_button
from dropoff_buddy.ui.widgets import ButtonGroup

INTRO = 4.5
BREATHE_IN = 4.0
PAUSE = 1.0
BREATHE_OUT = 5.0
BREATHS = 3
OUTRO = 4.0
CYCLE = BREATHE_IN + PAUSE + BREATHE_OUT


class BreatheScene(PartScene):
    """Three slow breaths with the buddy; pops itself when done."""

    name = "breathe"
    end_sound = "chime"
    says = ("lines:breathe.*",)

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.backdrop = Backdrop("calm")
        self.buddy = BuddyActor(ctx.buddy_renderer, ctx.profile.buddy, ctx.rng, ctx.reduced_motion)
        self.time = 0.0
        self.phase = "intro"
        self.breath = 0
        self.buttons = ButtonGroup(ctx)
        self.buttons.add(all_done_button(self.finish, self.ctx.t("screens:common.all_done")))

    def enter(self) -> None:
        self.ctx.say(self.ctx.content.lines.breathe.intro)

    def handle(self, action: Action) -> None:
        if self.buttons.handle(action):
            return
        if action.kind is ActionKind.PRESS and action.pos is not None and not self.finished:
            # Every press is answered at once: a soft squeeze of the buddy, never a "wrong".
            self.buddy.react("squeeze")
            self.ctx.play_sound("squeeze")
        if action.kind is ActionKind.TAP and self.phase == "end":
            self.finish()

    @property
    def circle_fraction(self) -> float:
        """How full the breathing circle is, 0 (empty) to 1 (full breath)."""
        if self.phase in ("intro",):
            return 0.0
        if self.phase == "end":
            return 0.35
        t = (self.time - INTRO) % CYCLE
        if t < BREATHE_IN:
            return 0.5 - 0.5 * math.cos(math.pi * t / BREATHE_IN)
        if t < BREATHE_IN + PAUSE:
            return 1.0
        return 0.5 + 0.5 * math.cos(math.pi * (t - BREATHE_IN - PAUSE) / BREATHE_OUT)

    def update(self, dt: float) -> bool:
        if self.finished:
            return False
        self.time += dt
        self.buddy.update(dt)
        if self.time < INTRO:
            return True
        elapsed = self.time - INTRO
        breath = int(elapsed // CYCLE)
        if breath >= BREATHS:
            if self.phase != "end":
                self.phase = "end"
                self.buddy.react("happy")
                self.ctx.play_sound("sparkle")
                self.ctx.say(self.ctx.content.lines.breathe.end)
            if self.time >= INTRO + BREATHS * CYCLE + OUTRO:
                self.finish()
            return True
        t = elapsed - breath * CYCLE
        phase = "in" if t < BREATHE_IN else ("hold" if t < BREATHE_IN + PAUSE else "out")
        if phase != self.phase or breath != self.breath:
            self.phase, self.breath = phase, breath
            if phase == "in":
                self.ctx.play_sound("breathe_in")
                self.ctx.say(self.ctx.content.lines.breathe.breathe_in)
            elif phase == "out":
                self.ctx.play_sound("breathe_out")
                self.ctx.say(self.ctx.content.lines.breathe.breathe_out)
        return True

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        self.backdrop.draw(surface, layout)
        cx, cy = layout.center_x, layout.height * 0.5
        radius = 170 + 150 * self.circle_fraction
        # The glow on a picture just big enough for its outer circle (not the whole window): the
        # same pixels, a fraction of the blending each frame.
        centre, outer = layout.point(cx, cy), layout.px(radius + 40)
        glow = pygame.Surface((2 * outer + 1, 2 * outer + 1), pygame.SRCALPHA)
        pygame.draw.circle(glow, (*theme.SKY, 70), (outer, outer), outer)
        pygame.draw.circle(glow, (*theme.lighter(theme.SKY, 0.3), 150), (outer, outer), layout.px(radius))
        surface.blit(glow, (centre[0] - outer, centre[1] - outer))
        self.buddy.draw(surface, layout.point(cx, cy), layout.px(330))
        # Three dots show which breath we are on.
        for index in range(BREATHS):
            done = index < self.breath or self.phase == "end"
            current = index == self.breath and self.phase in ("in", "hold", "out")
            colour = theme.LEAF if done else (theme.SUNSHINE if current else theme.lighter(theme.OUTLINE, 0.3))
            pygame.draw.circle(surface, colour, layout.point(cx - 60 + index * 60, 70), layout.px(18))
        self.buttons.draw(surface)


SCENES = {"breathe": BreatheScene}


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    yield TourShot("breathe", BreatheScene, settle=INTRO + BREATHE_IN)
