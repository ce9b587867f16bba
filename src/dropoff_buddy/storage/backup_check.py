"""Checking a backup file completely, before anything on disk changes (``inspect_backup``).

The zip's integrity, its list of contents, every checksum, every member's path (nothing outside
the data folder), its kind and size (no "zip bomb"), every photo and recording as the game would
load it, and every profile and progress file through the same models and migrations the game
loads them with. The result is a ``ValidBackup``, or a ``BackupError`` saying kindly what is wrong.
"""

from __future__ import annotations

import hashlib
import json
import stat
import struct
import zipfile
import zlib
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from pydantic import BaseModel, ValidationError

from dropoff_buddy.storage.atomic import describe_os_error
from dropoff_buddy.storage.backup_format import (
    BACKUP_SCHEMA_VERSION,
    CHUNK,
    KIND_LIMITS,
    MANIFEST_NAME,
    MAX_BACKUP_FILE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    RATIO_CHECKED_ABOVE,
    BackupChild,
    BackupEntry,
    BackupError,
    BackupManifest,
    MemberKind,
    ValidBackup,
    checksum_failed,
    content_problem,
    damaged,
    member_kind,
    refusal,
)
from dropoff_buddy.storage.documents import (
    APP_STATE_FILE_NAME,
    APP_STATE_SCHEMA_VERSION,
    PROFILE_FILE_NAME,
    PROGRESS_FILE_NAME,
    AppState,
)
from dropoff_buddy.storage.migrations import (
    APP_STATE_MIGRATIONS,
    PROFILE_MIGRATIONS,
    PROGRESS_MIGRATIONS,
    Migration,
    MigrationError,
    migrate,
    schema_version_of,
)
from dropoff_buddy.storage.models import PROFILE_SCHEMA_VERSION, PROGRESS_SCHEMA_VERSION, Profile, Progress
from dropoff_buddy.storage.paths import PROFILES_FOLDER_NAME
from dropoff_buddy.storage.safe_files import size_words

# --- checking a backup ----------------------------------------------------------------------


def inspect_backup(path: Path) -> ValidBackup:
    """Check the whole backup file; returns what is in it, or raises ``BackupError`` saying why not.

    Reads the file only; nothing on disk changes.
    """
    try:
        info = path.stat()
    except OSError as error:
        raise refusal(
            "unreadable",
            f"Dropoff Buddy couldn't open {path.name} ({describe_os_error(error, writing=False)}).",
        ) from error
    if stat.S_ISDIR(info.st_mode):
        raise refusal("not_a_backup", f"{path.name} is a folder, not a backup file.")
    if not stat.S_ISREG(info.st_mode):
        raise refusal(
            "not_a_backup",
            f"{path.name} is not an ordinary file (it is a device, pipe or socket), so it is not a backup.",
        )
    if info.st_size > MAX_BACKUP_FILE_BYTES:
        raise refusal(
            "too_big",
            f"{path.name} is far bigger ({size_words(info.st_size)}) than any Dropoff Buddy backup, so it was "
            f"not opened.",
        )
    try:
        with zipfile.ZipFile(path) as archive:
            return _inspect_archive(path, archive)
    except zipfile.BadZipFile as error:
        raise _bad_zip(path, error) from error
    except zlib.error as error:
        raise _bit_rot(path) from error
    except (zipfile.LargeZipFile, NotImplementedError) as error:
        raise damaged(path, "it uses a kind of zip packing Dropoff Buddy never writes") from error
    except (EOFError, ValueError, struct.error) as error:
        raise _bit_rot(path) from error
    except OSError as error:
        raise refusal(
            "unreadable",
            f"Dropoff Buddy couldn't read {path.name} ({describe_os_error(error, writing=False)}).",
        ) from error


def _bad_zip(path: Path, error: zipfile.BadZipFile | None = None) -> BackupError:
    """Not a zip at all, cut short (its index at the end is missing), or damaged inside."""
    try:
        with path.open("rb") as stream:
            start = stream.read(4)
            stream.seek(max(0, path.stat().st_size - 66_000))
            tail = stream.read()
    except OSError:
        start = tail = b""
    if not start.startswith(b"PK"):
        return refusal(
            "not_a_backup",
            f'{path.name} isn\'t a Dropoff Buddy backup. Backups are .zip files made with "Back up everything".',
        )
    if b"PK\x05\x06" not in tail:
        return damaged(path, "it is cut short: its end is missing, perhaps it was still copying")
    return _bit_rot(path)


