"""Saving and loading: a child's data survives crashes, damage, newer versions and full disks."""

from __future__ import annotations

import errno
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dropoff_buddy.storage.atomic import SaveError, atomic_write_bytes
from dropoff_buddy.storage.models import (
    PROFILE_SCHEMA_VERSION,
    PROGRESS_SCHEMA_VERSION,
    FeelingEntry,
    Profile,
    Progress,
    StickerEntry,
)
from dropoff_buddy.storage.paths import (
    DEFAULT_PROFILE_ID,
)
from dropoff_buddy.storage.store import Notice, ProfileStore

# --- first launch and round trip --------------------------------------------------------
from storage_helpers import NOW, SimulatedCrash, kinds, names_in, saved_sam, snapshot


def test_first_launch_creates_default_profile_and_progress_without_notices(store: ProfileStore, data_dir: Path) -> None:
    child = store.open()

    folder = data_dir / "profiles" / DEFAULT_PROFILE_ID
    assert child.profile_id == DEFAULT_PROFILE_ID
    assert child.folder == folder
    assert child.profile == Profile()
    assert child.progress == Progress()
    assert child.profile_writable and child.progress_writable
    assert Profile.model_validate_json((folder / "profile.json").read_text()) == Profile()
    assert Progress.model_validate_json((folder / "progress.json").read_text()) == Progress()
    assert store.take_notices() == []
    assert store.list_profiles() == [DEFAULT_PROFILE_ID]


def test_saved_profile_and_progress_come_back_the_same(store: ProfileStore, data_dir: Path) -> None:
    child = store.open("sam")
    child.profile.buddy.name = "Bun"
    child.profile.ritual = ["wave", "thumbs_up"]
    child.progress.feelings.append(FeelingEntry(at=NOW, feeling="happy", tricky=["goodbye"]))
    child.progress.stickers.append(StickerEntry(at=NOW, sticker="star", ritual=["wave"]))

    assert store.save_profile(child)
    assert store.save_progress(child)

    again = ProfileStore(data_dir).open("sam")
    assert again.profile == child.profile
    assert again.progress == child.progress


def test_every_saved_file_carries_schema_version(store: ProfileStore) -> None:
    child = saved_sam(store)

    assert json.loads((child.folder / "profile.json").read_text())["schema_version"] == PROFILE_SCHEMA_VERSION
    assert json.loads((child.folder / "progress.json").read_text())["schema_version"] == PROGRESS_SCHEMA_VERSION


def test_save_keeps_the_previous_good_file_as_a_valid_backup(store: ProfileStore) -> None:
    child = store.create_profile("Sam")
    first = (child.folder / "profile.json").read_bytes()

    child.profile.buddy.name = "Bun"
    assert store.save_profile(child)

    backup = child.folder / "profile.json.bak"
    assert backup.read_bytes() == first
    assert Profile.model_validate_json(backup.read_bytes()).buddy.name == "Buddy"
    assert Profile.model_validate_json((child.folder / "profile.json").read_bytes()).buddy.name == "Bun"


def test_backup_is_copied_when_the_disk_has_no_hard_links(store: ProfileStore, monkeypatch: pytest.MonkeyPatch) -> None:
    child = store.create_profile("Sam")
    first = (child.folder / "profile.json").read_bytes()

    def no_links(source: Any, target: Any) -> None:
        raise OSError(errno.EPERM, "hard links not supported")

    monkeypatch.setattr(os, "link", no_links)
    child.profile.buddy.name = "Bun"

    assert store.save_profile(child)
    assert (child.folder / "profile.json.bak").read_bytes() == first
    assert not list(child.folder.glob("*.tmp"))


def test_atomic_write_without_backup_leaves_no_bak(tmp_path: Path) -> None:
    target = tmp_path / "note.json"
    target.write_bytes(b"old")

    atomic_write_bytes(target, b"new", keep_backup=False)

    assert target.read_bytes() == b"new"
    assert names_in(tmp_path) == ["note.json"]


