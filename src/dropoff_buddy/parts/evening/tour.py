"""The tour's pictures of the evening: the question, a reply, the next card, the best part, the end."""

from __future__ import annotations

from collections.abc import Iterator

from dropoff_buddy.context import GameContext
from dropoff_buddy.parts.evening.scene import EveningScene
from dropoff_buddy.registry import TourShot
from dropoff_buddy.scene import Scene


def evening_screens(ctx: GameContext) -> Iterator[TourShot]:
    def quiet(scene: Scene) -> None:
        scene.ctx.narrator.stop()

    def replied(scene: Scene) -> None:
        assert isinstance(scene, EveningScene)
        scene.ctx.narrator.stop()
        scene._answer("sad")

    def second_card(scene: Scene) -> None:
        assert isinstance(scene, EveningScene)
        scene._answer("happy")
        scene.ctx.narrator.stop()
        scene._next_card()

    def best(scene: Scene) -> None:
        assert isinstance(scene, EveningScene)
        scene.ctx.narrator.stop()
        scene.index = len(scene.cards)
        scene._start_best()

    def best_chosen(scene: Scene) -> None:
        best(scene)
        assert isinstance(scene, EveningScene)
        if scene.cards:
            scene._choose_best(scene.cards[-1])

    def end(scene: Scene) -> None:
        best(scene)
        assert isinstance(scene, EveningScene)
        scene._start_end()

    yield TourShot("evening", _TourEvening, settle=1.0, prepare=quiet)
    yield TourShot("evening-reply", _TourEvening, settle=0.3, prepare=replied)
    yield TourShot("evening-next", _TourEvening, settle=0.6, prepare=second_card)
    yield TourShot("evening-best", _TourEvening, settle=0.6, prepare=best)
    yield TourShot("evening-best-reply", _TourEvening, settle=0.3, prepare=best_chosen)
    yield TourShot("evening-end", _TourEvening, settle=1.0, prepare=end)


class _TourEvening(EveningScene):
    """For the tour: the answers it gives to reach each screen are not kept, even in memory."""

    def _save(self) -> None:
        pass
