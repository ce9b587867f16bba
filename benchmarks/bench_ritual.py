"""Frame time of the goodbye ritual and the sticker book (picked up by ``benchmarks/run.py``).

Every frame of the ritual moves (the buddy breathes, people walk, hearts fly), so each one is
a full redraw: measured as step + render + flip, after a warm-up that fills the art caches,
beside the same figure for the home screen so the ratio shows. Sizes: 1280×800 and 1920×1080.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

from measure import percentile, times_ms


def _measure(size: tuple[int, int], frames: int) -> dict[str, float]:
    import pygame

    from dropoff_buddy.parts.ritual import WALK_SECONDS, RitualScene
    from dropoff_buddy.parts.stickers import StickerBookScene
    from dropoff_buddy.playtest import start_game
    from dropoff_buddy.storage.models import StickerEntry

    label = f"{size[0]}x{size[1]}"
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as data:
        game = start_game(Path(data), size)
        ctx = game.ctx
        ctx.persist = False

        def frame() -> None:
            game.app.step([], 1 / 60)
            game.app.render()
            pygame.display.flip()

        def phase(name: str, scene_frames: Callable[[], None]) -> None:
            for _ in range(30):  # warm the art caches, as the first second on screen would
                scene_frames()
            times = times_ms(scene_frames, frames)
            results[f"{name}_{label}_mean_ms"] = statistics.fmean(times)
            results[f"{name}_{label}_p99_ms"] = percentile(times, 0.99)

        phase("home_redraw", frame)
        home_p99 = results[f"home_redraw_{label}_p99_ms"]

        ritual = RitualScene(ctx, "practice", ["secret_handshake"])
        ctx.scenes.push(ritual)
        ritual.hints_given = 1  # the pulsing target, the busiest prompt picture
        phase("ritual_prompt", frame)

        def walking() -> None:
            if ritual.phase != "walk" or ritual.phase_time > WALK_SECONDS:
                ritual._set_phase("walk")
            frame()

        ritual.done_steps = ["secret_handshake"]
        ritual.index = 1
        phase("ritual_walk_out", walking)
        ritual._go_to("sticker")
        phase("ritual_sticker", frame)
        ctx.scenes.pop()

        now = ctx.clock()
        ctx.progress.stickers = [
            StickerEntry(at=now - dt.timedelta(days=index % 9), sticker="whale") for index in range(12)
        ]
        book = StickerBookScene(ctx)
        ctx.scenes.push(book)
        game.app.finish_fade()

        def book_frame() -> None:  # the worst case: redrawn every frame
            game.app.step([], 1 / 60)
            game.app.render()
            pygame.display.flip()

        phase("sticker_book_redraw", book_frame)
        for name in ("ritual_prompt", "ritual_walk_out", "ritual_sticker", "sticker_book_redraw"):
            results[f"{name}_{label}_p99_vs_home"] = results[f"{name}_{label}_p99_ms"] / home_p99
        ctx.scenes.clear()
        pygame.quit()
    return results


def run(quick: bool) -> dict[str, float]:
    frames = 120 if quick else 400
    results: dict[str, float] = {}
    for size in ((1280, 800), (1920, 1080)):
        results.update(_measure(size, frames))
    return results


if __name__ == "__main__":
    for key, value in run(quick=False).items():
        print(f"{key:44s} {value:8.2f}")
