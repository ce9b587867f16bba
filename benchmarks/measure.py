"""What several benchmarks measure the same way. Not a benchmark itself: ``run.py`` runs only the
``bench_*.py`` modules, which import this one from their own folder."""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from dropoff_buddy.playtest import Player


@contextlib.contextmanager
def quiet_game(size: tuple[int, int] = (1280, 800)) -> Iterator[Player]:
    """A new family's game at home in a window of ``size``, its voice quiet, in a folder of its own;
    the window closes afterwards."""
    from dropoff_buddy.playtest import start_game

    with tempfile.TemporaryDirectory() as data:
        game = start_game(Path(data), size)
        game.ctx.narrator.stop()
        try:
            yield game
        finally:
            pygame.quit()


def times_ms(action: Callable[[], object], count: int) -> list[float]:
    """How long each of ``count`` calls of ``action`` took, in ms."""
    times = []
    for _ in range(count):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def percentile(values: list[float], fraction: float) -> float:
    """The value ``fraction`` of the way up ``values`` sorted (0.99: the p99)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))]


def tap_to_first_frame_ms(game: Player, button: str) -> float:
    """Press ``button`` on the top screen, then ms from letting go until the next frame is on the screen."""
    center = game.ctx.layout.point(*game.button(button).center)
    game.frames(1, [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=center, button=1, touch=False)])
    start = time.perf_counter()
    game.app.step([pygame.event.Event(pygame.MOUSEBUTTONUP, pos=center, button=1, touch=False)], 1 / 60)
    game.app.render()
    pygame.display.flip()
    return (time.perf_counter() - start) * 1000
