"""A real window under Xvfb: clicked with xdotool, read back from a screenshot.

Skipped where Xvfb, xdotool or ImageMagick's ``import`` is missing (``.ci/run`` installs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pygame
import pytest
from tests.school_day import on_a_school_day

from dropoff_buddy.playtest import start_game

TOOLS = ("Xvfb", "xdotool", "import", "xwininfo")
pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in TOOLS) or not sys.platform.startswith("linux"),
    reason="needs Xvfb, xdotool and ImageMagick (installed by .ci/run)",
)
SIZE = (1280, 800)


@pytest.fixture
def display() -> Iterator[str]:
    for number in range(91, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    name = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", name, "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            pytest.skip("Xvfb did not start")
        time.sleep(0.05)
    yield name
    server.terminate()
    server.wait(timeout=10)


def screenshot(display: str, path: Path) -> pygame.Surface:
    subprocess.run(["import", "-display", display, "-window", "root", str(path)], check=True, timeout=30)
    return pygame.image.load(str(path))


def top_colour_when(
    display: str, path: Path, wanted: Callable[[tuple[int, ...]], bool], timeout: float = 15.0
) -> tuple[int, ...]:
    """The colour at the top middle of the screen, once ``wanted`` (or the timeout); screenshots every 0.2 s."""
    deadline = time.monotonic() + timeout
    while True:
        colour = tuple(screenshot(display, path).get_at((SIZE[0] // 2, 8))[:3])
        if wanted(colour) or time.monotonic() > deadline:
            return colour
        time.sleep(0.2)


def xdotool(display: str, *args: str) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return result.stdout.strip()


def find_window(display: str, title: str) -> str:
    """The X window id whose title starts with ``title`` ("" if none yet).

    xdotool's ``search --name`` misses SDL's UTF-8 titles, so read the window tree instead.
    """
    tree = subprocess.run(
        ["xwininfo", "-display", display, "-root", "-tree"], capture_output=True, text=True, timeout=30, check=False
    ).stdout
    for line in tree.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].startswith("0x") and f'"{title}' in line:
            return str(int(parts[0], 16))
    return ""


def breathe_button_center(tmp_path: Path) -> tuple[int, int]:
    """Where home's Breathe button is at 1280×800 (the same layout the real window uses)."""
    game = start_game(tmp_path / "layout-probe", SIZE, clock=on_a_school_day)
    point = game.ctx.layout.point(*game.button("breathe").center)
    pygame.quit()
    return point


def test_a_real_window_ignores_escape_and_answers_a_click(display: str, tmp_path: Path) -> None:
    target = breathe_button_center(tmp_path)
    env = dict(os.environ, DISPLAY=display, SDL_VIDEODRIVER="x11", SDL_AUDIODRIVER="dummy")
    game = subprocess.Popen(
        [sys.executable, "-m", "dropoff_buddy", "--windowed", "--data-dir", str(tmp_path / "d")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = ""
        deadline = time.monotonic() + 60
        while not window:
            assert game.poll() is None, game.communicate()[1]
            assert time.monotonic() < deadline, "no game window appeared"
            window = find_window(display, "Dropoff Buddy")
            time.sleep(0.2)
        top_home = top_colour_when(display, tmp_path / "home.png", lambda colour: colour != (0, 0, 0))
        assert top_home != (0, 0, 0), "the window shows nothing"

        xdotool(display, "key", "--window", window, "Escape")
        xdotool(display, "type", "--window", window, "qqq")
        time.sleep(0.5)
        assert game.poll() is None, "Escape or key mashing closed the game"

        xdotool(display, "mousemove", str(target[0]), str(target[1]))
        xdotool(display, "click", "1")
        top_breathe = top_colour_when(display, tmp_path / "breathe.png", lambda colour: colour[2] > colour[0])
        # Breathe has a cool blue sky; home a warm morning one.
        assert top_breathe[2] > top_breathe[0], f"the click did not open Breathe: {top_home} → {top_breathe}"
        assert game.poll() is None
    finally:
        game.terminate()
        try:
            game.wait(timeout=3)  # (SIGTERM becomes a quit request, which a kid screen ignores today)
        except subprocess.TimeoutExpired:
            game.kill()
            game.wait(timeout=10)
