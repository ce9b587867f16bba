"""The tour renders every screen this part adds, and leaves the family's data alone."""

from __future__ import annotations

from pathlib import Path

import pygame

from dropoff_buddy.tour import render_tour

NEW_SCREENS = (
    "my-day",
    "my-day-pickup",
    "my-day-long",
    "feelings",
    "feelings-reply",
    "feelings-tricky",
    "flow-bridge",
    "flow-finale",
)


def test_the_tour_shows_my_day_feelings_and_the_flow_screens(tmp_path: Path) -> None:
    data = tmp_path / "data"
    written = render_tour(tmp_path / "tour", data, (1024, 600))
    names = [path.stem for path in written]
    for screen in NEW_SCREENS:
        assert screen in names
        image = pygame.image.load(str(tmp_path / "tour" / f"{screen}.png"))
        assert image.get_size() == (1024, 600)
        colours = {image.get_at((x, y))[:3] for x in range(0, 1024, 16) for y in range(0, 600, 16)}
        assert len(colours) > 40, f"{screen} looks empty"
    progress = data / "profiles" / "default" / "progress.json"
    assert not progress.exists() or '"feeling"' not in progress.read_text(encoding="utf-8")