def _bit_rot(path: Path) -> BackupError:
    return damaged(
        path,
        "some of the data inside it has changed since it was made, as happens on old USB sticks and "
        "failing disks, so it can't be unpacked",
    )


def _check_member_name(path: Path, name: str) -> PurePosixPath:
    """The member's path if it is a plain relative path inside the backup, else a refusal."""
    unsafe = (
        not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name or any(ord(char) < 32 for char in name)
    )
    parts = PurePosixPath(name).parts
    if unsafe or any(part in ("", ".", "..") for part in name.rstrip("/").split("/")):
        raise refusal(
            "unsafe_path",
            f"{path.name} tries to put a file outside Dropoff Buddy's folder "
            f"({name!r}), so it was refused to keep this computer safe.",
        )
    return PurePosixPath(*parts)


def _kind_of_member(path: Path, member: PurePosixPath) -> tuple[MemberKind, str | None]:
    """(what the member is, its profile id); refuses anything Dropoff Buddy doesn't keep."""
    parts = member.parts
    if len(parts) >= 3 and parts[0] == PROFILES_FOLDER_NAME and any(part.startswith(".") for part in parts[2:]):
        raise refusal(
            "unsafe_path",
            f"{path.name} holds a hidden file ({member}) that Dropoff Buddy never writes, so it was refused.",
        )
    kind = member_kind(member)
    if kind is None:
        raise refusal(
            "unsafe_path",
            f"{path.name} holds a file Dropoff Buddy doesn't keep ({member}), so it was refused.",
        )
    return kind, parts[1] if len(parts) >= 3 else None


def _inspect_archive(path: Path, archive: zipfile.ZipFile) -> ValidBackup:
    members = _archive_members(path, archive)
    manifest_info = members.get(MANIFEST_NAME)
    if manifest_info is None:
        raise refusal(
            "no_manifest",
            f"{path.name} is a zip file but not a Dropoff Buddy backup (it has no {MANIFEST_NAME}).",
        )
    for key in members:
        _kind_of_member(path, PurePosixPath(key))
    if manifest_info.file_size > MAX_MANIFEST_BYTES:
        raise refusal("too_big", f"{path.name} has an oversized list of contents.")
    manifest = _read_manifest(path, _read_member(path, archive, manifest_info, MAX_MANIFEST_BYTES))
    listed = _check_listing(path, manifest, members)
    total = sum(entry.size for entry in manifest.files)
    if total > MAX_TOTAL_BYTES:
        raise refusal(
            "too_big",
            f"{path.name} would unpack to {size_words(total)}, far more than any family's data "
            f"(Dropoff Buddy restores at most {size_words(MAX_TOTAL_BYTES)}).",
        )
    documents: dict[str, bytes] = {}
    for name, entry in sorted(listed.items()):
        document = _checked_member(path, archive, members[name], entry)
        if document is not None:
            documents[name] = document
    return _check_documents(path, manifest, documents, total)


