"""Read the story in your voice, and "Read to me": a parent records the whole story; the story reads itself."""

from __future__ import annotations

import json
import math
import wave
from array import array
from pathlib import Path

import pygame
from tests.kid_drive import listen, open_from_shelf
from tests.school_day import on_a_school_day

from dropoff_buddy.audio.narration import reading_time
from dropoff_buddy.audio.recorder import ScriptedRecorder
from dropoff_buddy.audio.recordings import RecordingStore
from dropoff_buddy.family_lines import VoiceState
from dropoff_buddy.parent.pages.story_voice import ParentStoryVoiceScene
from dropoff_buddy.parent.pages.voice import RECORDER_SERVICE
from dropoff_buddy.parts.story import READ_TO_ME_PAUSE
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.story.shelf import on_shelf

THINK = 1.0  # seconds a parent takes to find and press the next button


def open_reading(player: Player, recorder: ScriptedRecorder | None = None) -> ParentStoryVoiceScene:
    """The parent area's "Your voice" page, then its big "Read the story in your voice" button."""
    player.ctx.services[RECORDER_SERVICE] = recorder or ScriptedRecorder()
    assert player.ctx.open_scene("parent-voice")
    player.frames(2)
    player.tap_button("read-story")
    player.frames(2)
    scene = player.top
    assert isinstance(scene, ParentStoryVoiceScene)
    return scene


def record_line(player: Player, scene: ParentStoryVoiceScene) -> tuple[int, float]:
    """Record, speak the line at a calm reading pace, Stop (it plays back), listen, Next.

    Returns (taps, seconds the parent spent), counting ``THINK`` seconds for each tap.
    """
    speaking = reading_time(scene.current.words)
    player.tap_button("record")
    player.wait(speaking, dt=0.1)
    player.tap_button("record")  # Stop: kept, and played back at once
    assert scene.playing
    listened = scene.store.seconds(scene.current.item.key) or 0.0
    player.wait(listened, dt=0.1)
    player.tap_button("next")
    return 3, speaking + listened + 3 * THINK


def test_a_parent_reads_each_story_in_under_ten_minutes(player: Player) -> None:
    scene = open_reading(player)
    total = len(scene.lines)
    assert total >= 20  # every page of this family's story, every choice's pages too
    assert (scene.current.item.title, scene.current.words) == ("The title", "A Daycare Day")
    assert scene.picture.page is not None and scene.picture.page.id == "morning"  # the page as the child sees it
    scene.go(1)
    assert scene.current.item.title == "Page 1 (1 of 2)"
    assert scene.current.words == "Today Little One goes to daycare."
    scene.go(-1)
    taps, seconds = 2, 2 * THINK  # "Your voice", then "Read the story in your voice"
    per_story: dict[str, float] = {}  # the shelf's stories come one after another, each from its title
    for _ in range(total):
        story = scene.current.item.story
        more_taps, more_seconds = record_line(player, scene)
        taps, seconds = taps + more_taps, seconds + more_seconds
        per_story[story] = per_story.get(story, 2 * THINK if not per_story else 0.0) + more_seconds
    assert scene.progress == (total, total)
    assert "whole story in your voice" in scene.message
    assert list(per_story) == on_shelf(player.ctx.content.stories, player.ctx.profile)
    for story, spent in per_story.items():
        print(f"\n{story}: {spent / 60:.1f} minutes")
    print(f"every story: {total} lines, {taps} taps, {seconds / 60:.1f} minutes")
    assert all(spent < 10 * 60 for spent in per_story.values())  # each story in under ten minutes
    # The child now hears the parent read every page.
    store = RecordingStore(player.ctx.profile_folder)
    assert all(state.state is VoiceState.PARENT for state in scene.lines)
    player.ctx.scenes.pop_to_root()
    player.frames(2)
    heard = listen(player)
    open_from_shelf(player, "daycare_day")
    for key in ("daycare_day:title", "daycare_day:morning.0"):  # the title, then the first page's words
        assert player.run_until(lambda key=key: any(line.key == key for line in heard.heard), timeout=20)
        first = next(line for line in heard.heard if line.key == key)
        assert first.source == "recording" and first.played == store.path(key)


