"""Write contact sheets of the story backgrounds and props, and time how fast backgrounds rasterise.

Usage: ``python tools/render_backgrounds_sheet.py OUT_DIR [--repeat N] [--only NAME ...]``.

Writes into ``OUT_DIR``:

- ``backgrounds-640x400.png``: every background at 640×400 in a grid;
- ``bg-<name>-1920x1080.png``: each background cover-scaled into 1920×1080, as the story shows it,
  with a grown-up and a child (drawn by the rig, at the story's sizes) on the floor line, a
  caption band and (orange squares) where the story's page-turn arrows sit, to judge the stage;
- ``bg-<name>-1024x768.png``: the same at 4:3, where the sides are cropped;
- ``props-96.png`` and ``props-256.png``: every prop on a light and on a dark tile.

It prints the median time ``pygame.image.load_sized_svg`` takes for each background at the
cover size of a 1920×1080 window (1920×1200) and at 1920×1080 itself.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

from dropoff_buddy.assets import Assets
from dropoff_buddy.buddy.render import BuddyRenderer
from dropoff_buddy.rig.figure import Rig
from dropoff_buddy.rig.sheet import RELATIVE_HEIGHT
from dropoff_buddy.storage.models import AvatarLook
from dropoff_buddy.story.cast import GROWNUP_HEIGHT

VIEW = (1600, 1000)
FLOOR_Y = 720
PAPER = (252, 246, 236)
DARK = (70, 74, 92)


def _scale(size: tuple[int, int]) -> float:
    """Pixels per stage unit when the background covers ``size``."""
    return max(size[0] / VIEW[0], size[1] / VIEW[1])


def _cover(assets: Assets, relative: str, size: tuple[int, int]) -> pygame.Surface:
    """The background scaled to cover ``size`` and centre-cropped, as a story page would draw it."""
    scale = _scale(size)
    full = (round(VIEW[0] * scale), round(VIEW[1] * scale))
    raster = assets.svg(relative, full)
    out = pygame.Surface(size)
    out.blit(raster, ((size[0] - full[0]) // 2, (size[1] - full[1]) // 2))
    return out


def _floor_px(size: tuple[int, int]) -> int:
    return round((size[1] - VIEW[1] * _scale(size)) / 2 + FLOOR_Y * _scale(size))


def staged(assets: Assets, rig: Rig, name: str, size: tuple[int, int]) -> pygame.Surface:
    """A background with a grown-up and a child on the floor line and a caption band at the bottom."""
    page = _cover(assets, f"svg/backgrounds/{name}.svg", size)
    floor = _floor_px(size)
    grown_up = AvatarLook(skin="bronze", hair_style="bun", hair_colour="black", clothes="teal")
    child = AvatarLook(skin="peach", hair_style="curly", hair_colour="brown", clothes="orange")
    for kind, look, pose, x in (("adult", grown_up, "stand", 0.36), ("child", child, "wave", 0.60)):
        height = GROWNUP_HEIGHT * _scale(size) * RELATIVE_HEIGHT[kind]
        rig.still(kind, look, pose, height=height).blit_at(page, (size[0] * x, floor))
    # Where the story puts its page-turn arrows (layout units of a 1280 × 800 canvas), to keep key things clear.
    unit = min(size[0] / 1280, size[1] / 800)
    width_units = size[0] / unit
    for left in (24, width_units - 174):
        arrow = pygame.Surface((round(150 * unit), round(150 * unit)), pygame.SRCALPHA)
        arrow.fill((255, 200, 120, 150))
        page.blit(arrow, (round(left * unit), round(285 * unit)))
    band = pygame.Surface((round(size[0] * 0.7), round(size[1] * 0.09)), pygame.SRCALPHA)
    band.fill((255, 255, 255, 200))
    page.blit(band, ((size[0] - band.get_width()) // 2, size[1] - band.get_height() - round(size[1] * 0.03)))
    pygame.draw.line(page, (255, 0, 0), (0, floor), (size[0] // 40, floor), 3)
    return page


def _grid(tiles: list[pygame.Surface], columns: int, gap: int, colour: tuple[int, int, int]) -> pygame.Surface:
    rows = (len(tiles) + columns - 1) // columns
    width = max(tile.get_width() for tile in tiles)
    height = max(tile.get_height() for tile in tiles)
    sheet = pygame.Surface((columns * (width + gap) + gap, rows * (height + gap) + gap))
    sheet.fill(colour)
    for index, tile in enumerate(tiles):
        row, column = divmod(index, columns)
        sheet.blit(tile, (gap + column * (width + gap), gap + row * (height + gap)))
    return sheet


def props_sheet(assets: Assets, names: list[str], size: int) -> pygame.Surface:
    tiles = []
    for backing in (PAPER, DARK):
        for name in names:
            tile = pygame.Surface((size, size))
            tile.fill(backing)
            tile.blit(assets.svg(f"svg/props/{name}.svg", (size, size)), (0, 0))
            tiles.append(tile)
    return _grid(tiles, len(names) if size < 150 else 6, 6, (200, 196, 190))


def median_ms(path: Path, size: tuple[int, int], repeat: int) -> tuple[float, float]:
    """Median wall-clock and median CPU milliseconds for one rasterisation.

    CPU time (``time.process_time``) is what the rasteriser costs this process; wall time also
    counts waiting for a core, which on a busy machine can be several times larger.
    """
    data = path.read_bytes()
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        pygame.image.load_sized_svg(io.BytesIO(data), size)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--repeat", type=int, default=9, help="rasterisations per background for the median")
    parser.add_argument("--only", nargs="*", default=None, help="background names to draw (default: all)")
    parser.add_argument("--no-props", action="store_true")
    args = parser.parse_args(argv)
    pygame.init()
    pygame.display.set_mode((8, 8))
    assets = Assets()
    rig = Rig(assets, BuddyRenderer(assets))
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    folder = assets.path("svg/backgrounds")
    names = sorted(path.stem for path in folder.glob("*.svg"))
    if args.only:
        names = [name for name in names if name in args.only]
    if names:
        small = [_cover(assets, f"svg/backgrounds/{name}.svg", (640, 400)) for name in names]
        pygame.image.save(_grid(small, 3, 8, (60, 60, 60)), str(out / "backgrounds-640x400.png"))
        for name in names:
            pygame.image.save(staged(assets, rig, name, (1920, 1080)), str(out / f"bg-{name}-1920x1080.png"))
            pygame.image.save(staged(assets, rig, name, (1024, 768)), str(out / f"bg-{name}-1024x768.png"))
        print("median ms per rasterisation, wall / cpu")
        print("background           1920x1200 (cover)   1920x1080   elements")
        for name in names:
            path = folder / f"{name}.svg"
            cover = median_ms(path, (1920, 1200), args.repeat)
            window = median_ms(path, (1920, 1080), args.repeat)
            elements = path.read_text(encoding="utf-8").count("<") - 2
            print(f"{name:20s} {cover[0]:7.1f} / {cover[1]:5.1f}  {window[0]:6.1f} / {window[1]:5.1f}  {elements:6d}")
    props = sorted(path.stem for path in assets.path("svg/props").glob("*.svg"))
    if props and not args.no_props:
        pygame.image.save(props_sheet(assets, props, 96), str(out / "props-96.png"))
        pygame.image.save(props_sheet(assets, props, 256), str(out / "props-256.png"))
        print(f"props: {', '.join(props)}")
    print(f"wrote sheets into {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
