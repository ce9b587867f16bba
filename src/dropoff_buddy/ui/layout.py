"""Scalable layout units.

Scenes lay out in *layout units*: a canvas at least 1280 units wide and 800 units tall whose
longer side stretches to fill the window, so nothing is cut off at any aspect ratio. One unit
is one pixel at 1280×800 and scales with the window. Drawing always happens at the window's
real pixel size, so text and art stay crisp.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

DESIGN_WIDTH = 1280
DESIGN_HEIGHT = 800

RectLike = tuple[float, float, float, float]


@dataclass(frozen=True)
class Layout:
    """Converts between layout units and window pixels for one window size."""

    pixel_width: int
    pixel_height: int

    @property
    def scale(self) -> float:
        """Pixels per layout unit."""
        return min(self.pixel_width / DESIGN_WIDTH, self.pixel_height / DESIGN_HEIGHT)

    @property
    def width(self) -> float:
        """Canvas width in layout units (≥ 1280)."""
        return self.pixel_width / self.scale

    @property
    def height(self) -> float:
        """Canvas height in layout units (≥ 800)."""
        return self.pixel_height / self.scale

    @property
    def center_x(self) -> float:
        return self.width / 2

    @property
    def center_y(self) -> float:
        return self.height / 2

    def px(self, units: float) -> int:
        """A length in layout units as whole pixels (at least 1 for positive lengths)."""
        value = round(units * self.scale)
        return max(1, value) if units > 0 else value

    def point(self, x: float, y: float) -> tuple[int, int]:
        """A layout point as a pixel position."""
        return round(x * self.scale), round(y * self.scale)

    def rect(self, rect: RectLike) -> pygame.Rect:
        """A layout rectangle ``(x, y, w, h)`` as a pixel rectangle."""
        x, y, w, h = rect
        left, top = self.point(x, y)
        right, bottom = self.point(x + w, y + h)
        return pygame.Rect(left, top, max(1, right - left), max(1, bottom - top))

    def to_layout(self, pixel_x: float, pixel_y: float) -> tuple[float, float]:
        """A pixel position (from an event) in layout units."""
        return pixel_x / self.scale, pixel_y / self.scale


@dataclass(frozen=True)
class FigureBox:
    """Where someone (or the door) is on the screen, in pixels: the whole figure and its face.

    Scenes report these so tests can check, at every window size, that nobody is cut off and that
    no button sits on a face. ``face`` is empty for things without one (the door).
    """

    name: str
    rect: pygame.Rect
    face: pygame.Rect


def centered(cx: float, cy: float, w: float, h: float) -> RectLike:
    """A layout rectangle of size ``w×h`` centred on ``(cx, cy)``."""
    return (cx - w / 2, cy - h / 2, w, h)


def contains(rect: RectLike, point: tuple[float, float]) -> bool:
    x, y, w, h = rect
    return x <= point[0] < x + w and y <= point[1] < y + h


def inflate(rect: RectLike, margin: float) -> RectLike:
    x, y, w, h = rect
    return (x - margin, y - margin, w + 2 * margin, h + 2 * margin)
