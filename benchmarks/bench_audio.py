"""Audio benchmarks: speech synthesis per line, cache hits, what say() costs the frame loop, and
how soon an effect is mixed after ``SoundBoard.play``.

``run(quick)`` returns figures in ms (``_us``: microseconds). Picked up by ``benchmarks/run.py``;
also runs alone: ``python benchmarks/bench_audio.py [--quick]``.

Effect latency is measured in a child process with SDL's "disk" audio driver, which writes the
mixed output to a file at (roughly) real-time pace: the position of each effect's first
non-silent sample in that file, against the moment ``play()`` was called, gives the delay until
the effect is *mixed* (the driver's clock drifts by a few percent, which a straight-line fit
removes). What a real sound card adds after that (its own buffer, typically 5–20 ms) cannot be
measured headless; the theoretical mixer figure is ``buffer frames / rate``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

ROOT = Path(__file__).resolve().parent.parent

LINES = [
    "Good morning, Zoë! It's a daycare day. Shall we play with Honey?",
    "Give Mommy a big hug. Press and hold!",
    "I'll come back right after snack.",
    "I love you, see you right after outdoor play.",
    "It's OK to feel sad when Daddy goes. Pip is here, and Miss Rosa is too.",
    "Right after lunch, Grandma comes back. Hooray, Grandma is here!",
    "High five! Tap Papa's hand!",
    "Breathe in... smell the flower.",
    "And blow out... slowly, like a candle.",
    "Well done. You breathed slowly with Bun. You can do that any time.",
    "At the door, Mama and Sami say goodbye the way they always do.",
    "Free play! Theo can choose the blocks, the cars or the dolls.",
]

LATENCY_CHILD = r"""
import array, json, os, statistics, sys, time
os.environ["SDL_AUDIODRIVER"] = "disk"
os.environ["SDL_DISKAUDIOFILE"] = sys.argv[1]
os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
from pathlib import Path
import pygame
from dropoff_buddy.audio.mixer import MIXER_BUFFER
from dropoff_buddy.audio.sound import SoundBoard
from dropoff_buddy.storage.models import SoundSettings
assert SoundBoard.init_mixer()
opened = time.perf_counter()
freq, size, channels = pygame.mixer.get_init()
board = SoundBoard(Path(sys.argv[2]), SoundSettings(effects_volume=1.0))
board.preload(["tap"])
time.sleep(0.2)
calls, busy = [], []
for _ in range(int(sys.argv[3])):
    start = time.perf_counter()
    board.play("tap")
    end = time.perf_counter()
    calls.append(start - opened)
    busy.append(any(pygame.mixer.Channel(i).get_busy() for i in range(3, pygame.mixer.get_num_channels())))
    time.sleep(0.23)
pygame.mixer.quit()
data = array.array("h", open(sys.argv[1], "rb").read())
frames = len(data) // channels
onsets = []
for called in calls:
    frame = max(0, int((called - 0.02) * freq))
    while frame < frames and abs(data[channels * frame]) < 200:
        frame += 1
    onsets.append(frame / freq)
