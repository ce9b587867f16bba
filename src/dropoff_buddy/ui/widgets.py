"""Widgets for kid and parent screens: big buttons with a keyboard focus, panels and text.

Every widget is laid out in layout units and drawn at real pixel size. A ``ButtonGroup``
owns the focus rules so every screen behaves the same way: a press shows and sounds at
once, activation happens on release, and Space/Enter activate the focused button.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.button_faces import ButtonFaces
from dropoff_buddy.ui.layout import Layout, RectLike, contains, inflate
from dropoff_buddy.ui.text import Align, Direction, DrawnText, FittedText, VAlign, place

if TYPE_CHECKING:
    from dropoff_buddy.content.lines import Line
    from dropoff_buddy.context import GameContext

HIT_MARGIN = 12.0  # layout units of forgiveness around every button


def draw_panel(
    surface: pygame.Surface,
    layout: Layout,
    rect: RectLike,
    colour: theme.Colour,
    *,
    radius: float = theme.CORNER,
    shadow: bool = True,
    outline: theme.Colour | None = None,
    outline_width: float = 4,
) -> pygame.Rect:
    """A rounded, softly shadowed panel. Returns its pixel rect."""
    pixel_rect = layout.rect(rect)
    corner = layout.px(radius)
    if shadow:
        shadow_rect = pixel_rect.move(0, layout.px(6))
        pygame.draw.rect(surface, theme.darker(theme.BACKGROUND_DEEP, 0.12), shadow_rect, border_radius=corner)
    pygame.draw.rect(surface, colour, pixel_rect, border_radius=corner)
    if outline is not None:
        pygame.draw.rect(surface, outline, pixel_rect, width=layout.px(outline_width), border_radius=corner)
    return pixel_rect


def render_text(
    fonts: theme.Fonts,
    layout: Layout,
    text: str,
    size: float,
    colour: theme.Colour,
    *,
    wrap_width: float = 0,
    align: Align = "center",
    bold: bool = True,
    max_height: float = 0,
    direction: Direction = "ltr",
) -> pygame.Surface:
    """Text at ``size`` layout units, wrapped between words at ``wrap_width`` units if given (and
    made smaller if it must fit ``max_height`` units). For text that is drawn straight away, use
    ``draw_text``, which also fits it into its box. The image is shared: never change it.
    """
    max_width = layout.px(wrap_width) if wrap_width > 0 else 1_000_000
    max_h = layout.px(max_height) if max_height > 0 else 1_000_000
    return fonts.layout.fit(
        text, layout.px(size), colour, max_width, max_h, bold=bold, align=align, direction=direction
    ).image


def draw_text(
    surface: pygame.Surface,
    fonts: theme.Fonts,
    layout: Layout,
    text: str,
    size: float,
    colour: theme.Colour,
    *,
    box: RectLike | None = None,
    center: tuple[float, float] | None = None,
    topleft: tuple[float, float] | None = None,
    midtop: tuple[float, float] | None = None,
    wrap_width: float = 0,
    align: Align = "center",
    valign: VAlign = "middle",
    bold: bool = True,
    direction: Direction = "ltr",
) -> pygame.Rect:
    """Draw text inside a box, or anchored at a layout point; returns the pixel rect it covers.

    With ``box`` (layout units) the text is fitted into it (wrapped between words, made smaller
    if it must be) and placed by ``align`` and ``valign``. Anchored at ``center``, ``midtop`` or
    ``topleft``, it gets the room up to the edges of the screen (``wrap_width`` wide if given)
    and is fitted into that. Never outside its box, never a word cut in two (see ``ui.text``).
    """
    pixel_box, anchored = _text_box(surface, layout, box, center, topleft, midtop, wrap_width)
    fitted = fonts.layout.fit(
        text,
        layout.px(size),
        colour,
        pixel_box.width,
        pixel_box.height,
        bold=bold,
        align=align,
        direction=direction,
    )
    rect = fitted.image.get_rect()
    if center is not None and box is None:
        rect.center = layout.point(*center)
    elif midtop is not None and box is None:
        rect.midtop = layout.point(*midtop)
    elif topleft is not None and box is None:
        rect.topleft = layout.point(*topleft)
    else:
        rect = place(fitted.image, pixel_box, align, valign, direction)
    surface.blit(fitted.image, rect)
    note_drawn(fonts, text, fitted, rect, pixel_box, explicit_box=not anchored)
    return rect


def note_drawn(
    fonts: theme.Fonts, text: str, fitted: FittedText, rect: pygame.Rect, box: pygame.Rect, *, explicit_box: bool = True
) -> None:
    """Tell ``fonts.drawn`` (when a test listens) that ``text`` was drawn at ``rect`` to fit ``box``."""
    if fonts.drawn is not None:
        fonts.drawn.append(
            DrawnText(
                text,
                rect.copy(),
                box.copy(),
                fitted.lines,
                fitted.pixels,
                fitted.asked_pixels,
                fitted.fits,
                explicit_box,
                fitted.ink.move(rect.topleft),
                fitted.image,
            )
        )


def note_cover(fonts: theme.Fonts, rect: pygame.Rect) -> None:
    """Tell ``fonts.drawn`` that ``rect`` was painted over (a veil, a dialog, a panel).

    Text wholly under it no longer shows and is forgotten; text partly under it is marked cut.
    """
    if fonts.drawn is None:
        return
    kept: list[DrawnText] = []
    for drawn in fonts.drawn:
        if rect.contains(drawn.ink):
            continue
        if rect.colliderect(drawn.ink):
            drawn = dataclasses.replace(drawn, cut_by=rect.copy())
        kept.append(drawn)
    fonts.drawn[:] = kept


def _text_box(
    surface: pygame.Surface,
    layout: Layout,
    box: RectLike | None,
    center: tuple[float, float] | None,
    topleft: tuple[float, float] | None,
    midtop: tuple[float, float] | None,
    wrap_width: float,
) -> tuple[pygame.Rect, bool]:
    """The pixel box text must fit, and whether it came from an anchor (not a box)."""
    if box is not None:
        return layout.rect(box), False
    screen_w, screen_h = surface.get_size()
    if center is not None or midtop is not None:
        cx, cy = layout.point(*(center if center is not None else midtop))  # type: ignore[misc]
        half = min(cx, screen_w - cx)
        if wrap_width > 0:
            half = min(half, layout.px(wrap_width) // 2)
        if center is not None:
            half_h = min(cy, screen_h - cy)
            return pygame.Rect(cx - half, cy - half_h, 2 * half, 2 * half_h), True
        return pygame.Rect(cx - half, cy, 2 * half, screen_h - cy), True
    left, top = layout.point(*(topleft if topleft is not None else (0.0, 0.0)))
    width = screen_w - left
    if wrap_width > 0:
        width = min(width, layout.px(wrap_width))
    return pygame.Rect(left, top, width, screen_h - top), True


def write(
    surface: pygame.Surface,
    ctx: GameContext,
    text: str,
    size: float,
    colour: theme.Colour = theme.INK,
    *,
    at: tuple[float, float] | None = None,
    center: tuple[float, float] | None = None,
    midtop: tuple[float, float] | None = None,
    wrap: float = 0,
    box: RectLike | None = None,
    align: Align | None = None,
    valign: VAlign = "middle",
    bold: bool = True,
) -> pygame.Rect:
    """``draw_text`` with the context's fonts and layout: fitted into ``box``, or left-aligned from
    ``at`` (its top left), or centred on ``center`` / under ``midtop``. Returns the pixel rect it covers."""
    return draw_text(
        surface,
        ctx.fonts,
        ctx.layout,
        text,
        size,
        colour,
        box=box,
        center=center,
        topleft=at,
        midtop=midtop,
        wrap_width=wrap,
        align=align if align is not None else ("left" if at is not None else "center"),
        valign=valign,
        bold=bold,
        direction=ctx.language.direction,
    )


@dataclass
class Button:
    """A big picture button. ``label`` is a caption for grown-ups; ``speak`` is said when tapped."""

    rect: RectLike
    on_activate: Callable[[], None]
    icon: str = ""  # path under assets/, e.g. "svg/icons/play.svg"
    label: str = ""
    speak: Line | None = None
    colour: theme.Colour = theme.SUNSHINE
    label_colour: theme.Colour = theme.INK
    sound: str = "tap"
    enabled: bool = True
    icon_scale: float = 0.62
    label_size: float = 26
    name: str = ""  # stable id for tests
    side_by_side: bool = False  # icon on the left and label on the right (e.g. a star and a count)
    picture: Callable[[int], pygame.Surface] | None = None  # drawn on the face, given its size in pixels
    chosen: bool = False  # ringed and ticked: the choice that is set now (a swatch, a hair style)

    def hit(self, pos: tuple[float, float]) -> bool:
        return self.enabled and contains(inflate(self.rect, HIT_MARGIN), pos)

    @property
    def center(self) -> tuple[float, float]:
        x, y, w, h = self.rect
        return (x + w / 2, y + h / 2)


@dataclass
class ButtonGroup:
    """The buttons of one screen, with press feedback, release activation and keyboard focus."""

    ctx: GameContext
    buttons: list[Button] = field(default_factory=list)
    focus_index: int = 0
    focus_visible: bool = False
    pressed: Button | None = None
    faces: ButtonFaces = field(default_factory=ButtonFaces, repr=False, compare=False)

    def add(self, button: Button) -> Button:
        self.buttons.append(button)
        return button

    def clear(self) -> None:
        self.buttons.clear()
        self.pressed = None
        self.focus_index = 0

    @property
    def focused(self) -> Button | None:
        enabled = [b for b in self.buttons if b.enabled]
        if not enabled:
            return None
        if self.focus_index >= len(self.buttons) or not self.buttons[self.focus_index].enabled:
            self.focus_index = self.buttons.index(enabled[0])
        return self.buttons[self.focus_index]

    def focus(self, button: Button) -> None:
        if button in self.buttons:
            self.focus_index = self.buttons.index(button)

    def button_at(self, pos: tuple[float, float]) -> Button | None:
        # Nearest centre wins when forgiving margins overlap.
        hits = [b for b in self.buttons if b.hit(pos)]
        if not hits:
            return None
        return min(hits, key=lambda b: (b.center[0] - pos[0]) ** 2 + (b.center[1] - pos[1]) ** 2)

    def handle(self, action: Action) -> bool:
        """Offer an action to the buttons. Returns True if a button took it."""
        kind = action.kind
        if kind is ActionKind.PRESS:
            button = self.focused if action.pos is None else self.button_at(action.pos)
            if button is None:
                return False
            self.pressed = button
            self.ctx.play_sound("press")
            return True
        if kind is ActionKind.TAP and action.pos is not None:
            button = self.button_at(action.pos)
            self.pressed = None
            if button is None:
                return False
            self.focus(button)
            self.activate(button)
            return True
        if kind in (ActionKind.RELEASE, ActionKind.DRAG_END):
            self.pressed = None
            return False
        if kind is ActionKind.DRAG and self.pressed is not None and action.pos is not None:
            if not self.pressed.hit(action.pos):
                self.pressed = None
            return False
        if kind is ActionKind.ACTIVATE:
            button = self.focused
            self.pressed = None
            if button is None:
                return False
            self.activate(button)
            return True
        if kind is ActionKind.FOCUS:
            self.move_focus(action.direction)
            return True
        return False

    def activate(self, button: Button) -> None:
        if button.sound:
            self.ctx.play_sound(button.sound)
        if button.speak is not None:
            self.ctx.say(button.speak)
        button.on_activate()

    def move_focus(self, direction: str) -> None:
        enabled = [b for b in self.buttons if b.enabled]
        if not enabled:
            return
        current = self.focused
        assert current is not None
        self.focus_visible = True
        if direction in ("next", "prev"):
            step = 1 if direction == "next" else -1
            index = enabled.index(current)
            self.focus(enabled[(index + step) % len(enabled)])
            return
        cx, cy = current.center
        vectors = {"up": (0, -1), "down": (0, 1), "left": (-1, 0), "right": (1, 0)}
        vx, vy = vectors.get(direction, (0, 0))
        best: Button | None = None
        best_score = float("inf")
        for button in enabled:
            if button is current:
                continue
            dx, dy = button.center[0] - cx, button.center[1] - cy
            along = dx * vx + dy * vy
            if along <= 1:
                continue
            across = abs(dx * vy) + abs(dy * vx)
            score = along + 2 * across
            if score < best_score:
                best, best_score = button, score
        if best is None:  # nothing that way: wrap in reading order so focus never gets stuck
            index = enabled.index(current)
            step = 1 if direction in ("down", "right") else -1
            best = enabled[(index + step) % len(enabled)]
        self.focus(best)

    def draw(self, surface: pygame.Surface) -> None:
        for button in self.buttons:
            self.draw_button(surface, button)

    def _label_height(self, button: Button) -> float:
        """Room for the label under a button's picture: one line, or two when one line would have
        to shrink the words a lot (a long word in another language: "Sentimientos")."""
        if not button.label:
            return 0.0
        one_line = button.label_size * 1.5
        if not button.icon or button.side_by_side or " " not in button.label.strip():
            return one_line
        layout = self.ctx.layout
        _x, _y, w, h = button.rect
        fitted = self.ctx.fonts.layout.fit(
            button.label, layout.px(button.label_size), button.label_colour, layout.px(w - 16), layout.px(one_line)
        )
        if fitted.pixels >= 0.82 * fitted.asked_pixels:
            return one_line
        return min(button.label_size * 2.7, h * 0.45)

    def draw_button(self, surface: pygame.Surface, button: Button) -> None:
        if not button.enabled and not (button.icon or button.label or button.picture):
            return  # an empty tile that can't be tapped says nothing (the tips' "previous" on tip 1)
        ctx = self.ctx
        layout = ctx.layout
        x, y, w, h = button.rect
        pressed = button is self.pressed
        offset = 5 if pressed else 0
        colour = button.colour if button.enabled else theme.lighter(button.colour, 0.6)
        if pressed:
            colour = theme.darker(colour, 0.08)
        face = (x, y + offset, w, h)
        radius = min(theme.CORNER * 1.2, min(w, h) / 2)
        pixel_rect = layout.rect(face)
        edge = None if pressed else layout.rect((x, y + 7, w, h))  # the raised edge under the face
        label_height = self._label_height(button)
        top = y + offset
        label_box: RectLike = (x + 12, top + 6, w - 24, h - 12)  # a label alone fills the button
        icon: pygame.Surface | None = None
        icon_rect = pygame.Rect(0, 0, 0, 0)
        if button.side_by_side and button.icon:
            icon_size = layout.px(h * button.icon_scale)
            icon = ctx.assets.svg(button.icon, (icon_size, icon_size))
            icon_rect = icon.get_rect(center=layout.point(x + h * 0.55, top + h / 2))
            label_box = (x + h * 0.95, top + 6, w - h * 0.95 - 14, h - 12)
        elif button.icon:
            icon_box = min(w, h - label_height) * button.icon_scale
            icon_size = layout.px(icon_box)
            icon = ctx.assets.svg(button.icon, (icon_size, icon_size))
            icon_center_y = top + (h - label_height) / 2 + (6 if button.label else 0)
            icon_rect = icon.get_rect(center=layout.point(x + w / 2, icon_center_y))
            label_box = (x + 8, top + h - label_height - 6, w - 16, label_height)
        label: FittedText | None = None
        label_rect = pixel_box = pygame.Rect(0, 0, 0, 0)
        if button.label:  # as draw_text fits and places a label in its box
            pixel_box = layout.rect(label_box)
            label = ctx.fonts.layout.fit(
                button.label, layout.px(button.label_size), button.label_colour, pixel_box.width, pixel_box.height
            )
            label_rect = place(label.image, pixel_box, "center", "middle", "ltr")
        corner = layout.px(radius)
        face_colours = (tuple(colour), tuple(theme.darker(button.colour, 0.25)))
        self.faces.draw(surface, pixel_rect, edge, corner, face_colours, (icon, icon_rect), (label, label_rect))
        if label is not None:
            note_drawn(ctx.fonts, button.label, label, label_rect, pixel_box)
        if button.picture is not None:
            image = button.picture(layout.px(min(w, h) * 0.9))
            surface.blit(image, image.get_rect(center=layout.point(x + w / 2, y + offset + h / 2)))
        if button.chosen:
            ring = layout.rect(inflate(face, 5))
            pygame.draw.rect(
                surface, theme.PARENT_ACCENT, ring, width=layout.px(4), border_radius=layout.px(radius + 5)
            )
            tick = ctx.assets.svg("svg/icons/check.svg", (layout.px(24), layout.px(24)))
            surface.blit(tick, tick.get_rect(center=layout.point(x + w - 4, y + offset + 4)))
        if self.focus_visible and button is self.focused:
            ring = layout.rect(inflate(face, 8))
            pygame.draw.rect(surface, theme.FOCUS, ring, width=layout.px(6), border_radius=layout.px(radius + 8))
