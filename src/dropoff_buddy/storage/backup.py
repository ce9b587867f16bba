"""Back up everything to one file, restore from one, and delete everything.

A backup is one ``.zip`` file::

    manifest.json                    what is inside: schema_version, app version, and the
                                     size and SHA-256 of every other file
    app.json                         which child played last (if there is one)
    profiles/<profile id>/...        each child's profile.json, progress.json, photos, recordings

The store's own safety copies (``*.bak``, ``*.corrupt-*``) and hidden temp files are not
backed up: they are rebuilt by the store as it saves.

Restoring checks the WHOLE file before anything on disk changes (zip integrity, manifest,
every checksum, every profile and progress file through the same models and migrations the
game loads them with, no path outside the data folder, sane sizes). Only then is the restored
tree written to a hidden folder inside the data folder and swapped in with ``os.replace``; the
data it replaces is kept as ``.before-restore-<time>`` until the swap has fully succeeded, and
put back if it fails. Every failure is a ``BackupError`` with a kind message for a parent.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import re
import shutil
import stat
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dropoff_buddy import __version__
from dropoff_buddy.audio.recordings import MAX_STORED_BYTES, MAX_WORDS_BYTES, RECORDINGS_FOLDER
from dropoff_buddy.storage.atomic import TEMP_SUFFIX, describe_os_error
from dropoff_buddy.storage.exports import free_path
from dropoff_buddy.storage.migrations import (
    APP_STATE_MIGRATIONS,
    PROFILE_MIGRATIONS,
    PROGRESS_MIGRATIONS,
    Migration,
    MigrationError,
    migrate,
    schema_version_of,
)
from dropoff_buddy.storage.models import PROFILE_SCHEMA_VERSION, PROGRESS_SCHEMA_VERSION, Moment, Profile, Progress
from dropoff_buddy.storage.paths import PROFILES_FOLDER_NAME, is_safe_profile_id, profiles_dir
from dropoff_buddy.storage.photos import MAX_STORED_FILE_BYTES, PhotoRefused, check_stored_photo, decode_image
from dropoff_buddy.storage.safe_files import UnsafeFile, read_checked, size_words
from dropoff_buddy.storage.sound_files import SoundRefused, check_length, wav_header
from dropoff_buddy.storage.store import (
    APP_STATE_FILE_NAME,
    APP_STATE_SCHEMA_VERSION,
    BEFORE_RESTORE_PREFIX,
    CORRUPT_MARKER,
    MAX_SAVE_BYTES,
    PROFILE_FILE_NAME,
    PROGRESS_FILE_NAME,
    RESTORE_COMPLETE_MARKER,
    RESTORE_STAGING_PREFIX,
    RESTORED_NAMES,
    AppState,
)

log = logging.getLogger(__name__)

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
_CHUNK: Final = 1024 * 1024

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

_NOTHING_CHANGED: Final = "Nothing was changed."


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


# --- making a backup ------------------------------------------------------------------------


def backup_file_stem(now: dt.datetime) -> str:
    return f"{BACKUP_FILE_PREFIX}{now.strftime('%Y-%m-%d-%H%M')}"


def is_store_safety_copy(name: str) -> bool:
    """True for files the store keeps for itself: hidden temp files, ``.bak`` and ``.corrupt-`` copies."""
    return name.startswith(".") or name.endswith(".bak") or CORRUPT_MARKER in name


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


def data_files(data_dir: Path) -> list[tuple[str, Path]]:
    """Every file a backup holds, as (name inside the zip, path on disk), sorted by name.

    Only files Dropoff Buddy keeps (``member_kind``); symbolic links are never followed;
    folders that are not safe profile ids are left out.
    """
    files: list[tuple[str, Path]] = []
    app_state = data_dir / APP_STATE_FILE_NAME
    if app_state.is_file() and not app_state.is_symlink():
        files.append((APP_STATE_FILE_NAME, app_state))
    root = profiles_dir(data_dir)
    try:
        folders = sorted(root.iterdir())
    except FileNotFoundError:
        folders = []
    for folder in folders:
        if not is_safe_profile_id(folder.name) or folder.is_symlink() or not folder.is_dir():
            continue
        for current, dirnames, filenames in os.walk(folder, followlinks=False):
            dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
            for name in sorted(filenames):
                path = Path(current) / name
                if is_store_safety_copy(name) or path.is_symlink() or not path.is_file():
                    continue
                relative = path.relative_to(data_dir).as_posix()
                if member_kind(PurePosixPath(relative)) is not None:
                    files.append((relative, path))
    return sorted(files)


def create_backup(data_dir: Path, out_folder: Path, now: dt.datetime) -> Path:
    """Write one backup file of everything in ``data_dir`` into ``out_folder``; returns its path.

    The zip is written to a hidden temp file, checked with ``inspect_backup`` exactly as a
    restore would check it, synced, then renamed into place, so a backup that exists is a
    backup that restores. Raises ``BackupError`` when the data cannot be read or the file
    cannot be written (nothing is left behind then).
    """
    try:
        files = data_files(data_dir)
    except OSError as error:
        reason = describe_os_error(error, writing=False)
        raise BackupError(
            "unreadable",
            f"Dropoff Buddy couldn't read its data ({reason}). "
            f"No backup was made; check that {data_dir} can be read and try again.",
        ) from error
    if not any(name.endswith("/" + PROFILE_FILE_NAME) for name, _ in files):
        raise BackupError(
            "empty",
            "There is nothing to back up yet: no child's profile has been saved. "
            "Play once or finish the set-up, then try again.",
        )
    try:
        target = free_path(out_folder, backup_file_stem(now), BACKUP_SUFFIX)
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=out_folder)
    except OSError as error:
        raise _write_failed(error, out_folder) from error
    temp_path = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            _write_zip(stream, files, now, data_dir)
            stream.flush()
            os.fsync(stream.fileno())
        inspect_backup(temp_path)
        os.replace(temp_path, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise _write_failed(error, out_folder) from error
    except BackupError as error:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise BackupError(
            "write_failed", f"The backup didn't come out right, so it was not kept ({error.message}) Please try again."
        ) from error
    return target


def _write_zip(stream: BinaryIO, files: list[tuple[str, Path]], now: dt.datetime, data_dir: Path) -> list[BackupEntry]:
    """Write the files and the manifest. A photo or recording that would not restore (damaged,
    far too big, not an ordinary file) is left out, so one broken file never stops a backup."""
    entries: list[BackupEntry] = []
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, path in files:
            kind = member_kind(PurePosixPath(name))
            assert kind is not None
            try:
                data = read_checked(path, inside=data_dir, limit=KIND_LIMITS[kind])
            except UnsafeFile as unsafe:
                if unsafe.kind == "unreadable":
                    raise OSError(unsafe.errno or 0, unsafe.reason) from None
                log.warning("left %s out of the backup: %s", name, unsafe.reason)
                continue
            problem = content_problem(kind, data, path.name)
            if problem:
                log.warning("left %s out of the backup: %s", name, problem)
                continue
            info = zipfile.ZipInfo(name, date_time=_zip_time(path))
            # Photos and recordings are compressed already; squeezing them again only costs time.
            info.compress_type = zipfile.ZIP_DEFLATED if kind in ("app", "document", "words") else zipfile.ZIP_STORED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
            entries.append(BackupEntry(path=name, size=len(data), sha256=hashlib.sha256(data).hexdigest()))
        manifest = BackupManifest(
            schema_version=BACKUP_SCHEMA_VERSION,
            app="dropoff-buddy",
            app_version=__version__,
            created_at=now,
            files=entries,
        )
        archive.writestr(MANIFEST_NAME, manifest.model_dump_json(indent=2) + "\n")
    return entries


def _zip_time(path: Path) -> tuple[int, int, int, int, int, int]:
    stamp = dt.datetime.fromtimestamp(path.stat().st_mtime)
    stamp = max(stamp, dt.datetime(1980, 1, 1))  # the zip format starts in 1980
    return (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)


def _write_failed(error: OSError, folder: Path) -> BackupError:
    reason = describe_os_error(error, writing=True)
    if reason == "the disk is full":
        advice = "Free some space (or plug in a USB stick and copy the data folder by hand), then try again."
    elif reason == "the disk is read-only":
        advice = "Make the disk writable, then try again."
    else:
        advice = f"Check that {folder} exists and can be written to, then try again."
    return BackupError(
        "write_failed",
        f"The backup couldn't be saved in {folder}: {reason}. {advice} Your data in the game is safe and unchanged.",
    )


# --- finding backups ------------------------------------------------------------------------


def list_backups(folder: Path) -> list[BackupListing]:
    """Backup files (``dropoff-buddy-backup-*.zip``) in ``folder``, newest first; never raises."""
    found: list[BackupListing] = []
    try:
        candidates = list(folder.glob(f"{BACKUP_FILE_PREFIX}*{BACKUP_SUFFIX}"))
    except OSError:
        return []
    for path in candidates:
        try:
            info = path.stat()
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        found.append(BackupListing(path, dt.datetime.fromtimestamp(info.st_mtime).astimezone(), info.st_size))
    return sorted(found, key=lambda item: (item.modified, item.path.name), reverse=True)


# --- checking a backup ----------------------------------------------------------------------


def inspect_backup(path: Path) -> ValidBackup:
    """Check the whole backup file; returns what is in it, or raises ``BackupError`` saying why not.

    Reads the file only; nothing on disk changes.
    """
    try:
        info = path.stat()
    except OSError as error:
        raise BackupError(
            "unreadable",
            f"Dropoff Buddy couldn't open {path.name} ({describe_os_error(error, writing=False)}). {_NOTHING_CHANGED}",
        ) from error
    if stat.S_ISDIR(info.st_mode):
        raise BackupError("not_a_backup", f"{path.name} is a folder, not a backup file. {_NOTHING_CHANGED}")
    if not stat.S_ISREG(info.st_mode):
        raise BackupError(
            "not_a_backup",
            f"{path.name} is not an ordinary file (it is a device, pipe or socket), so it is not a backup. "
            f"{_NOTHING_CHANGED}",
        )
    if info.st_size > MAX_BACKUP_FILE_BYTES:
        raise BackupError(
            "too_big",
            f"{path.name} is far bigger ({size_words(info.st_size)}) than any Dropoff Buddy backup, so it was "
            f"not opened. {_NOTHING_CHANGED}",
        )
    try:
        with zipfile.ZipFile(path) as archive:
            return _inspect_archive(path, archive)
    except zipfile.BadZipFile as error:
        raise _bad_zip(path, error) from error
    except zlib.error as error:
        raise _bit_rot(path) from error
    except (zipfile.LargeZipFile, NotImplementedError) as error:
        raise _damaged(path, "it uses a kind of zip packing Dropoff Buddy never writes") from error
    except (EOFError, ValueError, struct.error) as error:
        raise _bit_rot(path) from error
    except OSError as error:
        raise BackupError(
            "unreadable",
            f"Dropoff Buddy couldn't read {path.name} ({describe_os_error(error, writing=False)}). {_NOTHING_CHANGED}",
        ) from error


def _bad_zip(path: Path, error: zipfile.BadZipFile | None = None) -> BackupError:
    """Not a zip at all, cut short (its index at the end is missing), or damaged inside."""
    try:
        with path.open("rb") as stream:
            start = stream.read(4)
            stream.seek(max(0, path.stat().st_size - 66_000))
            tail = stream.read()
    except OSError:
        start = tail = b""
    if not start.startswith(b"PK"):
        return BackupError(
            "not_a_backup",
            f"{path.name} isn't a Dropoff Buddy backup. Backups are .zip files "
            f'made with "Back up everything". {_NOTHING_CHANGED}',
        )
    if b"PK\x05\x06" not in tail:
        return _damaged(path, "it is cut short: its end is missing, perhaps it was still copying")
    return _bit_rot(path)


def _bit_rot(path: Path) -> BackupError:
    return _damaged(
        path,
        "some of the data inside it has changed since it was made, as happens on old USB sticks and "
        "failing disks, so it can't be unpacked",
    )


def _damaged(path: Path, what: str) -> BackupError:
    return BackupError(
        "damaged",
        f"{path.name} is damaged ({what}), so it can't be used. If you have another "
        f"copy of it, try that one. {_NOTHING_CHANGED}",
    )


def _check_member_name(path: Path, name: str) -> PurePosixPath:
    """The member's path if it is a plain relative path inside the backup, else a refusal."""
    unsafe = (
        not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name or any(ord(char) < 32 for char in name)
    )
    parts = PurePosixPath(name).parts
    if unsafe or any(part in ("", ".", "..") for part in name.rstrip("/").split("/")):
        raise BackupError(
            "unsafe_path",
            f"{path.name} tries to put a file outside Dropoff Buddy's folder "
            f"({name!r}), so it was refused to keep this computer safe. {_NOTHING_CHANGED}",
        )
    return PurePosixPath(*parts)