def test_it_goes_on_where_the_parent_stopped(player: Player) -> None:
    scene = open_reading(player)
    record_line(player, scene)
    record_line(player, scene)
    third = scene.current.item.key
    player.tap_button("back")  # to "Your voice", which shows the new recordings
    assert player.top.name == "parent-voice"
    assert player.top.story_progress == (2, scene.progress[1])  # type: ignore[attr-defined]
    player.tap_button("back")
    again = open_reading(player)
    assert again.current.item.key == third


def test_a_recording_whose_words_changed_is_marked_and_the_parent_is_taken_to_it(player: Player) -> None:
    player.ctx.profile.pickup_after = "snack"
    scene = open_reading(player)
    promise = next(index for index, state in enumerate(scene.lines) if "right after snack" in state.words)
    scene.select(promise)
    record_line(player, scene)
    player.tap_button("back")
    player.tap_button("back")
    player.ctx.profile.pickup_after = "lunch"  # the parent changes when they come back
    player.ctx.save_profile()
    scene = open_reading(player)
    redo = scene.to_redo
    assert [state.words for state in redo] == [scene.lines[promise].words]
    assert "right after lunch" in redo[0].words
    player.tap_button("redo")
    assert scene.selected == promise and "Record it again" in scene.message


def test_a_file_can_be_dropped_in_for_the_line_on_show(player: Player, tmp_path: Path) -> None:
    scene = open_reading(player)
    path = tmp_path / "morning.wav"
    rate = 16000
    samples = array("h", (round(8000 * math.sin(2 * math.pi * 300 * i / rate)) for i in range(rate)))
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(samples.tobytes())
    player.frames(1, [pygame.event.Event(pygame.DROPFILE, file=str(path))])
    assert scene.current.state is VoiceState.PARENT
    assert scene.progress[0] == 1


# -- "Read to me" ---------------------------------------------------------------------------------


def test_read_to_me_is_off_by_default_and_old_profiles_load_with_it_off(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "profiles" / "default"
    folder.mkdir(parents=True)
    old = {"schema_version": 1, "child": {"name": "Ana"}, "settings": {"narration": True}, "setup_done": True}
    (folder / "profile.json").write_text(json.dumps(old), encoding="utf-8")
    player = start_game(tmp_path / "data", clock=on_a_school_day)
    try:
        assert player.ctx.profile.child.name == "Ana"
        assert player.ctx.profile.settings.read_to_me is False
        story = open_from_shelf(player, "daycare_day")
        player.wait(12, dt=0.1)
        assert story.page is not None and story.page.id == "morning"  # waits for the child
    finally:
        player.ctx.scenes.clear()


def test_read_to_me_turns_each_page_after_its_narration_and_taps_still_work(player: Player) -> None:
    settings = player.ctx.profile.settings
    settings.read_to_me = True
    story = open_from_shelf(player, "daycare_day")
    assert story.page is not None and story.page.id == "morning"
    player.run_until(lambda: not player.ctx.narrator.speaking, timeout=30, dt=0.1)
    player.wait(READ_TO_ME_PAUSE + 1.2, dt=0.1)
    assert story.page.id == "door"  # turned by itself
    player.wait(2.0)  # the grown-up and the child have walked up to the door
    player.tap(story.hotspot_center(story.page.hotspots[0]))  # a tap on a picture still answers
    assert player.ctx.narrator.speaking and story.page.id == "door"
    player.wait(0.5)
    player.tap_button("next")  # and the child can still turn the page
    assert story.page.id == "goodbye"
    # Pages that wait for the child never turn by themselves: the goodbye pictures, the choice.
    player.run_until(lambda: story.page is not None and story.page.ritual, timeout=120, dt=0.1)
    page = story.page.id
    player.wait(20, dt=0.25)
    assert story.page.id == page


def test_read_to_me_is_in_the_settings(player: Player) -> None:
    from tests.parent_helpers import come_in, open_settings_page

    player.ctx.profile.setup_done = True
    come_in(player)
    open_settings_page(player, "voice")
    player.tap_button("read_to_me")
    assert player.ctx.profile.settings.read_to_me is True
