"""``dropoff-buddy doctor [--licences]``: a check-up in plain words for a parent or a helper on the phone.

Prints one line per check (version, data folder, each child's files, photos and recordings,
speech, sound device, font, screen, another copy running) and exits 0 when the game can run,
1 with the reason otherwise. ``--licences`` lists the licences of everything that comes with the game.
"""

from __future__ import annotations

import argparse
import os

from dropoff_buddy.commands.options import add_family_options, data_dir_of

NAME = "doctor"
HELP = "check that Dropoff Buddy can run here, in plain words (exit 0 when it can, 1 with the reason)"
DESCRIPTION = (
    "Check everything Dropoff Buddy needs: its files, the data folder, each child's saves, "
    "photos and recordings, the voice, the sound device, the font and the screen."
)


def add_options(parser: argparse.ArgumentParser) -> None:
    add_family_options(parser, data_dir_help="the data folder to check (default: the usual one)", profile=False)
    parser.add_argument("--licences", "--licenses", action="store_true", help="list the licences and exit")


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    if args.licences:
        from dropoff_buddy.legal import describe

        print(describe(), end="")
        return 0
    from dropoff_buddy.doctor import report, run_checks

    data_dir = data_dir_of(args)
    text, status = report(run_checks(data_dir.absolute()))
    print(text, flush=True)
    return status
