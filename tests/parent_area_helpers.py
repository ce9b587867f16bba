"""Sample family data for tests of the grown-ups' corner (the way in is ``parent_helpers``)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from dropoff_buddy.storage import atomic
from dropoff_buddy.storage.models import FeelingEntry, Progress, StickerEntry


def use_temporary_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Point the user's home (and so Documents) at a temporary folder; returns the Documents folder."""
    home = tmp_path / "home"
    documents = home / "Documents"
    documents.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return documents


def make_writes_fail(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """Every file the game writes from now on fails as the disk would with ``code`` (an errno:
    ``errno.ENOSPC`` for a full disk, ``errno.EROFS`` for a read-only one)."""

    def fail(path: Path, data: bytes) -> Path:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic, "_write_synced_temp_file", fail)


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