# --- crashes ----------------------------------------------------------------------------


def test_crash_before_replace_keeps_old_file_and_next_load_ignores_and_removes_the_temp_file(
    store: ProfileStore, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    child = saved_sam(store)
    before = (child.folder / "profile.json").read_bytes()
    real_replace = os.replace

    def crash_on_final_replace(source: Any, target: Any) -> None:
        if Path(target).name == "profile.json":
            raise SimulatedCrash
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", crash_on_final_replace)
    child.profile.buddy.name = "Changed"
    with pytest.raises(SimulatedCrash):
        store.save_profile(child)
    monkeypatch.undo()

    leftovers = list(child.folder.glob(".profile.json.*.tmp"))
    assert leftovers, "the simulated crash should leave the written temp file behind"
    assert "Changed" in leftovers[0].read_text()
    assert (child.folder / "profile.json").read_bytes() == before

    fresh = ProfileStore(data_dir)
    reopened = fresh.open(child.profile_id)
    assert reopened.profile.buddy.name == "Bun"
    assert fresh.take_notices() == []
    assert not list(child.folder.glob("*.tmp"))


def test_failed_replace_returns_false_keeps_old_file_and_leaves_no_temp_file(
    store: ProfileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    child = saved_sam(store)
    before = snapshot(child.folder)
    real_replace = os.replace

    def refuse_final_replace(source: Any, target: Any) -> None:
        if Path(target).name == "profile.json":
            raise OSError(errno.EIO, "I/O error")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", refuse_final_replace)
    child.profile.buddy.name = "Changed"

    assert store.save_profile(child) is False
    assert (child.folder / "profile.json").read_bytes() == before["profile.json"]
    assert Profile.model_validate_json((child.folder / "profile.json.bak").read_bytes())
    assert not list(child.folder.glob("*.tmp"))
    assert kinds(store.take_notices()) == ["save_failed"]


# --- damaged files ----------------------------------------------------------------------

DAMAGED_PROFILES = {
    "empty": b"",
    "garbage": b"\x00\xff not json at all",
    "truncated": b'{"schema_version": 1, "child": {"name": "Sa',
    "not_an_object": b"[1, 2, 3]",
    "wrong_types": b'{"schema_version": 1, "ritual": "hug", "setup_done": "yes"}',
    "fails_validation": b'{"schema_version": 1, "pickup_after": "bedtime"}',
    "no_schema_version": b'{"child": {"name": "Sam"}}',
    "schema_version_not_a_number": b'{"schema_version": "one"}',
}
DAMAGED_PROGRESS = {
    "empty": b"",
    "garbage": b"}{",
    "truncated": b'{"schema_version": 1, "stickers": [{"at": "2026-11-',
    "not_an_object": b'"progress"',
    "wrong_types": b'{"schema_version": 1, "sessions": "lots"}',
    "fails_validation": b'{"schema_version": 1, "feelings": [{"at": "2026-11-22T08:00:00Z", "feeling": "Grumpy!"}]}',
}
DAMAGED_CASES = [("profile.json", name, data) for name, data in DAMAGED_PROFILES.items()] + [
    ("progress.json", name, data) for name, data in DAMAGED_PROGRESS.items()
]
DAMAGED_IDS = [f"{file_name}-{name}" for file_name, name, _ in DAMAGED_CASES]


@pytest.mark.parametrize(("file_name", "case", "damage"), DAMAGED_CASES, ids=DAMAGED_IDS)
def test_damaged_file_is_kept_aside_and_the_backup_is_used(
    store: ProfileStore, data_dir: Path, file_name: str, case: str, damage: bytes
) -> None:
    child = saved_sam(store)
    good_backup = (child.folder / f"{file_name}.bak").read_bytes()
    (child.folder / file_name).write_bytes(damage)

    fresh = ProfileStore(data_dir)
    reopened = fresh.open(child.profile_id)

    kept = list(child.folder.glob(f"{file_name}.corrupt-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == damage
    notices = fresh.take_notices()
    assert kinds(notices) == ["recovered"]
    assert kept[0].name in notices[0].message
    assert "Sam's" in notices[0].message
    assert "last good copy" in notices[0].message
    if file_name == "profile.json":
        assert reopened.profile == Profile.model_validate_json(good_backup)
    else:
        assert reopened.progress == Progress.model_validate_json(good_backup)
        assert reopened.progress.sticker_count == 0  # the backup is from before the sticker was saved
    # The good copy is back in place and the backup is untouched.
    assert (child.folder / file_name).read_bytes()
    assert (child.folder / f"{file_name}.bak").read_bytes() == good_backup


@pytest.mark.parametrize(("file_name", "case", "damage"), DAMAGED_CASES, ids=DAMAGED_IDS)
def test_damaged_file_without_a_good_backup_is_kept_aside_and_defaults_are_used(
    store: ProfileStore, data_dir: Path, file_name: str, case: str, damage: bytes
) -> None:
    child = saved_sam(store)
    (child.folder / file_name).write_bytes(damage)
    (child.folder / f"{file_name}.bak").unlink()

    fresh = ProfileStore(data_dir)
    reopened = fresh.open(child.profile_id)

    kept = list(child.folder.glob(f"{file_name}.corrupt-*"))
    assert [path.read_bytes() for path in kept] == [damage]
    notices = fresh.take_notices()
    assert kinds(notices) == ["reset"]
    assert kept[0].name in notices[0].message
    if file_name == "profile.json":
        assert reopened.profile == Profile()
    else:
        assert reopened.progress == Progress()
        assert reopened.profile.child.name == "Sam"
    assert reopened.profile_writable and reopened.progress_writable
    assert fresh.save_profile(reopened) and fresh.save_progress(reopened)


def test_damaged_backup_is_kept_aside_too_and_defaults_are_used(store: ProfileStore, data_dir: Path) -> None:
    child = saved_sam(store)
    (child.folder / "profile.json").write_bytes(b"{")
    (child.folder / "profile.json.bak").write_bytes(b"nope")

    fresh = ProfileStore(data_dir)
    reopened = fresh.open(child.profile_id)

    assert reopened.profile == Profile()
    assert [path.read_bytes() for path in child.folder.glob("profile.json.corrupt-*")] == [b"{"]
    assert [path.read_bytes() for path in child.folder.glob("profile.json.bak.corrupt-*")] == [b"nope"]
    notices = fresh.take_notices()
    assert kinds(notices) == ["reset"]
    assert "damaged files were kept" in notices[0].message


def test_second_damage_in_the_same_second_never_overwrites_the_first_kept_file(
    store: ProfileStore, data_dir: Path
) -> None:
    child = saved_sam(store)
    for damage in (b"first", b"second"):
        (child.folder / "profile.json").write_bytes(damage)
        (child.folder / "profile.json.bak").unlink(missing_ok=True)
        ProfileStore(data_dir).open(child.profile_id)

    kept = sorted(path.read_bytes() for path in child.folder.glob("profile.json.corrupt-*"))
    assert kept == [b"first", b"second"]


def test_file_damaged_after_loading_is_kept_aside_on_save_and_the_backup_stays_good(store: ProfileStore) -> None:
    child = saved_sam(store)
    good_backup = (child.folder / "profile.json.bak").read_bytes()
    (child.folder / "profile.json").write_bytes(b"scribbled on")

    child.profile.buddy.name = "Hop"
    assert store.save_profile(child)

    assert [path.read_bytes() for path in child.folder.glob("profile.json.corrupt-*")] == [b"scribbled on"]
    assert (child.folder / "profile.json.bak").read_bytes() == good_backup
    assert Profile.model_validate_json((child.folder / "profile.json").read_bytes()).buddy.name == "Hop"
    assert kinds(store.take_notices()) == ["recovered"]


def test_save_refuses_data_changed_in_place_into_an_invalid_state(store: ProfileStore) -> None:
    child = saved_sam(store)
    before = snapshot(child.folder)
    child.profile.ritual.extend(["wave", "wave", "wave"])  # list methods skip validation; max is 4

    assert store.save_profile(child) is False
    assert snapshot(child.folder) == before
    assert kinds(store.take_notices()) == ["save_failed"]


# --- newer versions ---------------------------------------------------------------------


@pytest.mark.parametrize("file_name", ["profile.json", "progress.json"])
def test_file_from_a_newer_version_is_left_untouched_and_defaults_are_used(
    store: ProfileStore, data_dir: Path, file_name: str
) -> None:
    child = saved_sam(store)
    (child.folder / f"{file_name}.bak").unlink()
    future = child.folder / file_name
    future.write_bytes(b'{"schema_version": 99, "hologram_buddy": true}\n')
    os.utime(future, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    before_bytes = future.read_bytes()
    before_mtime = future.stat().st_mtime_ns
    others_before = snapshot(child.folder)

    fresh = ProfileStore(data_dir)
    reopened = fresh.open(child.profile_id)
    if file_name == "profile.json":
        assert reopened.profile == Profile()
        assert reopened.profile_writable is False
        reopened.profile.buddy.name = "Changed"
        assert fresh.save_profile(reopened) is False
    else:
        assert reopened.progress == Progress()
        assert reopened.progress_writable is False
        reopened.progress.stickers.append(StickerEntry(at=NOW, sticker="moon"))
        assert fresh.save_progress(reopened) is False

    assert future.read_bytes() == before_bytes
    assert future.stat().st_mtime_ns == before_mtime
    assert snapshot(child.folder) == others_before  # nothing renamed, no .bak, no temp files
    notices = fresh.take_notices()
    assert kinds(notices) == ["newer_version"]
    assert "update Dropoff Buddy" in notices[0].message


def test_save_refuses_to_replace_a_file_a_newer_version_wrote_meanwhile(store: ProfileStore) -> None:
    child = saved_sam(store)
    newer = json.dumps({"schema_version": PROFILE_SCHEMA_VERSION + 1}).encode()
    (child.folder / "profile.json").write_bytes(newer)

    assert store.save_profile(child) is False
    assert child.profile_writable is False
    assert (child.folder / "profile.json").read_bytes() == newer
    assert kinds(store.take_notices()) == ["newer_version"]


# --- read-only and full disks -----------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root and Windows ignore chmod 0o500")
def test_read_only_folder_keeps_play_going_and_damages_nothing(store: ProfileStore) -> None:
    child = saved_sam(store)
    before = snapshot(child.folder)
    child.folder.chmod(0o500)
    try:
        child.profile.buddy.name = "Changed"
        assert store.save_profile(child) is False
        assert store.save_progress(child) is False
        assert snapshot(child.folder) == before
        assert kinds(store.take_notices()) == ["save_failed"]
        assert store.open(child.profile_id).profile.buddy.name == "Bun"
    finally:
        child.folder.chmod(0o700)


def _refuse_new_files(monkeypatch: pytest.MonkeyPatch, under: Path) -> None:
    """Make creating any file or folder under ``under`` fail as on a read-only folder."""
    real_open = os.open
    real_mkdir = os.mkdir

    def guarded_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & os.O_CREAT and Path(path).is_relative_to(under):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    def guarded_mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
        if Path(path).is_relative_to(under):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded_open)
    monkeypatch.setattr(os, "mkdir", guarded_mkdir)


def _fill_the_disk(monkeypatch: pytest.MonkeyPatch, under: Path) -> None:
    """Make syncing written data fail with ENOSPC, as a full disk does."""

    def full_disk_fsync(handle: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk_fsync)


DISK_PROBLEMS: dict[str, tuple[Callable[[pytest.MonkeyPatch, Path], None], str]] = {
    "permission_denied": (_refuse_new_files, "isn't allowed to write"),
    "disk_full": (_fill_the_disk, "the disk is full"),
}


@pytest.mark.parametrize("problem", list(DISK_PROBLEMS))
def test_unwritable_disk_keeps_play_going_saves_return_false_and_damages_nothing(
    store: ProfileStore, data_dir: Path, monkeypatch: pytest.MonkeyPatch, problem: str
) -> None:
    child = saved_sam(store)
    before = snapshot(child.folder)
    break_disk, expected_reason = DISK_PROBLEMS[problem]
    break_disk(monkeypatch, data_dir)

    child.profile.buddy.name = "Changed"
    child.progress.stickers.append(StickerEntry(at=NOW, sticker="moon"))
    assert store.save_profile(child) is False
    assert store.save_progress(child) is False
    assert store.remember_last_profile(child.profile_id) is False

    assert snapshot(child.folder) == before
    notices = store.take_notices()
    assert kinds(notices) == ["save_failed"]  # one notice, however many saves failed
    assert expected_reason in notices[0].message
    assert "Play goes on" in notices[0].message
    # The in-memory data is still there to play with, and the next open still works.
    assert child.profile.buddy.name == "Changed"
    assert store.open(child.profile_id).profile.buddy.name == "Bun"


def test_full_disk_notice_tells_the_parent_to_free_space(
    store: ProfileStore, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    child = saved_sam(store)
    _fill_the_disk(monkeypatch, data_dir)

    assert store.save_progress(child) is False
    assert store.take_notices() == [
        Notice(
            message="Dropoff Buddy couldn't save just now (the disk is full). Play goes on; "
            "free some space and progress will be saved next time.",
            kind="save_failed",
        )
    ]


def test_first_launch_on_an_unwritable_disk_plays_with_defaults_in_memory(
    store: ProfileStore, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _refuse_new_files(monkeypatch, data_dir.parent)

    child = store.open()

    assert child.profile == Profile()
    assert child.progress == Progress()
    assert not data_dir.exists()
    assert kinds(store.take_notices()) == ["save_failed"]
    assert store.list_profiles() == []
    assert store.last_profile_id() is None


def test_data_folder_inside_a_file_still_gives_a_playable_profile(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    store = ProfileStore(blocker / "data")

    child = store.open()

    assert child.profile == Profile()
    assert store.save_profile(child) is False
    assert store.take_notices()
    assert blocker.read_text() == "a file where the data folder should be"


def test_unreadable_file_is_left_untouched_and_not_saved_over(
    store: ProfileStore, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    child = saved_sam(store)
    before = snapshot(child.folder)
    locked = (child.folder / "progress.json").resolve()
    real_open = os.open

    def refusing_open(path: object, flags: int, *args: int) -> int:
        if Path(str(path)) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refusing_open)
    fresh = ProfileStore(data_dir)
    reopened = fresh.open(child.profile_id)

    assert reopened.profile.child.name == "Sam"
    assert reopened.progress == Progress()
    assert reopened.progress_writable is False
    assert fresh.save_progress(reopened) is False
    assert fresh.save_profile(reopened) is True
    assert kinds(fresh.take_notices()) == ["load_failed"]
    monkeypatch.undo()
    after = snapshot(child.folder)
    assert after["progress.json"] == before["progress.json"]
    assert after["progress.json.bak"] == before["progress.json.bak"]


def test_save_error_carries_a_kind_reason(tmp_path: Path) -> None:
    with pytest.raises(SaveError) as caught:
        atomic_write_bytes(tmp_path / "missing-folder" / "x.json", b"{}")

    assert isinstance(caught.value, OSError)
    assert caught.value.reason == "the save folder is missing or is not a folder"
