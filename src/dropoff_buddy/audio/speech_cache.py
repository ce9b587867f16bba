"""Synthesised lines kept as WAV files so each line is rendered once, not every time it is said.

Files live in the per-user cache folder (platformdirs), named by a hash of everything that
changes the sound: the text, the voice settings and the engine's version. The folder is kept
under a size cap by removing the least recently used files (a hit refreshes a file's time).
Deleting the folder is always safe: lines are simply rendered again.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import sys
import wave
from pathlib import Path
from typing import Final

import platformdirs

from dropoff_buddy.storage.atomic import SaveError, atomic_write_bytes
from dropoff_buddy.storage.paths import APP_NAME
from dropoff_buddy.storage.safe_files import UnsafeFile, check_file
from dropoff_buddy.storage.sound_files import SoundRefused, wav_header

logger = logging.getLogger(__name__)

CACHE_ENV: Final = "DROPOFF_BUDDY_CACHE_DIR"  # overrides the folder (tests, portable installs)
DEFAULT_MAX_BYTES: Final = 48 * 1024 * 1024  # a few hundred lines at 22 kHz mono
SPEECH_FORMAT_VERSION: Final = 2  # bump when the way lines are rendered changes
MAX_CACHED_BYTES: Final = 16 * 1024 * 1024  # a minute of 48 kHz stereo; lines are a few seconds
MAX_CACHED_SECONDS: Final = 60.0


def default_cache_dir() -> Path:
    """Where synthesised speech is cached: ``$DROPOFF_BUDDY_CACHE_DIR`` or the user cache folder."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "speech"


def wav_bytes(samples: bytes, sample_rate: int, channels: int = 1) -> bytes:
    """A 16-bit PCM WAV file holding ``samples`` (native byte order, as ``array('h')`` gives)."""
    if sys.byteorder == "big":
        from array import array

        swapped = array("h", samples)
        swapped.byteswap()
        samples = swapped.tobytes()
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(2)
        wav.setframerate(sample_rate)
        wav.writeframes(samples)
    return out.getvalue()


class SpeechCache:
    """WAV files by key, trimmed to ``max_bytes`` (least recently used go first)."""

    def __init__(self, folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes

    @staticmethod
    def key(text: str, voice_tag: str, engine_tag: str) -> str:
        digest = hashlib.sha256(f"{engine_tag}\n{voice_tag}\n{text}".encode()).hexdigest()
        return digest[:40]

    def path_for(self, key: str) -> Path:
        return self.folder / f"{key}.wav"

    def lookup(self, key: str) -> Path | None:
        """The cached file for ``key`` (marked as just used), or None.

        The file is checked before the mixer may decode it: an ordinary file in the cache folder
        (no link out), a WAV of at most ``MAX_CACHED_BYTES`` and ``MAX_CACHED_SECONDS``. One that
        fails is removed (it is only a cache), and the line is rendered again.
        """
        path = self.path_for(key)
        try:
            size = check_file(path, inside=self.folder, limit=MAX_CACHED_BYTES)
            with path.open("rb") as stream:
                head = stream.read(4096)
            header = wav_header(head, file_size=size)
            if header.seconds > MAX_CACHED_SECONDS:
                raise SoundRefused("far longer than any line")
        except UnsafeFile as unsafe:
            if unsafe.kind != "missing":
                logger.warning("removing cached speech %s: %s", path.name, unsafe.reason)
                with contextlib.suppress(OSError):
                    path.unlink()
            return None
        except (SoundRefused, OSError) as problem:
            logger.warning("removing cached speech %s: %s", path.name, problem)
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        try:
            os.utime(path)  # LRU: a file that is used stays
        except OSError:
            return None
        return path

    def store(self, key: str, wav: bytes) -> Path | None:
        """Write a WAV file for ``key`` atomically; None if the cache folder cannot be written."""
        path = self.path_for(key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(path, wav, keep_backup=False)
        except (OSError, SaveError) as error:
            logger.info("cannot cache speech in %s (%s); it will be rendered again next time", self.folder, error)
            return None
        self.trim(keep=path)
        return path

    def files(self) -> list[tuple[float, int, Path]]:
        """(last used, size, path) of every cached file, oldest first."""
        entries: list[tuple[float, int, Path]] = []
        try:
            candidates = list(self.folder.glob("*.wav"))
        except OSError:
            return []
        for path in candidates:
            with contextlib.suppress(OSError):
                info = path.stat()
                entries.append((info.st_mtime, info.st_size, path))
        entries.sort()
        return entries

    def size(self) -> int:
        return sum(size for _, size, _ in self.files())

    def trim(self, keep: Path | None = None) -> int:
        """Remove least recently used files until the folder fits ``max_bytes``; returns how many went."""
        entries = self.files()
        total = sum(size for _, size, _ in entries)
        removed = 0
        for _, size, path in entries:
            if total <= self.max_bytes:
                break
            if keep is not None and path == keep:
                continue
            try:
                path.unlink()
            except OSError:
                continue
            total -= size
            removed += 1
        return removed
