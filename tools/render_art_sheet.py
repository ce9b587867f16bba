"""Write contact sheets of the buddy, people and icon art, to look at it.

Usage: ``python tools/render_art_sheet.py OUT.png [--size PX]``. Besides ``OUT.png`` (buddies
at ``--size``) it writes ``OUT-accessories.png``, ``OUT-faces.png``, ``OUT-people.png`` and
``OUT-icons.png`` next to it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

from dropoff_buddy.assets import Assets
from dropoff_buddy.buddy.people import KINDS, POSES, PersonRenderer
from dropoff_buddy.buddy.render import EXPRESSIONS, BuddyRenderer
from dropoff_buddy.storage.models import (
    BUDDY_ACCESSORIES,
    BUDDY_ANIMALS,
    BUDDY_COLOURS,
    BUDDY_PATTERNS,
    PERSON_CHOICES,
    AvatarLook,
    BuddyLook,
)

BACKGROUND = (252, 246, 236)


def _sheet(tiles: list[list[pygame.Surface]], gap: int = 6) -> pygame.Surface:
    width = max(sum(tile.get_width() + gap for tile in row) for row in tiles) + gap
    height = sum(max(tile.get_height() for tile in row) + gap for row in tiles) + gap
    sheet = pygame.Surface((width, height))
    sheet.fill(BACKGROUND)
    y = gap
    for row in tiles:
        x = gap
        for tile in row:
            sheet.blit(tile, (x, y))
            x += tile.get_width() + gap
        y += max(tile.get_height() for tile in row) + gap
    return sheet


def buddies(renderer: BuddyRenderer, size: int) -> pygame.Surface:
    patterns = [*BUDDY_PATTERNS]
    rows = []
    for animal in BUDDY_ANIMALS:
        row = []
        for index, colour in enumerate(BUDDY_COLOURS):
            look = BuddyLook(animal=animal, colour=colour, accessories=[], pattern=patterns[index % len(patterns)])
            row.append(renderer.render(look, size))
        rows.append(row)
    return _sheet(rows)


def accessories(renderer: BuddyRenderer, size: int) -> pygame.Surface:
    rows = []
    for index, animal in enumerate(BUDDY_ANIMALS):
        row = []
        for n, item in enumerate(BUDDY_ACCESSORIES):
            colour = BUDDY_COLOURS[(index * 2 + n) % len(BUDDY_COLOURS)]
            row.append(renderer.render(BuddyLook(animal=animal, colour=colour, accessories=[item]), size))
        stacked = BuddyLook(animal=animal, colour="honey", accessories=["hat", "crown", "scarf", "glasses"])
        row.append(renderer.render(stacked, size))
        rows.append(row)
    return _sheet(rows)


def faces(renderer: BuddyRenderer, size: int) -> pygame.Surface:
    rows = []
    for animal in BUDDY_ANIMALS:
        look = BuddyLook(animal=animal, colour="caramel", accessories=[], pattern="belly")
        row = [renderer.render(look, size, expression=expression) for expression in EXPRESSIONS]
        row += [renderer.render(look, size, expression=name, eyes_closed=True) for name in ("happy", "giggle")]
        rows.append(row)
    return _sheet(rows)


def people(renderer: PersonRenderer, height: int) -> pygame.Surface:
    rows = []
    for kind in KINDS:
        # A row for each choice of the look (skin, hair, clothes, beard, glasses, headscarf)...
        for field, choices in PERSON_CHOICES.items():
            looks = [AvatarLook.model_validate({field: choice}) for choice in choices]
            rows.append([renderer.render(look, kind, height=height) for look in looks])
        # ... and one of the poses and feelings.
        look = AvatarLook(skin="bronze", hair_style="curly", hair_colour="black", clothes="teal")
        rows.append(
            [renderer.render(look, kind, pose, height=height) for pose in POSES]
            + [renderer.render(look, kind, "stand", expression, height=height) for expression in ("sad", "calm")]
        )
    return _sheet(rows)


def icons(assets: Assets, size: int) -> pygame.Surface:
    folder = assets.path("svg/icons")
    names = sorted(path.name for path in folder.glob("*.svg"))
    return _sheet([[assets.svg(f"svg/icons/{name}", (size, size)) for name in names]])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", type=int, default=160, help="buddy tile size in pixels")
    args = parser.parse_args(argv)
    pygame.init()
    assets = Assets()
    renderer = BuddyRenderer(assets)
    out: Path = args.out
    stem = out.with_suffix("")
    pygame.image.save(buddies(renderer, args.size), str(out))
    pygame.image.save(accessories(renderer, args.size), f"{stem}-accessories.png")
    pygame.image.save(faces(renderer, args.size), f"{stem}-faces.png")
    pygame.image.save(people(PersonRenderer(assets), args.size * 2), f"{stem}-people.png")
    if assets.path("svg/icons").is_dir():
        pygame.image.save(icons(assets, args.size), f"{stem}-icons.png")
    print(f"wrote {out} and its companions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
