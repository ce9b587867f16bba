"""The evening "How was your day?": how fast it opens, and how long a child takes to play it.

- ``evening_open_cold_*_ms``: a tap on the moon door on home → the evening's first frame drawn,
  with the art cache emptied first (every card and face SVG rasterised on that frame), at
  1280×800. The budget is 100 ms.
- ``evening_open_warm_median_ms``: the same with the art already made (a second visit).
- ``scripted_child_seconds``: game time for a child who listens to every question, looks for
  1.5 s, then taps, on the longest day a family can set (seven parts before pickup), through the
  best part and the buddy's goodbye back to home. The budget is 120 s.
"""

from __future__ import annotations

import datetime as dt
import statistics

from dropoff_buddy.parts.evening import EveningScene
from dropoff_buddy.playtest import Player
from measure import quiet_game, tap_to_first_frame_ms

LONG_DAY = ["arrive", "circle_time", "free_play", "snack", "outdoor_play", "lunch", "nap", "pickup"]
STEP = 1 / 30
THINK = 1.5


def _open(game: Player, runs: int, *, cold: bool) -> list[float]:
    times = []
    for _ in range(runs):
        game.ctx.scenes.pop_to_root()
        game.frames(2)
        if cold:
            game.ctx.assets.clear()
            game.ctx.services.clear()
        times.append(tap_to_first_frame_ms(game, "evening"))
        assert isinstance(game.top, EveningScene)
    return times


def _advance(game: Player, until: object, limit: float = 30.0) -> float:
    assert callable(until)
    spent = 0.0
    while not until() and spent < limit:
        game.frames(1, dt=STEP)
        spent += STEP
    return spent


def scripted_child(game: Player) -> float:
    """Game seconds from the door to home for a child who listens, looks, then taps."""
    seconds = 0.0
    game.ctx.scenes.pop_to_root()
    game.frames(2)
    game.tap_button("evening")
    scene = game.top
    assert isinstance(scene, EveningScene)
    answers = ["face-happy", "face-okay", "dont-know", "face-sad", "skip", "face-happy", "face-scared"]
    for answer in answers[: len(scene.cards)]:
        seconds += _advance(game, lambda: scene.phase == "ask")
        seconds += _advance(game, lambda: not game.ctx.narrator.speaking)
        game.wait(THINK, dt=STEP)
        game.tap_button(answer)
        seconds += THINK + 2 / 60
    seconds += _advance(game, lambda: scene.phase == "best")
    seconds += _advance(game, lambda: not game.ctx.narrator.speaking)
    game.wait(THINK, dt=STEP)
    game.tap_button("best-outdoor_play")
    seconds += THINK + 2 / 60
    seconds += _advance(game, lambda: game.top is not scene, limit=120)
    return seconds


def run(quick: bool) -> dict[str, float]:
    runs = 5 if quick else 15
    results: dict[str, float] = {}
    with quiet_game((1280, 800)) as game:
        game.ctx.clock = lambda: dt.datetime(2026, 12, 3, 17, 40).astimezone()
        profile = game.ctx.profile
        profile.schedule = LONG_DAY
        profile.pickup_after = "nap"
        game.ctx.narrator.stop()
        cold = _open(game, runs, cold=True)
        warm = _open(game, runs, cold=False)
        results["evening_open_cold_median_ms"] = statistics.median(cold)
        results["evening_open_cold_max_ms"] = max(cold)
        results["evening_open_warm_median_ms"] = statistics.median(warm)
        results["scripted_child_seconds"] = scripted_child(game)
        game.ctx.scenes.clear()
    return results


if __name__ == "__main__":
    for name, value in run(quick=True).items():
        print(f"{name}: {value:.1f}")
