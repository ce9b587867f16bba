"""Delete all data: nothing of any child is left on this computer unless the parent keeps it.

``erase_everything`` removes, for every child: the profile folders (settings, stickers, feelings,
photos, recordings), the store's own leftovers (``.bak``, ``.corrupt-``, half-finished deletes and
restores), the note of who played last, the logs (a notice can name a child), and the cached
speech (spoken lines such as "Good morning, Maya!" rendered by the built-in voice). Then a fresh
default profile is made, so a child can still play.

Files the parent saved outside the data folder (backups, spreadsheets, printables in Documents)
are the parent's: ``saved_family_files`` lists them by name for the parent to decide, and
``erase_files`` removes the ones they chose. Nothing here raises; what could not be removed is
returned by name.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from dropoff_buddy.storage.documents import ChildData
from dropoff_buddy.storage.instance_lock import LOCK_FILE_NAME
from dropoff_buddy.storage.paths import DEFAULT_PROFILE_ID
from dropoff_buddy.storage.store import ProfileStore

log = logging.getLogger(__name__)

#: Every file Dropoff Buddy saves for the parent starts with this (backups, spreadsheets, printables).
SAVED_FILE_PREFIX: Final = "dropoff-buddy-"
SAVED_FILE_SUFFIXES: Final = (".zip", ".csv", ".pdf")


@dataclass(frozen=True)
class EraseResult:
    """After "delete all data": the fresh profile to play with, and what could not be removed."""

    child: ChildData
    left_behind: tuple[str, ...]


def saved_family_files(folders: Iterable[Path]) -> list[Path]:
    """Backups, spreadsheets and printables Dropoff Buddy saved in ``folders``, sorted by name.

    Only ordinary files named ``dropoff-buddy-…`` with one of ``SAVED_FILE_SUFFIXES``; links and
    folders are left alone. Never raises.
    """
    found: dict[Path, None] = {}
    for folder in folders:
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if not name.startswith(SAVED_FILE_PREFIX) or not name.lower().endswith(SAVED_FILE_SUFFIXES):
                continue
            with contextlib.suppress(OSError):
                if entry.is_file() and not entry.is_symlink():
                    found[entry] = None
    return sorted(found, key=lambda path: path.name)


def erase_files(paths: Sequence[Path]) -> tuple[str, ...]:
    """Delete ``paths`` (files the parent chose); returns the names of those that stayed."""
    left: list[str] = []
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            log.warning("could not delete %s: %s", path, error)
            left.append(path.name)
    return tuple(left)


def erase_speech_cache(folder: Path | None) -> tuple[str, ...]:
    """Remove every cached spoken line (the folder itself stays); returns what could not be removed."""
    if folder is None:
        return ()
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return ()
    except OSError as error:
        log.warning("could not look into the speech cache %s: %s", folder, error)
        return (str(folder),)
    return tuple(_remove_all(entries))


def erase_everything(store: ProfileStore, *, speech_cache: Path | None) -> EraseResult:
    """Remove every child's data, the logs and the cached speech; then make a fresh default profile.

    Everything in the data folder goes except its lock file (held while the game runs). Never
    raises; ``left_behind`` names what could not be removed.
    """
    left: list[str] = []
    for profile_id in store.list_profiles():
        if not store.delete_profile(profile_id):
            left.append(profile_id)
    try:
        entries = [entry for entry in store.data_dir.iterdir() if entry.name != LOCK_FILE_NAME]
    except OSError:
        entries = []
    left.extend(_remove_all(entries))
    left.extend(erase_speech_cache(speech_cache))
    child = store.open(DEFAULT_PROFILE_ID)
    store.remember_last_profile(child.profile_id)
    return EraseResult(child=child, left_behind=tuple(left))


def _remove_all(entries: Iterable[Path]) -> list[str]:
    """Remove files, links and whole folders; returns the names that stayed."""
    left = []
    for entry in entries:
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            log.warning("could not delete %s: %s", entry, error)
            left.append(entry.name)
    return left


__all__ = [
    "SAVED_FILE_PREFIX",
    "EraseResult",
    "erase_everything",
    "erase_files",
    "erase_speech_cache",
    "saved_family_files",
]
