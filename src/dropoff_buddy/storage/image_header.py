"""Reading a picture file's format, size and orientation from its header, without decoding it.

``read_header`` recognises PNG, JPEG, BMP, GIF and WebP by their signatures (never by the file
name) and finds the picture's dimensions (and a JPEG's EXIF orientation) before anything is
decoded, so a small file claiming to be 100 000 × 100 000 pixels (a "decompression bomb") is
refused without allocating anything, and obviously cut-off or damaged files are refused too.
Every refusal is a ``PhotoRefused`` with kind words saying what to do (the messages are here).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

MAX_PIXELS = 40_000_000  # 40 megapixels: bigger than any phone camera, far below a bomb
MAX_SIDE = 30_000


class PhotoRefused(Exception):
    """A file could not become (or stay) the photo.

    ``message`` says kindly why and what to do; ``reason`` is the bare problem as a short phrase
    ("it is cut off part-way"), for callers that say it in their own sentence (restore).
    """

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason or "it can't be used as a picture"


@dataclass(frozen=True)
class ImageHeader:
    """What a file's header says: its format (``png``, ``jpeg``, ``bmp``, ``gif``, ``webp``) and size."""

    format: str
    width: int
    height: int
    orientation: int = 1  # EXIF orientation 1..8 (JPEG only); 1 means "already upright"


# --- kind messages ------------------------------------------------------------------------------

TRY_ANOTHER = "Please choose a photo saved as PNG, JPEG, BMP, GIF or WebP."


def _not_a_picture(name: str) -> PhotoRefused:
    return PhotoRefused(
        f"“{name}” isn't a picture Dropoff Buddy can open. {TRY_ANOTHER} Your current photo is still there.",
        "it is not a picture Dropoff Buddy can open",
    )


def _other_picture_format(name: str, data: bytes) -> PhotoRefused | None:
    """A kinder refusal for well-known picture formats Dropoff Buddy can't read (iPhone HEIC, TIFF, ...)."""
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"hevc", b"avif"):
        return PhotoRefused(
            f"“{name}” is a HEIC/AVIF photo (the format iPhones use), which Dropoff Buddy can't open. "
            "Save it as JPEG first: sending it to yourself by e-mail or opening it in Photos and "
            "exporting as JPEG both work. Your current photo is still there.",
            "it is a HEIC/AVIF picture, which Dropoff Buddy can't open",
        )
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return PhotoRefused(
            f"“{name}” is a TIFF picture, which Dropoff Buddy can't open. Save it as JPEG or PNG "
            "first, then add that. Your current photo is still there.",
            "it is a TIFF picture, which Dropoff Buddy can't open",
        )
    if data.lstrip()[:5] in (b"<svg ", b"<?xml") or data[:4] == b"%PDF":
        return PhotoRefused(
            f"“{name}” is a drawing or document, not a photo. {TRY_ANOTHER} Your current photo is still there.",
            "it is a drawing or document, not a photo",
        )
    return None


def _empty(name: str) -> PhotoRefused:
    return PhotoRefused(
        f"“{name}” is empty (0 bytes), so there is no picture in it. It may not have finished "
        "copying or downloading: try copying it again, or choose another photo. "
        "Your current photo is still there.",
        "it is empty (0 bytes)",
    )


def _cut_off(name: str) -> PhotoRefused:
    return PhotoRefused(
        f"“{name}” seems to be cut off part-way (the end of the picture is missing), often from "
        "an unfinished download or copy. Try copying it again, or choose another photo. "
        "Your current photo is still there.",
        "it is cut off part-way (the end of the picture is missing)",
    )


def damaged_picture(name: str) -> PhotoRefused:
    return PhotoRefused(
        f"“{name}” looks like a picture, but it is damaged and can't be opened. "
        "Try opening it in another program and saving it again, or choose another photo. "
        "Your current photo is still there.",
        "it is damaged and can't be opened",
    )


def too_big(name: str, width: int, height: int) -> PhotoRefused:
    megapixels = width * height / 1_000_000
    return PhotoRefused(
        f"“{name}” is far too large ({width:,} × {height:,} pixels, {megapixels:,.0f} megapixels). "
        f"Dropoff Buddy takes pictures up to {MAX_PIXELS // 1_000_000} megapixels: make a smaller "
        "copy (for example with your phone's share or resize option) and add that. "
        "Your current photo is still there.",
        f"it is far too large ({width:,} × {height:,} pixels)",
    )


