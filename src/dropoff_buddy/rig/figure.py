"""Figures on a stage: ``Rig`` (the shared service on ``ctx.rig``) and ``Figure`` (one person or buddy).

Kept as one file because a figure and the rig that makes it share one frame cache and one art
source; the skeleton, poses and art each have their own module.

A ``Figure`` has a look, a kind, a pose, a floor point (``position``, in screen pixels), a
standing ``height`` in pixels and a ``facing`` (1 right, -1 left). ``set_pose`` eases into a new
pose (instantly under reduced motion); ``update(dt)`` moves time on; ``draw(surface)`` blits the
current picture and changes nothing; ``anchor("hand_front")`` says where a named point is on the
screen now, so a game can put its target on a real hand or cheek. See ``docs/RIG.md``.

Pictures are cached per (look, kind, pose state, size): a pose state is rounded to whole
degrees, a transition to a few steps and a cycle to ``CYCLE_STEPS`` frames, so the same few
pictures come back and drawing is a blit per layer.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import pygame

from dropoff_buddy.assets import Assets
from dropoff_buddy.buddy.render import BuddyRenderer
from dropoff_buddy.rig.art import FigureLook, RigArt
from dropoff_buddy.rig.compose import LAYERS, Frame, compose
from dropoff_buddy.rig.pose_file import ANCHORS
from dropoff_buddy.rig.poses import PoseBook, PoseState, Track, blend
from dropoff_buddy.rig.reaching import apply_reaches
from dropoff_buddy.storage.models import AvatarLook, BuddyLook

EXPRESSIONS = ("happy", "calm", "sad", "sleepy")
"""Faces a figure can make: happy, calm (eyes softly closed), sad, sleepy (eyes closed)."""

CYCLE_STEPS = 16
"""Pictures per walk cycle (and any other cycle)."""
BLEND_STEPS = 8
"""Pictures per transition between two poses."""
DEFAULT_TRANSITION = 0.35
"""Seconds to ease from one pose into another."""
SCREEN_ANCHORS = ("hand_left", "hand_right", "target")
"""Extra anchor names: the hand on the screen's left or right, and the pose's own target."""


def ease(amount: float) -> float:
    """Smooth start and end (0..1 → 0..1)."""
    amount = min(1.0, max(0.0, amount))
    return amount * amount * (3.0 - 2.0 * amount)


class Rig:
    """The pose book, the art, and the cache of composed frames. One per game (``ctx.rig``)."""

    def __init__(
        self,
        assets: Assets,
        buddy_renderer: BuddyRenderer,
        book: PoseBook | None = None,
        *,
        frame_budget_bytes: int = 64 * 1024 * 1024,
    ) -> None:
        self.book = book if book is not None else PoseBook.load()
        self.art = RigArt(assets, buddy_renderer, self.book)
        self._frames: OrderedDict[tuple[object, ...], Frame] = OrderedDict()
        self._frame_bytes = 0
        self.frame_budget_bytes = frame_budget_bytes
        self.composed = 0  # frames composed so far (cache misses)
        self.skipped = 0  # in-between pictures shown a frame late, to keep frames short
        self._stills: dict[tuple[object, ...], Still] = {}
        self._tracks: dict[tuple[object, ...], Track] = {}

    def figure(self, kind: str, look: AvatarLook | BuddyLook, **options: object) -> Figure:
        """A new ``Figure`` of ``kind`` with ``look`` (options as for ``Figure``)."""
        return Figure(self, kind, look, **options)  # type: ignore[arg-type]

    def track(self, pose: str, figure: FigureLook) -> Track:
        """Pose ``pose`` resolved for this figure's kind and build (wheelchair, older), hands reaching
        where the pose says. Raises ``KeyError`` for an unknown pose."""
        key = (pose, figure.kind, figure.wheelchair, figure.build.posture)
        found = self._tracks.get(key)
        if found is None:
            found = self.book.track(pose, figure.kind, wheelchair=figure.wheelchair)
            if found.reaches:
                states = tuple(
                    apply_reaches(figure.build, state, found.reaches, self.book.props) for state in found.states
                )
                found = replace(found, states=states)
            self._tracks[key] = found
        return found

    def cached_frame(self, figure: FigureLook, state: PoseState, expression: str, scale: float) -> Frame | None:
        """The picture of ``state`` if it is already composed."""
        key = (figure.signature, state.key(), expression, round(scale * 4096))
        found = self._frames.get(key)
        if found is not None:
            self._frames.move_to_end(key)
        return found

    def frame(self, figure: FigureLook, state: PoseState, expression: str, scale: float) -> Frame:
        """The composed picture of ``state`` (cached)."""
        found = self.cached_frame(figure, state, expression, scale)
        if found is not None:
            return found
        key = (figure.signature, state.key(), expression, round(scale * 4096))
        found = compose(self.art, figure, state, expression, scale)
        self.composed += 1
        self._frames[key] = found
        self._frame_bytes += found.memory_bytes()
        while self._frame_bytes > self.frame_budget_bytes and len(self._frames) > 1:
            _old_key, old = self._frames.popitem(last=False)
            self._frame_bytes -= old.memory_bytes()
        return found

    def memory_bytes(self) -> int:
        """Pixels held by the frame cache and the piece cache (bytes)."""
        frames = sum(frame.memory_bytes() for frame in self._frames.values())
        stills = sum(still.surface.get_width() * still.surface.get_height() * 4 for still in self._stills.values())
        return frames + stills + self.art.memory_bytes()

    @property
    def cached_frames(self) -> int:
        return len(self._frames)

    def clear(self) -> None:
        self._frames.clear()
        self._frame_bytes = 0
        self._stills.clear()
        self.art.clear()

    def still(
        self,
        kind: str,
        look: AvatarLook | BuddyLook,
        pose: str = "stand",
        *,
        height: float,
        expression: str = "happy",
        facing: int = 1,
        carried: BuddyLook | None = None,
    ) -> Still:
        """One still picture of a figure (all layers in one surface), for pages that show a person
        without moving them: previews, the drawn family photo. ``Still.floor`` is the floor point on it."""
        figure = self.figure(
            kind, look, pose=pose, height=height, expression=expression, facing=facing, carried=carried
        )
        key = (
            "still",
            figure.figure_look.signature,
            figure.state().key(),
            expression,
            facing,
            round(figure.scale * 4096),
        )
        found = self._stills.get(key)
        if found is not None:
            return found
        bounds = figure.rect()
        surface = pygame.Surface(bounds.size, pygame.SRCALPHA)
        figure.position = (-bounds.x, -bounds.y)
        figure.draw(surface)
        points = figure.anchors()  # the figure now stands at its place on the still picture
        found = Still(surface, (float(-bounds.x), float(-bounds.y)), points)
        self._stills[key] = found
        while len(self._stills) > 256:
            self._stills.pop(next(iter(self._stills)))
        return found

    def head(self, kind: str, look: AvatarLook | BuddyLook, size: int, *, expression: str = "happy") -> pygame.Surface:
        """The figure's head alone (hair, beard, glasses, headscarf...), ``size`` pixels square, facing you.

        Made from the head pieces only, so a page of hair-style pictures is quick to draw.
        """
        size = max(8, int(size))
        figure = FigureLook.of(kind, look)
        key = ("head", figure.signature, size, expression)
        found = self._stills.get(key)
        if found is not None:
            return found.surface
        build = figure.build
        scale = size / (build.head_radius * 2.7)
        pieces = [] if kind == "buddy" else [self.art.piece(figure, "hair_back/0", scale)]
        pieces.append(self.art.piece(figure, f"head/{expression}/0/open", scale))
        picture = pygame.Surface((size, size), pygame.SRCALPHA)
        # The head's centre goes a little below the middle, leaving room for hair and hats above.
        centre_x, centre_y = size / 2, size * 0.55
        for piece in pieces:
            neck = (centre_x - build.head_centre[0] * scale, centre_y - build.head_centre[1] * scale)
            picture.blit(piece.surface, (round(neck[0] - piece.pivot[0]), round(neck[1] - piece.pivot[1])))
        self._stills[key] = Still(picture, (centre_x, centre_y), {})
        while len(self._stills) > 256:
            self._stills.pop(next(iter(self._stills)))
        return picture

    def draw_together(self, surface: pygame.Surface, figures: Sequence[Figure]) -> None:
        """Draw ``figures`` layer by layer: all behind layers, then bodies in order, then front layers.

        This is how two figures in a pair pose overlap properly (an arm round the other's back).
        """
        for layer in LAYERS:
            for figure in figures:
                figure.draw_layer(surface, layer)


@dataclass(frozen=True)
class Still:
    """A still picture of a figure: the surface, where the floor point is on it, and its named points."""

    surface: pygame.Surface
    floor: tuple[float, float]
    points: dict[str, tuple[float, float]]

    def blit_at(self, target: pygame.Surface, floor: tuple[float, float]) -> pygame.Rect:
        """Draw it with its floor point at ``floor`` on ``target``; returns the rectangle drawn."""
        return target.blit(self.surface, (round(floor[0] - self.floor[0]), round(floor[1] - self.floor[1])))


@dataclass
class _Move:
    start: tuple[float, float]
    end: tuple[float, float]
    duration: float
    time: float = 0.0
    walking: bool = False
    then: str = ""


class Figure:
    """One rigged person or buddy on a stage. See the module docstring and ``docs/RIG.md``."""

    def __init__(
        self,
        rig: Rig,
        kind: str,
        look: AvatarLook | BuddyLook,
        *,
        position: tuple[float, float] = (0.0, 0.0),
        height: float = 400.0,
        facing: int = 1,
        pose: str = "stand",
        expression: str = "happy",
        carried: BuddyLook | None = None,
        reduced_motion: bool = False,
    ) -> None:
        self.rig = rig
        self._figure = FigureLook.of(kind, look, carried)
        self.position = (float(position[0]), float(position[1]))
        self.height = float(height)
        self.facing = 1 if facing >= 0 else -1
        self.expression = expression
        self.reduced_motion = reduced_motion
        self._track = rig.track(pose, self._figure)
        self._pose = pose
        self._from: PoseState | None = None
        self._blend_time = 0.0
        self._blend_duration = 0.0
        self._time = 0.0
        self._move: _Move | None = None
        self._shown: tuple[object, ...] | None = None
        self._last: Frame | None = None
        self._may_compose = True

    # -- who and how big -----------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self._figure.kind

    @property
    def look(self) -> AvatarLook | BuddyLook:
        return self._figure.look

    @look.setter
    def look(self, value: AvatarLook | BuddyLook) -> None:
        self._figure = FigureLook.of(self.kind, value.model_copy(deep=True), self._figure.carried)
        self._last = None
        if self._pose == self._track.name and self._pose in self.rig.book.poses:
            # A wheelchair or an older build changes how the pose is drawn.
            self._track = self.rig.track(self._pose, self._figure)

    @property
    def carried(self) -> BuddyLook | None:
        """The buddy this figure holds when a pose carries the ``buddy`` prop."""
        return self._figure.carried

    @carried.setter
    def carried(self, value: BuddyLook | None) -> None:
        self._figure = FigureLook.of(self.kind, self._figure.look, value)
        self._last = None

    @property
    def figure_look(self) -> FigureLook:
        return self._figure

    @property
    def scale(self) -> float:
        """Pixels per rig unit."""
        return max(0.01, self.height) / self._figure.build.standing_height

    # -- poses -----------------------------------------------------------------------------------

    @property
    def pose(self) -> str:
        """The pose being shown or eased into (a pair pose's name while in one)."""
        return self._pose

    def poses(self) -> list[str]:
        """Every pose this kind of figure can take."""
        return self.rig.book.names(self.kind)

    def set_pose(self, name: str, transition: float | None = None) -> None:
        """Ease into pose ``name`` over ``transition`` seconds (default 0.35; 0 or reduced motion: at once).

        Asking for the pose already shown changes nothing. Raises ``KeyError`` for an unknown pose
        and ``ValueError`` for a pose this kind of figure does not have.
        """
        if name == self._pose and self._track.name == name:
            return
        if name in self.rig.book.poses and self.kind not in self.rig.book.poses[name].kinds:
            raise ValueError(f"a {self.kind} has no pose {name!r}")
        track = self.rig.track(name, self._figure)
        self.show(track, transition, name=name)

    def show(self, track: Track, transition: float | None = None, *, name: str = "") -> None:
        """Ease into an already resolved ``track`` (what pair poses use)."""
        duration = DEFAULT_TRANSITION if transition is None else max(0.0, transition)
        if self.reduced_motion:
            duration = 0.0
        self._from = self.state() if duration > 0 else None
        self._blend_time = 0.0
        self._blend_duration = duration
        if not track.cycles or not self._track.cycles:
            self._time = 0.0
        self._track = track
        self._pose = name or track.name

    @property
    def transitioning(self) -> bool:
        return self._from is not None

    @property
    def moving(self) -> bool:
        return self._move is not None

    @property
    def busy(self) -> bool:
        """Still easing into a pose or moving to a place."""
        return self.transitioning or self.moving

    @property
    def track(self) -> Track:
        return self._track

    def state(self) -> PoseState:
        """The pose state shown now (rounded to the cached steps)."""
        target = self._track.at(self._cycle_time())
        if self._from is None or self._blend_duration <= 0:
            return target
        step = math.floor(self._blend_time / self._blend_duration * BLEND_STEPS) / BLEND_STEPS
        return blend(self._from, target, ease(step))

    def _cycle_time(self) -> float:
        track = self._track
        if not track.cycles:
            return 0.0
        step = math.floor(self._time / track.period * CYCLE_STEPS) / CYCLE_STEPS
        return step * track.period

    # -- moving ----------------------------------------------------------------------------------

    def move_to(self, position: tuple[float, float], duration: float) -> None:
        """Glide to ``position`` (a floor point) in ``duration`` seconds, in the pose it has."""
        self._move = _Move(self.position, (float(position[0]), float(position[1])), max(0.0, duration))
        if self._move.duration <= 0:
            self.position = self._move.end
            self._move = None

    def walk_to(self, x: float, *, speed: float | None = None, then: str = "stand", walk: str = "walk") -> None:
        """Walk (pose ``walk``) to ``x`` on the same floor, facing that way, then take pose ``then``.

        ``speed`` is in pixels per second (default: about half the figure's height a second).
        """
        distance = x - self.position[0]
        if abs(distance) < 1:
            self.set_pose(then)
            return
        self.facing = 1 if distance > 0 else -1
        speed = speed if speed is not None else self.height * 0.55
        self.set_pose(walk, 0.15)
        self._move = _Move(
            self.position, (x, self.position[1]), abs(distance) / max(1.0, speed), walking=True, then=then
        )

    def face(self, other: Figure | float) -> None:
        """Turn to face another figure (or an x position)."""
        x = other.position[0] if isinstance(other, Figure) else float(other)
        if x != self.position[0]:
            self.facing = 1 if x > self.position[0] else -1

    # -- time ------------------------------------------------------------------------------------

    def update(self, dt: float) -> bool:
        """Move time on by ``dt`` seconds; True when the picture or its place changed."""
        dt = max(0.0, float(dt))
        self._may_compose = True
        self._time += dt
        if self._from is not None:
            self._blend_time += dt
            if self._blend_time >= self._blend_duration:
                self._from = None
        if self._move is not None:
            move = self._move
            move.time += dt
            amount = 1.0 if move.duration <= 0 else min(1.0, move.time / move.duration)
            eased = amount if move.walking else ease(amount)
            self.position = (
                move.start[0] + (move.end[0] - move.start[0]) * eased,
                move.start[1] + (move.end[1] - move.start[1]) * eased,
            )
            if amount >= 1.0:
                self._move = None
                if move.then:
                    self.set_pose(move.then, 0.2)
        shown = (self.state().key(), round(self.position[0]), round(self.position[1]), self.facing, self.expression)
        changed = shown != self._shown
        self._shown = shown
        return changed

    # -- pictures and points --------------------------------------------------------------------

    def frame(self) -> Frame:
        """The composed picture for now, from the rig's cache.

        A figure composes at most one new in-between picture (of a transition or a cycle) per
        ``update``; until the next update it keeps showing its last picture, so several figures
        starting to move at once never make one long frame. A settled pose is always composed.
        """
        state = self.state()
        found = self.rig.cached_frame(self._figure, state, self.expression, self.scale)
        if found is None:
            passing = self.transitioning or self._track.cycles
            if passing and self._last is not None and not self._may_compose:
                self.rig.skipped += 1
                return self._last
            found = self.rig.frame(self._figure, state, self.expression, self.scale)
            self._may_compose = False
        self._last = found
        return found

    def prepare(self) -> None:
        """Compose every picture of the current pose ahead of time (all frames of a cycle)."""
        track = self._track
        times: Iterable[float] = [0.0]
        if track.cycles:
            times = [track.period * index / CYCLE_STEPS for index in range(CYCLE_STEPS)]
        for moment in times:
            self.rig.frame(self._figure, track.at(moment), self.expression, self.scale)

    def draw_layer(self, surface: pygame.Surface, layer: str) -> None:
        """Blit one layer ("behind", "body" or "front") of the current picture."""
        found = self.frame().layer(layer, self.facing)
        if found is None:
            return
        picture, (dx, dy) = found
        surface.blit(picture, (round(self.position[0] + dx), round(self.position[1] + dy)))

    def draw(self, surface: pygame.Surface) -> None:
        """Blit the figure (every layer). Changes nothing."""
        for layer in LAYERS:
            self.draw_layer(surface, layer)

    def rect(self) -> pygame.Rect:
        """The screen rectangle the current picture covers."""
        frame = self.frame()
        bounds = frame.bounds.copy()
        if self.facing < 0:
            bounds.x = -bounds.right
        bounds.move_ip(round(self.position[0]), round(self.position[1]))
        return bounds

    def to_screen(self, point: tuple[float, float]) -> tuple[float, float]:
        """A point in pixels from the floor point (facing right) on the screen."""
        return (self.position[0] + self.facing * point[0], self.position[1] + point[1])

    def anchor(self, name: str) -> tuple[float, float]:
        """Where named point ``name`` is on the screen now (see ``poses.ANCHORS`` and ``SCREEN_ANCHORS``)."""
        points = self.frame().points
        if name == "target":
            name = self._track.target or "chest"
        if name in ("hand_left", "hand_right"):
            front, back = self.to_screen(points["hand_front"]), self.to_screen(points["hand_back"])
            left, right = (front, back) if front[0] <= back[0] else (back, front)
            return left if name == "hand_left" else right
        if name not in points:
            raise KeyError(f"unknown anchor {name!r}; anchors are {', '.join((*ANCHORS, *SCREEN_ANCHORS))}")
        return self.to_screen(points[name])

    def anchors(self) -> dict[str, tuple[float, float]]:
        """Every named point on the screen now."""
        found = {name: self.to_screen(point) for name, point in self.frame().points.items()}
        for name in SCREEN_ANCHORS:
            found[name] = self.anchor(name)
        return found
