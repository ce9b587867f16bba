"""Offline speech synthesis with the espeak-ng library that the PyPI package ``espeakng-loader`` ships.

The library is driven through ctypes in "synchronous" mode: ``espeak_Synth`` returns only when
the whole line is rendered, and the samples reach us through the synth callback, so nothing
is played by espeak itself. espeak-ng keeps global state and is not safe to call from several
threads, so one ``EspeakEngine`` must only ever be used from one thread (the synthesis worker).

``EspeakEngine.load()`` raises ``SpeechUnavailable`` (never anything else) when the package,
the shared library or its data are missing, so the caller can fall back to captions.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from array import array
from dataclasses import dataclass
from typing import Final

# espeak_AUDIO_OUTPUT / espeak_PARAMETER / flags, from speak_lib.h (a stable public ABI).
_AUDIO_OUTPUT_SYNCHRONOUS: Final = 2
_PARAM_RATE: Final = 1
_PARAM_VOLUME: Final = 2
_PARAM_PITCH: Final = 3
_PARAM_RANGE: Final = 4
_PARAM_WORDGAP: Final = 7
_CHARS_UTF8: Final = 1
_END_PAUSE: Final = 0x1000
_POS_CHARACTER: Final = 1
_EE_OK: Final = 0

_SynthCallback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)

MAX_LINE_SECONDS: Final = 60.0  # a runaway line is cut here (no kid-facing line is that long)

# espeak-ng keeps its state in the process, not in a handle. A game has one synthesis thread,
# but tests and tools may make several games one after another in one process: this lock makes
# sure two engines never run at the same time.
_LIBRARY_LOCK: Final = threading.Lock()
# ...and it must be initialised only once per process: calling espeak_Initialize again while an
# earlier engine is around crashed the test suite (a segfault inside espeak_Synth). So every
# EspeakEngine.load() in a process returns the same engine, made on first use.
_PROCESS_ENGINE: Final[list[EspeakEngine]] = []


class SpeechUnavailable(RuntimeError):
    """espeak-ng could not be loaded or used here; the game falls back to captions."""


@dataclass(frozen=True)
class VoiceSettings:
    """How the synthetic voice sounds. ``language`` is espeak-ng's name for the family's language
    ("en-us", "en-gb", "es": ``levels/i18n/languages.toml``).

    The defaults are set for small children: slow (about 135 words a minute), a little lower
    than espeak's default pitch for warmth, with a wide, sing-song pitch range, and a small gap
    between words so each one is heard.
    """

    language: str = "en-us"
    rate: int = 135
    pitch: int = 46
    pitch_range: int = 70
    word_gap: int = 1  # in units of 10 ms
    variant: str = "f4"  # a smooth female variant without roughness
    # espeak's amplitude (default 100): 63 puts its speech at about -18 dBFS over the loudest
    # 300 ms, the level audio.loudness sets for recordings, a little above the effects.
    volume: int = 63

    @property
    def voice_names(self) -> tuple[str, ...]:
        """Names to try with ``espeak_SetVoiceByName``, best first: the language, then its first subtag
        (espeak-ng's British English voice is called plain "en"). Never another language's voice."""
        base = tuple(dict.fromkeys((self.language, self.language.split("-")[0])))
        names = [f"{name}+{self.variant}" for name in base] if self.variant else []
        return (*names, *base)

    def cache_tag(self) -> str:
        """Everything about the voice that changes the sound, for the speech cache's keys (the
        language first: a line said in Spanish is never played for the same letters in English)."""
        return (
            f"{self.language}|{self.variant}|r{self.rate}|p{self.pitch}|g{self.pitch_range}|w{self.word_gap}"
            f"|v{self.volume}"
        )


@dataclass(frozen=True)
class Speech:
    """Rendered speech: 16-bit signed mono PCM in native byte order."""

    samples: bytes
    sample_rate: int

    @property
    def seconds(self) -> float:
        return len(self.samples) / 2 / self.sample_rate if self.sample_rate else 0.0


class EspeakEngine:
    """espeak-ng loaded into this process. Use from one thread only."""

    def __init__(self, library: ctypes.CDLL, sample_rate: int, version: str) -> None:
        self._lib = library
        self.sample_rate = sample_rate
        self.version = version
        self._buffer = array("h")
        self._abort = False
        self._max_samples = int(MAX_LINE_SECONDS * sample_rate)
        # Keep a reference to the callback object for as long as the library may call it.
        self._callback = _SynthCallback(self._on_samples)
        self._voice: VoiceSettings | None = None
        self.voice_name = ""  # the espeak voice in use, e.g. "en-us+f4" (for `doctor`)

    @classmethod
    def load(cls) -> EspeakEngine:
        """Load and initialise the library from ``espeakng-loader``; raises ``SpeechUnavailable``."""
        try:
            import espeakng_loader
        except ImportError as error:
            raise SpeechUnavailable("the espeakng-loader package is not installed") from error
        try:
            library_path = espeakng_loader.get_library_path()
            data_path = espeakng_loader.get_data_path()
        except Exception as error:  # the loader raises RuntimeError (and others) for missing data
            raise SpeechUnavailable(f"espeak-ng data is missing ({error})") from error
        try:
            library = ctypes.CDLL(library_path)
        except OSError as error:
            raise SpeechUnavailable(f"cannot load the espeak-ng library ({error})") from error
        with _LIBRARY_LOCK:
            if not _PROCESS_ENGINE:
                _PROCESS_ENGINE.append(cls._initialise(library, data_path))
            return _PROCESS_ENGINE[0]

    @classmethod
    def _initialise(cls, library: ctypes.CDLL, data_path: str) -> EspeakEngine:
        try:
            _declare(library)
            encoded_path = data_path.encode(sys.getfilesystemencoding())
            rate = library.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, encoded_path, 0)
        except (AttributeError, OSError, UnicodeEncodeError) as error:
            raise SpeechUnavailable(f"the espeak-ng library does not work here ({error})") from error
        if rate <= 0:
            raise SpeechUnavailable(f"espeak-ng could not start with its data in {data_path}")
        raw_version = library.espeak_Info(None)
        version = raw_version.decode("ascii", "replace") if raw_version else "unknown"
        return cls(library, rate, version)

    def _on_samples(self, wav: ctypes._Pointer[ctypes.c_short], count: int, events: int | None) -> int:
        if count > 0 and wav:
            room = self._max_samples - len(self._buffer)
            take = min(count, max(0, room))
            if take:
                self._buffer.frombytes(ctypes.string_at(wav, take * 2))
            if take < count:
                self._abort = True
        return 1 if self._abort else 0

    def _use_voice(self, voice: VoiceSettings) -> None:
        if voice == self._voice:
            return
        lib = self._lib
        for name in voice.voice_names:
            if lib.espeak_SetVoiceByName(name.encode("ascii")) == _EE_OK:
                self.voice_name = name
                break
        else:
            raise SpeechUnavailable(f"espeak-ng has no voice for {voice.language} ({', '.join(voice.voice_names)})")
        lib.espeak_SetParameter(_PARAM_RATE, voice.rate, 0)
        lib.espeak_SetParameter(_PARAM_PITCH, voice.pitch, 0)
        lib.espeak_SetParameter(_PARAM_RANGE, voice.pitch_range, 0)
        lib.espeak_SetParameter(_PARAM_WORDGAP, voice.word_gap, 0)
        lib.espeak_SetParameter(_PARAM_VOLUME, voice.volume, 0)
        self._voice = voice

    def synthesise(self, text: str, voice: VoiceSettings) -> Speech:
        """Render ``text`` with ``voice``; raises ``SpeechUnavailable`` if espeak reports an error."""
        with _LIBRARY_LOCK:
            return self._synthesise(text, voice)

    def _synthesise(self, text: str, voice: VoiceSettings) -> Speech:
        # Another engine in this process may have changed the callback and voice since.
        self._lib.espeak_SetSynthCallback(self._callback)
        self._voice = None
        self._use_voice(voice)
        data = text.encode("utf-8") + b"\0"
        self._buffer = array("h")
        self._abort = False
        status = self._lib.espeak_Synth(data, len(data), 0, _POS_CHARACTER, 0, _CHARS_UTF8 | _END_PAUSE, None, None)
        if status != _EE_OK:
            raise SpeechUnavailable(f"espeak-ng could not say a line (error {status})")
        self._lib.espeak_Synchronize()
        return Speech(self._buffer.tobytes(), self.sample_rate)


def _declare(lib: ctypes.CDLL) -> None:
    """Give ctypes the C signatures so arguments are passed correctly on every platform."""
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_Initialize.restype = ctypes.c_int
    lib.espeak_SetSynthCallback.argtypes = [_SynthCallback]
    lib.espeak_SetSynthCallback.restype = None
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_SetVoiceByName.restype = ctypes.c_int
    lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
    lib.espeak_SetParameter.restype = ctypes.c_int
    lib.espeak_Synth.argtypes = [
        ctypes.c_char_p,
        ctypes.c_size_t,
        ctypes.c_uint,
        ctypes.c_int,
        ctypes.c_uint,
        ctypes.c_uint,
        ctypes.c_void_p,
        ctypes.c_void_p,
    ]
    lib.espeak_Synth.restype = ctypes.c_int
    lib.espeak_Synchronize.argtypes = []
    lib.espeak_Synchronize.restype = ctypes.c_int
    lib.espeak_Info.argtypes = [ctypes.c_void_p]
    lib.espeak_Info.restype = ctypes.c_char_p
