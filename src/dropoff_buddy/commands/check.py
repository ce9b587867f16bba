"""``dropoff-buddy check [FILES]``: check content files completely (default: every shipped level).

Prints one line per problem, ``file: page id: field: what is wrong``, and exits 1 if there is
any. For each story it reports (on stderr) its pages, its words before any tap and its
describing-to-coaching ratio (``story.figures``); a story below 2:1 is a problem. Pictures a
catalogue names that are not drawn yet are printed as notes (not errors): they belong to other
parts of the game.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

NAME = "check"
HELP = "check story and catalogue files (default: every shipped level); exit 1 on any problem"
DESCRIPTION = (
    "Check level files completely: shape, art, sounds, actors, poses, pages, placeholders, "
    "and that every line can be spoken."
)


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", metavar="FILE", type=Path, nargs="*", help="level files (default: all shipped)")


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # keep the output to the problems
    from dropoff_buddy.story.lint import check_files, collector_paused, shipped_level_files

    files: list[Path] = list(args.files) or shipped_level_files()
    # With no files, say where the game's levels are: a family's own story goes in that folder.
    where = "" if args.files else f" in {files[0].parent}" if files else ""
    with collector_paused():  # keeps the time linear in the size of a long level
        result = check_files(files)
    for path, figures in result.stories:  # the report: each story's length and voice
        print(f"{path}: {figures.summary()}", file=sys.stderr)
    for note in result.notes:
        print(note, file=sys.stderr)
    for problem in result.problems:
        print(problem)
    if result.problems:
        count = len(result.problems)
        print(f"{result.files} file(s) checked{where}: {count} problem{'s' if count != 1 else ''}", file=sys.stderr)
        return 1
    print(f"{result.files} file(s) checked{where}: all fine", file=sys.stderr)
    return 0
