"""Widgets for kid and parent screens: big buttons with a keyboard focus, panels and text.

Every widget is laid out in layout units and drawn at real pixel size. A ``ButtonGroup``
owns the focus rules so every screen behaves the same way: a press shows and sounds at
once, activation happens on release, and Space/Enter activate the focused button.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import Layout, RectLike, contains, inflate

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
    align: str = "center",
) -> pygame.Surface:
    """Text rendered at ``size`` layout units, wrapped at ``wrap_width`` units if given.

    Letters the game font lacks (a Chinese name, say) use a system font that has them, if any.
    The image is shared with later calls for the same text (draw it, never change it).
    """
    pixel_size = layout.px(size)
    wrap = layout.px(wrap_width) if wrap_width > 0 else 0
    key = (text, pixel_size, tuple(colour), wrap, align)
    image = fonts.rendered(key)
    if image is None:
        font = fonts.for_text(pixel_size, text)
        font.align = {"left": pygame.FONT_LEFT, "right": pygame.FONT_RIGHT}.get(align, pygame.FONT_CENTER)
        image = font.render(text, True, colour, None, wrap)
        fonts.remember_rendered(key, image)
    return image


def draw_text(
    surface: pygame.Surface,
    fonts: theme.Fonts,
    layout: Layout,
    text: str,
    size: float,
    colour: theme.Colour,
    *,
    center: tuple[float, float] | None = None,
    topleft: tuple[float, float] | None = None,
    midtop: tuple[float, float] | None = None,
    wrap_width: float = 0,
    align: str = "center",
) -> pygame.Rect:
    """Draw text anchored at a layout point. Returns the pixel rect it covers."""
    image = render_text(fonts, layout, text, size, colour, wrap_width=wrap_width, align=align)
    rect = image.get_rect()
    if center is not None:
        rect.center = layout.point(*center)
    elif midtop is not None:
        rect.midtop = layout.point(*midtop)
    elif topleft is not None:
        rect.topleft = layout.point(*topleft)
    surface.blit(image, rect)
    return rect


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
) -> pygame.Rect:
    """``draw_text`` with the context's fonts and layout: left-aligned from ``at`` (its top left),
    or centred on ``center`` / under ``midtop``. Returns the pixel rect it covers."""
    align = "left" if at is not None else "center"
    return draw_text(
        surface,
        ctx.fonts,
        ctx.layout,
        text,
        size,
        colour,
        center=center,
        topleft=at,
        midtop=midtop,
        wrap_width=wrap,
        align=align,
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


def all_done_button(on_activate: Callable[[], None]) -> Button:
    """The green "All done" a kid part shows at the top left: the way out when the child has finished."""
    return Button(
        rect=(32, 32, 140, 150),
        on_activate=on_activate,
        icon="svg/icons/check.svg",
        label="All done",
        colour=theme.LEAF,
        label_size=22,
        name="done",
    )


@dataclass
class ButtonGroup:
    """The buttons of one screen, with press feedback, release activation and keyboard focus."""

    ctx: GameContext
    buttons: list[Button] = field(default_factory=list)
    focus_index: int = 0
    focus_visible: bool = False
    pressed: Button | None = None

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

    def draw_button(self, surface: pygame.Surface, button: Button) -> None:
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
        if not pressed:
            edge = layout.rect((x, y + 7, w, h))
            pygame.draw.rect(surface, theme.darker(button.colour, 0.25), edge, border_radius=layout.px(radius))
        pygame.draw.rect(surface, colour, pixel_rect, border_radius=layout.px(radius))
        label_height = button.label_size * 1.5 if button.label else 0
        if button.side_by_side and button.icon:
            icon_size = layout.px(h * button.icon_scale)
            image = ctx.assets.svg(button.icon, (icon_size, icon_size))
            surface.blit(image, image.get_rect(center=layout.point(x + h * 0.55, y + offset + h / 2)))
            if button.label:
                write(
                    surface,
                    ctx,
                    button.label,
                    button.label_size,
                    button.label_colour,
                    center=(x + h + (w - h) / 2 - 4, y + offset + h / 2),
                )
        elif button.icon:
            icon_box = min(w, h - label_height) * button.icon_scale
            icon_size = layout.px(icon_box)
            image = ctx.assets.svg(button.icon, (icon_size, icon_size))
            icon_center_y = y + offset + (h - label_height) / 2 + (6 if button.label else 0)
            rect = image.get_rect(center=layout.point(x + w / 2, icon_center_y))
            surface.blit(image, rect)
        if button.label and not (button.side_by_side and button.icon):
            if button.icon:
                write(
                    surface,
                    ctx,
                    button.label,
                    button.label_size,
                    button.label_colour,
                    center=(x + w / 2, y + offset + h - label_height * 0.62),
                    wrap=w - 16,
                )
            else:
                write(
                    surface,
                    ctx,
                    button.label,
                    button.label_size,
                    button.label_colour,
                    center=(x + w / 2, y + offset + h / 2),
                    wrap=w - 24,
                )
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
