"""Loading and saving each child's profile and progress without ever stopping play.

``ProfileStore`` is the one door to saved data. It never raises to the game: damaged files are
kept aside as ``<name>.corrupt-<UTC time>`` and replaced by the last good copy (``.bak``) or the
defaults; files from a newer Dropoff Buddy are left untouched; a full or read-only disk just
means saves return ``False``. Each of these adds a ``Notice`` for the parent area to show.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import logging
import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from dropoff_buddy.storage.atomic import (
    SaveError,
    atomic_write_bytes,
    backup_path,
    describe_os_error,
    remove_leftover_temp_files,
)
from dropoff_buddy.storage.migrations import (
    APP_STATE_MIGRATIONS,
    PROFILE_MIGRATIONS,
    PROGRESS_MIGRATIONS,
    Migration,
    MigrationError,
    MissingMigrationStepError,
    migrate,
    schema_version_of,
)
from dropoff_buddy.storage.models import (
    NAME_MAX_LENGTH,
    PROFILE_SCHEMA_VERSION,
    PROGRESS_SCHEMA_VERSION,
    Person,
    Profile,
    Progress,
)
from dropoff_buddy.storage.paths import (
    DEFAULT_PROFILE_ID,
    PROFILE_ID_MAX_LENGTH,
    PROFILES_FOLDER_NAME,
    is_safe_profile_id,
    profile_id_from_name,
    profiles_dir,
)
from dropoff_buddy.storage.safe_files import UnsafeFile, read_checked

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
DELETED_FOLDER_PREFIX: Final = ".deleted-"
RESTORE_STAGING_PREFIX: Final = ".restore-"
BEFORE_RESTORE_PREFIX: Final = ".before-restore-"
#: Written into the staging folder once a restore's files are all unpacked and checked.
RESTORE_COMPLETE_MARKER: Final = ".complete"
#: What a restore swaps, in the order it moves them in (the profiles first).
RESTORED_NAMES: Final = (PROFILES_FOLDER_NAME, APP_STATE_FILE_NAME, APP_STATE_FILE_NAME + ".bak")

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


class AppState(BaseModel):
    """What the whole app remembers between launches. Written to ``<data_dir>/app.json``."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    schema_version: int = APP_STATE_SCHEMA_VERSION
    last_profile_id: str | None = None


ModelT = TypeVar("ModelT", bound=BaseModel)


@dataclass(frozen=True)
class _Document(Generic[ModelT]):
    """One kind of saved file and how to talk about it to a parent."""

    file_name: str
    model: type[ModelT]
    ladder: Mapping[int, Migration]
    current_version: int
    noun: str  # what the file holds, as a parent would say it
    verb: str  # "were" or "was", agreeing with ``noun``
    belongs_to_child: bool  # True: messages say "Sam's <noun>"
    fresh_start: str  # what using the defaults means, for the "reset" notice


_PROFILE_DOCUMENT: Final = _Document(
    PROFILE_FILE_NAME,
    Profile,
    PROFILE_MIGRATIONS,
    PROFILE_SCHEMA_VERSION,
    noun="saved settings",
    verb="were",
    belongs_to_child=True,
    fresh_start="the game is using the starting settings; you can set things up again in the grown-up area",
)
_PROGRESS_DOCUMENT: Final = _Document(
    PROGRESS_FILE_NAME,
    Progress,
    PROGRESS_MIGRATIONS,
    PROGRESS_SCHEMA_VERSION,
    noun="stickers and feelings",
    verb="were",
    belongs_to_child=True,
    fresh_start="stickers and feelings start again from today",
)
_APP_STATE_DOCUMENT: Final = _Document(
    APP_STATE_FILE_NAME,
    AppState,
    APP_STATE_MIGRATIONS,
    APP_STATE_SCHEMA_VERSION,
    noun="Dropoff Buddy's note of which child played last",
    verb="was",
    belongs_to_child=False,
    fresh_start="Dropoff Buddy will simply ask who is playing",
)

