"""Benchmarks, run on demand: ``python benchmarks/run.py [--json] [--quick]``.

Measures, each beside the same figure for a bare pygame-ce window so the ratio shows:
- start-up: process start → first frame on screen, → home ready for a tap (home's card, with
  taps read) and → the real home live, and the same for a start without a card (headless, dummy
  driver), median of runs;
- frame time of the home screen (mean and p99 over ≥ 600 frames) at 1280×800 and 1920×1080.

Budgets (from the Foundation issue): start-up ≤ 2× the bare window; p99 frame ≤ 4 ms at
1920×1080. Figures are medians on a shared, noisy machine: compare ratios, not absolutes.
Other parts add their own measurements to ``EXTRA_BENCHMARKS`` modules in this folder.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"

HERE = Path(__file__).resolve().parent

from measure import percentile, times_ms  # noqa: E402  (after the SDL drivers are chosen above)

BARE_WINDOW = r"""
import time
import pygame
pygame.init()
screen = pygame.display.set_mode((1280, 800), pygame.RESIZABLE)
screen.fill((255, 246, 232))
pygame.display.flip()
print("first-frame", flush=True)
print(f"first-frame-cpu-ms {time.process_time() * 1000:.1f}", flush=True)
"""


def time_milestones(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Start ``command`` and return when (ms after start) each line it prints arrived.

    A line ``name value`` gives ``value`` instead (e.g. ``peak-memory-kb 123456``)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    marks: dict[str, float] = {}
    for line in process.stdout:
        name, _, value = line.strip().partition(" ")
        marks[name] = float(value) if value else (time.perf_counter() - start) * 1000
    if process.wait() != 0:
        raise RuntimeError(f"{command} failed")
    return marks


def startup(runs: int) -> dict[str, float]:
    """Process start → first frame, → home ready for a tap, and → the real home live, beside a bare
    window (medians of runs).

    A family's start shows home's card (left by the last session) and reads taps from then on;
    the real home takes over when the game has loaded ("home live"). A start after anything the
    card was drawn from changed has no card: it is measured too (``*_no_card_*``), with the card
    removed before each of those runs. Also the game's peak memory (resident set) when home is
    ready. The game runs as a family runs it: with its compiled bytecode cached (the first round
    writes it, warms the file cache and leaves the first card), so a PYTHONDONTWRITEBYTECODE in the
    caller's environment is not passed on.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    figures: dict[str, list[float]] = {}

    def note(name: str, value: float) -> None:
        figures.setdefault(name, []).append(value)

    with tempfile.TemporaryDirectory() as data:
        game = [sys.executable, "-m", "dropoff_buddy", "--windowed", "--data-dir", data, "--startup-benchmark"]
        for index in range(runs + 1):  # the first round only warms the file cache
            bare_marks = time_milestones([sys.executable, "-c", BARE_WINDOW], env)
            game_marks = time_milestones(game, env)
            shutil.rmtree(Path(data) / "home-card", ignore_errors=True)
            no_card_marks = time_milestones(game, env)  # (it leaves the card for the next round)
            if not index:
                continue
            if "home-card" not in game_marks or "home-card" in no_card_marks:
                raise RuntimeError("a start did not open on home's card, or opened on one it should not have")
            note("bare", bare_marks["first-frame"])
            note("bare_cpu", bare_marks["first-frame-cpu-ms"])
            note("first", game_marks["first-frame"])
            note("home", game_marks["home-ready"])
            note("home_cpu", game_marks["home-ready-cpu-ms"])
            note("live", game_marks["home-live"])
            note("live_cpu", game_marks["home-live-cpu-ms"])
            note("memory", game_marks.get("peak-memory-kb", 0.0) / 1024)
            note("no_card", no_card_marks["home-ready"])
            note("no_card_cpu", no_card_marks["home-ready-cpu-ms"])
    median = {name: statistics.median(values) for name, values in figures.items()}
    result = {figure: median[name] for name, figure in STARTUP_FIGURES.items()}
    for ratio, (name, bare) in STARTUP_RATIOS.items():
        result[ratio] = median[name] / median[bare]
    return result


