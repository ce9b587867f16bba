"""What makes the game look and install like an application: icon files, menu entry, install script.

The app bundle itself is built and smoke-tested by ``python tools/build_app.py --smoke`` in CI
(too slow for the suite); here the pieces it is made from are checked.
"""

from __future__ import annotations

import configparser
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "packaging" / "icon"
sys.path.insert(0, str(ROOT / "tools"))

import make_icons  # noqa: E402


def png_size(data: bytes) -> tuple[int, int]:
    return pygame.image.load(io.BytesIO(data), "icon.png").get_size()


def test_the_icon_exists_as_png_at_every_size_from_16_to_512() -> None:
    for size in make_icons.SIZES:
        assert png_size(make_icons.png_path(size).read_bytes()) == (size, size)
    assert min(make_icons.SIZES) == 16 and max(make_icons.SIZES) == 512


def test_the_ico_and_icns_hold_the_checked_in_pngs() -> None:
    ico = make_icons.read_ico((ICON_DIR / "dropoff-buddy.ico").read_bytes())
    assert sorted(ico) == list(make_icons.ICO_SIZES)
    for size, data in ico.items():
        assert data == make_icons.png_path(size).read_bytes()
    icns = make_icons.read_icns((ICON_DIR / "dropoff-buddy.icns").read_bytes())
    assert set(icns) == {kind for kind, _ in make_icons.ICNS_TYPES}
    for kind, size in make_icons.ICNS_TYPES:
        assert png_size(icns[kind]) == (size, size)
    assert make_icons.main(["--check"]) == 0


def test_the_face_is_there_at_16_pixels() -> None:
    """Two dark eyes side by side in the upper half and a dark smile below them, on a yellow face."""
    icon = pygame.image.load(str(make_icons.png_path(16)))

    def dark(x: int, y: int) -> bool:
        r, g, b, _ = icon.get_at((x, y))
        return r + g + b < 330

    eyes_row = [x for y in range(5, 10) for x in range(16) if dark(x, y)]
    assert any(x < 8 for x in eyes_row) and any(x >= 8 for x in eyes_row), "two eyes"
    assert any(dark(x, y) for y in range(10, 14) for x in range(5, 11)), "a smile"
    r, g, b, _ = icon.get_at((8, 5))
    assert r > 200 and g > 160 and b < 140, "the sun-yellow face"


def test_the_desktop_entry_opens_the_game_with_its_icon_from_the_games_menu() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "linux" / "dropoff-buddy.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "Dropoff Buddy"
    assert section["Icon"] == "dropoff-buddy" and section["Terminal"] == "false"
    assert section["Exec"].startswith("dropoff-buddy")
    assert "Game" in section["Categories"].split(";")


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """An app folder laid out as the spec lays it out, with a stand-in program that says what it was asked."""
    bundle = tmp_path / "unpacked" / "dropoff-buddy"
    icons = bundle / "_internal" / "dropoff_buddy" / "icon"
    icons.mkdir(parents=True)
    shutil.copy(ICON_DIR / "dropoff-buddy.svg", icons)
    shutil.copytree(ICON_DIR / "png", icons / "png")
    shutil.copy(ROOT / "packaging" / "linux" / "dropoff-buddy.desktop", icons)
    program = bundle / "dropoff-buddy"
    program.write_text('#!/bin/sh\necho "stand-in ran: $*"\n', encoding="utf-8")
    program.chmod(0o755)
    shutil.copy(ROOT / "tools" / "install_linux.sh", bundle / "install.sh")
    return bundle


def run_install(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env["HOME"] = str(home)
    return subprocess.run(
        ["bash", str(bundle / "install.sh"), *args], capture_output=True, text=True, env=env, timeout=60, check=False
    )


@pytest.mark.skipif(sys.platform == "win32", reason="the install script is for Linux")
def test_install_puts_the_game_in_the_menu_and_uninstall_takes_it_out_leaving_the_saves(
    fake_bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home with space"
    home.mkdir()
    share = home / ".local" / "share"
    saves = share / "dropoff-buddy" / "profiles" / "sam"
    saves.mkdir(parents=True)
    (saves / "profile.json").write_text("{}", encoding="utf-8")

    result = run_install(fake_bundle, home)
    assert result.returncode == 0, result.stderr
    assert "applications menu" in result.stdout

    entry = (share / "applications" / "dropoff-buddy.desktop").read_text(encoding="utf-8")
    app = share / "dropoff-buddy-app" / "dropoff-buddy"
    assert f'Exec="{app}"' in entry and "Icon=dropoff-buddy" in entry
    for size in make_icons.SIZES:
        installed = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "dropoff-buddy.png"
        assert installed.read_bytes() == make_icons.png_path(size).read_bytes()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "dropoff-buddy.svg").is_file()
    # The menu's command works (as the desktop runs it), and so does the terminal link.
    ran = subprocess.run([str(app), "doctor"], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "stand-in ran: doctor"
    link = home / ".local" / "bin" / "dropoff-buddy"
    assert subprocess.run([str(link)], capture_output=True, text=True, check=True).stdout.startswith("stand-in ran")

    shutil.rmtree(fake_bundle.parent)  # the download can be deleted: the installed copy stands alone
    assert app.is_file()
    assert run_install(app.parent, home).returncode == 0  # installing again (from the installed copy) is fine

    result = run_install(app.parent, home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not (share / "applications" / "dropoff-buddy.desktop").exists()
    assert not (share / "dropoff-buddy-app").exists()
    assert not link.exists() and not link.is_symlink()
    assert not list((share / "icons").rglob("dropoff-buddy.*"))
    assert (saves / "profile.json").read_text(encoding="utf-8") == "{}"
    assert "still in" in result.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="the install script is for Linux")
def test_install_from_a_folder_without_the_game_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    shutil.copy(ROOT / "tools" / "install_linux.sh", empty / "install.sh")
    home = tmp_path / "home"
    home.mkdir()
    result = run_install(empty, home)
    assert result.returncode == 1
    assert "no app folder found here" in result.stderr
    assert not (home / ".local" / "share" / "applications").exists()
