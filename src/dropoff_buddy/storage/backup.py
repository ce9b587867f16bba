"""Back up everything to one file, and restore from one.

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

The checking is ``storage.backup_check``; the limits, the manifest and the kinds of file a backup
may hold are ``storage.backup_format``. Callers import all of it from here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import shutil
import stat
import tempfile
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from dropoff_buddy import __version__
from dropoff_buddy.storage.atomic import TEMP_SUFFIX, describe_os_error
from dropoff_buddy.storage.backup_check import inspect_backup
from dropoff_buddy.storage.backup_format import (
    BACKUP_FILE_PREFIX,
    BACKUP_SCHEMA_VERSION,
    BACKUP_SUFFIX,
    CHUNK,
    FREE_SPACE_MARGIN,
    KIND_LIMITS,
    MANIFEST_NAME,
    NOTHING_CHANGED,
    BackupChild,
    BackupEntry,
    BackupError,
    BackupListing,
    BackupManifest,
    ValidBackup,
    checksum_failed,
    content_problem,
    damaged,
    member_kind,
)
from dropoff_buddy.storage.documents import APP_STATE_FILE_NAME, CORRUPT_MARKER, PROFILE_FILE_NAME
from dropoff_buddy.storage.exports import free_path
from dropoff_buddy.storage.paths import is_safe_profile_id, profiles_dir
from dropoff_buddy.storage.restore_finish import (
    BEFORE_RESTORE_PREFIX,
    RESTORE_COMPLETE_MARKER,
    RESTORE_STAGING_PREFIX,
    RESTORED_NAMES,
)
from dropoff_buddy.storage.safe_files import UnsafeFile, read_checked, size_words

#: ``storage.backup`` is the one door to backups: what ``backup_format`` and ``backup_check`` define
#: is named here too.
__all__ = [
    "BACKUP_FILE_PREFIX",
    "BackupChild",
    "BackupError",
    "BackupListing",
    "BackupManifest",
    "ValidBackup",
    "backup_file_stem",
    "child_to_open",
    "create_backup",
    "data_files",
    "inspect_backup",
    "is_store_safety_copy",
    "list_backups",
    "restore_backup",
]

log = logging.getLogger(__name__)


# --- making a backup ------------------------------------------------------------------------


def backup_file_stem(now: dt.datetime) -> str:
    return f"{BACKUP_FILE_PREFIX}{now.strftime('%Y-%m-%d-%H%M')}"


def is_store_safety_copy(name: str) -> bool:
    """True for files the store keeps for itself: hidden temp files, ``.bak`` and ``.corrupt-`` copies."""
    return name.startswith(".") or name.endswith(".bak") or CORRUPT_MARKER in name


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
        raise damaged(backup.path, "it changed after it was checked") from error

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
            f"and {size_words(free)} is free. Free some space, then try again. {NOTHING_CHANGED}",
        )


def _unpack(backup: ValidBackup, staging: Path) -> None:
    with zipfile.ZipFile(backup.path) as archive:
        for entry in backup.manifest.files:
            target = staging.joinpath(*PurePosixPath(entry.path).parts)
            # Belt and braces: the names were checked, but never write outside the staging folder.
            if staging.resolve() not in target.resolve().parents:
                raise checksum_failed(backup.path, entry.path)
            target.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            size = 0
            with archive.open(entry.path) as source, target.open("xb") as sink:
                while chunk := source.read(CHUNK):
                    size += len(chunk)
                    if size > entry.size:
                        raise checksum_failed(backup.path, entry.path)
                    digest.update(chunk)
                    sink.write(chunk)
                sink.flush()
                os.fsync(sink.fileno())
            if size != entry.size or digest.hexdigest() != entry.sha256:
                raise checksum_failed(backup.path, entry.path)


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
