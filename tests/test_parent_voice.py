"""A grown-up records, imports, plays and deletes their own voice for the child's lines."""

from __future__ import annotations

import math
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

import pygame
import pytest
from tests.kid_drive import Heard, listen

from dropoff_buddy.audio.recorder import NO_MICROPHONE, ScriptedRecorder
from dropoff_buddy.audio.recordings import MAX_SECONDS, RecordingError, RecordingStore
from dropoff_buddy.parent.pages.voice import RECORDER_SERVICE, ParentVoiceScene
from dropoff_buddy.parts.ritual import RitualScene
from dropoff_buddy.playtest import Player


@dataclass(frozen=True)
class _Key:
    key: str


PROMISE = _Key("lines:ritual.promise")
LOVE_YOU = _Key("lines:ritual.love_you")


def _play_the_goodbye(player: Player) -> list[Heard]:
    """Back at home, a child plays the goodbye game up to the grown-up's goodbye at the door."""
    player.ctx.scenes.pop_to_root()
    player.frames(2)
    heard = listen(player)
    player.tap_button("ritual")
    player.tap_button("mode-practice")
    scene = player.top
    assert isinstance(scene, RitualScene)
    for index in range(len(scene.steps)):
        player.run_until(lambda i=index: scene.phase == "prompt" and scene.index == i, timeout=20, dt=0.1)
        if scene.step.kind == "hold":
            player.hold(scene.stage.target_center(), scene.step.hold_seconds + 0.3)
        else:
            player.tap(scene.stage.target_center())
    assert player.run_until(lambda: any(line.key == LOVE_YOU.key for line in heard.heard), timeout=30, dt=0.1)
    return heard.heard


def _open_page(player: Player, recorder: ScriptedRecorder) -> ParentVoiceScene:
    player.ctx.services[RECORDER_SERVICE] = recorder
    assert player.ctx.open_scene("parent-voice")
    player.frames(2)
    scene = player.top
    assert isinstance(scene, ParentVoiceScene)
    return scene


def _write_wav(path: Path, seconds: float, rate: int = 22050) -> Path:
    step = 2 * math.pi * 330 / rate
    samples = array("h", (round(9000 * math.sin(step * i)) for i in range(int(seconds * rate))))
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(samples.tobytes())
    return path


def _drop(player: Player, path: Path) -> None:
    player.frames(1, [pygame.event.Event(pygame.DROPFILE, file=str(path))])


def test_the_parent_area_lists_the_voice_page(player: Player) -> None:
    assert player.ctx.open_scene("parent-home")
    player.frames(1)
    player.tap_button("parent-voice")
    assert player.top.name == "parent-voice"


def test_a_parent_records_the_promise_with_a_level_meter_and_the_child_hears_it(player: Player) -> None:
    recorder = ScriptedRecorder()
    scene = _open_page(player, recorder)
    assert scene.current.line.key == PROMISE.key
    player.tap_button("record")
    assert recorder.recording
    player.wait(2.0)
    assert recorder.level > 0.3  # the meter moves with the voice
    assert recorder.seconds == pytest.approx(2.0, abs=0.1)
    player.tap_button("record")  # now labelled Stop
    assert not recorder.recording
    store = RecordingStore(player.ctx.profile_folder)
    assert store.has(PROMISE.key)
    assert store.seconds(PROMISE.key) == pytest.approx(2.0, abs=0.1)
    assert "Saved" in scene.message
    assert scene.current.recorded and not scene.current.words_changed
    player.tap_button("play")
    assert scene.playing and player.ctx.sound.voice_busy()
    player.tap_button("back")
    heard = _play_the_goodbye(player)  # "Maya hears your recording": at the door, the promise is the parent's
    promise = next(line for line in heard if line.key == PROMISE.key)
    assert promise.source == "recording" and promise.played == store.path(PROMISE.key)


def test_recording_stops_by_itself_after_twenty_seconds(player: Player) -> None:
    recorder = ScriptedRecorder(sample_rate=4000)
    scene = _open_page(player, recorder)
    player.tap_button(f"line:{LOVE_YOU.key}")
    player.tap_button("record")
    player.wait(MAX_SECONDS + 4, dt=0.1)
    assert not recorder.recording
    seconds = RecordingStore(player.ctx.profile_folder).seconds(LOVE_YOU.key)
    assert seconds == pytest.approx(MAX_SECONDS, abs=0.05)
    assert "20 seconds" in scene.message


def test_a_bad_audio_file_is_refused_and_the_old_recording_kept(player: Player, tmp_path: Path) -> None:
    scene = _open_page(player, ScriptedRecorder())
    good = _write_wav(tmp_path / "promise.wav", 1.5)
    _drop(player, good)
    store = RecordingStore(player.ctx.profile_folder)
    before = store.path(PROMISE.key).read_bytes()
    broken = tmp_path / "song.mp3"
    broken.write_bytes(b"this is not an mp3 at all" * 100)
    _drop(player, broken)
    assert "“song.mp3” can't be used: it is not a WAV, OGG or MP3 sound" in scene.message and scene.message_is_problem
    assert store.path(PROMISE.key).read_bytes() == before
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    _drop(player, text)
    assert "not a sound file" in scene.message
    assert store.path(PROMISE.key).read_bytes() == before


