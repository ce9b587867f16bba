"""Reading back a file the game keeps, without trusting it: where it is, what it is, how big it is.

Every file Dropoff Buddy reads back (saves, photos, recordings, backups, levels) goes through
``read_checked`` (or ``check_file`` when a library opens the file itself) before a single byte
is decoded:

- it must be a plain file name or a path that, with every symbolic link resolved, stays inside
  the folder it belongs to (``inside``): no ``..``, no absolute path elsewhere, no link out;
- it must be a regular file: folders, devices (``/dev/zero``), FIFOs and sockets are refused
  (opened without blocking, and checked again on the open handle, so a swap between the check
  and the open is caught too);
- it must be at most ``limit`` bytes, and never more than ``limit`` bytes are read.

Refusals raise ``UnsafeFile`` with ``reason``, a short phrase for a parent that completes
"… because <reason>" ("it is not a regular file"), and ``kind`` for the code.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Final, Literal

UnsafeKind = Literal["missing", "outside", "not_a_file", "too_big", "unreadable"]

_OPEN_FLAGS: Final = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class UnsafeFile(Exception):
    """A file was not read: missing, outside its folder, not a regular file, too big or unreadable."""

    def __init__(self, path: Path, kind: UnsafeKind, reason: str, code: int | None = None) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.kind: UnsafeKind = kind
        self.reason = reason
        self.errno = code  # of the underlying OSError, when there was one


def is_plain_file_name(name: str) -> bool:
    """True for a single file name: no folder part, not ``.``/``..``, no control characters."""
    return (
        0 < len(name) <= 255
        and name not in (".", "..")
        and "/" not in name
        and "\\" not in name
        and ":" not in name
        and not any(ord(char) < 32 for char in name)
    )


def size_words(size: int) -> str:
    """A size as a parent says it: "740 KB", "3.2 MB", "1.5 GB"."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    if size < 1024 * 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{size / (1024 * 1024 * 1024):.1f} GB"


def resolve_inside(path: Path, inside: Path | None) -> Path:
    """``path`` with every link resolved; ``UnsafeFile`` if it is missing or leads out of ``inside``."""
    try:
        real = path.resolve(strict=True)
    except FileNotFoundError:
        raise UnsafeFile(path, "missing", "it isn't there any more") from None
    except (OSError, RuntimeError):  # a loop of links, or a folder we may not look into
        raise UnsafeFile(path, "unreadable", "it can't be reached (a broken or looping link)") from None
    if inside is not None:
        try:
            root = inside.resolve(strict=False)
        except (OSError, RuntimeError):
            raise UnsafeFile(path, "unreadable", "its folder can't be reached") from None
        if real != root and root not in real.parents:
            raise UnsafeFile(path, "outside", "it points to a place outside Dropoff Buddy's own folder")
    return real


def _kind_problem(path: Path, mode: int) -> UnsafeFile | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return UnsafeFile(path, "not_a_file", "it is a folder, not a file")
    return UnsafeFile(path, "not_a_file", "it is not an ordinary file (it is a device, pipe or socket)")


def check_file(path: Path, *, inside: Path | None, limit: int) -> int:
    """Check ``path`` without reading it (for libraries that open files themselves); returns its size."""
    return _checked_stat(path, resolve_inside(path, inside), limit).st_size


def _checked_stat(path: Path, real: Path, limit: int) -> os.stat_result:
    """``real``'s status: an ordinary file of at most ``limit`` bytes, else ``UnsafeFile`` naming ``path``.

    Checked before any opening: opening a FIFO or some devices could block."""
    try:
        info = os.stat(real)
    except OSError as error:
        raise UnsafeFile(path, "unreadable", _os_reason(error), error.errno) from None
    problem = _kind_problem(path, info.st_mode)
    if problem is not None:
        raise problem
    if info.st_size > limit:
        raise UnsafeFile(path, "too_big", f"it is far bigger ({size_words(info.st_size)}) than such a file ever is")
    return info


def read_checked(path: Path, *, inside: Path | None, limit: int) -> bytes:
    """The bytes of ``path`` after the checks in the module docstring; raises ``UnsafeFile``."""
    real = resolve_inside(path, inside)
    _checked_stat(path, real, limit)
    try:
        handle = os.open(real, _OPEN_FLAGS)
    except FileNotFoundError:
        raise UnsafeFile(path, "missing", "it isn't there any more") from None
    except OSError as error:
        raise UnsafeFile(path, "unreadable", _os_reason(error), error.errno) from None
    try:
        opened = os.fstat(handle)
        problem = _kind_problem(path, opened.st_mode)
        if problem is not None:
            raise problem  # swapped for something else between the check and the open
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(handle, min(1024 * 1024, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise UnsafeFile(path, "too_big", "it is far bigger than such a file ever is")
        return b"".join(chunks)
    except OSError as error:
        raise UnsafeFile(path, "unreadable", _os_reason(error), error.errno) from None
    finally:
        os.close(handle)


def _os_reason(error: OSError) -> str:
    from dropoff_buddy.storage.atomic import describe_os_error

    if error.errno == errno.EAGAIN:
        return "it is not an ordinary file"
    return describe_os_error(error, writing=False)


__all__ = [
    "UnsafeFile",
    "check_file",
    "is_plain_file_name",
    "read_checked",
    "resolve_inside",
    "size_words",
]
