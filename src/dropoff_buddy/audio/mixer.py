"""Opening the audio device, kept free of heavy imports so it can run before the first frame.

The mixer must be opened before ``pygame.init()`` (which would open it with this pygame
build's defaults, and a mixer once open keeps its buffer): 44.1 kHz, 16-bit, stereo, and a
512-frame buffer (about 11.6 ms) so an effect starts within a frame of the press.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Final

import pygame

MIXER_FREQUENCY: Final = 44100
MIXER_SIZE: Final = -16  # signed 16-bit
MIXER_CHANNELS: Final = 2  # stereo output; the mono files are played on both sides
MIXER_BUFFER: Final = 512  # frames: about 11.6 ms at 44.1 kHz

logger = logging.getLogger(__name__)


def open_mixer() -> bool:
    """Open the audio device for low latency. False, and never raises, when there is none.

    Safe to call twice: an already open mixer is kept as it is.
    """
    try:
        if pygame.mixer.get_init() is None:
            pygame.mixer.pre_init(MIXER_FREQUENCY, MIXER_SIZE, MIXER_CHANNELS, MIXER_BUFFER)
            pygame.mixer.init(MIXER_FREQUENCY, MIXER_SIZE, MIXER_CHANNELS, MIXER_BUFFER)
            if pygame.mixer.get_init() is None:
                return False
        # Whoever opened the mixer (this function, or pygame.init() before it, as the tour and the
        # tests do), every channel is halted before pygame closes it: see halt_before_quit.
        # pygame.quit() runs quit functions last-registered first, then forgets them all, so this
        # runs before the mixer's own quit; registering it again on a second call is harmless.
        pygame.register_quit(halt_before_quit)
        return True
    except Exception as error:  # any failure to open audio means "play silently"
        logger.info("no audio device (%s); the game will run without sound", error)
        return False


def halt_before_quit() -> None:
    """Stop every channel before pygame closes the mixer.

    pygame-ce's mixer quit holds the interpreter lock while it waits for the audio thread, and
    the audio thread, when a sound ends at that moment, waits for the interpreter lock to
    release the sound: the process hangs on exit (seen in the test suite while speech threads
    ran). ``pygame.mixer.stop()`` lets go of the lock while it halts the channels, so once it
    has run no sound can end during the quit.
    """
    with contextlib.suppress(pygame.error):
        pygame.mixer.stop()
