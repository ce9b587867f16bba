"""``dropoff-buddy doctor``: a check-up in plain words, for a parent or a helper on the phone.

Each check returns a ``Finding``: ``ok``, a ``note`` (the game runs; something to know, e.g. no
sound device means captions only) or a ``problem`` (the game cannot run as it should: the reason
is said in the finding). Nothing here writes to the family's data, except a test file in the
data folder that is removed at once; the game's own files are only read.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
import tempfile
import wave
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

if TYPE_CHECKING:
    from dropoff_buddy.storage.health import ProfileHealth

Status = Literal["ok", "note", "problem"]

TEST_LINE: Final = "Hello! I'm your buddy. See you right after snack."
#: The test line in the languages whose voice is not English (by first subtag).
TEST_LINES: Final = {"es": "¡Hola! Soy tu amigo. Nos vemos justo después de la merienda."}
PHOTO_SUFFIXES: Final = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp")


@dataclass(frozen=True)
class Finding:
    """One line of the check-up: what was checked, how it went, and what it means in plain words."""

    topic: str
    status: Status
    text: str


def is_frozen() -> bool:
    """True inside the app bundle (PyInstaller sets ``sys.frozen``)."""
    return bool(getattr(sys, "frozen", False))


@contextlib.contextmanager
def quiet_native_stderr() -> Iterator[None]:
    """Silence what C libraries print straight to the terminal (ALSA's "cannot find card" lines)."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError, AttributeError):
        yield
        return
    try:
        with open(os.devnull, "w", encoding="utf-8") as null:
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


# --- the checks -------------------------------------------------------------------------------


def check_version() -> Finding:
    import pygame

    from dropoff_buddy import __version__

    how = "app bundle" if is_frozen() else f"Python {platform.python_version()}"
    system = f"{platform.system()} {platform.release()}".strip()
    return Finding(
        "Version",
        "ok",
        f"Dropoff Buddy {__version__} ({how}) on {system}; pygame-ce {pygame.version.ver}, SDL {pygame.version.SDL}",
    )


def check_game_files() -> Finding:
    """The pictures, sounds and stories that come with the game are there and load."""
    from dropoff_buddy.assets import find_assets_dir
    from dropoff_buddy.story.lint import check_files, shipped_level_files

    assets = find_assets_dir()
    if not (assets / "svg").is_dir():
        return Finding("Game files", "problem", f"the game's pictures are missing (looked in {assets}): reinstall it")
    files = shipped_level_files()
    if not files:
        return Finding("Game files", "problem", "the game's stories are missing: reinstall it")
    result = check_files(files)
    if result.problems:
        first = result.problems[0]
        more = len(result.problems) - 1
        extra = f" (and {more} more)" if more else ""
        return Finding("Game files", "problem", f"a story or picture list is broken: {first}{extra}")
    return Finding("Game files", "ok", f"{result.files} stories and picture lists load; pictures in {assets}")


def check_data_folder(data_dir: Path) -> Finding:
    """Where the family's saves go, and whether the game can write there."""
    topic = "Data folder"
    if data_dir.exists() and not data_dir.is_dir():
        return Finding(topic, "problem", f"{data_dir} is a file, not a folder: the game cannot save anything there")
    existing = data_dir
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return Finding(topic, "problem", f"{data_dir} cannot be made ({existing} is not a folder)")
    reason = _write_test(existing)
    if reason:
        return Finding(
            topic, "problem", f"{data_dir} cannot be written ({reason}): stickers and settings would be lost"
        )
    if existing != data_dir:
        return Finding(topic, "ok", f"{data_dir} (not made yet; the game makes it the first time it starts)")
    return Finding(topic, "ok", f"{data_dir} (can be written)")


def _write_test(folder: Path) -> str:
    """Empty when a file can be made and removed in ``folder``, else why not."""
    from dropoff_buddy.storage.atomic import describe_os_error

    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-", suffix=".tmp") as probe:
            probe.write(b"Dropoff Buddy doctor")
            probe.flush()
    except OSError as error:
        return describe_os_error(error, writing=True)
    return ""


def check_profiles(data_dir: Path) -> list[Finding]:
    """Each child profile: do its files load, its photos open, its recordings play."""
    from dropoff_buddy.storage.health import inspect_profile
    from dropoff_buddy.storage.store import ProfileStore

    ids = ProfileStore(data_dir).list_profiles()
    if not ids:
        return [Finding("Children", "ok", "no child profiles yet (the game asks for a name the first time)")]
    findings = [Finding("Children", "ok", f"{len(ids)} profile{'s' if len(ids) != 1 else ''}: {', '.join(ids)}")]
    for profile_id in ids:
        health = inspect_profile(data_dir, profile_id)
        name = health.profile.child.name if health.profile is not None else profile_id
        findings.append(_profile_files_finding(name, health))
        findings.extend(_photo_findings(name, health))
        findings.append(_recordings_finding(name, health.folder))
    return findings


def _profile_files_finding(name: str, health: ProfileHealth) -> Finding:
    topic = f"Child {name!r}"
    troubles = []
    for file in health.files:
        if file.state in ("good", "missing"):
            continue
        fallback = "its last good copy will be used" if file.backup_good else "the game will start it fresh"
        if file.state == "newer":
            fallback = "this version leaves it alone and won't save over it"
        troubles.append(f"{file.file_name} ({file.noun}) {_state_words(file.state)}: {file.detail}; {fallback}")
    if troubles:
        return Finding(topic, "note", f"in {health.folder}: " + " / ".join(troubles))
    return Finding(topic, "ok", f"settings and stickers load ({health.folder})")


def _state_words(state: str) -> str:
    return {"damaged": "is damaged", "newer": "is newer", "unreadable": "cannot be read"}.get(state, state)


def _photo_findings(name: str, health: ProfileHealth) -> list[Finding]:
    if health.profile is None:
        return []
    photos = (("Family photo", health.profile.family_photo), ("Toy photo", health.profile.buddy.toy_photo))
    findings = []
    for label, file_name in photos:
        topic = f"{label} ({name})"
        if not file_name:
            if label == "Family photo":
                findings.append(
                    Finding(topic, "ok", "none yet (add one in the grown-ups' corner: Family & toy photos)")
                )
            continue
        findings.append(_photo_finding(topic, health.folder / file_name))
    return findings


def _photo_finding(topic: str, path: Path) -> Finding:
    import pygame

    if not path.is_file():
        return Finding(
            topic, "note", f"{path.name} is missing from {path.parent}: drawn pictures are shown instead; add it again"
        )
    try:
        with quiet_native_stderr():
            image = pygame.image.load(str(path))
    except (pygame.error, OSError, ValueError) as error:
        return Finding(topic, "note", f"{path.name} does not open as a picture ({error}): drawn pictures are shown")
    width, height = image.get_size()
    return Finding(topic, "ok", f"{path.name} opens ({width}×{height})")


def _recordings_finding(name: str, folder: Path) -> Finding:
    from dropoff_buddy.audio.recordings import RECORDINGS_FOLDER

    topic = f"Recordings ({name})"
    recordings = sorted((folder / RECORDINGS_FOLDER).glob("*.wav"))
    if not recordings:
        return Finding(topic, "ok", "none (the built-in voice reads every line)")
    broken = [path.name for path in recordings if not _plays(path)]
    count = len(recordings)
    if broken:
        return Finding(
            topic, "note", f"{count} recordings; these do not play and the voice reads them: {', '.join(broken)}"
        )
    return Finding(topic, "ok", f"{count} recording{'s' if count != 1 else ''} of your voice, all readable")


def _plays(path: Path) -> bool:
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() > 0 and wav.getframerate() > 0
    except (OSError, EOFError, wave.Error):
        return False


def check_speech(voice: str) -> Finding:
    """The built-in voice: load espeak-ng, pick the voice for ``voice`` ("en-us", "es"), say a test line."""
    from dropoff_buddy.audio.espeak import EspeakEngine, SpeechUnavailable, VoiceSettings

    topic = "Speech"
    line = TEST_LINES.get(voice.split("-")[0], TEST_LINE)
    try:
        engine = EspeakEngine.load()
        speech = engine.synthesise(line, VoiceSettings(language=voice))
    except SpeechUnavailable as error:
        return Finding(
            topic, "problem", f"the built-in voice does not work ({error}): lines would only be shown as words"
        )
    if speech.seconds < 0.5:
        return Finding(topic, "problem", "the built-in voice made no sound for the test line: reinstall the game")
    version = engine.version.split()[0]
    return Finding(
        topic, "ok", f"espeak-ng {version}, voice {engine.voice_name}: said the test line in {speech.seconds:.1f} s"
    )


def check_sound_device() -> Finding:
    import pygame

    from dropoff_buddy.audio.mixer import open_mixer

    was_open = pygame.mixer.get_init() is not None
    with quiet_native_stderr():
        opened = open_mixer()
    if not opened:
        return Finding("Sound", "note", "no sound device: captions only (plug in speakers or headphones and restart)")
    driver = pygame.mixer.get_driver()
    frequency, _size, channels = pygame.mixer.get_init() or (0, 0, 0)
    if not was_open:
        pygame.mixer.quit()
    if driver == "dummy":
        return Finding("Sound", "note", "the sound is switched to the silent test driver (SDL_AUDIODRIVER=dummy)")
    return Finding("Sound", "ok", f"sound device opens ({driver}, {frequency} Hz, {channels} channels)")


def check_fonts() -> Finding:
    import pygame

    from dropoff_buddy.assets import find_assets_dir

    pygame.font.init()
    try:
        drawn = pygame.font.Font(None, 32).render("Dropoff Buddy", True, (0, 0, 0))
    except (pygame.error, OSError) as error:
        return Finding("Font", "problem", f"the game's font does not load ({error}): no words could be shown")
    if drawn.get_width() < 40:
        return Finding("Font", "problem", "the game's font draws nothing")
    andika = find_assets_dir() / "fonts" / "Andika-Regular.ttf"
    try:
        pygame.font.Font(str(andika), 32).render("Andika", True, (0, 0, 0))
    except (pygame.error, OSError, FileNotFoundError):
        return Finding(
            "Font", "problem", f"the reading font Andika is missing or broken ({andika}): reinstall the game"
        )
    return Finding("Font", "ok", "the game font draws letters; Andika (the reading font) loads")


def check_screen() -> Finding:
    import pygame

    was_init = pygame.display.get_init()
    try:
        with quiet_native_stderr():
            pygame.display.init()
        driver = pygame.display.get_driver()
        sizes = pygame.display.get_desktop_sizes()
    except pygame.error as error:
        return Finding("Screen", "problem", f"no screen to show the game on ({error})")
    finally:
        if not was_init:
            pygame.display.quit()
    shown = ", ".join(f"{width}×{height}" for width, height in sizes) or "no size reported"
    if driver in ("dummy", "offscreen"):
        return Finding("Screen", "note", f"switched to the invisible test screen (SDL_VIDEODRIVER={driver})")
    return Finding("Screen", "ok", f"{driver}, {shown}")


def check_other_copy(data_dir: Path) -> Finding:
    from dropoff_buddy.storage.instance_lock import InstanceLock

    if not data_dir.is_dir():
        return Finding("Other copies", "ok", "none running")
    lock = InstanceLock(data_dir)
    try:
        free = lock.acquire()
    finally:
        lock.release()
    if not free:
        return Finding("Other copies", "note", "Dropoff Buddy is open right now (only one copy can run at a time)")
    return Finding("Other copies", "ok", "none running")


# --- putting it together ----------------------------------------------------------------------


def run_checks(data_dir: Path) -> list[Finding]:
    """Every check, in the order a helper reads them out."""
    findings = [_guarded("Version", check_version)]
    findings.append(_guarded("Game files", check_game_files))
    findings.append(_guarded("Data folder", lambda: check_data_folder(data_dir)))
    findings.extend(_guarded_many("Children", lambda: check_profiles(data_dir)))
    findings.append(_guarded("Speech", lambda: check_speech(_voice_of_last_child(data_dir))))
    findings.append(_guarded("Sound", check_sound_device))
    findings.append(_guarded("Font", check_fonts))
    findings.append(_guarded("Screen", check_screen))
    findings.append(_guarded("Other copies", lambda: check_other_copy(data_dir)))
    return findings


def _voice_of_last_child(data_dir: Path) -> str:
    """The espeak-ng voice the child who played last hears ("en-us", "en-gb", "es")."""
    from dropoff_buddy.i18n.languages import load_languages, system_language
    from dropoff_buddy.storage.health import inspect_profile
    from dropoff_buddy.storage.store import ProfileStore

    languages = load_languages()
    store = ProfileStore(data_dir)
    profile_id = store.last_profile_id() or next(iter(store.list_profiles()), None)
    profile = inspect_profile(data_dir, profile_id).profile if profile_id is not None else None
    chosen = profile.settings.language if profile is not None else ""
    language = languages.resolve(chosen) if chosen else system_language(languages)
    return language.espeak


def _guarded(topic: str, check: Callable[[], Finding]) -> Finding:
    """Run one check; a check that breaks is itself a finding, never a traceback."""
    try:
        return check()
    except Exception as error:  # the doctor must always finish and say what it found
        return Finding(topic, "problem", f"this check failed unexpectedly: {type(error).__name__}: {error}")


def _guarded_many(topic: str, check: Callable[[], list[Finding]]) -> list[Finding]:
    try:
        return check()
    except Exception as error:  # as in _guarded
        return [Finding(topic, "problem", f"this check failed unexpectedly: {type(error).__name__}: {error}")]


LABELS: Final[dict[Status, str]] = {"ok": "ok     ", "note": "note   ", "problem": "PROBLEM"}


def report(findings: list[Finding]) -> tuple[str, int]:
    """The check-up as text, and the exit status: 0 when the game can run, 1 otherwise."""
    lines = ["Dropoff Buddy check-up", ""]
    lines += [f"  {LABELS[finding.status]}  {finding.topic}: {finding.text}" for finding in findings]
    problems = [finding for finding in findings if finding.status == "problem"]
    lines.append("")
    if problems:
        reasons = "; ".join(f"{finding.topic}: {finding.text}" for finding in problems)
        lines.append(f"Dropoff Buddy cannot run properly here. {reasons}")
        return "\n".join(lines), 1
    notes = sum(finding.status == "note" for finding in findings)
    tail = f" ({notes} note{'s' if notes != 1 else ''} above)" if notes else ""
    lines.append(f"All good: Dropoff Buddy can run{tail}.")
    return "\n".join(lines), 0
