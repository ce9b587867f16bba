"""Telling whether Dropoff Buddy is already running, so two copies never write the same saves.

The lock is an OS lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) on
``<data_dir>/.lock``. The OS drops it when the process ends, even after a crash, so a stale
lock can never keep a child from playing. The file itself is never deleted: deleting a lock
file while another process has it open lets a third process lock a different file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path
from types import TracebackType

LOCK_FILE_NAME = ".lock"

# errno values that mean "someone else holds the lock", as opposed to "locks don't work here".
_HELD_ELSEWHERE = frozenset({errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)})

if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)

    def _unlock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)


class InstanceLock:
    """A lock held for as long as this copy of Dropoff Buddy runs.

    ``acquire()`` returns False only when another running copy (or another ``InstanceLock`` on
    the same folder) holds it. If the folder can't be written or the OS can't lock there, it
    returns True: not knowing must never block play. ``held`` says whether this object really
    holds the OS lock. As a context manager it acquires on entry and releases on exit; check
    ``acquired`` inside the block.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE_NAME
        self._handle: int | None = None
        self.acquired = False

    @property
    def held(self) -> bool:
        """True while this object holds the OS lock."""
        return self._handle is not None

    def acquire(self) -> bool:
        """Try once, without waiting; see the class docstring for what the result means."""
        if self._handle is not None:
            self.acquired = True
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            self.acquired = True  # can't even make the lock file: never block play over it
            return True
        try:
            _try_lock(handle)
        except OSError as error:
            os.close(handle)
            self.acquired = error.errno not in _HELD_ELSEWHERE
            return self.acquired
        self._handle = handle
        self.acquired = True
        return True

    def release(self) -> None:
        """Let go of the lock if held; safe to call more than once."""
        handle, self._handle = self._handle, None
        self.acquired = False
        if handle is None:
            return
        try:
            # Closing drops the lock anyway; unlocking first just makes it explicit.
            with contextlib.suppress(OSError):
                _unlock(handle)
        finally:
            os.close(handle)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()
