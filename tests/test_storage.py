"""Saving and loading: a child's data survives crashes, damage, newer versions and full disks."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from dropoff_buddy.storage import store as store_module
from dropoff_buddy.storage.atomic import SaveError, atomic_write_bytes
from dropoff_buddy.storage.instance_lock import InstanceLock
from dropoff_buddy.storage.migrations import (
    PROFILE_MIGRATIONS,
    MigrationError,
    MissingMigrationStepError,
    NewerVersionError,
    migrate,
    profile_v0_to_v1,
)
from dropoff_buddy.storage.models import (
    DEFAULT_SCHEDULE,
    PROFILE_SCHEMA_VERSION,
    PROGRESS_SCHEMA_VERSION,
    FeelingEntry,
    Profile,
    Progress,
    StickerEntry,
)
from dropoff_buddy.storage.paths import (
    DEFAULT_PROFILE_ID,
    default_data_dir,
    is_safe_profile_id,
    profile_id_from_name,
)
from dropoff_buddy.storage.store import ChildData, Notice, ProfileStore
from old_saves import FIXTURES, old_profile_folder

NOW = dt.datetime(2026, 11, 22, 8, 15, tzinfo=dt.UTC)


class SimulatedCrash(BaseException):
    """Stands in for the process dying: not an OSError, so no cleanup code runs for it."""


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> ProfileStore:
    return ProfileStore(data_dir)


def saved_sam(store: ProfileStore) -> ChildData:
    """A profile for Sam saved twice, so profile.json and progress.json both have a good .bak."""
    child = store.create_profile("Sam")
    child.profile.buddy.name = "Bun"
    child.progress.stickers.append(StickerEntry(at=NOW, sticker="star"))
    assert store.save_profile(child)
    assert store.save_progress(child)
    store.take_notices()
    return child


def names_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir()}


def kinds(notices: list[Notice]) -> list[str]:
    return [notice.kind for notice in notices]


# --- first launch and round trip --------------------------------------------------------


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


# --- migrations -------------------------------------------------------------------------


def test_v0_profile_fixture_migrates_to_the_right_v1_profile_and_is_rewritten(
    store: ProfileStore, data_dir: Path
) -> None:
    folder = old_profile_folder(data_dir, "sam", "profile_v0.json")
    original = (FIXTURES / "profile_v0.json").read_bytes()

    child = store.open("sam")

    profile = child.profile
    assert profile.schema_version == PROFILE_SCHEMA_VERSION
    assert profile.child.name == "Sam"
    assert [person.name for person in profile.grownups] == ["Daddy"]
    assert profile.teacher.name == "Mr Lee"
    assert profile.place == "nursery"
    assert (profile.buddy.name, profile.buddy.animal) == ("Bun", "bunny")
    assert profile.ritual == ["hug", "kiss", "high_five"]
    assert profile.pickup_after == "snack"
    assert profile.schedule == DEFAULT_SCHEDULE
    assert profile.setup_done is True
    assert store.take_notices() == []

    rewritten = json.loads((folder / "profile.json").read_text())
    assert rewritten["schema_version"] == PROFILE_SCHEMA_VERSION
    assert "version" not in rewritten
    assert Profile.model_validate(rewritten) == profile
    assert (folder / "profile.json.bak").read_bytes() == original


def test_migration_runs_only_when_the_file_is_old(
    store: ProfileStore, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_profile_folder(data_dir, "sam", "profile_v0.json")
    calls: list[int] = []
    real_migrate = store_module.migrate

    def counting_migrate(*args: Any, **kwargs: Any) -> dict[str, Any]:
        calls.append(1)
        return real_migrate(*args, **kwargs)

    monkeypatch.setattr(store_module, "migrate", counting_migrate)
    store.open("sam")
    assert len(calls) == 1
    ProfileStore(data_dir).open("sam")
    assert len(calls) == 1


def test_v0_ritual_words_map_to_step_ids_and_unknown_words_are_dropped() -> None:
    new = profile_v0_to_v1({"version": 0, "ritual": "Hugs and a Blow-Kiss; cartwheel, thumbs up / hug"})

    assert new["ritual"] == ["hug", "blow_kiss", "thumbs_up"]


def test_v0_pickup_after_outside_the_default_day_is_added_just_before_pickup() -> None:
    new = profile_v0_to_v1({"version": 0, "pickup_after": "Music Time"})

    profile = Profile.model_validate(new)
    assert profile.pickup_after == "music_time"
    assert profile.schedule[-2:] == ["music_time", "pickup"]
    # v1 allows eight cards; the default day has eight, so one (nap) makes room.
    assert len(profile.schedule) == 8
    assert "nap" not in profile.schedule


def test_v0_with_every_key_missing_becomes_the_default_profile() -> None:
    assert Profile.model_validate(migrate({"version": 0}, PROFILE_MIGRATIONS, PROFILE_SCHEMA_VERSION)) == Profile()


def test_v0_unknown_place_and_animal_fall_back_to_defaults_and_long_names_are_shortened() -> None:
    new = profile_v0_to_v1(
        {"version": 0, "place": "the moon", "buddy_animal": "dragon", "child_name": "Bartholomew Maximilian Fitzgerald"}
    )

    profile = Profile.model_validate(new)
    assert profile.place == Profile().place
    assert profile.buddy.animal == Profile().buddy.animal
    assert profile.child.name == "Bartholomew Maximilian F"


def test_v0_with_wrong_types_is_treated_as_damaged(store: ProfileStore, data_dir: Path) -> None:
    with pytest.raises(MigrationError):
        profile_v0_to_v1({"version": 0, "child_name": 7})

    folder = data_dir / "profiles" / "sam"
    folder.mkdir(parents=True)
    (folder / "profile.json").write_text('{"version": 0, "ritual": {"hug": true}}')
    child = store.open("sam")

    assert child.profile == Profile()
    assert len(list(folder.glob("profile.json.corrupt-*"))) == 1
    assert kinds(store.take_notices()) == ["reset"]


def test_migrate_refuses_a_newer_version_and_a_missing_step_and_leaves_the_input_alone() -> None:
    with pytest.raises(NewerVersionError):
        migrate({"schema_version": 3}, PROFILE_MIGRATIONS, 1)
    with pytest.raises(MissingMigrationStepError):
        migrate({"schema_version": 0}, {}, 1)

    old: dict[str, Any] = {"version": 0, "child_name": "Sam"}
    migrate(old, PROFILE_MIGRATIONS, 1)
    assert old == {"version": 0, "child_name": "Sam"}


def test_migrate_climbs_the_ladder_one_step_at_a_time() -> None:
    ladder = {
        0: lambda data: {**data, "schema_version": 1, "steps": ["0->1"]},
        1: lambda data: {**data, "schema_version": 2, "steps": [*data["steps"], "1->2"]},
    }

    assert migrate({"schema_version": 0}, ladder, 2)["steps"] == ["0->1", "1->2"]
    assert migrate({"schema_version": 2, "steps": []}, ladder, 2) == {"schema_version": 2, "steps": []}


# --- profiles, ids and the last profile -------------------------------------------------


def test_profile_ids_are_safe_folder_names_even_for_non_latin_names() -> None:
    assert profile_id_from_name("Zoë Ángel") == "zoe-angel"
    assert profile_id_from_name("  Sam!! ") == "sam"
    assert profile_id_from_name("Con") == "con-child"
    chinese, russian, other_russian = (profile_id_from_name(name) for name in ("李雷", "Саша", "Маша"))
    assert len({chinese, russian, other_russian}) == 3
    for profile_id in (chinese, russian, other_russian, profile_id_from_name("../../etc"), profile_id_from_name("")):
        assert profile_id
        assert is_safe_profile_id(profile_id)
    assert default_data_dir().name == "dropoff-buddy"


def test_unsafe_profile_id_never_leaves_the_profiles_folder(store: ProfileStore, data_dir: Path) -> None:
    child = store.open("../../escape")

    assert child.folder.parent == data_dir / "profiles"
    assert not (data_dir.parent / "escape").exists()


def test_created_profiles_get_their_names_and_unique_ids(store: ProfileStore) -> None:
    first = store.create_profile("Sam")
    second = store.create_profile("Sam")
    third = store.create_profile("李雷")

    assert first.profile.child.name == second.profile.child.name == "Sam"
    assert first.profile.child.look == Profile().child.look
    assert (first.profile_id, second.profile_id) == ("sam", "sam-2")
    assert store.list_profiles() == sorted(["sam", "sam-2", third.profile_id])
    assert store.open("sam-2").profile.child.name == "Sam"


def test_create_profile_tidies_long_or_blank_names_instead_of_failing(store: ProfileStore) -> None:
    long_name = store.create_profile("Bartholomew   Maximilian Fitzgerald")
    blank = store.create_profile("   ")

    assert long_name.profile.child.name == "Bartholomew Maximilian F"
    assert blank.profile.child.name == Profile().child.name
    assert is_safe_profile_id(blank.profile_id)
    assert store.open(long_name.profile_id).profile.child.name == "Bartholomew Maximilian F"


def test_deleted_profile_is_gone_and_forgotten_as_last(store: ProfileStore, data_dir: Path) -> None:
    child = saved_sam(store)
    assert store.remember_last_profile(child.profile_id)

    assert store.delete_profile(child.profile_id)

    assert store.list_profiles() == []
    assert store.last_profile_id() is None
    assert not any((data_dir / "profiles").iterdir())
    assert store.delete_profile(child.profile_id) is False


def test_last_profile_is_remembered_across_launches(store: ProfileStore, data_dir: Path) -> None:
    assert store.last_profile_id() is None
    child = store.create_profile("Sam")

    assert store.remember_last_profile(child.profile_id)

    assert ProfileStore(data_dir).last_profile_id() == "sam"
    assert json.loads((data_dir / "app.json").read_text())["schema_version"] == 1


def test_damaged_app_file_is_kept_aside_and_forgets_the_last_profile(store: ProfileStore, data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "app.json").write_text("{{{")

    assert store.last_profile_id() is None
    assert [path.read_text() for path in data_dir.glob("app.json.corrupt-*")] == ["{{{"]
    assert kinds(store.take_notices()) == ["reset"]
    assert store.remember_last_profile(DEFAULT_PROFILE_ID)


def test_newer_app_file_is_left_untouched(store: ProfileStore, data_dir: Path) -> None:
    data_dir.mkdir()
    newer = b'{"schema_version": 5, "last_profile_id": "sam"}'
    (data_dir / "app.json").write_bytes(newer)

    assert store.last_profile_id() is None
    assert store.remember_last_profile("sam") is False
    assert (data_dir / "app.json").read_bytes() == newer
    assert kinds(store.take_notices()) == ["newer_version"]


def test_take_notices_returns_each_notice_once(store: ProfileStore, data_dir: Path) -> None:
    child = saved_sam(store)
    (child.folder / "profile.json").write_bytes(b"")

    store.open(child.profile_id)

    assert len(store.take_notices()) == 1
    assert store.take_notices() == []


# --- one running copy at a time ---------------------------------------------------------


@pytest.fixture
def held_lock(data_dir: Path) -> Iterator[InstanceLock]:
    lock = InstanceLock(data_dir)
    assert lock.acquire()
    assert lock.held
    yield lock
    lock.release()


def test_second_lock_on_the_same_folder_fails_while_the_first_is_held(held_lock: InstanceLock, data_dir: Path) -> None:
    second = InstanceLock(data_dir)

    assert second.acquire() is False
    assert not second.held


def test_second_process_cannot_take_the_lock_while_it_is_held(held_lock: InstanceLock, data_dir: Path) -> None:
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from dropoff_buddy.storage.instance_lock import InstanceLock
        print(InstanceLock(Path({str(data_dir)!r})).acquire())
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)

    assert result.stdout.strip() == "False"


def test_lock_can_be_taken_again_after_release(data_dir: Path) -> None:
    with InstanceLock(data_dir) as first:
        assert first.acquired
        assert InstanceLock(data_dir).acquire() is False

    second = InstanceLock(data_dir)
    assert second.acquire()
    second.release()
    assert (data_dir / ".lock").exists()


def test_lock_never_blocks_play_when_the_folder_cannot_be_written(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")

    lock = InstanceLock(blocker / "data")

    assert lock.acquire() is True
    assert not lock.held
    lock.release()
