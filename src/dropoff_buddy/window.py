"""Opening the game window and showing a first frame at once.

Kept free of heavy imports (no pydantic, no game modules) so the window and a first frame
appear before the rest of the game loads: home's card when there is one
(``storage.home_card``), else a calm morning sky.
"""

from __future__ import annotations

import contextlib
import sys
import time

import pygame

from dropoff_buddy import __version__
from dropoff_buddy.storage.home_card import CardButton, HomeCard

WINDOWED_SIZE = (1280, 800)
TITLE = "Dropoff Buddy"
SPLASH_SKY = ((255, 236, 206), (255, 247, 234))
SPLASH_SUN = (255, 206, 102)


def open_window(fullscreen: bool) -> pygame.Surface:
    """Open the game window: full screen at the desktop size, or a resizable window."""
    pygame.display.set_caption(f"{TITLE} {__version__}")
    if fullscreen:
        return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
    sizes = pygame.display.get_desktop_sizes() if pygame.display.get_init() else []
    width, height = WINDOWED_SIZE
    if sizes:
        desk_w, desk_h = sizes[0]
        if desk_w and desk_h and (desk_w < width or desk_h < height):
            width, height = int(desk_w * 0.9), int(desk_h * 0.9)
    return pygame.display.set_mode((width, height), pygame.RESIZABLE)


def show_splash(screen: pygame.Surface) -> None:
    """Paint a soft morning sky with a rising sun and put it on screen (the first frame)."""
    width, height = screen.get_size()
    strip = pygame.Surface((1, 2))
    strip.set_at((0, 0), SPLASH_SKY[0])
    strip.set_at((0, 1), SPLASH_SKY[1])
    screen.blit(pygame.transform.smoothscale(strip, (width, height)), (0, 0))
    radius = max(8, min(width, height) // 8)
    pygame.draw.circle(screen, SPLASH_SUN, (width // 2, height // 2), radius)
    pygame.display.flip()


class TapsWhileLoading:
    """Home's card is on screen; read the child's taps while the rest of the game loads.

    A finger coming down on a button shows that button pressed in at once (from the card's
    pressed picture), and every event read is kept, in order, for the real game: ``hand_over``
    puts them back in the queue when home is live, so a tap on Play made while loading opens the
    morning. Reading happens at each import the loading makes (``sys.meta_path`` asks this finder
    first; it finds nothing), at most once a frame: in practice every 16–100 ms, the longest gaps
    being a single module that builds many pydantic models.
    """

    POLL_SECONDS = 1 / 60

    def __init__(self, screen: pygame.Surface, card: HomeCard) -> None:
        self.screen = screen
        self.card = card
        self.held: list[pygame.event.Event] = []
        self.pressed: CardButton | None = None
        self._last_poll = 0.0

    # -- reading between imports: a finder that finds nothing, but is asked at every import ----------

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        self.poll()

    def __enter__(self) -> TapsWhileLoading:
        sys.meta_path.insert(0, self)
        self.poll(force=True)
        return self

    def __exit__(self, *_exc: object) -> None:
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(self)

    def poll(self, force: bool = False) -> None:
        """Read what happened since the last look (at most once a frame unless ``force``)."""
        now = time.perf_counter()
        if not force and now - self._last_poll < self.POLL_SECONDS:
            return
        self._last_poll = now
        events = pygame.event.get()
        self.held.extend(events)
        changed = False
        for event in events:
            changed |= self._show(event)
        if changed:
            pygame.display.flip()

    def _show(self, event: pygame.event.Event) -> bool:
        """Press a button in or let it out; True if the screen changed."""
        if event.type in (pygame.WINDOWRESIZED, pygame.WINDOWSIZECHANGED, pygame.VIDEORESIZE):
            surface = pygame.display.get_surface()
            if surface is not None and surface.get_size() != self.card.picture.get_size():
                self.screen = surface
                show_splash(surface)  # the card was drawn for the old size; the real home follows
                self.pressed = None
            return False
        if self.screen.get_size() != self.card.picture.get_size():
            return False
        place = _place(event, self.screen.get_size())
        if place is None:
            return False
        down, pos = place
        button = self.card.button_at(pos) if down else None
        if down and button is None:
            return False
        if not down and self.pressed is not None and self.card.button_at(pos) is self.pressed:
            return False  # let go on the button: it stays pressed until the game answers the tap
        return self._press(button)

    def _press(self, button: CardButton | None) -> bool:
        if button is self.pressed:
            return False
        picture = self.card.pressed_picture() if button is not None else None
        if button is not None and picture is None:
            return False
        if self.pressed is not None:
            area = pygame.Rect(self.pressed.changes)
            self.screen.blit(self.card.picture, area, area)
        if button is not None and picture is not None:
            area = pygame.Rect(button.changes)
            self.screen.blit(picture, area, area)
        self.pressed = button
        return True

    def hand_over(self) -> None:
        """Put every event read while loading back in the queue, in order, for the real game."""
        for event in self.held:
            with contextlib.suppress(pygame.error):
                pygame.event.post(event)
        self.held = []


def _place(event: pygame.event.Event, size: tuple[int, int]) -> tuple[bool, tuple[int, int]] | None:
    """(finger or button down?, where) for a press or a release; None for other events."""
    if event.type in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
        return event.type == pygame.MOUSEBUTTONDOWN, tuple(event.pos)
    if event.type in (pygame.FINGERDOWN, pygame.FINGERUP):
        return event.type == pygame.FINGERDOWN, (int(event.x * size[0]), int(event.y * size[1]))
    return None