# The starting name is not the child's real name, so notices say "your child's" instead.
_STARTING_CHILD_NAME: Final = Profile().child.name


# What a file on disk turned out to be.
@dataclass(frozen=True)
class _Good(Generic[ModelT]):
    model: ModelT
    version: int  # as found on disk, before any migration


@dataclass(frozen=True)
class _Missing:
    pass


@dataclass(frozen=True)
class _Damaged:
    problem: str


@dataclass(frozen=True)
class _Newer:
    version: int


@dataclass(frozen=True)
class _Unreadable:
    reason: str


@dataclass(frozen=True)
class _Loaded(Generic[ModelT]):
    model: ModelT
    writable: bool


class ProfileStore:
    """Reads and writes every child's saved data under ``data_dir``.

    Disk and file problems never raise: they become ``notices`` and a playable result. Only
    ``profile_folder`` raises (``ValueError``), for an id that is not a safe folder name.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.notices: list[Notice] = []
        self._app_state_writable = True
        if finish_interrupted_restore(data_dir):
            self._notify(
                "recovered",
                "A restore from a backup was interrupted (the computer stopped or the game was closed part-way). "
                "It was finished or undone, so every child's data is whole; check that the right data is there.",
            )

    # --- notices -------------------------------------------------------------------------

    def take_notices(self) -> list[Notice]:
        """Return the notices gathered so far and forget them (the parent area shows them once)."""
        taken, self.notices = self.notices, []
        return taken

    def _notify(self, kind: NoticeKind, message: str) -> None:
        # A full disk fails every save; one notice says it, a pile of copies would not help.
        notice = Notice(message=message, kind=kind)
        if notice not in self.notices:
            log.warning("storage notice (%s): %s", kind, message)
            self.notices.append(notice)

    # --- profiles ------------------------------------------------------------------------

    def profile_folder(self, profile_id: str) -> Path:
        """The folder of one child profile. Raises ``ValueError`` for an id that is not a safe folder name."""
        if not is_safe_profile_id(profile_id):
            raise ValueError(f"{profile_id!r} is not a valid profile id; use profile_id_from_name() to make one")
        return profiles_dir(self.data_dir) / profile_id

    def list_profiles(self) -> list[str]:
        """Ids of the existing profile folders, sorted; empty if there are none or the folder can't be read."""
        try:
            entries = list(profiles_dir(self.data_dir).iterdir())
        except OSError:
            return []
        return sorted(entry.name for entry in entries if is_safe_profile_id(entry.name) and _is_dir(entry))

    def open(self, profile_id: str = DEFAULT_PROFILE_ID) -> ChildData:
        """Load one child's profile and progress; never raises.

        A profile that does not exist is created with the defaults (if the folder can be
        written). An id that is not a safe folder name is turned into one with
        ``profile_id_from_name``. Damaged, newer or unreadable files are handled as described in
        the module docstring, with a notice each; whatever happens, the returned data is playable.
        """
        if not is_safe_profile_id(profile_id):
            profile_id = profile_id_from_name(profile_id)
        folder = self.profile_folder(profile_id)
        profile = self._load(folder, _PROFILE_DOCUMENT, child_name=None, create_missing=True)
        progress = self._load(
            folder, _PROGRESS_DOCUMENT, child_name=_real_child_name(profile.model), create_missing=True
        )
        return ChildData(
            profile_id=profile_id,
            folder=folder,
            profile=profile.model,
            progress=progress.model,
            profile_writable=profile.writable,
            progress_writable=progress.writable,
        )

    def save_profile(self, child: ChildData) -> bool:
        """Write ``child.profile`` atomically, keeping the previous file as ``.bak``.

        Returns True when it is safely on disk. Returns False (never raises) when the disk
        refuses, with a notice, or when ``child.profile_writable`` is False.
        """
        if not child.profile_writable:
            return False
        saved, child.profile_writable = self._save(
            child.folder, _PROFILE_DOCUMENT, child.profile, child_name=_real_child_name(child.profile)
        )
        return saved

    def save_progress(self, child: ChildData) -> bool:
        """Write ``child.progress`` atomically; same contract as ``save_profile``."""
        if not child.progress_writable:
            return False
        saved, child.progress_writable = self._save(
            child.folder, _PROGRESS_DOCUMENT, child.progress, child_name=_real_child_name(child.profile)
        )
        return saved

    def create_profile(self, name: str) -> ChildData:
        """Make a new profile folder for a child called ``name``, with every other setting at its default.

        Never raises. The name is tidied (runs of spaces become one) and shortened to
        ``NAME_MAX_LENGTH``; a blank name keeps the starting name. The id comes from
        ``profile_id_from_name`` with ``-2``, ``-3``... added if taken. If the disk refuses,
        the profile lives in memory and a notice says so.
        """
        profile = Profile()
        tidy_name = " ".join(name.split())[:NAME_MAX_LENGTH].rstrip()
        if tidy_name:
            # Keep the starting look; only the name is the parent's choice here.
            profile.child = Person(name=tidy_name, look=profile.child.look)
        profile_id = self._claim_profile_folder(profile_id_from_name(tidy_name or profile.child.name))
        child = ChildData(
            profile_id=profile_id,
            folder=self.profile_folder(profile_id),
            profile=profile,
            progress=Progress(),
            profile_writable=True,
            progress_writable=True,
        )
        self.save_profile(child)
        self.save_progress(child)
        return child

    def delete_profile(self, profile_id: str) -> bool:
        """Remove a profile folder and everything in it (photos and recordings too); never raises.

        The folder is first renamed to a hidden name, so a half-finished delete never leaves a
        half-profile behind. Returns False if there was no such profile or it could not be
        removed (with a notice). Forgets it as the last profile if it was.
        """
        if not is_safe_profile_id(profile_id):
            return False
        folder = self.profile_folder(profile_id)
        if not _is_dir(folder):
            return False
        hidden = folder.with_name(f"{DELETED_FOLDER_PREFIX}{profile_id}-{_utc_stamp()}")
        try:
            folder.rename(hidden)
        except OSError as error:
            self._notify(
                "save_failed",
                f"Dropoff Buddy couldn't delete the profile {profile_id!r} just now "
                f"({describe_os_error(error, writing=True)}). Nothing was removed; please try again later.",
            )
            return False
        try:
            shutil.rmtree(hidden)
        except OSError as error:
            # The profile is already gone from the list; a hidden leftover harms nothing.
            log.warning("could not finish removing %s: %s", hidden, error)
        if self._read_app_state().last_profile_id == profile_id:
            self.remember_last_profile(None)
        return True

    # --- app state -----------------------------------------------------------------------

    def last_profile_id(self) -> str | None:
        """The profile that played last, if it still exists; never raises."""
        profile_id = self._read_app_state().last_profile_id
        if profile_id is None or not is_safe_profile_id(profile_id):
            return None
        return profile_id if _is_dir(self.profile_folder(profile_id)) else None

    def remember_last_profile(self, profile_id: str | None) -> bool:
        """Record ``profile_id`` (None to forget) in ``app.json``; returns True when saved. Never raises."""
        if not self._app_state_writable:
            return False
        saved, self._app_state_writable = self._save(
            self.data_dir, _APP_STATE_DOCUMENT, AppState(last_profile_id=profile_id), child_name=None
        )
        return saved

    def _read_app_state(self) -> AppState:
        loaded = self._load(self.data_dir, _APP_STATE_DOCUMENT, child_name=None, create_missing=False)
        self._app_state_writable = self._app_state_writable and loaded.writable
        return loaded.model

    # --- loading -------------------------------------------------------------------------

    def _load(
        self, folder: Path, document: _Document[ModelT], *, child_name: str | None, create_missing: bool
    ) -> _Loaded[ModelT]:
        """Load one file, falling back to its ``.bak`` and then to defaults; never raises."""
        path = folder / document.file_name
        subject = _subject(document, child_name)
        remove_leftover_temp_files(path)
        state = _inspect(path, document)

        if isinstance(state, _Good):
            if state.version < document.current_version:
                # Rewrite once in the new format so the migration does not run on every load;
                # the old file stays as .bak.
                self._write(path, state.model, keep_backup=True)
            return _Loaded(state.model, writable=True)
        untouchable = self._leave_untouched(subject, document, path, state)
        if untouchable is not None:
            return untouchable

        kept: list[Path] = []
        writable = _set_aside_if_damaged(path, state, kept)
        backup = backup_path(path)
        backup_state = _inspect(backup, document)
        if isinstance(backup_state, _Good):
            return self._recover_from_backup(path, document, backup_state.model, state, kept, child_name, writable)
        untouchable = self._leave_untouched(subject, document, backup, backup_state)
        if untouchable is not None:
            return untouchable
        writable = _set_aside_if_damaged(backup, backup_state, kept) and writable

        model = document.model()
        if isinstance(state, _Missing) and isinstance(backup_state, _Missing):
            # First launch: nothing to recover, nothing to tell.
            if create_missing:
                self._write(path, model, keep_backup=False)
            return _Loaded(model, writable=True)
        message = (
            f"{subject} {document.verb} damaged and there was no good copy to go back to, "
            f"so {document.fresh_start}. " + _kept_sentence(kept, path)
        )
        self._notify("reset", _sentence(message))
        if writable:
            self._write(path, model, keep_backup=False)
        return _Loaded(model, writable=writable)

    def _leave_untouched(
        self, subject: str, document: _Document[ModelT], path: Path, state: object
    ) -> _Loaded[ModelT] | None:
        """A file from a newer version or one that can't be read: told, never written; defaults meanwhile."""
        if isinstance(state, _Newer):
            self._notify_newer(subject, document, path, state.version)
            return _Loaded(document.model(), writable=False)
        if isinstance(state, _Unreadable):
            self._notify_unreadable(subject, path, state.reason)
            return _Loaded(document.model(), writable=False)
        return None

    def _recover_from_backup(
        self,
        path: Path,
        document: _Document[ModelT],
        model: ModelT,
        state: object,
        kept: list[Path],
        child_name: str | None,
        writable: bool,
    ) -> _Loaded[ModelT]:
        """The file is damaged or missing but its ``.bak`` is good: use it, say so, write it back."""
        subject = _subject(document, child_name or _real_child_name(model))
        if isinstance(state, _Damaged):
            message = f"{subject} {document.verb} damaged, so the last good copy was used. "
            message += _kept_sentence(kept, path)
        else:
            message = f"{subject} {document.verb} missing, so the last good copy was used."
        self._notify("recovered", _sentence(message))
        if writable:
            self._write(path, model, keep_backup=False)
        return _Loaded(model, writable=writable)

    def _notify_newer(self, subject: str, document: _Document[ModelT], path: Path, version: int) -> None:
        self._notify(
            "newer_version",
            _sentence(
                f"{subject} {document.verb} saved by a newer version of Dropoff Buddy (file version {version}; "
                f"this one knows up to {document.current_version}). {path.name} was left untouched and won't be "
                "changed; play goes on with the starting settings for now. Please update Dropoff Buddy to get "
                "them back."
            ),
        )

    def _notify_unreadable(self, subject: str, path: Path, reason: str) -> None:
        self._notify(
            "load_failed",
            f"Dropoff Buddy couldn't read {subject} ({reason}). Play goes on without them for "
            f"now, and {path.name} was left untouched; check that {path.parent} can be read, then restart "
            "Dropoff Buddy.",
        )

    # --- saving --------------------------------------------------------------------------

    def _save(
        self, folder: Path, document: _Document[ModelT], model: ModelT, *, child_name: str | None
    ) -> tuple[bool, bool]:
        """Save ``model`` after checking what is on disk now; returns (saved, still writable)."""
        path = folder / document.file_name
        subject = _subject(document, child_name)
        # Look before replacing: the current file becomes the .bak, so it must be a good one,
        # and a file from a newer version must never be replaced.
        state = _inspect(path, document)
        if isinstance(state, _Newer):
            self._notify_newer(subject, document, path, state.version)
            return False, False
        if isinstance(state, _Unreadable):
            self._notify_save_failed(state.reason, None)
            return False, True
        if isinstance(state, _Damaged):
            log.warning("%s was damaged before saving: %s", path, state.problem)
            moved = _move_aside(path)
            if moved is None:
                self._notify_save_failed("a damaged file is in the way and could not be moved aside", None)
                return False, False
            self._notify(
                "recovered",
                _sentence(
                    f"{subject} on disk had been damaged; the damaged file was kept as {moved.name} "
                    "and the game's current copy was saved in its place."
                ),
            )
        return self._write(path, model, keep_backup=True), True

    def _write(self, path: Path, model: BaseModel, *, keep_backup: bool) -> bool:
        """Atomically write ``model`` as JSON to ``path``; False (with a notice) if it could not."""
        try:
            text = model.model_dump_json(indent=2) + "\n"
            # A model changed in place (list.append skips validation) could hold data the next
            # load would reject as damaged; refuse to write it rather than lose the good file.
            type(model).model_validate_json(text)
        except ValueError as error:
            log.error("refusing to save %s: %s", path, error)
            self._notify_save_failed("the data to save did not pass its checks", None)
            return False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(path, text.encode("utf-8"), keep_backup=keep_backup)
        except SaveError as error:
            log.warning("could not save %s: %s", path, error)
            self._notify_save_failed(error.reason, error.errno)
            return False
        except OSError as error:
            log.warning("could not make the folder for %s: %s", path, error)
            self._notify_save_failed(describe_os_error(error, writing=True), error.errno)
            return False
        return True

    def _notify_save_failed(self, reason: str, code: int | None) -> None:
        if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            advice = "free some space and progress will be saved next time"
        elif code == errno.EROFS:
            advice = "make the disk writable again and progress will be saved next time"
        elif code in (errno.EACCES, errno.EPERM):
            advice = f"check that Dropoff Buddy may write to {self.data_dir}, and progress will be saved next time"
        else:
            advice = "Dropoff Buddy will try again next time"
        self._notify("save_failed", f"Dropoff Buddy couldn't save just now ({reason}). Play goes on; {advice}.")

    def _claim_profile_folder(self, base_id: str) -> str:
        """Create a new, empty profile folder named ``base_id`` (or ``base_id-2``...); returns its id."""
        for number in range(1, 1000):
            suffix = "" if number == 1 else f"-{number}"
            candidate = base_id[: PROFILE_ID_MAX_LENGTH - len(suffix)].rstrip("-") + suffix
            try:
                self.profile_folder(candidate).mkdir(parents=True, exist_ok=False)
            except FileExistsError:
                continue
            except OSError:
                # The disk refuses; the save that follows reports it, and play goes on in memory.
                return candidate
            return candidate
        return profile_id_from_name(f"{base_id} {_utc_stamp()}")


