"""Opening the game window and showing a first frame at once.

Kept free of heavy imports (no pydantic, no game modules) so the window and a calm splash
appear before the rest of the game loads.
"""

from __future__ import annotations

import pygame

from dropoff_buddy import __version__

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