slope, intercept = statistics.linear_regression(calls, onsets)
delays = [(onset / slope - called) * 1000 for onset, called in zip(onsets, calls)]
print(json.dumps({"delays": delays, "busy": all(busy), "buffer": MIXER_BUFFER, "freq": freq}))
"""


def _median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def synthesis(quick: bool) -> dict[str, float]:
    from dropoff_buddy.audio.espeak import EspeakEngine, SpeechUnavailable, VoiceSettings
    from dropoff_buddy.audio.speech_cache import SpeechCache
    from dropoff_buddy.audio.synthesis import SpeechWorker

    try:
        engine = EspeakEngine.load()
    except SpeechUnavailable:
        return {"synth_available": 0.0}
    lines = LINES[:6] if quick else LINES
    voice = VoiceSettings()
    render_times, audio_seconds = [], []
    for text in lines:
        start = time.perf_counter()
        speech = engine.synthesise(text, voice)
        render_times.append(time.perf_counter() - start)
        audio_seconds.append(speech.seconds)
    results = {
        "synth_available": 1.0,
        "synth_line_median_ms": _median_ms(render_times),
        "synth_line_max_ms": max(render_times) * 1000,
        "synth_audio_seconds_median": statistics.median(audio_seconds),
        "synth_realtime_factor": sum(audio_seconds) / sum(render_times),
    }
    with tempfile.TemporaryDirectory() as folder:
        # As in the game: lines are resampled to the mixer's 44.1 kHz on the worker.
        worker = SpeechWorker(SpeechCache(Path(folder)), lambda: engine, output_rate=44100)
        queued = []
        for text in lines:  # through the worker: request → rendered, cached and marked done
            start = time.perf_counter()
            job = worker.request(text, voice, urgent=True)
            queued.append(time.perf_counter() - start)
            job.done.wait(30)
            render_times.append(time.perf_counter() - start)
        hits = []
        for _ in range(3):
            for text in lines:
                start = time.perf_counter()
                job = worker.request(text, voice)
                hits.append(time.perf_counter() - start)
                assert job.ready
        worker.close()
        results["worker_request_uncached_median_us"] = statistics.median(queued) * 1e6
        results["worker_line_ready_median_ms"] = _median_ms(render_times[len(lines) :])
        results["cache_hit_request_median_us"] = statistics.median(hits) * 1e6
    return results


def say_cost(quick: bool) -> dict[str, float]:
    """What ``ctx.say`` costs the frame loop: a cached line (load + play) and an uncached one."""
    import pygame

    from dropoff_buddy.audio.voices import LayeredVoice
    from dropoff_buddy.content.lines import Line
    from dropoff_buddy.playtest import start_game

    with tempfile.TemporaryDirectory() as folder:
        os.environ["DROPOFF_BUDDY_CACHE_DIR"] = str(Path(folder) / "cache")
        try:
            game = start_game(Path(folder) / "data")
            voice = game.ctx.narrator.voice
            if not isinstance(voice, LayeredVoice) or voice.worker is None:
                pygame.quit()
                return {}
            lines = LINES[:6] if quick else LINES
            uncached = []
            for text in lines:
                start = time.perf_counter()
                game.ctx.say(Line(text))
                uncached.append(time.perf_counter() - start)
                voice.worker.wait_idle(30)
            cached = []
            for _ in range(3):
                for text in lines:
                    start = time.perf_counter()
                    game.ctx.say(Line(text))
                    cached.append(time.perf_counter() - start)
                    assert voice.source == "synthesis"
            game.ctx.narrator.stop()
            pygame.quit()
        finally:
            del os.environ["DROPOFF_BUDDY_CACHE_DIR"]
    return {
        "say_uncached_return_median_ms": _median_ms(uncached),
        "say_cached_start_median_ms": _median_ms(cached),
        "say_cached_start_max_ms": max(cached) * 1000,
    }


def effect_latency(quick: bool) -> dict[str, float]:
    """Delay from ``play()`` until the effect is in the mixed output (disk driver; see the module doc).

    Short runs of 8 plays each: the disk driver's clock drifts, and on a busy machine its thread
    falls behind, so a long run measures the machine's load rather than the mixer.
    """
    delays: list[float] = []
    info: dict[str, float] = {}
    for _ in range(1 if quick else 3):
        with tempfile.TemporaryDirectory() as folder:
            env = dict(os.environ)
            env.pop("SDL_AUDIODRIVER", None)
            result = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    textwrap.dedent(LATENCY_CHILD),
                    str(Path(folder) / "out.raw"),
                    str(ROOT / "assets"),
                    "8",
                ],
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
                env=env,
            )
        if result.returncode != 0:  # said, so a broken measurement is not mistaken for no audio device
            last = (result.stderr.strip().splitlines() or ["(nothing on stderr)"])[-1]
            print(f"bench_audio: effect latency not measured: {last}", file=sys.stderr)
            return {"effect_latency_measured": 0.0}
        data = json.loads(result.stdout.strip().splitlines()[-1])
        delays.extend(data["delays"])
        info = {
            "mixer_buffer_frames": float(data["buffer"]),
            "mixer_buffer_ms": data["buffer"] / data["freq"] * 1000,
            "effect_busy_at_once": 1.0 if data["busy"] else 0.0,
        }
    delays.sort()
    return {
        "effect_latency_measured": 1.0,
        **info,
        "effect_mixed_after_play_median_ms": statistics.median(delays),
        "effect_mixed_after_play_max_ms": delays[-1],
    }


def effect_call_cost(quick: bool) -> dict[str, float]:
    import pygame

    from dropoff_buddy.audio.sound import SoundBoard
    from dropoff_buddy.storage.models import SoundSettings

    SoundBoard.init_mixer()
    board = SoundBoard(ROOT / "assets", SoundSettings())
    board.preload()
    times = []
    for index in range(200 if quick else 1000):
        name = SoundBoard.EFFECT_NAMES[index % len(SoundBoard.EFFECT_NAMES)]
        start = time.perf_counter()
        board.play(name)
        times.append(time.perf_counter() - start)
    pygame.mixer.quit()
    return {"effect_play_call_median_us": statistics.median(times) * 1e6}


def run(quick: bool) -> dict[str, float]:
    results: dict[str, float] = {}
    results.update(synthesis(quick))
    results.update(say_cost(quick))
    results.update(effect_call_cost(quick))
    results.update(effect_latency(quick))
    return results


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    for name, value in run("--quick" in sys.argv).items():
        print(f"{name:40s} {value:10.3f}")
