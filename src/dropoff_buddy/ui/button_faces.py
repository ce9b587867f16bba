"""Each button's face drawn once and then blitted whole (``ButtonGroup`` keeps one per group)."""

from __future__ import annotations

import pygame

from dropoff_buddy.ui.text import FittedText


class ButtonFaces:
    """Each button's face (its edge, face, picture and label) drawn once and then blitted whole.

    A screen draws the same buttons every frame; two rounded rectangles, an icon and a label cost
    several times one blit of the finished face. A face is kept by everything that changes its
    pixels: where its rectangles fall on the pixel grid, its colours, and the very icon and label
    images drawn (kept alive with it, so a picture drawn again after a change of looks or words
    is a new face). The pixels are the same as drawing each part on the screen, where the face is
    opaque; outside its rounded corners the face is transparent and the screen shows through.
    """

    LIMIT = 96  # faces kept per button group (a screen has a few dozen buttons, each in 2-3 states)

    def __init__(self) -> None:
        self._kept: dict[tuple[object, ...], tuple[pygame.Surface, object, object]] = {}

    def clear(self) -> None:
        """Forget every face (each is drawn afresh the next time)."""
        self._kept.clear()

    def draw(
        self,
        surface: pygame.Surface,
        face: pygame.Rect,
        edge: pygame.Rect | None,
        corner: int,
        colours: tuple[tuple[int, ...], tuple[int, ...]],
        icon: tuple[pygame.Surface | None, pygame.Rect],
        label: tuple[FittedText | None, pygame.Rect],
    ) -> None:
        icon_image, icon_at = icon
        fitted, label_at = label
        label_image = fitted.image if fitted is not None else None
        parts = [edge] if edge is not None else []
        parts += [icon_at] if icon_image is not None else []
        parts += [label_at] if label_image is not None else []
        area = face.unionall(parts)  # the icon or a long word may reach past the face: drawn as they were
        # Everything in the face's own pixels, from its top left corner.
        face_at = face.move(-area.left, -area.top)
        edge_at = edge.move(-area.left, -area.top) if edge is not None else None
        icon_at = icon_at.move(-area.left, -area.top)
        label_at = label_at.move(-area.left, -area.top)
        key = (
            tuple(area.size),
            tuple(face_at),
            tuple(edge_at) if edge_at is not None else None,
            corner,
            colours,
            id(icon_image),
            tuple(icon_at),
            id(label_image),
            tuple(label_at),
        )
        kept = self._kept.get(key)
        if kept is None:
            picture = pygame.Surface(area.size, pygame.SRCALPHA)
            face_colour, edge_colour = colours
            if edge_at is not None:
                pygame.draw.rect(picture, edge_colour, edge_at, border_radius=corner)
            pygame.draw.rect(picture, face_colour, face_at, border_radius=corner)
            if icon_image is not None:
                picture.blit(icon_image, icon_at)
            if label_image is not None:
                picture.blit(label_image, label_at)
            if len(self._kept) >= self.LIMIT:
                self._kept.clear()
            kept = self._kept[key] = (picture, icon_image, label_image)
        surface.blit(kept[0], area)
