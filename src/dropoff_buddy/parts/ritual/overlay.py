"""What the goodbye game draws over its stage: the step's picture, the glowing target on the grown-up,
the heart that fills, the row of steps, the hearts and sparkles, and the sticker won."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.parts.ritual.stage import MOVE_ICONS, TARGET_RADIUS, Point
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import draw_panel, draw_text

if TYPE_CHECKING:
    from dropoff_buddy.parts.ritual.scene import RitualScene


class RitualOverlay:
    """Draws the step's picture, its target and the rest over the goodbye game's stage; changes nothing."""

    def __init__(self, scene: RitualScene) -> None:
        self.scene = scene
        self.ctx = scene.ctx
        self.stage = scene.stage
        self.veil: pygame.Surface | None = None
        self.faded: dict[tuple[str, int], pygame.Surface] = {}

    def bubble_rect(self) -> tuple[float, float, float, float]:
        """The step's picture in its speech bubble (layout units)."""
        layout = self.ctx.layout
        if self.stage.portrait:
            w, h = 520.0, 480.0
            cx = layout.center_x + (0 if self.stage.buddy_turn else 170)
            return (cx - w / 2, self.stage.floor_y + 540 - h / 2, w, h)
        w, h = 250.0, 220.0
        return (200 - w / 2, 300 - h / 2, w, h)

    def draw_prompt(self, surface: pygame.Surface) -> None:
        """The step's picture in its bubble, and the glowing target where the child does it."""
        self.draw_prompt_bubble(surface)
        self.draw_target(surface)

    def draw_prompt_bubble(self, surface: pygame.Surface) -> None:
        """The step's picture in a speech bubble from the buddy (in Buddy's turn, a picture card)."""
        ctx = self.ctx
        layout = ctx.layout
        x, y, w, h = self.bubble_rect()
        rect = draw_panel(surface, layout, (x, y, w, h), theme.PANEL, radius=46, outline=theme.OUTLINE)
        if not self.stage.buddy_turn:
            bx, by, bsize = self.stage.buddy_box()
            if self.stage.portrait:  # the tail points left, to the buddy
                tail = [(x + 6, y + h * 0.45), (x + 6, y + h * 0.65), (bx + bsize * 0.3, by - bsize * 0.1)]
            else:  # the tail points down, to the buddy on the rug
                tail = [(x + w * 0.3, y + h - 6), (x + w * 0.55, y + h - 6), (bx, by - bsize * 0.42)]
            points = [layout.point(*point) for point in tail]
            pygame.draw.polygon(surface, theme.PANEL, points)
            pygame.draw.lines(surface, theme.OUTLINE, False, [points[1], points[2], points[0]], layout.px(4))
        step = self.scene.step
        extra = step.kind in ("hold", "sequence")  # room in the bubble for the heart or the hands
        icon_px = layout.px(min(w, h) * (0.62 if extra else 0.8))
        icon = ctx.assets.svg(step.icon, (icon_px, icon_px))
        centre_y = y + h * (0.42 if extra else 0.5)
        surface.blit(icon, icon.get_rect(center=(rect.centerx, layout.point(0, centre_y)[1])))
        if step.kind == "hold":  # a heart that fills as the child holds (or taps)
            size = min(w, h) * 0.34
            self._draw_heart_meter(surface, (x + w - size * 0.55, y + h - size * 0.5), size)
        elif step.kind == "sequence":  # the hands to tap, one after another; the next one lit
            self._draw_moves(surface, (x + w / 2, y + h * 0.86), min(w, h) * 0.2)

    def _draw_moves(self, surface: pygame.Surface, centre: Point, size: float) -> None:
        ctx = self.ctx
        layout = ctx.layout
        scene = self.scene
        moves = scene.step.sequence
        gap = size * 0.25
        x = centre[0] - (len(moves) * size + (len(moves) - 1) * gap) / 2 + size / 2
        for index, move in enumerate(moves):
            lit = index == scene.sequence_index
            done = index < scene.sequence_index
            spot = layout.point(x, centre[1])
            if lit:
                pygame.draw.circle(surface, theme.SUNSHINE, spot, layout.px(size * 0.62))
            elif done:
                pygame.draw.circle(surface, theme.LEAF, spot, layout.px(size * 0.58))
            px = layout.px(size * (1.1 if lit else 0.9))
            path = MOVE_ICONS[move]
            icon = ctx.assets.svg(path, (px, px)) if lit or done else self.faded_picture(path, px)
            surface.blit(icon, icon.get_rect(center=spot))
            x += size + gap

    def draw_target(self, surface: pygame.Surface) -> None:
        """A glowing ring round the real hand, cheek or arms the step is done with: a ring, never a
        picture pasted over someone (the step's picture is in the bubble)."""
        ctx = self.ctx
        layout = ctx.layout
        scene = self.scene
        cx, cy = self.stage.target_center()
        radius = TARGET_RADIUS * (0.8 + 0.12 * self.stage.pulse())
        outer = layout.px(radius + 16)
        glow = pygame.Surface((2 * outer, 2 * outer), pygame.SRCALPHA)
        ring_alpha = 170 if scene.hinting else 120
        pygame.draw.circle(glow, (255, 236, 150, ring_alpha), (outer, outer), outer, layout.px(16))
        ring_width = 10 if scene.hinting and ctx.reduced_motion else 6
        pygame.draw.circle(glow, (*theme.SUNSHINE, 255), (outer, outer), layout.px(radius), layout.px(ring_width))
        surface.blit(glow, glow.get_rect(center=layout.point(cx, cy)))

    def faded_picture(self, path: str, px: int) -> pygame.Surface:
        """A see-through copy of a picture (a hand still to come, the empty heart), made once per size."""
        key = (path, px)
        faded = self.faded.get(key)
        if faded is None:
            faded = self.ctx.assets.svg(path, (px, px)).copy()
            faded.fill((255, 255, 255, 110), special_flags=pygame.BLEND_RGBA_MULT)
            self.faded[key] = faded
        return faded

    def _draw_heart_meter(self, surface: pygame.Surface, centre: Point, size: float) -> None:
        """A heart that fills from the bottom as the hold goes on."""
        layout = self.ctx.layout
        px = layout.px(size)
        heart = self.ctx.assets.svg("svg/icons/heart.svg", (px, px))
        empty = self.faded_picture("svg/icons/heart.svg", px)
        rect = heart.get_rect(center=layout.point(*centre))
        surface.blit(empty, rect)
        # The heart art spans about y 44..216 of its 256 canvas.
        top, bottom = 0.17 * px, 0.86 * px
        level = round(bottom - (bottom - top) * self.scene.hold_progress)
        if self.scene.hold_progress > 0:
            area = pygame.Rect(0, level, px, px - level)
            surface.blit(heart, (rect.x, rect.y + level), area)

    def step_dots_y(self) -> float:
        return self.stage.floor_y + 150 if self.stage.portrait else 96.0

    def draw_step_dots(self, surface: pygame.Surface) -> None:
        """The ritual's steps as small pictures (along the top; under the room in portrait), done ones ticked."""
        scene = self.scene
        ctx = self.ctx
        layout = ctx.layout
        size, gap = (110.0, 28.0) if self.stage.portrait else (84.0, 22.0)
        top = self.step_dots_y()
        total = len(scene.steps) * size + (len(scene.steps) - 1) * gap
        x = layout.center_x - total / 2
        for index, step in enumerate(scene.steps):
            done = index < len(scene.done_steps)
            current = index == scene.index and scene.phase == "prompt"
            colour = theme.LEAF if done else (theme.SUNSHINE if current else theme.PANEL)
            draw_panel(surface, layout, (x, top, size, size), colour, radius=24, outline=theme.OUTLINE, shadow=False)
            icon = ctx.assets.svg(step.icon, (layout.px(size * 0.8), layout.px(size * 0.8)))
            surface.blit(icon, icon.get_rect(center=layout.point(x + size / 2, top + size / 2)))
            if done:
                tick = ctx.assets.svg("svg/icons/check.svg", (layout.px(40), layout.px(40)))
                surface.blit(tick, tick.get_rect(center=layout.point(x + size - 6, top + size - 6)))
            x += size + gap

    # -- what flies and what is won ------------------------------------------------------------

    def draw_particles(self, surface: pygame.Surface) -> None:
        layout = self.ctx.layout
        for particle in self.scene.particles:
            pos = particle.position(self.ctx.reduced_motion)
            if pos is None:
                continue
            px = layout.px(particle.size)
            image = self.ctx.assets.svg(particle.icon, (px, px))
            surface.blit(image, image.get_rect(center=layout.point(*pos)))

    def draw_ripples(self, surface: pygame.Surface) -> None:
        """A soft ring where a press landed: every press shows something at once."""
        layout = self.ctx.layout
        for pos, age in self.scene.press_ripples:
            radius = 40 + (0 if self.ctx.reduced_motion else 120 * age)
            pygame.draw.circle(surface, theme.SUNSHINE, layout.point(*pos), layout.px(radius), layout.px(6))

    def draw_sticker(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        award = self.scene.award
        if award is None:
            return
        if self.veil is None or self.veil.get_size() != surface.get_size():
            self.veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
            self.veil.fill((255, 246, 232, 150))
        surface.blit(self.veil, (0, 0))
        grow = 1.0 if ctx.reduced_motion else min(1.0, 0.4 + self.scene.phase_time / 0.5)
        size = 360 * grow
        cx, cy = layout.center_x, layout.height * 0.46
        sticker = ctx.assets.svg(award.sticker.icon, (layout.px(size), layout.px(size)))
        surface.blit(sticker, sticker.get_rect(center=layout.point(cx, cy)))
        book = ctx.assets.svg("svg/icons/sticker_book.svg", (layout.px(110), layout.px(110)))
        surface.blit(book, book.get_rect(center=layout.point(cx + 250, cy + 130)))
        draw_text(surface, ctx.fonts, layout, str(award.count), 40, theme.INK, box=(cx + 190, cy + 184, 120, 52))
        if award.unlocked:
            look = ctx.profile.buddy.model_copy(deep=True)
            extra = [item for item in award.unlocked if item not in look.accessories]
            look = look.model_copy(update={"accessories": [*look.accessories, *extra]})
            picture = ctx.buddy_renderer.render(look, layout.px(230), expression="giggle")
            surface.blit(picture, picture.get_rect(center=layout.point(cx - 300, cy + 60)))
            star = ctx.assets.svg("svg/ritual/sparkle.svg", (layout.px(60), layout.px(60)))
            surface.blit(star, star.get_rect(center=layout.point(cx - 390, cy - 50)))
