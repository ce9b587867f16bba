"""Printables: how long each PDF takes to make and how big it is.

For a family set up as a real one is (a family photo, the longest day a family can set, a
four-step goodbye, two weeks of check-ins), at A4:
- ``storybook_seconds`` / ``storybook_mb``: every page of the story drawn by the story's own stage
  at 300 dpi and embedded, text in Andika. Budgets: ≤ 10 s and ≤ 15 MB.
- ``cards_seconds`` / ``cards_mb`` and ``about_me_seconds`` / ``about_me_mb``: the same for the
  picture cards and the teacher's page.
Each is the median of a few runs (one in --quick), in the process that would print (the parent
area's), with a fresh art cache per printable as the game has.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

import pygame

from dropoff_buddy.parent.pages.history import sample_progress
from dropoff_buddy.printing import make_printable
from dropoff_buddy.printing.context import ensure_offscreen_display, open_for_printing
from dropoff_buddy.storage.photos import import_photo
from dropoff_buddy.storage.store import ProfileStore

LONG_DAY = ["arrive", "circle_time", "free_play", "snack", "outdoor_play", "lunch", "nap", "pickup"]


def _family(data: Path) -> None:
    store = ProfileStore(data)
    child = store.create_profile("Sam")
    profile = child.profile
    profile.schedule = LONG_DAY
    profile.pickup_after = "nap"
    profile.ritual = ["hug", "kiss", "high_five", "wave"]
    photo = data / "family.png"
    picture = pygame.Surface((1600, 1200))
    for y in range(0, 1200, 40):  # a photo with detail, so it compresses like a real one
        for x in range(0, 1600, 40):
            picture.fill(((x * 7) % 256, (y * 5) % 256, (x + y) % 256), (x, y, 40, 40))
    pygame.image.save(picture, str(photo))
    imported = import_photo(photo, child.folder)
    profile.family_photo = imported.file_name
    now = dt.datetime(2026, 12, 3, 17, 0).astimezone()
    child.progress = sample_progress(now, random.Random(5), days=14, day_cards=LONG_DAY[:7])
    store.save_profile(child)
    store.save_progress(child)


def run(quick: bool) -> dict[str, float]:
    runs = 1 if quick else 3
    results: dict[str, float] = {}
    ensure_offscreen_display()  # as the command does (the game prints with its own window)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        _family(data)
        for kind, label in (("storybook", "storybook"), ("cards", "cards"), ("about-me", "about_me")):
            times = []
            size = 0
            for _ in range(runs):
                ctx = open_for_printing(data, "Sam")
                start = time.perf_counter()
                printable = make_printable(kind, ctx, "a4")  # type: ignore[arg-type]
                times.append(time.perf_counter() - start)
                size = len(printable.data)
                assert not printable.notes, printable.notes
            results[f"{label}_seconds"] = statistics.median(times)
            results[f"{label}_mb"] = size / 1_000_000
            results[f"{label}_pages"] = float(printable.pages)
    return results


if __name__ == "__main__":
    for name, value in run(quick=True).items():
        print(f"{name}: {value:.2f}")
