"""Files the game reads back, made hostile by hand, a bad backup or a bad disk: photos that point
out of the child's folder or are far too big, impossible dates, NaN in the framing, a photo that
was deleted, and an import whose profile can't be saved. Nothing is read from elsewhere, nothing
crashes, nothing already there is lost, and the parent is told."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest
from tests.school_day import on_a_school_day

from dropoff_buddy.cli import main
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.storage import atomic
from dropoff_buddy.storage.store import ProfileStore
from dropoff_buddy.ui.photo import draw_family_photo, load_photo
from image_files import encoded, quadrants, write
from parent_helpers import come_in


def saved_family(data_dir: Path, *, photo: bytes | None = None, **profile_changes: object) -> Path:
    """A profile for Sam (with ``photo`` as family-photo.png if given) edited on disk by hand."""
    store = ProfileStore(data_dir)
    child = store.create_profile("Sam")
    store.remember_last_profile(child.profile_id)
    if photo is not None:
        (child.folder / "family-photo.png").write_bytes(photo)
        child.profile.family_photo = "family-photo.png"
        assert store.save_profile(child)
    path = child.folder / "profile.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(profile_changes)
    path.write_text(json.dumps(data), encoding="utf-8")
    # No last good copy to fall back on: what is on disk is all there is.
    (child.folder / "profile.json.bak").unlink(missing_ok=True)
    return child.folder


@pytest.fixture
def game(data_dir: Path) -> Iterator[list[Player]]:
    """Start the game later (after the test has prepared the data folder); closed afterwards."""
    started: list[Player] = []
    yield started
    for player in started:
        player.ctx.scenes.clear()
        close = getattr(player.ctx.narrator.voice, "close", None)
        if close is not None:
            close()
    pygame.quit()


def play(game: list[Player], data_dir: Path) -> Player:
    player = start_game(data_dir, clock=on_a_school_day)
    game.append(player)
    return player


def enter_parent_area(player: Player) -> None:
    """Through the lock and the gate to the grown-ups' front page (closing the first-run set-up)."""
    come_in(player)
    if player.top.name == "parent-setup":
        player.key(pygame.K_ESCAPE)
    assert player.top.name == "parent-home"


def notices(player: Player) -> str:
    return "\n".join(notice.message for notice in player.ctx.notices)


def test_a_photo_name_that_leads_out_of_the_childs_folder_is_never_read(
    game: list[Player], data_dir: Path, tmp_path: Path
) -> None:
    outside = write(tmp_path / "outside.png", encoded(quadrants(), "png"))
    folder = saved_family(data_dir, family_photo=os.path.relpath(outside, data_dir / "profiles" / "sam"))
    player = play(game, data_dir)
    assert load_photo(player.ctx) is None
    assert player.ctx.profile.family_photo is None
    assert "damaged" in notices(player) and any(".corrupt-" in path.name for path in folder.iterdir())


def test_a_photo_that_is_a_link_out_of_the_childs_folder_is_not_shown(
    game: list[Player], data_dir: Path, tmp_path: Path
) -> None:
    outside = write(tmp_path / "outside.png", encoded(quadrants(), "png"))
    folder = saved_family(data_dir, photo=encoded(quadrants(), "png"))
    (folder / "family-photo.png").unlink()
    (folder / "family-photo.png").symlink_to(outside)
    player = play(game, data_dir)
    assert load_photo(player.ctx) is None
    assert "family photo (family-photo.png) can't be shown: it points to a place outside" in notices(player)
    draw_family_photo(pygame.Surface((600, 600)), player.ctx, (300, 300), 400)  # the drawn family instead


def test_a_photo_far_bigger_than_the_game_stores_is_not_decoded_at_full_size(
    game: list[Player], data_dir: Path
) -> None:
    huge = pygame.Surface((4000, 3000))  # 12 megapixels: 48 MB as pixels, and more than any stored photo
    huge.fill((200, 120, 60))
    saved_family(data_dir, photo=encoded(huge, "png"))
    player = play(game, data_dir)
    assert load_photo(player.ctx) is None
    assert "4,000 × 3,000 pixels, far larger than the photos Dropoff Buddy keeps" in notices(player)


def test_a_photo_the_game_stored_is_shown_at_most_at_its_stored_size(game: list[Player], data_dir: Path) -> None:
    saved_family(data_dir, photo=encoded(pygame.transform.scale(quadrants(), (2400, 1800)), "png"))
    player = play(game, data_dir)
    photo = load_photo(player.ctx)
    assert photo is not None and photo.get_size() == (1600, 1200)
    assert notices(player) == ""


def test_a_deleted_photo_is_noticed_in_settings_and_the_parent_is_told(game: list[Player], data_dir: Path) -> None:
    folder = saved_family(data_dir, photo=encoded(quadrants(), "png"))
    (folder / "family-photo.png").unlink()
    player = play(game, data_dir)
    assert "Sam's family photo (family-photo.png) is missing, so the story shows your family drawn instead" in notices(
        player
    )
    enter_parent_area(player)
    player.tap_button("parent-settings")
    label = player.button("page-photo").label
    assert "Photo missing" in label and "Photo chosen" not in label