#: What each start-up measurement is called in the results. Processor time is steadier than wall
#: time on a shared machine: compare the ``cpu`` figures too.
STARTUP_FIGURES = {
    "bare": "startup_bare_ms",
    "first": "startup_game_first_frame_ms",
    "home": "startup_game_home_ready_ms",
    "live": "startup_game_home_live_ms",
    "no_card": "startup_no_card_home_ready_ms",
    "memory": "home_peak_memory_mb",
    "bare_cpu": "startup_bare_cpu_ms",
    "home_cpu": "startup_game_home_ready_cpu_ms",
    "live_cpu": "startup_game_home_live_cpu_ms",
    "no_card_cpu": "startup_no_card_home_ready_cpu_ms",
}
#: Each ratio: a game figure over the bare window's.
STARTUP_RATIOS = {
    "startup_ratio": ("first", "bare"),
    "startup_home_ready_ratio": ("home", "bare"),
    "startup_home_live_ratio": ("live", "bare"),
    "startup_no_card_home_ready_ratio": ("no_card", "bare"),
    "startup_home_ready_cpu_ratio": ("home_cpu", "bare_cpu"),
    "startup_no_card_home_ready_cpu_ratio": ("no_card_cpu", "bare_cpu"),
}


def home_frames(size: tuple[int, int], frames: int) -> dict[str, float]:
    import pygame

    from dropoff_buddy.playtest import start_game

    with tempfile.TemporaryDirectory() as data:
        game = start_game(Path(data), size)
        game.ctx.narrator.stop()

        def one_frame() -> None:
            if game.app.step([], 1 / 60):
                game.app.render()
            pygame.display.flip()

        for _ in range(60):
            one_frame()
        game_times = times_ms(one_frame, frames)

        def full_redraw() -> None:  # the worst case: every frame drawn whether or not it changed
            game.app.step([], 1 / 60)
            game.app.render()
            pygame.display.flip()

        redraw_times = times_ms(full_redraw, frames)
        screen = pygame.display.get_surface()
        assert screen is not None

        def bare_frame() -> None:
            screen.fill((255, 246, 232))
            pygame.display.flip()

        bare_times = times_ms(bare_frame, frames)
        pygame.quit()
    label = f"{size[0]}x{size[1]}"
    return {
        f"home_{label}_mean_ms": statistics.fmean(game_times),
        f"home_{label}_p99_ms": percentile(game_times, 0.99),
        f"home_{label}_full_redraw_mean_ms": statistics.fmean(redraw_times),
        f"home_{label}_full_redraw_p99_ms": percentile(redraw_times, 0.99),
        f"bare_{label}_mean_ms": statistics.fmean(bare_times),
        f"bare_{label}_p99_ms": percentile(bare_times, 0.99),
    }


def extra_benchmarks(quick: bool) -> dict[str, float]:
    """Run ``bench_*.py`` modules in this folder; each defines ``run(quick: bool) -> dict``."""
    results: dict[str, float] = {}
    for path in sorted(HERE.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        results.update(module.run(quick))
    return results


BUDGETS = {
    "startup_ratio": 2.0,
    "startup_home_ready_ratio": 2.0,
    "startup_home_ready_cpu_ratio": 2.0,
    "home_peak_memory_mb": 150.0,
    "home_1920x1080_p99_ms": 4.0,
    "home_1920x1080_full_redraw_p99_ms": 4.0,
    # The story (bench_story.py, issue 3).
    "story_busiest_page_frame_p99_ms": 6.0,
    "story_page_turn_p99_ms": 50.0,
    "story_open_median_ms": 300.0,
    # The app bundle (bench_bundle.py, issue 15).
    "bundle_size_mb": 120.0,
    "bundle_home_ready_ratio": 1.5,
    # The evening and the printables (bench_evening.py, bench_printing.py, issue 16).
    "evening_open_cold_median_ms": 100.0,
    "scripted_child_seconds": 120.0,
    "storybook_seconds": 10.0,
    "storybook_mb": 15.0,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print machine-readable results")
    parser.add_argument("--quick", action="store_true", help="fewer runs (for a smoke check)")
    parser.add_argument("--startup-only", action="store_true", help="only the start-up figures")
    args = parser.parse_args()
    frames = 200 if args.quick else 600
    results: dict[str, float] = {}
    results.update(startup(3 if args.quick else 9))
    if not args.startup_only:
        for size in ((1280, 800), (1920, 1080)):
            results.update(home_frames(size, frames))
        results.update(extra_benchmarks(args.quick))
    over = {name: results[name] for name, budget in BUDGETS.items() if name in results and results[name] > budget}
    if args.json:
        print(json.dumps({"results": results, "budgets": BUDGETS, "over_budget": over}, indent=2))
    else:
        for name, value in results.items():
            budget = BUDGETS.get(name)
            note = f"   (budget ≤ {budget})" if budget is not None else ""
            print(f"{name:34s} {value:9.2f}{note}")
        print("over budget: " + (", ".join(over) if over else "none"))
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
