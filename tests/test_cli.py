"""The command line contract: --help, --version, tour, one instance at a time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dropoff_buddy import __version__
from dropoff_buddy.cli import EXIT_ALREADY_RUNNING, main
from dropoff_buddy.storage.instance_lock import InstanceLock


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    return subprocess.run(
        [sys.executable, "-m", "dropoff_buddy", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


def test_help_names_the_parent_lock_and_the_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "--windowed" in result.stdout and "--data-dir" in result.stdout and "--profile" in result.stdout
    assert "tour" in result.stdout
    assert "hold the lock" in result.stdout


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_tour_only_names_a_screen_or_says_there_is_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tour", str(tmp_path / "tour"), "--data-dir", str(tmp_path / "data"), "--only", "no-such-screen"]) == 2
    assert "no screen's name starts with 'no-such-screen'" in capsys.readouterr().err


def test_tour_rejects_a_bad_size_kindly(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["tour", str(tmp_path), "--size", "huge"])
    assert raised.value.code == 2


def test_a_second_launch_says_so_and_opens_no_window(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    lock = InstanceLock(data)
    assert lock.acquire()
    try:
        result = run_cli("--windowed", "--data-dir", str(data), timeout=60)
    finally:
        lock.release()
    assert result.returncode == EXIT_ALREADY_RUNNING
    assert "already open" in result.stderr
