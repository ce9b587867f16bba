"""The shared frame of a parent-area page: a Back button, a title, and a message box.

Parent pages are for adults: text is fine, but calm, roomy and readable at a glance. Every
page uses the same Back button in the same place, so a tired parent never hunts for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button, draw_panel, draw_text, render_text

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext

HEADER_HEIGHT = 120.0
MARGIN = 40.0
OK_INK: theme.Colour = (46, 120, 70)
OK_BG: theme.Colour = (232, 246, 234)
PROBLEM_BG: theme.Colour = (255, 244, 236)


def back_button(on_back: Callable[[], None], label: str = "Back") -> Button:
    """The page's Back button, top left (Esc does the same)."""
    return Button(
        rect=(MARGIN, 32, 200, 80),
        on_activate=on_back,
        label=label,
        colour=theme.SUNSHINE,
        label_size=26,
        sound="tap",
        name="back",
    )


def draw_header(surface: pygame.Surface, ctx: GameContext, title: str) -> None:
    """Fill the page and draw its title, centred in the header band."""
    layout = ctx.layout
    surface.fill(theme.PARENT_BG)
    draw_text(
        surface,
        ctx.fonts,
        layout,
        title,
        38,
        theme.PARENT_ACCENT,
        center=(layout.center_x, 72),
        wrap_width=layout.width - 2 * (MARGIN + 230),
    )


def draw_message(surface: pygame.Surface, ctx: GameContext, rect: RectLike, text: str, ok: bool) -> None:
    """A calm box with the result of the last action: green for done, warm orange for a problem.

    The box is as tall as its text needs, and never taller than ``rect``.
    """
    if not text:
        return
    layout = ctx.layout
    x, y, w, h = rect
    ink = OK_INK if ok else theme.INK
    image = render_text(ctx.fonts, layout, text, 21, ink, wrap_width=w - 48, align="left")
    text_height = image.get_height() / layout.scale
    box = (x, y, w, min(h, text_height + 40))
    draw_panel(
        surface,
        layout,
        box,
        OK_BG if ok else PROBLEM_BG,
        radius=18,
        shadow=False,
        outline=OK_INK if ok else theme.WARNING,
        outline_width=3,
    )
    surface.blit(image, layout.point(x + 24, y + 20))
