"""Recording a line from the microphone, behind a small interface of our own.

``Recorder`` is what the parent's voice page uses: ``microphone_problem()`` (None when a
microphone can be used, else a kind sentence), ``start()``, ``update(dt)`` every frame,
``level`` (0..1, for the meter), ``seconds`` recorded so far, and ``stop()`` which returns the
``Take``. ``SdlRecorder`` records through SDL's audio capture (pygame-ce ``_sdl2.audio``);
``ScriptedRecorder`` makes a voice-like test signal in simulated time (tests and the tour).
Both stop collecting sound at ``MAX_SECONDS``.
"""

from __future__ import annotations

import itertools
import logging
import math
import sys
import threading
from array import array
from dataclasses import dataclass
from typing import Any, Final, Protocol

from dropoff_buddy.audio.recordings import MAX_SECONDS

logger = logging.getLogger(__name__)

RECORD_RATE: Final = 44100
LEVEL_DECAY_PER_SECOND: Final = 2.5  # how fast the meter falls back after a loud moment
NO_MICROPHONE: Final = (
    "No microphone was found on this computer. You can still add your voice: record the line "
    "on your phone, copy the file here, and import it (WAV, OGG or MP3)."
)


@dataclass(frozen=True)
class Take:
    """What was recorded: 16-bit PCM in native byte order."""

    samples: bytes
    sample_rate: int
    channels: int = 1

    @property
    def seconds(self) -> float:
        return len(self.samples) / (2 * self.channels) / float(self.sample_rate)


class Recorder(Protocol):
    @property
    def recording(self) -> bool: ...

    @property
    def level(self) -> float:
        """How loud the sound is right now, 0..1 (for a meter)."""

    @property
    def seconds(self) -> float:
        """Seconds recorded in the current take."""

    def microphone_problem(self) -> str | None:
        """None when recording can start, else a kind sentence for the parent."""

    def start(self) -> bool:
        """Start a new take; False if the microphone could not be opened (see ``microphone_problem``)."""

    def update(self, dt: float) -> None:
        """Called every frame with the frame time (moves the meter; stops at ``MAX_SECONDS``)."""

    def stop(self) -> Take | None:
        """Stop and return the take (None if nothing was recording)."""

    def close(self) -> None:
        """Let go of the microphone."""


def peak_level(samples: bytes) -> float:
    """The loudest sample of a 16-bit native-order chunk, 0..1."""
    if len(samples) < 2:
        return 0.0
    data = array("h", samples[: len(samples) - len(samples) % 2])
    return min(1.0, max(max(data), -min(data)) / 32768.0)


def meter_level(peak: float) -> float:
    """A peak (0..1) on a log scale for the meter, so a normal voice fills about two thirds."""
    if peak <= 0.0:
        return 0.0
    db = 20.0 * math.log10(peak)
    return max(0.0, min(1.0, (db + 50.0) / 50.0))


class _Takes:
    """What every recorder reports alike: whether a take is going, and the meter's level (0..1)."""

    def __init__(self) -> None:
        self._recording = False
        self._level = 0.0

    @property
    def recording(self) -> bool:
        return self._recording

    @property
    def level(self) -> float:
        return self._level


