"""Importing a photo (the family photo, or the child's real soft toy) into a profile folder.

``import_photo`` is the one way in, used by the drag-and-drop page, the in-app picture browser
and ``dropoff-buddy import-photo``. It never trusts the file:

1. the bytes are read (at most ``MAX_FILE_BYTES``) and the format is recognised from its
   signature (PNG, JPEG, BMP, GIF, WebP) -- never from the file name;
2. the header is parsed for the picture's dimensions *before* decoding, so a small file that
   claims to be 100 000 × 100 000 pixels (a "decompression bomb") is refused without
   allocating anything; obviously cut-off files are refused too;
3. only then is it decoded (pygame-ce / SDL_image), turned upright using the JPEG's EXIF
   orientation tag, downscaled so the long side is at most ``STORED_LONG_SIDE`` pixels, and
   written atomically into the profile folder as JPEG (or PNG when it has transparency).

Anything wrong raises ``PhotoRefused`` whose ``message`` is kind, plain words saying what to
do. Nothing in the profile folder changes unless the import succeeds, so the previous photo
stays. Updating ``Profile.family_photo`` / ``BuddyLook.toy_photo`` is the caller's job
(``adopt_photo`` does it for a ``GameContext``-free caller such as the CLI).
"""

from __future__ import annotations

import contextlib
import errno
import io
import secrets
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import pygame

from dropoff_buddy.storage.atomic import SaveError, atomic_write_bytes, describe_os_error
from dropoff_buddy.storage.safe_files import UnsafeFile, is_plain_file_name, read_checked, size_words

if TYPE_CHECKING:
    from dropoff_buddy.storage.documents import ChildData

PhotoKind = Literal["family", "toy"]

MAX_PIXELS = 40_000_000  # 40 megapixels: bigger than any phone camera, far below a bomb
MAX_SIDE = 30_000
MAX_FILE_BYTES = 200 * 1024 * 1024
STORED_LONG_SIDE = 1600
TWO_STEP_ABOVE_PIXELS = 16_000_000  # larger photos are shrunk in two steps (see ``downscaled``)
JPEG_EXTENSIONS = (".jpg", ".jpeg", ".jpe", ".jfif")
PICTURE_EXTENSIONS = (".png", *JPEG_EXTENSIONS, ".bmp", ".dib", ".gif", ".webp")
"""File-name endings the picture browser offers (the importer itself looks at the bytes)."""

STORED_STEMS: dict[PhotoKind, str] = {"family": "family-photo", "toy": "toy-photo"}
_WHAT: dict[PhotoKind, str] = {"family": "family photo", "toy": "toy photo"}


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


@dataclass(frozen=True)
class ImportedPhoto:
    """A photo stored in the profile folder: its file name there and its stored pixel size."""

    file_name: str
    width: int
    height: int
    source_format: str


# --- kind messages ------------------------------------------------------------------------------

_TRY_ANOTHER = "Please choose a photo saved as PNG, JPEG, BMP, GIF or WebP."


