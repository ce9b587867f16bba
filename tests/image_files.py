"""Real image files made in the tests: pygame writes PNG, JPEG and BMP; GIF and WebP are written
here byte by byte (pygame-ce cannot save them), plus helpers to add an EXIF orientation tag and
to make broken files."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pygame


def quadrants(size: tuple[int, int] = (96, 64)) -> pygame.Surface:
    """A picture whose four quarters have clearly different colours (to check orientation)."""
    width, height = size
    image = pygame.Surface(size)
    image.fill((220, 40, 40), (0, 0, width // 2, height // 2))  # top left: red
    image.fill((40, 200, 60), (width // 2, 0, width - width // 2, height // 2))  # top right: green
    image.fill((40, 80, 220), (0, height // 2, width // 2, height - height // 2))  # bottom left: blue
    image.fill((240, 220, 40), (width // 2, height // 2, width - width // 2, height - height // 2))  # yellow
    return image


def encoded(image: pygame.Surface, extension: str) -> bytes:
    buffer = io.BytesIO()
    pygame.image.save(image, buffer, "picture." + extension)
    return buffer.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


class _Bits:
    """Bits packed least-significant first, as GIF's LZW codes and WebP's VP8L stream are."""

    def __init__(self) -> None:
        self.value = 0
        self.count = 0

    def put(self, value: int, width: int) -> None:
        self.value |= value << self.count
        self.count += width

    def bytes(self) -> bytes:
        return self.value.to_bytes((self.count + 7) // 8, "little")


def gif_bytes(image: pygame.Surface) -> bytes:
    """A GIF87a of ``image`` (colours reduced to a 3-3-2 palette), LZW codes kept at 9 bits."""
    width, height = image.get_size()
    palette = bytearray()
    for index in range(256):
        r, g, b = (index >> 5) & 7, (index >> 2) & 7, index & 3
        palette += bytes((r * 255 // 7, g * 255 // 7, b * 255 // 3))
    bits = _Bits()
    clear, end = 256, 257
    since_clear = 0
    bits.put(clear, 9)
    for y in range(height):
        for x in range(width):
            if since_clear == 250:  # reset before the code table would need 10-bit codes
                bits.put(clear, 9)
                since_clear = 0
            colour = image.get_at((x, y))
            bits.put((colour.r >> 5) << 5 | (colour.g >> 5) << 2 | colour.b >> 6, 9)
            since_clear += 1
    bits.put(end, 9)
    data = bits.bytes()
    blocks = b"".join(bytes((len(data[i : i + 255]),)) + data[i : i + 255] for i in range(0, len(data), 255))
    header = b"GIF87a" + struct.pack("<HHBBB", width, height, 0xF7, 0, 0) + bytes(palette)
    descriptor = b"," + struct.pack("<HHHHB", 0, 0, width, height, 0)
    return header + descriptor + b"\x08" + blocks + b"\x00;"


def webp_bytes(size: tuple[int, int], colour: tuple[int, int, int]) -> bytes:
    """A lossless WebP (VP8L) of one solid colour: each channel's prefix code has a single symbol."""
    width, height = size
    bits = _Bits()
    bits.put(0x2F, 8)
    bits.put(width - 1, 14)
    bits.put(height - 1, 14)
    bits.put(0, 1)  # no alpha
    bits.put(0, 3)  # version
    bits.put(0, 1)  # no transform
    bits.put(0, 1)  # no colour cache
    bits.put(0, 1)  # no meta prefix codes
    red, green, blue = colour
    for symbol in (green, red, blue, 255, 0):  # green, red, blue, alpha, distance
        bits.put(1, 1)  # simple code
        bits.put(0, 1)  # one symbol
        bits.put(1, 1)  # eight-bit symbol
        bits.put(symbol, 8)
    payload = bits.bytes()
    if len(payload) % 2:
        payload += b"\x00"
    chunk = b"VP8L" + struct.pack("<I", len(payload)) + payload
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


def with_exif_orientation(jpeg: bytes, orientation: int, byte_order: str = "MM") -> bytes:
    """``jpeg`` with an EXIF APP1 segment holding only the orientation tag, right after SOI."""
    endian = ">" if byte_order == "MM" else "<"
    tiff = byte_order.encode() + struct.pack(endian + "HI", 42, 8)
    tiff += struct.pack(endian + "H", 1)  # one IFD entry
    tiff += struct.pack(endian + "HHIHH", 0x0112, 3, 1, orientation, 0)
    tiff += struct.pack(endian + "I", 0)  # no next IFD
    segment = b"Exif\x00\x00" + tiff
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(segment) + 2) + segment + jpeg[2:]


def png_claiming(width: int, height: int) -> bytes:
    """A small, complete PNG whose header claims ``width`` × ``height`` pixels (a decompression bomb)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