# --- helpers without state -------------------------------------------------------------


def _inspect(path: Path, document: _Document[ModelT]) -> _Good[ModelT] | _Missing | _Damaged | _Newer | _Unreadable:
    """Read and check one file without changing anything on disk.

    The file must be an ordinary file of at most ``MAX_SAVE_BYTES`` in its own folder (a link
    to elsewhere, a device or a FIFO is damaged, not followed); a UTF-8 byte-order mark is fine.
    """
    if not path.exists() and not path.is_symlink():
        return _Missing()
    try:
        raw = read_checked(path, inside=path.parent, limit=MAX_SAVE_BYTES)
    except UnsafeFile as unsafe:
        if unsafe.kind == "missing":
            return _Missing()
        if unsafe.kind == "unreadable":
            return _Unreadable(unsafe.reason)
        return _Damaged(f"refused to read it: {unsafe.reason}")
    try:
        data = parse_json_document(raw)
    except ValueError as error:
        return _Damaged(str(error))
    try:
        version = schema_version_of(data)
        if version > MAX_SENSIBLE_VERSION:
            return _Damaged(f"schema_version {str(version)[:12]}… is not a version any Dropoff Buddy wrote")
        if version > document.current_version:
            return _Newer(version)
        if version < document.current_version:
            data = migrate(data, document.ladder, document.current_version)
        model = document.model.model_validate(data)
    except MissingMigrationStepError as error:
        # Our bug, not a damaged file: leave it alone for a fixed version to read.
        log.error("cannot upgrade %s: %s", path, error)
        return _Unreadable("this version of Dropoff Buddy cannot upgrade it")
    except (MigrationError, ValidationError) as error:
        return _Damaged(str(error))
    except RecursionError:
        return _Damaged("nested too deeply")
    return _Good(model, version)


