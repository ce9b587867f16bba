"""Where Dropoff Buddy's own notes go: a small log file in the data folder, never the terminal.

A parent who starts the game from a terminal should see only what the game says to them, not
Python's log lines, library warnings ("libpng warning: iCCP: ...") or a traceback. So, unless
``--verbose`` is given:

- log records go to ``<data folder>/logs/dropoff-buddy.log`` (kept small: two files of 256 KB);
- what C libraries print on their own (libpng, SDL, espeak) goes to that file too: the process's
  standard error is pointed at it, while ``sys.stderr`` keeps writing to the terminal for the
  game's own messages;
- an unexpected error is written to ``logs/crash-<time>.txt`` with its traceback, and the person
  is told in one kind sentence where it is (``write_crash_report``).

The logs can name the child (a notice says "Sam's stickers were damaged"), so "Delete all data"
removes the ``logs`` folder with everything else.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from typing import Final, TextIO

LOGS_FOLDER: Final = "logs"
LOG_FILE_NAME: Final = "dropoff-buddy.log"
LOG_MAX_BYTES: Final = 256 * 1024
CRASH_PREFIX: Final = "crash-"


def log_folder(data_dir: Path) -> Path:
    return data_dir / LOGS_FOLDER


def setup_logging(verbose: bool, data_dir: Path | None, *, capture_native_output: bool) -> Path | None:
    """Send log records to the terminal (``verbose``) or to the log file; returns the log file's path.

    With ``capture_native_output`` (the real program, not a test) and not ``verbose``, what C
    libraries write to standard error goes to the log file as well. Never raises: without a
    writable data folder, records are simply dropped.
    """
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    logging.captureWarnings(True)
    root.setLevel(logging.INFO)
    handler: logging.Handler
    if verbose:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
        root.addHandler(handler)
        return None
    logging.raiseExceptions = False  # a log file that can't be written must never print to the terminal
    path = None if data_dir is None else log_folder(data_dir) / LOG_FILE_NAME
    if path is None:
        root.addHandler(logging.NullHandler())
        return None
    handler = _FolderMakingHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=1, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if capture_native_output:
        _point_native_stderr_at(path)
    return path


class _FolderMakingHandler(logging.handlers.RotatingFileHandler):
    """The log file and its folder are made only when there is something to write."""

    def _open(self) -> io.TextIOWrapper:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()


def _point_native_stderr_at(path: Path) -> None:
    """Make file descriptor 2 the log file; ``sys.stderr`` goes on writing to the terminal."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        terminal = os.dup(2)
    except OSError:
        return
    try:
        log_handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    except OSError:
        os.close(terminal)
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(log_handle, 2)
    except OSError:
        os.close(terminal)
        return
    finally:
        os.close(log_handle)
    stream: TextIO = os.fdopen(terminal, "w", encoding=sys.stderr.encoding or "utf-8", errors="replace")
    sys.stderr = stream


def write_crash_report(data_dir: Path | None, error: BaseException) -> Path | None:
    """Write ``error``'s traceback to ``logs/crash-<time>.txt``; its path, or None if it can't be written."""
    from dropoff_buddy import __version__

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    text = (
        f"Dropoff Buddy {__version__} stopped unexpectedly at {dt.datetime.now().isoformat(timespec='seconds')}\n"
        f"Python {sys.version.split()[0]} on {sys.platform}\n\n"
        + "".join(traceback.format_exception(type(error), error, error.__traceback__))
    )
    folders = [log_folder(data_dir)] if data_dir is not None else []
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{CRASH_PREFIX}{stamp}.txt"
            path.write_text(text, encoding="utf-8")
            logging.getLogger(__name__).error("stopped unexpectedly; report in %s", path)
            return path
    return None


def crash_message(report: Path | None) -> str:
    """What a person is told when the game stopped because of an error it did not expect."""
    where = (
        f"A report for whoever helps you with the computer was saved in {report}."
        if report is not None
        else "No report could be saved (the data folder can't be written)."
    )
    return (
        "Sorry, Dropoff Buddy stopped because of a problem it didn't expect. Your child's stickers and settings "
        f"are kept as they were last saved. {where} Starting Dropoff Buddy again usually works."
    )


__all__ = [
    "LOGS_FOLDER",
    "crash_message",
    "log_folder",
    "setup_logging",
    "write_crash_report",
]
