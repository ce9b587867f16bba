"""My Day, the feelings check-in and the flow bridge: how fast they open and draw.

- ``*_open_cold_ms``: a tap on the home door → the new screen's first frame drawn, with the
  art cache emptied first (the worst case: every card SVG rasterised on that frame). The
  design asks for an answer within 100 ms.
- ``*_frame_mean_ms`` / ``*_p99_ms``: full redraws (drawn whether or not anything changed) while
  a card bounces or the buddy idles, at 1920×1080, beside the home screen's full redraw so the
  ratio shows.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import pygame

from dropoff_buddy.playtest import Player
from measure import percentile, quiet_game, tap_to_first_frame_ms


def _open_cold(game: Player, door: str, runs: int) -> list[float]:
    """Tap ``door`` on home with an empty art cache; ms until that screen's first frame is drawn."""
    times = []
    for _ in range(runs):
        game.ctx.scenes.pop_to_root()
        game.frames(2)
        game.ctx.assets.clear()
        times.append(tap_to_first_frame_ms(game, door))
    return times


def _full_redraws(game: Player, frames: int, poke: Callable[[int], None]) -> list[float]:
    times = []
    for index in range(frames):
        poke(index)
        start = time.perf_counter()
        game.app.step([], 1 / 60)
        game.app.render()
        pygame.display.flip()
        times.append((time.perf_counter() - start) * 1000)
    return times


def run(quick: bool) -> dict[str, float]:
    runs = 5 if quick else 15
    frames = 200 if quick else 600
    results: dict[str, float] = {}
    with quiet_game((1920, 1080)) as game:
        for door, label in (("my-day", "my_day"), ("feelings", "feelings")):
            opened = _open_cold(game, door, runs)
            results[f"{label}_open_cold_median_ms"] = statistics.median(opened)
            results[f"{label}_open_cold_max_ms"] = max(opened)
        game.ctx.scenes.pop_to_root()
        game.frames(2)
        home = _full_redraws(game, frames, lambda index: None)

        game.tap_button("my-day")
        cards = [button.name for button in game.buttons() if button.name.startswith("card-")]
        scene = game.top

        def bounce(index: int) -> None:
            if index % 30 == 0:  # a card is tapped twice a second, so one is always bouncing
                scene.buttons.activate(next(b for b in game.buttons() if b.name == cards[index // 30 % len(cards)]))

        my_day = _full_redraws(game, frames, bounce)
        game.ctx.scenes.pop_to_root()
        game.tap_button("feelings")
        feelings = _full_redraws(game, frames, lambda index: None)
    results.update(
        {
            "home_1920x1080_redraw_mean_ms": statistics.fmean(home),
            "my_day_1920x1080_redraw_mean_ms": statistics.fmean(my_day),
            "my_day_1920x1080_redraw_p99_ms": percentile(my_day, 0.99),
            "my_day_redraw_ratio_to_home": statistics.fmean(my_day) / statistics.fmean(home),
            "feelings_1920x1080_redraw_mean_ms": statistics.fmean(feelings),
            "feelings_1920x1080_redraw_p99_ms": percentile(feelings, 0.99),
            "feelings_redraw_ratio_to_home": statistics.fmean(feelings) / statistics.fmean(home),
        }
    )
    return results


if __name__ == "__main__":
    import os

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    for name, value in run(quick=True).items():
        print(f"{name:40s} {value:9.2f}")
