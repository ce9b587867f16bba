"""Opening a finished PDF in the computer's own viewer, from which the parent prints it.

``open_with_system_viewer`` picks the operating system's way (``os.startfile`` on Windows,
``open`` on macOS, ``xdg-open`` elsewhere) and hands it the file's path as one argument, never
through a shell. ``launch`` is the one call that reaches the operating system (tests replace it).
It returns at once; False means no viewer could be started (the file is still saved).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def viewer_command(path: Path, platform: str = sys.platform) -> list[str] | None:
    """The command that opens ``path`` in the default viewer, or None on Windows (``os.startfile``)."""
    if platform.startswith("win"):
        return None
    if platform == "darwin":
        return ["open", str(path)]
    return ["xdg-open", str(path)]


def launch(path: Path, command: list[str] | None) -> None:
    """Start the viewer and return at once (raises ``OSError`` when it can't be started)."""
    if command is None:
        startfile = getattr(os, "startfile", None)
        if startfile is None:
            raise OSError("no way to open files on this system")
        startfile(str(path))
        return
    subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def open_with_system_viewer(path: Path) -> bool:
    """Open ``path`` in the system's viewer; True if one was started. Never raises."""
    try:
        launch(path, viewer_command(path))
    except (OSError, ValueError, subprocess.SubprocessError):
        return False
    return True
