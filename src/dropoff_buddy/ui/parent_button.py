"""The discreet parent button: a small lock at the top of every kid screen.

It opens only after a 3-second hold, showing a ring that fills while held and empties again
when let go. A tap does nothing but a soft sound, so a curious child learns nothing from it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import contains, inflate
from dropoff_buddy.ui.widgets import render_text

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext

HOLD_SECONDS = 3.0
SIZE = 64.0
MARGIN = 20.0
HINT_SECONDS = 4.0


class ParentButton:
    """Owns the lock's hold state; the app offers it every action on kid screens first."""

    def __init__(self, ctx: GameContext) -> None:
        self.ctx = ctx
        self.progress = 0.0  # 0..1 of the hold
        self.holding_pointer: int | None = None
        self.hint_time = 0.0  # > 0 while the "grown-ups: hold the lock" hint shows
        self.opened = False

    @property
    def rect(self) -> tuple[float, float, float, float]:
        layout = self.ctx.layout
        return (layout.width - SIZE - MARGIN, MARGIN, SIZE, SIZE)

    def show_hint(self) -> None:
        """Tell a grown-up how to get in (after a close or Esc attempt on a kid screen)."""
        self.hint_time = HINT_SECONDS

    def handle(self, action: Action) -> bool:
        """Take the action if it belongs to the lock. Returns True if it was taken."""
        kind = action.kind
        on_lock = action.pos is not None and contains(inflate(self.rect, 10), action.pos)
        if kind is ActionKind.PRESS and on_lock:
            self.holding_pointer = action.pointer
            self.opened = False
            self.ctx.play_sound("press")  # a press is always heard at once, the lock's too
            return True
        if self.holding_pointer is None or action.pointer != self.holding_pointer:
            return False
        if kind is ActionKind.HOLD:
            if not on_lock:
                self.holding_pointer = None
                return False
            self.progress = min(1.0, action.held / HOLD_SECONDS)
            if self.progress >= 1.0 and not self.opened:
                self.opened = True
                self.holding_pointer = None
                self.progress = 0.0
                self.ctx.play_sound("gate_open")
                self.ctx.open_scene("parent-gate")
            return True
        if kind in (ActionKind.TAP, ActionKind.RELEASE, ActionKind.DRAG, ActionKind.DRAG_END):
            if kind is not ActionKind.RELEASE and not self.opened and self.progress < 0.2:
                self.show_hint()
            if kind in (ActionKind.RELEASE, ActionKind.DRAG, ActionKind.DRAG_END):
                self.holding_pointer = None
            return True
        return False

    def update(self, dt: float) -> bool:
        changed = False
        if self.holding_pointer is None and self.progress > 0:
            self.progress = max(0.0, self.progress - dt * 2)
            changed = True
        if self.hint_time > 0:
            self.hint_time = max(0.0, self.hint_time - dt)
            changed = changed or self.hint_time == 0
        return changed or self.holding_pointer is not None

    @property
    def animating(self) -> bool:
        return self.holding_pointer is not None or self.progress > 0

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        x, y, w, h = self.rect
        center = layout.point(x + w / 2, y + h / 2)
        radius = layout.px(w / 2)
        pygame.draw.circle(surface, theme.lighter(theme.OUTLINE, 0.5), center, radius)
        icon_size = layout.px(w * 0.55)
        icon = ctx.assets.svg("svg/icons/lock.svg", (icon_size, icon_size))
        surface.blit(icon, icon.get_rect(center=center))
        if ctx.notices:
            dot = layout.point(x + w * 0.86, y + h * 0.14)
            pygame.draw.circle(surface, theme.WARNING, dot, layout.px(9))
        if self.progress > 0:
            ring = pygame.Rect(0, 0, radius * 2 + layout.px(12), radius * 2 + layout.px(12))
            ring.center = center
            start = math.pi / 2
            pygame.draw.arc(
                surface, theme.PARENT_ACCENT, ring, start - 2 * math.pi * self.progress, start, layout.px(8)
            )
        if self.hint_time > 0:
            text = ctx.t("screens:parent_lock.hint")
            image = render_text(ctx.fonts, layout, text, 20, theme.INK_SOFT)
            rect = image.get_rect(midright=layout.point(x - 14, y + h / 2))
            surface.blit(image, rect)
