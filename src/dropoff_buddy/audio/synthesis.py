"""Renders lines to speech on one background thread, so the frame loop never waits for espeak.

``SpeechWorker.request(text, voice)`` returns a ``SpeechJob`` at once. A line already in the
cache is ready immediately (one ``stat`` on the calling thread); otherwise the job is queued
and the worker thread renders it, writes it to the cache and marks it done. Urgent jobs (the
line a child is waiting for) jump the queue; prepared lines (a story's pages) wait behind.

The worker owns the espeak engine: it loads it on its own thread and is the only thread that
ever calls into it, because espeak-ng is not thread-safe. If the engine cannot be loaded the
worker logs that once, marks itself unavailable and fails every job, so narration falls back
to captions.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import itertools
import logging
import threading
from array import array
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from dropoff_buddy.audio.espeak import EspeakEngine, Speech, SpeechUnavailable, VoiceSettings
from dropoff_buddy.audio.speech_cache import SPEECH_FORMAT_VERSION, SpeechCache, wav_bytes

logger = logging.getLogger(__name__)


def resample(samples: bytes, source_rate: int, target_rate: int) -> bytes:
    """16-bit mono PCM from ``source_rate`` to ``target_rate`` by linear interpolation.

    Done here, on the worker, so that a cached line is already at the mixer's rate: letting SDL
    convert it when the line is loaded costs the frame loop ~14 ms for a 5 s line, while a
    line at the mixer's rate loads in ~1.5 ms.
    """
    source = array("h", samples)
    if source_rate == target_rate or len(source) < 2:
        return samples
    if target_rate == 2 * source_rate:  # espeak's 22050 Hz → 44100 Hz: the common case, kept quick
        out = array("h", bytes(4 * len(source)))
        out[0::2] = source
        middles = array("h", [(a + b) >> 1 for a, b in itertools.pairwise(source)])
        middles.append(source[-1])
        out[1::2] = middles
        return out.tobytes()
    step = source_rate / target_rate
    last = len(source) - 1
    result = array("h")
    for index in range(int(len(source) / step)):
        position = index * step
        left = int(position)
        right = min(left + 1, last)
        result.append(int(source[left] + (source[right] - source[left]) * (position - left)))
    return result.tobytes()


class SpeechEngine(Protocol):
    def synthesise(self, text: str, voice: VoiceSettings) -> Speech: ...


def engine_tag() -> str:
    """Identifies the engine build in cache keys, known without loading the library."""
    try:
        version = importlib.metadata.version("espeakng-loader")
    except importlib.metadata.PackageNotFoundError:
        version = "none"
    return f"espeak-ng/{version}/format{SPEECH_FORMAT_VERSION}"


@dataclass(eq=False)
class SpeechJob:
    """One line to render. ``done`` is set when ``path`` (or ``wav``) or ``error`` is filled in."""

    key: str
    text: str
    voice: VoiceSettings
    path: Path | None = None
    wav: bytes | None = None  # kept in memory when the cache folder cannot be written
    error: str | None = None
    done: threading.Event = field(default_factory=threading.Event)

    @property
    def ready(self) -> bool:
        return self.done.is_set() and self.error is None

    @property
    def failed(self) -> bool:
        return self.done.is_set() and self.error is not None


class SpeechWorker:
    """The one thread that renders speech; create one per game and ``close()`` it at the end."""

    def __init__(
        self,
        cache: SpeechCache,
        engine_factory: Callable[[], SpeechEngine] = EspeakEngine.load,
        *,
        tag: str | None = None,
        output_rate: int | None = None,
    ) -> None:
        self.cache = cache
        self.output_rate = output_rate  # resample to this (the mixer's rate); None keeps the engine's
        self._engine_factory = engine_factory
        self.engine_tag = tag if tag is not None else engine_tag()
        self._queue: deque[SpeechJob] = deque()
        self._jobs: dict[str, SpeechJob] = {}
        self._lock = threading.Condition()
        self._closed = False
        self._idle = threading.Event()
        self._idle.set()
        self.available: bool | None = None  # None until the engine has been tried
        self.failure: str | None = None
        self.rendered = 0  # lines rendered by the engine (not cache hits)
        self._thread: threading.Thread | None = None

    # -- the calling (frame loop) thread ---------------------------------------------------

    def request(self, text: str, voice: VoiceSettings, *, urgent: bool = False) -> SpeechJob:
        """A job for ``text`` in ``voice``: ready at once if cached, else queued. Never blocks."""
        key = self.cache.key(text, f"{voice.cache_tag()}|{self.output_rate or 'native'}", self.engine_tag)
        with self._lock:
            job = self._jobs.get(key)
            if job is not None and job.ready and job.wav is None and self.cache.lookup(key) is None:
                job = None  # its file was trimmed from the cache (or deleted): render it again
            if job is not None and not job.failed:
                if urgent and not job.done.is_set() and job in self._queue:
                    self._queue.remove(job)
                    self._queue.appendleft(job)
                return job
            job = SpeechJob(key, text, voice)
            cached = self.cache.lookup(key)
            if cached is not None:
                job.path = cached
                job.done.set()
                self._jobs[key] = job
                return job
            if self.available is False or self._closed:
                job.error = self.failure or "speech is not available"
                job.done.set()
                return job
            self._jobs[key] = job
            if urgent:
                self._queue.appendleft(job)
            else:
                self._queue.append(job)
            self._idle.clear()
            self._ensure_thread()
            self._lock.notify()
        return job

    def _ensure_thread(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="speech-synthesis", daemon=True)
            self._thread.start()

    def wait_idle(self, timeout: float) -> bool:
        """Block until every queued line is done (tools, tests and benchmarks only, never the game)."""
        return self._idle.wait(timeout)

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def forget(self, timeout: float = 5.0) -> None:
        """Drop every queued line and every remembered rendering, and wait (at most ``timeout``
        seconds) for the line being rendered to be written: after this, nothing more of the
        family's old lines reaches the cache (used before "delete all data" empties it)."""
        with self._lock:
            for job in self._queue:
                job.error = "forgotten"
                job.done.set()
            self._queue.clear()
            self._jobs.clear()
        self._idle.wait(timeout)

    def close(self, timeout: float = 5.0) -> None:
        """Stop the worker after the line it is rendering (waiting at most ``timeout`` seconds; the
        thread is a daemon, so a process that is ending need not wait); queued lines are dropped."""
        with self._lock:
            self._closed = True
            for job in self._queue:
                job.error = "closed"
                job.done.set()
            self._queue.clear()
            self._idle.set()
            self._lock.notify_all()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=timeout)

    # -- the worker thread -----------------------------------------------------------------

    def _run(self) -> None:
        engine = self._load_engine()
        while True:
            with self._lock:
                while not self._queue and not self._closed:
                    self._idle.set()
                    self._lock.wait()
                if self._closed:
                    self._idle.set()
                    return
                job = self._queue.popleft()
            self._render(engine, job)

    def _load_engine(self) -> SpeechEngine | None:
        try:
            engine = self._engine_factory()
        except SpeechUnavailable as error:
            self._fail_all(str(error))
            return None
        except Exception as error:  # a broken install must never take the game down
            self._fail_all(f"speech engine failed to start ({error!r})")
            return None
        with self._lock:
            self.available = True
        return engine

    def _fail_all(self, reason: str) -> None:
        logger.warning("no speech synthesis (%s); lines will be shown as captions", reason)
        with self._lock:
            self.available = False
            self.failure = reason

    def _render(self, engine: SpeechEngine | None, job: SpeechJob) -> None:
        if engine is None:
            self._finish(job, error=self.failure or "speech is not available")
            return
        try:
            speech = engine.synthesise(job.text, job.voice)
        except SpeechUnavailable as error:
            self._finish(job, error=str(error))
            return
        except Exception as error:  # never let one bad line stop the worker
            logger.warning("could not render a line (%r)", error)
            self._finish(job, error=repr(error))
            return
        if not speech.samples:
            self._finish(job, error="the engine produced no sound")
            return
        rate = self.output_rate or speech.sample_rate
        wav = wav_bytes(resample(speech.samples, speech.sample_rate, rate), rate)
        path = self.cache.store(job.key, wav)
        with self._lock:
            self.rendered += 1
        if path is None:
            job.wav = wav
        self._finish(job, path=path)

    def _finish(self, job: SpeechJob, *, path: Path | None = None, error: str | None = None) -> None:
        with self._lock:
            job.path = path
            job.error = error
            if error is not None:
                # Forget failures so a later request can try again (e.g. after the disk frees up).
                with contextlib.suppress(KeyError):
                    if self._jobs[job.key] is job:
                        del self._jobs[job.key]
            job.done.set()
