"""Loading and saving each child's profile and progress without ever stopping play.

``ProfileStore`` is the one door to saved data. It never raises to the game: damaged files are
kept aside as ``<name>.corrupt-<UTC time>`` and replaced by the last good copy (``.bak``) or the
defaults; files from a newer Dropoff Buddy are left untouched; a full or read-only disk just
means saves return ``False``. Each of these adds a ``Notice`` for the parent area to show.

Kept as one file because ``ProfileStore`` is that one door: its loading and saving share the same
rules for damage, kept copies, newer versions and notices, and read apart those rules would hide
how a save can fail. What stands on its own is beside it (``documents``, ``health``,
``restore_finish``, ``home_card``).
"""

from __future__ import annotations

import errno
import logging
import shutil
from pathlib import Path
from typing import Final

from pydantic import BaseModel, ValidationError

from dropoff_buddy.storage.atomic import (
    SaveError,
    atomic_write_bytes,
    backup_path,
    describe_os_error,
    remove_leftover_temp_files,
)
from dropoff_buddy.storage.documents import (
    APP_STATE_DOCUMENT,
    APP_STATE_FILE_NAME,
    MAX_SAVE_BYTES,
    MAX_SENSIBLE_VERSION,
    PROFILE_DOCUMENT,
    PROFILE_FILE_NAME,
    PROGRESS_DOCUMENT,
    PROGRESS_FILE_NAME,
    AppState,
    ChildData,
    FoundDamaged,
    FoundGood,
    FoundMissing,
    FoundNewer,
    FoundUnreadable,
    Loaded,
    ModelT,
    Notice,
    NoticeKind,
    SavedDocument,
    as_sentence,
    is_dir_safely,
    kept_aside_sentence,
    move_aside,
    parse_json_document,
    real_child_name,
    set_aside_if_damaged,
    subject_words,
    utc_stamp,
)
from dropoff_buddy.storage.home_card import forget_card
from dropoff_buddy.storage.migrations import (
    MigrationError,
    MissingMigrationStepError,
    migrate,
    schema_version_of,
)
from dropoff_buddy.storage.models import (
    NAME_MAX_LENGTH,
    Person,
    Profile,
    Progress,
)
from dropoff_buddy.storage.paths import (
    DEFAULT_PROFILE_ID,
    PROFILE_ID_MAX_LENGTH,
    is_safe_profile_id,
    profile_id_from_name,
    profiles_dir,
)
from dropoff_buddy.storage.restore_finish import finish_interrupted_restore
from dropoff_buddy.storage.safe_files import UnsafeFile, read_checked

#: What other modules take from here; the file names, ``AppState``, ``Notice`` and ``ChildData``
#: are defined in ``storage.documents``.
__all__ = [
    "APP_STATE_FILE_NAME",
    "PROFILE_FILE_NAME",
    "PROGRESS_FILE_NAME",
    "AppState",
    "ChildData",
    "Notice",
    "ProfileStore",
]

log = logging.getLogger(__name__)

