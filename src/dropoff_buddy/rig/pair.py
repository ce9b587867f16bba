"""Pair poses: two figures posed together so that named points of theirs really meet.

``solve`` places the second figure beside the first (facing it, or the same way) and bends
arms (two-bone reaching) and, for faces, a back (a lean), until the pair's contact points
coincide: palms in a high five, a mouth on a cheek, hands round the other's back in a hug.
It works in screen pixels, so it holds at any size and for figures of different heights
(a grown-up and a child, a child and the buddy). ``pose_pair`` applies the result to two live
``Figure`` objects with an eased transition.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

import pygame

from dropoff_buddy.rig.compose import Geometry, geometry, palm_length, rounded
from dropoff_buddy.rig.figure import Figure
from dropoff_buddy.rig.pose_file import Contact, PairDef, PropDef
from dropoff_buddy.rig.poses import PoseState, Track
from dropoff_buddy.rig.reaching import reach_point
from dropoff_buddy.rig.skeleton import Build, Point

#: How two people do a goodbye step together, by the step's animation (``levels/ritual_steps.toml``):
#: the pair pose, or the pose both take. The goodbye game and the story's goodbye page both use it.
STEP_PAIRS: Mapping[str, str] = MappingProxyType(
    {
        "hug": "hug",
        "kiss": "kiss_cheek",
        "high_five": "high_five",
        "fist_bump": "fist_bump",
        "nose_rub": "nose_rub",
        "handshake": "high_five",
        "kissing_hand": "hold_hands",
        "wave": "wave",
        "blow_kiss": "blow_kiss",
        "thumbs_up": "thumbs_up",
    }
)

Props = Mapping[str, PropDef]

HEAD_POINTS = ("head", "head_top", "eyes", "nose", "mouth", "cheek", "cheek_back")
HAND_POINTS = ("hand_front", "hand_back")
LEAN_RANGE = (-30.0, 70.0)


@dataclass(frozen=True)
class Placement:
    """Where a figure stands and how it is drawn, in screen pixels: enough to turn rig units into pixels."""

    build: Build
    x: float
    y: float
    scale: float
    facing: int

    def point(self, geo: Geometry, name: str) -> Point:
        """Named point ``name`` of ``geo`` on the screen."""
        px, py = geo.points[name]
        fx, fy = geo.points["floor"]
        return (self.x + self.facing * (px - fx) * self.scale, self.y + (py - fy) * self.scale)

    def to_rig(self, geo: Geometry, screen: Point) -> Point:
        """A screen point in the figure's own rig units (facing right)."""
        fx, fy = geo.points["floor"]
        return (fx + (screen[0] - self.x) / (self.facing * self.scale), fy + (screen[1] - self.y) / self.scale)


@dataclass(frozen=True)
class PairResult:
    """What solving a pair gives: both states and where the second figure's floor point goes."""

    first: PoseState
    second: PoseState
    second_position: tuple[float, float]
    second_facing: int
    misses: tuple[float, ...]  # how far apart (pixels) each contact still is


def _lean_to(build: Build, state: PoseState, place: Placement, name: str, target_y: float, props: Props) -> PoseState:
    """The state leaned (torso) so that point ``name`` is at screen height ``target_y`` (as near as it can)."""

    def height(lean: float) -> float:
        leaned = replace(state, lean=lean)
        return place.point(geometry(build, rounded(leaned), props), name)[1] - target_y

    low, high = LEAN_RANGE
    # Leaning forward lowers the head: the height grows with the lean (y points down).
    if height(low) > 0:
        return replace(state, lean=low)
    if height(high) < 0:
        return replace(state, lean=high)
    for _ in range(30):
        middle = (low + high) / 2
        if height(middle) < 0:
            low = middle
        else:
            high = middle
    return replace(state, lean=round((low + high) / 2))


def _reach(build: Build, state: PoseState, place: Placement, hand: str, target: Point, props: Props) -> PoseState:
    """The state with arm ``hand`` bent so its palm is on ``target`` (screen pixels)."""
    geo = geometry(build, rounded(state), props)
    return reach_point(build, state, hand, place.to_rig(geo, target), props)


def _arm_reach(build: Build, geo: Geometry, place: Placement, hand: str) -> tuple[Point, float]:
    """The shoulder of arm ``hand`` on the screen, and how far (pixels) its palm can reach from there."""
    side = hand.removeprefix("hand_")
    length = build.bones[f"upper_arm_{side}"].length + build.bones[f"forearm_{side}"].length + palm_length(build)
    return place.point(geo, f"shoulder_{side}"), length * place.scale


def _reachable(point: Point, arms: list[tuple[Point, float, float]]) -> Point:
    """``point`` moved as little as it takes for every arm (shoulder, reach, x offset) to reach it."""
    x, y = point
    for _ in range(40):
        for (sx, sy), length, offset in arms:
            dx, dy = x + offset - sx, y - sy
            distance = (dx * dx + dy * dy) ** 0.5
            limit = length * 0.97
            if distance > limit:
                x, y = sx + dx * limit / distance - offset, sy + dy * limit / distance
    return (x, y)