def finish_interrupted_restore(data_dir: Path) -> bool:
    """Make the data whole after a restore that stopped part-way (a crash, SIGKILL, a power cut).

    A restore unpacks into ``.restore-<time>`` (marked complete when every file is in and checked),
    moves the current data to ``.before-restore-<time>``, then moves the new data in, profiles first.
    If the new profiles were already moved in, the restore is finished (the rest moved in);
    otherwise it is undone (the old data moved back). Only empty places are filled, so nothing
    that is there is ever overwritten. Returns True when something was finished or undone.
    """
    try:
        entries = list(data_dir.iterdir())
    except OSError:
        return False
    changed = False
    for staging in entries:
        if not staging.name.startswith(RESTORE_STAGING_PREFIX):
            continue
        stamp = staging.name.removeprefix(RESTORE_STAGING_PREFIX)
        previous = data_dir / f"{BEFORE_RESTORE_PREFIX}{stamp}"
        complete = (staging / RESTORE_COMPLETE_MARKER).exists()
        forward = complete and not (staging / RESTORED_NAMES[0]).exists()
        source = staging if forward else previous
        for name in RESTORED_NAMES:
            if (source / name).exists() and not (data_dir / name).exists():
                try:
                    os.replace(source / name, data_dir / name)
                    changed = True
                except OSError as error:
                    log.warning("could not finish the interrupted restore (%s): %s", name, error)
                    return changed
        shutil.rmtree(staging, ignore_errors=True)
        if previous.exists() and (data_dir / RESTORED_NAMES[0]).exists():
            shutil.rmtree(previous, ignore_errors=True)
    for entry in entries:  # an old-data folder whose staging folder is already gone
        if entry.name.startswith(BEFORE_RESTORE_PREFIX) and entry.exists():
            if (entry / RESTORED_NAMES[0]).exists() and not (data_dir / RESTORED_NAMES[0]).exists():
                with contextlib.suppress(OSError):
                    os.replace(entry / RESTORED_NAMES[0], data_dir / RESTORED_NAMES[0])
                    changed = True
            if (data_dir / RESTORED_NAMES[0]).exists():
                shutil.rmtree(entry, ignore_errors=True)
    return changed


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


