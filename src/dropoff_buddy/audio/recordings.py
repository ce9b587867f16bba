"""The parent's own recordings of lines, kept in the child's profile folder.

``<profile>/recordings/<id>.wav`` is the sound, and ``<id>.txt`` the words (personalised)
that were on screen when it was recorded; ``<id>`` is the line key's Fluent id
(``content.lines.fluent_id``: ``lines:ritual.promise`` → ``lines--ritual-promise``), a name
every file system accepts. A recording is only played for a line whose words
are still the same: if the parent later changes "right after snack" to "right after lunch",
the old recording would break the promise, so the synthetic voice says the new words until
the parent records the line again (the parent page says so).

**One set per language.** English recordings are in ``recordings/`` itself (every recording
made before the game had languages is English); another language's are in a folder named by
the language (``recordings/es/``). A bilingual family keeps both: switching to Spanish and back
loses nothing, and a recording is only ever played for a line in the language it was made in,
even when the words happen to be the same (a line that is only a name).

Recordings are brought to the same moderate loudness as the synthetic voice
(``audio.loudness``), so a quiet phone memo is heard and a loud one never startles.

Every write is atomic (``storage.atomic``): a failed or refused recording or import leaves the
previous one exactly as it was.
"""

from __future__ import annotations

import io
import logging
import sys
import wave
from array import array
from pathlib import Path
from typing import Final

from dropoff_buddy.audio.loudness import loudness_db, normalise
from dropoff_buddy.audio.speech_cache import wav_bytes
from dropoff_buddy.content.lines import fluent_id, is_key
from dropoff_buddy.storage.atomic import SaveError, atomic_write_bytes, describe_os_error
from dropoff_buddy.storage.migrations import V1_RITUAL_STEP_IDS
from dropoff_buddy.storage.safe_files import UnsafeFile, read_checked
from dropoff_buddy.storage.sound_files import SoundHeader, SoundRefused, check_length, sound_header, wav_header

logger = logging.getLogger(__name__)

RECORDINGS_FOLDER: Final = "recordings"
MAX_SECONDS: Final = 20.0
MIN_SECONDS: Final = 0.4
MAX_IMPORT_BYTES: Final = 40 * 1024 * 1024  # a 20 s file is far smaller even as 96 kHz 32-bit WAV
#: 20 s of MP3 or OGG at the best quality is under 1 MB; more is not a voice recording.
MAX_COMPRESSED_IMPORT_BYTES: Final = 2 * 1024 * 1024
#: A kept recording: 20 s of 48 kHz 16-bit stereo is 3.7 MB.
MAX_STORED_BYTES: Final = 16 * 1024 * 1024
MAX_WORDS_BYTES: Final = 64 * 1024
_HEADER_BYTES: Final = 64 * 1024
IMPORT_SUFFIXES: Final = (".wav", ".ogg", ".mp3")

#: Keys the game used before lines were keyed by where they live (frozen: never edit), and the
#: line each recording now belongs to. Old story lines go to the page that tells that moment;
#: where the words differ, the parent page marks the recording "record again".
OLD_KEYS: Final[dict[str, str]] = {
    "promise": "lines:ritual.promise",
    "goodbye.love_you": "lines:ritual.love_you",
    "home.greeting": "lines:home.greeting",
    "story.morning": "daycare_day:morning.0",
    "story.goodbye": "daycare_day:goodbye.0",
    "story.feelings": "daycare_day:missing.0",
    "story.pickup": "daycare_day:comeback.0",
    **{
        f"ritual.{step}.prompt": f"ritual_steps:{step}.prompt"
        for step in V1_RITUAL_STEP_IDS  # the steps there were when recordings had the old keys
    },
}


class RecordingError(Exception):
    """A recording or import was refused; ``str(error)`` is a kind sentence for the parent."""


def is_valid_key(key: str) -> bool:
    return is_key(key)


def migrate_recording_keys(profile_folder: Path) -> list[str]:
    """Move recordings made under the old keys (``OLD_KEYS``) to their lines' keys; returns the keys moved.

    Runs whenever a profile is opened and does nothing once there is nothing old left. A
    recording already made under the new key is kept, and the old one stays where it was. A
    file that cannot be moved (read-only disk) stays too, and is tried again next time.
    """
    folder = Path(profile_folder) / RECORDINGS_FOLDER
    moved: list[str] = []
    for old, new in OLD_KEYS.items():
        old_wav = folder / f"{old}.wav"
        if not old_wav.is_file():
            continue
        store = RecordingStore(profile_folder)
        if store.has(new):
            continue
        try:
            old_wav.replace(store.path(new))
            old_words = folder / f"{old}.txt"
            if old_words.is_file():
                old_words.replace(store.words_path(new))
        except OSError as error:
            logger.warning("cannot move the recording %s to %s (%s)", old_wav, new, error)
            continue
        moved.append(new)
    if moved:
        logger.info("moved %d recording(s) to their new keys", len(moved))
    return moved