def solve(
    pair: PairDef,
    first: tuple[Build, PoseState, Placement],
    second: tuple[Build, PoseState, float, float],
    props: Props,
) -> PairResult:
    """Solve ``pair`` for a first figure (build, state, placement) and a second (build, state, pixels per rig
    unit, floor y). The second faces the first (or the same way) and is placed so the points meet."""
    first_build, first_state, first_place = first
    second_build, second_state, second_scale, floor_y = second
    contacts = [c for c in pair.contact if c.applies(first_build.kind, second_build.kind)]
    facing = -first_place.facing if pair.facing == "each_other" else first_place.facing
    second_place = Placement(second_build, 0.0, floor_y, second_scale, facing)

    # Faces that meet are placed by the faces' own points (a cheek to a cheek for a buddy, a
    # mouth to a cheek for a person); otherwise by the pair's ``place``.
    head_contacts = [c for c in contacts if c.first in HEAD_POINTS or c.second in HEAD_POINTS]
    placing = (
        (head_contacts[0].first, head_contacts[0].second, head_contacts[0].gap)
        if head_contacts
        else (pair.place.first, pair.place.second, pair.place.gap)
    )

    def place_second(states: tuple[PoseState, PoseState]) -> Placement:
        geo_first = geometry(first_build, rounded(states[0]), props)
        geo_second = geometry(second_build, rounded(states[1]), props)
        anchor = first_place.point(geo_first, placing[0])
        goal_x = anchor[0] + first_place.facing * placing[2] * first_place.scale / first_build.world
        probe = replace(second_place, x=0.0)
        own = probe.point(geo_second, placing[1])
        return replace(second_place, x=goal_x - own[0])

    states = (first_state, second_state)
    # 1. Faces meet: whoever leans bends the back until the two head points are level.
    if pair.lean and head_contacts:
        contact = head_contacts[0]
        for _ in range(3):
            second_place = place_second(states)
            a = first_place.point(geometry(first_build, rounded(states[0]), props), contact.first)
            b = second_place.point(geometry(second_build, rounded(states[1]), props), contact.second)
            if pair.lean == "first":
                states = (_lean_to(first_build, states[0], first_place, contact.first, b[1], props), states[1])
            else:
                states = (states[0], _lean_to(second_build, states[1], second_place, contact.second, a[1], props))

    def reach_all(states: tuple[PoseState, PoseState]) -> tuple[tuple[PoseState, PoseState], Placement, list[float]]:
        # 2. Place the second figure. 3. Hands reach: to the other's point, or both to a meeting
        # point each arm can reach. While the first hand contact is still out of reach, the second
        # figure steps closer (or back) and they try again.
        placed = place_second(states)
        start = states
        for _attempt in range(4):
            states = _reach_contacts(contacts, first_build, first_place, second_build, placed, start, props)
            primary = next((c for c in contacts if c.first in HAND_POINTS or c.second in HAND_POINTS), None)
            if primary is None:
                break
            a = first_place.point(geometry(first_build, rounded(states[0]), props), primary.first)
            b = placed.point(geometry(second_build, rounded(states[1]), props), primary.second)
            gap = first_place.facing * primary.gap * first_place.scale / first_build.world
            shift = a[0] + gap - b[0]
            if abs(shift) < 1.0 and abs(a[1] - b[1]) < 1.0:
                break
            placed = replace(placed, x=placed.x + shift)
        misses = [
            _miss(contact, (first_build, first_place), (second_build, placed), states, props) for contact in contacts
        ]
        return states, placed, misses

    solved, second_place, misses = reach_all(states)
    # Hands that still cannot meet: whoever leans bends forward, a little at a time, until they do.
    if pair.lean and not head_contacts and misses:
        leaner = 0 if pair.lean == "first" else 1
        limit = 0.01 * (first_place.scale if leaner == 0 else second_scale) * first_build.standing_height
        for lean in range(5, int(LEAN_RANGE[1]) + 1, 5):
            if max(misses) <= limit:
                break
            bent = replace(states[leaner], lean=float(lean))
            trial = (bent, states[1]) if leaner == 0 else (states[0], bent)
            solved, second_place, misses = reach_all(trial)
    states = solved
    return PairResult(states[0], states[1], (second_place.x, second_place.y), facing, tuple(misses))


def _miss(
    contact: Contact,
    first: tuple[Build, Placement],
    second: tuple[Build, Placement],
    states: tuple[PoseState, PoseState],
    props: Props,
) -> float:
    """How far (pixels) the contact's two points are from meeting with their gap between them."""
    (first_build, first_place), (second_build, second_place) = first, second
    a = first_place.point(geometry(first_build, rounded(states[0]), props), contact.first)
    b = second_place.point(geometry(second_build, rounded(states[1]), props), contact.second)
    gap = first_place.facing * contact.gap * first_place.scale / first_build.world
    return float(((b[0] - a[0] - gap) ** 2 + (a[1] - b[1]) ** 2) ** 0.5)


