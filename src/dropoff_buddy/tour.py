"""Renders every screen of the game to PNG files, headless (``dropoff-buddy tour``).

Screens come from ``tour_screens(ctx)`` in each scene module. The family's profile in the data
folder is used (created with defaults if there is none, recovered if broken), and nothing is
written back to it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pygame

from dropoff_buddy.app import App, build_context
from dropoff_buddy.registry import collect_tour_providers
from dropoff_buddy.ui.text import DrawnText

TOUR_DT = 1 / 30


@dataclass
class TourFrame:
    """One screen of the tour as it was drawn: its name, its picture and every piece of text on it."""

    name: str
    screen: pygame.Surface
    texts: list[DrawnText] = field(default_factory=list)


def tour_frames(
    data_dir: Path,
    size: tuple[int, int],
    *,
    profile: str | None = None,
    only: str | None = None,
    language: str | None = None,
) -> Iterator[TourFrame]:
    """Draw every screen of the tour in turn (the same ``screen`` surface, redrawn for each).

    ``only`` keeps just the screens whose name starts with it; ``language`` shows the game in that
    language instead of the family's (nothing is saved).
    """
    pygame.init()
    screen = pygame.display.set_mode(size)
    ctx = build_context(data_dir, profile, size, seed=2026, audio=False)
    ctx.persist = False
    if language is not None:
        ctx.profile.settings.language = language
        ctx.follow_language_defaults()  # as a family starting in that language would see it
        ctx.apply_settings()
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
            ctx.fonts.drawn = []
            app.render()
            frame = TourFrame(shot.name, screen, ctx.fonts.drawn)
            ctx.fonts.drawn = None
            yield frame
    ctx.scenes.clear()


def render_tour(
    out_dir: Path,
    data_dir: Path,
    size: tuple[int, int],
    *,
    profile: str | None = None,
    only: str | None = None,
    language: str | None = None,
) -> list[Path]:
    """Render each screen to ``out_dir/<name>.png``; returns the files written, in order.

    ``only`` renders just the screens whose name starts with it; ``language`` shows them in it.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for frame in tour_frames(data_dir, size, profile=profile, only=only, language=language):
        path = out_dir / f"{frame.name}.png"
        pygame.image.save(frame.screen, str(path))
        written.append(path)
    return written
