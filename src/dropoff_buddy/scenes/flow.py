"""The morning flow: the parts of the morning, one after another, then a cheerful "all ready".

Parts are scenes that pop themselves when finished: feelings → My Day → story → ritual (which
gives the sticker). Only parts that are installed and that the parent left switched on run.
A part's home button pops to the root, which ends the flow early; that is fine.
"""

from __future__ import annotations

from collections.abc import Iterator

import pygame

from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.scene import Scene
from dropoff_buddy.scenes.registry import TourShot
from dropoff_buddy.storage.models import SessionEntry
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.backdrop import Backdrop
from dropoff_buddy.ui.widgets import Button, ButtonGroup, draw_text

# Flow part (as saved in settings) → scene name.
PART_SCENES = {"feelings": "feelings", "my_day": "my-day", "story": "story", "ritual": "ritual"}
FINALE_SECONDS = 6.0


def available_parts(ctx: GameContext) -> list[str]:
    """The flow parts that will run now, in order."""
    return [
        part
        for part in ctx.profile.settings.flow_parts
        if PART_SCENES.get(part) in ctx.factories
    ]


class MorningFlowScene(Scene):
    name = "flow"

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.parts = available_parts(ctx)
        self.index = -1
        self.done: list[str] = []
        self.finale_time = 0.0
        self.in_finale = False
        self.backdrop = Backdrop("morning")
        self.buddy = BuddyActor(ctx.buddy_renderer, ctx.profile.buddy, ctx.rng, ctx.reduced_motion)
        self.buttons = ButtonGroup(ctx)
        self.buttons.add(
            Button(
                rect=(0, 0, 0, 0),
                on_activate=self._finish,
                icon="svg/icons/home.svg",
                label="Home",
                colour=theme.SUNSHINE,
                name="home",
            )
        )
        self._place_buttons()

    def _place_buttons(self) -> None:
        layout = self.ctx.layout
        self.buttons.buttons[0].rect = (layout.center_x - 90, layout.height * 0.5 + 150, 180, 170)

    def resized(self) -> None:
        self._place_buttons()

    def enter(self) -> None:
        self._next()

    def resume(self) -> None:
        if 0 <= self.index < len(self.parts):
            self.done.append(self.parts[self.index])
        self._next()

    def _next(self) -> None:
        self.index += 1
        if self.index < len(self.parts):
            self.ctx.open_scene(PART_SCENES[self.parts[self.index]])
            return
        self._start_finale()

    def _start_finale(self) -> None:
        self.in_finale = True
        self.finale_time = 0.0
        self.buddy.react("happy")
        self.ctx.play_sound("sparkle")
        progress = self.ctx.progress
        progress.sessions.append(SessionEntry(at=self.ctx.clock(), parts_done=list(self.done)))
        self.ctx.save_progress()
        self.ctx.say("You're all ready for {place}, {child}! {grownup} comes back right after {pickup_after}.",
                     key="flow.finale")

    def _finish(self) -> None:
        self.ctx.scenes.pop_to_root()

    def handle(self, action: Action) -> None:
        if not self.in_finale or self.buttons.handle(action):
            return
        if action.kind is ActionKind.PRESS and action.pos is not None:
            # A press anywhere else on the finale is answered at once: the buddy giggles.
            self.buddy.react("giggle")
            self.ctx.play_sound("giggle")

    def update(self, dt: float) -> bool:
        if not self.in_finale:
            return False
        self.finale_time += dt
        if self.finale_time >= FINALE_SECONDS + 4 and not self.ctx.narrator.speaking:
            self._finish()
        return self.buddy.update(dt)

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        self.backdrop.draw(surface, layout)
        self.buddy.draw(surface, layout.point(layout.center_x, layout.height * 0.42), layout.px(360))
        draw_text(surface, ctx.fonts, layout, ctx.words("All ready for {place}!"), 48, theme.INK,
                  center=(layout.center_x, 80))
        if self.in_finale:
            self.buttons.draw(surface)


SCENES = {"flow": MorningFlowScene}


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    def finale(scene: Scene) -> None:
        assert isinstance(scene, MorningFlowScene)
        scene.parts = []
        scene.ctx.scenes.pop_until(lambda top: top is scene)
        if not scene.in_finale:
            scene._start_finale()

    yield TourShot("flow-finale", MorningFlowScene, settle=1.0, prepare=finale)
