"""Where everyone stands in the goodbye game, and how the room, the door and the people are drawn.

``RitualStage`` reads the scene's state (mode, phase, the step on screen) and never changes it.
Positions are in layout units; the floor is at ``floor_y`` (lower in a portrait window, where the
room is the top of the screen and the step's picture and the buddy sit below it).

Who is who depends on the mode:

- practice: the grown-up does the steps with the child and leaves through the door; the teacher
  stands by the child from the start and welcomes them; the buddy prompts from the rug.
- buddy_turn: the child plays the grown-up: does the steps with the buddy at buddy daycare, where
  a teacher (a plush owl) is waiting, walks out through the door and comes back in for the buddy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.scenes.ritual.phases import (
    BACK_WALK_SECONDS,
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
from dropoff_buddy.ui.layout import FigureBox
from dropoff_buddy.ui.widgets import draw_panel, draw_text

if TYPE_CHECKING:
    from dropoff_buddy.scenes.ritual.scene import RitualScene

Point = tuple[float, float]

PEOPLE_HEIGHT = 480.0  # both people render at this height; the child is drawn smaller in the canvas
PERSON_ASPECT = 0.5  # canvas width / height
CANVAS_H = 800.0
DOOR_HEIGHT = 560.0  # the daycare door (ui/door.py), in layout units: well above the grown-up's head
FLOOR_Y = 672.0  # landscape
PORTRAIT_FLOOR_Y = 860.0
TARGET_RADIUS = 92.0
BUDDY_SIZE = 250.0  # the buddy prompting from the rug
BUDDY_TURN_SIZE = 300.0  # the buddy at buddy daycare
OWL_SIZE = 230.0
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
CELEBRATE_POSES = {"hug": "arms_out", "high_five": "wave", "wave": "wave", "thumbs_up": "wave"}
# Phases after which the one who left is out of the room (until, in Buddy's turn, they come back).
_GONE = ("teacher", "run", "welcome", "later", "praise", "sticker")


@dataclass(frozen=True)
class Shown:
    """One person on the stage this frame: who, where (feet), in which pose, how big."""

    who: str  # "grownup", "child", "teacher"
    x: float
    pose: str = "stand"
    scale: float = 1.0
    expression: str = "happy"
    doorway: bool = False  # stepping through the door: drawn inside it


class RitualStage:
    """Geometry and drawing of the goodbye game for one scene."""

    def __init__(self, scene: RitualScene) -> None:
        self.scene = scene
        self.ctx = scene.ctx
        self.wall: tuple[tuple[int, int, bool], pygame.Surface] | None = None
        self.veil: pygame.Surface | None = None
        self.faded: dict[tuple[str, int], pygame.Surface] = {}

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
        return self.ctx.layout.center_x - 270 if not self.buddy_turn else 300.0

    @property
    def play_spot_x(self) -> float:
        return 330.0

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
            return self.child_home_x + 120, 1.0, False
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
            x = self.partner_walk()[0]
            if scene.phase == "celebrate" and scene.step.animation in ("hug", "nose_rub", "kiss"):
                x -= 70 if self.ctx.reduced_motion else 70 * min(1.0, scene.phase_time / 0.3)
            return x
        x = self.child_home_x
        if scene.phase == "celebrate" and scene.step.animation in ("hug", "nose_rub") and scene.mode != "together":
            x += 60 if self.ctx.reduced_motion else 60 * min(1.0, scene.phase_time / 0.3)
        if scene.phase == "run":
            x += (self.play_spot_x - x) * self.ease(scene.phase_time / RUN_SECONDS)
        elif scene.phase in ("praise", "sticker") and scene.mode == "practice":
            x = self.play_spot_x
        return x

    def teacher_at(self) -> float:
        """The teacher walks to the child's side to welcome them once the grown-up has gone."""
        scene = self.scene
        start, end = self.teacher_x, self.child_home_x - 120
        if scene.phase == "teacher":
            return start + (end - start) * self.ease(scene.phase_time / TEACHER_WALK_SECONDS)
        if scene.phase in ("run", "praise", "sticker"):
            return end
        return start

    def people(self) -> list[Shown]:
        """The people on the stage now, back to front."""
        scene = self.scene
        phase, t = scene.phase, scene.phase_time
        walking = self._walk_pose()
        step_animation = scene.step.animation if scene.steps else ""
        x, scale, doorway = self.partner_walk()
        if self.buddy_turn:
            pose = "stand"
            if phase == "celebrate":
                pose = CELEBRATE_POSES.get(step_animation, "stand")
            elif phase == "goodbye":
                pose = "wave"
            elif phase == "walk":
                pose = walking if t < WALK_SECONDS else "wave"
            elif phase == "back":
                pose = walking
            elif phase == "reunion":
                pose = "arms_out"
            elif phase in ("praise", "sticker"):
                pose = "wave"
            if phase in _GONE and phase not in ("praise", "sticker"):
                return []
            return [Shown("child", self.child_x(), pose, scale, doorway=doorway)]
        people: list[Shown] = []
        teacher_pose = "stand"
        if phase == "teacher":
            teacher_pose = walking if t < TEACHER_WALK_SECONDS else "wave"
        elif phase in ("run", "praise", "sticker"):
            teacher_pose = "wave"
        people.append(Shown("teacher", self.teacher_at(), teacher_pose))
        child_pose, child_face = "stand", "happy"
        if phase == "celebrate":
            child_pose = CELEBRATE_POSES.get(step_animation, "stand")
        elif phase == "goodbye" or (phase == "walk" and t >= WALK_SECONDS * 0.6):
            child_pose, child_face = "wave", "sad"  # it is OK to feel sad at the goodbye
        elif phase == "teacher":
            child_face = "calm"
        elif phase == "run":
            child_pose = walking
        elif phase in ("praise", "sticker") and scene.mode == "practice":
            child_pose = "sit"
        people.append(Shown("child", self.child_x(), child_pose, expression=child_face))
        if phase not in _GONE:
            pose = "stand"
            if phase == "prompt":
                pose = PROMPT_POSES.get(scene.step.target, "stand")
            elif phase == "celebrate":
                pose = CELEBRATE_POSES.get(step_animation, "stand")
            elif phase == "goodbye":
                pose = "wave"
            elif phase == "walk":
                pose = walking if t < WALK_SECONDS else "wave"
            people.append(Shown("grownup", x, pose, scale, doorway=doorway and phase == "walk"))
        return people

    def _walk_pose(self) -> str:
        if self.ctx.reduced_motion:
            return "walk"
        return "walk" if int(self.scene.phase_time / 0.3) % 2 == 0 else "stand"

    # -- the buddy, the owl and the targets ---------------------------------------------------------

    def buddy_box(self) -> tuple[float, float, float]:
        """(centre x, centre y, size) of the buddy."""
        if self.buddy_turn:
            size = BUDDY_TURN_SIZE
            return self.child_home_x, self.floor_y - size / 2 + 6, size
        size = BUDDY_SIZE
        if self.portrait:
            return 240.0, self.floor_y + 560, 340.0
        return 190.0, self.floor_y - size / 2 + 6, size

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

    def person_point(self, x: float, canvas: Point, scale: float = 1.0) -> Point:
        height = PEOPLE_HEIGHT * scale
        s = height / CANVAS_H
        top = self.floor_y - height * 0.975
        return (x - height * PERSON_ASPECT / 2 + canvas[0] * s, top + canvas[1] * s)

    def target_center(self) -> Point:
        scene = self.scene
        target = scene.step.target if scene.steps else "arms"
        if scene.mode == "together":  # the big picture card is the target
            return self.together_center()
        if self.buddy_turn:
            x, y, size = self.buddy_box()
            fx, fy = BUDDY_TARGETS[target]
            return (x - size / 2 + fx * size, y - size / 2 + fy * size)
        if target == "palm":  # the kiss goes into the child's own hand, to keep for later
            x, y = self.person_point(self.child_home_x, (258, 624))
            return (x + 30, y - 40)
        return self.person_point(self.partner_x, PERSON_TARGETS[target])

    def together_center(self) -> Point:
        layout = self.ctx.layout
        if self.portrait:
            return (layout.center_x, self.floor_y + 520)
        return (layout.center_x, layout.height * 0.5 + 40)

    def child_face(self) -> Point:
        return self.person_point(self.child_x(), (210, 430))

    def child_hand(self) -> Point:
        return self.person_point(self.child_x(), (290, 432))

    def child_palm(self) -> Point:
        return self.person_point(self.child_x(), (258, 624))

    def partner_face(self) -> Point:
        if self.buddy_turn:
            x, y, size = self.buddy_box()
            return (x, y - size * 0.15)
        return self.person_point(self.partner_x, (200, 150))

    def pulse(self) -> float:
        """0..1 slow pulse of the target after a hint (0 under reduced motion)."""
        if not self.scene.hinting or self.ctx.reduced_motion:
            return 0.0
        return 0.5 - 0.5 * math.cos(2 * math.pi * PULSE_HZ * self.scene.phase_time)

    def person_rect(self, shown: Shown) -> tuple[float, float, float, float]:
        """The box (layout units) a person covers (an adult fills about 92 % of the canvas, a child 56 %)."""
        height = PEOPLE_HEIGHT * shown.scale * (0.56 if shown.who == "child" else 0.92)
        return (shown.x - height * 0.22, self.floor_y - height, height * 0.44, height)

    def face_rect(self, shown: Shown) -> tuple[float, float, float, float]:
        """The box (layout units) of a person's face."""
        _, y, _, h = self.person_rect(shown)
        size = h * (0.26 if shown.who == "child" else 0.16)
        return (shown.x - size / 2, y, size, size)

    def figure_boxes(self) -> list[FigureBox]:
        """Everyone on the stage now (people, the buddy, the owl) and the door, in pixels."""
        layout = self.ctx.layout
        found = [
            FigureBox(shown.who, layout.rect(self.person_rect(shown)), layout.rect(self.face_rect(shown)))
            for shown in self.people()
            if not shown.doorway
        ]
        boxes = [("buddy", self.buddy_box())] + ([("owl", self.owl_box())] if self.buddy_turn else [])
        for name, (x, y, size) in boxes:
            found.append(
                FigureBox(
                    name,
                    layout.rect((x - size * 0.45, y - size * 0.45, size * 0.9, size * 0.9)),
                    layout.rect((x - size * 0.3, y - size * 0.45, size * 0.6, size * 0.45)),
                )
            )
        found.append(FigureBox("door", layout.rect(self.door().frame()), pygame.Rect(0, 0, 0, 0)))
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

    def _person(self, look: AvatarLook, kind: str, pose: str, scale: float, expression: str) -> pygame.Surface:
        scale = round(scale * 25) / 25  # a few sizes only: each is rasterised once and cached
        return self.ctx.person_renderer.render(look, kind, pose, expression, self.ctx.layout.px(PEOPLE_HEIGHT * scale))

    def _picture(self, shown: Shown) -> pygame.Surface:
        profile = self.ctx.profile
        look, kind = {
            "grownup": (profile.grownup.look, "adult"),
            "teacher": (profile.teacher.look, "adult"),
            "child": (profile.child.look, "child"),
        }[shown.who]
        return self._person(look, kind, shown.pose, shown.scale, shown.expression)

    def draw_stage(self, surface: pygame.Surface) -> None:
        scene = self.scene
        layout = self.ctx.layout
        people = self.people()
        doorway = [shown for shown in people if shown.doorway]

        def through(target: pygame.Surface) -> None:
            for shown in doorway:
                picture = self._picture(shown)
                target.blit(picture, picture.get_rect(midbottom=layout.point(shown.x, self.floor_y)))

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
            self._draw_buddy(surface)
        for shown in people:
            if not shown.doorway:
                picture = self._picture(shown)
                surface.blit(picture, picture.get_rect(midbottom=layout.point(shown.x, self.floor_y)))
        if scene.kept_kiss and not (scene.phase in ("praise", "sticker") and scene.mode == "practice"):
            heart = self.ctx.assets.svg("svg/icons/heart.svg", (layout.px(40), layout.px(40)))
            surface.blit(heart, heart.get_rect(center=layout.point(*self.child_palm())))
        if not self.buddy_turn:
            self._draw_buddy(surface)
        if scene.phase == "prompt":
            self._draw_prompt_bubble(surface)
            self.draw_target(surface)
        self.draw_step_dots(surface)

    def _draw_buddy(self, surface: pygame.Surface) -> None:
        layout = self.ctx.layout
        bx, by, bsize = self.buddy_box()
        self.scene.buddy.draw(surface, layout.point(bx, by), layout.px(bsize))
        if self.buddy_turn and self.scene.phase == "later":  # snack at buddy daycare
            apple = self.ctx.assets.svg("svg/props/apple.svg", (layout.px(80), layout.px(80)))
            surface.blit(apple, apple.get_rect(center=layout.point(bx + bsize * 0.42, by + bsize * 0.3)))

    def _draw_owl(self, surface: pygame.Surface) -> None:
        layout = self.ctx.layout
        x, y, size = self.owl_box()
        hop = 0.0
        if self.scene.phase == "welcome" and not self.ctx.reduced_motion:
            hop = abs(math.sin(self.scene.phase_time * math.pi * 2.0)) * 20 * (1 - self.scene.phase_time / 3)
        owl = self.ctx.assets.svg("svg/ritual/buddy_teacher.svg", (layout.px(size), layout.px(size)))
        surface.blit(owl, owl.get_rect(center=layout.point(x, y - max(0.0, hop))))

    # -- the step on screen ------------------------------------------------------------------------

    def bubble_rect(self) -> tuple[float, float, float, float]:
        """The step's picture in its speech bubble (layout units)."""
        layout = self.ctx.layout
        if self.portrait:
            w, h = 520.0, 480.0
            cx = layout.center_x + (0 if self.buddy_turn else 170)
            return (cx - w / 2, self.floor_y + 540 - h / 2, w, h)
        w, h = 250.0, 220.0
        return (200 - w / 2, 300 - h / 2, w, h)

    def _draw_prompt_bubble(self, surface: pygame.Surface) -> None:
        """The step's picture in a speech bubble from the buddy (in Buddy's turn, a picture card)."""
        ctx = self.ctx
        layout = ctx.layout
        x, y, w, h = self.bubble_rect()
        rect = draw_panel(surface, layout, (x, y, w, h), theme.PANEL, radius=46, outline=theme.OUTLINE)
        if not self.buddy_turn:
            bx, by, bsize = self.buddy_box()
            if self.portrait:  # the tail points left, to the buddy
                tail = [(x + 6, y + h * 0.45), (x + 6, y + h * 0.65), (bx + bsize * 0.3, by - bsize * 0.1)]
            else:  # the tail points down, to the buddy on the rug
                tail = [(x + w * 0.3, y + h - 6), (x + w * 0.55, y + h - 6), (bx, by - bsize * 0.42)]
            points = [layout.point(*point) for point in tail]
            pygame.draw.polygon(surface, theme.PANEL, points)
            pygame.draw.lines(surface, theme.OUTLINE, False, [points[1], points[2], points[0]], layout.px(4))
        icon_px = layout.px(min(w, h) * 0.8)
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

    def step_dots_y(self) -> float:
        return self.floor_y + 150 if self.portrait else 96.0

    def draw_step_dots(self, surface: pygame.Surface) -> None:
        """The ritual's steps as small pictures (along the top; under the room in portrait), done ones ticked."""
        scene = self.scene
        ctx = self.ctx
        layout = ctx.layout
        size, gap = (110.0, 28.0) if self.portrait else (84.0, 22.0)
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
        draw_text(surface, ctx.fonts, layout, str(award.count), 40, theme.INK, center=(cx + 250, cy + 210))
        if award.unlocked:
            look = ctx.profile.buddy.model_copy(deep=True)
            extra = [item for item in award.unlocked if item not in look.accessories]
            look = look.model_copy(update={"accessories": [*look.accessories, *extra]})
            picture = ctx.buddy_renderer.render(look, layout.px(230), expression="giggle")
            surface.blit(picture, picture.get_rect(center=layout.point(cx - 300, cy + 60)))
            star = ctx.assets.svg("svg/ritual/sparkle.svg", (layout.px(60), layout.px(60)))
            surface.blit(star, star.get_rect(center=layout.point(cx - 390, cy - 50)))
