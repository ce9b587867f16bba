"""The store's saved files: their names and limits, what one turns out to be, and words about them.

``storage.store`` (``ProfileStore``) reads and writes these files; here is what it shares with
the doctor and the backup: the file names and size limits, the three kinds of saved file
(``PROFILE_DOCUMENT``, ``PROGRESS_DOCUMENT``, ``APP_STATE_DOCUMENT``: model, migrations and how a
parent names each), ``AppState``, what a file on disk turned out to be (good, missing, damaged, newer,
unreadable), reading a saved JSON object (``parse_json_document``), setting a damaged file
aside, and the plain words the store's ``Notice``s use.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from dropoff_buddy.storage.migrations import (
    APP_STATE_MIGRATIONS,
    PROFILE_MIGRATIONS,
    PROGRESS_MIGRATIONS,
    Migration,
)
from dropoff_buddy.storage.models import (
    PROFILE_SCHEMA_VERSION,
    PROGRESS_SCHEMA_VERSION,
    Profile,
    Progress,
)

log = logging.getLogger(__name__)


PROFILE_FILE_NAME: Final = "profile.json"
PROGRESS_FILE_NAME: Final = "progress.json"
APP_STATE_FILE_NAME: Final = "app.json"
APP_STATE_SCHEMA_VERSION: Final = 1
CORRUPT_MARKER: Final = ".corrupt-"
#: Far above years of daily check-ins (a year is about 100 KB), far below what could hurt.
MAX_SAVE_BYTES: Final = 8 * 1024 * 1024
#: A version number beyond this is damage (a flipped bit, a hand edit), not a newer game.
MAX_SENSIBLE_VERSION: Final = 10_000


NoticeKind = Literal["recovered", "reset", "newer_version", "save_failed", "load_failed"]


@dataclass(frozen=True)
class Notice:
    """Something the parent should know about their saved data.

    ``message`` is kind, plain words that say what happened and what to do; ``kind`` is one of
    ``"recovered"`` (a damaged or missing file was replaced by its last good copy), ``"reset"``
    (no good copy: defaults used), ``"newer_version"`` (a file from a newer Dropoff Buddy was
    left alone), ``"save_failed"`` and ``"load_failed"``.
    """

    message: str
    kind: str


@dataclass
class ChildData:
    """One child's profile and progress as the game plays with them.

    ``profile_writable`` / ``progress_writable`` are False when the file on disk must not be
    replaced this session: it is from a newer Dropoff Buddy, or it could not be read or moved
    aside. Saves of that file are then skipped and return False.
    """

    profile_id: str
    folder: Path
    profile: Profile
    progress: Progress
    profile_writable: bool
    progress_writable: bool


ModelT = TypeVar("ModelT", bound=BaseModel)


@dataclass(frozen=True)
class SavedDocument(Generic[ModelT]):
    """One kind of saved file and how to talk about it to a parent."""

    file_name: str
    model: type[ModelT]
    ladder: Mapping[int, Migration]
    current_version: int
    noun: str  # what the file holds, as a parent would say it
    verb: str  # "were" or "was", agreeing with ``noun``
    belongs_to_child: bool  # True: messages say "Sam's <noun>"
    fresh_start: str  # what using the defaults means, for the "reset" notice


# The starting name is not the child's real name, so notices say "your child's" instead.
_STARTING_CHILD_NAME: Final = Profile().child.name


# What a file on disk turned out to be.
@dataclass(frozen=True)
class FoundGood(Generic[ModelT]):
    model: ModelT
    version: int  # as found on disk, before any migration


@dataclass(frozen=True)
class FoundMissing:
    pass


@dataclass(frozen=True)
class FoundDamaged:
    problem: str


@dataclass(frozen=True)
class FoundNewer:
    version: int


@dataclass(frozen=True)
class FoundUnreadable:
    reason: str


@dataclass(frozen=True)
class Loaded(Generic[ModelT]):
    model: ModelT
    writable: bool


def parse_json_document(raw: bytes) -> dict[str, object]:
    """A saved JSON object from ``raw``: UTF-8 with or without a byte-order mark.

    Raises ``ValueError`` saying in plain words what is wrong (not UTF-8 text, not JSON, too
    deeply nested, a number of thousands of digits, not an object). NaN and infinity parse; the
    models refuse them where they matter.
    """
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError("it is not text (some bytes are damaged)") from None
    try:
        data = json.loads(text)
    except RecursionError:
        raise ValueError("it is nested far too deeply to be a real save") from None
    except ValueError as error:
        if "digits" in str(error):
            raise ValueError("it holds a number thousands of digits long") from None
        raise ValueError(f"it is not valid JSON ({_short_reason(error)})") from None
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, found {type(data).__name__}")
    return data


def _short_reason(error: Exception) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text[:120]


def set_aside_if_damaged(path: Path, state: object, kept: list[Path]) -> bool:
    """Move a damaged file aside (into ``kept``); False when it could not be kept, so must not be written over."""
    if not isinstance(state, FoundDamaged):
        return True
    log.warning("%s is damaged: %s", path, state.problem)
    moved = move_aside(path)
    if moved is None:
        return False
    kept.append(moved)
    return True


def move_aside(path: Path) -> Path | None:
    """Rename a damaged file to ``<name>.corrupt-<UTC time>`` (never overwriting); None if it can't be."""
    stamp = utc_stamp()
    try:
        target = path.with_name(f"{path.name}{CORRUPT_MARKER}{stamp}")
        number = 1
        while target.exists() or target.is_symlink():
            number += 1
            target = path.with_name(f"{path.name}{CORRUPT_MARKER}{stamp}-{number}")
        path.rename(target)
    except OSError as error:
        log.warning("could not move damaged %s aside: %s", path, error)
        return None
    return target


