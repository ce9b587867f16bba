"""The goodbye game's screens for ``dropoff-buddy tour``: the chooser, each step, the goodbye, both modes."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from dropoff_buddy.context import GameContext
from dropoff_buddy.parts.ritual.phases import WALK_SECONDS
from dropoff_buddy.parts.ritual.scene import RitualScene
from dropoff_buddy.registry import TourShot
from dropoff_buddy.scene import Scene


def ritual_screens(ctx: GameContext) -> Iterator[TourShot]:
    def in_mode(mode: str | None, steps: list[str] | None = None) -> Callable[[GameContext], Scene]:
        return lambda c: RitualScene(c, mode, steps)

    yield TourShot("ritual-choose", in_mode(None), settle=0.6)
    for step in ctx.content.ritual_steps.step:
        yield TourShot(f"ritual-{step.id}", in_mode("practice", [step.id]), settle=0.8)

    def all_done(scene: Scene) -> RitualScene:
        assert isinstance(scene, RitualScene)
        scene.done_steps = [step.id for step in scene.steps]
        scene.index = len(scene.steps)
        return scene

    def goodbye(scene: Scene) -> None:
        ritual = all_done(scene)
        ritual._go_to("goodbye")
        ritual._go_to("walk")
        ritual.phase_time = WALK_SECONDS * 0.55 - 0.9

    def sticker(scene: Scene) -> None:
        all_done(scene)._go_to("sticker")

    def at(phase: str, seconds: float) -> Callable[[Scene], None]:
        def prepare(scene: Scene) -> None:
            ritual = all_done(scene)
            ritual._go_to(phase)
            ritual.phase_time = seconds

        return prepare

    yield TourShot("ritual-goodbye", in_mode("practice"), settle=0.9, prepare=goodbye)
    yield TourShot("ritual-welcome", in_mode("practice"), settle=0.6, prepare=at("teacher", 1.0))
    yield TourShot("ritual-sticker", in_mode("practice"), settle=0.8, prepare=sticker)
    yield TourShot("ritual-together", in_mode("together"), settle=0.6)
    yield TourShot("ritual-together-promise", in_mode("together"), settle=0.6, prepare=at("promise", 0.0))
    yield TourShot("ritual-buddy-turn", in_mode("buddy_turn"), settle=0.6)
    yield TourShot("ritual-buddy-turn-goodbye", in_mode("buddy_turn"), settle=0.9, prepare=goodbye)
    yield TourShot("ritual-buddy-turn-welcome", in_mode("buddy_turn"), settle=0.6, prepare=at("welcome", 1.0))
    yield TourShot("ritual-buddy-turn-back", in_mode("buddy_turn"), settle=0.6, prepare=at("back", 0.6))
    yield TourShot("ritual-buddy-turn-reunion", in_mode("buddy_turn"), settle=0.6, prepare=at("reunion", 0.0))
