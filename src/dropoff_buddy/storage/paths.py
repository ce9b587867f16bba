"""Where saved data lives on disk, and how a child's name becomes a safe folder name.

Layout inside the data folder::

    <data_dir>/app.json                      which profile played last
    <data_dir>/.lock                         held while Dropoff Buddy runs
    <data_dir>/profiles/<profile_id>/        one folder per child: profile.json, progress.json,
                                             and later photos and recordings
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

import platformdirs

APP_NAME = "dropoff-buddy"
DEFAULT_PROFILE_ID = "default"
PROFILES_FOLDER_NAME = "profiles"

PROFILE_ID_MAX_LENGTH = 40

_SAFE_PROFILE_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_-]*$")
# Windows refuses these as file or folder names whatever the extension.
_WINDOWS_RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{n}" for n in range(1, 10)} | {f"lpt{n}" for n in range(1, 10)}
)


def default_data_dir() -> Path:
    """The per-user folder where Dropoff Buddy keeps saves (it may not exist yet)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def find_levels_dir() -> Path:
    """The game's own ``levels/`` folder: inside the package when installed, beside ``src/`` in a checkout."""
    packaged = Path(__file__).resolve().parent.parent / "levels"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "levels"


def profiles_dir(data_dir: Path) -> Path:
    """The folder that holds one sub-folder per child profile."""
    return data_dir / PROFILES_FOLDER_NAME


def is_safe_profile_id(profile_id: str) -> bool:
    """True when ``profile_id`` can be used as a single folder name on every supported OS.

    Safe ids are ASCII letters, digits, ``_`` and ``-`` (not starting with ``-``), at most
    ``PROFILE_ID_MAX_LENGTH`` characters, and not a name Windows reserves (``con``, ``nul``...).
    """
    return (
        0 < len(profile_id) <= PROFILE_ID_MAX_LENGTH
        and _SAFE_PROFILE_ID.match(profile_id) is not None
        and profile_id.lower() not in _WINDOWS_RESERVED_NAMES
    )


def profile_id_from_name(name: str) -> str:
    """Turn a child's name into a safe, lower-case folder name (always non-empty).

    Latin letters keep their base form ("Zoë Ángel" -> ``zoe-angel``). Names with no Latin
    letters or digits ("李雷", "Саша") become ``child-`` plus a short hash of the name, so
    different names give different ids. The result always passes ``is_safe_profile_id``; it
    is not guaranteed unique among existing profiles (``ProfileStore.create_profile`` handles that).
    """
    # NFKD splits accents from their letters so "é" keeps its "e" when we drop non-ASCII.
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    slug = slug[:PROFILE_ID_MAX_LENGTH].rstrip("-")
    if not slug:
        canonical = unicodedata.normalize("NFC", " ".join(name.split())).casefold()
        slug = "child-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]
    if slug in _WINDOWS_RESERVED_NAMES:
        slug = f"{slug}-child"
    return slug
