"""``dropoff-buddy tour OUT_DIR``: render every screen, headless, to PNG files."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dropoff_buddy.commands.options import add_family_options, data_dir_of


def parse_size(text: str) -> tuple[int, int]:
    try:
        width_text, height_text = text.lower().split("x")
        width, height = int(width_text), int(height_text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {text!r}") from None
    if not (320 <= width <= 8192 and 240 <= height <= 8192):
        raise argparse.ArgumentTypeError("size must be between 320x240 and 8192x8192")
    return width, height


NAME = "tour"
HELP = "render every screen to OUT_DIR/<screen-name>.png (headless) and exit"
DESCRIPTION = "Render every screen of the game, as the family in the data folder would see it, to PNG files."


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out_dir", metavar="OUT_DIR", type=Path)
    add_family_options(parser)
    parser.add_argument("--size", type=parse_size, default=(1280, 800), help="window size, e.g. 1920x1080")
    parser.add_argument(
        "--language", default=None, help="show every screen in this language (en-US, en-GB, es; default: the family's)"
    )
    parser.add_argument(
        "--only", default=None, metavar="PREFIX", help="render just the screens whose name starts with PREFIX"
    )


def run(args: argparse.Namespace) -> int:
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    from dropoff_buddy.tour import render_tour

    data_dir = data_dir_of(args)
    if args.language is not None:
        from dropoff_buddy.i18n.languages import load_languages

        codes = load_languages().codes
        if args.language not in codes:
            print(
                f"dropoff-buddy tour: there is no language {args.language!r} (the game has {', '.join(codes)})",
                file=sys.stderr,
            )
            return 2
    if args.out_dir.exists() and not args.out_dir.is_dir():
        print(f"{args.out_dir} is a file; give the tour a folder to put its pictures in.", file=sys.stderr)
        return 2
    written = render_tour(
        args.out_dir, data_dir, args.size, profile=args.profile, only=args.only, language=args.language
    )
    if args.only is not None and not written:
        print(f"dropoff-buddy tour: no screen's name starts with {args.only!r}", file=sys.stderr)
        return 2
    for path in written:
        print(path)
    print(f"{len(written)} screens written to {args.out_dir}", file=sys.stderr)
    return 0
