"""Saved files as older versions of the game wrote them (``tests/fixtures``), put where a family has them."""

from __future__ import annotations

import shutil
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def old_profile_folder(data_dir: Path, profile_id: str, profile: str, progress: str | None = None) -> Path:
    """The folder of child ``profile_id`` holding ``fixtures/<profile>`` as its profile.json (and
    ``fixtures/<progress>`` as its progress.json); returns the folder."""
    folder = data_dir / "profiles" / profile_id
    folder.mkdir(parents=True)
    shutil.copy(FIXTURES / profile, folder / "profile.json")
    if progress is not None:
        shutil.copy(FIXTURES / progress, folder / "progress.json")
    return folder
