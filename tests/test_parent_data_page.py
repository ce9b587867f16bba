"""The data page: back up everything, delete all (asked twice), restore exactly; bad backups refused."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import math
import os
import zipfile
from array import array
from collections.abc import Callable
from pathlib import Path

import pygame
import pytest

from dropoff_buddy.audio.recordings import RecordingStore
from dropoff_buddy.audio.speech_cache import CACHE_ENV
from dropoff_buddy.parent.pages.data import ParentDataScene
from dropoff_buddy.playtest import Player
from dropoff_buddy.storage import backup as backup_module
from dropoff_buddy.storage.backup import BACKUP_FILE_PREFIX
from image_files import encoded, png_claiming, quadrants
from parent_area_helpers import data_snapshot, use_temporary_home, week_of_progress
from parent_helpers import open_parent_page

TONE = array("h", (int(8000 * math.sin(i / 8)) for i in range(16000))).tobytes()  # one second


def make_family(player: Player) -> None:
    """Little One with a week of progress and a photo, plus a sister with a recording."""
    ctx = player.ctx
    ctx.child.progress = week_of_progress(ctx.clock())
    assert ctx.save_progress()
    (ctx.profile_folder / "family-photo.jpg").write_bytes(encoded(quadrants(), "jpg"))
    ctx.profile.family_photo = "family-photo.jpg"
    assert ctx.save_profile()
    sister = ctx.store.create_profile("Mia")
    RecordingStore(sister.folder).save_take("lines:ritual.promise", "I'll come back right after snack.", TONE, 16000)
    ctx.store.remember_last_profile(ctx.child.profile_id)


def data_page(player: Player) -> ParentDataScene:
    page = player.top
    assert isinstance(page, ParentDataScene)
    return page


def drop_file(player: Player, path: Path) -> None:
    player.frames(1, [pygame.event.Event(pygame.DROPFILE, file=str(path))])


def back_up(player: Player, documents: Path) -> Path:
    player.tap_button("backup")
    page = data_page(player)
    assert page.message_ok, page.message
    backups = sorted(documents.glob(f"{BACKUP_FILE_PREFIX}*.zip"))
    assert len(backups) == 1 and str(backups[0]) in page.message
    return backups[0]


def family_on_the_data_page(player: Player, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Documents in a temporary home, the family made, the data page open; returns Documents."""
    documents = use_temporary_home(monkeypatch, tmp_path)
    make_family(player)
    open_parent_page(player, "parent-data")
    return documents


def family_backed_up(player: Player, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[Path, Path]:
    """The family's first backup, made on the data page; returns Documents and the backup."""
    documents = family_on_the_data_page(player, monkeypatch, tmp_path)
    return documents, back_up(player, documents)


def test_backup_then_delete_all_then_restore_gives_back_exactly_what_was_there(
    player: Player, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    family_backed_up(player, monkeypatch, tmp_path)
    before = data_snapshot(data_dir)
    assert (
        "profiles/mia/recordings/lines--ritual-promise.wav" in before and "profiles/default/family-photo.jpg" in before
    )
    # Deleting everything empties the speech cache too: a folder of this test's, not the one the
    # whole run shares (test_delete_everything checks the cache is emptied).
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "speech-cache"))

    player.tap_button("delete")
    player.tap_button("continue")
    player.tap_button("delete-now")
    assert data_page(player).step == "delete-files"  # asked about the backup in Documents
    player.tap_button("keep")
    page = data_page(player)
    assert page.message_ok and "Everything was deleted" in page.message and "was kept" in page.message
    assert player.ctx.store.list_profiles() == ["default"]
    assert player.ctx.progress.stickers == [] and player.ctx.profile.child.name == "Little One"
    assert "profiles/mia/recordings/lines--ritual-promise.wav" not in data_snapshot(data_dir)

    player.tap_button("restore")
    assert data_page(player).step == "restore"
    player.tap_button("backup-1")
    assert data_page(player).step == "confirm-restore"
    player.tap_button("restore-now")
    page = data_page(player)
    assert page.step == "main" and page.message_ok, page.message
    after = data_snapshot(data_dir)
    assert after == before
    for name in ("profiles/default/profile.json", "profiles/default/progress.json", "profiles/mia/profile.json"):
        assert json.loads(after[name]) == json.loads(before[name])
    # The child in play is reloaded from the restored files.
    assert len(player.ctx.progress.stickers) == 5 and len(player.ctx.progress.feelings) == 5
    assert not [path.name for path in data_dir.iterdir() if path.name.startswith((".restore-", ".before-restore-"))]


