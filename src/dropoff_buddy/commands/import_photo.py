"""``dropoff-buddy import-photo PATH [--data-dir DIR] [--profile NAME] [--toy]``: add the family photo.

Checks and stores the picture exactly as the game's photo page does (``storage.photos``). Exit 0
and say what was done; exit 1 with a kind message saying what to do, leaving the previous
photo in place.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dropoff_buddy.commands.options import add_family_options, data_dir_of
from dropoff_buddy.storage.paths import DEFAULT_PROFILE_ID, profile_id_from_name

EXIT_REFUSED = 1


NAME = "import-photo"
HELP = "add the family photo (or, with --toy, a photo of the real soft toy) from a picture file"
DESCRIPTION = (
    "Add a family photo for the story. PNG, JPEG, BMP, GIF and WebP pictures work; a smaller copy is "
    "kept in the child's data folder. The game must be closed while you do this."
)


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", type=Path, help="the picture file")
    add_family_options(parser)
    parser.add_argument("--toy", action="store_true", help="the picture is of the child's real soft toy")


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from dropoff_buddy.storage.instance_lock import InstanceLock
    from dropoff_buddy.storage.photos import PhotoKind, PhotoRefused, adopt_photo
    from dropoff_buddy.storage.store import ProfileStore

    data_dir = data_dir_of(args)
    lock = InstanceLock(data_dir)
    if not lock.acquire():
        print(
            "Dropoff Buddy is open right now, so the photo can't be added from here. Close the game first, "
            "or add the photo in the game: Grown-ups' corner → Family & toy photos.",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    try:
        store = ProfileStore(data_dir)
        if args.profile:
            profile_id = profile_id_from_name(args.profile)
            known = store.list_profiles()
            if profile_id not in known and profile_id != DEFAULT_PROFILE_ID:
                names = ", ".join(known) if known else "none yet"
                print(
                    f"There is no child profile called “{args.profile}” in {data_dir} (profiles: {names}). "
                    "Check the spelling, or leave out --profile to use the one played last.",
                    file=sys.stderr,
                )
                return EXIT_REFUSED
        else:
            profile_id = store.last_profile_id() or DEFAULT_PROFILE_ID
        child = store.open(profile_id)
        pygame.init()
        kind: PhotoKind = "toy" if args.toy else "family"
        try:
            message = adopt_photo(child, args.path, kind, lambda: store.save_profile(child))
        except PhotoRefused as refused:
            print(refused.message.replace(" the grown-ups' corner says why.", " Here is why:"), file=sys.stderr)
            for notice in store.take_notices():
                print(notice.message, file=sys.stderr)
            return EXIT_REFUSED
        notices = store.take_notices()
        if any(notice.kind == "save_failed" for notice in notices):
            for notice in notices:
                print(notice.message, file=sys.stderr)
            return EXIT_REFUSED
        name = child.profile.child.name
        print(f"{message[:-1]} for {name}, saved in {child.folder}.")
        print(
            "Open the game's Grown-ups' corner → Family & toy photos to frame it."
            if kind == "family"
            else "The buddy will hold it as a little picture."
        )
        for notice in notices:  # e.g. a damaged file found and kept aside on the way: say it once
            print(f"Please note: {notice.message}")
        return 0
    finally:
        pygame.quit()
        lock.release()
