"""CPU use of the real loop on the home screen while nobody touches anything.

With reduced motion nothing moves, so the loop should sleep in ``event.wait`` (near-zero CPU);
with motion on, the buddy breathes and blinks at up to 60 fps.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pygame

from dropoff_buddy.playtest import start_game


def idle_cpu(seconds: float, reduced_motion: bool) -> tuple[float, int]:
    """Percent of one core used, and frames drawn, over ``seconds`` of idle home screen."""
    with tempfile.TemporaryDirectory() as data:
        game = start_game(Path(data))
        game.ctx.narrator.stop()
        game.ctx.profile.settings.reduced_motion = reduced_motion
        home = game.top
        home.buddy.reduced_motion = reduced_motion  # type: ignore[attr-defined]
        game.wait(1.0)
        app = game.app
        drawn_before = app.frames_drawn
        wall_start, cpu_start = time.perf_counter(), time.process_time()

        def stop_after(_frame: int) -> None:
            if time.perf_counter() - wall_start >= seconds:
                game.ctx.quit_requested = True

        app.run(before_frame=stop_after)
        wall = time.perf_counter() - wall_start
        cpu = time.process_time() - cpu_start
        drawn = app.frames_drawn - drawn_before
        pygame.quit()
    return 100 * cpu / wall, drawn


def run(quick: bool) -> dict[str, float]:
    seconds = 3.0 if quick else 8.0
    still_cpu, still_frames = idle_cpu(seconds, reduced_motion=True)
    moving_cpu, moving_frames = idle_cpu(seconds, reduced_motion=False)
    return {
        "idle_home_reduced_motion_cpu_percent": still_cpu,
        "idle_home_reduced_motion_frames_per_s": still_frames / seconds,
        "idle_home_breathing_cpu_percent": moving_cpu,
        "idle_home_breathing_frames_per_s": moving_frames / seconds,
    }
