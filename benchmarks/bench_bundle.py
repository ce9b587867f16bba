"""The app bundle (issue 15): its size, and how soon the frozen game has a usable home screen.

Times process start → "home-ready" (home drawn and answering, ``--startup-benchmark``) for the
source install (``python -m dropoff_buddy``) and for the frozen program in ``dist/dropoff-buddy/``,
run alternately, headless, with one warm-up round each; medians of the runs. Budgets: frozen ≤ 1.5×
source; bundle ≤ 120 MB unpacked. Builds the bundle first when ``dist/`` has none (needs
``pip install -e ".[build]"``); without PyInstaller it reports nothing.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "dropoff-buddy"
PROGRAM = BUNDLE / ("dropoff-buddy.exe" if sys.platform == "win32" else "dropoff-buddy")


def home_ready_ms(command: list[str], env: dict[str, str]) -> float:
    """Milliseconds from process start to the "home-ready" line."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    ready = None
    for line in process.stdout:
        if line.strip() == "home-ready":
            ready = (time.perf_counter() - start) * 1000
    if process.wait() != 0 or ready is None:
        raise RuntimeError(f"{command[0]} did not reach the home screen")
    return ready


def folder_size_mb(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink()) / 1e6


def ensure_bundle() -> bool:
    if PROGRAM.is_file():
        return True
    if importlib.util.find_spec("PyInstaller") is None:
        print(
            'bench_bundle: no bundle in dist/ and no PyInstaller (pip install -e ".[build]"): skipped', file=sys.stderr
        )
        return False
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_app.py")], check=True)
    return PROGRAM.is_file()


def run(quick: bool) -> dict[str, float]:
    if not ensure_bundle():
        return {}
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    runs = 3 if quick else 9
    source_ms: list[float] = []
    frozen_ms: list[float] = []
    with tempfile.TemporaryDirectory() as data:
        flags = ["--windowed", "--data-dir", data, "--startup-benchmark"]
        source = [sys.executable, "-m", "dropoff_buddy", *flags]
        frozen = [str(PROGRAM), *flags]
        for index in range(runs + 1):  # the first round warms the file cache and makes the profile
            source_run = home_ready_ms(source, env)
            frozen_run = home_ready_ms(frozen, env)
            if index:
                source_ms.append(source_run)
                frozen_ms.append(frozen_run)
    source_median = statistics.median(source_ms)
    frozen_median = statistics.median(frozen_ms)
    return {
        "bundle_size_mb": folder_size_mb(BUNDLE),
        "bundle_home_ready_source_ms": source_median,
        "bundle_home_ready_frozen_ms": frozen_median,
        "bundle_home_ready_ratio": frozen_median / source_median,
    }


if __name__ == "__main__":
    for name, value in run("--quick" in sys.argv).items():
        print(f"{name:34s} {value:9.2f}")
