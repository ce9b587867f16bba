"""The narration queue: every kid-facing line is spoken (when a voice is available) and captioned.

``Narrator.say`` cuts whatever is playing and starts a new line; ``Narrator.then`` queues a
line after the current one. A ``VoiceBackend`` turns a line into sound; when it cannot (no
speech engine, no audio device, narration switched off), the caption alone is shown for a
time long enough to be read aloud by a grown-up. A line whose voice is still being rendered
shows its caption at once; the backend's ``poll`` starts the voice when it is ready, and the
caption then stays up for as long as the voice speaks. The game's backend is
``audio.voices.LayeredVoice`` (the parent's recording → speech synthesis → captions).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

CAPTION_LINGER = 0.6  # seconds a caption stays after its voice ends


@dataclass(frozen=True)
class Spoken:
    """One line as it is said: ``text`` (the words, personalised), ``key`` (the line's key, which
    finds a parent's recording) and ``scene`` (the screen that said it, for ``said_in`` checks)."""

    text: str
    key: str = ""
    scene: str = ""


class VoiceBackend(Protocol):
    def prepare(self, lines: Iterable[Spoken]) -> None:
        """Get these lines ready in the background (e.g. synthesise them); must not block."""

    def start(self, line: Spoken) -> float | None:
        """Start saying ``line``; return its length in seconds, or None if it cannot be said."""

    def stop(self) -> None:
        """Stop saying the current line at once."""

    def poll(self, dt: float) -> float | None:
        """Called every frame while the current line is captioned but not yet voiced.

        Returns the line's length in seconds if its audio has just started (it was still being
        prepared when ``start`` was called), else None. Must not block.
        """


class SilentVoice:
    """A voice that never speaks: captions carry every line."""

    def prepare(self, lines: Iterable[Spoken]) -> None:
        return None

    def start(self, line: Spoken) -> float | None:
        return None

    def stop(self) -> None:
        return None

    def poll(self, dt: float) -> float | None:
        return None


def reading_time(text: str) -> float:
    """Seconds a grown-up needs to read ``text`` aloud to a child, slowly."""
    words = max(1, len(text.split()))
    return max(2.0, 0.42 * words + 1.0)


class Narrator:
    """Plays lines one at a time with captions in step; a new ``say`` cuts the old line."""

    def __init__(
        self,
        voice: VoiceBackend | None = None,
        *,
        narration: bool = True,
        on_speaking: Callable[[bool], None] | None = None,
    ) -> None:
        self.voice: VoiceBackend = voice if voice is not None else SilentVoice()
        self.narration = narration
        self._on_speaking = on_speaking
        self._queue: deque[Spoken] = deque()
        self._current: Spoken | None = None
        self._remaining = 0.0
        self._voiced = False
        self.history: list[Spoken] = []  # every line started, in order (for tests and the parent's preview)

    @property
    def caption(self) -> str | None:
        """The caption to show now, or None."""
        return self._current.text if self._current is not None else None

    @property
    def current(self) -> Spoken | None:
        return self._current

    @property
    def speaking(self) -> bool:
        return self._current is not None

    def say(self, text: str, key: str = "", scene: str = "") -> None:
        """Cut what is playing, forget the queue, and say ``text`` now."""
        self._queue.clear()
        self._start(Spoken(text, key, scene))

    def then(self, text: str, key: str = "", scene: str = "") -> None:
        """Say ``text`` after the current and queued lines."""
        line = Spoken(text, key, scene)
        if self._current is None:
            self._start(line)
        else:
            self._queue.append(line)

    def stop(self) -> None:
        """Silence: stop the current line and forget the queue."""
        self._queue.clear()
        if self._current is not None:
            self.voice.stop()
        self._set_current(None, 0.0, voiced=False)

    def prepare(self, lines: Iterable[Spoken]) -> None:
        self.voice.prepare(list(lines))

    def update(self, dt: float) -> bool:
        """Advance time; return True if the caption changed."""
        if self._current is None:
            return False
        if not self._voiced and self.narration:
            late = self.voice.poll(dt)
            if late is not None:
                # The voice was not ready when the caption went up; keep the caption in step with it.
                self._set_current(self._current, late + CAPTION_LINGER, voiced=True)
                return False
        self._remaining -= dt
        if self._remaining > 0:
            return False
        if self._queue:
            self._start(self._queue.popleft())
        else:
            self._set_current(None, 0.0, voiced=False)
        return True

    def _start(self, line: Spoken) -> None:
        if self._current is not None:
            self.voice.stop()
        self.history.append(line)
        duration = self.voice.start(line) if self.narration else None
        if duration is None:
            self._set_current(line, reading_time(line.text), voiced=False)
        else:
            self._set_current(line, duration + CAPTION_LINGER, voiced=True)

    def _set_current(self, line: Spoken | None, remaining: float, *, voiced: bool) -> None:
        was_voiced = self._voiced
        self._current = line
        self._remaining = remaining
        self._voiced = voiced
        if self._on_speaking is not None and was_voiced != voiced:
            self._on_speaking(voiced)