def _reach_contacts(
    contacts: list[Contact],
    first_build: Build,
    first_place: Placement,
    second_build: Build,
    second_place: Placement,
    states: tuple[PoseState, PoseState],
    props: Props,
) -> tuple[PoseState, PoseState]:
    for contact in contacts:
        geo_a = geometry(first_build, rounded(states[0]), props)
        geo_b = geometry(second_build, rounded(states[1]), props)
        a = first_place.point(geo_a, contact.first)
        b = second_place.point(geo_b, contact.second)
        # The points meet with ``gap`` between them along the first figure's facing.
        gap = first_place.facing * contact.gap * first_place.scale / first_build.world
        arms: list[tuple[int, str, Point, float]] = []
        if contact.move in ("first", "both") and contact.first in HAND_POINTS:
            arms.append((0, contact.first, *_arm_reach(first_build, geo_a, first_place, contact.first)))
        if contact.move in ("second", "both") and contact.second in HAND_POINTS:
            arms.append((1, contact.second, *_arm_reach(second_build, geo_b, second_place, contact.second)))
        if contact.move == "both":
            meet = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        elif contact.move == "first":
            meet = (b[0] - gap / 2, b[1])
        else:
            meet = (a[0] + gap / 2, a[1])
        meet = _reachable(
            meet, [(shoulder, length, -gap / 2 if index == 0 else gap / 2) for index, _hand, shoulder, length in arms]
        )
        for index, hand, _shoulder, _length in arms:
            target = (meet[0] - gap / 2, meet[1]) if index == 0 else (meet[0] + gap / 2, meet[1])
            build, place = (first_build, first_place) if index == 0 else (second_build, second_place)
            moved = _reach(build, states[index], place, hand, target, props)
            states = (moved, states[1]) if index == 0 else (states[0], moved)
    return states


def placement_of(figure: Figure) -> Placement:
    return Placement(figure.figure_look.build, figure.position[0], figure.position[1], figure.scale, figure.facing)


def _solve_tracks(
    pair: PairDef, first: Figure, second: Figure, first_track: Track, second_track: Track
) -> tuple[Track, Track, tuple[float, float], int, tuple[float, ...]]:
    count = max(len(first_track.states), len(second_track.states))
    period = first_track.period or second_track.period
    first_states: list[PoseState] = []
    second_states: list[PoseState] = []
    position = second.position
    facing = second.facing
    worst: list[float] = []
    for index in range(count):
        a = first_track.states[index % len(first_track.states)]
        b = second_track.states[index % len(second_track.states)]
        result = solve(
            pair,
            (first.figure_look.build, a, placement_of(first)),
            (second.figure_look.build, b, second.scale, first.position[1]),
            first.rig.book.props,
        )
        first_states.append(result.first)
        second_states.append(result.second)
        if index == 0:
            position, facing = result.second_position, result.second_facing
        worst = [max(x, y) for x, y in zip(worst, result.misses, strict=True)] if worst else list(result.misses)
    first_solved = Track(first_track.name, tuple(first_states), period if count > 1 else 0.0, first_track.target)
    second_solved = Track(second_track.name, tuple(second_states), period if count > 1 else 0.0, second_track.target)
    return first_solved, second_solved, position, facing, tuple(worst)


@dataclass(frozen=True)
class Pairing:
    """Two figures in a pair pose: draw them together with ``draw`` (bodies overlap in the right order)."""

    name: str
    first: Figure
    second: Figure
    misses: tuple[float, ...]
    front: str

    @property
    def order(self) -> tuple[Figure, Figure]:
        return (self.first, self.second) if self.front == "second" else (self.second, self.first)

    def draw(self, surface: pygame.Surface) -> None:
        """Draw both figures, layer by layer."""
        self.first.rig.draw_together(surface, self.order)


def pose_pair(
    name: str,
    first: Figure,
    second: Figure,
    *,
    transition: float | None = None,
) -> Pairing:
    """Put ``first`` and ``second`` into pair pose ``name``: the second turns to face the first (or the same
    way) and moves beside it so the pair's points meet; both ease into their poses.

    The first figure stays where it is. Raises ``KeyError`` for an unknown pair and ``ValueError`` for
    kinds the pair is not made for.
    """
    book = first.rig.book
    if name not in book.pairs:
        raise KeyError(f"no pair pose called {name!r}; pair poses are {', '.join(book.pairs)}")
    pair = book.pairs[name]
    if (first.kind, second.kind) not in [tuple(kinds) for kinds in pair.kinds]:
        raise ValueError(f"the pair pose {name!r} is not made for a {first.kind} and a {second.kind}")
    first_track = first.rig.track(pair.first, first.figure_look)
    second_track = second.rig.track(pair.second, second.figure_look)
    solved_first, solved_second, position, facing, misses = _solve_tracks(
        pair, first, second, first_track, second_track
    )
    first.show(solved_first, transition, name=name)
    second.facing = facing
    second.show(solved_second, transition, name=name)
    duration = 0.0 if second.reduced_motion else (0.35 if transition is None else transition)
    second.move_to(position, duration)
    return Pairing(name, first, second, misses, pair.front)
