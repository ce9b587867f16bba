"""The tour shows every parent page (and each step of the data page), and writes nothing to the data."""

from __future__ import annotations

from pathlib import Path

import pygame

from dropoff_buddy.scenes.registry import collect_parent_pages
from dropoff_buddy.tour import render_tour


def test_the_tour_shows_every_parent_page_and_the_history_restore_and_delete_steps(tmp_path: Path) -> None:
    data = tmp_path / "data"
    written = render_tour(tmp_path / "tour", data, (1024, 600), only="parent")
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
    pygame.quit()