def _set_aside_if_damaged(path: Path, state: object, kept: list[Path]) -> bool:
    """Move a damaged file aside (into ``kept``); False when it could not be kept, so must not be written over."""
    if not isinstance(state, _Damaged):
        return True
    log.warning("%s is damaged: %s", path, state.problem)
    moved = _move_aside(path)
    if moved is None:
        return False
    kept.append(moved)
    return True


def _move_aside(path: Path) -> Path | None:
    """Rename a damaged file to ``<name>.corrupt-<UTC time>`` (never overwriting); None if it can't be."""
    stamp = _utc_stamp()
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


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _utc_stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _real_child_name(model: BaseModel) -> str | None:
    if isinstance(model, Profile) and model.child.name != _STARTING_CHILD_NAME:
        return model.child.name
    return None


def _subject(document: _Document[ModelT], child_name: str | None) -> str:
    """``"Sam's saved settings"`` / ``"your child's saved settings"`` / the noun alone."""
    if not document.belongs_to_child:
        return document.noun
    owner = f"{child_name}'s" if child_name else "your child's"
    return f"{owner} {document.noun}"


def _kept_sentence(kept: list[Path], path: Path) -> str:
    if not kept:
        return (
            f"The damaged file {path.name} could not be moved aside, so it was left as it is and won't be "
            "changed until Dropoff Buddy restarts."
        )
    names = " and ".join(moved.name for moved in kept)
    return f"The damaged file was kept as {names}." if len(kept) == 1 else f"The damaged files were kept as {names}."


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- looking without touching (for `dropoff-buddy doctor`) ----------------------------------