def _not_a_picture(name: str) -> PhotoRefused:
    return PhotoRefused(
        f"“{name}” isn't a picture Dropoff Buddy can open. {_TRY_ANOTHER} Your current photo is still there.",
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
            f"“{name}” is a drawing or document, not a photo. {_TRY_ANOTHER} Your current photo is still there.",
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


def _damaged(name: str) -> PhotoRefused:
    return PhotoRefused(
        f"“{name}” looks like a picture, but it is damaged and can't be opened. "
        "Try opening it in another program and saving it again, or choose another photo. "
        "Your current photo is still there.",
        "it is damaged and can't be opened",
    )


def _too_big(name: str, width: int, height: int) -> PhotoRefused:
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
        raise _damaged(name)
    if header.width > MAX_SIDE or header.height > MAX_SIDE or header.width * header.height > MAX_PIXELS:
        raise _too_big(name, header.width, header.height)
    return header


def _png_header(data: bytes, name: str) -> ImageHeader:
    # Signature (8) + IHDR length (4) + "IHDR" (4) + width (4) + height (4).
    if len(data) < 33:
        raise _cut_off(name)
    if data[12:16] != b"IHDR":
        raise _damaged(name)
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
            raise _damaged(name)  # image data or its end before any frame header
        if position + 2 > size:
            raise _cut_off(name)
        (length,) = struct.unpack(">H", data[position : position + 2])
        if length < 2:
            raise _damaged(name)
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
        raise _damaged(name)
    height, width = struct.unpack(">HH", segment[1:5])
    if height == 0:
        raise _damaged(name)  # height defined later by a DNL marker: too unusual to trust
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
            raise _damaged(name)
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
        raise _damaged(name)
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise _too_big(name, width, height)
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
            raise _damaged(name)
        width, height = struct.unpack("<HH", data[26:30])
        return ImageHeader("webp", width & 0x3FFF, height & 0x3FFF)
    if chunk == b"VP8L":
        if data[20] != 0x2F:
            raise _damaged(name)
        bits = int.from_bytes(data[21:25], "little")
        return ImageHeader("webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if chunk == b"VP8X":
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return ImageHeader("webp", width, height)
    raise _damaged(name)


# --- decoding and storing ---------------------------------------------------------------------


def apply_orientation(image: pygame.Surface, orientation: int) -> pygame.Surface:
    """``image`` turned upright for EXIF ``orientation`` (1..8); 1 or unknown values leave it as it is."""
    if orientation == 2:
        return pygame.transform.flip(image, True, False)
    if orientation == 3:
        return pygame.transform.rotate(image, 180)
    if orientation == 4:
        return pygame.transform.flip(image, False, True)
    if orientation == 5:  # transpose
        return pygame.transform.flip(pygame.transform.rotate(image, -90), True, False)
    if orientation == 6:  # stored turned left: turn a quarter clockwise
        return pygame.transform.rotate(image, -90)
    if orientation == 7:  # transverse
        return pygame.transform.flip(pygame.transform.rotate(image, 90), True, False)
    if orientation == 8:  # stored turned right: turn a quarter anticlockwise
        return pygame.transform.rotate(image, 90)
    return image


def read_source(path: Path) -> bytes:
    """The bytes of ``path``, or ``PhotoRefused`` saying kindly why it can't be read.

    Folders, devices and pipes are refused before anything is opened, and never more than
    ``MAX_FILE_BYTES`` are read (``storage.safe_files``).
    """
    name = path.name or str(path)
    try:
        return read_checked(path, inside=None, limit=MAX_FILE_BYTES)
    except UnsafeFile as unsafe:
        raise _unreadable_source(name, unsafe) from None


def _unreadable_source(name: str, unsafe: UnsafeFile) -> PhotoRefused:
    if unsafe.kind == "missing":
        return PhotoRefused(
            f"“{name}” isn't there any more (it may have been moved or renamed). "
            "Choose the photo again from where it is now.",
            "it isn't there any more",
        )
    if unsafe.kind == "not_a_file":
        if "folder" in unsafe.reason:
            return PhotoRefused(
                f"“{name}” is a folder, not a picture. Open it and choose a photo inside.", unsafe.reason
            )
        return PhotoRefused(
            f"“{name}” isn't a file Dropoff Buddy can read a picture from. {_TRY_ANOTHER}", unsafe.reason
        )
    if unsafe.kind == "too_big":
        size = ""
        with contextlib.suppress(OSError):
            size = f" ({size_words(unsafe.path.stat().st_size)})"
        return PhotoRefused(
            f"“{name}” is a very large file{size}. Dropoff Buddy takes "
            f"pictures up to {MAX_FILE_BYTES // (1024 * 1024)} MB: make a smaller copy and add that. "
            "Your current photo is still there.",
            unsafe.reason,
        )
    if unsafe.errno in (errno.EACCES, errno.EPERM):
        return PhotoRefused(
            f"Dropoff Buddy isn't allowed to read “{name}”. Copy the photo to your Pictures folder "
            "and add it from there.",
            "Dropoff Buddy isn't allowed to read it",
        )
    return PhotoRefused(
        f"“{name}” couldn't be read ({unsafe.reason}). Copy the photo to your Pictures folder and try again.",
        unsafe.reason,
    )


_PNG_ESSENTIAL_CHUNKS = frozenset({b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"})


def essential_png(data: bytes) -> bytes:
    """A PNG with only the chunks a picture needs: header, palette, transparency, pixels, end.

    Text, colour profiles, EXIF and other extras never change how the photo is shown here, and
    they are where libpng's warnings (printed to the terminal) and its decompression of text
    come from, so they are dropped before libpng sees the file. A cut-off file keeps its tail,
    for the decoder to refuse.
    """
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return data
    kept = [data[:8]]
    position = 8
    while position + 12 <= len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        kind = data[position + 4 : position + 8]
        end = position + 12 + length
        if end > len(data):
            break
        if kind in _PNG_ESSENTIAL_CHUNKS:
            kept.append(data[position:end])
        position = end
        if kind == b"IEND":
            return b"".join(kept)
    kept.append(data[position:])
    return b"".join(kept)


def decode_image(data: bytes, header: ImageHeader, name: str = "this file") -> pygame.Surface:
    """Decode ``data`` (already checked by ``read_header``) into an upright surface."""
    if header.format == "png":
        data = essential_png(data)
    try:
        image = pygame.image.load(io.BytesIO(data), f"photo.{header.format}")
    except (pygame.error, ValueError, MemoryError, OSError, zlib.error):
        raise _damaged(name) from None
    if image.get_width() * image.get_height() > MAX_PIXELS:
        raise _too_big(name, image.get_width(), image.get_height())
    return apply_orientation(image, header.orientation)


def downscaled(image: pygame.Surface, long_side: int = STORED_LONG_SIDE) -> pygame.Surface:
    """``image`` scaled down so its longer side is at most ``long_side`` pixels (never scaled up)."""
    width, height = image.get_size()
    longest = max(width, height)
    if longest <= long_side:
        return image
    factor = long_side / longest
    size = (max(1, round(width * factor)), max(1, round(height * factor)))
    if width * height > TWO_STEP_ABOVE_PIXELS:
        # smoothscale makes a 32-bit copy of its source: for a 40 MP photo that is 160 MB more.
        # A plain scale to twice the size first (no copy of the big one), then smoothscale, keeps
        # importing the largest photo under about 160 MB, and looks the same at the size shown.
        image = pygame.transform.scale(image, (size[0] * 2, size[1] * 2))
    source = image if image.get_bitsize() in (24, 32) else image.convert(32, 0)
    return pygame.transform.smoothscale(source, size)


def _has_transparency(image: pygame.Surface) -> bool:
    if image.get_colorkey() is not None:
        return True
    if not image.get_flags() & pygame.SRCALPHA:
        return False
    # Sample a coarse grid: a photo with an alpha channel is usually opaque everywhere.
    width, height = image.get_size()
    step_x, step_y = max(1, width // 40), max(1, height // 40)
    return any(image.get_at((x, y)).a < 250 for x in range(0, width, step_x) for y in range(0, height, step_y))


def encode_for_storage(image: pygame.Surface) -> tuple[bytes, str]:
    """(file bytes, extension): JPEG for ordinary photos, PNG to keep transparency."""
    extension = ".png" if _has_transparency(image) else ".jpg"
    buffer = io.BytesIO()
    if extension == ".jpg":
        opaque = pygame.Surface(image.get_size())
        opaque.fill((255, 255, 255))
        opaque.blit(image, (0, 0))
        image = opaque
    pygame.image.save(image, buffer, "photo" + extension)
    return buffer.getvalue(), extension


# --- photos already in the profile folder --------------------------------------------------------

#: Photos the game stores are at most ``STORED_LONG_SIDE`` long. A photo in the profile folder
#: far bigger than that was put there by hand or by a hostile backup; it would cost the home
#: screen hundreds of megabytes, so it is refused (the drawn family is shown instead).
MAX_STORED_SIDE = 2 * STORED_LONG_SIDE
MAX_STORED_PIXELS = MAX_STORED_SIDE * MAX_STORED_SIDE
MAX_STORED_FILE_BYTES = 24 * 1024 * 1024

PhotoStatus = Literal["none", "ok", "missing", "refused"]


@dataclass(frozen=True)
class PhotoState:
    """What the profile's photo really is on disk, for the parent area.

    ``status``: ``"none"`` (no photo chosen), ``"ok"``, ``"missing"`` (the file is gone) or
    ``"refused"`` (it is there but can't be shown); ``problem`` says why in a short phrase.
    """

    status: PhotoStatus
    file_name: str | None = None
    problem: str = ""

    @property
    def summary(self) -> str:
        """A few words for a settings list: "Photo chosen", "Photo missing: add it again"..."""
        return {
            "none": "Drawn family",
            "ok": "Photo chosen",
            "missing": "Photo missing: add it again",
            "refused": "Photo can't be shown: add another",
        }[self.status]

    @property
    def what_happened(self) -> str:
        """ "is missing" / "can't be shown" / "" (for a sentence about the photo)."""
        return {"missing": "is missing", "refused": "can't be shown"}.get(self.status, "")

    def notice(self, kind: PhotoKind, child_name: str) -> str:
        """A kind sentence for the parent when the photo can't be shown ("" when all is well)."""
        if self.status in ("none", "ok"):
            return ""
        what = _WHAT[kind]
        instead = "the story shows your family drawn instead" if kind == "family" else "the buddy holds no photo"
        if self.status == "missing":
            start = f"{child_name}'s {what} ({self.file_name}) is missing"
        else:
            start = f"{child_name}'s {what} ({self.file_name}) can't be shown: {self.problem}"
        return f"{start}, so {instead}. Add it again in Family & toy photos."


class PhotoMissing(PhotoRefused):
    """The profile names a photo whose file is not in the profile folder."""


def refusal_notice(kind: PhotoKind, file_name: str | None, refused: PhotoRefused, child_name: str) -> str:
    """What the parent is told when a stored photo could not be shown (``load_stored_photo`` refused it)."""
    status: PhotoStatus = "missing" if isinstance(refused, PhotoMissing) else "refused"
    return PhotoState(status, file_name, refused.reason).notice(kind, child_name)


def read_stored_photo(folder: Path, file_name: str | None, kind: PhotoKind = "family") -> tuple[bytes, ImageHeader]:
    """The bytes and header of a photo kept in ``folder``, checked before anything is decoded.

    It must be a plain file name inside ``folder`` (links may not lead out), an ordinary file
    of at most ``MAX_STORED_FILE_BYTES``, a picture whose header passes ``read_header`` and no
    larger than ``MAX_STORED_SIDE``. Raises ``PhotoMissing`` or ``PhotoRefused``.
    """
    what = _WHAT[kind]
    if not file_name or not is_plain_file_name(file_name):
        raise PhotoRefused(
            f"The {what} is named {file_name!r}, which is not a file in the child's folder.",
            "its name is not a file in the child's folder",
        )
    try:
        data = read_checked(folder / file_name, inside=folder, limit=MAX_STORED_FILE_BYTES)
    except UnsafeFile as unsafe:
        if unsafe.kind == "missing":
            raise PhotoMissing(f"The {what} ({file_name}) isn't there any more.", unsafe.reason) from None
        raise PhotoRefused(f"The {what} ({file_name}) can't be shown: {unsafe.reason}.", unsafe.reason) from None
    header = check_stored_photo(data, file_name)
    return data, header


def check_stored_photo(data: bytes, file_name: str) -> ImageHeader:
    """``read_header`` plus the stored-photo size limit; raises ``PhotoRefused``."""
    header = read_header(data, file_name)
    if (
        header.width > MAX_STORED_SIDE
        or header.height > MAX_STORED_SIDE
        or header.width * header.height > (MAX_STORED_PIXELS)
    ):
        reason = (
            f"it is {header.width:,} × {header.height:,} pixels, far larger than the photos Dropoff Buddy keeps "
            f"(at most {STORED_LONG_SIDE:,} pixels long)"
        )
        raise PhotoRefused(f"“{file_name}” {reason.removeprefix('it ')}.", reason)
    return header


def load_stored_photo(folder: Path, file_name: str | None, kind: PhotoKind = "family") -> pygame.Surface:
    """A photo kept in ``folder``, checked (``read_stored_photo``), decoded and at most
    ``STORED_LONG_SIDE`` long, so showing it never costs more than a stored photo does.
    Raises ``PhotoMissing`` or ``PhotoRefused``."""
    data, header = read_stored_photo(folder, file_name, kind)
    image = decode_image(data, header, file_name or "")
    del data
    return downscaled(image)


def stored_photo_state(folder: Path, file_name: str | None, kind: PhotoKind = "family") -> PhotoState:
    """What the photo named ``file_name`` really is (checks the file and its header; decodes nothing)."""
    if not file_name:
        return PhotoState("none")
    try:
        read_stored_photo(folder, file_name, kind)
    except PhotoMissing as missing:
        return PhotoState("missing", file_name, missing.reason)
    except PhotoRefused as refused:
        return PhotoState("refused", file_name, refused.reason)
    return PhotoState("ok", file_name)


def photo_notices(child: ChildData) -> list[str]:
    """Kind sentences for the parent about the child's photos that can't be shown (none when all is well)."""
    profile = child.profile
    notes = []
    slots: tuple[tuple[PhotoKind, str | None], ...] = (
        ("family", profile.family_photo),
        ("toy", profile.buddy.toy_photo),
    )
    for kind, name in slots:
        note = stored_photo_state(child.folder, name, kind).notice(kind, profile.child.name)
        if note:
            notes.append(note)
    return notes


def stored_file_name(kind: PhotoKind, extension: str) -> str:
    """A new name for a stored photo, never the name of the one in use (``family-photo-1a2b3c4d.jpg``).

    A new photo is written beside the old one and the profile is pointed at it; the old file
    goes only after the profile naming the new one is safely saved.
    """
    return f"{STORED_STEMS[kind]}-{secrets.token_hex(4)}{extension}"


def is_stored_copy(file_name: str, kind: PhotoKind) -> bool:
    """True for files ``import_photo`` writes for ``kind`` (old fixed names included)."""
    stem = STORED_STEMS[kind]
    base, _, extension = file_name.rpartition(".")
    if f".{extension}" not in (".jpg", ".png"):
        return False
    return base == stem or (base.startswith(stem + "-") and len(base) == len(stem) + 9)


def import_photo(source: Path, profile_folder: Path, kind: PhotoKind = "family") -> ImportedPhoto:
    """Check, decode, straighten, downscale and store ``source`` in ``profile_folder``.

    Returns where it was stored: always a new file name (``stored_file_name``), so the photo in
    use is never overwritten. Raises ``PhotoRefused`` (kind message) if the file can't be used
    or the copy can't be written; the folder is then exactly as it was.
    """
    name = source.name or str(source)
    data = read_source(source)
    header = read_header(data, name)
    image = decode_image(data, header, name)
    del data  # the file's bytes are not needed once decoded: keep the peak memory down
    image = downscaled(image)
    encoded, extension = encode_for_storage(image)
    file_name = stored_file_name(kind, extension)
    try:
        profile_folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(profile_folder / file_name, encoded, keep_backup=False)
    except SaveError as error:
        raise PhotoRefused(
            f"The {_WHAT[kind]} couldn't be saved ({error.reason}). Your current photo is still there; "
            "free some space or check the data folder, then try again.",
            error.reason,
        ) from None
    except OSError as error:
        reason = describe_os_error(error, writing=True)
        raise PhotoRefused(
            f"The {_WHAT[kind]} couldn't be saved ({reason}). Your current photo is still there.", reason
        ) from None
    return ImportedPhoto(file_name, image.get_width(), image.get_height(), header.format)


def remove_other_copies(profile_folder: Path, kind: PhotoKind, keep: str | None) -> None:
    """Delete stored copies of ``kind`` other than ``keep`` (the old photo after a new one was saved).

    Call only after the profile that names ``keep`` has been saved. Never raises.
    """
    try:
        names = [entry.name for entry in profile_folder.iterdir()]
    except OSError:
        return
    for file_name in names:
        if file_name != keep and is_stored_copy(file_name, kind):
            with contextlib.suppress(OSError):
                (profile_folder / file_name).unlink()


def success_message(kind: PhotoKind, photo: ImportedPhoto) -> str:
    """What to tell the parent after a photo was added."""
    source = photo.source_format.upper()
    return f"Added the {_WHAT[kind]} ({photo.width} × {photo.height} pixels, from a {source} file)."


def adopt_photo(child: ChildData, source: Path, kind: PhotoKind, save: Callable[[], bool]) -> str:
    """Import ``source`` as ``child``'s family or toy photo, point the profile at it and save.

    ``save`` saves the profile (``GameContext.save_profile`` or the store's). Returns the
    success message. Raises ``PhotoRefused`` with the previous photo and profile untouched: when
    the file can't be used, when the profile may not be changed (it is from a newer Dropoff
    Buddy, or could not be read), or when the profile naming the new photo can't be saved (the
    new file is removed again and the profile in memory put back as it was).
    """
    if not child.profile_writable:
        raise PhotoRefused(
            f"{child.profile.child.name}'s saved settings can't be changed just now (they were saved by a newer "
            "Dropoff Buddy, or couldn't be read), so the photo was not added. Nothing was changed; the "
            "grown-ups' corner says more.",
            "the saved settings can't be changed just now",
        )
    profile = child.profile
    # A copy left by an import that was cut off (a crash between writing it and saving the
    # profile) is named by no profile: clear it now, keeping the one in use.
    remove_other_copies(child.folder, kind, profile.family_photo if kind == "family" else profile.buddy.toy_photo)
    photo = import_photo(source, child.folder, kind)
    before = (profile.family_photo, profile.photo_focus, profile.buddy.toy_photo)
    if kind == "family":
        profile.family_photo = photo.file_name
        profile.photo_focus = (0.5, 0.5)
    else:
        profile.buddy.toy_photo = photo.file_name
    if not save():
        profile.family_photo, profile.photo_focus, profile.buddy.toy_photo = before
        with contextlib.suppress(OSError):
            (child.folder / photo.file_name).unlink()
        raise PhotoRefused(
            f"The {_WHAT[kind]} couldn't be saved just now, so it was not added. Your current photo is "
            "still there; the grown-ups' corner says why.",
            "the settings naming it couldn't be saved",
        )
    remove_other_copies(child.folder, kind, photo.file_name)
    return success_message(kind, photo)