# --- reading headers without decoding ---------------------------------------------------------


def read_header(data: bytes, name: str = "this file") -> ImageHeader:
    """The format, dimensions and (for JPEG) EXIF orientation from ``data``'s header.

    Decodes no pixels. Raises ``PhotoRefused`` for empty, unrecognised or clearly truncated data
    and for dimensions beyond ``MAX_PIXELS`` / ``MAX_SIDE``.
    """
    if not data:
        raise _empty(name)
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        header = _png_header(data, name)
    elif data.startswith(b"\xff\xd8\xff"):
        header = _jpeg_header(data, name)
    elif data[:6] in (b"GIF87a", b"GIF89a"):
        header = _gif_header(data, name)
    elif data.startswith(b"BM"):
        header = _bmp_header(data, name)
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        header = _webp_header(data, name)
    else:
        raise _other_picture_format(name, data) or _not_a_picture(name)
    if header.width <= 0 or header.height <= 0:
        raise damaged_picture(name)
    if header.width > MAX_SIDE or header.height > MAX_SIDE or header.width * header.height > MAX_PIXELS:
        raise too_big(name, header.width, header.height)
    return header


def _png_header(data: bytes, name: str) -> ImageHeader:
    # Signature (8) + IHDR length (4) + "IHDR" (4) + width (4) + height (4).
    if len(data) < 33:
        raise _cut_off(name)
    if data[12:16] != b"IHDR":
        raise damaged_picture(name)
    width, height = struct.unpack(">II", data[16:24])
    if width and height and width * height <= MAX_PIXELS and b"IEND" not in data[-64:]:
        raise _cut_off(name)  # every complete PNG ends with an IEND chunk
    return ImageHeader("png", width, height)


_JPEG_FRAME_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})


def _jpeg_header(data: bytes, name: str) -> ImageHeader:
    """Walk the JPEG segments up to the frame header (SOFn); note any EXIF orientation on the way."""
    position = 2
    orientation = 1
    size = len(data)
    while True:
        # Markers may be padded with any number of 0xFF bytes.
        while position < size and data[position] == 0xFF:
            position += 1
        if position >= size:
            raise _cut_off(name)
        marker = data[position]
        position += 1
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            continue  # markers without a length
        if marker == 0xD9 or marker == 0xDA:
            raise damaged_picture(name)  # image data or its end before any frame header
        if position + 2 > size:
            raise _cut_off(name)
        (length,) = struct.unpack(">H", data[position : position + 2])
        if length < 2:
            raise damaged_picture(name)
        segment = data[position + 2 : position + length]
        if position + length > size:
            raise _cut_off(name)
        if marker == 0xE1 and segment.startswith(b"Exif\x00\x00"):
            orientation = exif_orientation(segment[6:])
        if marker in _JPEG_FRAME_MARKERS:
            width, height = _jpeg_frame_size(data, segment, position + length, name)
            return ImageHeader("jpeg", width, height, orientation)
        position += length


def _jpeg_frame_size(data: bytes, segment: bytes, after: int, name: str) -> tuple[int, int]:
    """(width, height) from a frame header (SOFn) ending at ``after``; the image data must follow, whole."""
    if len(segment) < 5:
        raise damaged_picture(name)
    height, width = struct.unpack(">HH", segment[1:5])
    if height == 0:
        raise damaged_picture(name)  # height defined later by a DNL marker: too unusual to trust
    start_of_scan = data.find(b"\xff\xda", after)
    if start_of_scan < 0 or data.rfind(b"\xff\xd9") < start_of_scan:
        raise _cut_off(name)  # no image data, or it never reaches its end-of-image marker
    return width, height


