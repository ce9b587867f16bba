"""Delete all data means all: afterwards nothing on this computer names the child (the data folder,
the cached speech, and, when the parent says so, the backups and spreadsheets in Documents)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from dropoff_buddy.audio.recordings import RecordingStore
from dropoff_buddy.audio.speech_cache import CACHE_ENV
from dropoff_buddy.audio.voices import LayeredVoice
from dropoff_buddy.parent.pages.data import ParentDataScene
from dropoff_buddy.parts.home_card import HomeCardKeeper
from dropoff_buddy.playtest import Player
from dropoff_buddy.storage.exports import export_history
from image_files import encoded, quadrants
from parent_area_helpers import use_temporary_home, week_of_progress
from parent_helpers import open_parent_page

NAME = "Maya"


@pytest.fixture(autouse=True)
def own_speech_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own speech cache (set before the ``player`` fixture builds the game)."""
    folder = tmp_path / "speech-cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


def everything_under(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        if folder.exists():
            yield from (path for path in folder.rglob("*") if path.is_file() and path.name != ".lock")


def naming_the_child(*folders: Path) -> list[str]:
    """Every file whose name or bytes say the child's name."""
    found = []
    for path in everything_under(*folders):
        if NAME.lower() in path.name.lower() or NAME.encode() in path.read_bytes():
            found.append(str(path))
    return found


def maya_with_everything(player: Player, documents: Path) -> None:
    """Maya's profile, a week of progress, a photo, a recording, a spreadsheet export, a spoken line."""
    ctx = player.ctx
    maya = ctx.store.create_profile(NAME)
    ctx.switch_child(maya)
    ctx.child.progress = week_of_progress(ctx.clock())
    assert ctx.save_progress()
    (ctx.profile_folder / "family-photo.png").write_bytes(encoded(quadrants(), "png"))
    ctx.profile.family_photo = "family-photo.png"
    assert ctx.save_profile()
    RecordingStore(ctx.profile_folder).save_take("lines:ritual.promise", f"Bye {NAME}", bytes(32000), 16000)
    export_history(documents, NAME, ctx.progress, dt.date.today(), None, str, str, str)
    assert HomeCardKeeper(ctx, None).write()  # as the game does when it ends: her home, photo and all


def speak_a_line_naming_the_child(player: Player) -> set[Path]:
    """Say a line with the child's name; returns the cached files of every line naming her so far."""
    voice = player.ctx.narrator.voice
    if not isinstance(voice, LayeredVoice) or voice.worker is None:
        pytest.skip("no speech synthesis here")
    player.ctx.say(player.ctx.content.lines.home.greeting)  # "Good morning, {child}!"
    pending = voice._pending
    if pending is not None:
        assert pending.job.done.wait(30)
    if voice.worker.available is False:
        pytest.skip("espeak-ng cannot load here")
    jobs = list(voice.worker._jobs.values())
    return {job.path for job in jobs if job.path is not None and NAME in job.text}


def test_delete_all_data_leaves_nothing_that_names_the_child(
    player: Player, data_dir: Path, own_speech_cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = use_temporary_home(monkeypatch, tmp_path)
    maya_with_everything(player, documents)
    her_lines = speak_a_line_naming_the_child(player)
    open_parent_page(player, "parent-data")
    player.tap_button("backup")
    assert her_lines and all(path.is_file() for path in her_lines), "her spoken lines are in the cache"
    assert naming_the_child(data_dir, documents)  # the search finds her before the delete

    player.tap_button("delete")
    player.tap_button("continue")
    player.tap_button("delete-now")
    page = player.top
    assert isinstance(page, ParentDataScene) and page.step == "delete-files"
    words = page._saved_files_words()
    saved = sorted(path.name for path in documents.iterdir())
    assert any(name.endswith(".zip") for name in saved) and any(name.endswith(".csv") for name in saved)
    assert all(name in words for name in saved)  # the backup and the spreadsheets, each listed by name
    player.tap_button("delete-files-now")

    assert page.step == "main" and page.message_ok and "Everything was deleted" in page.message
    assert naming_the_child(data_dir, own_speech_cache, documents) == []
    assert not any(path.exists() for path in her_lines)
    assert not (data_dir / "home-card").exists(), "the picture of her home (with the family photo) is still there"
    assert list(documents.iterdir()) == []
    assert player.ctx.profile.child.name == "Little One" and player.ctx.store.list_profiles() == ["default"]


def test_the_parent_may_keep_the_files_they_saved(
    player: Player, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = use_temporary_home(monkeypatch, tmp_path)
    maya_with_everything(player, documents)
    open_parent_page(player, "parent-data")
    player.tap_button("backup")
    saved = sorted(documents.iterdir())
    player.tap_button("delete")
    player.tap_button("continue")
    player.tap_button("delete-now")
    player.enter()  # Enter on a question always means the safe answer
    page = player.top
    assert isinstance(page, ParentDataScene) and page.step == "main"
    assert f"The {len(saved)} files you saved in" in page.message and "were kept" in page.message
    assert sorted(documents.iterdir()) == saved
    assert naming_the_child(data_dir) == []