class SdlRecorder(_Takes):
    """Records mono 16-bit sound from the default microphone through SDL audio capture."""

    def __init__(self) -> None:
        super().__init__()
        self._device: Any = None
        self._lock = threading.Lock()
        self._chunks: list[bytes] = []
        self._bytes = 0
        self._rate = RECORD_RATE
        self._peak = 0.0
        self._problem: str | None = None

    @property
    def seconds(self) -> float:
        with self._lock:
            return self._bytes / 2 / float(self._rate)

    def microphone_problem(self) -> str | None:
        if self._problem is not None:
            return self._problem
        try:
            from pygame._sdl2.audio import get_audio_device_names

            names = get_audio_device_names(True)
        except Exception as error:  # no audio subsystem at all
            logger.info("cannot list microphones (%s)", error)
            names = []
        return None if names else NO_MICROPHONE

    def start(self) -> bool:
        if self._recording:
            return True
        problem = self.microphone_problem()
        if problem is not None:
            return False
        try:
            from pygame._sdl2.audio import AUDIO_ALLOW_FREQUENCY_CHANGE, AUDIO_S16, AudioDevice

            with self._lock:
                self._chunks = []
                self._bytes = 0
                self._peak = 0.0
            self._device = AudioDevice(
                devicename=None,
                iscapture=True,
                frequency=RECORD_RATE,
                audioformat=AUDIO_S16,
                numchannels=1,
                chunksize=512,
                allowed_changes=AUDIO_ALLOW_FREQUENCY_CHANGE,
                callback=self._on_audio,
            )
            self._rate = int(self._device.frequency) or RECORD_RATE
            self._device.pause(0)
        except Exception as error:  # SDL reports a missing or busy microphone in several ways
            logger.warning("cannot open the microphone (%s)", error)
            self._problem = (
                "The microphone could not be opened. Another program may be using it, or this computer may "
                "not allow Dropoff Buddy to use it. You can import a recording instead."
            )
            self._device = None
            return False
        self._level = 0.0
        self._recording = True
        return True

    def _on_audio(self, device: Any, memory: memoryview) -> None:
        # Runs on SDL's audio thread: copy the chunk and get out quickly.
        chunk = bytes(memory)
        if sys.byteorder == "big":  # AUDIO_S16 is little-endian; keep native order like the rest
            data = array("h", chunk)
            data.byteswap()
            chunk = data.tobytes()
        peak = peak_level(chunk)
        with self._lock:
            room = int(MAX_SECONDS * self._rate) * 2 - self._bytes
            if room <= 0:
                return
            chunk = chunk[:room]
            self._chunks.append(chunk)
            self._bytes += len(chunk)
            self._peak = max(self._peak, peak)

    def update(self, dt: float) -> None:
        with self._lock:
            peak, self._peak = self._peak, 0.0
        self._level = max(meter_level(peak), self._level - LEVEL_DECAY_PER_SECOND * dt)
        if self._recording and self.seconds >= MAX_SECONDS:
            self._pause()

    def _pause(self) -> None:
        if self._device is not None:
            try:
                self._device.pause(1)
            except Exception as error:
                logger.info("could not pause the microphone (%s)", error)

    def stop(self) -> Take | None:
        if not self._recording:
            return None
        self._recording = False
        self._pause()
        self.close()
        with self._lock:
            samples = b"".join(self._chunks)
            self._chunks = []
            self._bytes = 0
        self._level = 0.0
        return Take(samples, self._rate, 1)

    def close(self) -> None:
        device, self._device = self._device, None
        self._recording = False
        if device is not None:
            try:
                device.close()
            except Exception as error:
                logger.info("could not close the microphone (%s)", error)


class ScriptedRecorder(_Takes):
    """A stand-in microphone for tests and the tour: a voice-like hum in simulated time.

    ``has_microphone=False`` behaves like a computer without one. Sound is made only when
    ``update(dt)`` is called, so tests control time exactly.
    """

    def __init__(self, *, has_microphone: bool = True, sample_rate: int = 8000, loudness: float = 0.5) -> None:
        super().__init__()
        self.has_microphone = has_microphone
        self.sample_rate = sample_rate
        self.loudness = loudness
        self._samples = array("h")
        self._phase = 0.0
        self._time = 0.0
        self.closed = False

    @property
    def seconds(self) -> float:
        return len(self._samples) / float(self.sample_rate)

    def microphone_problem(self) -> str | None:
        return None if self.has_microphone else NO_MICROPHONE

    def start(self) -> bool:
        if not self.has_microphone:
            return False
        self._samples = array("h")
        self._recording = True
        self._time = 0.0
        return True

    def update(self, dt: float) -> None:
        if not self._recording:
            self._level = max(0.0, self._level - LEVEL_DECAY_PER_SECOND * dt)
            return
        room = int(MAX_SECONDS * self.sample_rate) - len(self._samples)
        count = max(0, min(room, round(dt * self.sample_rate)))
        # Syllables: a 190 Hz hum swelling and fading about four times a second. Times and phases
        # are summed sample by sample as a running total (the same additions in the same order).
        tick, step = 1.0 / self.sample_rate, 2.0 * math.pi * 190.0 / self.sample_rate
        times = list(itertools.accumulate(itertools.repeat(tick, count), initial=self._time))
        phases = list(itertools.accumulate(itertools.repeat(step, count), initial=self._phase))
        self._time, self._phase = times[-1], phases[-1]
        sin, loudness, syllables = math.sin, self.loudness, math.pi * 4.0
        made = [
            round(32767 * (loudness * max(0.0, sin(syllables * time)) ** 2) * sin(phase))
            for time, phase in zip(times[1:], phases[1:], strict=True)
        ]
        self._samples.extend(made)
        peak = max(map(abs, made), default=0)
        self._level = max(meter_level(peak / 32768.0), self._level - LEVEL_DECAY_PER_SECOND * dt)

    def stop(self) -> Take | None:
        if not self._recording:
            return None
        self._recording = False
        return Take(self._samples.tobytes(), self.sample_rate, 1)

    def close(self) -> None:
        self._recording = False
        self.closed = True
