"""Draw the picture in docs/RIG.md (``python tools/render_rig_doc.py docs/rig.png``): a few poses and pair
poses of the cut-out rig, with the named points a game aims at marked in red."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

from dropoff_buddy.assets import Assets
from dropoff_buddy.buddy.render import BuddyRenderer
from dropoff_buddy.rig.figure import Rig
from dropoff_buddy.rig.sheet import BACKGROUND, Cast, pair_picture, pose_picture
from dropoff_buddy.storage.models import Profile


def main(out: Path) -> None:
    pygame.init()
    pygame.display.set_mode((8, 8))
    assets = Assets()
    rig = Rig(assets, BuddyRenderer(assets))
    cast = Cast.of(Profile())
    height = 420
    grandpa = cast.adult.model_copy(
        update={"older": True, "hair_style": "bald", "hair_colour": "grey", "beard": "full", "glasses": "round"}
    )
    pictures = [
        pose_picture(rig, "adult", cast.adult, "offer_high_five", height, marks=("hand_front",)),
        pose_picture(rig, "adult", cast.adult, "offer_cheek", height, marks=("cheek",)),
        pose_picture(rig, "child", cast.child, "backpack", height, carried=cast.buddy),
        pose_picture(rig, "child", cast.child, "eat", height),
        pair_picture(rig, "hug", ("adult", cast.adult), ("child", cast.child), height),
        pair_picture(
            rig,
            "high_five",
            ("adult", cast.adult.model_copy(update={"wheelchair": True})),
            ("child", cast.child),
            height,
            marks=("hand_front",),
        ),
        pair_picture(rig, "hold_hands", ("adult", grandpa), ("child", cast.child), height),
        pair_picture(rig, "nose_rub", ("adult", cast.adult), ("child", cast.child), height),
        pair_picture(rig, "hug", ("child", cast.child), ("buddy", cast.buddy), height),
    ]
    total = sum(picture.get_width() for picture in pictures)
    tallest = max(picture.get_height() for picture in pictures)
    sheet = pygame.Surface((total, tallest))
    sheet.fill(BACKGROUND)
    x = 0
    for picture in pictures:
        sheet.blit(picture, (x, tallest - picture.get_height()))
        x += picture.get_width()
    scale = min(1.0, 1800 / total)
    sheet = pygame.transform.smoothscale(sheet, (round(total * scale), round(tallest * scale)))
    pygame.image.save(sheet, str(out))
    print(out)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/rig.png"))
