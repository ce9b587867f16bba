"""Render the application icon from its SVG to PNG, Windows ``.ico`` and macOS ``.icns``.

``python tools/make_icons.py`` writes, from ``packaging/icon/dropoff-buddy.svg`` (and the
simplified ``dropoff-buddy-small.svg`` for 32 pixels and below):

- ``packaging/icon/png/dropoff-buddy-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512;
- ``packaging/icon/dropoff-buddy.ico`` (16–256, PNG-compressed entries, as Windows Vista+ reads them);
- ``packaging/icon/dropoff-buddy.icns`` (16–512 and the @2x entries, PNG-compressed).

The outputs are checked in, so building the app needs no renderer. Rendering uses pygame-ce's
SVG loader (the game's own); the two container formats are simple enough to write here.
``--check`` compares the containers with the PNGs on disk instead of writing anything.
"""

from __future__ import annotations

import argparse
import io
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import pygame

ICON_DIR = Path(__file__).resolve().parent.parent / "packaging" / "icon"
FULL_SVG = ICON_DIR / "dropoff-buddy.svg"
SMALL_SVG = ICON_DIR / "dropoff-buddy-small.svg"
PNG_DIR = ICON_DIR / "png"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 32  # sizes up to this use the simplified drawing
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # .ico entries stop at 256
# .icns entry types: (type, pixel size). ic11-ic14 are the @2x ("Retina") versions of 16-256.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def png_path(size: int) -> Path:
    return PNG_DIR / f"dropoff-buddy-{size}.png"


def render(size: int) -> bytes:
    """The icon at ``size`` pixels as PNG bytes."""
    source = SMALL_SVG if size <= SMALL_UP_TO else FULL_SVG
    surface = pygame.image.load_sized_svg(str(source), (size, size))
    if surface.get_size() != (size, size):
        raise SystemExit(f"{source.name} rendered at {surface.get_size()}, not {size}×{size}: is its viewBox square?")
    buffer = io.BytesIO()
    pygame.image.save(surface, buffer, "png")
    return buffer.getvalue()


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon file holding ``pngs`` (pixel size -> PNG bytes) as PNG-compressed entries."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + entries + images


def read_ico(data: bytes) -> dict[int, bytes]:
    """The PNG entries of an ``.ico`` file, by pixel size (for checks)."""
    _reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if kind != 1:
        raise ValueError("not an icon file")
    found = {}
    for index in range(count):
        side, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        found[side or 256] = data[offset : offset + length]
    return found


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon file with every ``ICNS_TYPES`` entry, PNG-compressed."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_icns(data: bytes) -> dict[bytes, bytes]:
    """The entries of an ``.icns`` file by type (for checks)."""
    if data[:4] != b"icns" or struct.unpack_from(">I", data, 4)[0] != len(data):
        raise ValueError("not an icns file (or its length is wrong)")
    found, offset = {}, 8
    while offset < len(data):
        kind = data[offset : offset + 4]
        length = struct.unpack_from(">I", data, offset + 4)[0]
        found[kind] = data[offset + 8 : offset + length]
        offset += length
    return found


def containers(pngs: dict[int, bytes]) -> dict[Path, bytes]:
    return {
        ICON_DIR / "dropoff-buddy.ico": ico_bytes({size: pngs[size] for size in ICO_SIZES}),
        ICON_DIR / "dropoff-buddy.icns": icns_bytes(pngs),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check the .ico/.icns against the PNGs; write nothing")
    args = parser.parse_args(argv)
    if args.check:
        pngs = {size: png_path(size).read_bytes() for size in SIZES}
        stale = [path.name for path, data in containers(pngs).items() if path.read_bytes() != data]
        if stale:
            print(f"out of date (run python tools/make_icons.py): {', '.join(stale)}", file=sys.stderr)
            return 1
        print("icons up to date")
        return 0
    pygame.display.init()
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    pngs = {size: render(size) for size in SIZES}
    for size, data in pngs.items():
        png_path(size).write_bytes(data)
    for path, data in containers(pngs).items():
        path.write_bytes(data)
    print(f"wrote {len(pngs)} PNGs, {ICON_DIR / 'dropoff-buddy.ico'} and {ICON_DIR / 'dropoff-buddy.icns'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
