"""Renders every screen of the game to PNG files, headless (``dropoff-buddy tour``).

Screens come from ``tour_screens(ctx)`` in each scene module. The family's profile in the data
folder is used (created with defaults if there is none, recovered if broken), and nothing is
written back to it.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from dropoff_buddy.app import App, build_context
from dropoff_buddy.registry import collect_tour_providers

TOUR_DT = 1 / 30


def render_tour(
    out_dir: Path, data_dir: Path, size: tuple[int, int], *, profile: str | None = None, only: str | None = None
) -> list[Path]:
    """Render each screen to ``out_dir/<name>.png``; returns the files written, in order.

    ``only`` renders just the screens whose name starts with it.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    pygame.init()
    screen = pygame.display.set_mode(size)
    ctx = build_context(data_dir, profile, size, seed=2026, audio=False)
    ctx.persist = False
    written: list[Path] = []
    seen: set[str] = set()
    for provider in collect_tour_providers():
        for shot in provider(ctx):
            if only and not shot.name.startswith(only):
                continue
            if shot.name in seen:
                raise RuntimeError(f"two tour screens are called {shot.name!r}")
            seen.add(shot.name)
            ctx.scenes.clear()
            ctx.narrator.stop()
            app = App(ctx, screen)
            scene = shot.make(ctx)
            ctx.scenes.push(scene)
            if shot.prepare is not None:
                shot.prepare(scene)
            app.step([], 0.0)
            elapsed = 0.0
            while elapsed < shot.settle:
                app.step([], TOUR_DT)
                elapsed += TOUR_DT
            app.finish_fade()
            app.render()
            path = out_dir / f"{shot.name}.png"
            pygame.image.save(screen, str(path))
            written.append(path)
    ctx.scenes.clear()
    return written
