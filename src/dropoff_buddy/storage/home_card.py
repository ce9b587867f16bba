"""The home card: a picture of home exactly as the game will first draw it, shown the moment the
window opens while the rest of the game loads.

The real home needs the validated profile, the content, the translations and the buddy's
renderer: about 400 ms of loading on a small laptop. The card needs none of that. When the game
ends (and once after each start) it draws a fresh home into a picture and saves it here with a
*key*: a fingerprint of everything that picture was drawn from. At the next start, if the key
still matches, the card is on screen in a few milliseconds and the child's taps are read at
once; the real home takes over, pixel for pixel the same, when it is ready.

Files, in ``<data_dir>/home-card/`` (a cache: never backed up, erased with everything else)::

    card.json      the key, the window size, the child it shows, and where the buttons are
    home.png       home as a fresh start draws it (without the greeting's caption)
    pressed.png    the same with every button pressed in (read only when a finger comes down)

The key covers the game's version, the window's size, the child who played last (``app.json``),
every file in that child's folder (the saves by what they say, as the game writes them again
unchanged whenever it ends; photos and recordings by size and time changed; not the ``.bak``
copies, which only matter when a save is damaged, and then the save itself has changed), every content file
in ``levels/``, and the system language. A card whose key does not match is never shown; the game
starts with the plain morning sky as before. Kept free of pydantic and of every game module: this
runs before they are imported. Nothing here raises; a card that can't be read or written is
simply not used.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pygame

from dropoff_buddy import __version__
from dropoff_buddy.storage.atomic import atomic_write_bytes
from dropoff_buddy.storage.paths import DEFAULT_PROFILE_ID, find_levels_dir, is_safe_profile_id, profiles_dir

log = logging.getLogger(__name__)

CARD_FOLDER = "home-card"
CARD_FILE = "card.json"
HOME_PICTURE = "home.png"
PRESSED_PICTURE = "pressed.png"
#: Changes whenever what the card holds or how its key is made changes.
CARD_FORMAT = 1
#: The variables ``i18n.languages.system_language`` reads: a new family's language follows them.
LANGUAGE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG")
#: Saved files the game writes again, unchanged, whenever it ends: fingerprinted by what they say.
SAVES_BY_CONTENT = ".json"
KEPT_COPY = ".bak"
MAX_SAVE_BYTES_HASHED = 8 * 1024 * 1024
#: Far above any real card (a 4K home is about 1 MB); a bigger file is not ours.
MAX_PICTURE_BYTES = 32 * 1024 * 1024

Rect = tuple[int, int, int, int]


@dataclass(frozen=True)
class CardButton:
    """A button on the card: its name, where it is (window pixels), and the area that changes
    when it is pressed in (the face moves down onto its edge)."""

    name: str
    rect: Rect
    changes: Rect


@dataclass
class HomeCard:
    """A card whose key matched: the picture to show and its buttons."""

    folder: Path
    picture: pygame.Surface
    buttons: tuple[CardButton, ...]
    #: The fingerprint it was drawn with (it matched at this start).
    key: str
    _pressed: pygame.Surface | None = None
    _pressed_read: bool = False

    def button_at(self, pos: tuple[int, int]) -> CardButton | None:
        for button in self.buttons:
            if pygame.Rect(button.rect).collidepoint(pos):
                return button
        return None

    def pressed_picture(self) -> pygame.Surface | None:
        """Home with every button pressed in, read the first time it is needed (None if unreadable)."""
        if not self._pressed_read:
            self._pressed_read = True
            self._pressed = _read_picture(self.folder / PRESSED_PICTURE, self.picture.get_size())
        return self._pressed


def card_folder(data_dir: Path) -> Path:
    return data_dir / CARD_FOLDER


def last_profile_id(data_dir: Path) -> str:
    """The child who played last, read from ``app.json`` without the store (which needs pydantic).

    The store reads the same file with its full checks; when the two could disagree (a damaged or
    unusual file) this says ``""`` and no card is used.
    """
    try:
        raw = (data_dir / "app.json").read_bytes()
    except FileNotFoundError:
        return DEFAULT_PROFILE_ID
    except OSError:
        return ""
    try:
        state = json.loads(raw)
    except ValueError:
        return ""
    if not isinstance(state, dict):
        return ""
    profile_id = state.get("last_profile_id")
    if profile_id is None:
        return DEFAULT_PROFILE_ID
    if not isinstance(profile_id, str) or not is_safe_profile_id(profile_id):
        return ""
    return profile_id


def card_key(data_dir: Path, size: tuple[int, int], profile_id: str) -> str:
    """A fingerprint of everything a fresh home is drawn from (see the module's docstring)."""
    digest = hashlib.sha256()
    digest.update(f"{CARD_FORMAT}|{__version__}|{size[0]}x{size[1]}|{profile_id}|".encode())
    for variable in LANGUAGE_VARIABLES:
        digest.update(f"{variable}={os.environ.get(variable, '')}|".encode())
    with contextlib.suppress(OSError):
        digest.update((data_dir / "app.json").read_bytes())
    for label, folder in (("child", profiles_dir(data_dir) / profile_id), ("levels", find_levels_dir())):
        digest.update(f"|{label}|".encode())
        for relative, stat in _files(folder):
            if relative.endswith(KEPT_COPY):
                continue  # each save moves the last good copy along; home never reads it unless the save is damaged
            digest.update(f"{relative}|{stat.st_size}|".encode())
            if relative.endswith(SAVES_BY_CONTENT) and stat.st_size <= MAX_SAVE_BYTES_HASHED:
                # Every ending saves these again unchanged (a shutdown too): what they say counts.
                with contextlib.suppress(OSError):
                    digest.update(hashlib.sha256((folder / relative).read_bytes()).digest())
            else:  # photos, recordings, level files: written only when they change
                digest.update(f"{stat.st_mtime_ns}".encode())
            digest.update(b"\n")
    return digest.hexdigest()


def _files(folder: Path) -> Iterator[tuple[str, os.stat_result]]:
    """Every file under ``folder`` in a fixed order, with its stat; links are not followed."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                for relative, stat in _files(Path(entry.path)):
                    yield f"{entry.name}/{relative}", stat
            else:
                yield entry.name, entry.stat(follow_symlinks=False)
        except OSError:
            continue


def read_card(data_dir: Path, size: tuple[int, int]) -> HomeCard | None:
    """The card for this start, if there is one and everything it was drawn from is unchanged."""
    folder = card_folder(data_dir)
    try:
        card = json.loads((folder / CARD_FILE).read_text(encoding="utf-8"))
        if not isinstance(card, dict) or card.get("format") != CARD_FORMAT:
            return None
        profile_id = last_profile_id(data_dir)
        if not profile_id or card.get("profile") != profile_id or tuple(card.get("size", ())) != size:
            return None
        key = card_key(data_dir, size, profile_id)
        if card.get("key") != key:
            return None
        buttons = tuple(
            CardButton(str(name), _rect(rect), _rect(changes)) for name, rect, changes in card.get("buttons", [])
        )
    except (OSError, ValueError, TypeError):
        return None
    picture = _read_picture(folder / HOME_PICTURE, size)
    if picture is None:
        return None
    return HomeCard(folder, picture, buttons, key)


def _rect(values: object) -> Rect:
    if not isinstance(values, list) or len(values) != 4 or not all(isinstance(v, int) for v in values):
        raise ValueError("not a rectangle")
    x, y, w, h = values
    return (x, y, w, h)


def _read_picture(path: Path, size: tuple[int, int]) -> pygame.Surface | None:
    try:
        if path.stat().st_size > MAX_PICTURE_BYTES:
            return None
        picture = pygame.image.load(str(path))
    except (OSError, pygame.error):
        return None
    return picture if picture.get_size() == size else None


def write_card(
    data_dir: Path,
    profile_id: str,
    home: pygame.Surface,
    pressed: pygame.Surface,
    buttons: list[CardButton],
) -> bool:
    """Save the card for the next start; True when saved. Never raises (a full disk means no card)."""
    folder = card_folder(data_dir)
    size = home.get_size()
    if last_profile_id(data_dir) != profile_id:
        forget_card(data_dir)  # the next start opens someone else (or can't tell who): no card
        return False
    card = {
        "format": CARD_FORMAT,
        "profile": profile_id,
        "size": list(size),
        "key": card_key(data_dir, size, profile_id),
        "buttons": [[button.name, list(button.rect), list(button.changes)] for button in buttons],
    }
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / CARD_FILE).unlink(missing_ok=True)  # a half-written card is never read as whole
        for name, picture in ((HOME_PICTURE, home), (PRESSED_PICTURE, pressed)):
            temporary = folder / f"new-{name}"
            pygame.image.save(picture, str(temporary))
            os.replace(temporary, folder / name)
        atomic_write_bytes(folder / CARD_FILE, json.dumps(card).encode("utf-8"), keep_backup=False)
    except (OSError, pygame.error) as error:
        log.info("no home card this time: %s", error)
        forget_card(data_dir)
        return False
    return True


def card_picture_matches(card: HomeCard, home: pygame.Surface) -> bool:
    """True when the card shown at start is exactly the home the game then drew."""
    return card.picture.get_size() == home.get_size() and pygame.image.tobytes(
        card.picture, "RGB"
    ) == pygame.image.tobytes(home, "RGB")


def forget_card(data_dir: Path, profile_id: str | None = None) -> None:
    """Remove the card (only if it shows ``profile_id``, when given). Never raises."""
    folder = card_folder(data_dir)
    if profile_id is not None:
        try:
            card = json.loads((folder / CARD_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            card = None
        if isinstance(card, dict) and card.get("profile") not in (profile_id, None):
            return
    with contextlib.suppress(OSError):
        shutil.rmtree(folder)


__all__ = [
    "CARD_FOLDER",
    "CardButton",
    "HomeCard",
    "card_key",
    "card_picture_matches",
    "forget_card",
    "last_profile_id",
    "read_card",
    "write_card",
]
