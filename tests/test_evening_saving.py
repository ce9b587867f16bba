"""Saving the evening answers: version-1 files (written before evenings existed) load and are
upgraded once; evening times are always timezone-aware; a hand-edited time never breaks a file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from dropoff_buddy.storage.models import (
    PROFILE_SCHEMA_VERSION,
    PROGRESS_SCHEMA_VERSION,
    ActivityAnswer,
    EveningEntry,
)
from dropoff_buddy.storage.store import ProfileStore
from old_saves import FIXTURES, old_profile_folder


def old_family(data_dir: Path) -> Path:
    """A profile folder as a version-1 game wrote it (profile and progress, no evenings yet)."""
    return old_profile_folder(data_dir, "sam", "profile_v1.json", "progress_v1.json")


def test_a_version_1_family_loads_with_everything_kept_and_no_evenings_yet(tmp_path: Path) -> None:
    folder = old_family(tmp_path)
    old_progress = json.loads((FIXTURES / "progress_v1.json").read_text())
    store = ProfileStore(tmp_path)
    child = store.open("sam")
    assert store.take_notices() == []  # nothing damaged, nothing to tell
    assert child.profile.child.name == "Maya" and child.profile.pickup_after == "snack"
    assert child.profile.settings.evening_after_pickup is False
    assert child.profile.settings.evening_from_hour == 15
    assert child.profile.about_me.helps is None and child.profile.about_me.tricky_on is None
    assert [entry.feeling for entry in child.progress.feelings] == ["sad", "happy"]
    assert child.progress.feelings[0].tricky == ["goodbye", "nap"]
    assert len(child.progress.stickers) == len(old_progress["stickers"]) == 1
    assert child.progress.evenings == []
    # Upgraded once on disk; the version-1 file stays as the safety copy.
    assert json.loads((folder / "progress.json").read_text())["schema_version"] == PROGRESS_SCHEMA_VERSION == 2
    assert json.loads((folder / "profile.json").read_text())["schema_version"] == PROFILE_SCHEMA_VERSION == 5
    assert json.loads((folder / "progress.json.bak").read_text())["schema_version"] == 1


def test_an_evening_is_saved_with_its_time_zone_and_read_back_the_same(tmp_path: Path) -> None:
    old_family(tmp_path)
    store = ProfileStore(tmp_path)
    child = store.open("sam")
    at = dt.datetime(2026, 12, 1, 17, 40, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    answers = [ActivityAnswer(card="arrive", answer="sad"), ActivityAnswer(card="nap", answer="skip")]
    child.progress.evenings = [EveningEntry(at=at, answers=answers, best="snack")]
    assert store.save_progress(child)
    saved = json.loads((child.folder / "progress.json").read_text())
    assert saved["evenings"][0]["at"] == "2026-12-01T17:40:00-05:00"
    again = ProfileStore(tmp_path).open("sam").progress.evenings[0]
    assert again.at == at and again.at.utcoffset() == dt.timedelta(hours=-5)
    assert [(item.card, item.answer) for item in again.answers] == [("arrive", "sad"), ("nap", "skip")]
    assert again.best == "snack"


def test_a_hand_edited_evening_time_without_a_zone_is_read_as_local_time(tmp_path: Path) -> None:
    folder = old_family(tmp_path)
    ProfileStore(tmp_path).open("sam")  # upgrade to version 2
    data = json.loads((folder / "progress.json").read_text())
    data["evenings"] = [{"at": "2026-12-01T17:30:00", "answers": [{"card": "snack", "answer": "happy"}]}]
    (folder / "progress.json").write_text(json.dumps(data))
    store = ProfileStore(tmp_path)
    evening = store.open("sam").progress.evenings[0]
    assert store.take_notices() == []
    assert evening.at.tzinfo is not None
    assert evening.at.astimezone().replace(tzinfo=None) == dt.datetime(2026, 12, 1, 17, 30)