def _kind_of_member(path: Path, member: PurePosixPath) -> tuple[MemberKind, str | None]:
    """(what the member is, its profile id); refuses anything Dropoff Buddy doesn't keep."""
    parts = member.parts
    if len(parts) >= 3 and parts[0] == PROFILES_FOLDER_NAME and any(part.startswith(".") for part in parts[2:]):
        raise BackupError(
            "unsafe_path",
            f"{path.name} holds a hidden file ({member}) that Dropoff Buddy never writes, so it was refused. "
            f"{_NOTHING_CHANGED}",
        )
    kind = member_kind(member)
    if kind is None:
        raise BackupError(
            "unsafe_path",
            f"{path.name} holds a file Dropoff Buddy doesn't keep ({member}), so it was refused. {_NOTHING_CHANGED}",
        )
    return kind, parts[1] if len(parts) >= 3 else None


def _inspect_archive(path: Path, archive: zipfile.ZipFile) -> ValidBackup:
    members = _archive_members(path, archive)
    manifest_info = members.get(MANIFEST_NAME)
    if manifest_info is None:
        raise BackupError(
            "no_manifest",
            f"{path.name} is a zip file but not a Dropoff Buddy backup (it has no {MANIFEST_NAME}). {_NOTHING_CHANGED}",
        )
    for key in members:
        _kind_of_member(path, PurePosixPath(key))
    if manifest_info.file_size > MAX_MANIFEST_BYTES:
        raise BackupError("too_big", f"{path.name} has an oversized list of contents. {_NOTHING_CHANGED}")
    manifest = _read_manifest(path, _read_member(path, archive, manifest_info, MAX_MANIFEST_BYTES))
    listed = _check_listing(path, manifest, members)
    total = sum(entry.size for entry in manifest.files)
    if total > MAX_TOTAL_BYTES:
        raise BackupError(
            "too_big",
            f"{path.name} would unpack to {size_words(total)}, far more than any family's data "
            f"(Dropoff Buddy restores at most {size_words(MAX_TOTAL_BYTES)}). {_NOTHING_CHANGED}",
        )
    documents: dict[str, bytes] = {}
    for name, entry in sorted(listed.items()):
        document = _checked_member(path, archive, members[name], entry)
        if document is not None:
            documents[name] = document
    return _check_documents(path, manifest, documents, total)


