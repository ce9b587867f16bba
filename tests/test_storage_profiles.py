"""Saving and loading, the folder: profile ids, several children, the last profile played, and
only one running copy of the game per data folder."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from dropoff_buddy.storage.instance_lock import InstanceLock
from dropoff_buddy.storage.models import (
    Profile,
)
from dropoff_buddy.storage.paths import (
    DEFAULT_PROFILE_ID,
    default_data_dir,
    is_safe_profile_id,
    profile_id_from_name,
)
from dropoff_buddy.storage.store import ProfileStore

# --- profiles, ids and the last profile -------------------------------------------------
from storage_helpers import kinds, saved_sam


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
