"""The daycare door: one door, drawn the same in the story (outside and inside) and in the goodbye game.

The art is ``assets/svg/door/``: ``frame.svg`` (300 × 600, its opening left empty), ``leaf.svg``
(the blue door, hinged on the right), and the view through the open door: ``outside.svg`` (seen
from inside the room) or ``inside.svg`` (seen from the street). Whoever walks through the door is
drawn clipped to the opening, between the view and the leaf, so they step *through* it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import pygame

from dropoff_buddy.assets import Assets

FRAME_WIDTH, FRAME_HEIGHT = 300.0, 600.0
# The opening in frame units: x 30..270, y 44..600.
OPENING_LEFT, OPENING_TOP, OPENING_WIDTH, OPENING_HEIGHT = 30.0, 44.0, 240.0, 556.0
# The leaf's round window (leaf.svg: centre 120, 120; radius 58 on 240 × 556).
WINDOW_X, WINDOW_Y, WINDOW_R = 120.0, 120.0, 58.0
OPEN_LEAF_WIDTH = 0.18  # how much of the opening the swung-open leaf still covers

View = Literal["outside", "inside"]


@dataclass(frozen=True)
class DoorPlace:
    """Where a door stands: the middle of its threshold (``x``, ``floor_y``) and its full ``height``.

    Works in any units (stage units, layout units or pixels); every rectangle comes out in the same.
    """

    x: float
    floor_y: float
    height: float

    @property
    def scale(self) -> float:
        return self.height / FRAME_HEIGHT

    @property
    def width(self) -> float:
        return FRAME_WIDTH * self.scale

    def frame(self) -> tuple[float, float, float, float]:
        return (self.x - self.width / 2, self.floor_y - self.height, self.width, self.height)

    def opening(self) -> tuple[float, float, float, float]:
        s = self.scale
        left = self.x - self.width / 2
        return (
            left + OPENING_LEFT * s,
            self.floor_y - self.height + OPENING_TOP * s,
            OPENING_WIDTH * s,
            OPENING_HEIGHT * s,
        )

    def window(self) -> tuple[float, float, float]:
        """(x, y, radius) of the closed door's round window."""
        x, y, w, h = self.opening()
        return (x + w * WINDOW_X / OPENING_WIDTH, y + h * WINDOW_Y / OPENING_HEIGHT, w * WINDOW_R / OPENING_WIDTH)


def _pixels(rect: tuple[float, float, float, float]) -> pygame.Rect:
    x, y, w, h = rect
    return pygame.Rect(round(x), round(y), max(1, round(x + w) - round(x)), max(1, round(y + h) - round(y)))


def draw_door(
    surface: pygame.Surface,
    assets: Assets,
    place: DoorPlace,
    *,
    open_amount: float = 0.0,
    view: View = "outside",
    through: Callable[[pygame.Surface], None] | None = None,
) -> None:
    """Draw the door at ``place`` (in pixels), ``open_amount`` open (0 shut … 1 wide open).

    ``through`` draws whoever is in the doorway; it is called with the surface clipped to the opening.
    """
    opening = _pixels(place.opening())
    frame = _pixels(place.frame())
    if open_amount > 0.0 or through is not None:
        surface.blit(assets.svg(f"svg/door/{view}.svg", opening.size), opening)
    if through is not None:
        clip = surface.get_clip()
        surface.set_clip(opening.clip(clip) if clip else opening)
        through(surface)
        surface.set_clip(clip)
    amount = max(0.0, min(1.0, open_amount))
    leaf_width = max(1, round(opening.width * (1.0 - (1.0 - OPEN_LEAF_WIDTH) * amount)))
    leaf = assets.svg("svg/door/leaf.svg", opening.size)
    if leaf_width != opening.width:
        leaf = pygame.transform.smoothscale(leaf, (leaf_width, opening.height))
    surface.blit(leaf, leaf.get_rect(topright=opening.topright))
    surface.blit(assets.svg("svg/door/frame.svg", frame.size), frame)