FileState = Literal["good", "missing", "damaged", "newer", "unreadable"]


@dataclass(frozen=True)
class FileHealth:
    """What one saved file of a profile is, found without changing anything on disk.

    ``noun`` is what it holds as a parent says it ("saved settings"); ``detail`` says what is
    wrong (empty when ``state`` is ``"good"`` or ``"missing"``); ``backup_good`` says whether
    its ``.bak`` copy would load, so the game would fall back to it.
    """

    file_name: str
    noun: str
    state: FileState
    detail: str = ""
    backup_good: bool = False


@dataclass(frozen=True)
class ProfileHealth:
    """One child profile as ``ProfileStore.open`` would find it, without opening it."""

    profile_id: str
    folder: Path
    profile: Profile | None  # the saved settings when they (or their .bak) load
    files: tuple[FileHealth, ...]


def inspect_profile(data_dir: Path, profile_id: str) -> ProfileHealth:
    """Read and check a profile's settings and progress (and their ``.bak``) without writing anything."""
    folder = profiles_dir(data_dir) / profile_id
    profile_health, profile = _document_health(folder, _PROFILE_DOCUMENT)
    progress_health, _progress = _document_health(folder, _PROGRESS_DOCUMENT)
    return ProfileHealth(profile_id, folder, profile, (profile_health, progress_health))


