"""Where everyone stands in the goodbye game, and how the room, the door and the people are drawn.

``RitualStage`` reads the scene's state (mode, phase, the step on screen) and never changes it.
Positions are in layout units; the floor is at ``floor_y`` (lower in a portrait window, where the
room is the top of the screen and the step's picture and the buddy sit below it). The people are
rigged figures (``cast.RitualCast``) that act each step out.

Who is who depends on the mode:

- practice: the grown-up does the steps with the child and leaves through the door; the teacher
  stands by the child from the start and kneels by them to welcome them; the buddy prompts from
  the rug.
- buddy_turn: the child plays the grown-up: does the steps with the buddy at buddy daycare, where
  a teacher (a plush owl) is waiting, walks out through the door and comes back in for the buddy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.parts.ritual.cast import OFFER_POSES, RitualCast
from dropoff_buddy.parts.ritual.phases import (
    BACK_WALK_SECONDS,
    DOOR_SECONDS,
    DOORWAY_WAVE_SECONDS,
    PULSE_HZ,
    RUN_SECONDS,
    TEACHER_WALK_SECONDS,
    WALK_SECONDS,
)
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.door import DoorPlace, draw_door
from dropoff_buddy.ui.layout import FigureBox

if TYPE_CHECKING:
    from dropoff_buddy.parts.ritual.scene import RitualScene

Point = tuple[float, float]

DOOR_HEIGHT = 560.0  # the daycare door (ui/door.py), in layout units: well above the grown-up's head
FLOOR_Y = 672.0  # landscape
PORTRAIT_FLOOR_Y = 860.0
TARGET_RADIUS = 92.0
BUDDY_SIZE = 250.0  # the buddy prompting from the rug
OWL_SIZE = 180.0  # about the buddy's size: a plush teacher at buddy daycare
TOGETHER_CARD = 420.0  # Together: the big picture card of the step
# Handshake moves: where each hand lights up, relative to the target centre.
MOVE_OFFSETS = {"up": (-70.0, -90.0), "down": (70.0, 60.0), "bump": (0.0, -10.0), "clap": (0.0, 80.0)}
MOVE_ICONS = {
    "up": "svg/ritual/high_five.svg",
    "down": "svg/ritual/wave.svg",
    "bump": "svg/ritual/fist_bump.svg",
    "clap": "svg/ritual/high_five.svg",
}
# Phases after which the one who left is out of the room (until, in Buddy's turn, they come back).
_GONE = ("teacher", "run", "welcome", "later", "praise", "sticker")
NO_FACE = pygame.Rect(0, 0, 0, 0)


@dataclass(frozen=True)
class Shown:
    """One figure on the stage this frame: who, where (feet), in which pose, which way, how big."""

    who: str  # "grownup", "child", "teacher", "buddy" (Buddy's turn)
    x: float
    pose: str = "stand"
    facing: int = 1
    scale: float = 1.0
    expression: str = "happy"
    doorway: bool = False  # stepping through the door: drawn inside it


class RitualStage:
    """Geometry and drawing of the goodbye game for one scene."""

    def __init__(self, scene: RitualScene) -> None:
        self.scene = scene
        self.ctx = scene.ctx
        self.cast = RitualCast(self)
        self.wall: tuple[tuple[int, int, bool], pygame.Surface] | None = None

    # -- the room (layout units) -----------------------------------------------------------------

    @property
    def portrait(self) -> bool:
        layout = self.ctx.layout
        return layout.height > layout.width

    @property
    def floor_y(self) -> float:
        return PORTRAIT_FLOOR_Y if self.portrait else FLOOR_Y

    @property
    def door_center_x(self) -> float:
        return self.ctx.layout.width - 230

    @property
    def buddy_turn(self) -> bool:
        return self.scene.mode == "buddy_turn"

    @property
    def partner_x(self) -> float:
        """Where the one who leaves stands while the steps are played: the grown-up, or the child in Buddy's turn."""
        return self.ctx.layout.center_x + (80 if self.buddy_turn else 60)

    @property
    def child_home_x(self) -> float:
        """Where the one who stays stands: the child, or the buddy in Buddy's turn."""
        return self.ctx.layout.center_x - 130

    @property
    def teacher_x(self) -> float:
        """The teacher, by the child from the start (the owl sits on the rug in Buddy's turn)."""
        return self.ctx.layout.center_x - 262 if not self.buddy_turn else 300.0

    @property
    def play_spot_x(self) -> float:
        return 330.0

    @property
    def partner(self) -> str:
        """Who the child does the steps with: the grown-up, or (Buddy's turn) the buddy."""
        return "buddy" if self.buddy_turn else "grownup"

    def ease(self, t: float) -> float:
        # Reduced motion still moves people (nobody may pop out of sight), just evenly.
        t = max(0.0, min(1.0, t))
        return t if self.ctx.reduced_motion else t * t * (3 - 2 * t)

    def door(self) -> DoorPlace:
        """The daycare door, in layout units (the same door as in the story)."""
        return DoorPlace(self.door_center_x, self.floor_y, DOOR_HEIGHT)

    def opening_rect(self) -> tuple[float, float, float, float]:
        """The doorway's opening in layout units."""
        return self.door().opening()

    # -- who is where --------------------------------------------------------------------------------

    def partner_walk(self) -> tuple[float, float, bool]:
        """(x, scale, in doorway) of whoever leaves: the grown-up, or the child in Buddy's turn."""
        scene = self.scene
        x0, door = self.partner_x, self.door_center_x
        phase, t = scene.phase, scene.phase_time
        if phase == "walk":
            if t < WALK_SECONDS:
                p = self.ease(t / WALK_SECONDS)
                return x0 + (door - x0) * p, 1.0 - 0.18 * p, p > 0.8
            return door, 0.82 - 0.1 * min(1.0, (t - WALK_SECONDS) / (DOORWAY_WAVE_SECONDS + DOOR_SECONDS)), True
        if phase == "back":  # Buddy's turn: in through the door again, back to the buddy
            p = self.ease(t / BACK_WALK_SECONDS)
            return door + (x0 - door) * p, 0.82 + 0.18 * p, p < 0.2
        if phase == "reunion" or (self.buddy_turn and phase in ("praise", "sticker")):
            return x0, 1.0, False
        if phase in _GONE:
            return door, 0.72, True
        return x0, 1.0, False

    def door_open(self) -> float:
        """How open the door is: 0 shut, 1 wide open."""
        phase, t = self.scene.phase, self.scene.phase_time
        instant = self.ctx.reduced_motion
        if phase == "goodbye":
            return 1.0 if instant else min(1.0, t / DOOR_SECONDS)
        if phase == "walk":
            close_at = WALK_SECONDS + DOORWAY_WAVE_SECONDS
            if t < close_at:
                return 1.0
            return 0.0 if instant else max(0.0, 1.0 - (t - close_at) / DOOR_SECONDS)
        if phase == "back":
            if t < BACK_WALK_SECONDS * 0.5:
                return 1.0 if instant else min(1.0, t / DOOR_SECONDS)
            return 0.0 if instant else max(0.0, 1.0 - (t - BACK_WALK_SECONDS * 0.5) / DOOR_SECONDS)
        return 0.0

    def child_x(self) -> float:
        """The child's feet: the one who stays (practice) or who leaves and comes back (Buddy's turn)."""
        scene = self.scene
        if self.buddy_turn:
            return self.partner_walk()[0]
        x = self.child_home_x
        if scene.phase == "run":
            x += (self.play_spot_x - x) * self.ease(scene.phase_time / RUN_SECONDS)
        elif scene.phase in ("praise", "sticker") and scene.mode == "practice":
            x = self.play_spot_x
        return x

    def teacher_at(self) -> float:
        """The teacher walks to the child's side to welcome them once the grown-up has gone."""
        scene = self.scene
        start, end = self.teacher_x, self.child_home_x - 110
        if scene.phase == "teacher":
            return start + (end - start) * self.ease(scene.phase_time / TEACHER_WALK_SECONDS)
        if scene.phase == "run":
            return end
        if scene.phase in ("praise", "sticker"):
            return self.play_spot_x + 170
        return start

    def people(self) -> list[Shown]:
        """The people (and, in Buddy's turn, the buddy) on the stage now, back to front."""
        scene = self.scene
        if scene.mode == "together" and scene.phase in ("prompt", "celebrate", "promise"):
            return self._together_people()
        if self.buddy_turn:
            return self._buddy_turn_people()
        return [self._teacher(), self._child(), *self._grownup()]

    def _offer(self) -> str:
        """What the one the child does the step with offers (a palm up, a cheek, open arms...)."""
        scene = self.scene
        return OFFER_POSES.get(scene.step.target, "stand") if scene.steps else "stand"

    def _leaving_pose(self) -> tuple[str, int]:
        """(pose, facing) of whoever leaves: waving goodbye, walking to the door, waving from it."""
        phase, t = self.scene.phase, self.scene.phase_time
        if phase == "goodbye":
            return "wave", -1
        if phase == "walk":
            return ("walk", 1) if t < WALK_SECONDS else ("wave", -1)
        if phase == "back":
            return "walk", -1
        return "stand", -1

    def _buddy_turn_people(self) -> list[Shown]:
        phase = self.scene.phase
        buddy_pose = {"prompt": self._offer(), "goodbye": "wave", "walk": "wave", "later": "eat", "praise": "cheer"}
        cast = [Shown("buddy", self.child_home_x, buddy_pose.get(phase, "stand"))]
        x, scale, doorway = self.partner_walk()
        pose, facing = self._leaving_pose()
        if phase in ("praise", "sticker"):
            pose = "cheer"
        if phase not in _GONE or phase in ("praise", "sticker"):
            cast.append(Shown("child", x, pose, facing, scale, doorway=doorway))
        return cast

    def _teacher(self) -> Shown:
        """The teacher stands by the child, then walks over and kneels to welcome them."""
        phase, t = self.scene.phase, self.scene.phase_time
        poses = {
            "teacher": ("walk" if t < TEACHER_WALK_SECONDS else "kneel_low", 1),
            "run": ("kneel_low", 1),
            "praise": ("wave", -1),
            "sticker": ("wave", -1),
        }
        pose, facing = poses.get(phase, ("stand", 1))
        return Shown("teacher", self.teacher_at(), pose, facing)

    def _child(self) -> Shown:
        scene = self.scene
        phase, t = scene.phase, scene.phase_time
        pose, face, facing = "stand", "happy", 1
        if phase == "goodbye" or (phase == "walk" and t >= WALK_SECONDS * 0.6):
            pose, face = "wave", "sad"  # it is OK to feel sad at the goodbye
        elif phase == "teacher":
            face, facing = "calm", -1
        elif phase == "run":
            pose, facing = "walk", -1
        elif phase in ("praise", "sticker") and scene.mode == "practice":
            pose = "sit_floor"
        return Shown("child", self.child_x(), pose, facing, expression=face)

    def _grownup(self) -> list[Shown]:
        phase = self.scene.phase
        if phase in _GONE:
            return []
        x, scale, doorway = self.partner_walk()
        pose, facing = (self._offer(), -1) if phase == "prompt" else self._leaving_pose()
        return [Shown("grownup", x, pose, facing, scale, doorway=doorway and phase == "walk")]

    def _together_people(self) -> list[Shown]:
        """Together: the grown-up and the child stand either side of the step's big picture."""
        phase = self.scene.phase
        cx, _ = self.together_center()
        offset = 260.0 if self.portrait else TOGETHER_CARD / 2 + 140
        return [
            Shown("child", cx - offset, "cheer" if phase == "celebrate" else "stand", 1),
            Shown("grownup", cx + offset, "wave" if phase == "promise" else "stand", -1),
        ]

    # -- the buddy, the owl and the targets ---------------------------------------------------------

    def buddy_box(self) -> tuple[float, float, float]:
        """(centre x, centre y, size) of the buddy: prompting from the rug, or at buddy daycare."""
        if self.buddy_turn:
            rect = self.cast.rect("buddy")
            x, y = self.ctx.layout.to_layout(*rect.center)
            return x, y, max(rect.width, rect.height) / self.ctx.layout.scale
        if self.portrait:
            return 240.0, self.floor_y + 560, 340.0
        return 190.0, self.floor_y - BUDDY_SIZE / 2 + 6, BUDDY_SIZE

    def owl_box(self) -> tuple[float, float, float]:
        """(centre x, centre y, size) of the teacher at buddy daycare: on the rug, then by the buddy."""
        scene = self.scene
        start, end = self.teacher_x, self.child_home_x - 190
        x = start
        if scene.phase == "welcome":
            x = start + (end - start) * self.ease(scene.phase_time / TEACHER_WALK_SECONDS)
        elif scene.phase in ("later", "back", "reunion", "praise", "sticker"):
            x = end
        return x, self.floor_y - OWL_SIZE / 2 + 6, OWL_SIZE

    def target_center(self) -> Point:
        """Where the glowing target is: on the real hand, cheek or arms the step is done with."""
        if self.scene.mode == "together":  # the big picture card is the target
            return self.together_center()
        return self.cast.anchor(self.partner, "target")

    def together_center(self) -> Point:
        layout = self.ctx.layout
        if self.portrait:
            return (layout.center_x, self.floor_y + 520)
        return (layout.center_x, layout.height * 0.5 + 40)

    def child_face(self) -> Point:
        return self.cast.anchor("child", "mouth")

    def child_hand(self) -> Point:
        return self.cast.anchor("child", "hand_front")

    def child_palm(self) -> Point:
        return self.cast.anchor("child", "hand_front")

    def partner_face(self) -> Point:
        return self.cast.anchor(self.partner, "mouth")

    def pulse(self) -> float:
        """0..1 slow pulse of the target after a hint (0 under reduced motion)."""
        if not self.scene.hinting or self.ctx.reduced_motion:
            return 0.0
        return 0.5 - 0.5 * math.cos(2 * math.pi * PULSE_HZ * self.scene.phase_time)

    def figure_boxes(self) -> list[FigureBox]:
        """Everyone on the stage now (people, the buddy, the owl) and the door, in pixels."""
        layout = self.ctx.layout
        shown = self.people()
        found = [
            FigureBox(person.who, self.cast.rect(person.who), self.cast.face(person.who))
            for person in shown
            if not person.doorway
        ]
        boxes = [("owl", self.owl_box())] if self.buddy_turn else [("buddy", self.buddy_box())]
        for name, (x, y, size) in boxes:
            found.append(
                FigureBox(
                    name,
                    layout.rect((x - size * 0.45, y - size * 0.45, size * 0.9, size * 0.9)),
                    layout.rect((x - size * 0.3, y - size * 0.45, size * 0.6, size * 0.45)),
                )
            )
        found.append(FigureBox("door", layout.rect(self.door().frame()), NO_FACE))
        return found

    # -- drawing ------------------------------------------------------------------------------------

    def draw_room(self, surface: pygame.Surface) -> None:
        """The wall, floor, bunting and window, painted once per window size."""
        key = (*surface.get_size(), self.buddy_turn)
        if self.wall is None or self.wall[0] != key:
            self.wall = (key, self._paint_room(surface.get_size()))
        surface.blit(self.wall[1], (0, 0))

    def _paint_room(self, size: tuple[int, int]) -> pygame.Surface:
        layout = self.ctx.layout
        floor_y = self.floor_y
        picture = pygame.Surface(size)
        picture.fill((255, 240, 218))
        floor = layout.point(0, floor_y)[1]
        pygame.draw.rect(picture, (248, 226, 196), pygame.Rect(0, layout.point(0, floor_y - 120)[1], size[0], size[1]))
        pygame.draw.rect(
            picture, (226, 196, 160), pygame.Rect(0, layout.point(0, floor_y - 124)[1], size[0], layout.px(8))
        )
        pygame.draw.rect(picture, (224, 186, 142), pygame.Rect(0, floor, size[0], size[1] - floor))
        for index in range(0, int(layout.width) + 200, 160):
            x = layout.point(index, 0)[0]
            bottom = layout.point(0, floor_y + 400)[1]
            pygame.draw.line(picture, (206, 168, 126), (x, floor), (x - layout.px(60), bottom), layout.px(3))
        pygame.draw.line(picture, (190, 150, 110), (0, floor), (size[0], floor), layout.px(5))
        if self.portrait:  # below the room: a calm panel for the buddy and the step's picture
            panel = layout.point(0, floor_y + 120)[1]
            picture.fill(theme.BACKGROUND, pygame.Rect(0, panel, size[0], size[1] - panel))
            pygame.draw.line(picture, theme.BACKGROUND_DEEP, (0, panel), (size[0], panel), layout.px(8))
        # A window with sky and a cloud, on the wall between the child and the buddy's corner.
        top = floor_y - 522
        window = layout.rect((layout.center_x - 330, top, 200, 170))
        pygame.draw.rect(
            picture, (196, 160, 112), window.inflate(layout.px(20), layout.px(20)), border_radius=layout.px(22)
        )
        pygame.draw.rect(picture, (190, 226, 246), window, border_radius=layout.px(16))
        pygame.draw.circle(picture, (255, 255, 255), layout.point(layout.center_x - 270, top + 60), layout.px(22))
        pygame.draw.circle(picture, (255, 255, 255), layout.point(layout.center_x - 240, top + 54), layout.px(28))
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
        picture.blit(play, play.get_rect(midbottom=layout.point(230, floor_y + 60)))
        if self.buddy_turn:  # buddy daycare: a little picture sign on the wall
            left, top = layout.center_x - 80, floor_y - 420
            sign = layout.rect((left, top, 300, 110))
            pygame.draw.rect(picture, theme.PANEL, sign, border_radius=layout.px(30))
            pygame.draw.rect(picture, theme.OUTLINE, sign, width=layout.px(4), border_radius=layout.px(30))
            star = self.ctx.assets.svg("svg/icons/star_sticker.svg", (layout.px(70), layout.px(70)))
            heart = self.ctx.assets.svg("svg/icons/heart.svg", (layout.px(70), layout.px(70)))
            for index, icon in enumerate((star, heart, star)):
                picture.blit(icon, icon.get_rect(center=layout.point(left + 60 + 90 * index, top + 55)))
        return picture

    def draw_stage(self, surface: pygame.Surface) -> None:
        """The door (with whoever steps through it), the buddy or the owl, and the people."""
        layout = self.ctx.layout
        cast = self.cast
        people = self.people()
        doorway = [person for person in people if person.doorway]

        def through(target: pygame.Surface) -> None:
            for person in doorway:
                cast.draw_one(target, person.who)

        door = self.door()
        x, floor_y = layout.point(door.x, door.floor_y)
        draw_door(
            surface,
            self.ctx.assets,
            DoorPlace(x, floor_y, layout.px(door.height)),
            open_amount=self.door_open(),
            view="outside",
            through=through if doorway else None,
        )
        if self.buddy_turn:
            self._draw_owl(surface)
        cast.draw(surface, people)
        scene = self.scene
        if scene.kept_kiss and not (scene.phase in ("praise", "sticker") and scene.mode == "practice"):
            heart = self.ctx.assets.svg("svg/icons/heart.svg", (layout.px(40), layout.px(40)))
            surface.blit(heart, heart.get_rect(center=layout.point(*self.child_palm())))
        if not self.buddy_turn:  # the buddy prompts from the rug
            bx, by, bsize = self.buddy_box()
            scene.buddy.draw(surface, layout.point(bx, by), layout.px(bsize))
        elif scene.phase == "later":  # snack at buddy daycare
            bx, by, bsize = self.buddy_box()
            apple = self.ctx.assets.svg("svg/props/apple.svg", (layout.px(80), layout.px(80)))
            surface.blit(apple, apple.get_rect(center=layout.point(bx + bsize * 0.6, by + bsize * 0.3)))

    def _draw_owl(self, surface: pygame.Surface) -> None:
        layout = self.ctx.layout
        x, y, size = self.owl_box()
        hop = 0.0
        if self.scene.phase == "welcome" and not self.ctx.reduced_motion:
            hop = abs(math.sin(self.scene.phase_time * math.pi * 2.0)) * 20 * (1 - self.scene.phase_time / 3)
        owl = self.ctx.assets.svg("svg/ritual/buddy_teacher.svg", (layout.px(size), layout.px(size)))
        surface.blit(owl, owl.get_rect(center=layout.point(x, y - max(0.0, hop))))
