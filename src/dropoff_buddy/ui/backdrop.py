"""Soft painted backdrops for kid screens, drawn once per window size and reused."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import Layout

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext

MOODS: dict[str, tuple[theme.Colour, theme.Colour, theme.Colour]] = {
    # top of sky, bottom of sky, ground
    "morning": ((255, 236, 206), (255, 247, 234), (186, 222, 160)),
    "calm": ((214, 230, 246), (240, 246, 252), (196, 226, 200)),
    "evening": ((206, 196, 236), (255, 222, 200), (168, 200, 156)),
    "parent": (theme.PARENT_BG, theme.PARENT_BG, theme.PARENT_BG),
}


class Backdrop:
    """A sky with a soft sun and rolling hills. ``draw`` blits a cached picture."""

    def __init__(self, mood: str = "morning") -> None:
        self.mood = mood
        self._cache: tuple[tuple[int, int], pygame.Surface] | None = None

    def draw(self, surface: pygame.Surface, layout: Layout) -> None:
        size = surface.get_size()
        if self._cache is None or self._cache[0] != size:
            self._cache = (size, self._paint(size, layout))
        surface.blit(self._cache[1], (0, 0))

    def _paint(self, size: tuple[int, int], layout: Layout) -> pygame.Surface:
        width, height = size
        top, bottom, ground = MOODS.get(self.mood, MOODS["morning"])
        picture = pygame.Surface(size)
        # Vertical gradient, drawn as a 2-pixel-tall strip scaled up (smooth and fast).
        strip = pygame.Surface((1, 2))
        strip.set_at((0, 0), top)
        strip.set_at((0, 1), bottom)
        picture.blit(pygame.transform.smoothscale(strip, (width, height)), (0, 0))
        if self.mood == "parent":
            return picture
        if self.mood == "calm":
            sun_center = layout.point(layout.width * 0.86, 120)
        elif self.mood == "evening":
            # The sun sets behind the far hills; a pale moon and a few stars are already out.
            sun_center = layout.point(layout.width * 0.74, layout.height - 236)
            self._paint_moon_and_stars(picture, layout)
        else:
            sun_center = layout.point(layout.width * 0.5, 96)
        sunset = self.mood == "evening"
        for radius, alpha in ((130, 40), (96, 70), (64, 255)):
            glow = pygame.Surface(size, pygame.SRCALPHA)
            if sunset:
                colour = (255, 176, 120, alpha) if alpha < 255 else (255, 160, 96, 255)
            else:
                colour = (255, 214, 120, alpha) if alpha < 255 else (255, 206, 102, 255)
            pygame.draw.circle(glow, colour, sun_center, layout.px(radius))
            picture.blit(glow, (0, 0))
        far = theme.lighter(ground, 0.35)
        hill_w = layout.width
        pygame.draw.ellipse(picture, far, layout.rect((-hill_w * 0.2, layout.height - 250, hill_w * 0.8, 420)))
        pygame.draw.ellipse(picture, far, layout.rect((hill_w * 0.45, layout.height - 230, hill_w * 0.8, 400)))
        pygame.draw.ellipse(picture, ground, layout.rect((-hill_w * 0.1, layout.height - 160, hill_w * 1.2, 400)))
        return picture

    @staticmethod
    def _paint_moon_and_stars(picture: pygame.Surface, layout: Layout) -> None:
        top = MOODS["evening"][0]
        moon = layout.point(layout.width * 0.22, 156)
        pygame.draw.circle(picture, (255, 248, 226), moon, layout.px(40))
        pygame.draw.circle(picture, top, layout.point(layout.width * 0.22 + 20, 145), layout.px(36))
        # Stars stay out of the band at the top where the screens' titles are.
        for fx, y, r in ((0.16, 230, 3), (0.3, 120, 5), (0.34, 236, 4), (0.7, 150, 4), (0.88, 120, 4), (0.95, 250, 3)):
            pygame.draw.circle(picture, (255, 250, 232), layout.point(layout.width * fx, y), layout.px(r))


def shared_backdrop(ctx: GameContext, mood: str) -> Backdrop:
    """The game's one ``Backdrop`` for ``mood`` (kept in ``ctx.services``).

    Screens that share it paint the sky once per window size instead of once per visit, so
    opening a screen again answers at once.
    """
    key = f"backdrop:{mood}"
    backdrop = ctx.services.get(key)
    if not isinstance(backdrop, Backdrop):
        backdrop = Backdrop(mood)
        ctx.services[key] = backdrop
    return backdrop
