"""``dropoff-buddy poses OUT_DIR``: draw every pose and pair pose of the rig to PNG files, headless."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dropoff_buddy.commands.options import add_family_options

NAME = "poses"
HELP = "draw every pose (grown-up, child, buddy) and pair pose to OUT_DIR/*.png, for checking the art"
DESCRIPTION = (
    "Draw every pose in levels/poses.toml for a grown-up, a child and the buddy, the grown-up's "
    "older and wheelchair variants, every pair pose, and a contact sheet (poses.png)."
)


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out_dir", metavar="OUT_DIR", type=Path)
    parser.add_argument("--height", type=int, default=600, help="a standing grown-up's height in pixels (default 600)")
    parser.add_argument("--marks", action="store_true", help="mark the named points (hands, cheek, mouth, ...)")
    add_family_options(parser, data_dir_help="draw this family's looks (default: the game's default family)")


def run(args: argparse.Namespace) -> int:
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from dropoff_buddy.assets import Assets
    from dropoff_buddy.buddy.render import BuddyRenderer
    from dropoff_buddy.content.loader import ContentError
    from dropoff_buddy.rig.figure import Rig
    from dropoff_buddy.rig.sheet import Cast, render_pose_sheets
    from dropoff_buddy.storage.models import Profile

    if not 100 <= args.height <= 4000:
        print("--height must be between 100 and 4000 pixels", file=sys.stderr)
        return 2
    profile = Profile()
    if args.data_dir is not None:
        from dropoff_buddy.storage.paths import DEFAULT_PROFILE_ID
        from dropoff_buddy.storage.store import ProfileStore

        store = ProfileStore(args.data_dir)
        profile = store.open(args.profile or store.last_profile_id() or DEFAULT_PROFILE_ID).profile
    pygame.init()
    pygame.display.set_mode((8, 8))
    assets = Assets()
    try:
        rig = Rig(assets, BuddyRenderer(assets))
    except ContentError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    written = render_pose_sheets(rig, args.out_dir, Cast.of(profile), height=args.height, marks=args.marks)
    for path in written:
        print(path)
    print(f"{len(written)} pictures written to {args.out_dir}", file=sys.stderr)
    return 0