def exif_orientation(tiff: bytes) -> int:
    """The orientation tag (0x0112) from an EXIF TIFF block, 1 (upright) when absent or unreadable.

    Reads only IFD0, checks every offset against the block's length, and never raises.
    """
    if len(tiff) < 8:
        return 1
    order = tiff[:2]
    if order == b"II":
        endian = "<"
    elif order == b"MM":
        endian = ">"
    else:
        return 1
    (magic,) = struct.unpack(endian + "H", tiff[2:4])
    if magic != 42:
        return 1
    (ifd_offset,) = struct.unpack(endian + "I", tiff[4:8])
    if ifd_offset < 8 or ifd_offset + 2 > len(tiff):
        return 1
    (count,) = struct.unpack(endian + "H", tiff[ifd_offset : ifd_offset + 2])
    for index in range(min(count, 512)):
        entry = ifd_offset + 2 + 12 * index
        if entry + 12 > len(tiff):
            return 1
        tag, field_type, value_count = struct.unpack(endian + "HHI", tiff[entry : entry + 8])
        if tag != 0x0112:
            continue
        if field_type != 3 or value_count < 1:  # SHORT, stored in the first two bytes of the value field
            return 1
        (value,) = struct.unpack(endian + "H", tiff[entry + 8 : entry + 10])
        return value if 1 <= value <= 8 else 1
    return 1


def _gif_header(data: bytes, name: str) -> ImageHeader:
    """The larger of the GIF's screen size and its first frame's size (a frame may claim more than the screen)."""
    if len(data) < 13:
        raise _cut_off(name)
    width, height = struct.unpack("<HH", data[6:10])
    if data.rstrip(b"\x00")[-1:] != b"\x3b":
        raise _cut_off(name)  # a complete GIF ends with its trailer byte ';'
    flags = data[10]
    position = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    while position < len(data):
        block = data[position]
        if block == 0x2C:  # image descriptor: left, top, width, height
            if position + 10 > len(data):
                raise _cut_off(name)
            frame_width, frame_height = struct.unpack("<HH", data[position + 5 : position + 9])
            return ImageHeader("gif", max(width, frame_width), max(height, frame_height))
        if block != 0x21 or position + 2 > len(data):  # only extensions may come before the first frame
            raise damaged_picture(name)
        position += 2  # introducer and label, then sub-blocks until a zero length
        while position < len(data) and data[position]:
            position += data[position] + 1
        position += 1
    raise _cut_off(name)


def _bmp_header(data: bytes, name: str) -> ImageHeader:
    if len(data) < 26:
        raise _cut_off(name) if len(data) >= 14 else _not_a_picture(name)
    pixel_offset, info_size = struct.unpack("<II", data[10:18])
    if info_size == 12:  # the old OS/2 core header
        width, height = struct.unpack("<HH", data[18:22])
        bits, compression = struct.unpack("<H", data[24:26])[0], 0
    elif 40 <= info_size <= 124:
        if len(data) < 34:
            raise _cut_off(name)
        width, signed_height = struct.unpack("<ii", data[18:26])
        height = abs(signed_height)
        bits, compression = struct.unpack("<HI", data[28:34])
    else:
        raise _not_a_picture(name)
    if width <= 0 or height <= 0 or bits not in (1, 4, 8, 16, 24, 32):
        raise damaged_picture(name)
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise too_big(name, width, height)
    if compression in (0, 3):  # uncompressed rows: the file must hold every one of them
        row_bytes = (width * bits + 31) // 32 * 4
        if pixel_offset + row_bytes * height > len(data):
            raise _cut_off(name)
    return ImageHeader("bmp", width, height)


def _webp_header(data: bytes, name: str) -> ImageHeader:
    (riff_size,) = struct.unpack("<I", data[4:8])
    if riff_size + 8 > len(data):
        raise _cut_off(name)
    if len(data) < 30:
        raise _cut_off(name)
    chunk = data[12:16]
    if chunk == b"VP8 ":
        if data[23:26] != b"\x9d\x01\x2a":
            raise damaged_picture(name)
        width, height = struct.unpack("<HH", data[26:30])
        return ImageHeader("webp", width & 0x3FFF, height & 0x3FFF)
    if chunk == b"VP8L":
        if data[20] != 0x2F:
            raise damaged_picture(name)
        bits = int.from_bytes(data[21:25], "little")
        return ImageHeader("webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if chunk == b"VP8X":
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return ImageHeader("webp", width, height)
    raise damaged_picture(name)
