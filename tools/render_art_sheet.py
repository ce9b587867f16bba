"""Write contact sheets of the buddy, people and icon art, to look at it.

Usage: ``python tools/render_art_sheet.py OUT.png [--size PX]``. Besides ``OUT.png`` (buddies
at ``--size``) it writes ``OUT-accessories.png``, ``OUT-faces.png``, ``OUT-people.png`` and
``OUT-icons.png`` next to it. The people are drawn by the rig, as the game draws them: a row
for each look choice of a grown-up and of a child (each picture captioned with the choice it
shows), then a row of poses and one of faces for each. Every pose: ``dropoff-buddy poses``.
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
from dropoff_buddy.buddy.render import EXPRESSIONS, BuddyRenderer
from dropoff_buddy.rig.figure import EXPRESSIONS as PERSON_EXPRESSIONS
from dropoff_buddy.rig.figure import Rig, Still
from dropoff_buddy.rig.sheet import FLOOR, INK, RELATIVE_HEIGHT
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


PERSON_KINDS = ("adult", "child")
SHEET_POSES = ("stand", "wave", "walk", "cheer", "sit_chair", "sit_floor", "kneel", "eat", "read", "backpack")
"""The poses on the sheet's pose rows: standing, moving, sitting, kneeling, with a prop."""


def _person_look(kind: str, **choice: object) -> AvatarLook:
    """The look each row starts from, with one choice changed."""
    hair = "long" if kind == "adult" else "curly"
    return AvatarLook(skin="bronze", hair_style=hair, hair_colour="black", clothes="teal").model_copy(update=choice)


Captioned = list[tuple[str, Still]]


def _captioned_rows(rows: list[tuple[str, Captioned]], font: pygame.font.Font) -> list[list[pygame.Surface]]:
    """Each row as a title tile, then one tile per still: its caption on top, the figure on a floor line.

    A row's tiles are as wide as its widest figure (a wheelchair, a table), all as tall as the tallest.
    """
    stills = [still for _title, row in rows for _caption, still in row]
    line = font.get_linesize()
    least = max(font.size(caption)[0] for _title, row in rows for caption, _still in row) + line
    floor = line + max(still.floor[1] for still in stills) + line // 2
    height = round(floor + max(still.surface.get_height() - still.floor[1] for still in stills) + line // 2)
    title_width = max(font.size(word)[0] for title, _row in rows for word in title.split()) + line
    tiles = []
    for title, row in rows:
        head = pygame.Surface((title_width, height))
        head.fill(BACKGROUND)
        for index, word in enumerate(title.split()):
            head.blit(font.render(word, True, INK), (line // 2, height // 3 + index * line))
        tiles.append([head])
        width = max(least, *(still.surface.get_width() + line for _caption, still in row))
        for caption, still in row:
            tile = pygame.Surface((width, height))
            tile.fill(BACKGROUND)
            pygame.draw.line(tile, FLOOR, (0, floor), (width, floor), 2)
            picture = still.surface
            tile.blit(picture, ((width - picture.get_width()) // 2, round(floor - still.floor[1])))
            tile.blit(font.render(caption, True, INK), (line // 4, line // 4))
            tiles[-1].append(tile)
    return tiles


def _person_rows(rig: Rig, kind: str, height: int) -> list[tuple[str, Captioned]]:
    """The sheet's rows for a grown-up or a child (``height``: a standing grown-up's height)."""

    def still(look: AvatarLook, pose: str = "stand", expression: str = "happy") -> Still:
        return rig.still(kind, look, pose, height=height * RELATIVE_HEIGHT[kind], expression=expression)

    rows = []
    # A row for each choice of the look (skin, hair, clothes, beard, glasses, headscarf)...
    for field, choices in PERSON_CHOICES.items():
        rows.append((f"{kind} {field}", [(choice, still(_person_look(kind, **{field: choice}))) for choice in choices]))
    # ... the yes-or-no ones and a coloured headscarf (a child is never drawn older)...
    toggles = ("older", "wheelchair") if kind == "adult" else ("wheelchair",)
    also = [("plain", still(_person_look(kind)))]
    also += [(name, still(_person_look(kind, **{name: True}))) for name in toggles]
    also.append(("red scarf", still(_person_look(kind, headwear="headscarf", headwear_colour="red"))))
    rows.append((f"{kind} also", also))
    # ... and some of the poses and every face.
    look = _person_look(kind)
    rows.append((f"{kind} poses", [(pose, still(look, pose)) for pose in SHEET_POSES]))
    faces = [(face, still(look, expression=face)) for face in PERSON_EXPRESSIONS]
    rows.append((f"{kind} faces", [*faces, ("wave sad", still(look, "wave", "sad"))]))
    return rows


def people(rig: Rig, height: int) -> pygame.Surface:
    """Every look choice of a grown-up and a child as the rig draws them, then poses and faces.

    ``height`` is a standing grown-up's height; a child is drawn at its own size beside one.
    """
    font = pygame.font.Font(None, max(18, height // 12))
    return _sheet([tiles for kind in PERSON_KINDS for tiles in _captioned_rows(_person_rows(rig, kind, height), font)])


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
    pygame.display.set_mode((8, 8))
    assets = Assets()
    renderer = BuddyRenderer(assets)
    out: Path = args.out
    stem = out.with_suffix("")
    pygame.image.save(buddies(renderer, args.size), str(out))
    pygame.image.save(accessories(renderer, args.size), f"{stem}-accessories.png")
    pygame.image.save(faces(renderer, args.size), f"{stem}-faces.png")
    pygame.image.save(people(Rig(assets, renderer), args.size * 2), f"{stem}-people.png")
    if assets.path("svg/icons").is_dir():
        pygame.image.save(icons(assets, args.size), f"{stem}-icons.png")
    print(f"wrote {out} and its companions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
