"""The family photo as the child sees it: a framed picture, or a drawn family when there is none.

Every part that shows the photo (the story's packing, missing and reunion pages, the ritual,
the pickup card) calls ``draw_family_photo`` so it looks the same everywhere. The stored
photo lives in the profile folder (``profile.family_photo`` is its file name) and is
cropped around ``profile.photo_focus``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.ui import theme

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext

FRAME_COLOUR = (255, 255, 255)
FRAME_EDGE = (222, 200, 176)


def load_photo(ctx: GameContext) -> pygame.Surface | None:
    """The family photo at its stored size, or None (no photo, or the file can't be read)."""
    name = ctx.profile.family_photo
    if not name:
        return None
    path = ctx.profile_folder / name
    key = ("photo:" + str(path), (0, 0), str(path.stat().st_mtime_ns) if path.is_file() else "")
    cached = ctx.assets.cached(key)
    if cached is not None:
        return cached
    try:
        image = pygame.image.load(str(path))
    except (pygame.error, OSError, FileNotFoundError):
        return None
    ctx.assets.remember(key, image)
    return image


def crop_to(image: pygame.Surface, size: tuple[int, int], focus: tuple[float, float]) -> pygame.Surface:
    """``image`` scaled to cover ``size`` and cropped around ``focus`` (fractions of width/height)."""
    width, height = size
    scale = max(width / image.get_width(), height / image.get_height())
    scaled_size = (max(width, round(image.get_width() * scale)), max(height, round(image.get_height() * scale)))
    scaled = pygame.transform.smoothscale(image.convert_alpha() if pygame.display.get_surface() else image,
                                          scaled_size)
    left = round(min(max(0.0, focus[0] * scaled_size[0] - width / 2), scaled_size[0] - width))
    top = round(min(max(0.0, focus[1] * scaled_size[1] - height / 2), scaled_size[1] - height))
    return scaled.subsurface(pygame.Rect(left, top, width, height)).copy()


def photo_picture(ctx: GameContext, size: tuple[int, int]) -> pygame.Surface:
    """The picture inside the frame at ``size`` pixels: the photo, or the family drawn as avatars."""
    photo = load_photo(ctx)
    focus = ctx.profile.photo_focus
    key = (f"photo-picture:{ctx.profile.family_photo}:{focus}", size, repr(ctx.profile.grownups) +
           repr(ctx.profile.child))
    cached = ctx.assets.cached(key)
    if cached is not None:
        return cached
    if photo is not None:
        picture = crop_to(photo, size, focus)
    else:
        picture = pygame.Surface(size, pygame.SRCALPHA)
        picture.fill(theme.lighter(theme.SKY, 0.45))
        width, height = size
        people = [(ctx.profile.grownup.look, "adult"), (ctx.profile.child.look, "child")]
        person_height = round(height * 0.95)
        for fraction, (look, kind) in zip((0.38, 0.62), people, strict=True):
            figure = ctx.person_renderer.render(look, kind, pose="stand", expression="happy", height=person_height)
            rect = figure.get_rect(midbottom=(round(width * fraction), height + round(height * 0.02)))
            picture.blit(figure, rect)
    ctx.assets.remember(key, picture)
    return picture


def draw_family_photo(
    surface: pygame.Surface, ctx: GameContext, center: tuple[int, int], width: int, *, tilt: float = -4.0
) -> pygame.Rect:
    """Draw the framed family photo centred at ``center`` (pixels), ``width`` pixels wide.

    The frame is a white instant-photo border, slightly tilted; returns the area drawn.
    """
    key = (f"photo-framed:{ctx.profile.family_photo}:{ctx.profile.photo_focus}:{tilt}", (width, 0),
           repr(ctx.profile.grownups) + repr(ctx.profile.child))
    framed = ctx.assets.cached(key)
    if framed is None:
        border = max(3, width // 16)
        inner_w = width - 2 * border
        inner_h = round(inner_w * 0.75)
        framed = pygame.Surface((width, inner_h + border * 3), pygame.SRCALPHA)
        pygame.draw.rect(framed, FRAME_COLOUR, framed.get_rect(), border_radius=max(2, border // 2))
        pygame.draw.rect(framed, FRAME_EDGE, framed.get_rect(), width=max(1, border // 5),
                         border_radius=max(2, border // 2))
        framed.blit(photo_picture(ctx, (inner_w, inner_h)), (border, border))
        if tilt:
            framed = pygame.transform.rotozoom(framed, tilt, 1.0)
        ctx.assets.remember(key, framed)
    rect = framed.get_rect(center=center)
    surface.blit(framed, rect)
    return rect
