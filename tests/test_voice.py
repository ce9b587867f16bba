"""Narration with real voices: the parent's recording → speech synthesis → captions alone."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import textwrap
import threading
import wave
from array import array
from collections.abc import Iterable
from pathlib import Path

import pytest
from tests.kid_drive import open_from_shelf

from dropoff_buddy.audio.espeak import EspeakEngine, Speech, SpeechUnavailable, VoiceSettings
from dropoff_buddy.audio.narration import CAPTION_LINGER, Narrator, SilentVoice, Spoken
from dropoff_buddy.audio.recordings import RecordingStore
from dropoff_buddy.audio.speech_cache import CACHE_ENV, SpeechCache, wav_bytes
from dropoff_buddy.audio.synthesis import SpeechWorker
from dropoff_buddy.audio.voices import LATE_LIMIT, LayeredVoice
from dropoff_buddy.context import GameContext
from dropoff_buddy.playtest import Player
from parent_helpers import family_says

ROOT = Path(__file__).resolve().parent.parent


def _espeak_or_skip() -> None:
    try:
        EspeakEngine.load()
    except SpeechUnavailable as error:
        pytest.skip(f"espeak-ng cannot load on this platform: {error}")


def _voice(player: Player) -> LayeredVoice:
    voice = player.ctx.narrator.voice
    assert isinstance(voice, LayeredVoice)
    return voice


def _tone(seconds: float, rate: int = 16000, frequency: float = 220.0) -> bytes:
    step = 2 * math.pi * frequency / rate
    samples = array("h", (round(12000 * math.sin(step * i)) for i in range(int(seconds * rate))))
    return samples.tobytes()


class GatedEngine:
    """A speech engine that renders only when the test opens the gate (a slow machine, on demand)."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()
        self.texts: list[str] = []

    def synthesise(self, text: str, voice: VoiceSettings) -> Speech:
        self.texts.append(text)
        self.started.set()
        assert self.gate.wait(10), "the test never opened the gate"
        return Speech(_tone(1.5, 22050), 22050)


def _gated_voice(player: Player, tmp_path: Path) -> tuple[LayeredVoice, GatedEngine]:
    engine = GatedEngine()
    worker = SpeechWorker(SpeechCache(tmp_path / "gated-cache"), lambda: engine, tag="gated")
    voice = LayeredVoice(
        player.ctx.sound,
        lambda: RecordingStore(player.ctx.profile_folder, player.ctx.language.code),
        worker,
        lambda: VoiceSettings(language=player.ctx.language.espeak),
    )
    player.ctx.narrator.stop()
    player.ctx.narrator.voice = voice
    return voice, engine


# ------------------------------------------------------------------------------------------
# the narration queue


