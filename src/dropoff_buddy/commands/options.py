"""The options several commands share: which family's data folder, and which child in it.

Every command that reads a family's data offers ``--data-dir`` and, where it matters which child,
``--profile``, with the same words in ``--help``; ``data_dir_of`` turns them into the folder.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dropoff_buddy.storage.paths import default_data_dir

DATA_DIR_HELP = "the family's data folder (default: the usual one)"
PROFILE_HELP = "the child's profile (default: the one who played last)"


def add_family_options(
    parser: argparse.ArgumentParser, *, data_dir_help: str = DATA_DIR_HELP, profile: bool = True
) -> None:
    """Add ``--data-dir DIR`` and, unless ``profile`` is False, ``--profile NAME`` to ``parser``."""
    parser.add_argument("--data-dir", type=Path, default=None, metavar="DIR", help=data_dir_help)
    if profile:
        parser.add_argument("--profile", default=None, metavar="NAME", help=PROFILE_HELP)


def data_dir_of(args: argparse.Namespace) -> Path:
    """The data folder a command works on: ``--data-dir``, or the usual one."""
    data_dir: Path | None = args.data_dir
    return data_dir if data_dir is not None else default_data_dir()