def test_delete_asks_twice_and_keeping_at_either_step_deletes_nothing(
    player: Player, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    family_on_the_data_page(player, monkeypatch, tmp_path)
    before = data_snapshot(data_dir)

    player.tap_button("delete")
    assert data_page(player).step == "confirm-delete"
    player.tap_button("keep")
    assert data_page(player).step == "main" and data_snapshot(data_dir) == before

    player.tap_button("delete")
    player.enter()  # Enter on a question always means the safe answer
    assert data_page(player).step == "main" and data_snapshot(data_dir) == before

    player.tap_button("delete")
    player.tap_button("continue")
    page = data_page(player)
    assert page.step == "confirm-delete-2"
    words = page._delete_words()
    assert "Little One: 5 stickers, 5 feelings check-ins, 1 photo or recording" in words
    assert "Mia: 0 stickers" in words
    player.key(pygame.K_ESCAPE)
    assert data_page(player).step == "main" and data_snapshot(data_dir) == before
    assert player.ctx.store.list_profiles() == ["default", "mia"]


# --- bad backups ------------------------------------------------------------------------------


def rebuild(
    good: Path,
    out: Path,
    change: Callable[[dict[str, bytes]], None],
    *,
    fix_checksums: bool,
    compression: int = zipfile.ZIP_STORED,
) -> Path:
    """Copy the backup ``good`` to ``out`` with its members changed by ``change``."""
    with zipfile.ZipFile(good) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    change(members)
    if fix_checksums:
        manifest["files"] = [
            {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in sorted(members.items())
        ]
    members["manifest.json"] = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    out.write_bytes(buffer.getvalue())
    return out


def edit_json(name: str, edit: Callable[[dict[str, object]], None]) -> Callable[[dict[str, bytes]], None]:
    def change(members: dict[str, bytes]) -> None:
        data = json.loads(members[name])
        edit(data)
        members[name] = json.dumps(data).encode()

    return change


def garbage(good: Path, out: Path) -> Path:
    out.write_bytes(b"these are not the files you are looking for" * 50)
    return out


def truncated(good: Path, out: Path) -> Path:
    data = good.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    return out


def wrong_checksum(good: Path, out: Path) -> Path:
    def change(members: dict[str, bytes]) -> None:
        photo = "profiles/default/family-photo.jpg"
        members[photo] = members[photo][:-1] + b"X"

    return rebuild(good, out, change, fix_checksums=False)


def invalid_profile(good: Path, out: Path) -> Path:
    def edit(data: dict[str, object]) -> None:
        data["place"] = "the moon"

    return rebuild(good, out, edit_json("profiles/mia/profile.json", edit), fix_checksums=True)


def path_traversal(good: Path, out: Path) -> Path:
    def change(members: dict[str, bytes]) -> None:
        members["profiles/mia/../../../evil.txt"] = b"gotcha"

    return rebuild(good, out, change, fix_checksums=True)


def newer_profile(good: Path, out: Path) -> Path:
    def edit(data: dict[str, object]) -> None:
        data["schema_version"] = 99

    return rebuild(good, out, edit_json("profiles/default/profile.json", edit), fix_checksums=True)


def newer_backup_format(good: Path, out: Path) -> Path:
    path = rebuild(good, out, lambda members: None, fix_checksums=False)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest["schema_version"] = 2
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def changed_packed_byte(good: Path, out: Path, where: float, new: Callable[[int], int]) -> Path:
    """The backup with one byte of the packed (deflated) settings changed, as an old USB stick does."""
    path = rebuild(good, out, lambda members: None, fix_checksums=False, compression=zipfile.ZIP_DEFLATED)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("profiles/mia/profile.json")
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    offset = start + int(info.compress_size * where)
    data[offset] = new(data[offset])
    path.write_bytes(bytes(data))
    return path


def bit_rot(good: Path, out: Path) -> Path:
    """A flipped bit in the middle of the packed data: the unpacked file no longer matches its CRC."""
    return changed_packed_byte(good, out, 0.5, lambda byte: byte ^ 0x10)


def corrupt_deflate(good: Path, out: Path) -> Path:
    """The first packed block says it is of a type that does not exist: zlib itself gives up."""
    return changed_packed_byte(good, out, 0.0, lambda byte: 0x07)


def huge_photo(good: Path, out: Path) -> Path:
    """A 1.2 MB PNG of 20000 × 20000 pixels: restored, the home screen would need 1.6 GB."""

    def change(members: dict[str, bytes]) -> None:
        members["profiles/default/family-photo.jpg"] = png_claiming(20_000, 20_000)

    return rebuild(good, out, change, fix_checksums=True)


def zip_bomb(good: Path, out: Path) -> Path:
    """10 MB of zeros packed into 10 KB, where a recording belongs."""

    def change(members: dict[str, bytes]) -> None:
        members["profiles/mia/recordings/lines--ritual-promise.wav"] = bytes(10 * 1024 * 1024)

    return rebuild(good, out, change, fix_checksums=True, compression=zipfile.ZIP_DEFLATED)


def impossible_date(good: Path, out: Path) -> Path:
    def edit(data: dict[str, object]) -> None:
        stickers = data["stickers"]
        assert isinstance(stickers, list)
        stickers[0]["at"] = "0001-01-01T00:30:00+05:00"

    return rebuild(good, out, edit_json("profiles/default/progress.json", edit), fix_checksums=True)


BAD_BACKUPS = {
    "garbage": (garbage, "isn't a Dropoff Buddy backup"),
    "truncated": (truncated, "is damaged (it is cut short: its end is missing"),
    "bit rot": (bit_rot, "some of the data inside it has changed since it was made"),
    "corrupt deflate": (corrupt_deflate, "some of the data inside it has changed since it was made"),
    "huge photo": (
        huge_photo,
        "family-photo.jpg in from-a-friend.zip can't be used: it is far too large (20,000 × 20,000 pixels)",
    ),
    "zip bomb": (zip_bomb, "never shrink like that"),
    "impossible date": (impossible_date, "stickers 1 at: the date 0001-01-01 is not a real day of play"),
    "wrong checksum": (wrong_checksum, "is not what it was when the backup was made"),
    "invalid profile": (invalid_profile, "don't pass Dropoff Buddy's checks (profiles/mia/profile.json: place"),
    "path traversal": (path_traversal, "tries to put a file outside Dropoff Buddy's folder"),
    "newer profile": (newer_profile, "saved by a newer Dropoff Buddy (file version 99"),
    "newer backup": (newer_backup_format, "was made by a newer Dropoff Buddy"),
}


@pytest.mark.parametrize("kind", list(BAD_BACKUPS))
def test_a_bad_backup_is_refused_with_its_own_message_and_nothing_changes(
    player: Player, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kind: str
) -> None:
    _, good = family_backed_up(player, monkeypatch, tmp_path)
    before = data_snapshot(data_dir)
    make_bad, expected = BAD_BACKUPS[kind]
    bad = make_bad(good, tmp_path / "from-a-friend.zip")

    drop_file(player, bad)
    page = data_page(player)
    assert not page.message_ok
    assert expected in page.message, page.message
    assert "Nothing was changed" in page.message
    assert page.step == "main" and page.chosen is None
    assert data_snapshot(data_dir) == before
    assert len(player.ctx.progress.stickers) == 5


def test_a_bad_backup_in_the_list_is_refused_too(
    player: Player, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _, good = family_backed_up(player, monkeypatch, tmp_path)
    truncated(good, good)  # the only backup got cut short while copying
    before = data_snapshot(data_dir)
    player.tap_button("restore")
    player.tap_button("backup-1")
    page = data_page(player)
    assert page.step == "restore" and "cut short" in page.message
    assert data_snapshot(data_dir) == before


def test_a_dropped_good_backup_asks_before_restoring(
    player: Player, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _, good = family_backed_up(player, monkeypatch, tmp_path)
    before = data_snapshot(data_dir)
    drop_file(player, good)
    page = data_page(player)
    assert page.step == "confirm-restore"
    assert "Little One: 5 stickers, 5 feelings check-ins" in page._restore_words()
    player.tap_button("keep")
    assert data_page(player).step == "main" and data_snapshot(data_dir) == before


def test_a_backup_on_a_full_disk_says_so_kindly_and_leaves_no_file(
    player: Player, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = use_temporary_home(monkeypatch, tmp_path)
    open_parent_page(player, "parent-data")

    def disk_full(stream: object, files: object, now: object, data_dir: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module, "_write_zip", disk_full)
    player.tap_button("backup")
    page = data_page(player)
    assert not page.message_ok
    assert "the disk is full" in page.message and "Your data in the game is safe" in page.message
    assert list(documents.iterdir()) == []


def test_many_backups_are_paged_newest_first_with_big_rows(
    player: Player, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents, good = family_backed_up(player, monkeypatch, tmp_path)
    for day in range(1, 6):
        copy = documents / f"{BACKUP_FILE_PREFIX}2026-10-0{day}-0800.zip"
        copy.write_bytes(good.read_bytes())
        os.utime(copy, (1_790_000_000 + day * 86_400, 1_790_000_000 + day * 86_400))
    player.tap_button("restore")
    page = data_page(player)
    assert len(page.backups) == 6 and page.backups[0].path == good
    assert {button.name for button in player.buttons()} >= {"backup-1", "backup-4", "older"}
    player.tap_button("older")
    assert {button.name for button in player.buttons()} >= {"backup-5", "backup-6", "newer"}
    player.tap_button("backup-6")  # the oldest copy: still a good backup
    assert data_page(player).step == "confirm-restore"


def test_a_backup_in_downloads_or_home_is_listed_too(
    player: Player, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents, good = family_backed_up(player, monkeypatch, tmp_path)
    downloads = documents.parent / "Downloads"
    downloads.mkdir()
    sent = downloads / f"{BACKUP_FILE_PREFIX}2026-01-02-0900.zip"
    good.rename(sent)
    player.tap_button("restore")
    assert [listing.path for listing in data_page(player).backups] == [sent]
    player.tap_button("backup-1")
    assert data_page(player).step == "confirm-restore"
