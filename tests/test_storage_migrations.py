"""Saving and loading, old files: a profile saved by an older version climbs the migration ladder
to today's format, losing nothing a child made; a file too new or a missing step is refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dropoff_buddy.storage import store as store_module
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
    Profile,
)
from dropoff_buddy.storage.store import ProfileStore
from old_saves import FIXTURES, old_profile_folder
from storage_helpers import kinds

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
