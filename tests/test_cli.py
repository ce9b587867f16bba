"""The command line contract: --help, --version, tour, one instance at a time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TourRun
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


def test_tour_renders_every_screen_of_a_new_family(tour_1024x600: TourRun, tmp_path: Path) -> None:
    import pygame

    # The command as a person runs it (one screen here: every screen is drawn once for the run below).
    out, data = tmp_path / "tour", tmp_path / "data"
    result = run_cli("tour", str(out), "--data-dir", str(data), "--size", "1024x600", "--only", "home")
    assert result.returncode == 0, result.stderr
    assert (data / "profiles" / "default" / "profile.json").is_file()  # the default family was created
    assert pygame.image.load(str(out / "home.png")).get_size() == (1024, 600)
    assert all(path.stem.startswith("home") for path in out.glob("*.png"))
    # Every screen of the tour, for a new family.
    assert {"home", "breathe", "parent-gate", "parent-home"} <= tour_1024x600.names
    assert (tour_1024x600.data / "profiles" / "default" / "profile.json").is_file()
    assert pygame.image.load(str(tour_1024x600.out / "home.png")).get_size() == (1024, 600)


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
