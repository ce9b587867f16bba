"""Speed of the parent area's data work: history statistics, and backup / check / restore.

Run through ``python benchmarks/run.py``. Figures are wall-clock seconds (median and worst of
the repeats) for a heavy but real family: two children, 60 days of two check-ins and a ritual
each, a family photo as the game stores it (1600×1200, made of noise so the JPEG is as big as a
stored photo gets: about 1.5 MB) and ten voice recordings of 200 KB (6 s WAVs, as the Voice page
keeps them). The files are where the game keeps them and pass its checks, so the backup holds them.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import statistics
import tempfile
import time
from array import array
from collections.abc import Callable
from pathlib import Path

import pygame

from dropoff_buddy.audio.recordings import RecordingStore
from dropoff_buddy.content.registry import load_content
from dropoff_buddy.history import history_stats
from dropoff_buddy.parent.pages.history import sample_progress
from dropoff_buddy.storage.backup import create_backup, data_files, inspect_backup, restore_backup
from dropoff_buddy.storage.store import ProfileStore


def _timed(action: Callable[[], object], repeats: int) -> tuple[float, float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def _voice(rng: random.Random, samples: int) -> bytes:
    """``samples`` of 16-bit mono: a hummed tone with breath noise, loud enough to be kept as it is."""
    return array(
        "h", (int(6000 * math.sin(index / 9) + rng.randint(-1500, 1500)) for index in range(samples))
    ).tobytes()


def run(quick: bool) -> dict[str, float]:
    repeats = 3 if quick else 15
    now = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    progress = sample_progress(now, random.Random(3), days=365)
    content = load_content()
    catalog = content.feelings
    lines = list(content.lines_by_key.values())
    results: dict[str, float] = {}
    for days in (14, 60):
        median, worst = _timed(
            lambda days=days: history_stats(
                progress.feelings, progress.stickers, now.date(), days, now.tzinfo, catalog
            ),
            repeats * 10,
        )
        results[f"history_stats_{days}d_median_s"] = median
        results[f"history_stats_{days}d_max_s"] = worst
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        data_dir, out = root / "data", root / "out"
        out.mkdir()
        store = ProfileStore(data_dir)
        rng = random.Random(5)
        for name in ("Sam", "Mia"):
            child = store.create_profile(name)
            child.progress = sample_progress(now, rng)
            store.save_progress(child)
            photo = pygame.image.frombytes(rng.randbytes(1600 * 1200 * 3), (1600, 1200), "RGB")
            pygame.image.save(photo, str(child.folder / "family-photo.jpg"))
            child.profile.family_photo = "family-photo.jpg"
            assert store.save_profile(child)
            recordings = RecordingStore(child.folder)
            for line in lines[:10]:
                recordings.save_take(line.key, line.text, _voice(rng, 100_000), 16_000)
        kept = [name for name, _ in data_files(data_dir) if name.endswith((".jpg", ".wav"))]
        assert len(kept) == 22, kept  # the photos and recordings are in the backup, not passed over
        made: list[Path] = []
        median, worst = _timed(lambda: made.append(create_backup(data_dir, out, now)), repeats)
        results["backup_create_median_s"], results["backup_create_max_s"] = median, worst
        median, worst = _timed(lambda: inspect_backup(made[0]), repeats)
        results["backup_check_median_s"], results["backup_check_max_s"] = median, worst
        checked = inspect_backup(made[0])
        stamps = iter(range(10_000))
        median, worst = _timed(
            lambda: restore_backup(checked, data_dir, now + dt.timedelta(seconds=next(stamps))), repeats
        )
        results["backup_restore_median_s"], results["backup_restore_max_s"] = median, worst
        results["backup_file_mb"] = made[0].stat().st_size / 1_000_000
    return results
