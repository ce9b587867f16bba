"""Ending the game when the operating system asks (a signal, log-out, shutdown).

Kept free of game imports: the command line installs its signal handlers with it before the
window opens, long before the rest of the game has loaded.
"""

from __future__ import annotations

import contextlib

import pygame


class StopRequest:
    """Set when the operating system asks the game to end (a signal, log-out, shutdown).

    Unlike the window's close button (a child can press it), this ends the game from any screen:
    the loop notices within one idle wait, saves what is in memory and returns. ``request`` is
    safe to call from a signal handler: it only sets a flag and wakes the loop.
    """

    def __init__(self) -> None:
        self.reason: str | None = None

    @property
    def requested(self) -> bool:
        return self.reason is not None

    def request(self, reason: str) -> None:
        self.reason = reason
        if pygame.display.get_init():
            with contextlib.suppress(pygame.error):
                pygame.event.post(pygame.event.Event(pygame.USEREVENT, stop=True))  # wake event.wait
