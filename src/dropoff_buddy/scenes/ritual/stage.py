"""Where everyone stands in the goodbye game, and how the room, the door and the people are drawn.

``RitualStage`` reads the scene's state (mode, phase, the step on screen) and never changes it.
Positions are in layout units; the floor is at ``FLOOR_Y``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.scenes.ritual.phases import (
    DOOR_SECONDS,
    DOORWAY_WAVE_SECONDS,
    PULSE_HZ,
    RUN_SECONDS,
    TEACHER_WALK_SECONDS,
    WALK_SECONDS,
)
from dropoff_buddy.storage.models import AvatarLook
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.door import DoorPlace, draw_door
from dropoff_buddy.ui.widgets import draw_panel, draw_text

if TYPE_CHECKING:
    from dropoff_buddy.scenes.ritual.scene import RitualScene

Point = tuple[float, float]

PEOPLE_HEIGHT = 480.0  # both people render at this height; the child is drawn smaller in the canvas
PERSON_ASPECT = 0.5  # canvas width / height
CANVAS_H = 800.0
DOOR_HEIGHT = 560.0  # the daycare door (ui/door.py), in layout units: well above the grown-up's head
FLOOR_Y = 672.0
TARGET_RADIUS = 92.0
# Where each target sits, in the person canvas (400 x 800) of whoever the child does it with.
PERSON_TARGETS: dict[str, Point] = {
    "arms": (200, 300),
    "cheek": (350, 170),
    "raised_hand": (322, 92),
    "fist": (96, 420),
    "waving_hand": (322, 92),
    "lips": (40, 180),
    "palm": (96, 420),
    "nose": (40, 150),
    "hands": (200, 300),
    "thumb": (96, 410),
}
# The same targets on the buddy, as fractions of the buddy's box.
BUDDY_TARGETS: dict[str, Point] = {
    "arms": (0.5, 0.66),
    "cheek": (0.66, 0.42),
    "raised_hand": (0.18, 0.6),
    "fist": (0.18, 0.62),
    "waving_hand": (0.18, 0.6),
    "lips": (0.5, 0.5),
    "palm": (0.18, 0.62),
    "nose": (0.5, 0.36),
    "hands": (0.5, 0.6),
    "thumb": (0.18, 0.62),
}
# Handshake moves: where each hand lights up, relative to the target centre.
MOVE_OFFSETS = {"up": (-70.0, -90.0), "down": (70.0, 60.0), "bump": (0.0, -10.0), "clap": (0.0, 80.0)}
MOVE_ICONS = {
    "up": "svg/ritual/high_five.svg",
    "down": "svg/ritual/wave.svg",
    "bump": "svg/ritual/fist_bump.svg",
    "clap": "svg/ritual/high_five.svg",
}
# The grown-up's pose while a step is prompted (the raised hand is a real raised hand).
PROMPT_POSES = {"raised_hand": "wave", "waving_hand": "wave", "arms": "arms_out"}


class RitualStage:
    """Geometry and drawing of the goodbye game for one scene."""

    def __init__(self, scene: RitualScene) -> None:
        self.scene = scene
        self.ctx = scene.ctx
        self.wall: tuple[tuple[int, int], pygame.Surface] | None = None
        self.veil: pygame.Surface | None = None
        self.faded: dict[tuple[str, int], pygame.Surface] = {}

    # -- geometry (layout units) ----------------------------------------------------------------

    @property
    def door_center_x(self) -> float:
        return self.ctx.layout.width - 230

    @property
    def partner_x(self) -> float:
        """Where the grown-up (or, in Buddy's turn, the buddy) stands while the steps are played."""
        return self.ctx.layout.center_x + 60

    @property
    def child_home_x(self) -> float:
        return self.ctx.layout.center_x - 130

    @property
    def play_spot_x(self) -> float:
        return 330.0

    def ease(self, t: float) -> float:
        # Reduced motion still moves people (nobody may pop out of sight), just evenly.
        t = max(0.0, min(1.0, t))
        return t if self.ctx.reduced_motion else t * t * (3 - 2 * t)

    def child_x(self) -> float:
        scene = self.scene
        x = self.child_home_x
        if scene.phase == "celebrate" and scene.step.animation in ("hug", "nose_rub") and scene.mode != "together":
            x += 60 if self.ctx.reduced_motion else 60 * min(1.0, scene.phase_time / 0.3)
        if scene.phase == "run":
            x += (self.play_spot_x - x) * self.ease(scene.phase_time / RUN_SECONDS)
        elif scene.phase in ("praise", "sticker") and scene.mode == "practice":
            x = self.play_spot_x
        return x

    def partner_walk(self) -> tuple[float, float, bool]:
        """(x, scale, in doorway) of whoever leaves: the grown-up, or the buddy in Buddy's turn."""
        scene = self.scene
        x0, door = self.partner_x, self.door_center_x
        if scene.phase in ("goodbye", "prompt", "celebrate", "choose", "promise"):
            return x0, 1.0, False
        if scene.phase != "walk":
            return door, 0.72, True
        t = scene.phase_time
        if t < WALK_SECONDS:
            p = self.ease(t / WALK_SECONDS)
            return x0 + (door - x0) * p, 1.0 - 0.18 * p, p > 0.8
        return door, 0.82 - 0.1 * min(1.0, (t - WALK_SECONDS) / (DOORWAY_WAVE_SECONDS + DOOR_SECONDS)), True

    def door_open(self) -> float:
        """How open the door is: 0 shut, 1 wide open."""
        phase, t = self.scene.phase, self.scene.phase_time
        if phase == "goodbye":
            return min(1.0, t / DOOR_SECONDS) if not self.ctx.reduced_motion else 1.0
        if phase == "walk":
            close_at = WALK_SECONDS + DOORWAY_WAVE_SECONDS
            if t < close_at:
                return 1.0
            return 0.0 if self.ctx.reduced_motion else max(0.0, 1.0 - (t - close_at) / DOOR_SECONDS)
        return 0.0

    def person_point(self, x: float, canvas: Point, scale: float = 1.0) -> Point:
        height = PEOPLE_HEIGHT * scale
        s = height / CANVAS_H
        top = FLOOR_Y - height * 0.975
        return (x - height * PERSON_ASPECT / 2 + canvas[0] * s, top + canvas[1] * s)

    @property
    def buddy_turn_size(self) -> float:
        return 330.0

    def buddy_box(self) -> tuple[float, float, float]:
        """(centre x, centre y, size) of the buddy."""
        scene = self.scene
        if scene.mode == "buddy_turn":
            x, scale, _ = self.partner_walk()
            size = self.buddy_turn_size * round(scale * 25) / 25
            hop = 0.0
            if scene.phase == "walk" and not self.ctx.reduced_motion and scene.phase_time < WALK_SECONDS:
                hop = abs(math.sin(scene.phase_time * math.pi * 1.6)) * 26
            return x, FLOOR_Y - size / 2 - hop, size
        size = 250.0
        return 190.0, FLOOR_Y - size / 2 + 6, size

    def target_center(self) -> Point:
        scene = self.scene
        target = scene.step.target if scene.steps else "arms"
        if scene.mode == "together":  # the big picture card is the target
            return (self.ctx.layout.center_x, self.ctx.layout.height * 0.5 + 40)
        if scene.mode == "buddy_turn":
            x, y, size = self.buddy_box()
            fx, fy = BUDDY_TARGETS[target]
            return (x - size / 2 + fx * size, y - size / 2 + fy * size)
        if target == "palm":  # the kiss goes into the child's own hand, to keep for later
            x, y = self.person_point(self.child_home_x, (258, 624))
            return (x + 30, y - 40)
        return self.person_point(self.partner_x, PERSON_TARGETS[target])

    def child_face(self) -> Point:
        return self.person_point(self.child_x(), (210, 430))

    def child_hand(self) -> Point:
        return self.person_point(self.child_home_x, (290, 432))

    def child_palm(self) -> Point:
        return self.person_point(self.child_x(), (258, 624))

    def partner_face(self) -> Point:
        if self.scene.mode == "buddy_turn":
            x, y, size = self.buddy_box()
            return (x, y - size * 0.15)
        return self.person_point(self.partner_x, (200, 150))

    def door(self) -> DoorPlace:
        """The daycare door, in layout units (the same door as in the story)."""
        return DoorPlace(self.door_center_x, FLOOR_Y, DOOR_HEIGHT)

    def opening_rect(self) -> tuple[float, float, float, float]:
        """The doorway's opening in layout units."""
        return self.door().opening()

    def door_window(self) -> tuple[float, float, float]:
        """(x, y, radius) of the closed door's round window, in layout units."""
        return self.door().window()

    def pulse(self) -> float:
        """0..1 slow pulse of the target after a hint (0 under reduced motion)."""
        if not self.scene.hinting or self.ctx.reduced_motion:
            return 0.0
        return 0.5 - 0.5 * math.cos(2 * math.pi * PULSE_HZ * self.scene.phase_time)

    # -- the room and the door -------------------------------------------------------------------

    def draw_room(self, surface: pygame.Surface) -> None:
        """The wall, floor, bunting and window, painted once per window size."""
        size = surface.get_size()
        if self.wall is None or self.wall[0] != size:
            self.wall = (size, self._paint_room(size))
        surface.blit(self.wall[1], (0, 0))

    def _paint_room(self, size: tuple[int, int]) -> pygame.Surface:
        layout = self.ctx.layout
        picture = pygame.Surface(size)
        picture.fill((255, 240, 218))
        floor = layout.point(0, FLOOR_Y)[1]
        pygame.draw.rect(picture, (248, 226, 196), pygame.Rect(0, layout.point(0, FLOOR_Y - 120)[1], size[0], size[1]))
        pygame.draw.rect(
            picture, (226, 196, 160), pygame.Rect(0, layout.point(0, FLOOR_Y - 124)[1], size[0], layout.px(8))
        )
        pygame.draw.rect(picture, (224, 186, 142), pygame.Rect(0, floor, size[0], size[1] - floor))
        for index in range(0, int(layout.width) + 200, 160):
            x = layout.point(index, 0)[0]
            pygame.draw.line(picture, (206, 168, 126), (x, floor), (x - layout.px(60), size[1]), layout.px(3))
        pygame.draw.line(picture, (190, 150, 110), (0, floor), (size[0], floor), layout.px(5))
        # A window with sky and a cloud, on the wall between the child and the buddy's corner.
        window = layout.rect((layout.center_x - 330, 150, 200, 170))
        pygame.draw.rect(
            picture, (196, 160, 112), window.inflate(layout.px(20), layout.px(20)), border_radius=layout.px(22)
        )
        pygame.draw.rect(picture, (190, 226, 246), window, border_radius=layout.px(16))
        pygame.draw.circle(picture, (255, 255, 255), layout.point(layout.center_x - 270, 210), layout.px(22))
        pygame.draw.circle(picture, (255, 255, 255), layout.point(layout.center_x - 240, 204), layout.px(28))
        pygame.draw.line(picture, (196, 160, 112), window.midtop, window.midbottom, layout.px(8))
        pygame.draw.line(picture, (196, 160, 112), window.midleft, window.midright, layout.px(8))
        # Bunting across the top.
        colours = (theme.CORAL, theme.SUNSHINE, theme.LEAF, theme.SKY, theme.LILAC, theme.ROSE)
        pygame.draw.line(
            picture, theme.OUTLINE, layout.point(180, 24), layout.point(layout.width - 150, 24), layout.px(4)
        )
        for index, x in enumerate(range(200, int(layout.width) - 170, 70)):
            points = [layout.point(x, 26), layout.point(x + 48, 26), layout.point(x + 24, 70)]
            pygame.draw.polygon(picture, colours[index % len(colours)], points)
        play = self.ctx.assets.svg("svg/ritual/play_corner.svg", (layout.px(420), layout.px(220)))
        picture.blit(play, play.get_rect(midbottom=layout.point(230, FLOOR_Y + 60)))
        return picture

    def _draw_door(self, surface: pygame.Surface, leaving: pygame.Surface | None, leaving_pos: tuple[int, int]) -> None:
        """The door, with whoever is stepping through it (clipped to the doorway)."""
        layout = self.ctx.layout
        door = self.door()
        x, floor_y = layout.point(door.x, door.floor_y)

        def through(target: pygame.Surface) -> None:
            assert leaving is not None
            target.blit(leaving, leaving.get_rect(midbottom=leaving_pos))

        draw_door(
            surface,
            self.ctx.assets,
            DoorPlace(x, floor_y, layout.px(door.height)),
            open_amount=self.door_open(),
            view="outside",
            through=through if leaving is not None else None,
        )

    # -- people ------------------------------------------------------------------------------------

    def _person(
        self, look: AvatarLook, kind: str, pose: str, scale: float = 1.0, expression: str = "happy"
    ) -> pygame.Surface:
        scale = round(scale * 25) / 25  # a few sizes only: each is rasterised once and cached
        return self.ctx.person_renderer.render(look, kind, pose, expression, self.ctx.layout.px(PEOPLE_HEIGHT * scale))

    def _walk_pose(self) -> str:
        if self.ctx.reduced_motion:
            return "walk"
        return "walk" if int(self.scene.phase_time / 0.3) % 2 == 0 else "stand"

    def draw_stage(self, surface: pygame.Surface) -> None:
        scene = self.scene
        ctx = self.ctx
        layout = ctx.layout
        profile = ctx.profile
        phase = scene.phase
        # Who leaves: the grown-up (practice) or the buddy (Buddy's turn).
        x, scale, in_doorway = self.partner_walk()
        leaving: pygame.Surface | None = None
        leaving_pos = layout.point(x, FLOOR_Y)
        if scene.mode != "buddy_turn":
            pose = "stand"
            if phase == "prompt":
                pose = PROMPT_POSES.get(scene.step.target, "stand")
            elif phase == "celebrate":
                pose = {"hug": "arms_out", "high_five": "wave", "wave": "wave", "thumbs_up": "wave"}.get(
                    scene.step.animation, "stand"
                )
            elif phase == "goodbye":
                pose = "wave"
            elif phase == "walk":
                pose = self._walk_pose() if scene.phase_time < WALK_SECONDS else "wave"
            leaving = self._person(profile.grownup.look, "adult", pose, scale)
        in_room = not in_doorway and phase not in ("teacher", "run", "praise", "sticker")
        self._draw_door(
            surface, leaving if (leaving is not None and in_doorway and phase == "walk") else None, leaving_pos
        )
        if leaving is not None and in_room:
            surface.blit(leaving, leaving.get_rect(midbottom=leaving_pos))
        # The teacher comes in from the left once the grown-up has gone.
        if scene.mode == "practice" and phase in ("teacher", "run", "praise", "sticker"):
            start, end = -120.0, self.partner_x
            walking = phase == "teacher" and scene.phase_time < TEACHER_WALK_SECONDS
            tx = (
                start + (end - start) * self.ease(scene.phase_time / TEACHER_WALK_SECONDS)
                if phase == "teacher"
                else end
            )
            pose = self._walk_pose() if walking else "wave"
            teacher = self._person(profile.teacher.look, "adult", pose)
            surface.blit(teacher, teacher.get_rect(midbottom=layout.point(tx, FLOOR_Y)))
        # The child.
        child_pose = "stand"
        if phase == "celebrate":
            child_pose = {"hug": "arms_out", "wave": "wave", "high_five": "wave", "thumbs_up": "wave"}.get(
                scene.step.animation, "stand"
            )
        elif phase in ("goodbye",) or (phase == "walk" and scene.phase_time >= WALK_SECONDS * 0.6):
            child_pose = "wave"
        elif phase == "run":
            child_pose = self._walk_pose()
        elif phase in ("praise", "sticker") and scene.mode == "practice":
            child_pose = "sit"
        child = self._person(profile.child.look, "child", child_pose)
        surface.blit(child, child.get_rect(midbottom=layout.point(self.child_x(), FLOOR_Y)))
        if scene.kept_kiss and child_pose != "sit":
            heart = ctx.assets.svg("svg/icons/heart.svg", (layout.px(40), layout.px(40)))
            surface.blit(heart, heart.get_rect(center=layout.point(*self.child_palm())))
        self._draw_buddy(surface, in_doorway)
        if phase == "prompt":
            self._draw_prompt_bubble(surface)
            self.draw_target(surface)
        self.draw_step_dots(surface)

    def _draw_buddy(self, surface: pygame.Surface, in_doorway: bool) -> None:
        """The buddy: prompting from the rug, or (Buddy's turn) the one who leaves."""
        scene = self.scene
        layout = self.ctx.layout
        phase = scene.phase
        bx, by, bsize = self.buddy_box()
        if scene.mode != "buddy_turn":
            scene.buddy.draw(surface, layout.point(bx, by), layout.px(bsize))
            return
        if phase in ("prompt", "celebrate", "goodbye") or (phase == "walk" and not in_doorway):
            if phase in ("goodbye", "walk"):  # off to buddy daycare with its own little backpack
                pack = self.ctx.assets.svg("svg/ritual/backpack.svg", (layout.px(bsize * 0.4), layout.px(bsize * 0.4)))
                surface.blit(pack, pack.get_rect(center=layout.point(bx - bsize * 0.3, by + bsize * 0.1)))
            scene.buddy.draw(surface, layout.point(bx, by), layout.px(bsize))
        elif phase == "walk" and self.door_open() > 0.0:
            clip = surface.get_clip()
            surface.set_clip(layout.rect(self.opening_rect()))
            scene.buddy.draw(surface, layout.point(bx, by), layout.px(bsize))
            surface.set_clip(clip)
        elif phase in ("praise", "sticker") or (phase == "walk" and self.door_open() == 0.0):
            # Gone to buddy daycare: waving from the door's round window, never vanished.
            wx, wy, wr = self.door_window()
            clip = surface.get_clip()
            surface.set_clip(layout.rect((wx - wr, wy - wr, 2 * wr, 2 * wr)))
            scene.buddy.draw(surface, layout.point(wx, wy + wr * 0.35), layout.px(wr * 2.4))
            surface.set_clip(clip)

    # -- the step on screen ------------------------------------------------------------------------

    def _draw_prompt_bubble(self, surface: pygame.Surface) -> None:
        """The step's picture in a speech bubble from the buddy (or, in Buddy's turn, from above the child)."""
        ctx = self.ctx
        layout = ctx.layout
        if self.scene.mode == "buddy_turn":
            cx, cy = self.child_home_x - 250, 250.0
        else:
            cx, cy = 330.0, 250.0
        w, h = 250.0, 220.0
        rect = draw_panel(
            surface, layout, (cx - w / 2, cy - h / 2, w, h), theme.PANEL, radius=46, outline=theme.OUTLINE
        )
        if self.scene.mode != "buddy_turn":
            tail = [
                layout.point(cx - 70, cy + h / 2 - 6),
                layout.point(cx - 20, cy + h / 2 - 6),
                layout.point(cx - 120, cy + h / 2 + 50),
            ]
            pygame.draw.polygon(surface, theme.PANEL, tail)
            pygame.draw.lines(surface, theme.OUTLINE, False, tail[1:] + tail[:1], layout.px(4))
        icon_px = layout.px(180)
        icon = ctx.assets.svg(self.scene.step.icon, (icon_px, icon_px))
        surface.blit(icon, icon.get_rect(center=rect.center))

    def draw_target(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        scene = self.scene
        step = scene.step
        cx, cy = self.target_center()
        radius = TARGET_RADIUS * (1.0 + 0.12 * self.pulse())
        outer = layout.px(radius + 18)
        glow = pygame.Surface((2 * outer, 2 * outer), pygame.SRCALPHA)
        ring_alpha = 150 if scene.hinting else 100
        pygame.draw.circle(glow, (255, 236, 150, ring_alpha), (outer, outer), outer)
        pygame.draw.circle(glow, (255, 250, 236, 120), (outer, outer), layout.px(radius))
        ring_width = 10 if scene.hinting and ctx.reduced_motion else 6
        pygame.draw.circle(glow, (*theme.SUNSHINE, 255), (outer, outer), layout.px(radius), layout.px(ring_width))
        surface.blit(glow, glow.get_rect(center=layout.point(cx, cy)))
        if step.kind == "hold":
            self._draw_heart_meter(surface, (cx, cy), radius * 1.3)
        elif step.kind == "sequence":
            for index, move in enumerate(step.sequence):
                dx, dy = MOVE_OFFSETS[move]
                lit = index == scene.sequence_index
                done = index < scene.sequence_index
                size = 120 if lit else 84
                spot = layout.point(cx + dx, cy + dy)
                if lit:
                    pygame.draw.circle(surface, theme.SUNSHINE, spot, layout.px(size * 0.62))
                elif done:
                    pygame.draw.circle(surface, theme.LEAF, spot, layout.px(size * 0.58))
                if lit or done:
                    icon = ctx.assets.svg(MOVE_ICONS[move], (layout.px(size), layout.px(size)))
                else:
                    icon = self.faded_picture(MOVE_ICONS[move], layout.px(size))
                surface.blit(icon, icon.get_rect(center=spot))
        else:
            size = layout.px(radius * 1.5)
            icon = ctx.assets.svg(step.icon, (size, size))
            surface.blit(icon, icon.get_rect(center=layout.point(cx, cy)))

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

    def draw_step_dots(self, surface: pygame.Surface) -> None:
        """The ritual's steps as small pictures along the top, done ones ticked."""
        scene = self.scene
        ctx = self.ctx
        layout = ctx.layout
        size, gap = 84.0, 22.0
        total = len(scene.steps) * size + (len(scene.steps) - 1) * gap
        x = layout.center_x - total / 2
        for index, step in enumerate(scene.steps):
            done = index < len(scene.done_steps)
            current = index == scene.index and scene.phase == "prompt"
            colour = theme.LEAF if done else (theme.SUNSHINE if current else theme.PANEL)
            draw_panel(surface, layout, (x, 96, size, size), colour, radius=24, outline=theme.OUTLINE, shadow=False)
            icon = ctx.assets.svg(step.icon, (layout.px(size * 0.8), layout.px(size * 0.8)))
            surface.blit(icon, icon.get_rect(center=layout.point(x + size / 2, 96 + size / 2)))
            if done:
                tick = ctx.assets.svg("svg/icons/check.svg", (layout.px(40), layout.px(40)))
                surface.blit(tick, tick.get_rect(center=layout.point(x + size - 6, 96 + size - 6)))
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
        draw_text(surface, ctx.fonts, layout, str(award.count), 40, theme.INK, center=(cx + 250, cy + 210))
        if award.unlocked:
            look = ctx.profile.buddy.model_copy(deep=True)
            extra = [item for item in award.unlocked if item not in look.accessories]
            look = look.model_copy(update={"accessories": [*look.accessories, *extra]})
            picture = ctx.buddy_renderer.render(look, layout.px(230), expression="giggle")
            surface.blit(picture, picture.get_rect(center=layout.point(cx - 300, cy + 60)))
            star = ctx.assets.svg("svg/ritual/sparkle.svg", (layout.px(60), layout.px(60)))
            surface.blit(star, star.get_rect(center=layout.point(cx - 390, cy - 50)))
