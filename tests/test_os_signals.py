"""The operating system is not a child: SIGTERM, SIGHUP and SIGINT save what is in memory and end
the real game within a second, even on a children's screen (where the close button does nothing)."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dropoff_buddy.storage.store import ProfileStore
from parent_area_helpers import week_of_progress

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")

SIGNALS = ("SIGTERM", "SIGHUP", "SIGINT")


def family_with_stickers(data_dir: Path) -> int:
    """Sam with five stickers and check-ins; returns when app.json was written (the game rewrites it)."""
    store = ProfileStore(data_dir)
    child = store.create_profile("Sam")
    child.progress = week_of_progress(dt.datetime.now().astimezone())
    assert store.save_progress(child)
    store.remember_last_profile(child.profile_id)
    return (data_dir / "app.json").stat().st_mtime_ns


def start(data_dir: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    return subprocess.Popen(
        [sys.executable, "-m", "dropoff_buddy", "--windowed", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def wait_until_playing(data_dir: Path, game: subprocess.Popen[bytes], before: int, timeout: float = 90.0) -> None:
    """The game rewrites app.json just before it shows home."""
    app_state = data_dir / "app.json"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert game.poll() is None, game.communicate()
        if app_state.stat().st_mtime_ns != before:
            time.sleep(1.0)  # home is pushed right after; let the loop reach its idle wait
            return
        time.sleep(0.05)
    raise AssertionError("the game did not start in time")


def test_each_os_signal_saves_and_ends_the_game_within_a_second_from_home(tmp_path: Path) -> None:
    games: dict[str, tuple[Path, int, subprocess.Popen[bytes]]] = {}
    for name in SIGNALS:
        data_dir = tmp_path / name
        before = family_with_stickers(data_dir)
        games[name] = (data_dir, before, start(data_dir))
    try:
        for name, (data_dir, before, game) in games.items():
            wait_until_playing(data_dir, game, before)
            progress = data_dir / "profiles" / "sam" / "progress.json"
            # What is saved at the end must come from memory: take the files away while it plays.
            progress.unlink()
            progress.with_name("progress.json.bak").unlink(missing_ok=True)
            sent = time.monotonic()
            game.send_signal(getattr(signal, name))
            game.wait(timeout=10)
            took = time.monotonic() - sent
            out, err = game.communicate()
            assert took <= 1.0, f"{name}: the game took {took:.2f} s to end"
            assert game.returncode == 0, (name, game.returncode, err.decode())
            assert b"Traceback" not in err and b"Traceback" not in out, err.decode()
            saved = json.loads(progress.read_text(encoding="utf-8"))
            assert len(saved["stickers"]) == 5 and len(saved["feelings"]) == 5, name
    finally:
        for _, _, game in games.values():
            if game.poll() is None:
                game.kill()
                game.wait()
