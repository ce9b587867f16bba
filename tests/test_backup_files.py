"""The backup file itself: what goes in, what is refused, and a restore that fails halfway changes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from dropoff_buddy.storage import backup as backup_module
from dropoff_buddy.storage.backup import (
    BackupError,
    child_to_open,
    create_backup,
    inspect_backup,
    list_backups,
    restore_backup,
)
from dropoff_buddy.storage.models import PROFILE_SCHEMA_VERSION
from dropoff_buddy.storage.store import ProfileStore
from image_files import encoded, quadrants
from parent_area_helpers import data_snapshot

FIXTURES = Path(__file__).parent / "fixtures"
NOW = dt.datetime(2026, 11, 20, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def family(data_dir: Path) -> ProfileStore:
    store = ProfileStore(data_dir)
    sam = store.create_profile("Sam")
    (sam.folder / "family-photo.png").write_bytes(encoded(quadrants(), "png"))
    store.create_profile("Mia")
    store.remember_last_profile(sam.profile_id)
    return store


def zip_of(path: Path, members: dict[str, bytes], *, symlinks: tuple[str, ...] = ()) -> Path:
    manifest = {
        "schema_version": 1,
        "app": "dropoff-buddy",
        "app_version": "0.1.0",
        "created_at": NOW.isoformat(),
        "files": [
            {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in sorted(members.items())
        ],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            if name in symlinks:
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, data)
        archive.writestr("manifest.json", json.dumps(manifest))
    path.write_bytes(buffer.getvalue())
    return path


def test_a_backup_holds_the_data_but_not_the_stores_safety_copies(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    store = family(data_dir)
    sam = store.open("sam")
    store.save_progress(sam)  # leaves progress.json.bak behind
    (sam.folder / "profile.json.corrupt-20260101T000000Z").write_text("{", encoding="utf-8")
    path = create_backup(data_dir, tmp_path, NOW)
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
    assert {
        "manifest.json",
        "app.json",
        "profiles/sam/profile.json",
        "profiles/sam/progress.json",
        "profiles/sam/family-photo.png",
        "profiles/mia/profile.json",
    } <= names
    assert not [name for name in names if name.endswith(".bak") or ".corrupt-" in name]
    assert path.name == "dropoff-buddy-backup-2026-11-20-0815.zip"
    assert [listing.path for listing in list_backups(tmp_path)] == [path]


def test_an_old_format_profile_in_a_backup_is_accepted_and_upgraded_on_load(tmp_path: Path) -> None:
    old = (FIXTURES / "profile_v0.json").read_bytes()
    path = zip_of(tmp_path / "old.zip", {"profiles/sam/profile.json": old})
    checked = inspect_backup(path)
    assert [child.profile_id for child in checked.children] == ["sam"]
    data_dir = tmp_path / "data"
    restore_backup(checked, data_dir, NOW)
    child = ProfileStore(data_dir).open("sam")
    assert child.profile.schema_version == PROFILE_SCHEMA_VERSION and child.profile.setup_done


@pytest.mark.parametrize(
    ("members", "symlinks", "problem"),
    [
        ({"/etc/cron.d/evil": b"x", "profiles/sam/profile.json": b"{}"}, (), "unsafe_path"),
        ({"profiles/sam/..\\..\\evil.bat": b"x"}, (), "unsafe_path"),
        ({"profiles/sam/link.png": b"/etc/passwd"}, ("profiles/sam/link.png",), "unsafe_path"),
        ({"notes.txt": b"hello"}, (), "unsafe_path"),
        ({"app.json": json.dumps({"schema_version": 1, "last_profile_id": None}).encode()}, (), "empty"),
    ],
)
def test_odd_members_are_refused_before_anything_is_unpacked(
    tmp_path: Path, members: dict[str, bytes], symlinks: tuple[str, ...], problem: str
) -> None:
    path = zip_of(tmp_path / "odd.zip", members, symlinks=symlinks)
    with pytest.raises(BackupError) as caught:
        inspect_backup(path)
    assert caught.value.problem == problem
    assert "Nothing was changed" in caught.value.message


def test_a_zip_without_a_manifest_is_not_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "holiday-photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("beach.jpg", b"\xff\xd8" + bytes(100))
    with pytest.raises(BackupError) as caught:
        inspect_backup(path)
    assert caught.value.problem == "no_manifest"


def test_a_restore_that_fails_halfway_puts_everything_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source_dir, data_dir = tmp_path / "source", tmp_path / "data"
    family(source_dir)
    checked = inspect_backup(create_backup(source_dir, tmp_path, NOW))
    store = ProfileStore(data_dir)
    store.create_profile("Ada")
    store.remember_last_profile("ada")
    before = data_snapshot(data_dir)

    real_replace = os.replace
    calls = {"count": 0}

    def flaky_replace(source: object, target: object) -> None:
        calls["count"] += 1
        if calls["count"] == 4:  # the restored folders are half in place
            raise OSError(28, "No space left on device")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_module.os, "replace", flaky_replace)
    with pytest.raises(BackupError) as caught:
        restore_backup(checked, data_dir, NOW)
    monkeypatch.undo()
    assert caught.value.problem == "restore_failed" and "Everything is as it was" in caught.value.message
    assert data_snapshot(data_dir) == before
    assert not [path.name for path in data_dir.iterdir() if path.name.startswith((".restore-", ".before-restore-"))]


def test_after_a_restore_the_child_who_played_last_in_the_backup_is_opened(tmp_path: Path) -> None:
    source_dir = tmp_path / "source"
    store = family(source_dir)
    store.remember_last_profile("mia")
    checked = inspect_backup(create_backup(source_dir, tmp_path, NOW))
    assert child_to_open(checked, "ada") == "mia"
    assert [child.name for child in checked.children] == ["Mia", "Sam"]
    without_note = zip_of(
        tmp_path / "no-note.zip",
        {
            "profiles/sam/profile.json": (source_dir / "profiles" / "sam" / "profile.json").read_bytes(),
            "profiles/mia/profile.json": (source_dir / "profiles" / "mia" / "profile.json").read_bytes(),
        },
    )
    checked = inspect_backup(without_note)
    assert child_to_open(checked, "sam") == "sam"  # the child playing now, if the backup has them
    assert child_to_open(checked, "ada") == "mia"  # otherwise the first in the backup
