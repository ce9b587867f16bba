"""What each child's folder holds, in words a parent recognises, read without changing anything.

The data page shows this before "Delete all data" so a parent sees what would be lost. It reads
the store's own files (names from ``store.py``), never writes, and never raises.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from dropoff_buddy.storage.backup import is_store_safety_copy
from dropoff_buddy.storage.documents import PROFILE_FILE_NAME, PROGRESS_FILE_NAME
from dropoff_buddy.storage.models import Profile, Progress
from dropoff_buddy.storage.paths import profiles_dir


@dataclass(frozen=True)
class ProfileContents:
    """What one child's folder holds, in words a parent recognises."""

    profile_id: str
    name: str
    stickers: int
    check_ins: int
    other_files: int  # photos, recordings


def describe_profiles(data_dir: Path) -> list[ProfileContents]:
    """Every child's folder and what is in it, read without changing anything; never raises."""
    found: list[ProfileContents] = []
    try:
        folders = sorted(profiles_dir(data_dir).iterdir())
    except OSError:
        return found
    for folder in folders:
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        name = folder.name
        stickers = check_ins = other = 0
        with contextlib.suppress(OSError, ValueError):
            name = Profile.model_validate_json((folder / PROFILE_FILE_NAME).read_bytes()).child.name
        try:
            progress = Progress.model_validate_json((folder / PROGRESS_FILE_NAME).read_bytes())
            stickers, check_ins = len(progress.stickers), len(progress.feelings)
        except (OSError, ValueError):
            pass
        with contextlib.suppress(OSError):
            other = sum(
                1
                for path in folder.rglob("*")
                if path.is_file()
                and not is_store_safety_copy(path.name)
                and path.name not in (PROFILE_FILE_NAME, PROGRESS_FILE_NAME)
            )
        found.append(ProfileContents(folder.name, name, stickers, check_ins, other))
    return found
