"""A restore cut off part-way (SIGKILL, a power cut) never leaves a family without their data: the
next start finishes it or undoes it, whichever the files on disk allow."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from dropoff_buddy.storage.backup import create_backup, inspect_backup, restore_backup
from dropoff_buddy.storage.store import ProfileStore

NOW = dt.datetime(2026, 11, 20, 8, 15, tzinfo=dt.UTC)


def family(data_dir: Path, name: str, stickers: int) -> None:
    store = ProfileStore(data_dir)
    child = store.create_profile(name)
    from dropoff_buddy.storage.models import StickerEntry

    child.progress.stickers = [StickerEntry(at=NOW, sticker="star") for _ in range(stickers)]
    assert store.save_progress(child)
    store.remember_last_profile(child.profile_id)


@pytest.mark.parametrize(("way", "moved"), [("out", 1), ("in", 0), ("in", 1)])
def test_a_restore_stopped_between_the_moves_leaves_the_old_or_the_new_data_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, way: str, moved: int
) -> None:
    """The restore is stopped after ``moved`` items went ``way`` (out: old data aside; in: new data in)."""
    backup_dir = tmp_path / "backed-up"
    family(backup_dir, "Mia", 7)
    backup = inspect_backup(create_backup(backup_dir, tmp_path, NOW))
    data_dir = tmp_path / "data"
    family(data_dir, "Sam", 3)

    real_replace = os.replace
    calls = {"out": 0, "in": 0}

    def stop_part_way(source: str | Path, target: str | Path) -> None:
        this_way = "in" if ".restore-" in str(source) else "out" if ".before-restore-" in str(target) else ""
        if this_way == way:
            if calls[way] == moved:
                raise SystemExit("killed")  # as if the process died here: no clean-up runs
            calls[way] += 1
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", stop_part_way)
    with pytest.raises(SystemExit):
        restore_backup(backup, data_dir, NOW)
    monkeypatch.setattr(os, "replace", real_replace)

    store = ProfileStore(data_dir)
    names = {store.open(profile_id).profile.child.name for profile_id in store.list_profiles()}
    expected = {"Mia"} if way == "in" and moved >= 1 else {"Sam"}  # once the profiles are in, it is finished
    assert names == expected
    assert any(notice.kind == "recovered" for notice in store.notices)
    assert not [entry.name for entry in data_dir.iterdir() if entry.name.startswith((".restore-", ".before-restore-"))]


def test_a_restore_stopped_while_unpacking_changes_nothing(tmp_path: Path) -> None:
    backup_dir = tmp_path / "backed-up"
    family(backup_dir, "Mia", 7)
    data_dir = tmp_path / "data"
    family(data_dir, "Sam", 3)
    staging = data_dir / ".restore-20261120T081500"
    shutil.copytree(backup_dir / "profiles", staging / "profiles")  # unpacked, but never marked complete
    store = ProfileStore(data_dir)
    assert [store.open(profile_id).profile.child.name for profile_id in store.list_profiles()] == ["Sam"]
    assert not staging.exists()
