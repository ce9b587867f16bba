"""Pictures for paper, drawn by the game's own renderers at print size.

Each function returns a pygame surface drawn at the pixel size asked for (callers ask for
``document.px(mm)``, so it prints at 300 dpi), or None when its art is missing; then a kind
note goes to the document and the page is printed without it. Nothing here raises for a
missing or unreadable file.
"""

from __future__ import annotations

import pygame

from dropoff_buddy.assets import AssetError
from dropoff_buddy.content.catalog import Card, RitualStep
from dropoff_buddy.context import GameContext
from dropoff_buddy.printing.document import PrintDocument
from dropoff_buddy.ui.photo import draw_family_photo, draw_toy_photo, load_photo, load_stored_photo

PICTURE_ERRORS = (pygame.error, AssetError, OSError, ValueError)


def svg_picture(ctx: GameContext, doc: PrintDocument, relative: str, size: int, what: str) -> pygame.Surface | None:
    """``assets/<relative>`` at ``size`` × ``size`` pixels, or None (with a note naming ``what``)."""
    if not ctx.assets.exists(relative):
        doc.note(f"The picture for {what} is missing from this copy of the game, so it is left out.")
        return None
    try:
        return ctx.assets.svg(relative, (size, size))
    except PICTURE_ERRORS:
        doc.note(f"The picture for {what} couldn't be drawn, so it is left out.")
        return None


def card_picture(ctx: GameContext, doc: PrintDocument, card: Card, size: int) -> pygame.Surface | None:
    return svg_picture(ctx, doc, card.icon, size, f"“{card.label}”")


def step_picture(ctx: GameContext, doc: PrintDocument, step: RitualStep, size: int) -> pygame.Surface | None:
    return svg_picture(ctx, doc, step.icon, size, f"“{step.label}”")


def buddy_picture(ctx: GameContext, doc: PrintDocument, size: int) -> pygame.Surface | None:
    """The child's buddy as they made it, ``size`` pixels square."""
    try:
        return ctx.buddy_renderer.render(ctx.profile.buddy, size)
    except PICTURE_ERRORS:
        doc.note(f"{ctx.profile.buddy.name}'s picture couldn't be drawn, so it is left out.")
        return None


def note_photo(ctx: GameContext, doc: PrintDocument) -> bool:
    """Whether the family photo can be printed; a kind note when it can't (drawn family instead)."""
    name = ctx.profile.family_photo
    if not name:
        doc.note(
            "There is no family photo yet, so your family is drawn instead. Add one in Family & toy photos to print it."
        )
        return False
    if load_photo(ctx) is None:
        doc.note(
            "The family photo couldn't be read, so your family is drawn instead. Add it again in Family & toy "
            "photos to print it."
        )
        return False
    return True


def family_photo_picture(ctx: GameContext, width: int, *, tilt: float = -4.0) -> pygame.Surface:
    """The framed family photo as the game shows it (the drawn family when there is no photo)."""
    height = round(width * 1.1) + 40
    surface = pygame.Surface((width + 40, height), pygame.SRCALPHA)
    rect = draw_family_photo(surface, ctx, (surface.get_width() // 2, surface.get_height() // 2), width, tilt=tilt)
    return surface.subsurface(rect.clip(surface.get_rect())).copy()


def toy_photo_picture(ctx: GameContext, width: int) -> pygame.Surface | None:
    """The framed photo of the real soft toy, or None when there is none (or it can't be read)."""
    if load_stored_photo(ctx, ctx.profile.buddy.toy_photo) is None:
        return None
    surface = pygame.Surface((width * 2, width * 2), pygame.SRCALPHA)
    rect = draw_toy_photo(surface, ctx, (width, width), width)
    if rect is None:
        return None
    return surface.subsurface(rect.clip(surface.get_rect())).copy()


def on_colour(picture: pygame.Surface, colour: tuple[int, int, int]) -> pygame.Surface:
    """``picture`` flattened onto a solid ``colour`` (so the PDF needs no transparency)."""
    flat = pygame.Surface(picture.get_size())
    flat.fill(colour)
    flat.blit(picture, (0, 0))
    return flat