def same_words(a: str, b: str) -> bool:
    """True when two lines say the same words (case and spacing aside)."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def language_folder(language: str) -> str:
    """The folder inside ``recordings/`` for ``language``: "" for English, else its first subtag ("es")."""
    base = language.split("-")[0].lower() if language else "en"
    return "" if base == "en" else base


class RecordingStore:
    """Recordings of one child profile in one language (English, the first, by default)."""

    def __init__(self, profile_folder: Path, language: str = "en-US") -> None:
        self.language = language
        self.folder = Path(profile_folder) / RECORDINGS_FOLDER / language_folder(language)

    def path(self, key: str) -> Path:
        if not is_valid_key(key):
            raise ValueError(f"not a line key: {key!r}")
        return self.folder / f"{fluent_id(key)}.wav"

    def words_path(self, key: str) -> Path:
        return self.path(key).with_suffix(".txt")

    def has(self, key: str) -> bool:
        return is_valid_key(key) and self.path(key).is_file()

    def recorded_words(self, key: str) -> str | None:
        """The words on screen when ``key`` was recorded, or None (no recording or no note)."""
        if not self.has(key):
            return None
        try:
            raw = read_checked(self.words_path(key), inside=self.folder.parent, limit=MAX_WORDS_BYTES)
            return raw.decode("utf-8-sig")
        except (UnsafeFile, UnicodeDecodeError):
            return None

    def recording_for(self, key: str, words: str) -> Path | None:
        """The recording to play for this line, if there is one, it says these words, and it is a
        sound file that may be played (``stored_header``)."""
        if not key or not is_valid_key(key):
            return None
        recorded = self.recorded_words(key)
        if recorded is None or not same_words(recorded, words):
            return None
        return self.path(key) if self.stored_header(key) is not None else None

    def stored_header(self, key: str) -> SoundHeader | None:
        """The kept recording's WAV header, checked before anything decodes it: an ordinary file in
        the profile folder (no link out), at most ``MAX_STORED_BYTES``, 16-bit PCM, at most 20
        seconds. None (logged) when it is missing or refused."""
        if not self.has(key):
            return None
        path = self.path(key)
        try:
            head = read_checked(path, inside=self.folder.parent, limit=MAX_STORED_BYTES)[:_HEADER_BYTES]
            header = wav_header(head, file_size=path.stat().st_size)
            check_length(header)
        except (UnsafeFile, SoundRefused, OSError) as problem:
            logger.warning("not playing %s: %s", path, getattr(problem, "reason", problem))
            return None
        if header.bits != 16:
            logger.warning("not playing %s: %d-bit sound", path, header.bits)
            return None
        return header

    def seconds(self, key: str) -> float | None:
        """Length of the recording of ``key`` in seconds, or None."""
        header = self.stored_header(key)
        return header.seconds if header is not None else None

    # -- writing -----------------------------------------------------------------------------

    def save_take(self, key: str, words: str, samples: bytes, sample_rate: int, channels: int = 1) -> float:
        """Keep a microphone take (16-bit PCM, native order); returns its length in seconds.

        Raises ``RecordingError`` (the old recording untouched) if the take is too short or
        cannot be written.
        """
        frames = len(samples) // (2 * channels)
        seconds = frames / float(sample_rate)
        if seconds < MIN_SECONDS:
            raise RecordingError("That was too short to hear. Press Record, then speak the line.")
        limit = int(MAX_SECONDS * sample_rate) * 2 * channels
        kept = normalise(samples[:limit], sample_rate, channels)
        self._write(key, words, wav_bytes(kept, sample_rate, channels))
        return min(seconds, MAX_SECONDS)

    def import_file(self, key: str, words: str, source: Path) -> float:
        """Copy an audio file (WAV, OGG or MP3, at most 20 s) in as the recording of ``key``.

        The file is decoded and saved again as WAV, so what is kept is known to play. Raises
        ``RecordingError`` with a kind message, leaving any old recording in place.
        """
        source = Path(source)
        name = source.name
        if source.suffix.lower() not in IMPORT_SUFFIXES:
            raise RecordingError(f"“{name}” is not a sound file Dropoff Buddy can use. Choose a WAV, OGG or MP3 file.")
        try:
            data = read_checked(source, inside=None, limit=MAX_IMPORT_BYTES)
        except UnsafeFile as unsafe:
            if unsafe.kind == "too_big":
                raise RecordingError(f"“{name}” is too big. Choose a recording of 20 seconds or less.") from None
            if unsafe.kind == "missing":
                raise RecordingError(f"“{name}” could not be opened. Is it still there?") from None
            raise RecordingError(f"“{name}” could not be opened ({unsafe.reason}).") from None
        try:
            header = sound_header(data)
            if header.format != "wav" and len(data) > MAX_COMPRESSED_IMPORT_BYTES:
                raise RecordingError(f"“{name}” is too big. Choose a recording of 20 seconds or less.")
            check_length(header)
        except SoundRefused as refused:
            if "seconds long" in refused.reason:
                raise RecordingError(
                    f"“{name}” {refused.reason.removeprefix('it ').split(';')[0]}. "
                    "Choose a recording of 20 seconds or less."
                ) from None
            raise RecordingError(
                f"“{name}” can't be used: {refused.reason}. Choose a WAV, OGG or MP3 file of 20 seconds or less."
            ) from None
        samples, rate, channels = decode_audio_bytes(data, header, name)
        del data
        if channels == 2:
            samples, channels = louder_channel(samples), 1
        seconds = len(samples) / (2 * channels) / float(rate)
        if seconds > MAX_SECONDS + 0.5:
            raise RecordingError(f"“{name}” is {seconds:.0f} seconds long. Choose a recording of 20 seconds or less.")
        if seconds < MIN_SECONDS:
            raise RecordingError(f"“{name}” is too short to hear. Choose a recording of the whole line.")
        self._write(key, words, wav_bytes(normalise(samples, rate, channels), rate, channels))
        return seconds

    def delete(self, key: str) -> bool:
        """Delete the recording of ``key`` (the synthetic voice takes over). False if it stays."""
        gone = True
        for path in (self.path(key), self.words_path(key)):
            try:
                path.unlink(missing_ok=True)
            except OSError as error:
                logger.warning("cannot delete %s (%s)", path, error)
                gone = False
        return gone

    def _write(self, key: str, words: str, wav: bytes) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path(key), wav, keep_backup=False)
            atomic_write_bytes(self.words_path(key), words.encode("utf-8"), keep_backup=False)
        except SaveError as error:
            raise RecordingError(f"The recording could not be saved: {error.reason}.") from error
        except OSError as error:
            reason = describe_os_error(error, writing=True)
            raise RecordingError(f"The recording could not be saved: {reason}.") from error


def louder_channel(stereo: bytes) -> bytes:
    """The louder channel of 16-bit interleaved stereo, as mono (a voice needs no stereo, and
    half the samples halve the work and the file)."""
    data = array("h", stereo[: len(stereo) - len(stereo) % 4])
    left, right = data[0::2], data[1::2]
    step = max(1, len(left) // 100_000)
    return (left if loudness_db(left[::step], 44100) >= loudness_db(right[::step], 44100) else right).tobytes()


def decode_audio_bytes(data: bytes, header: SoundHeader, name: str) -> tuple[bytes, int, int]:
    """(16-bit PCM in native order, sample rate, channels) of a checked WAV, OGG or MP3 file.

    With the mixer open, pygame decodes every format (and converts to the mixer's format).
    Without an audio device only plain 16-bit WAV can be read. Raises ``RecordingError``.
    """
    import pygame

    config = pygame.mixer.get_init()
    if config is None:
        if header.format != "wav":
            raise RecordingError(
                "This computer has no sound output right now, so only WAV files can be read. Try a WAV file."
            )
        return _read_plain_wav(data, name)
    frequency, size, channels = config
    try:
        sound = pygame.mixer.Sound(file=io.BytesIO(data))
        raw = sound.get_raw()
    except (pygame.error, OSError, ValueError, MemoryError):
        raise RecordingError(
            f"“{name}” could not be read as sound. It may be damaged, or not really a WAV, OGG or MP3 file."
        ) from None
    if abs(size) != 16:
        raise RecordingError("The sound system uses an unusual format here; record with the microphone instead.")
    if not raw:
        raise RecordingError(f"“{name}” has no sound in it.")
    return raw, frequency, channels


def _read_plain_wav(data: bytes, name: str) -> tuple[bytes, int, int]:
    try:
        with wave.open(io.BytesIO(data), "rb") as wav:
            if wav.getsampwidth() != 2:
                raise RecordingError(f"“{name}” uses a WAV format that cannot be read here. Try an OGG or MP3.")
            rate, channels = wav.getframerate(), wav.getnchannels()
            frames = wav.readframes(wav.getnframes())
    except (OSError, EOFError, wave.Error):
        raise RecordingError(f"“{name}” could not be read as sound. It may be damaged.") from None
    if sys.byteorder == "big":
        samples = array("h", frames)
        samples.byteswap()
        frames = samples.tobytes()
    return frames, rate, channels
