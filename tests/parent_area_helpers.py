"""Getting into the grown-ups' corner the way a parent does, and sample family data, for tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pygame
import pytest

from dropoff_buddy.parent.pages.gate import ParentGateScene
from dropoff_buddy.playtest import Player
from dropoff_buddy.storage.models import FeelingEntry, Progress, StickerEntry
from dropoff_buddy.ui.parent_button import HOLD_SECONDS


def enter_parent_area(player: Player) -> None:
    """Hold the lock for 3 seconds, type the number written in words, press Enter."""
    x, y, w, h = player.app.parent_button.rect
    player.hold((x + w / 2, y + h / 2), HOLD_SECONDS + 0.2)
    gate = player.top
    assert isinstance(gate, ParentGateScene)
    player.type_text(str(gate.number))
    player.enter()
    if player.top.name == "parent-setup":  # first visit for a new family: close set-up for now
        player.key(pygame.K_ESCAPE)
    assert player.top.name == "parent-home"


def open_parent_page(player: Player, scene_name: str) -> None:
    enter_parent_area(player)
    player.tap_button(scene_name)
    assert player.top.name == scene_name


def use_temporary_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Point the user's home (and so Documents) at a temporary folder; returns the Documents folder."""
    home = tmp_path / "home"
    documents = home / "Documents"
    documents.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return documents


def week_of_progress(today: dt.datetime) -> Progress:
    """Five mornings of check-ins and rituals ending ``today`` (aware), the way a real week looks."""
    feelings = []
    stickers = []
    answers = [
        ("sad", ["goodbye", "missing_grownup"]),
        ("scared", ["goodbye"]),
        ("okay", []),
        ("happy", ["nap"]),
        ("happy", []),
    ]
    for offset, (feeling, tricky) in zip(range(4, -1, -1), answers, strict=True):
        at = (today - dt.timedelta(days=offset)).replace(hour=7, minute=45, second=0, microsecond=0)
        feelings.append(FeelingEntry(at=at, feeling=feeling, tricky=tricky))  # type: ignore[arg-type]
        stickers.append(StickerEntry(at=at + dt.timedelta(minutes=6), sticker="star", ritual=["hug", "kiss"]))
    return Progress(feelings=feelings, stickers=stickers)


def data_snapshot(data_dir: Path) -> dict[str, bytes]:
    """Every data file (not the lock, not the store's own safety copies) by relative path."""
    snapshot = {}
    for path in sorted(data_dir.rglob("*")):
        relative = path.relative_to(data_dir)
        if path.is_dir() or any(part.startswith(".") for part in relative.parts):
            continue
        if path.name.endswith(".bak") or ".corrupt-" in path.name:
            continue
        snapshot[relative.as_posix()] = path.read_bytes()
    return snapshot
