"""Sound assets (made by tools/make_sounds.py) and the SoundBoard mixer layer, headless."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import importlib.util
import itertools
import logging
import math
import subprocess
import sys
import textwrap
import wave
from array import array
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pygame
import pytest

from dropoff_buddy.audio.sound import DUCK_FACTOR, MUSIC_CHANNELS, VOICE_CHANNEL, SoundBoard
from dropoff_buddy.playtest import start_game
from dropoff_buddy.storage.models import SoundSettings

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
SCRIPT = ROOT / "tools" / "make_sounds.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_sounds", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_sounds", module)
    spec.loader.exec_module(module)
    return module


make_sounds = _load_script()


def _read(path: Path) -> tuple[list[float], int, int, int]:
    """(samples in -1..1, rate, channels, sample width) of a WAV file."""
    with wave.open(str(path), "rb") as wav:
        rate, channels, width = wav.getframerate(), wav.getnchannels(), wav.getsampwidth()
        frames = wav.readframes(wav.getnframes())
    data = array("h", frames)
    if sys.byteorder == "big":
        data.byteswap()
    return [v / 32767.0 for v in data], rate, channels, width


def _db(value: float) -> float:
    return 20.0 * math.log10(value) if value > 0 else -math.inf


def _loudness_db(x: list[float], rate: int) -> float:
    """RMS of the loudest 300 ms window (independent of the script's own measure)."""
    window = min(len(x), round(0.3 * rate))
    squares = [v * v for v in x]
    running = sum(squares[:window])
    best = running
    for i in range(window, len(x)):
        running += squares[i] - squares[i - window]
        best = max(best, running)
    return _db(math.sqrt(max(best, 0.0) / window))


# ------------------------------------------------------------------------------------------
# the files


def test_effect_names_match_the_script() -> None:
    assert set(SoundBoard.EFFECT_NAMES) == set(make_sounds.EFFECTS)
    assert len(SoundBoard.EFFECT_NAMES) == len(set(SoundBoard.EFFECT_NAMES))
    assert set(SoundBoard.MUSIC_NAMES) == set(make_sounds.SONGS)


@pytest.mark.parametrize("name", SoundBoard.EFFECT_NAMES)
def test_effect_file_is_a_soft_consistent_wav(name: str) -> None:
    path = ASSETS / "sounds" / f"{name}.wav"
    assert path.is_file(), f"{path} is missing: run python tools/make_sounds.py"
    x, rate, channels, width = _read(path)
    assert (rate, channels, width) == (44100, 1, 2)
    seconds = len(x) / rate
    spec = make_sounds.EFFECTS[name]
    assert 0.03 <= seconds <= spec.max_seconds
    if name not in {"sticker_fanfare", "heart_fill", "breathe_in", "breathe_out"}:
        assert seconds <= 1.2
    # Never a sudden loud sound: peak at most -3 dBFS.
    assert _db(max(abs(v) for v in x)) <= -3.0
    # Consistent loudness: on target (an effect may only be trimmed softer, by a few dB).
    assert -5.0 <= spec.trim_db <= 0.0
    loudness = _loudness_db(x, rate)
    assert abs(loudness - (make_sounds.EFFECT_TARGET_DB + spec.trim_db)) <= 0.5, loudness
    assert abs(loudness - make_sounds.EFFECT_TARGET_DB) <= 5.5
    # No clicks at the ends, no DC offset.
    assert abs(x[0]) < 1e-4 and abs(x[-1]) < 1e-4
    assert abs(math.fsum(x) / len(x)) < 2e-4
    fade = round(0.005 * rate)  # at least 5 ms of fade: the first millisecond is still quiet
    assert max(abs(v) for v in x[: fade // 5]) < 0.5 * max(abs(v) for v in x)


def test_presses_are_heard_at_once() -> None:
    for name in ("tap", "press"):
        x, rate, _, _ = _read(ASSETS / "sounds" / f"{name}.wav")
        assert len(x) <= round(0.08 * rate)
        peak_at = max(range(len(x)), key=lambda i: abs(x[i]))
        assert peak_at <= round(0.01 * rate), f"{name} peaks after {peak_at / rate * 1000:.1f} ms"
    tap, _, _, _ = _read(ASSETS / "sounds" / "tap.wav")
    press, _, _, _ = _read(ASSETS / "sounds" / "press.wav")
    assert _loudness_db(press, 44100) < _loudness_db(tap, 44100)  # the pointer-down tick is softer


@pytest.mark.parametrize("name", SoundBoard.MUSIC_NAMES)
def test_music_loop_is_quiet_and_seamless(name: str) -> None:
    path = ASSETS / "music" / f"{name}.wav"
    assert path.is_file(), f"{path} is missing: run python tools/make_sounds.py"
    x, rate, channels, width = _read(path)
    assert (rate, channels, width) == (make_sounds.MUSIC_RATE, 1, 2)
    assert 20.0 <= len(x) / rate <= 30.0
    assert _db(max(abs(v) for v in x)) <= -6.0
    rms = _db(math.sqrt(math.fsum(v * v for v in x) / len(x)))
    assert rms < make_sounds.EFFECT_TARGET_DB - 4.0  # music sits under the effects
    assert abs(math.fsum(x) / len(x)) < 1e-4
    # The loop join is no bigger a step (nor a bend) than the music makes anywhere else.
    steps = max(abs(b - a) for a, b in itertools.pairwise(x))
    bends = max(abs(c - 2 * b + a) for a, b, c in zip(x, x[1:], x[2:], strict=False))
    assert abs(x[0] - x[-1]) <= steps
    assert abs(x[0] - 2 * x[-1] + x[-2]) <= bends
    assert abs(x[1] - 2 * x[0] + x[-1]) <= bends


def test_assets_stay_small() -> None:
    total = sum(p.stat().st_size for folder in ("sounds", "music") for p in (ASSETS / folder).glob("*.wav"))
    assert total < 8 * 1024 * 1024


def test_script_is_deterministic_and_matches_the_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("tap", "press", "pop"):
        first = make_sounds.wav_bytes(make_sounds.render_effect(name))
        second = make_sounds.wav_bytes(make_sounds.render_effect(name))
        assert first == second
        assert first == (ASSETS / "sounds" / f"{name}.wav").read_bytes(), f"{name}.wav is stale: rerun the script"
    assert make_sounds.main(["--only", "tap", "--only", "soft_no", "--out", str(tmp_path)]) == 0
    for name in ("tap", "soft_no"):
        assert (tmp_path / f"{name}.wav").read_bytes() == (ASSETS / "sounds" / f"{name}.wav").read_bytes()
    assert "tap" in capsys.readouterr().out


# ------------------------------------------------------------------------------------------
# the SoundBoard


@pytest.fixture
def board() -> Iterator[SoundBoard]:
    assert SoundBoard.init_mixer(), "the dummy audio driver should open"
    sound_board = SoundBoard(ASSETS, SoundSettings())
    assert sound_board.available, "the dummy audio driver should open"
    yield sound_board
    sound_board.stop_music(0)
    sound_board.stop_voice()
    pygame.mixer.stop()


def test_init_mixer_is_safe_twice() -> None:
    pygame.mixer.quit()
    assert SoundBoard.init_mixer()
    assert SoundBoard.init_mixer()
    config = pygame.mixer.get_init()
    assert config is not None and config[0] == 44100


def test_effects_play_and_unknown_names_are_harmless(board: SoundBoard, caplog: pytest.LogCaptureFixture) -> None:
    for name in board.EFFECT_NAMES:
        board.play(name)
    assert any(pygame.mixer.Channel(i).get_busy() for i in range(3, pygame.mixer.get_num_channels()))
    assert not pygame.mixer.Channel(VOICE_CHANNEL).get_busy()  # effects never take the narration channel
    with caplog.at_level(logging.WARNING, logger="dropoff_buddy.audio.sound"):
        board.play("no_such_sound")
        board.play("no_such_sound")
        board.play("../../etc/passwd")
    assert sum("no_such_sound" in record.getMessage() for record in caplog.records) == 1
    for _ in range(60):  # key mashing: more presses than channels
        board.play("tap")
    board.stop_effect("heart_fill")
    board.stop_effect("never_loaded")


def test_effect_volume_follows_settings(board: SoundBoard) -> None:
    board.preload(["tap", "hint"])
    board.apply_settings(SoundSettings(effects_volume=0.25))
    board.play("tap")
    busy = [pygame.mixer.Channel(i) for i in range(3, pygame.mixer.get_num_channels())]
    sounds = [c.get_sound() for c in busy if c.get_busy()]
    assert sounds and all(abs(s.get_volume() - 0.25) < 0.01 for s in sounds if s is not None)
    board.apply_settings(SoundSettings(effects_volume=0.0))
    pygame.mixer.stop()
    board.play("tap")
    assert not any(c.get_busy() for c in busy)


def test_music_plays_ducks_mutes_and_stops(board: SoundBoard) -> None:
    settings = SoundSettings(music_volume=0.5)
    board.apply_settings(settings)
    board.play_music("calm_morning", fade_ms=0)
    assert board.music_playing == "calm_morning"
    channels = [pygame.mixer.Channel(i) for i in MUSIC_CHANNELS]
    playing = [c for c in channels if c.get_busy()]
    assert len(playing) == 1
    sound = playing[0].get_sound()
    assert sound is not None and abs(sound.get_volume() - 0.5) < 0.01

    board.duck_music(True)
    assert abs(sound.get_volume() - 0.5 * DUCK_FACTOR) < 0.01
    board.duck_music(False)
    assert abs(sound.get_volume() - 0.5) < 0.01

    board.play_music("calm_morning")  # the same track again does not restart it
    assert sum(c.get_busy() for c in channels) == 1
    board.play_music("gentle_day", fade_ms=300)  # cross-fade: both sound for a moment
    assert board.music_playing == "gentle_day"
    assert all(c.get_busy() for c in channels)

    board.apply_settings(settings.model_copy(update={"music_muted": True}))
    assert board.music_playing is None
    board.play_music("calm_morning")  # remembered, not played, while muted
    assert board.music_playing is None
    board.apply_settings(settings)  # unmuting brings the wanted track back
    assert board.music_playing == "calm_morning"

    board.stop_music(fade_ms=0)
    assert board.music_playing is None
    assert not any(c.get_busy() for c in channels)
    board.apply_settings(SoundSettings(music_muted=False))
    assert board.music_playing is None  # stopped music stays stopped
    board.play_music("no_such_song")
    assert board.music_playing is None


def test_voice_channel(board: SoundBoard, tmp_path: Path) -> None:
    channel = board.voice_channel()
    assert isinstance(channel, pygame.mixer.Channel)
    board.apply_settings(SoundSettings(voice_volume=0.5))
    board.play_voice(ASSETS / "sounds" / "chime.wav")
    assert board.voice_busy()
    assert abs(channel.get_volume() - 0.5) < 0.01
    board.stop_voice()
    assert not board.voice_busy()
    board.play_voice(pygame.mixer.Sound(str(ASSETS / "sounds" / "hint.wav")))
    assert board.voice_busy()
    board.play_voice(tmp_path / "missing.wav")  # a bad file is logged, never raised
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF not really")
    board.play_voice(str(broken))


@pytest.mark.parametrize("how", ["forced", "mixer_closed"])
def test_without_a_device_everything_is_silent(how: str, caplog: pytest.LogCaptureFixture) -> None:
    if how == "forced":
        assert SoundBoard.init_mixer()
        board = SoundBoard(ASSETS, SoundSettings())
        board.available = False  # as if the mixer could not open
    else:
        pygame.mixer.quit()  # audio switched off: the mixer is never opened
        board = SoundBoard(ASSETS, SoundSettings())
        assert not board.available
    with caplog.at_level(logging.WARNING, logger="dropoff_buddy.audio.sound"):
        board.play("tap")
        board.play("no_such_sound")
        board.preload()
        board.play_music("calm_morning")
        board.duck_music(True)
        board.apply_settings(SoundSettings(music_muted=True))
        board.stop_music()
        board.play_voice(ASSETS / "sounds" / "hint.wav")
        board.stop_voice()
        board.stop_effect("tap")
    assert board.voice_channel() is None
    assert not board.voice_busy()
    assert board.music_playing is None
    assert any("no_such_sound" in record.getMessage() for record in caplog.records)
    assert SoundBoard.init_mixer()


def test_a_closed_mixer_is_harmless() -> None:
    assert SoundBoard.init_mixer()
    board = SoundBoard(ASSETS, SoundSettings())
    board.play("tap")
    board.play_music("calm_morning", fade_ms=0)
    pygame.mixer.quit()
    try:
        board.play("pop")
        board.play_music("gentle_day")
        board.duck_music(True)
        board.apply_settings(SoundSettings(effects_volume=0.1))
        board.play_voice(ASSETS / "sounds" / "hint.wav")
        assert board.voice_channel() is None
        assert not board.voice_busy()
        board.stop_music()
    finally:
        assert SoundBoard.init_mixer()
    board.play("pop")  # a reopened mixer is picked up again
    board.play_music("gentle_day", fade_ms=0)
    assert board.music_playing == "gentle_day"
    board.stop_music(0)


def test_no_audio_device_at_all(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import os
        os.environ["SDL_AUDIODRIVER"] = "no_such_driver"
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        from pathlib import Path
        from dropoff_buddy.audio.sound import SoundBoard
        from dropoff_buddy.storage.models import SoundSettings
        assert SoundBoard.init_mixer() is False
        assert SoundBoard.init_mixer() is False
        board = SoundBoard(Path({str(ASSETS)!r}), SoundSettings())
        assert board.available is False
        board.play("tap"); board.play("nope"); board.preload()
        board.play_music("calm_morning"); board.duck_music(True); board.stop_music()
        board.apply_settings(SoundSettings(music_muted=True))
        board.play_voice(Path({str(ASSETS)!r}) / "sounds" / "hint.wav")
        assert board.voice_channel() is None and not board.voice_busy()
        board.stop_voice()
        print("silent ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "silent ok" in result.stdout


def test_the_game_halts_every_sound_before_pygame_closes_the_mixer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pygame's mixer quit waits for the audio thread while holding the interpreter lock; a sound
    ending at that moment waits for the lock: the game hangs as it ends (seen in the suite). So the
    game halts every channel first, however the mixer was opened: here by ``pygame.init()`` before
    the game's own ``open_mixer``, as the tour and the tests open it."""
    player = start_game(tmp_path / "data")
    assert pygame.mixer.get_init() is not None
    player.ctx.sound.play("tap")
    halted: list[bool] = []
    real_stop = pygame.mixer.stop

    def stop() -> None:
        halted.append(pygame.mixer.get_init() is not None)  # still open: halted before the close
        real_stop()

    monkeypatch.setattr(pygame.mixer, "stop", stop)
    player.ctx.scenes.clear()
    close_voice = getattr(player.ctx.narrator.voice, "close", None)
    if close_voice is not None:
        close_voice()
    pygame.quit()
    assert halted and halted[0], "pygame.quit() closed the mixer without halting the sounds first"