def _archive_members(path: Path, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """The archive's files by their safe name; refuses links, passwords, unsafe names and repeats."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS + 1:
        raise refusal("too_big", f"{path.name} holds far more files than a Dropoff Buddy backup.")
    members: dict[str, zipfile.ZipInfo] = {}
    for item in infos:
        member = _check_member_name(path, item.filename)
        if item.is_dir():
            continue
        mode = item.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise refusal(
                "unsafe_path",
                f"{path.name} holds a link ({item.filename}) instead of a file, so it "
                f"was refused to keep this computer safe.",
            )
        if item.flag_bits & 0x1:
            raise refusal(
                "not_a_backup",
                f"{path.name} is password-protected; Dropoff Buddy backups never are.",
            )
        key = member.as_posix()
        if key in members:
            raise damaged(path, f"{key} is in it twice")
        members[key] = item
    return members


def _check_listing(path: Path, manifest: BackupManifest, members: dict[str, zipfile.ZipInfo]) -> dict[str, BackupEntry]:
    """The manifest's entries by path, once each, naming exactly the archive's files."""
    listed = {entry.path: entry for entry in manifest.files}
    if len(listed) != len(manifest.files):
        raise refusal("bad_manifest", f"{path.name} lists a file twice in its contents.")
    present = set(members) - {MANIFEST_NAME}
    missing = sorted(set(listed) - present)
    extra = sorted(present - set(listed))
    if missing:
        raise damaged(path, f"{missing[0]} is missing from it")
    if extra:
        raise refusal(
            "checksum",
            f"{path.name} holds a file its list of contents doesn't mention ({extra[0]}), so it can't be trusted.",
        )
    return listed


def _checked_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, entry: BackupEntry) -> bytes | None:
    """Check one listed file's size, checksum and contents; returns a saved document's bytes (else None)."""
    name = entry.path
    member = PurePosixPath(name)
    kind, _ = _kind_of_member(path, member)
    if info.file_size != entry.size:
        raise checksum_failed(path, name)
    if entry.size > KIND_LIMITS[kind]:
        raise refusal(
            "too_big",
            f"{name} in {path.name} is {size_words(entry.size)}, far bigger than such a file ever is, so the "
            f"backup was refused.",
        )
    if entry.size > RATIO_CHECKED_ABOVE and entry.size > MAX_RATIO * max(1, info.compress_size):
        raise refusal(
            "too_big",
            f"{name} in {path.name} would unpack from {size_words(info.compress_size)} to "
            f"{size_words(entry.size)}. Real photos, recordings and saves never shrink like that, so the "
            f"backup was refused to keep this computer safe.",
        )
    data = _verified_member(path, archive, info, entry, keep=kind != "manifest")
    if kind in ("app", "document"):
        return data
    problem = content_problem(kind, data, member.name)
    if problem:
        what = {"photo": "photo", "recording": "recording", "words": "recording's words"}[kind]
        raise refusal(
            "invalid_data",
            f"The {what} {name} in {path.name} can't be used: {problem}. So that nothing broken is "
            f"brought back, the backup was refused.",
        )
    return None


def _read_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with archive.open(info) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise refusal("too_big", f"{info.filename} in {path.name} is far too big.")
    return data


def _verified_member(
    path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, entry: BackupEntry, *, keep: bool
) -> bytes:
    """Read one member in chunks (never more than its listed size) and check its checksum."""
    digest = hashlib.sha256()
    kept = bytearray()
    size = 0
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            size += len(chunk)
            if size > entry.size:
                raise checksum_failed(path, entry.path)
            digest.update(chunk)
            if keep:
                kept.extend(chunk)
    if size != entry.size or digest.hexdigest() != entry.sha256:
        raise checksum_failed(path, entry.path)
    return bytes(kept)


def _read_manifest(path: Path, raw: bytes) -> BackupManifest:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as error:
        raise refusal("bad_manifest", f"{path.name} has a damaged list of contents.") from error
    if not isinstance(data, dict):
        raise refusal("bad_manifest", f"{path.name} has a damaged list of contents.")
    version = data.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > BACKUP_SCHEMA_VERSION:
        raise refusal(
            "newer_version",
            f"{path.name} was made by a newer Dropoff Buddy. Please update Dropoff "
            f"Buddy on this computer, then restore it.",
        )
    try:
        return BackupManifest.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        if first["type"] == "less_than_equal" and [str(part) for part in first["loc"]][-1:] == ["size"]:
            raise refusal(  # a file far too big is a size problem, not a puzzle: say it so
                "too_big",
                f"{path.name} says it holds {_first_problem(error).removeprefix('it lists ')}, so it was not unpacked.",
            ) from error
        raise refusal(
            "bad_manifest",
            f"{path.name} has a list of contents Dropoff Buddy can't understand ({_first_problem(error)}).",
        ) from error


def _first_problem(error: ValidationError) -> str:
    """The first problem pydantic found, in plain words for a parent (no type names or limits in bytes)."""
    first = error.errors()[0]
    location = [str(part) for part in first["loc"]]
    kind = first["type"]
    value = first.get("input")
    if location[:1] == ["files"] and location[-1:] == ["size"] and kind in ("less_than_equal", "greater_than_equal"):
        if isinstance(value, int) and value > 0:
            return f"it lists a file of {size_words(value)}, far bigger than any file Dropoff Buddy keeps"
        return "it lists a file with an impossible size"
    if location[:1] == ["files"] and kind == "too_long":
        return "it lists far more files than a Dropoff Buddy backup holds"
    if location[-1:] == ["sha256"]:
        return "a checksum in it is not written the way Dropoff Buddy writes them"
    if kind.startswith(("datetime", "date")):
        return f"{_where(location)} is not a date and time"
    if kind == "missing":
        return f"{_where(location)} is missing"
    if kind == "extra_forbidden":
        return f"it has something Dropoff Buddy doesn't know ({_where(location)}); it may be from a newer version"
    message = str(first["msg"]).removeprefix("Value error, ")
    message = message.replace("Input should be", "should be")
    return f"{_where(location)}: {message}"


def _where(location: list[str]) -> str:
    """``["grownups", "0", "name"]`` → ``grownups 1 name`` (counting from 1, as people do)."""
    words = [str(int(part) + 1) if part.isdigit() else part.replace("_", " ") for part in location]
    return " ".join(words) or "the file"


def _validated(
    path: Path,
    name: str,
    raw: bytes,
    model: type[BaseModel],
    ladder: Mapping[int, Migration],
    current: int,
    what: str,
) -> BaseModel:
    """``raw`` JSON through the migrations and the model, exactly as the store would load it."""
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("expected a JSON object")
        version = schema_version_of(data)
    except (ValueError, RecursionError) as error:
        raise refusal(
            "invalid_data",
            f"{what} in {path.name} is damaged ({name}: {_short(error)}), so the backup can't be used.",
        ) from error
    if version > current:
        raise refusal(
            "newer_version",
            f"{what} in {path.name} were saved by a newer Dropoff Buddy (file version "
            f"{version}; this one knows up to {current}). Please update Dropoff Buddy, then restore "
            f"it.",
        )
    try:
        upgraded = migrate(data, ladder, current)
        return model.model_validate(upgraded)
    except (MigrationError, ValidationError, RecursionError) as error:
        detail = _first_problem(error) if isinstance(error, ValidationError) else _short(error)
        raise refusal(
            "invalid_data",
            f"{what} in {path.name} don't pass Dropoff Buddy's checks ({name}: {detail}), so the backup can't be used.",
        ) from error


def _short(error: Exception) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text[:160]


def _check_documents(path: Path, manifest: BackupManifest, documents: dict[str, bytes], total: int) -> ValidBackup:
    profile_ids = sorted(
        {
            PurePosixPath(entry.path).parts[1]
            for entry in manifest.files
            if PurePosixPath(entry.path).parts[0] == PROFILES_FOLDER_NAME
        }
    )
    if not profile_ids:
        raise refusal("empty", f"{path.name} has no children's profiles in it, so there is nothing to restore.")
    children: list[BackupChild] = []
    for profile_id in profile_ids:
        profile_name = f"{PROFILES_FOLDER_NAME}/{profile_id}/{PROFILE_FILE_NAME}"
        raw_profile = documents.get(profile_name)
        if raw_profile is None:
            raise refusal(
                "invalid_data",
                f"{path.name} has a child's folder ({profile_id}) without its settings file, so it can't be used.",
            )
        profile = _validated(
            path,
            profile_name,
            raw_profile,
            Profile,
            PROFILE_MIGRATIONS,
            PROFILE_SCHEMA_VERSION,
            f"The saved settings of {profile_id!r}",
        )
        assert isinstance(profile, Profile)
        progress_name = f"{PROFILES_FOLDER_NAME}/{profile_id}/{PROGRESS_FILE_NAME}"
        raw_progress = documents.get(progress_name)
        progress = Progress()
        if raw_progress is not None:
            checked = _validated(
                path,
                progress_name,
                raw_progress,
                Progress,
                PROGRESS_MIGRATIONS,
                PROGRESS_SCHEMA_VERSION,
                f"{profile.child.name}'s stickers and feelings",
            )
            assert isinstance(checked, Progress)
            progress = checked
        children.append(BackupChild(profile_id, profile.child.name, len(progress.stickers), len(progress.feelings)))
    last_profile_id: str | None = None
    raw_app = documents.get(APP_STATE_FILE_NAME)
    if raw_app is not None:
        app_state = _validated(
            path,
            APP_STATE_FILE_NAME,
            raw_app,
            AppState,
            APP_STATE_MIGRATIONS,
            APP_STATE_SCHEMA_VERSION,
            "The note of who played last",
        )
        assert isinstance(app_state, AppState)
        last_profile_id = app_state.last_profile_id
    return ValidBackup(
        path=path, manifest=manifest, children=tuple(children), last_profile_id=last_profile_id, total_bytes=total
    )
