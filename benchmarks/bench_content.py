"""The content registry and the voice's choice of audio for a line.

- ``content_load_ms``: ``load_content()`` (every file in ``levels/``, validated, every line keyed),
  which start-up runs once; median of runs, in a warm process (pydantic already imported, as
  at start-up, where it is imported for the profile first). ``start_up_added_ms``: that, less
  what start-up loaded before (the cards and the goodbye steps).
- ``voice_choice_ms``: the time ``LayeredVoice`` takes to choose the audio for a line (is there
  a recording of this key, does it say these words?), with a folder of 40 recordings; median and
  p99 over many lines, half recorded, half not. Budget: ≤ 1 ms.
- ``story_voice_minutes``: a scripted parent reading the default family's whole story in
  "Read the story in your voice" (record at a calm reading pace, listen back, Next; 1 s to
  press each button), in minutes, and the taps it took. Budget: under 10 minutes.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from dropoff_buddy.audio.narration import Spoken, reading_time
from dropoff_buddy.audio.recordings import RecordingStore
from dropoff_buddy.content.registry import load_content
from dropoff_buddy.family_lines import family_lines
from dropoff_buddy.i18n.translator import family_translator
from dropoff_buddy.storage.models import Profile
from measure import percentile, times_ms


def content_load_ms(runs: int) -> float:
    load_content()  # warm: imports and the first read from disk
    return statistics.median(times_ms(load_content, runs))


def old_start_up_loads_ms(runs: int) -> float:
    """What start-up loaded before the registry (the cards and the goodbye steps; the rest came later)."""
    from dropoff_buddy.content.catalog import load_cards, load_ritual_steps

    return statistics.median(times_ms(lambda: (load_cards(), load_ritual_steps()), runs))


def voice_choice_ms(rounds: int) -> tuple[float, float]:
    """(median, p99) ms to find the recording to play for a line, as ``LayeredVoice._recording`` does."""
    content = load_content()
    profile = Profile()
    lines = family_lines(content, profile, family_translator(content, profile, "en-US"))[:80]
    with tempfile.TemporaryDirectory() as folder:
        store = RecordingStore(Path(folder))
        for item in lines[::2]:
            store.save_take(item.key, item.words, b"\0\1" * 4000, 8000)
        spoken = [Spoken(item.words, item.key) for item in lines]
        times = []
        for _ in range(rounds):
            for line in spoken:
                start = time.perf_counter()
                RecordingStore(Path(folder)).recording_for(line.key, line.text)  # as the voice does, per line
                times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), percentile(times, 0.99)


def story_voice(think: float = 1.0) -> tuple[float, int, int]:
    """(minutes, taps, lines) for a scripted parent recording the default family's whole story."""
    content = load_content()
    from dropoff_buddy.family_lines import story_lines

    profile = Profile()
    lines = story_lines(content, profile, family_translator(content, profile, "en-US"))
    seconds, taps = 2 * think, 2  # "Your voice", "Read the story in your voice"
    for item in lines:
        spoken = reading_time(item.words)
        seconds += spoken + spoken + 3 * think  # record, listen back, and three presses
        taps += 3
    return seconds / 60, taps, len(lines)


def run(quick: bool) -> dict[str, float]:
    median, p99 = voice_choice_ms(5 if quick else 50)
    minutes, taps, lines = story_voice()
    return {
        "content_load_ms": content_load_ms(5 if quick else 30),
        "start_up_added_ms": content_load_ms(5 if quick else 30) - old_start_up_loads_ms(5 if quick else 30),
        "voice_choice_ms_median": median,
        "voice_choice_ms_p99": p99,
        "story_voice_minutes": minutes,
        "story_voice_taps": float(taps),
        "story_voice_lines": float(lines),
    }


if __name__ == "__main__":
    for name, value in run(quick=False).items():
        print(f"{name}: {value:.3f}")
