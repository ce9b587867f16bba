"""The voice the narrator speaks with: the parent's recording, else the synthetic voice, else nothing.

``LayeredVoice`` is the game's ``VoiceBackend``. For each line it tries, in order:

1. the parent's recording of that line's key (if its words still match the line);
2. speech synthesis: a cached rendering plays at once; otherwise the line is rendered on the
   background worker and ``poll`` starts it as soon as it is ready, if the line is still the
   current one and it came within ``LATE_LIMIT`` seconds (after that the caption carries it);
3. nothing: the narrator shows the caption alone.

It never waits for the worker, so ``Narrator.say`` always returns at once.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

import pygame

from dropoff_buddy.audio.espeak import VoiceSettings
from dropoff_buddy.audio.narration import SilentVoice, Spoken, VoiceBackend
from dropoff_buddy.audio.recordings import RecordingStore
from dropoff_buddy.audio.sound import SoundBoard
from dropoff_buddy.audio.speech_cache import SpeechCache, default_cache_dir
from dropoff_buddy.audio.synthesis import SpeechJob, SpeechWorker

logger = logging.getLogger(__name__)

LATE_LIMIT: Final = 1.0  # seconds a line may wait for synthesis before the caption carries it alone

VoiceSource = Literal["recording", "synthesis"]


@dataclass
class _Pending:
    line: Spoken
    job: SpeechJob
    waited: float = 0.0


class LayeredVoice:
    """Recordings → synthesis → captions (see the module docstring)."""

    def __init__(
        self,
        sound: SoundBoard,
        recordings: Callable[[], RecordingStore | None],
        worker: SpeechWorker | None,
        voice_settings: Callable[[], VoiceSettings],
    ) -> None:
        self.sound = sound
        self.worker = worker
        self._recordings = recordings
        self._voice_settings = voice_settings
        self._pending: _Pending | None = None
        #: Where the line now playing comes from (None: caption only or waiting for synthesis).
        self.source: VoiceSource | None = None
        #: The parent's recording now playing (None when the line is not in the parent's voice).
        self.played: Path | None = None

    # -- VoiceBackend --------------------------------------------------------------------------

    def prepare(self, lines: Iterable[Spoken]) -> None:
        """Render lines ahead of time on the worker (those without a usable recording)."""
        if self.worker is None or not self.sound.available:
            return
        voice = self._voice_settings()
        for line in lines:
            if line.text.strip() and self._recording(line) is None:
                self.worker.request(line.text, voice)

    def start(self, line: Spoken) -> float | None:
        self._pending = None
        self.source = None
        self.played = None
        if not self.sound.available:
            return None
        path = self._recording(line)
        if path is not None:
            length = self._play(path, None)
            if length is not None:
                self.source = "recording"
                self.played = path
                return length
        if self.worker is None or not line.text.strip():
            return None
        job = self.worker.request(line.text, self._voice_settings(), urgent=True)
        if job.done.is_set():
            return self._play_job(job)
        self._pending = _Pending(line, job)
        return None

    def poll(self, dt: float) -> float | None:
        pending = self._pending
        if pending is None:
            return None
        if pending.job.done.is_set():
            self._pending = None
            return self._play_job(pending.job)
        pending.waited += dt
        if pending.waited > LATE_LIMIT:
            logger.info("a line took too long to render; showing its caption alone")
            self._pending = None
        return None

    def stop(self) -> None:
        self._pending = None
        self.source = None
        self.played = None
        self.sound.stop_voice()

    # -- helpers -------------------------------------------------------------------------------

    @property
    def waiting(self) -> bool:
        """True while the current line waits for the synthesis worker."""
        return self._pending is not None

    def _recording(self, line: Spoken) -> Path | None:
        if not line.key:
            return None
        store = self._recordings()
        return store.recording_for(line.key, line.text) if store is not None else None

    def _play_job(self, job: SpeechJob) -> float | None:
        if not job.ready:
            return None
        length = self._play(job.path, job.wav)
        if length is not None:
            self.source = "synthesis"
        return length

    def _play(self, path: Path | None, wav: bytes | None) -> float | None:
        """Play a WAV (file or bytes) on the voice channel; its length, or None if it cannot play."""
        try:
            if path is not None:
                sound = pygame.mixer.Sound(file=str(path))
            elif wav is not None:
                sound = pygame.mixer.Sound(file=io.BytesIO(wav))
            else:
                return None
        except (pygame.error, OSError) as error:
            logger.warning("cannot play a voice line from %s (%s)", path or "memory", error)
            return None
        self.sound.play_voice(sound)
        return sound.get_length()

    def forget_everything(self) -> None:
        """Stop speaking and forget every line rendered or queued (before "delete all data")."""
        self.stop()
        if self.worker is not None:
            self.worker.forget()

    def close(self, timeout: float = 5.0) -> None:
        """Stop the speech worker, waiting at most ``timeout`` seconds for the line it is rendering."""
        if self.worker is not None:
            self.worker.close(timeout)


def make_voice(
    sound: SoundBoard,
    recordings: Callable[[], RecordingStore | None],
    voice_settings: Callable[[], VoiceSettings],
    *,
    cache_dir: Path | None = None,
) -> VoiceBackend:
    """The game's voice: layered when sound can play, else captions alone (``SilentVoice``)."""
    if not sound.available:
        logger.info("no audio device: lines are shown as captions")
        return SilentVoice()
    config = pygame.mixer.get_init()
    worker = SpeechWorker(
        SpeechCache(cache_dir if cache_dir is not None else default_cache_dir()),
        output_rate=config[0] if config is not None else None,
    )
    return LayeredVoice(sound, recordings, worker, voice_settings)
