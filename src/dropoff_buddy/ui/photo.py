"""The family photo as the child sees it: a framed picture, or a drawn family when there is none.

Every part that shows the photo (the story's packing, missing and reunion pages, the ritual,
the pickup card) calls ``draw_family_photo`` so it looks the same everywhere. The stored
photo lives in the profile folder (``profile.family_photo`` is its file name) and is
cropped around ``profile.photo_focus``.

``draw_toy_photo`` draws the little portrait of the child's real soft toy
(``profile.buddy.toy_photo``) that the buddy holds; it draws nothing when there is none.
Photos are imported by ``storage.photos``; caches here are keyed by the file's name and
modification time, so a newly imported photo shows at once.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.storage import photos as stored_photos
from dropoff_buddy.storage.photos import PhotoKind
from dropoff_buddy.storage.store import Notice
from dropoff_buddy.ui import theme

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext

log = logging.getLogger(__name__)

FRAME_COLOUR = (255, 255, 255)
FRAME_EDGE = (222, 200, 176)


def photo_version(ctx: GameContext, name: str | None) -> str:
    """A cache token for a stored photo: its name, modification time and size ("" when there is none)."""
    if not name:
        return ""
    try:
        info = (ctx.profile_folder / name).stat()
    except (OSError, ValueError):
        return f"{name}@missing"
    return f"{name}@{info.st_mtime_ns}:{info.st_size}"


def load_stored_photo(ctx: GameContext, name: str | None, kind: PhotoKind = "family") -> pygame.Surface | None:
    """A photo stored in the profile folder (at most the stored size), or None: no photo, or it is
    missing or was refused (``storage.photos.load_stored_photo`` checks it before decoding).

    Both outcomes are remembered per version of the file, so a refused file is not read again
    every frame; the parent is told in a notice (once per version of the file).
    """
    if not name:
        return None
    path = ctx.profile_folder / name
    version = photo_version(ctx, name)
    key = ("photo:" + str(path), (0, 0), version)
    cached = ctx.assets.cached(key)
    if cached is not None:
        return None if cached.get_size() == (0, 0) else cached
    try:
        image = stored_photos.load_stored_photo(ctx.profile_folder, name, kind)
    except stored_photos.PhotoRefused as refused:
        log.info("not showing %s: %s", path, refused.reason)
        ctx.assets.remember(key, pygame.Surface((0, 0)))  # "tried, and it can't be shown"
        note = Notice(stored_photos.refusal_notice(kind, name, refused, ctx.profile.child.name), "load_failed")
        if note not in ctx.store.notices:
            ctx.store.notices.append(note)  # e.g. damaged pixels a header check could not see
        return None
    ctx.assets.remember(key, image)
    return image


def load_photo(ctx: GameContext) -> pygame.Surface | None:
    """The family photo at its stored size, or None (no photo, or the file can't be read)."""
    return load_stored_photo(ctx, ctx.profile.family_photo)


def cover(image: pygame.Surface, size: tuple[int, int]) -> pygame.Surface:
    """``image`` scaled (keeping its shape) just large enough to cover ``size``."""
    width, height = size
    scale = max(width / image.get_width(), height / image.get_height())
    scaled_size = (max(width, round(image.get_width() * scale)), max(height, round(image.get_height() * scale)))
    return pygame.transform.smoothscale(image.convert_alpha() if pygame.display.get_surface() else image, scaled_size)


def crop_covering(scaled: pygame.Surface, size: tuple[int, int], focus: tuple[float, float]) -> pygame.Surface:
    """The ``size`` window of an already covering ``scaled`` image, centred on ``focus`` as far as the edges allow."""
    width, height = size
    left = round(min(max(0.0, focus[0] * scaled.get_width() - width / 2), scaled.get_width() - width))
    top = round(min(max(0.0, focus[1] * scaled.get_height() - height / 2), scaled.get_height() - height))
    return scaled.subsurface(pygame.Rect(left, top, width, height)).copy()


def crop_to(image: pygame.Surface, size: tuple[int, int], focus: tuple[float, float]) -> pygame.Surface:
    """``image`` scaled to cover ``size`` and cropped around ``focus`` (fractions of width/height)."""
    return crop_covering(cover(image, size), size, focus)


def drawn_family(ctx: GameContext, size: tuple[int, int]) -> pygame.Surface:
    """The family drawn instead of a photo: the drop-off grown-up and the child holding hands, smiling."""
    from dropoff_buddy.rig import pose_pair

    picture = pygame.Surface(size, pygame.SRCALPHA)
    picture.fill(theme.lighter(theme.SKY, 0.45))
    width, height = size
    # Framed like a snapshot: close in, feet out of the picture.
    floor = height * 1.22
    grown_height = height * 1.16
    grownup = ctx.rig.figure("adult", ctx.profile.grownup.look, position=(width * 0.36, floor), height=grown_height)
    child = ctx.rig.figure(
        "child", ctx.profile.child.look, position=(width * 0.64, floor), height=grown_height * 0.58, facing=-1
    )
    pairing = pose_pair("hold_hands", grownup, child, transition=0.0)
    # Centre the two in the picture.
    left = min(grownup.rect().left, child.rect().left)
    right = max(grownup.rect().right, child.rect().right)
    shift = width / 2 - (left + right) / 2
    for figure in (grownup, child):
        figure.position = (figure.position[0] + shift, figure.position[1])
        figure.update(0.0)
    pairing.draw(picture)
    return picture


def photo_picture(ctx: GameContext, size: tuple[int, int]) -> pygame.Surface:
    """The picture inside the frame at ``size`` pixels: the photo, or the family drawn as avatars."""
    photo = load_photo(ctx)
    focus = ctx.profile.photo_focus
    key = (
        f"photo-picture:{photo_version(ctx, ctx.profile.family_photo)}:{focus}",
        size,
        repr(ctx.profile.grownups) + repr(ctx.profile.child),
    )
    cached = ctx.assets.cached(key)
    if cached is not None:
        return cached
    if photo is not None:
        # The scaled photo is kept apart from the crop, so re-framing (dragging) costs only a copy.
        cover_key = (f"photo-cover:{photo_version(ctx, ctx.profile.family_photo)}", size, "")
        scaled = ctx.assets.cached(cover_key)
        if scaled is None:
            scaled = cover(photo, size)
            ctx.assets.remember(cover_key, scaled)
        picture = crop_covering(scaled, size, focus)
    else:
        picture = drawn_family(ctx, size)
    ctx.assets.remember(key, picture)
    return picture


def draw_family_photo(
    surface: pygame.Surface, ctx: GameContext, center: tuple[int, int], width: int, *, tilt: float = -4.0
) -> pygame.Rect:
    """Draw the framed family photo centred at ``center`` (pixels), ``width`` pixels wide.

    The frame is a white instant-photo border, slightly tilted; returns the area drawn.
    """
    key = (
        f"photo-framed:{photo_version(ctx, ctx.profile.family_photo)}:{ctx.profile.photo_focus}:{tilt}",
        (width, 0),
        repr(ctx.profile.grownups) + repr(ctx.profile.child),
    )
    framed = ctx.assets.cached(key)
    if framed is None:
        border = max(3, width // 16)
        inner_w = width - 2 * border
        inner_h = round(inner_w * 0.75)
        framed = pygame.Surface((width, inner_h + border * 3), pygame.SRCALPHA)
        pygame.draw.rect(framed, FRAME_COLOUR, framed.get_rect(), border_radius=max(2, border // 2))
        pygame.draw.rect(
            framed, FRAME_EDGE, framed.get_rect(), width=max(1, border // 5), border_radius=max(2, border // 2)
        )
        framed.blit(photo_picture(ctx, (inner_w, inner_h)), (border, border))
        if tilt:
            framed = pygame.transform.rotozoom(framed, tilt, 1.0)
        ctx.assets.remember(key, framed)
    rect = framed.get_rect(center=center)
    surface.blit(framed, rect)
    return rect


def draw_toy_photo(
    surface: pygame.Surface, ctx: GameContext, center: tuple[int, int], width: int, *, tilt: float = 6.0
) -> pygame.Rect | None:
    """Draw the little portrait of the real soft toy centred at ``center`` (pixels), ``width`` pixels wide.

    A square photo in a white frame with a small red heart pinned on top, gently tilted. Draws
    nothing and returns None when there is no toy photo (or it can't be read); otherwise
    returns the area drawn.
    """
    name = ctx.profile.buddy.toy_photo
    photo = load_stored_photo(ctx, name, "toy")
    if photo is None:
        return None
    width = max(24, int(width))
    key = (f"toy-framed:{photo_version(ctx, name)}:{tilt}", (width, 0), "")
    framed = ctx.assets.cached(key)
    if framed is None:
        border = max(3, width // 12)
        inner = width - 2 * border
        framed = pygame.Surface((width, width + border), pygame.SRCALPHA)
        corner = max(3, border)
        pygame.draw.rect(framed, FRAME_COLOUR, framed.get_rect(), border_radius=corner)
        pygame.draw.rect(framed, FRAME_EDGE, framed.get_rect(), width=max(1, border // 3), border_radius=corner)
        picture = crop_to(photo, (inner, inner), (0.5, 0.5))
        mask = pygame.Surface((inner, inner), pygame.SRCALPHA)
        pygame.draw.rect(mask, (255, 255, 255, 255), mask.get_rect(), border_radius=max(2, corner // 2))
        picture = picture.convert_alpha() if pygame.display.get_surface() else picture
        rounded = pygame.Surface((inner, inner), pygame.SRCALPHA)
        rounded.blit(picture, (0, 0))
        rounded.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
        framed.blit(rounded, (border, border))
        # A little heart "pin" so it reads as a treasured picture.
        heart = ctx.assets.svg("svg/icons/heart.svg", (max(8, width // 4), max(8, width // 4)))
        holder = pygame.Surface((width, width + border + heart.get_height() // 2), pygame.SRCALPHA)
        holder.blit(framed, (0, heart.get_height() // 2))
        holder.blit(heart, heart.get_rect(midtop=(width // 2, 0)))
        framed = pygame.transform.rotozoom(holder, tilt, 1.0) if tilt else holder
        ctx.assets.remember(key, framed)
    rect = framed.get_rect(center=center)
    surface.blit(framed, rect)
    return rect
