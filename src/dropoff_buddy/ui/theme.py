"""The game's look: a warm, calm palette, sizes and fonts.

Sizes are in layout units (see ``ui.layout``). Child targets are at least ``MIN_TARGET``
units (2 cm on a laptop screen at 1280×800).
"""

from __future__ import annotations

import pygame

Colour = tuple[int, int, int]

BACKGROUND: Colour = (255, 246, 232)
BACKGROUND_DEEP: Colour = (252, 232, 205)
PANEL: Colour = (255, 252, 246)
INK: Colour = (74, 58, 52)
INK_SOFT: Colour = (128, 108, 98)
OUTLINE: Colour = (214, 188, 160)
FOCUS: Colour = (64, 132, 214)
SUNSHINE: Colour = (255, 200, 87)
CORAL: Colour = (244, 134, 112)
LEAF: Colour = (126, 196, 128)
SKY: Colour = (124, 182, 232)
LILAC: Colour = (182, 156, 222)
ROSE: Colour = (240, 150, 176)
WHITE: Colour = (255, 255, 255)
CAPTION_BG: Colour = (62, 48, 44)
PARENT_BG: Colour = (238, 242, 246)
PARENT_PANEL: Colour = (255, 255, 255)
PARENT_ACCENT: Colour = (70, 110, 160)
WARNING: Colour = (196, 92, 52)

MIN_TARGET = 96
GAP = 32
CORNER = 28

FADE_SECONDS = 0.25


def darker(colour: Colour, amount: float = 0.18) -> Colour:
    r, g, b = colour
    return (round(r * (1 - amount)), round(g * (1 - amount)), round(b * (1 - amount)))


def lighter(colour: Colour, amount: float = 0.35) -> Colour:
    r, g, b = colour
    return (round(r + (255 - r) * amount), round(g + (255 - g) * amount), round(b + (255 - b) * amount))


class Fonts:
    """Fonts by pixel size, loaded once. Uses pygame's bundled font so no system font is needed."""

    def __init__(self) -> None:
        self._fonts: dict[int, pygame.font.Font] = {}

    def get(self, pixel_size: int) -> pygame.font.Font:
        """The game font with capital letters about ``pixel_size`` pixels tall."""
        key = max(6, pixel_size)
        font = self._fonts.get(key)
        if font is None:
            font = pygame.font.Font(None, round(key * 1.35))
            self._fonts[key] = font
        return font