def is_dir_safely(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def utc_stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def real_child_name(model: BaseModel) -> str | None:
    if isinstance(model, Profile) and model.child.name != _STARTING_CHILD_NAME:
        return model.child.name
    return None


def subject_words(document: SavedDocument[ModelT], child_name: str | None) -> str:
    """``"Sam's saved settings"`` / ``"your child's saved settings"`` / the noun alone."""
    if not document.belongs_to_child:
        return document.noun
    owner = f"{child_name}'s" if child_name else "your child's"
    return f"{owner} {document.noun}"


def kept_aside_sentence(kept: list[Path], path: Path) -> str:
    if not kept:
        return (
            f"The damaged file {path.name} could not be moved aside, so it was left as it is and won't be "
            "changed until Dropoff Buddy restarts."
        )
    names = " and ".join(moved.name for moved in kept)
    return f"The damaged file was kept as {names}." if len(kept) == 1 else f"The damaged files were kept as {names}."


def as_sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


class AppState(BaseModel):
    """What the whole app remembers between launches. Written to ``<data_dir>/app.json``."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    schema_version: int = APP_STATE_SCHEMA_VERSION
    last_profile_id: str | None = None


# The three saved files, as data (name, model, migrations, words): alike in shape by design.
PROFILE_DOCUMENT: Final = SavedDocument(
    PROFILE_FILE_NAME,
    Profile,
    PROFILE_MIGRATIONS,
    PROFILE_SCHEMA_VERSION,
    noun="saved settings",
    verb="were",
    belongs_to_child=True,
    fresh_start="the game is using the starting settings; you can set things up again in the grown-up area",
)
PROGRESS_DOCUMENT: Final = SavedDocument(
    PROGRESS_FILE_NAME,
    Progress,
    PROGRESS_MIGRATIONS,
    PROGRESS_SCHEMA_VERSION,
    noun="stickers and feelings",
    verb="were",
    belongs_to_child=True,
    fresh_start="stickers and feelings start again from today",
)
APP_STATE_DOCUMENT: Final = SavedDocument(
    APP_STATE_FILE_NAME,
    AppState,
    APP_STATE_MIGRATIONS,
    APP_STATE_SCHEMA_VERSION,
    noun="Dropoff Buddy's note of which child played last",
    verb="was",
    belongs_to_child=False,
    fresh_start="Dropoff Buddy will simply ask who is playing",
)
