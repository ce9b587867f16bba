"""The tour (``dropoff-buddy tour``): every screen of the game for a new family, drawn once for the
run at 1024×600 (``tour_1024x600`` in conftest), and what each part's screens must show in it.

Every test that looks at the shared tour lives here, so a parallel run (``--dist loadfile``) draws
the tour once, on one worker, instead of once on each.
"""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from conftest import TourRun
from dropoff_buddy.content.catalog import load_ritual_steps
from dropoff_buddy.content.registry import Content
from dropoff_buddy.registry import collect_parent_pages
from dropoff_buddy.storage.models import Profile
from dropoff_buddy.story.plan import every_page
from test_cli import run_cli


def test_tour_renders_every_screen_of_a_new_family(tour_1024x600: TourRun, tmp_path: Path) -> None:
    import pygame

    # The command as a person runs it (one screen here: every screen is drawn once for the run below).
    out, data = tmp_path / "tour", tmp_path / "data"
    result = run_cli("tour", str(out), "--data-dir", str(data), "--size", "1024x600", "--only", "home")
    assert result.returncode == 0, result.stderr
    assert (data / "profiles" / "default" / "profile.json").is_file()  # the default family was created
    assert pygame.image.load(str(out / "home.png")).get_size() == (1024, 600)
    assert all(path.stem.startswith("home") for path in out.glob("*.png"))
    # Every screen of the tour, for a new family.
    assert {"home", "breathe", "parent-gate", "parent-home"} <= tour_1024x600.names
    assert (tour_1024x600.data / "profiles" / "default" / "profile.json").is_file()
    assert pygame.image.load(str(tour_1024x600.out / "home.png")).get_size() == (1024, 600)


def test_every_label_of_the_shared_tour_fits_its_box(tour_1024x600: TourRun) -> None:
    """The smallest laptop in American English: the tour the other tour tests look at, checked as it was drawn."""
    assert tour_1024x600.screens > 100 and tour_1024x600.texts > 800
    problems = tour_1024x600.label_problems
    assert not problems, f"{len(problems)} label problems at 1024x600 in en-US:\n" + "\n".join(problems)


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


def test_the_tour_renders_every_page_of_every_story(tour_1024x600: TourRun, content: Content) -> None:
    family = Profile()  # the tour's data folder is a new family's
    expected = {
        f"story-{story_id}-{page.id}"
        for story_id, story in content.stories.items()
        for page in every_page(story, family, content.cards)
    }
    shown = {name for name in tour_1024x600.names if name.startswith("story-")}
    assert expected <= shown  # every page of every story, named story-<story id>-<page id>
    # ... and the pages whose people act on a later line (the walk out of the door, the hug), once more.
    again = shown - expected
    assert again and all(name.endswith("-then") and name.removesuffix("-then") in expected for name in again)
    for story_id in content.stories:
        assert any(name.startswith(f"story-{story_id}-") for name in shown), story_id
    assert all((tour_1024x600.out / f"{name}.png").stat().st_size > 5000 for name in shown)


@pytest.fixture
def tour_files(tour_1024x600: TourRun) -> list[str]:
    return [path.stem for path in tour_1024x600.out.glob("ritual*.png")]


def test_the_tour_shows_each_step_the_goodbye_the_sticker_and_both_modes(tour_files: list[str]) -> None:
    expected = {f"ritual-{step_id}" for step_id in load_ritual_steps().ids}
    expected |= {"ritual-choose", "ritual-goodbye", "ritual-sticker", "ritual-together", "ritual-buddy-turn"}
    assert expected <= set(tour_files)


def test_every_screen_paints_every_pixel(tour_1024x600: TourRun) -> None:
    """The game draws each frame straight into the window, over the last one: a screen that left
    a corner unpainted would show the screen before it there. Each tour frame is drawn over magenta."""
    assert tour_1024x600.screens > 100
    assert tour_1024x600.unpainted == []
