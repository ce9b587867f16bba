"""Crash-safe file replacement: a reader only ever sees the old complete file or the new one.

``atomic_write_bytes`` writes to a temp file in the same folder, syncs it, keeps the current
file as ``<name>.bak``, then renames the temp file over the real one. Temp files are named
``.<name>.<random>.tmp``; one left behind by a crash is harmless and ``remove_leftover_temp_files``
clears it on the next load.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import tempfile
from pathlib import Path

BACKUP_SUFFIX = ".bak"
TEMP_SUFFIX = ".tmp"


class SaveError(OSError):
    """A write did not happen; the file on disk is unchanged.

    ``reason`` is a short, kind phrase for a parent ("the disk is full"); ``errno`` and
    ``filename`` are those of the underlying ``OSError``.
    """

    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause), str(path))
        self.path = path
        self.reason = describe_os_error(cause, writing=True)


_OTHER_REASONS: dict[int, str] = {
    errno.EIO: "the disk could not be read or written (it may have been unplugged, or be failing)",
    errno.ENAMETOOLONG: "a file name or folder path is too long for this disk",
    errno.ELOOP: "a link in the folder path points back at itself",
    errno.EMFILE: "the computer has too many files open just now; closing other programs helps",
    errno.ENFILE: "the computer has too many files open just now; closing other programs helps",
    errno.EBUSY: "another program is using the file just now",
    errno.EISDIR: "a folder is in the way where a file belongs",
    errno.ENOMEM: "the computer ran out of memory",
    errno.EFBIG: "the file is too big for this disk (FAT-formatted USB sticks take at most 4 GB per file)",
    errno.ENXIO: "the disk is not there (it may have been unplugged)",
    errno.ENODEV: "the disk is not there (it may have been unplugged)",
}


def describe_os_error(error: OSError, *, writing: bool) -> str:
    """A short phrase for a parent saying why a read or write failed ("the disk is full")."""
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "the disk is full"
    if code == errno.EROFS:
        return "the disk is read-only"
    if isinstance(error, PermissionError) or code in (errno.EACCES, errno.EPERM):
        verb = "write to" if writing else "read"
        return f"Dropoff Buddy isn't allowed to {verb} its save folder"
    if isinstance(error, (FileNotFoundError, NotADirectoryError)):
        return "the save folder is missing or is not a folder"
    if code in _OTHER_REASONS:
        return _OTHER_REASONS[code]
    detail = (error.strerror or "").strip().rstrip(".")
    if detail:
        return f"the computer said: {detail[:1].lower()}{detail[1:]}"
    return f"the disk refused ({type(error).__name__})"


def backup_path(path: Path) -> Path:
    """Where the last good copy of ``path`` is kept (``profile.json`` -> ``profile.json.bak``)."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def leftover_temp_files(path: Path) -> list[Path]:
    """Temp files that an interrupted write of ``path`` (or of its backup) left in its folder."""
    try:
        return sorted(path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}"))
    except OSError:
        # An unreadable folder simply has no leftovers we can see.
        return []


def remove_leftover_temp_files(path: Path) -> int:
    """Delete temp files left by interrupted writes of ``path``; returns how many went.

    Never raises: a temp file that cannot be removed is ignored, as readers never look at it.
    """
    removed = 0
    for temp in leftover_temp_files(path):
        try:
            temp.unlink()
        except OSError:
            continue  # read-only folder: the leftover is ignored by readers anyway
        removed += 1
    return removed


def atomic_write_bytes(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file.

    The parent folder must exist. With ``keep_backup`` the current ``path`` (if any) is kept as
    ``<name>.bak`` first; the backup itself is replaced atomically, so it is always a complete
    file. The caller decides whether the current file is good enough to keep. On success the
    folder entry is synced where the OS supports it.

    Raises ``SaveError`` if anything fails; then ``path`` is untouched and no temp file is left
    behind (a hard crash can leave one, which readers ignore).
    """
    try:
        temp_path = _write_synced_temp_file(path, data)
    except OSError as error:
        raise SaveError(path, error) from error
    try:
        if keep_backup and path.exists():
            _replace_backup(path)
        os.replace(temp_path, path)
    except OSError as error:
        with contextlib.suppress(OSError):  # best effort; leftovers are cleaned on the next load
            temp_path.unlink()
        raise SaveError(path, error) from error
    _fsync_directory(path.parent)


def _write_synced_temp_file(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new temp file beside ``path`` and sync it to disk; returns its path."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    temp_path = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise
    return temp_path


def _replace_backup(path: Path) -> None:
    """Make ``<name>.bak`` a complete copy of the current ``path``, atomically."""
    backup = backup_path(path)
    # A hard link costs no space and no copying; the old inode is never written to again
    # because every save replaces the file rather than writing into it.
    link_name = path.parent / f".{backup.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
    try:
        os.link(path, link_name)  # fails rather than overwrites if the name is taken
    except OSError:
        # Some file systems (FAT, some network shares) have no hard links: copy instead.
        link_name = _write_synced_temp_file(backup, path.read_bytes())
    try:
        os.replace(link_name, backup)
    except OSError:
        with contextlib.suppress(OSError):
            link_name.unlink()
        raise


def _fsync_directory(folder: Path) -> None:
    """Sync the folder entry so a rename survives a power cut (POSIX only; best effort)."""
    if os.name == "nt":
        return  # Windows cannot open a folder for syncing; NTFS journals renames itself.
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # the file is already in place; only durability after a power cut is weaker
    try:
        # Some file systems refuse to sync folders (EINVAL); the rename has still happened.
        with contextlib.suppress(OSError):
            os.fsync(handle)
    finally:
        os.close(handle)


__all__ = [
    "BACKUP_SUFFIX",
    "TEMP_SUFFIX",
    "SaveError",
    "atomic_write_bytes",
    "backup_path",
    "describe_os_error",
    "leftover_temp_files",
    "remove_leftover_temp_files",
]
