"""Runs first in the app bundle, before the game is imported.

A program built without a console (the double-click program on Windows and macOS) has no
``sys.stdout``/``sys.stderr``: writes and logging would then fail. Point them at the null
device so the game behaves as it does from a terminal, only silently.
"""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the process)
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