class CountingVoice:
    """Speaks every line for exactly its number of words in seconds, and remembers what it did."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def prepare(self, lines: Iterable[Spoken]) -> None:
        self.calls.extend(f"prepare {line.key}" for line in lines)

    def start(self, line: Spoken) -> float | None:
        self.calls.append(f"start {line.key}")
        return float(len(line.text.split()))

    def stop(self) -> None:
        self.calls.append("stop")

    def poll(self, dt: float) -> float | None:
        return None


def test_lines_play_in_order_and_a_new_line_cuts_the_old_one(context: GameContext) -> None:
    voice = CountingVoice()
    narrator = Narrator(voice, on_speaking=context.sound.duck_music)
    narrator.say("one two", key="a")
    narrator.then("three four five", key="b")
    narrator.then("six", key="c")
    assert narrator.caption == "one two"
    assert context.sound.music_ducked
    for _ in range(round((2 + CAPTION_LINGER) * 30) + 1):
        narrator.update(1 / 30)
    assert narrator.caption == "three four five"
    narrator.say("cut", key="d")  # cuts b and forgets c
    assert voice.calls[-2:] == ["stop", "start d"]
    assert narrator.caption == "cut"
    for _ in range(round((1 + CAPTION_LINGER) * 30) + 2):
        narrator.update(1 / 30)
    assert narrator.caption is None
    assert [line.key for line in narrator.history] == ["a", "b", "d"]
    assert not context.sound.music_ducked


# ------------------------------------------------------------------------------------------
# voices, in order


def _tap_the_buddy(player: Player) -> None:
    """A child taps the big buddy on home: it giggles and says hello (``lines:home.buddy_tap``)."""
    scene = player.top
    assert scene.name == "home"
    player.tap(scene.buddy_center)  # type: ignore[attr-defined]


def test_a_parent_recording_overrides_synthesis(player: Player) -> None:
    ctx = player.ctx
    line = ctx.content.lines.home.buddy_tap
    words = ctx.line_words(line)
    RecordingStore(ctx.profile_folder).save_take(line.key, words, _tone(2.0), 16000)
    _tap_the_buddy(player)
    voice = _voice(player)
    assert voice.source == "recording"
    assert voice.played == RecordingStore(ctx.profile_folder).path(line.key)
    assert ctx.sound.voice_busy()
    assert ctx.narrator.caption == words  # the caption still shows the words


def test_a_recording_of_words_that_changed_is_not_played(player: Player) -> None:
    ctx = player.ctx
    promise = ctx.content.lines.my_day.promise
    RecordingStore(ctx.profile_folder).save_take(promise.key, ctx.line_words(promise), _tone(1.0), 16000)
    ctx.profile.pickup_after = "lunch"  # the old recording now says the wrong activity
    player.tap_button("my-day")  # the day opens with its line, then the promise
    assert player.run_until(lambda: ctx.narrator.current is not None and ctx.narrator.current.key == promise.key)
    assert _voice(player).source != "recording"
    assert ctx.narrator.caption == "Mommy comes back right after lunch."


def test_a_recording_is_only_played_in_the_language_it_was_made_in(player: Player) -> None:
    """A bilingual family records in English and in Spanish: each plays for its own language only,
    even when the words of a line happen to be the same letters in both."""
    ctx = player.ctx
    line = ctx.content.lines.home.buddy_tap
    english = RecordingStore(ctx.profile_folder, "en-US")
    english.save_take(line.key, ctx.line_words(line), _tone(2.0), 16000)
    ctx.profile.settings.language = "es"
    ctx.apply_settings()
    spanish_words = ctx.line_words(line)
    assert spanish_words == "¡Ji, ji! ¡Hola, Little One! Soy Buddy."
    english.save_take(line.key, spanish_words, _tone(2.0), 16000)  # same letters, recorded as English
    _tap_the_buddy(player)
    assert _voice(player).source != "recording"  # never an English recording for a Spanish line
    assert ctx.narrator.caption == spanish_words
    spanish = RecordingStore(ctx.profile_folder, "es")
    spanish.save_take(line.key, spanish_words, _tone(1.5), 16000)
    player.wait(3.0)
    _tap_the_buddy(player)
    assert _voice(player).source == "recording" and _voice(player).played == spanish.path(line.key)
    assert spanish.path(line.key).parent.name == "es"
    ctx.profile.settings.language = "en-US"  # back to English: the English recording is still there
    english.save_take(line.key, ctx.line_words(line), _tone(2.0), 16000)
    player.wait(3.0)
    _tap_the_buddy(player)
    assert _voice(player).played == english.path(line.key)


def test_a_missing_recording_falls_back_to_synthesis(player: Player) -> None:
    _espeak_or_skip()
    ctx = player.ctx
    voice = _voice(player)
    assert voice.worker is not None
    line = ctx.content.lines.home.buddy_tap
    job = voice.worker.request(ctx.line_words(line), VoiceSettings(language="en-us"))
    assert job.done.wait(20) and job.ready
    _tap_the_buddy(player)
    player.frames(1)
    assert voice.source == "synthesis"
    assert ctx.sound.voice_busy()


def test_without_speech_synthesis_lines_are_captions_alone(
    player: Player, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    def broken() -> EspeakEngine:
        raise SpeechUnavailable("no espeak-ng data")

    ctx = player.ctx
    worker = SpeechWorker(SpeechCache(tmp_path / "cache"), broken, tag="broken")
    voice = LayeredVoice(ctx.sound, lambda: RecordingStore(ctx.profile_folder), worker, VoiceSettings)
    ctx.narrator.voice = voice
    ctx.narrator.say("A line no one has heard before.", "test:one")
    assert worker.wait_idle(10)
    player.wait(0.5)
    assert worker.available is False
    ctx.narrator.say("Another new line.", "test:two")  # fails at once now: captions, no waiting
    assert not voice.waiting and voice.source is None
    assert ctx.narrator.caption == "Another new line."
    player.wait(5)
    assert ctx.narrator.caption is None
    assert [r.getMessage() for r in caplog.records].count(
        "no speech synthesis (no espeak-ng data); lines will be shown as captions"
    ) == 1


def test_espeak_reports_a_missing_library_instead_of_crashing(monkeypatch: pytest.MonkeyPatch) -> None:
    import espeakng_loader

    monkeypatch.setattr(espeakng_loader, "get_library_path", lambda: "/nowhere/libespeak-ng.so")
    with pytest.raises(SpeechUnavailable, match="cannot load"):
        EspeakEngine.load()


def test_synthesis_speaks_a_personalised_line_with_real_audio(player: Player, tmp_path: Path) -> None:
    _espeak_or_skip()
    ctx = player.ctx
    ctx.profile.child.name = "Zoë"
    ctx.profile.pickup_after = "nap"
    voice = _voice(player)
    assert voice.worker is not None
    ctx.narrator.say(family_says(player, "{child}, {grownup} comes back right after {pickup_after}."), "test:personal")
    line = "Zoë, Mommy comes back right after nap time."
    assert ctx.narrator.caption == line
    assert voice.worker.wait_idle(20)
    player.frames(1)
    assert voice.source == "synthesis"
    job = voice.worker.request(line, VoiceSettings(language="en-us"))
    assert job.ready and job.path is not None
    with wave.open(str(job.path), "rb") as wav:
        rate, frames = wav.getframerate(), wav.readframes(wav.getnframes())
    samples = array("h", frames)
    seconds = len(samples) / rate
    rms = math.sqrt(sum(v * v for v in samples) / len(samples)) / 32768
    assert 1.5 < seconds < 8.0  # seven words, slowly
    assert rms > 0.02  # real speech, not silence
    assert ctx.narrator.speaking


def test_each_language_has_its_own_voice_and_its_own_cached_speech() -> None:
    us, uk, spanish = VoiceSettings(language="en-us"), VoiceSettings(language="en-gb"), VoiceSettings(language="es")
    assert us.voice_names[0].startswith("en-us") and uk.voice_names[0].startswith("en-gb")
    assert spanish.voice_names[0].startswith("es") and not any(name.startswith("en") for name in spanish.voice_names)
    keys = {SpeechCache.key("Mia", voice.cache_tag(), "e") for voice in (us, uk, spanish)}
    assert len(keys) == 3  # "Mia" said in Spanish is never played for "Mia" in English


def test_the_family_language_picks_the_espeak_voice_that_speaks_it(player: Player) -> None:
    _espeak_or_skip()
    from dropoff_buddy.audio.espeak import EspeakEngine

    engine = EspeakEngine.load()
    expected = {"en-US": "en-us", "en-GB": "en", "es": "es"}  # espeak-ng calls British English "en"
    for code, voice_name in expected.items():
        player.ctx.profile.settings.language = code
        speech = engine.synthesise(
            player.ctx.line_words(player.ctx.content.lines.home.play),
            VoiceSettings(language=player.ctx.language.espeak),
        )
        assert speech.seconds > 0.3
        assert engine.voice_name.split("+")[0] == voice_name


def test_say_returns_before_the_worker_has_rendered_the_line(player: Player, tmp_path: Path) -> None:
    voice, engine = _gated_voice(player, tmp_path)
    ctx = player.ctx
    ctx.narrator.say("This is a very long line that takes the engine a while to render, " * 6, "test:long")
    # say() has returned while the worker is still (at best) rendering: the caption is up already.
    assert engine.started.wait(10)
    assert voice.waiting
    assert ctx.narrator.caption is not None and ctx.narrator.caption.startswith("This is a very long line")
    assert not ctx.sound.music_ducked
    engine.gate.set()
    assert voice.worker is not None and voice.worker.wait_idle(10)
    player.frames(1)
    assert voice.source == "synthesis"
    assert ctx.sound.music_ducked  # the voice started late, and the music ducked with it


def test_a_line_not_ready_in_time_stays_a_caption(player: Player, tmp_path: Path) -> None:
    voice, engine = _gated_voice(player, tmp_path)
    ctx = player.ctx
    ctx.narrator.say("Slow to render.", "test:slow")
    player.wait(LATE_LIMIT + 0.2)
    assert not voice.waiting
    engine.gate.set()
    assert voice.worker is not None and voice.worker.wait_idle(10)
    player.frames(2)
    assert voice.source is None
    assert not ctx.sound.voice_busy()
    assert ctx.narrator.caption == "Slow to render."


def test_a_newer_line_replaces_one_still_rendering(player: Player, tmp_path: Path) -> None:
    voice, engine = _gated_voice(player, tmp_path)
    ctx = player.ctx
    ctx.narrator.say("First line.", "test:first")
    assert engine.started.wait(10)
    ctx.narrator.say("Second line.", "test:second")
    engine.gate.set()
    assert voice.worker is not None and voice.worker.wait_idle(10)
    player.frames(1)
    assert ctx.narrator.caption == "Second line."
    assert voice.source == "synthesis"
    assert engine.texts == ["First line.", "Second line."]


def test_story_lines_are_ready_before_the_first_page(player: Player) -> None:
    _espeak_or_skip()
    ctx = player.ctx
    ctx.profile.buddy.name = "Pip"
    story = ctx.content.story
    assert story is not None
    ctx.prepare_lines([story.title, *story.page[0].say])
    voice = _voice(player)
    assert voice.worker is not None and voice.worker.wait_idle(20)
    open_from_shelf(player, "daycare_day")  # the story opens with its title, then its first page
    assert ctx.narrator.current is not None and ctx.narrator.current.key == "daycare_day:title"
    assert voice.source == "synthesis"  # no waiting at all


def test_personal_lines_are_prepared_again_after_a_profile_change(player: Player) -> None:
    _espeak_or_skip()
    ctx = player.ctx
    voice = _voice(player)
    assert voice.worker is not None
    ctx.profile.child.name = "Amara"
    ctx.save_profile()
    assert voice.worker.wait_idle(20)
    rendered = voice.worker.rendered
    steps = ctx.content.ritual_steps.steps_for(list(ctx.profile.ritual))
    for line in [*ctx.content.titled(), *(step.prompt for step in steps)]:
        ctx.say(line)
        assert voice.source == "synthesis", line.key
    assert voice.worker.rendered == rendered  # every line came from the cache


def test_narration_off_means_captions_only(player: Player) -> None:
    ctx = player.ctx
    line = ctx.content.lines.home.buddy_tap
    RecordingStore(ctx.profile_folder).save_take(line.key, ctx.line_words(line), _tone(1.0), 16000)
    ctx.profile.settings.narration = False
    ctx.apply_settings()
    _tap_the_buddy(player)
    assert ctx.narrator.caption is not None
    assert not ctx.sound.voice_busy()


def test_voice_volume_follows_settings(context: GameContext) -> None:
    ctx = context
    ctx.profile.settings.sound.voice_volume = 0.25
    ctx.apply_settings()
    channel = ctx.sound.voice_channel()
    assert channel is not None
    assert channel.get_volume() == pytest.approx(0.25, abs=0.01)


# ------------------------------------------------------------------------------------------
# the cache


def test_the_speech_cache_keeps_to_its_size_by_dropping_the_least_recently_used(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache", max_bytes=3 * 20_000)
    wav = wav_bytes(_tone(0.6), 16000)  # ~19 kB
    paths = []
    for index in range(3):
        path = cache.store(f"k{index}", wav)
        assert path is not None
        stamp = 1_000_000 + index
        os.utime(path, (stamp, stamp))
        paths.append(path)
    assert cache.lookup("k0") == paths[0]  # a hit makes k0 the most recently used
    cache.store("k3", wav)
    assert cache.size() <= cache.max_bytes
    assert cache.lookup("k1") is None  # the oldest unused one went
    assert cache.lookup("k0") is not None and cache.lookup("k3") is not None


def test_an_unwritable_cache_still_speaks(player: Player, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be")
    engine = GatedEngine()
    engine.gate.set()
    worker = SpeechWorker(SpeechCache(blocked / "cache"), lambda: engine, tag="memory")
    ctx = player.ctx
    voice = LayeredVoice(ctx.sound, lambda: None, worker, VoiceSettings)
    ctx.narrator.voice = voice
    ctx.narrator.say("Kept in memory.", "test:memory")
    assert worker.wait_idle(10)
    player.frames(1)
    assert voice.source == "synthesis"


# ------------------------------------------------------------------------------------------
# no audio device


def test_the_game_runs_silently_without_an_audio_device(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import os
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        os.environ["SDL_AUDIODRIVER"] = "no_such_audio_driver"
        os.environ["{CACHE_ENV}"] = {str(tmp_path / "cache")!r}
        from pathlib import Path
        from dropoff_buddy.audio.narration import SilentVoice
        from dropoff_buddy.playtest import start_game
        player = start_game(Path({str(tmp_path / "data")!r}))
        assert not player.ctx.sound.available
        assert isinstance(player.ctx.narrator.voice, SilentVoice)
        assert player.ctx.narrator.caption
        player.tap(player.top.buddy_center)
        player.wait(1)
        assert player.ctx.narrator.caption
        player.tap(player.button("play").center)
        player.wait(6)
        print("silent game ok")
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "SDL_AUDIODRIVER"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False, cwd=ROOT, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "silent game ok" in result.stdout
    assert "Traceback" not in result.stderr


def test_silent_voice_never_speaks() -> None:
    silent = SilentVoice()
    assert silent.start(Spoken("hello")) is None and silent.poll(1.0) is None


def test_a_line_trimmed_from_the_cache_is_rendered_again(tmp_path: Path) -> None:
    engine = GatedEngine()
    engine.gate.set()
    worker = SpeechWorker(SpeechCache(tmp_path / "cache"), lambda: engine, tag="trim")
    job = worker.request("Hello again.", VoiceSettings())
    assert job.done.wait(10) and job.path is not None
    job.path.unlink()  # the size cap removed it
    again = worker.request("Hello again.", VoiceSettings())
    assert again is not job
    assert again.done.wait(10) and again.path is not None and again.path.is_file()
    assert engine.texts == ["Hello again.", "Hello again."]
    worker.close()
