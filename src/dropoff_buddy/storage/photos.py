"""Importing a photo (the family photo, or the child's real soft toy) into a profile folder.

``import_photo`` is the one way in, used by the drag-and-drop page, the in-app picture browser
and ``dropoff-buddy import-photo``. It never trusts the file:

1. the bytes are read (at most ``MAX_FILE_BYTES``) and the format is recognised from its
   signature (PNG, JPEG, BMP, GIF, WebP) -- never from the file name;
2. the header is parsed for the picture's dimensions *before* decoding, so a small file that
   claims to be 100 000 × 100 000 pixels (a "decompression bomb") is refused without
   allocating anything; obviously cut-off files are refused too (``storage.image_header``);
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
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import pygame

from dropoff_buddy.storage.atomic import SaveError, atomic_write_bytes, describe_os_error
from dropoff_buddy.storage.image_header import MAX_PIXELS as MAX_PIXELS

# Re-exported (``as``): callers take photo refusals and headers from ``storage.photos``.
from dropoff_buddy.storage.image_header import TRY_ANOTHER, damaged_picture, too_big
from dropoff_buddy.storage.image_header import ImageHeader as ImageHeader
from dropoff_buddy.storage.image_header import PhotoRefused as PhotoRefused
from dropoff_buddy.storage.image_header import read_header as read_header
from dropoff_buddy.storage.safe_files import UnsafeFile, is_plain_file_name, read_checked, size_words

if TYPE_CHECKING:
    from dropoff_buddy.storage.documents import ChildData

PhotoKind = Literal["family", "toy"]

MAX_FILE_BYTES = 200 * 1024 * 1024
STORED_LONG_SIDE = 1600
TWO_STEP_ABOVE_PIXELS = 16_000_000  # larger photos are shrunk in two steps (see ``downscaled``)
JPEG_EXTENSIONS = (".jpg", ".jpeg", ".jpe", ".jfif")
PICTURE_EXTENSIONS = (".png", *JPEG_EXTENSIONS, ".bmp", ".dib", ".gif", ".webp")
"""File-name endings the picture browser offers (the importer itself looks at the bytes)."""

STORED_STEMS: dict[PhotoKind, str] = {"family": "family-photo", "toy": "toy-photo"}
_WHAT: dict[PhotoKind, str] = {"family": "family photo", "toy": "toy photo"}


@dataclass(frozen=True)
class ImportedPhoto:
    """A photo stored in the profile folder: its file name there and its stored pixel size."""

    file_name: str
    width: int
    height: int
    source_format: str


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
            f"“{name}” isn't a file Dropoff Buddy can read a picture from. {TRY_ANOTHER}", unsafe.reason
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
        raise damaged_picture(name) from None
    if image.get_width() * image.get_height() > MAX_PIXELS:
        raise too_big(name, image.get_width(), image.get_height())
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
