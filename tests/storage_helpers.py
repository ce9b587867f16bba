"""What the storage tests share: a fixed moment, a crash stand-in, a saved family, and ways to look at a folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dropoff_buddy.storage.models import StickerEntry
from dropoff_buddy.storage.store import ChildData, Notice, ProfileStore

NOW = dt.datetime(2026, 11, 22, 8, 15, tzinfo=dt.UTC)


class SimulatedCrash(BaseException):
    """Stands in for the process dying: not an OSError, so no cleanup code runs for it."""


def saved_sam(store: ProfileStore) -> ChildData:
    """A profile for Sam saved twice, so profile.json and progress.json both have a good .bak."""
    child = store.create_profile("Sam")
    child.profile.buddy.name = "Bun"
    child.progress.stickers.append(StickerEntry(at=NOW, sticker="star"))
    assert store.save_profile(child)
    assert store.save_progress(child)
    store.take_notices()
    return child


def names_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir()}


def kinds(notices: list[Notice]) -> list[str]:
    return [notice.kind for notice in notices]
