"""``dropoff-buddy print {storybook,cards,about-me} OUT.pdf``: the family's printables as PDF, headless."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dropoff_buddy.commands.options import add_family_options, data_dir_of

KINDS = ("storybook", "cards", "about-me")
PAPERS = ("a4", "letter")


NAME = "print"
HELP = "write the storybook, the picture cards or the teacher's About-me page as a PDF and exit"
DESCRIPTION = (
    "Make a printable PDF for the family in the data folder: a storybook of any story on the shelf "
    "(one page per story page, --story), picture cards to cut out, or an About-me page for the teacher."
)


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=KINDS, help="what to print")
    parser.add_argument("out", metavar="OUT.pdf", type=Path, help="where to write the PDF")
    parser.add_argument("--paper", choices=PAPERS, default=None, help="a4 or letter (default: by the family's words)")
    add_family_options(parser)
    parser.add_argument(
        "--story",
        default="daycare_day",
        help="which story the storybook is: its file name in levels/ without .toml, e.g. home_day "
        "(default: daycare_day; a name that is not there lists the stories)",
    )


def run(args: argparse.Namespace) -> int:
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    from dropoff_buddy.printing import PrintError, make_printable
    from dropoff_buddy.printing.context import ensure_offscreen_display, open_for_printing
    from dropoff_buddy.printing.make import KIND_NAMES, default_paper
    from dropoff_buddy.storage.atomic import SaveError, atomic_write_bytes

    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    data_dir = data_dir_of(args)
    ensure_offscreen_display()
    try:
        ctx = open_for_printing(data_dir, args.profile)
        paper = args.paper or default_paper(ctx)
        printable = make_printable(args.kind, ctx, paper, story_id=args.story)
    except PrintError as error:
        print(f"Nothing was printed: {error}", file=sys.stderr)
        return 1
    try:
        if not out.parent.is_dir():
            print(f"Nothing was printed: the folder {out.parent} does not exist.", file=sys.stderr)
            return 1
        atomic_write_bytes(out, printable.data, keep_backup=False)
    except SaveError as error:
        print(f"The PDF couldn't be saved as {out}: {error.reason}. Nothing was changed.", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"The PDF couldn't be saved as {out}: {error.strerror or error}. Nothing was changed.", file=sys.stderr)
        return 1
    for note in printable.notes:
        print(f"Note: {note}", file=sys.stderr)
    pages = f"{printable.pages} page{'s' if printable.pages != 1 else ''}"
    print(f"Wrote the {KIND_NAMES[args.kind]} ({pages}, {paper_name(paper)}) to {out}", file=sys.stderr)
    print(out)
    return 0


def paper_name(paper: str) -> str:
    return "US Letter" if paper == "letter" else "A4"
