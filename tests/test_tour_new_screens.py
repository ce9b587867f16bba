"""The tour renders every screen this part adds, and leaves the family's data alone."""

from __future__ import annotations

import pygame

from conftest import TourRun

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


def test_the_tour_shows_my_day_feelings_and_the_flow_screens(tour_1024x600: TourRun) -> None:
    data = tour_1024x600.data
    names = tour_1024x600.names
    for screen in NEW_SCREENS:
        assert screen in names
        image = pygame.image.load(str(tour_1024x600.out / f"{screen}.png"))
        assert image.get_size() == (1024, 600)
        colours = {image.get_at((x, y))[:3] for x in range(0, 1024, 16) for y in range(0, 600, 16)}
        assert len(colours) > 40, f"{screen} looks empty"
    progress = data / "profiles" / "default" / "progress.json"
    assert not progress.exists() or '"feeling"' not in progress.read_text(encoding="utf-8")