def _document_health(folder: Path, document: _Document[ModelT]) -> tuple[FileHealth, ModelT | None]:
    """How one saved file is, and the model the game would use (the file's, else its ``.bak``'s)."""
    path = folder / document.file_name
    found = _inspect(path, document)
    if isinstance(found, _Good):
        return _file_health(document, found, False), found.model
    backup = _inspect(backup_path(path), document)
    model = backup.model if isinstance(backup, _Good) else None
    return _file_health(document, found, isinstance(backup, _Good)), model


def _file_health(
    document: _Document[ModelT],
    found: _Good[ModelT] | _Missing | _Damaged | _Newer | _Unreadable,
    backup_good: bool,
) -> FileHealth:
    name, noun = document.file_name, document.noun
    if isinstance(found, _Good):
        return FileHealth(name, noun, "good")
    if isinstance(found, _Missing):
        return FileHealth(name, noun, "missing", backup_good=backup_good)
    if isinstance(found, _Damaged):
        return FileHealth(name, noun, "damaged", found.problem.splitlines()[0], backup_good)
    if isinstance(found, _Newer):
        return FileHealth(
            name, noun, "newer", f"written by a newer Dropoff Buddy (format {found.version})", backup_good
        )
    return FileHealth(name, noun, "unreadable", found.reason, backup_good)