DELETED_FOLDER_PREFIX: Final = ".deleted-"


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
        return sorted(entry.name for entry in entries if is_safe_profile_id(entry.name) and is_dir_safely(entry))

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
        profile = self._load(folder, PROFILE_DOCUMENT, child_name=None, create_missing=True)
        progress = self._load(folder, PROGRESS_DOCUMENT, child_name=real_child_name(profile.model), create_missing=True)
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
        saved, child.profile_writable = self._save_child(child, PROFILE_DOCUMENT, child.profile, child.profile_writable)
        return saved

    def save_progress(self, child: ChildData) -> bool:
        """Write ``child.progress`` atomically; same contract as ``save_profile``."""
        saved, child.progress_writable = self._save_child(
            child, PROGRESS_DOCUMENT, child.progress, child.progress_writable
        )
        return saved

    def _save_child(
        self, child: ChildData, document: SavedDocument[ModelT], model: ModelT, writable: bool
    ) -> tuple[bool, bool]:
        """``_save`` for one of ``child``'s files: in the child's folder, naming the child in notices."""
        return self._save(child.folder, document, model, child_name=real_child_name(child.profile), writable=writable)

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
        if not is_dir_safely(folder):
            return False
        hidden = folder.with_name(f"{DELETED_FOLDER_PREFIX}{profile_id}-{utc_stamp()}")
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
        forget_card(self.data_dir, profile_id)  # the picture of their home, with the family photo
        return True

    # --- app state -----------------------------------------------------------------------

    def last_profile_id(self) -> str | None:
        """The profile that played last, if it still exists; never raises."""
        profile_id = self._read_app_state().last_profile_id
        if profile_id is None or not is_safe_profile_id(profile_id):
            return None
        return profile_id if is_dir_safely(self.profile_folder(profile_id)) else None

    def remember_last_profile(self, profile_id: str | None) -> bool:
        """Record ``profile_id`` (None to forget) in ``app.json``; returns True when saved. Never raises."""
        saved, self._app_state_writable = self._save(
            self.data_dir,
            APP_STATE_DOCUMENT,
            AppState(last_profile_id=profile_id),
            child_name=None,
            writable=self._app_state_writable,
        )
        return saved

    def _read_app_state(self) -> AppState:
        loaded = self._load(self.data_dir, APP_STATE_DOCUMENT, child_name=None, create_missing=False)
        self._app_state_writable = self._app_state_writable and loaded.writable
        return loaded.model

    # --- loading -------------------------------------------------------------------------

    def _load(
        self, folder: Path, document: SavedDocument[ModelT], *, child_name: str | None, create_missing: bool
    ) -> Loaded[ModelT]:
        """Load one file, falling back to its ``.bak`` and then to defaults; never raises."""
        path = folder / document.file_name
        subject = subject_words(document, child_name)
        remove_leftover_temp_files(path)
        state = _inspect(path, document)

        if isinstance(state, FoundGood):
            if state.version < document.current_version:
                # Rewrite once in the new format so the migration does not run on every load;
                # the old file stays as .bak.
                self._write(path, state.model, keep_backup=True)
            return Loaded(state.model, writable=True)
        untouchable = self._leave_untouched(subject, document, path, state)
        if untouchable is not None:
            return untouchable

        kept: list[Path] = []
        writable = set_aside_if_damaged(path, state, kept)
        backup = backup_path(path)
        backup_state = _inspect(backup, document)
        if isinstance(backup_state, FoundGood):
            return self._recover_from_backup(path, document, backup_state.model, state, kept, child_name, writable)
        untouchable = self._leave_untouched(subject, document, backup, backup_state)
        if untouchable is not None:
            return untouchable
        writable = set_aside_if_damaged(backup, backup_state, kept) and writable

        model = document.model()
        if isinstance(state, FoundMissing) and isinstance(backup_state, FoundMissing):
            # First launch: nothing to recover, nothing to tell.
            if create_missing:
                self._write(path, model, keep_backup=False)
            return Loaded(model, writable=True)
        message = (
            f"{subject} {document.verb} damaged and there was no good copy to go back to, "
            f"so {document.fresh_start}. " + kept_aside_sentence(kept, path)
        )
        self._notify("reset", as_sentence(message))
        if writable:
            self._write(path, model, keep_backup=False)
        return Loaded(model, writable=writable)

    def _leave_untouched(
        self, subject: str, document: SavedDocument[ModelT], path: Path, state: object
    ) -> Loaded[ModelT] | None:
        """A file from a newer version or one that can't be read: told, never written; defaults meanwhile."""
        if isinstance(state, FoundNewer):
            self._notify_newer(subject, document, path, state.version)
            return Loaded(document.model(), writable=False)
        if isinstance(state, FoundUnreadable):
            self._notify_unreadable(subject, path, state.reason)
            return Loaded(document.model(), writable=False)
        return None

    def _recover_from_backup(
        self,
        path: Path,
        document: SavedDocument[ModelT],
        model: ModelT,
        state: object,
        kept: list[Path],
        child_name: str | None,
        writable: bool,
    ) -> Loaded[ModelT]:
        """The file is damaged or missing but its ``.bak`` is good: use it, say so, write it back."""
        subject = subject_words(document, child_name or real_child_name(model))
        if isinstance(state, FoundDamaged):
            message = f"{subject} {document.verb} damaged, so the last good copy was used. "
            message += kept_aside_sentence(kept, path)
        else:
            message = f"{subject} {document.verb} missing, so the last good copy was used."
        self._notify("recovered", as_sentence(message))
        if writable:
            self._write(path, model, keep_backup=False)
        return Loaded(model, writable=writable)

    def _notify_newer(self, subject: str, document: SavedDocument[ModelT], path: Path, version: int) -> None:
        self._notify(
            "newer_version",
            as_sentence(
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
        self,
        folder: Path,
        document: SavedDocument[ModelT],
        model: ModelT,
        *,
        child_name: str | None,
        writable: bool,
    ) -> tuple[bool, bool]:
        """Save ``model`` after checking what is on disk now; returns (saved, still writable).

        A file that is not ``writable`` (one from a newer version, or one that could not be moved
        out of the way) is left alone: nothing is written and nothing is said again.
        """
        if not writable:
            return False, False
        path = folder / document.file_name
        subject = subject_words(document, child_name)
        # Look before replacing: the current file becomes the .bak, so it must be a good one,
        # and a file from a newer version must never be replaced.
        state = _inspect(path, document)
        if isinstance(state, FoundNewer):
            self._notify_newer(subject, document, path, state.version)
            return False, False
        if isinstance(state, FoundUnreadable):
            self._notify_save_failed(state.reason, None)
            return False, True
        if isinstance(state, FoundDamaged):
            log.warning("%s was damaged before saving: %s", path, state.problem)
            moved = move_aside(path)
            if moved is None:
                self._notify_save_failed("a damaged file is in the way and could not be moved aside", None)
                return False, False
            self._notify(
                "recovered",
                as_sentence(
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
        return profile_id_from_name(f"{base_id} {utc_stamp()}")


# --- helpers without state -------------------------------------------------------------


def _inspect(
    path: Path, document: SavedDocument[ModelT]
) -> FoundGood[ModelT] | FoundMissing | FoundDamaged | FoundNewer | FoundUnreadable:
    """Read and check one file without changing anything on disk.

    The file must be an ordinary file of at most ``MAX_SAVE_BYTES`` in its own folder (a link
    to elsewhere, a device or a FIFO is damaged, not followed); a UTF-8 byte-order mark is fine.
    """
    if not path.exists() and not path.is_symlink():
        return FoundMissing()
    try:
        raw = read_checked(path, inside=path.parent, limit=MAX_SAVE_BYTES)
    except UnsafeFile as unsafe:
        if unsafe.kind == "missing":
            return FoundMissing()
        if unsafe.kind == "unreadable":
            return FoundUnreadable(unsafe.reason)
        return FoundDamaged(f"refused to read it: {unsafe.reason}")
    try:
        data = parse_json_document(raw)
    except ValueError as error:
        return FoundDamaged(str(error))
    try:
        version = schema_version_of(data)
        if version > MAX_SENSIBLE_VERSION:
            return FoundDamaged(f"schema_version {str(version)[:12]}… is not a version any Dropoff Buddy wrote")
        if version > document.current_version:
            return FoundNewer(version)
        if version < document.current_version:
            data = migrate(data, document.ladder, document.current_version)
        model = document.model.model_validate(data)
    except MissingMigrationStepError as error:
        # Our bug, not a damaged file: leave it alone for a fixed version to read.
        log.error("cannot upgrade %s: %s", path, error)
        return FoundUnreadable("this version of Dropoff Buddy cannot upgrade it")
    except (MigrationError, ValidationError) as error:
        return FoundDamaged(str(error))
    except RecursionError:
        return FoundDamaged("nested too deeply")
    return FoundGood(model, version)
