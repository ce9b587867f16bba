"""A parent adds the family photo (drag and drop, the picture browser), frames it, adds the toy photo,
and sets everyone's looks; all of it survives a restart."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest
from tests.school_day import on_a_school_day

from dropoff_buddy.parent.pages.people import ParentPeopleScene
from dropoff_buddy.parent.pages.photo import ParentPhotoScene
from dropoff_buddy.parent.pages.photo_browser import PhotoBrowserScene
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.storage.models import CLOTHES_COLOURS, HAIR_COLOURS, HAIR_STYLES, SKIN_TONES
from dropoff_buddy.storage.photos import is_stored_copy
from dropoff_buddy.ui.photo import draw_toy_photo
from image_files import encoded, png_claiming, quadrants, write
from parent_helpers import open_parent_page


def drop(player: Player, path: Path) -> None:
    player.frames(1, [pygame.event.Event(pygame.DROPFILE, file=str(path))])


@pytest.fixture
def photo_page(player: Player) -> ParentPhotoScene:
    open_parent_page(player, "parent-photo")
    page = player.top
    assert isinstance(page, ParentPhotoScene)
    return page


def test_dropping_a_photo_adds_it_and_a_bad_file_keeps_it(
    player: Player, photo_page: ParentPhotoScene, tmp_path: Path
) -> None:
    good = write(tmp_path / "us.jpg", encoded(pygame.transform.scale(quadrants(), (2000, 1000)), "jpg"))
    drop(player, good)
    profile = player.ctx.profile
    kept = profile.family_photo
    assert kept is not None and is_stored_copy(kept, "family")
    assert photo_page.message_ok and "Added the family photo (1600 × 800" in photo_page.message
    stored = (player.ctx.profile_folder / kept).read_bytes()
    for bad in (
        write(tmp_path / "notes.png", b"not a picture at all"),
        write(tmp_path / "huge.png", png_claiming(100_000, 100_000)),
    ):
        drop(player, bad)
        assert not photo_page.message_ok and bad.name in photo_page.message
        assert profile.family_photo == kept
        assert (player.ctx.profile_folder / kept).read_bytes() == stored
    player.screenshot(tmp_path / "page.png")  # the page draws with a message and a photo


def test_dragging_frames_the_photo_and_centre_puts_it_back(
    player: Player, photo_page: ParentPhotoScene, tmp_path: Path
) -> None:
    drop(player, write(tmp_path / "wide.png", encoded(pygame.transform.scale(quadrants(), (1200, 400)), "png")))
    assert player.ctx.profile.photo_focus == (0.5, 0.5)
    x, y, w, h = photo_page.frame_box
    middle = (x + w / 2, y + h / 2)
    player.drag(middle, (middle[0] + 150, middle[1]))  # pull the photo right: see more of its left side
    focus_x, focus_y = player.ctx.profile.photo_focus
    assert focus_x < 0.5 and focus_y == 0.5
    player.drag(middle, (middle[0] - 2000, middle[1]))  # far past the edge: stops at the right edge
    assert player.ctx.profile.photo_focus[0] == pytest.approx(1 - (h / 400 * 1200) ** -1 * w / 2, abs=0.01)
    player.tap_button("centre")
    assert player.ctx.profile.photo_focus == (0.5, 0.5)


@pytest.fixture
def pictures_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    pictures = home / "Pictures"
    (pictures / "Summer").mkdir(parents=True)
    write(pictures / "beach.png", encoded(quadrants(), "png"))
    write(pictures / "zz-bomb.png", png_claiming(100_000, 100_000))
    write(pictures / "Summer" / "picnic.bmp", encoded(quadrants((120, 80)), "bmp"))
    monkeypatch.setenv("HOME", str(home))
    yield pictures


def thumbnails_made(player: Player, browser: PhotoBrowserScene, seconds: float = 20.0) -> bool:
    """Let frames run until the browser's worker thread has made this page's thumbnails (real time:
    the thread works at its own pace, whatever the game's clock says)."""
    deadline = time.monotonic() + seconds
    while not browser.thumbnails_ready and time.monotonic() < deadline:
        player.frames(1)
        time.sleep(0.01)
    return browser.thumbnails_ready


def test_the_picture_browser_shows_thumbnails_opens_folders_and_imports_a_tap(
    player: Player, photo_page: ParentPhotoScene, pictures_home: Path
) -> None:
    player.tap_button("browse")
    browser = player.top
    assert isinstance(browser, PhotoBrowserScene)
    assert browser.folder == pictures_home
    assert [entry.path.name for entry in browser.entries] == ["Summer", "beach.png", "zz-bomb.png"]
    assert thumbnails_made(player, browser)
    assert isinstance(browser.thumbnails[pictures_home / "beach.png"], pygame.Surface)
    assert browser.thumbnails[pictures_home / "zz-bomb.png"] is None  # never decoded
    player.tap_button("entry-zz-bomb.png")
    assert player.top is browser and "far too large" in browser.message
    player.tap_button("entry-Summer")
    assert browser.folder == pictures_home / "Summer"
    assert thumbnails_made(player, browser)
    player.tap_button("entry-picnic.bmp")
    assert player.top is photo_page
    assert is_stored_copy(player.ctx.profile.family_photo or "", "family")
    assert photo_page.message_ok and "120 × 80" in photo_page.message


def test_the_browser_pages_through_a_big_folder_without_typing(
    player: Player, photo_page: ParentPhotoScene, pictures_home: Path
) -> None:
    tiny = encoded(quadrants((8, 8)), "png")
    for number in range(30):
        write(pictures_home / f"photo-{number:02}.png", tiny)
    player.tap_button("browse")
    browser = player.top
    assert isinstance(browser, PhotoBrowserScene)
    first_page = [button.name for button in player.buttons() if button.name.startswith("entry-")]
    assert len(first_page) == browser.per_page < len(browser.entries)
    player.tap_button("next")
    assert browser.page == 1
    assert first_page[0] not in [button.name for button in player.buttons()]
    player.tap_button("up")
    assert browser.folder == pictures_home.parent


def test_the_toy_photo_is_added_like_the_family_photo_and_the_buddy_holds_it(
    player: Player, photo_page: ParentPhotoScene, tmp_path: Path
) -> None:
    player.tap_button("kind-toy")
    drop(player, write(tmp_path / "teddy.jpg", encoded(quadrants(), "jpg")))
    toy = player.ctx.profile.buddy.toy_photo
    assert toy is not None and is_stored_copy(toy, "toy")
    assert player.ctx.profile.family_photo is None  # the family photo was not touched
    canvas = pygame.Surface((400, 400), pygame.SRCALPHA)
    rect = draw_toy_photo(canvas, player.ctx, (200, 200), 120)
    assert rect is not None and rect.width >= 120
    player.tap_button("remove")
    assert player.ctx.profile.buddy.toy_photo is None
    assert not (player.ctx.profile_folder / toy).exists()
    assert draw_toy_photo(canvas, player.ctx, (200, 200), 120) is None


def test_a_parent_sets_everyones_looks(player: Player) -> None:
    open_parent_page(player, "parent-people")
    page = player.top
    assert isinstance(page, ParentPeopleScene)
    names = [button.name for button in player.buttons()]
    for field, values in (
        ("skin", SKIN_TONES),
        ("hair_style", HAIR_STYLES),
        ("hair_colour", HAIR_COLOURS),
        ("clothes", CLOTHES_COLOURS),
    ):
        assert sum(name.startswith(field + "-") for name in names) == len(values) >= 6
    player.tap_button("person-teacher")
    for choice in ("skin-deep", "hair_style-afro", "hair_colour-grey", "clothes-purple"):
        player.tap_button(choice)
    player.tap_button("person-grownup-0")
    player.tap_button("hair_style-braids")
    player.tap_button("person-child")
    player.tap_button("skin-olive")
    profile = player.ctx.profile
    assert profile.teacher.look.model_dump(include={"skin", "hair_style", "hair_colour", "clothes"}) == {
        "skin": "deep",
        "hair_style": "afro",
        "hair_colour": "grey",
        "clothes": "purple",
    }
    assert profile.grownup.look.hair_style == "braids" and profile.child.look.skin == "olive"
    assert profile.teacher.name == "Miss Rosa"  # names are not touched here


def test_photos_looks_and_framing_survive_a_restart(data_dir: Path, tmp_path: Path) -> None:
    game = start_game(data_dir, clock=on_a_school_day)
    try:
        open_parent_page(game, "parent-photo")
        drop(game, write(tmp_path / "us.png", encoded(pygame.transform.scale(quadrants(), (800, 300)), "png")))
        x, y, w, h = game.top.frame_box  # type: ignore[attr-defined]
        game.drag((x + w / 2, y + h / 2), (x + w / 2 - 120, y + h / 2))
        game.tap_button("kind-toy")
        drop(game, write(tmp_path / "toy.bmp", encoded(quadrants(), "bmp")))
        game.tap_button("back")
        game.tap_button("parent-people")
        game.tap_button("skin-umber")
        before = game.ctx.profile.model_copy(deep=True)
    finally:
        game.ctx.scenes.clear()
        pygame.quit()
    again = start_game(data_dir, clock=on_a_school_day)
    try:
        profile = again.ctx.profile
        assert is_stored_copy(profile.family_photo or "", "family")
        assert is_stored_copy(profile.buddy.toy_photo or "", "toy")
        assert profile.photo_focus == before.photo_focus and profile.photo_focus[0] > 0.5
        assert profile.child.look.skin == "umber"
        assert profile == before
    finally:
        again.ctx.scenes.clear()
        pygame.quit()