@pytest.mark.parametrize("moment", ["0001-01-01T00:30:00+05:00", "9999-12-31T23:30:00-05:00"])
def test_an_impossible_date_in_progress_never_crashes_the_sticker_book_or_the_history(
    game: list[Player], data_dir: Path, moment: str
) -> None:
    folder = saved_family(data_dir)
    progress = {
        "schema_version": 1,
        "stickers": [{"at": moment, "sticker": "star", "ritual": ["hug"], "mode": "practice"}],
        "feelings": [{"at": moment, "feeling": "happy", "tricky": []}],
    }
    (folder / "progress.json").write_text(json.dumps(progress), encoding="utf-8")
    player = play(game, data_dir)
    assert "Sam's stickers and feelings were damaged" in notices(player)
    assert any(".corrupt-" in path.name for path in folder.iterdir())  # kept, never deleted
    player.tap_button("stickers")
    player.wait(1.0)
    player.ctx.scenes.pop_to_root()
    enter_parent_area(player)
    player.tap_button("parent-history")
    player.wait(0.5)
    assert player.top.name == "parent-history"


def test_nan_and_infinity_in_the_photo_framing_load_and_can_be_saved_again(data_dir: Path) -> None:
    folder = saved_family(data_dir)
    path = folder / "profile.json"
    path.write_text(path.read_text(encoding="utf-8").replace("[0.5, 0.5]", "[NaN, Infinity]"), encoding="utf-8")
    store = ProfileStore(data_dir)
    child = store.open("sam")
    assert child.profile.child.name == "Sam" and child.profile.photo_focus == (0.5, 1.0)
    child.profile.buddy.name = "Bun"
    assert store.save_profile(child), store.notices
    assert ProfileStore(data_dir).open("sam").profile.buddy.name == "Bun"


def test_import_photo_leaves_a_newer_profile_untouched_and_says_so(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = saved_family(data_dir, schema_version=99)
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    photo = write(tmp_path / "us.png", encoded(quadrants(), "png"))
    assert main(["import-photo", str(photo), "--data-dir", str(data_dir), "--profile", "Sam"]) == 1
    assert "newer Dropoff Buddy" in capsys.readouterr().err
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == before


def test_import_photo_keeps_the_old_photo_when_the_profile_cannot_be_saved(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write(tmp_path / "first.png", encoded(quadrants(), "png"))
    assert main(["import-photo", str(first), "--data-dir", str(data_dir)]) == 0
    child = ProfileStore(data_dir).open()
    kept = child.profile.family_photo
    assert kept is not None
    photo_before = (child.folder / kept).read_bytes()
    real_write = atomic.atomic_write_bytes

    def disk_full_for_the_profile(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
        if path.name == "profile.json":
            raise atomic.SaveError(path, OSError(28, "No space left on device"))
        real_write(path, data, keep_backup=keep_backup)

    monkeypatch.setattr("dropoff_buddy.storage.store.atomic_write_bytes", disk_full_for_the_profile)
    second = write(tmp_path / "second.png", encoded(pygame.transform.flip(quadrants(), True, False), "png"))
    assert main(["import-photo", str(second), "--data-dir", str(data_dir)]) == 1
    assert "the disk is full" in capsys.readouterr().err
    child = ProfileStore(data_dir).open()
    assert child.profile.family_photo == kept
    assert (child.folder / kept).read_bytes() == photo_before
    assert sorted(path.name for path in child.folder.iterdir() if "photo" in path.name) == [kept]


@pytest.mark.parametrize("kind", ["link-out", "not-a-wav", "endless"])
def test_a_hostile_cached_line_is_not_played_but_rendered_again(tmp_path: Path, kind: str) -> None:
    from dropoff_buddy.audio.speech_cache import SpeechCache, wav_bytes

    cache = SpeechCache(tmp_path / "cache")
    cache.folder.mkdir()
    key = cache.key("Good morning, Sam!", "us", "espeak")
    path = cache.path_for(key)
    if kind == "link-out":
        outside = tmp_path / "outside.wav"
        outside.write_bytes(wav_bytes(bytes(32000), 16000))
        path.symlink_to(outside)
    elif kind == "not-a-wav":
        path.write_bytes(b"this is not a sound" * 100)
    else:
        header = wav_bytes(bytes(32000), 16000)
        path.write_bytes(header[:40] + (0xFFFFFFF0).to_bytes(4, "little") + bytes(32000))
    assert cache.lookup(key) is None
    assert not path.exists() and not path.is_symlink()  # removed: the line is rendered again
    assert cache.store(key, wav_bytes(bytes(32000), 16000)) == path and cache.lookup(key) == path