def _archive_members(path: Path, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """The archive's files by their safe name; refuses links, passwords, unsafe names and repeats."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS + 1:
        raise BackupError(
            "too_big", f"{path.name} holds far more files than a Dropoff Buddy backup. {_NOTHING_CHANGED}"
        )
    members: dict[str, zipfile.ZipInfo] = {}
    for item in infos:
        member = _check_member_name(path, item.filename)
        if item.is_dir():
            continue
        mode = item.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise BackupError(
                "unsafe_path",
                f"{path.name} holds a link ({item.filename}) instead of a file, so it "
                f"was refused to keep this computer safe. {_NOTHING_CHANGED}",
            )
        if item.flag_bits & 0x1:
            raise BackupError(
                "not_a_backup",
                f"{path.name} is password-protected; Dropoff Buddy backups never are. {_NOTHING_CHANGED}",
            )
        key = member.as_posix()
        if key in members:
            raise _damaged(path, f"{key} is in it twice")
        members[key] = item
    return members


def _check_listing(path: Path, manifest: BackupManifest, members: dict[str, zipfile.ZipInfo]) -> dict[str, BackupEntry]:
    """The manifest's entries by path, once each, naming exactly the archive's files."""
    listed = {entry.path: entry for entry in manifest.files}
    if len(listed) != len(manifest.files):
        raise BackupError("bad_manifest", f"{path.name} lists a file twice in its contents. {_NOTHING_CHANGED}")
    present = set(members) - {MANIFEST_NAME}
    missing = sorted(set(listed) - present)
    extra = sorted(present - set(listed))
    if missing:
        raise _damaged(path, f"{missing[0]} is missing from it")
    if extra:
        raise BackupError(
            "checksum",
            f"{path.name} holds a file its list of contents doesn't mention ({extra[0]}), "
            f"so it can't be trusted. {_NOTHING_CHANGED}",
        )
    return listed


def _checked_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, entry: BackupEntry) -> bytes | None:
    """Check one listed file's size, checksum and contents; returns a saved document's bytes (else None)."""
    name = entry.path
    member = PurePosixPath(name)
    kind, _ = _kind_of_member(path, member)
    if info.file_size != entry.size:
        raise _checksum_failed(path, name)
    if entry.size > KIND_LIMITS[kind]:
        raise BackupError(
            "too_big",
            f"{name} in {path.name} is {size_words(entry.size)}, far bigger than such a file ever is, so the "
            f"backup was refused. {_NOTHING_CHANGED}",
        )
    if entry.size > RATIO_CHECKED_ABOVE and entry.size > MAX_RATIO * max(1, info.compress_size):
        raise BackupError(
            "too_big",
            f"{name} in {path.name} would unpack from {size_words(info.compress_size)} to "
            f"{size_words(entry.size)}. Real photos, recordings and saves never shrink like that, so the "
            f"backup was refused to keep this computer safe. {_NOTHING_CHANGED}",
        )
    data = _verified_member(path, archive, info, entry, keep=kind != "manifest")
    if kind in ("app", "document"):
        return data
    problem = content_problem(kind, data, member.name)
    if problem:
        what = {"photo": "photo", "recording": "recording", "words": "recording's words"}[kind]
        raise BackupError(
            "invalid_data",
            f"The {what} {name} in {path.name} can't be used: {problem}. So that nothing broken is "
            f"brought back, the backup was refused. {_NOTHING_CHANGED}",
        )
    return None


def _read_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with archive.open(info) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise BackupError("too_big", f"{info.filename} in {path.name} is far too big. {_NOTHING_CHANGED}")
    return data


def _verified_member(
    path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, entry: BackupEntry, *, keep: bool
) -> bytes:
    """Read one member in chunks (never more than its listed size) and check its checksum."""
    digest = hashlib.sha256()
    kept = bytearray()
    size = 0
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > entry.size:
                raise _checksum_failed(path, entry.path)
            digest.update(chunk)
            if keep:
                kept.extend(chunk)
    if size != entry.size or digest.hexdigest() != entry.sha256:
        raise _checksum_failed(path, entry.path)
    return bytes(kept)


def _checksum_failed(path: Path, name: str) -> BackupError:
    return BackupError(
        "checksum",
        f"Part of {path.name} ({name}) is not what it was when the backup was made, so "
        f"the backup can't be trusted. If you have another copy of it, try that one. {_NOTHING_CHANGED}",
    )


def _read_manifest(path: Path, raw: bytes) -> BackupManifest:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as error:
        raise BackupError("bad_manifest", f"{path.name} has a damaged list of contents. {_NOTHING_CHANGED}") from error
    if not isinstance(data, dict):
        raise BackupError("bad_manifest", f"{path.name} has a damaged list of contents. {_NOTHING_CHANGED}")
    version = data.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > BACKUP_SCHEMA_VERSION:
        raise BackupError(
            "newer_version",
            f"{path.name} was made by a newer Dropoff Buddy. Please update Dropoff "
            f"Buddy on this computer, then restore it. {_NOTHING_CHANGED}",
        )
    try:
        return BackupManifest.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        if first["type"] == "less_than_equal" and [str(part) for part in first["loc"]][-1:] == ["size"]:
            raise BackupError(  # a file far too big is a size problem, not a puzzle: say it so
                "too_big",
                f"{path.name} says it holds {_first_problem(error).removeprefix('it lists ')}, so it was not "
                f"unpacked. {_NOTHING_CHANGED}",
            ) from error
        raise BackupError(
            "bad_manifest",
            f"{path.name} has a list of contents Dropoff Buddy can't understand "
            f"({_first_problem(error)}). {_NOTHING_CHANGED}",
        ) from error


def _first_problem(error: ValidationError) -> str:
    """The first problem pydantic found, in plain words for a parent (no type names or limits in bytes)."""
    first = error.errors()[0]
    location = [str(part) for part in first["loc"]]
    kind = first["type"]
    value = first.get("input")
    if location[:1] == ["files"] and location[-1:] == ["size"] and kind in ("less_than_equal", "greater_than_equal"):
        if isinstance(value, int) and value > 0:
            return f"it lists a file of {size_words(value)}, far bigger than any file Dropoff Buddy keeps"
        return "it lists a file with an impossible size"
    if location[:1] == ["files"] and kind == "too_long":
        return "it lists far more files than a Dropoff Buddy backup holds"
    if location[-1:] == ["sha256"]:
        return "a checksum in it is not written the way Dropoff Buddy writes them"
    if kind.startswith(("datetime", "date")):
        return f"{_where(location)} is not a date and time"
    if kind == "missing":
        return f"{_where(location)} is missing"
    if kind == "extra_forbidden":
        return f"it has something Dropoff Buddy doesn't know ({_where(location)}); it may be from a newer version"
    message = str(first["msg"]).removeprefix("Value error, ")
    message = message.replace("Input should be", "should be")
    return f"{_where(location)}: {message}"


def _where(location: list[str]) -> str:
    """``["grownups", "0", "name"]`` → ``grownups 1 name`` (counting from 1, as people do)."""
    words = [str(int(part) + 1) if part.isdigit() else part.replace("_", " ") for part in location]
    return " ".join(words) or "the file"


def _validated(
    path: Path,
    name: str,
    raw: bytes,
    model: type[BaseModel],
    ladder: Mapping[int, Migration],
    current: int,
    what: str,
) -> BaseModel:
    """``raw`` JSON through the migrations and the model, exactly as the store would load it."""
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("expected a JSON object")
        version = schema_version_of(data)
    except (ValueError, RecursionError) as error:
        raise BackupError(
            "invalid_data",
            f"{what} in {path.name} is damaged ({name}: {_short(error)}), so the "
            f"backup can't be used. {_NOTHING_CHANGED}",
        ) from error
    if version > current:
        raise BackupError(
            "newer_version",
            f"{what} in {path.name} were saved by a newer Dropoff Buddy (file version "
            f"{version}; this one knows up to {current}). Please update Dropoff Buddy, then restore "
            f"it. {_NOTHING_CHANGED}",
        )
    try:
        upgraded = migrate(data, ladder, current)
        return model.model_validate(upgraded)
    except (MigrationError, ValidationError, RecursionError) as error:
        detail = _first_problem(error) if isinstance(error, ValidationError) else _short(error)
        raise BackupError(
            "invalid_data",
            f"{what} in {path.name} don't pass Dropoff Buddy's checks ({name}: "
            f"{detail}), so the backup can't be used. {_NOTHING_CHANGED}",
        ) from error


def _short(error: Exception) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text[:160]


def _check_documents(path: Path, manifest: BackupManifest, documents: dict[str, bytes], total: int) -> ValidBackup:
    profile_ids = sorted(
        {
            PurePosixPath(entry.path).parts[1]
            for entry in manifest.files
            if PurePosixPath(entry.path).parts[0] == PROFILES_FOLDER_NAME
        }
    )
    if not profile_ids:
        raise BackupError(
            "empty", f"{path.name} has no children's profiles in it, so there is nothing to restore. {_NOTHING_CHANGED}"
        )
    children: list[BackupChild] = []
    for profile_id in profile_ids:
        profile_name = f"{PROFILES_FOLDER_NAME}/{profile_id}/{PROFILE_FILE_NAME}"
        raw_profile = documents.get(profile_name)
        if raw_profile is None:
            raise BackupError(
                "invalid_data",
                f"{path.name} has a child's folder ({profile_id}) without its settings "
                f"file, so it can't be used. {_NOTHING_CHANGED}",
            )
        profile = _validated(
            path,
            profile_name,
            raw_profile,
            Profile,
            PROFILE_MIGRATIONS,
            PROFILE_SCHEMA_VERSION,
            f"The saved settings of {profile_id!r}",
        )
        assert isinstance(profile, Profile)
        progress_name = f"{PROFILES_FOLDER_NAME}/{profile_id}/{PROGRESS_FILE_NAME}"
        raw_progress = documents.get(progress_name)
        progress = Progress()
        if raw_progress is not None:
            checked = _validated(
                path,
                progress_name,
                raw_progress,
                Progress,
                PROGRESS_MIGRATIONS,
                PROGRESS_SCHEMA_VERSION,
                f"{profile.child.name}'s stickers and feelings",
            )
            assert isinstance(checked, Progress)
            progress = checked
        children.append(BackupChild(profile_id, profile.child.name, len(progress.stickers), len(progress.feelings)))
    last_profile_id: str | None = None
    raw_app = documents.get(APP_STATE_FILE_NAME)
    if raw_app is not None:
        app_state = _validated(
            path,
            APP_STATE_FILE_NAME,
            raw_app,
            AppState,
            APP_STATE_MIGRATIONS,
            APP_STATE_SCHEMA_VERSION,
            "The note of who played last",
        )
        assert isinstance(app_state, AppState)
        last_profile_id = app_state.last_profile_id
    return ValidBackup(
        path=path, manifest=manifest, children=tuple(children), last_profile_id=last_profile_id, total_bytes=total
    )


# --- restoring ------------------------------------------------------------------------------


def restore_backup(backup: ValidBackup, data_dir: Path, now: dt.datetime) -> None:
    """Replace everything in ``data_dir`` with the contents of ``backup`` (checked by ``inspect_backup``).

    Unpacks into a hidden folder in ``data_dir`` (checking every checksum again, in case the
    file changed since it was checked), then swaps it in with ``os.replace``. The data it
    replaces is kept as ``.before-restore-<time>`` until the swap succeeded and put back if
    anything fails. Raises ``BackupError``; then the data on disk is as it was.
    """
    stamp = now.strftime("%Y%m%dT%H%M%S")
    staging = data_dir / f"{RESTORE_STAGING_PREFIX}{stamp}"
    previous = data_dir / f"{BEFORE_RESTORE_PREFIX}{stamp}"
    _check_free_space(backup, data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        if staging.exists():
            shutil.rmtree(staging)
        staging.mkdir()
        _unpack(backup, staging)
        _sync_folder(staging)
        (staging / RESTORE_COMPLETE_MARKER).write_bytes(b"")  # from here on, an interruption finishes it
        _sync_folder(staging)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise _restore_failed(error, data_dir) from error
    except BackupError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise _damaged(backup.path, "it changed after it was checked") from error

    names = list(RESTORED_NAMES)
    moved: list[str] = []
    placed: list[str] = []
    try:
        previous.mkdir()
        for name in names:
            if (data_dir / name).exists() or (data_dir / name).is_symlink():
                os.replace(data_dir / name, previous / name)
                moved.append(name)
        for name in names:
            if (staging / name).exists():
                os.replace(staging / name, data_dir / name)
                placed.append(name)
    except OSError as error:
        for name in reversed(placed):
            with contextlib.suppress(OSError):
                os.replace(data_dir / name, staging / name)
        for name in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(previous / name, data_dir / name)
        shutil.rmtree(staging, ignore_errors=True)
        with contextlib.suppress(OSError):
            previous.rmdir()  # only if everything went back
        raise _restore_failed(error, data_dir) from error
    _sync_folder(data_dir)
    shutil.rmtree(previous, ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)


def _sync_folder(folder: Path) -> None:
    """Sync a folder's entries (renames, new files) to disk where the OS allows; best effort."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _check_free_space(backup: ValidBackup, data_dir: Path) -> None:
    """Refuse before writing anything when the disk can't hold the restored data."""
    folder = data_dir
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # can't tell: the unpacking itself will say if the disk is full
    needed = backup.total_bytes + FREE_SPACE_MARGIN
    if free < needed:
        raise BackupError(
            "restore_failed",
            f"There isn't room on this disk to restore {backup.path.name}: it needs about {size_words(needed)} "
            f"and {size_words(free)} is free. Free some space, then try again. {_NOTHING_CHANGED}",
        )


def _unpack(backup: ValidBackup, staging: Path) -> None:
    with zipfile.ZipFile(backup.path) as archive:
        for entry in backup.manifest.files:
            target = staging.joinpath(*PurePosixPath(entry.path).parts)
            # Belt and braces: the names were checked, but never write outside the staging folder.
            if staging.resolve() not in target.resolve().parents:
                raise _checksum_failed(backup.path, entry.path)
            target.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            size = 0
            with archive.open(entry.path) as source, target.open("xb") as sink:
                while chunk := source.read(_CHUNK):
                    size += len(chunk)
                    if size > entry.size:
                        raise _checksum_failed(backup.path, entry.path)
                    digest.update(chunk)
                    sink.write(chunk)
                sink.flush()
                os.fsync(sink.fileno())
            if size != entry.size or digest.hexdigest() != entry.sha256:
                raise _checksum_failed(backup.path, entry.path)


def _restore_failed(error: OSError, data_dir: Path) -> BackupError:
    reason = describe_os_error(error, writing=True)
    return BackupError(
        "restore_failed",
        f"The backup couldn't be restored: {reason}. Everything is as it was "
        f"before. Check that {data_dir} can be written to (and has free space), then try again.",
    )


def child_to_open(backup: ValidBackup, current_profile_id: str) -> str:
    """Which child to play with after a restore: the one who played last in the backup, or the
    current child if the backup has them, or the backup's first child."""
    ids = [child.profile_id for child in backup.children]
    if backup.last_profile_id in ids:
        assert backup.last_profile_id is not None
        return backup.last_profile_id
    if current_profile_id in ids:
        return current_profile_id
    return ids[0]
