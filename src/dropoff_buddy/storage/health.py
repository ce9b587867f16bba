"""Looking at a child's saved files without touching them, for ``dropoff-buddy doctor``.

``inspect_profile`` reads a profile's settings and progress (and their ``.bak`` copies) the way
``ProfileStore.open`` would, and says what each is (good, missing, damaged, newer, unreadable)
without moving, migrating or writing anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from dropoff_buddy.storage.atomic import (
    backup_path,
)
from dropoff_buddy.storage.documents import (
    PROFILE_DOCUMENT,
    PROGRESS_DOCUMENT,
    FoundDamaged,
    FoundGood,
    FoundMissing,
    FoundNewer,
    FoundUnreadable,
    ModelT,
    SavedDocument,
)
from dropoff_buddy.storage.models import (
    Profile,
)
from dropoff_buddy.storage.paths import (
    profiles_dir,
)
from dropoff_buddy.storage.store import _inspect

# --- looking without touching (for `dropoff-buddy doctor`) ----------------------------------

FileState = Literal["good", "missing", "damaged", "newer", "unreadable"]


@dataclass(frozen=True)
class FileHealth:
    """What one saved file of a profile is, found without changing anything on disk.

    ``noun`` is what it holds as a parent says it ("saved settings"); ``detail`` says what is
    wrong (empty when ``state`` is ``"good"`` or ``"missing"``); ``backup_good`` says whether
    its ``.bak`` copy would load, so the game would fall back to it.
    """

    file_name: str
    noun: str
    state: FileState
    detail: str = ""
    backup_good: bool = False


@dataclass(frozen=True)
class ProfileHealth:
    """One child profile as ``ProfileStore.open`` would find it, without opening it."""

    profile_id: str
    folder: Path
    profile: Profile | None  # the saved settings when they (or their .bak) load
    files: tuple[FileHealth, ...]


def inspect_profile(data_dir: Path, profile_id: str) -> ProfileHealth:
    """Read and check a profile's settings and progress (and their ``.bak``) without writing anything."""
    folder = profiles_dir(data_dir) / profile_id
    profile_health, profile = _document_health(folder, PROFILE_DOCUMENT)
    progress_health, _progress = _document_health(folder, PROGRESS_DOCUMENT)
    return ProfileHealth(profile_id, folder, profile, (profile_health, progress_health))


def _document_health(folder: Path, document: SavedDocument[ModelT]) -> tuple[FileHealth, ModelT | None]:
    """How one saved file is, and the model the game would use (the file's, else its ``.bak``'s)."""
    path = folder / document.file_name
    found = _inspect(path, document)
    if isinstance(found, FoundGood):
        return _file_health(document, found, False), found.model
    backup = _inspect(backup_path(path), document)
    model = backup.model if isinstance(backup, FoundGood) else None
    return _file_health(document, found, isinstance(backup, FoundGood)), model


def _file_health(
    document: SavedDocument[ModelT],
    found: FoundGood[ModelT] | FoundMissing | FoundDamaged | FoundNewer | FoundUnreadable,
    backup_good: bool,
) -> FileHealth:
    name, noun = document.file_name, document.noun
    if isinstance(found, FoundGood):
        return FileHealth(name, noun, "good")
    if isinstance(found, FoundMissing):
        return FileHealth(name, noun, "missing", backup_good=backup_good)
    if isinstance(found, FoundDamaged):
        return FileHealth(name, noun, "damaged", found.problem.splitlines()[0], backup_good)
    if isinstance(found, FoundNewer):
        return FileHealth(
            name, noun, "newer", f"written by a newer Dropoff Buddy (format {found.version})", backup_good
        )
    return FileHealth(name, noun, "unreadable", found.reason, backup_good)
