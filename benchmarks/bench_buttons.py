"""Screens made mostly of buttons: what one full redraw costs, and what the button faces cost in it.

Each button's face (raised edge, rounded face, icon and label) is drawn once and then blitted
whole (``ui.button_faces.ButtonFaces``). Measured at 1280×800 on the buddy maker (dozens of choice
buttons) and the parent area's home page:

- ``*_redraw_median_ms`` / ``*_p99_ms``: one full ``App.render`` of the screen as it stands;
- ``*_buttons_median_ms``: just its button groups drawing (``ButtonGroup.draw``), the part the
  faces change; ``*_buttons_faces_off_median_ms`` is the same with every face drawn afresh each
  frame (the cache emptied before each draw, as the game drew them before), so the ratio shows.
"""

from __future__ import annotations

import statistics
import time

from dropoff_buddy.playtest import Player
from dropoff_buddy.ui.widgets import ButtonGroup
from measure import percentile, quiet_game


def _groups(game: Player) -> list[ButtonGroup]:
    return [value for value in vars(game.top).values() if isinstance(value, ButtonGroup)]


def _buttons_ms(game: Player, frames: int, *, fresh: bool) -> list[float]:
    groups = _groups(game)
    screen = game.app.screen
    times = []
    for _ in range(frames):
        if fresh:
            for group in groups:
                faces = getattr(group, "faces", None)
                if faces is not None:
                    faces.clear()
        start = time.perf_counter()
        for group in groups:
            group.draw(screen)
        times.append((time.perf_counter() - start) * 1000)
    return times


def _redraw_ms(game: Player, frames: int) -> list[float]:
    times = []
    for _ in range(frames):
        start = time.perf_counter()
        game.app.render()
        times.append((time.perf_counter() - start) * 1000)
    return times


def run(quick: bool) -> dict[str, float]:
    frames = 100 if quick else 400
    results: dict[str, float] = {}
    with quiet_game((1280, 800)) as game:
        for scene, label in (("buddy-maker", "buddy_maker"), ("parent-home", "parent_home")):
            game.ctx.scenes.pop_to_root()
            assert game.ctx.open_scene(scene)
            game.wait(1.0)
            game.ctx.narrator.stop()
            redraws = _redraw_ms(game, frames)
            kept = _buttons_ms(game, frames, fresh=False)
            fresh = _buttons_ms(game, frames, fresh=True)
            results[f"{label}_redraw_median_ms"] = statistics.median(redraws)
            results[f"{label}_redraw_p99_ms"] = percentile(redraws, 0.99)
            results[f"{label}_buttons_median_ms"] = statistics.median(kept)
            results[f"{label}_buttons_faces_off_median_ms"] = statistics.median(fresh)
            results[f"{label}_buttons_faces_ratio"] = statistics.median(fresh) / max(1e-9, statistics.median(kept))
    return results


if __name__ == "__main__":
    import os
    import sys

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:45s} {value:9.3f}")
