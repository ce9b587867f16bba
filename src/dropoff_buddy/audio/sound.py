"""The mixer and the effects layer: effects, music and the narration channel, each with its own volume.

Sounds come from ``tools/make_sounds.py`` (synthesised, 44.1 kHz 16-bit mono WAV):

* ``<assets>/sounds/<name>.wav`` — short effects, played with :meth:`SoundBoard.play`;
* ``<assets>/music/<name>.wav`` — seamless loops, played with :meth:`SoundBoard.play_music`.

Channels: channel 0 is reserved for narration (:meth:`SoundBoard.voice_channel`), channels 1 and 2
for music (two, so one track can fade out while the next fades in), and the rest are a round-robin
pool for effects; when every effect channel is busy the least recently started one is reused, so a
press is always heard at once.

Volumes: effects and music use the volume of their ``Sound`` (so fades, which SDL applies to the
channel, never fight with volume changes); narration uses the volume of its channel. Music is
ducked to ``DUCK_FACTOR`` of its volume while speech plays (the narration layer calls
:meth:`SoundBoard.duck_music`).

Call :meth:`SoundBoard.init_mixer` (ideally before ``pygame.init()``) and then make the board. A
board made while the mixer is closed, made without an audio device, or used after
``pygame.mixer.quit()`` quietly does nothing in every method: the game always runs.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Final

import pygame

from dropoff_buddy.audio.mixer import open_mixer
from dropoff_buddy.storage.models import SoundSettings

logger = logging.getLogger(__name__)

TOTAL_CHANNELS: Final = 16
VOICE_CHANNEL: Final = 0
MUSIC_CHANNELS: Final = (1, 2)
RESERVED_CHANNELS: Final = 3  # voice + two music channels
DUCK_FACTOR: Final = 0.3

_NAME = re.compile(r"^[a-z0-9_]+$")

VoiceSource = str | os.PathLike[str] | pygame.mixer.Sound


class SoundBoard:
    """Effects and music with separate volumes; silent (never raising) when there is no audio device."""

    EFFECT_NAMES: tuple[str, ...] = (
        "tap",
        "press",
        "pop",
        "chime",
        "whoosh",
        "boing",
        "giggle",
        "squeeze",
        "heart_fill",
        "kiss",
        "high_five",
        "fist_bump",
        "wave",
        "thumbs_up",
        "sparkle",
        "page_turn",
        "door",
        "footsteps",
        "sticker_fanfare",
        "breathe_in",
        "breathe_out",
        "hint",
        "gate_open",
        "soft_no",
    )
    MUSIC_NAMES: tuple[str, ...] = ("calm_morning", "gentle_day")

    def __init__(self, assets_dir: Path, settings: SoundSettings) -> None:
        self.assets_dir = Path(assets_dir)
        self.sounds_dir = self.assets_dir / "sounds"
        self.music_dir = self.assets_dir / "music"
        self._settings = settings.model_copy()
        self._effects: dict[str, pygame.mixer.Sound] = {}
        self._music: dict[str, pygame.mixer.Sound] = {}
        self._missing: set[str] = set()  # names already logged as unknown or unreadable
        self._effect_cursor = 0
        self._music_slot = 0  # index into MUSIC_CHANNELS of the channel playing the current track
        self._music_wanted: str | None = None  # what should play (kept while muted)
        self._music_playing: str | None = None  # what is actually playing
        self._ducked = False
        self._voice_sound: pygame.mixer.Sound | None = None
        self._mixer_config: tuple[int, int, int] | None = None
        # The board plays only if the mixer is open when it is made (call ``init_mixer`` first);
        # a board made without it stays silent, which is how the game runs with audio switched off.
        self.available = pygame.mixer.get_init() is not None
        if self.available:
            self._setup_channels()

    # ---------------------------------------------------------------------------------------
    # mixer

    @staticmethod
    def init_mixer() -> bool:
        """Open the audio device for low latency (44.1 kHz, 16-bit, stereo, 512-frame buffer).

        Returns False, and never raises, when there is no usable device. Safe to call twice: an
        already open mixer is kept as it is.
        """
        return open_mixer()

    def _setup_channels(self) -> None:
        try:
            if pygame.mixer.get_num_channels() < TOTAL_CHANNELS:
                pygame.mixer.set_num_channels(TOTAL_CHANNELS)
            pygame.mixer.set_reserved(RESERVED_CHANNELS)
            self._mixer_config = pygame.mixer.get_init()
        except pygame.error as error:
            logger.warning("could not set up the audio channels (%s); playing silently", error)
            self.available = False

    def _ready(self) -> bool:
        """True when sound can be played now; notices a mixer that was closed or reopened."""
        if not self.available:
            return False
        config = pygame.mixer.get_init()
        if config is None:
            return False
        if config != self._mixer_config:
            # Reopened with another format: sounds loaded for the old one must be loaded again.
            self._effects.clear()
            self._music.clear()
            self._music_playing = None
            self._setup_channels()
            return self.available
        if pygame.mixer.get_num_channels() < TOTAL_CHANNELS:
            # Closed and reopened in the same format: channels and the reservation were reset.
            self._music_playing = None
            self._setup_channels()
        return self.available

    # ---------------------------------------------------------------------------------------
    # settings

    @property
    def settings(self) -> SoundSettings:
        return self._settings.model_copy()

    def apply_settings(self, settings: SoundSettings) -> None:
        """Take new volumes and the music mute at once (music stops or resumes to match)."""
        self._settings = settings.model_copy()
        if not self._ready():
            return
        try:
            for sound in self._effects.values():
                sound.set_volume(self._settings.effects_volume)
            pygame.mixer.Channel(VOICE_CHANNEL).set_volume(self._settings.voice_volume)
            self._update_music_volume()
            if self._settings.music_muted and self._music_playing is not None:
                self._fade_out_music(500)
            elif not self._settings.music_muted and self._music_wanted is not None and self._music_playing is None:
                self._start_music(self._music_wanted, 800)
        except pygame.error as error:
            logger.warning("could not apply sound settings (%s)", error)

    # ---------------------------------------------------------------------------------------
    # effects

    def _known(self, name: str, folder: Path) -> Path | None:
        path = folder / f"{name}.wav"
        if _NAME.match(name) and path.is_file():
            return path
        if name not in self._missing:
            self._missing.add(name)
            logger.warning("no sound called %r (looked for %s)", name, path)
        return None

    def _load(self, path: Path, name: str) -> pygame.mixer.Sound | None:
        try:
            return pygame.mixer.Sound(str(path))
        except (pygame.error, OSError) as error:
            if name not in self._missing:
                self._missing.add(name)
                logger.warning("cannot load sound %s (%s)", path, error)
            return None

    def _effect(self, name: str) -> pygame.mixer.Sound | None:
        sound = self._effects.get(name)
        if sound is None and name not in self._missing:
            path = self._known(name, self.sounds_dir)
            if path is not None:
                sound = self._load(path, name)
            if sound is not None:
                sound.set_volume(self._settings.effects_volume)
                self._effects[name] = sound
        return sound

    def preload(self, names: Iterable[str] | None = None) -> None:
        """Load effects now (all of ``EFFECT_NAMES`` by default) so the first press costs nothing."""
        if not self._ready():
            return
        for name in self.EFFECT_NAMES if names is None else names:
            self._effect(name)

    def _effect_channel(self) -> pygame.mixer.Channel:
        count = max(1, pygame.mixer.get_num_channels() - RESERVED_CHANNELS)
        for step in range(count):
            index = RESERVED_CHANNELS + (self._effect_cursor + step) % count
            channel = pygame.mixer.Channel(index)
            if not channel.get_busy():
                self._effect_cursor = (index - RESERVED_CHANNELS + 1) % count
                return channel
        # All busy: reuse the channel started longest ago (the pool is round robin).
        index = RESERVED_CHANNELS + self._effect_cursor % count
        self._effect_cursor = (self._effect_cursor + 1) % count
        return pygame.mixer.Channel(index)

    def play(self, name: str) -> None:
        """Play an effect by name. Unknown names do nothing (logged once)."""
        if not self.available:
            if name not in self.EFFECT_NAMES and name not in self._missing:
                self._missing.add(name)
                logger.warning("no sound called %r", name)
            return
        if not self._ready():
            return
        try:
            sound = self._effect(name)
            if sound is None or self._settings.effects_volume <= 0.0:
                return
            self._effect_channel().play(sound)
        except pygame.error as error:
            logger.warning("could not play %r (%s)", name, error)

    def stop_effect(self, name: str, fade_ms: int = 80) -> None:
        """Stop (fade out) every playing copy of an effect, e.g. ``heart_fill`` when a hug is let go."""
        sound = self._effects.get(name)
        if sound is None or not self._ready():
            return
        try:
            for index in range(RESERVED_CHANNELS, pygame.mixer.get_num_channels()):
                channel = pygame.mixer.Channel(index)
                if channel.get_busy() and channel.get_sound() is sound:
                    if fade_ms > 0:
                        channel.fadeout(fade_ms)
                    else:
                        channel.stop()
        except pygame.error as error:
            logger.warning("could not stop %r (%s)", name, error)

    # ---------------------------------------------------------------------------------------
    # music

    def _music_volume(self) -> float:
        return self._settings.music_volume * (DUCK_FACTOR if self._ducked else 1.0)

    def _update_music_volume(self) -> None:
        volume = self._music_volume()
        for sound in self._music.values():
            sound.set_volume(volume)

    def _music_sound(self, name: str) -> pygame.mixer.Sound | None:
        sound = self._music.get(name)
        if sound is None and name not in self._missing:
            path = self._known(name, self.music_dir)
            if path is not None:
                sound = self._load(path, name)
            if sound is not None:
                self._music[name] = sound
        return sound

    def _fade_out_music(self, fade_ms: int) -> None:
        for index in MUSIC_CHANNELS:
            channel = pygame.mixer.Channel(index)
            if channel.get_busy():
                if fade_ms > 0:
                    channel.fadeout(fade_ms)
                else:
                    channel.stop()
        self._music_playing = None

    def _start_music(self, name: str, fade_ms: int) -> None:
        sound = self._music_sound(name)
        if sound is None:
            return
        old = pygame.mixer.Channel(MUSIC_CHANNELS[self._music_slot])
        if old.get_busy():
            if fade_ms > 0:
                old.fadeout(fade_ms)
            else:
                old.stop()
        self._music_slot = 1 - self._music_slot
        channel = pygame.mixer.Channel(MUSIC_CHANNELS[self._music_slot])
        # Stop first: a channel still fading out would otherwise fade *in* only to its current level.
        channel.stop()
        channel.set_volume(1.0)
        self._update_music_volume()
        channel.play(sound, loops=-1, fade_ms=max(0, fade_ms))
        self._music_playing = name

    def play_music(self, name: str, fade_ms: int = 800) -> None:
        """Loop a music track (cross-fading from the one playing); while muted it starts on unmute."""
        self._music_wanted = name
        if self._settings.music_muted or not self._ready():
            if not self.available:
                self._known(name, self.music_dir)  # still log a wrong name once
            return
        if self._music_playing == name and pygame.mixer.Channel(MUSIC_CHANNELS[self._music_slot]).get_busy():
            return
        try:
            self._start_music(name, fade_ms)
        except pygame.error as error:
            logger.warning("could not play music %r (%s)", name, error)

    def stop_music(self, fade_ms: int = 500) -> None:
        """Fade the music out; it stays off (also after unmuting) until ``play_music`` is called."""
        self._music_wanted = None
        if not self._ready():
            self._music_playing = None
            return
        try:
            self._fade_out_music(fade_ms)
        except pygame.error as error:
            logger.warning("could not stop the music (%s)", error)

    def duck_music(self, ducked: bool) -> None:
        """Lower the music to ``DUCK_FACTOR`` of its volume while speech plays; ``False`` restores it."""
        self._ducked = bool(ducked)
        if not self._ready():
            return
        try:
            self._update_music_volume()
        except pygame.error as error:
            logger.warning("could not change the music volume (%s)", error)

    @property
    def music_playing(self) -> str | None:
        """The track that is playing (None when stopped, muted or silent)."""
        return self._music_playing if self._ready() else None

    @property
    def music_ducked(self) -> bool:
        return self._ducked

    # ---------------------------------------------------------------------------------------
    # voice

    def voice_channel(self) -> pygame.mixer.Channel | None:
        """The channel reserved for narration (channel 0), or None without audio."""
        if not self._ready():
            return None
        try:
            return pygame.mixer.Channel(VOICE_CHANNEL)
        except pygame.error:
            return None

    def play_voice(self, sound_path_or_Sound: VoiceSource) -> None:
        """Speak a recorded or synthesised line (a file path or a ``Sound``) at the voice volume.

        Whatever was being said is cut off. Ducking the music is up to the caller (narration).
        """
        channel = self.voice_channel()
        if channel is None:
            return
        source = sound_path_or_Sound
        try:
            sound = source if isinstance(source, pygame.mixer.Sound) else pygame.mixer.Sound(os.fspath(source))
        except (pygame.error, OSError, TypeError) as error:
            logger.warning("cannot load voice line %s (%s)", source, error)
            return
        try:
            channel.stop()
            channel.set_volume(self._settings.voice_volume)
            channel.play(sound)
            self._voice_sound = sound  # keep it alive while it plays
        except pygame.error as error:
            logger.warning("could not play a voice line (%s)", error)

    def voice_busy(self) -> bool:
        channel = self.voice_channel()
        try:
            return channel is not None and channel.get_busy()
        except pygame.error:
            return False

    def stop_voice(self) -> None:
        channel = self.voice_channel()
        if channel is None:
            return
        try:
            channel.stop()
        except pygame.error as error:
            logger.warning("could not stop the voice (%s)", error)
        self._voice_sound = None
