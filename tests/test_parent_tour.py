"""The tour shows every parent page (and each step of the data page), and writes nothing to the data."""

from __future__ import annotations

import pygame

from conftest import TourRun
from dropoff_buddy.registry import collect_parent_pages


def test_the_tour_shows_every_parent_page_and_the_history_restore_and_delete_steps(tour_1024x600: TourRun) -> None:
    data = tour_1024x600.data
    written = sorted(tour_1024x600.out.glob("parent*.png"))
    names = {path.stem for path in written}
    assert {page.scene for page in collect_parent_pages()} <= names
    assert {
        "parent-history",
        "parent-history-60",
        "parent-tips",
        "parent-data",
        "parent-data-restore",
        "parent-data-confirm-delete",
        "parent-data-confirm-delete-2",
    } <= names
    for path in written:
        assert pygame.image.load(str(path)).get_size() == (1024, 600)
    # The sample history is made up for the tour: the family's real progress is untouched.
    assert b'"feelings": []' in (data / "profiles" / "default" / "progress.json").read_bytes()