def test_a_file_longer_than_twenty_seconds_is_refused(player: Player, tmp_path: Path) -> None:
    scene = _open_page(player, ScriptedRecorder())
    _drop(player, _write_wav(tmp_path / "long.wav", 25.0, rate=8000))
    assert "20 seconds or less" in scene.message
    assert not RecordingStore(player.ctx.profile_folder).has(PROMISE.key)


def test_a_file_is_imported_from_the_music_folder_without_typing(
    player: Player, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    (home / "Music").mkdir(parents=True)
    _write_wav(home / "Music" / "love you.wav", 2.5)
    (home / "Music" / "cover.jpg").write_bytes(b"not a sound")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    scene = _open_page(player, ScriptedRecorder())
    player.tap_button(f"line:{LOVE_YOU.key}")
    player.tap_button("import")
    assert scene.browsing
    player.tap_button("folder:Music")
    assert [path.name for path in scene.files] == ["love you.wav"]
    player.tap_button("file:0")
    assert not scene.browsing
    store = RecordingStore(player.ctx.profile_folder)
    assert store.seconds(LOVE_YOU.key) == pytest.approx(2.5, abs=0.05)
    assert "Added" in scene.message


def test_without_a_microphone_a_kind_message_shows_and_import_still_works(player: Player, tmp_path: Path) -> None:
    scene = _open_page(player, ScriptedRecorder(has_microphone=False))
    assert scene.mic_problem == NO_MICROPHONE
    assert not any(button.name == "record" for button in player.buttons())  # Record is greyed out
    _drop(player, _write_wav(tmp_path / "promise.wav", 1.0))
    assert RecordingStore(player.ctx.profile_folder).has(PROMISE.key)


def test_deleting_a_recording_brings_back_the_computer_voice(player: Player, tmp_path: Path) -> None:
    scene = _open_page(player, ScriptedRecorder())
    _drop(player, _write_wav(tmp_path / "promise.wav", 1.0))
    assert scene.current.recorded
    player.tap_button("delete")
    assert not scene.current.recorded
    assert not RecordingStore(player.ctx.profile_folder).has(PROMISE.key)
    player.tap_button("back")
    heard = _play_the_goodbye(player)
    promise = next(line for line in heard if line.key == PROMISE.key)
    assert promise.source != "recording"


def test_a_recording_made_before_the_pickup_changed_asks_to_be_made_again(player: Player, tmp_path: Path) -> None:
    scene = _open_page(player, ScriptedRecorder())
    _drop(player, _write_wav(tmp_path / "promise.wav", 1.0))
    player.ctx.profile.pickup_after = "lunch"
    scene.refresh()
    assert scene.current.recorded and scene.current.words_changed
    assert scene.current.words == "I'll come back right after lunch."


def test_leaving_mid_recording_keeps_the_old_recording(player: Player, tmp_path: Path) -> None:
    recorder = ScriptedRecorder()
    _open_page(player, recorder)
    _drop(player, _write_wav(tmp_path / "promise.wav", 1.0))
    store = RecordingStore(player.ctx.profile_folder)
    before = store.path(PROMISE.key).read_bytes()
    player.tap_button("record")
    player.wait(1.0)
    player.tap_button("back")
    assert not recorder.recording and recorder.closed
    assert store.path(PROMISE.key).read_bytes() == before


def test_the_sdl_recorder_records_from_the_capture_device(player: Player) -> None:
    """SDL's dummy driver offers a capture device that hears silence: enough to run the real path."""
    import time

    from dropoff_buddy.audio.recorder import SdlRecorder

    recorder = SdlRecorder()
    assert recorder.microphone_problem() is None
    assert recorder.start()
    deadline = time.monotonic() + 5
    while recorder.seconds < 0.2 and time.monotonic() < deadline:
        time.sleep(0.02)
        recorder.update(0.02)
    take = recorder.stop()
    assert take is not None and take.seconds >= 0.2
    assert recorder.level == 0.0  # silence on the dummy device
    with pytest.raises(RecordingError, match="too short"):
        RecordingStore(player.ctx.profile_folder).save_take(PROMISE.key, "x", take.samples[:100], take.sample_rate)


def test_quiet_and_loud_recordings_come_out_at_the_same_moderate_loudness(player: Player, tmp_path: Path) -> None:
    from dropoff_buddy.audio.loudness import VOICE_TARGET_DB, loudness_db

    _open_page(player, ScriptedRecorder())
    store = RecordingStore(player.ctx.profile_folder)
    levels = []
    for name, amplitude in (("quiet.wav", 900), ("loud.wav", 32000)):
        path = tmp_path / name
        step = 2 * math.pi * 330 / 16000
        samples = array("h", (round(amplitude * math.sin(step * i)) for i in range(16000)))
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(16000)
            wav.writeframes(samples.tobytes())
        _drop(player, path)
        with wave.open(str(store.path(PROMISE.key)), "rb") as wav:
            kept = array("h", wav.readframes(wav.getnframes()))
            levels.append(loudness_db(kept, wav.getframerate(), wav.getnchannels()))
    assert levels == [pytest.approx(VOICE_TARGET_DB, abs=0.5)] * 2


def test_a_parent_can_choose_a_line_with_the_keyboard(player: Player) -> None:
    scene = _open_page(player, ScriptedRecorder())
    for _ in range(6):  # Back → Read the story → three groups → the promise → "I love you"
        player.key(pygame.K_TAB)
    player.enter()
    assert scene.current.line.key == LOVE_YOU.key
    focused = scene.buttons.focused
    assert focused is not None and focused.name == f"line:{LOVE_YOU.key}"  # the focus stays put
