"""What a backup file is: its sane sizes, its list of contents, the kinds of file it may hold.

``storage.backup`` makes and restores backups and ``storage.backup_check`` checks them; both
use these limits, the manifest models (``BackupManifest``), ``member_kind`` (what a file inside
a backup is), ``content_problem`` (why a photo or recording would not load) and ``BackupError``
with the kind refusals a parent reads.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from dropoff_buddy.audio.recordings import MAX_STORED_BYTES, MAX_WORDS_BYTES, RECORDINGS_FOLDER
from dropoff_buddy.storage.documents import APP_STATE_FILE_NAME, MAX_SAVE_BYTES, PROFILE_FILE_NAME, PROGRESS_FILE_NAME
from dropoff_buddy.storage.image_header import PhotoRefused
from dropoff_buddy.storage.models import Moment
from dropoff_buddy.storage.paths import PROFILES_FOLDER_NAME, is_safe_profile_id
from dropoff_buddy.storage.photos import MAX_STORED_FILE_BYTES, check_stored_photo, decode_image
from dropoff_buddy.storage.sound_files import SoundRefused, check_length, wav_header

BACKUP_SCHEMA_VERSION: Final = 1
MANIFEST_NAME: Final = "manifest.json"
BACKUP_FILE_PREFIX: Final = "dropoff-buddy-backup-"
BACKUP_SUFFIX: Final = ".zip"

# Sane sizes: far above a family's real data, far below what could fill a disk or memory.
# Each kind of file has its own limit (a save 8 MB, a photo 24 MB, a recording 16 MB, its words
# 64 KB); all of them together may unpack to at most 1 GB; a member may unpack to at most 100
# times its packed size once it is over 1 MB (real photos, recordings and saves stay far below:
# a "zip bomb" of zeros is 1000 times); and the disk must have room for all of it plus 64 MB.
MAX_MEMBERS: Final = 5000
MAX_JSON_BYTES: Final = MAX_SAVE_BYTES
MAX_FILE_BYTES: Final = max(MAX_STORED_FILE_BYTES, MAX_STORED_BYTES, MAX_JSON_BYTES)
MAX_TOTAL_BYTES: Final = 1024 * 1024 * 1024
MAX_BACKUP_FILE_BYTES: Final = MAX_TOTAL_BYTES + 64 * 1024 * 1024
MAX_MANIFEST_BYTES: Final = 2 * 1024 * 1024
MAX_RATIO: Final = 100
RATIO_CHECKED_ABOVE: Final = 1024 * 1024
FREE_SPACE_MARGIN: Final = 64 * 1024 * 1024
CHUNK: Final = 1024 * 1024

#: What each file in a backup may be, and how big.
MemberKind = Literal["manifest", "app", "document", "photo", "recording", "words"]
KIND_LIMITS: Final[dict[str, int]] = {
    "manifest": MAX_MANIFEST_BYTES,
    "app": MAX_JSON_BYTES,
    "document": MAX_JSON_BYTES,
    "photo": MAX_STORED_FILE_BYTES,
    "recording": MAX_STORED_BYTES,
    "words": MAX_WORDS_BYTES,
}
_PHOTO_SUFFIXES: Final = (".jpg", ".png")
#: A recording's file name without ``.wav``/``.txt``: its line's Fluent id (``lines--ritual-promise``),
#: or an older version's key (``goodbye.love_you``), moved to the new name when the profile opens.
_RECORDING_NAME: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,159}$")

BackupProblem = Literal[
    "unreadable",
    "not_a_backup",
    "damaged",
    "too_big",
    "unsafe_path",
    "no_manifest",
    "bad_manifest",
    "newer_version",
    "checksum",
    "invalid_data",
    "empty",
    "write_failed",
    "restore_failed",
]

NOTHING_CHANGED: Final = "Nothing was changed."
ANOTHER_COPY: Final = f"If you have another copy of it, try that one. {NOTHING_CHANGED}"


class BackupError(Exception):
    """A backup could not be made, or a file was refused; ``message`` is kind and says what to do."""

    def __init__(self, problem: BackupProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.message = message


class BackupEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    path: str = Field(min_length=1, max_length=400)
    size: int = Field(ge=0, le=MAX_FILE_BYTES)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class BackupManifest(BaseModel):
    """``manifest.json``: what the backup holds."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1]
    app: Literal["dropoff-buddy"]
    app_version: str = Field(max_length=40)
    created_at: Moment
    files: list[BackupEntry] = Field(max_length=MAX_MEMBERS)


@dataclass(frozen=True)
class BackupChild:
    profile_id: str
    name: str
    stickers: int
    check_ins: int


@dataclass(frozen=True)
class ValidBackup:
    """A backup file that passed every check, with what a parent needs to decide."""

    path: Path
    manifest: BackupManifest
    children: tuple[BackupChild, ...]
    last_profile_id: str | None
    total_bytes: int

    @property
    def created_at(self) -> dt.datetime:
        return self.manifest.created_at


@dataclass(frozen=True)
class BackupListing:
    """A backup file found in a folder (not yet checked)."""

    path: Path
    modified: dt.datetime
    size: int


def member_kind(member: PurePosixPath) -> MemberKind | None:
    """What a file at ``member`` (a path inside a backup, or inside the data folder) is, or None for
    anything Dropoff Buddy does not keep there."""
    if member == PurePosixPath(MANIFEST_NAME):
        return "manifest"
    if member == PurePosixPath(APP_STATE_FILE_NAME):
        return "app"
    parts = member.parts
    if len(parts) < 3 or parts[0] != PROFILES_FOLDER_NAME or not is_safe_profile_id(parts[1]):
        return None
    rest = parts[2:]
    if len(rest) == 1:
        if rest[0] in (PROFILE_FILE_NAME, PROGRESS_FILE_NAME):
            return "document"
        if member.suffix in _PHOTO_SUFFIXES and not rest[0].startswith("."):
            return "photo"
    if len(rest) == 2 and rest[0] == RECORDINGS_FOLDER and _RECORDING_NAME.match(member.stem):
        if member.suffix == ".wav":
            return "recording"
        if member.suffix == ".txt":
            return "words"
    return None


def content_problem(kind: MemberKind, data: bytes, name: str) -> str:
    """Why the bytes of a photo, recording or its words would not load ("" when they would).

    The same checks the game makes before it shows or plays them (``storage.photos``,
    ``storage.sound_files``), plus decoding the photo, as an import does.
    """
    if kind == "photo":
        try:
            decode_image(data, check_stored_photo(data, name), name)
        except PhotoRefused as refused:
            return refused.reason
        return ""
    if kind == "recording":
        try:
            sound = wav_header(data)
            check_length(sound)
        except SoundRefused as refused:
            return refused.reason
        return "" if sound.bits == 16 else "it is not the kind of WAV sound Dropoff Buddy records"
    if kind == "words":
        try:
            data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return "it is not text"
    return ""


def refusal(problem: BackupProblem, message: str) -> BackupError:
    """A backup refused before anything was restored: ``message`` then says that nothing was changed."""
    return BackupError(problem, f"{message} {NOTHING_CHANGED}")


def damaged(path: Path, what: str) -> BackupError:
    return BackupError(
        "damaged",
        f"{path.name} is damaged ({what}), so it can't be used. {ANOTHER_COPY}",
    )


def checksum_failed(path: Path, name: str) -> BackupError:
    return BackupError(
        "checksum",
        f"Part of {path.name} ({name}) is not what it was when the backup was made, so "
        f"the backup can't be trusted. {ANOTHER_COPY}",
    )
