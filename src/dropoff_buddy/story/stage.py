"""The story's stage: where things go on screen, and the actors' simple animations.

Stage units are those of the background art (1600 × 1000, floor at about y = 720). ``Stage``
maps them to window pixels so the art covers the window (cropping a little sky or floor on
very wide or tall windows). ``ActorMotion`` plays one actor's animation (bounce, wave, walk in
or out, hug, sleep) as where the actor is and which pose it takes over time (``story.cast`` puts
rigged figures there); under reduced motion it changes only poses, expressions and visibility.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass

import pygame

from dropoff_buddy.story.schema import STAGE_HEIGHT, STAGE_WIDTH, Actor

# How far the crop of a tall or wide window falls above the art rather than below it, so
# the floor (where everyone stands) stays in view.
_CROP_ABOVE = 0.6
# In a portrait window the stage shows this much of the art's width (x 200..1400): everything a page
# stages stays inside it, and people are drawn as large as the window's width allows.
PORTRAIT_CROP = 1200.0

WALK_SPEED = 420.0  # stage units per second
BOUNCE_SECONDS = 1.0
WAVE_SECONDS = 2.0
HUG_SECONDS = 1.8
SLEEP_BREATH = 4.0
OFF_LEFT = -260.0
OFF_RIGHT = STAGE_WIDTH + 260.0


@dataclass(frozen=True)
class Stage:
    """Stage units → window pixels for one window size."""

    scale: float
    left: float
    top: float

    portrait: bool = False

    @classmethod
    def for_size(cls, size: tuple[int, int]) -> Stage:
        """Landscape: the art covers the window. Portrait (taller than wide): the art's middle
        ``PORTRAIT_CROP`` units fill the width at the top, and the buttons go below it."""
        width, height = size
        if height > width:
            scale = width / PORTRAIT_CROP
            return cls(scale, -(STAGE_WIDTH - PORTRAIT_CROP) / 2 * scale, 0.0, portrait=True)
        scale = max(width / STAGE_WIDTH, height / STAGE_HEIGHT)
        return cls(scale, (width - STAGE_WIDTH * scale) / 2, (height - STAGE_HEIGHT * scale) * _CROP_ABOVE)

    @property
    def bottom(self) -> float:
        """The pixel row where the art ends (the window's bottom, or below it, in landscape)."""
        return self.top + STAGE_HEIGHT * self.scale

    @property
    def art_size(self) -> tuple[int, int]:
        """The pixel size a background is rasterised at."""
        return round(STAGE_WIDTH * self.scale), round(STAGE_HEIGHT * self.scale)

    def point(self, x: float, y: float) -> tuple[int, int]:
        return round(self.left + x * self.scale), round(self.top + y * self.scale)

    def length(self, units: float) -> int:
        return max(1, round(units * self.scale))

    def to_stage(self, pixel: tuple[float, float]) -> tuple[float, float]:
        return (pixel[0] - self.left) / self.scale, (pixel[1] - self.top) / self.scale


@dataclass(frozen=True)
class Placement:
    """Where and how an actor is drawn at this moment."""

    x: float
    y: float  # feet, after any hop
    pose: str
    expression: str
    angle: float = 0.0  # degrees, clockwise
    sx: float = 1.0
    sy: float = 1.0
    alpha: int = 255
    visible: bool = True


class ActorMotion:
    """One actor's animation state. ``start`` an animation, ``update(dt)`` every frame, read ``placement``."""

    def __init__(self, spec: Actor, reduced_motion: bool) -> None:
        self.spec = spec
        self.reduced_motion = reduced_motion
        self.time = 0.0
        self.x = spec.x
        self.visible = True
        self.alpha = 255
        self.animation = "none"
        self.anim_time = 0.0
        self.anim_length = 0.0
        self.start_x = spec.x
        self.end_x = spec.x
        self.partner_x: float | None = None
        self.sleeping = False
        self.through_door = False  # walks in or out through the page's door (no fading out)
        self._pending_delay = spec.delay if spec.animation != "none" else -1.0
        self.waiting_for_cue = spec.animation != "none" and spec.cue_line >= 0
        if spec.animation == "walk_in":
            # Off stage until the walk starts (or, under reduced motion, until it is time to appear).
            self.visible = False
        elif spec.animation == "sleep" and spec.delay == 0:
            self.sleeping = True

    def cue(self) -> None:
        """The page's cue line has started: the animation's ``delay`` starts counting now."""
        self.waiting_for_cue = False

    def start(self, animation: str, partner_x: float | None = None) -> None:
        """Start ``animation`` now (replacing the one playing)."""
        spec = self.spec
        self._pending_delay = -1.0
        self.waiting_for_cue = False
        self.anim_time = 0.0
        if partner_x is None and animation == "hug":
            partner_x = spec.to_x  # a page's own hug leans towards to_x
        self.partner_x = partner_x
        self.animation = animation
        if animation == "none":
            return
        if animation == "walk_in":
            self.visible = True
            self.start_x = spec.from_x if spec.from_x is not None else (OFF_RIGHT if spec.flip else OFF_LEFT)
            self.end_x = spec.x
            self.anim_length = 0.6 if self.reduced_motion else max(0.8, abs(self.end_x - self.start_x) / WALK_SPEED)
        elif animation == "walk_out":
            self.start_x = self.x
            self.end_x = spec.to_x if spec.to_x is not None else (OFF_LEFT if spec.flip else OFF_RIGHT)
            self.anim_length = 1.0 if self.reduced_motion else max(0.8, abs(self.end_x - self.start_x) / WALK_SPEED)
        elif animation == "bounce":
            self.anim_length = BOUNCE_SECONDS
        elif animation == "wave":
            self.anim_length = WAVE_SECONDS
        elif animation == "hug":
            self.anim_length = HUG_SECONDS
        elif animation == "sleep":
            self.sleeping = True
            self.animation = "none"

    @property
    def busy(self) -> bool:
        """True while the actor waits to start its page animation or is playing one."""
        return self._pending_delay >= 0 or self.animation != "none"

    def update(self, dt: float) -> bool:
        """Advance by ``dt``; True while something is moving (the picture may change)."""
        self.time += dt
        if self.waiting_for_cue:
            return False
        if self._pending_delay >= 0:
            self._pending_delay -= dt
            if self._pending_delay < 0:
                self.start(self.spec.animation)
            return True
        if self.animation == "none":
            return self.sleeping and not self.reduced_motion
        self.anim_time += dt
        progress = min(1.0, self.anim_time / self.anim_length) if self.anim_length > 0 else 1.0
        if self.animation == "walk_in":
            self.x = self.end_x if self.reduced_motion else self.start_x + (self.end_x - self.start_x) * progress
            self.alpha = round(255 * progress) if self.reduced_motion else 255
        elif self.animation == "walk_out":
            if self.reduced_motion:
                self.alpha = round(255 * (1.0 - progress))
            else:
                self.x = self.start_x + (self.end_x - self.start_x) * progress
                self.alpha = round(255 * min(1.0, (1.0 - progress) / 0.25)) if self._fades_at_end else 255
        if progress >= 1.0:
            if self.animation == "walk_out":
                self.visible = False
            self.animation = "none"
            self.alpha = 255 if self.visible else 0
        return True

    @property
    def walk_to_come(self) -> bool:
        """True while this actor is still to walk in or out on this page (waiting for its cue, or walking)."""
        if self.animation in ("walk_in", "walk_out"):
            return True
        return self._pending_delay >= 0 and self.spec.animation in ("walk_in", "walk_out")

    @property
    def _fades_at_end(self) -> bool:
        # Walking out to a spot on the stage: fade there instead of popping out. Through the page's
        # door the door hides them instead (the story draws them inside the doorway).
        return not self.through_door and OFF_LEFT < self.end_x < OFF_RIGHT

    def placement(self) -> Placement:
        spec = self.spec
        pose, expression = spec.pose, spec.expression
        if not self.visible:
            return Placement(self.x, spec.y, pose, expression, alpha=0, visible=False)
        if self.sleeping:
            expression = "sleepy"
        name = self.animation
        p = min(1.0, self.anim_time / self.anim_length) if self.anim_length > 0 else 1.0
        envelope = math.sin(math.pi * p)
        x, lift, angle, sx, sy = self.x, 0.0, 0.0, 1.0, 1.0
        if name in ("walk_in", "walk_out"):
            pose = "walk"
            if not self.reduced_motion:
                lift = 8.0 * abs(math.sin(2 * math.pi * 1.6 * self.anim_time))
        elif name == "wave":
            pose = "wave"
            if not self.reduced_motion:
                angle = 4.0 * math.sin(2 * math.pi * 1.5 * self.anim_time) * envelope
        elif name == "hug" and self.partner_x is None:
            pose = "cheer"  # a hug for nobody in particular: arms up with joy (a hug with someone is a pair pose)
        elif name == "bounce" and not self.reduced_motion:
            hop = abs(math.sin(2 * math.pi * p))
            lift, sy = 36.0 * hop * envelope, 1.0 + 0.03 * hop
        if self.sleeping and not self.reduced_motion and name == "none":
            breath = 0.5 - 0.5 * math.cos(2 * math.pi * self.time / SLEEP_BREATH)
            sy = 1.0 - 0.025 * breath
        return Placement(x, spec.y - lift, pose, expression, angle, sx, sy, self.alpha, True)


class TransformCache:
    """Scaled / rotated / flipped / faded copies of cached pictures, so drawing is one blit.

    Steps are quantised so a slow animation reuses a few dozen pictures.
    """

    def __init__(self, limit: int = 64) -> None:
        self._items: OrderedDict[tuple[int, bool, int, int, int, int], pygame.Surface] = OrderedDict()
        self._limit = limit
        # The source of each copy, kept alive with it: keys use the source's identity.
        self._sources: dict[tuple[int, bool, int, int, int, int], pygame.Surface] = {}

    def get(
        self, image: pygame.Surface, *, flip: bool, angle: float, sx: float, sy: float, alpha: int
    ) -> pygame.Surface:
        q_angle, q_sx, q_sy, q_alpha = round(angle / 1.5), round((sx - 1) / 0.005), round((sy - 1) / 0.005), alpha // 16
        if not (flip or q_angle or q_sx or q_sy or q_alpha < 15):
            return image
        key = (id(image), flip, q_angle, q_sx, q_sy, q_alpha)
        cached = self._items.get(key)
        if cached is not None:
            self._items.move_to_end(key)
            return cached
        result = image
        if flip:
            result = pygame.transform.flip(result, True, False)
        if q_sx or q_sy:
            width = max(1, round(result.get_width() * (1 + q_sx * 0.005)))
            height = max(1, round(result.get_height() * (1 + q_sy * 0.005)))
            result = pygame.transform.smoothscale(result, (width, height))
        if q_angle:
            result = pygame.transform.rotozoom(result, -q_angle * 1.5, 1.0)
        if q_alpha < 15:
            result = result.copy() if result is image else result
            result.set_alpha(q_alpha * 16)
        self._items[key] = result
        self._sources[key] = image
        while len(self._items) > self._limit:
            old, _ = self._items.popitem(last=False)
            self._sources.pop(old, None)
        return result
