"""The bones of a rigged figure and the arithmetic that places them (no pygame here).

Every kind of figure (``adult``, ``child``, ``buddy``) has the same fifteen bones joined at the
same fourteen joints, in different proportions:

```
                      head
                       │ neck ("head")
   hand ─ forearm ─ upper_arm ─ torso ─ upper_arm ─ forearm ─ hand      (shoulder, elbow, wrist)
                       │ waist ("torso")
                     pelvis  (the root)
            thigh ─────┴───── thigh                                    (hip)
            shin              shin                                     (knee)
            foot              foot                                     (ankle)
```

A figure is always worked out facing right (+x); facing left is the mirror image. The limb on
the side the figure faces is the *front* one (``shoulder_front``, ``hand_front``), the other the
*back* one. Coordinates are rig units with y pointing down; the pelvis joint is the origin of the
figure's own frame, and the feet are put on the floor afterwards (``grounded``).

Joint angles are in degrees, 0 being the rest pose (standing straight, arms hanging). A positive
angle moves the limb towards the way the figure faces: ``shoulder_front = 90`` holds the arm
straight out in front, 180 straight up; ``hip_front = 90`` lifts the thigh level (sitting);
``elbow = 90`` bends the forearm up; ``knee = 90`` folds the shin back (kneeling, sitting on a
chair); ``torso = 20`` leans forward; ``head = 15`` nods towards the way the figure faces.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

Point = tuple[float, float]

JOINTS: tuple[str, ...] = (
    "torso",
    "head",
    "shoulder_front",
    "elbow_front",
    "wrist_front",
    "shoulder_back",
    "elbow_back",
    "wrist_back",
    "hip_front",
    "knee_front",
    "ankle_front",
    "hip_back",
    "knee_back",
    "ankle_back",
)
"""Every joint a pose may set, in a fixed order (pose states store angles in this order)."""

JOINT_RANGES: Mapping[str, tuple[float, float]] = MappingProxyType(
    {
        "torso": (-45.0, 100.0),
        "head": (-45.0, 45.0),
        "shoulder_front": (-200.0, 200.0),
        "elbow_front": (-160.0, 160.0),
        "wrist_front": (-90.0, 90.0),
        "shoulder_back": (-200.0, 200.0),
        "elbow_back": (-160.0, 160.0),
        "wrist_back": (-90.0, 90.0),
        "hip_front": (-150.0, 150.0),
        "knee_front": (-160.0, 160.0),
        "ankle_front": (-90.0, 90.0),
        "hip_back": (-150.0, 150.0),
        "knee_back": (-160.0, 160.0),
        "ankle_back": (-90.0, 90.0),
    }
)
"""What each joint can do, in degrees; ``check`` rejects a pose outside these."""

KINDS: tuple[str, ...] = ("adult", "child", "buddy")

SIDES = ("front", "back")


@dataclass(frozen=True)
class Bone:
    """One bone: where its joint sits on its parent (in the parent's frame) and how its joint turns.

    ``sign`` turns the joint's angle (positive = towards the way the figure faces) into a
    screen rotation (positive = anticlockwise): bones hanging down turn +1, bones standing up
    (torso, head) and shins (a knee folds backwards) turn -1. ``length`` reaches the next joint.
    """

    name: str
    parent: str | None
    offset: Point
    joint: str | None
    sign: float
    length: float = 0.0


def _bones(
    *,
    waist: float,
    neck: float,
    shoulder: Point,
    hip: Point,
    upper_arm: float,
    forearm: float,
    thigh: float,
    shin: float,
) -> dict[str, Bone]:
    bones = {
        "pelvis": Bone("pelvis", None, (0.0, 0.0), None, 1.0),
        "torso": Bone("torso", "pelvis", (0.0, -waist), "torso", -1.0, neck),
        "head": Bone("head", "torso", (0.0, -neck), "head", -1.0),
    }
    for side, direction in (("front", 1.0), ("back", -1.0)):
        bones[f"upper_arm_{side}"] = Bone(
            f"upper_arm_{side}", "torso", (shoulder[0] * direction, -shoulder[1]), f"shoulder_{side}", 1.0, upper_arm
        )
        bones[f"forearm_{side}"] = Bone(
            f"forearm_{side}", f"upper_arm_{side}", (0.0, upper_arm), f"elbow_{side}", 1.0, forearm
        )
        bones[f"hand_{side}"] = Bone(f"hand_{side}", f"forearm_{side}", (0.0, forearm), f"wrist_{side}", 1.0)
        bones[f"thigh_{side}"] = Bone(
            f"thigh_{side}", "pelvis", (hip[0] * direction, hip[1]), f"hip_{side}", 1.0, thigh
        )
        bones[f"shin_{side}"] = Bone(f"shin_{side}", f"thigh_{side}", (0.0, thigh), f"knee_{side}", -1.0, shin)
        bones[f"foot_{side}"] = Bone(f"foot_{side}", f"shin_{side}", (0.0, shin), f"ankle_{side}", 1.0)
    return bones


@dataclass(frozen=True)
class Build:
    """The proportions of one kind of figure (and one body shape), in rig units.

    ``head_centre`` is the middle of the face in the head bone's frame and ``head_radius`` its
    radius; ``hand_radius`` the palm's; ``sole`` how far below the ankle the sole is;
    ``torso_half_width`` the torso's half width at the chest; ``seat`` how far below the hip
    joints the seat of the trousers is; ``posture`` a lean added to every pose (an older figure
    stoops a little); ``world`` converts rig units to world units (adult and child: 1).
    """

    kind: str
    bones: Mapping[str, Bone]
    head_centre: Point
    head_radius: float
    hand_radius: float
    sole: float
    torso_half_width: float
    seat: float
    limb_radius: float
    leg_radius: float
    posture: float = 0.0
    world: float = 1.0
    order: tuple[str, ...] = field(default=())

    def bone(self, name: str) -> Bone:
        return self.bones[name]

    @property
    def standing_height(self) -> float:
        """Floor to the top of the head when standing straight, in rig units."""
        hip = self.bones["thigh_front"].offset[1]
        legs = hip + self.bones["thigh_front"].length + self.bones["shin_front"].length + self.sole
        torso = self.bones["torso"].offset[1] * -1 + self.bones["torso"].length
        head = -self.head_centre[1] + self.head_radius
        return legs + torso + head


def _ordered(bones: Mapping[str, Bone]) -> tuple[str, ...]:
    """Bones with every parent before its children."""
    done: list[str] = []
    while len(done) < len(bones):
        for name, bone in bones.items():
            if name not in done and (bone.parent is None or bone.parent in done):
                done.append(name)
    return tuple(done)


def _build(kind: str, bones: dict[str, Bone], **values: float | Point) -> Build:
    return Build(kind=kind, bones=MappingProxyType(bones), order=_ordered(bones), **values)  # type: ignore[arg-type]


# The four builds below are data (bone lengths and sizes per figure): alike in shape by design.
ADULT = _build(
    "adult",
    _bones(waist=12, neck=250, shoulder=(56, 226), hip=(30, 8), upper_arm=112, forearm=104, thigh=150, shin=138),
    head_centre=(0.0, -78.0),
    head_radius=80.0,
    hand_radius=21.0,
    sole=26.0,
    torso_half_width=70.0,
    seat=34.0,
    limb_radius=22.0,
    leg_radius=30.0,
)
"""A grown-up: about 745 units from the floor to the top of the head."""

ADULT_SOFT = _build(
    "adult",
    _bones(waist=12, neck=240, shoulder=(58, 216), hip=(32, 8), upper_arm=110, forearm=102, thigh=146, shin=134),
    head_centre=(0.0, -76.0),
    head_radius=80.0,
    hand_radius=21.0,
    sole=26.0,
    torso_half_width=78.0,
    seat=36.0,
    limb_radius=22.0,
    leg_radius=31.0,
    posture=5.0,
)
"""An older grown-up: a rounder, softer figure, a little shorter, stooping a touch."""

CHILD = _build(
    "child",
    _bones(waist=8, neck=150, shoulder=(44, 124), hip=(24, 6), upper_arm=60, forearm=54, thigh=60, shin=52),
    head_centre=(0.0, -64.0),
    head_radius=72.0,
    hand_radius=16.0,
    sole=22.0,
    torso_half_width=60.0,
    seat=22.0,
    limb_radius=19.0,
    leg_radius=21.0,
)
"""A child of about three or four: about 0.58 of a grown-up's height, with a big head."""

BUDDY = _build(
    "buddy",
    _bones(waist=0, neck=140, shoulder=(74, 118), hip=(52, 10), upper_arm=36, forearm=34, thigh=34, shin=26),
    head_centre=(0.0, -102.0),
    head_radius=112.0,
    hand_radius=22.0,
    sole=38.0,
    torso_half_width=104.0,
    seat=44.0,
    limb_radius=31.0,
    leg_radius=34.0,
    world=0.46,
)
"""The plush buddy, in the units of its 512 × 512 drawing (``assets/svg/buddy``)."""


def build_for(kind: str, *, older: bool = False) -> Build:
    """The proportions for ``kind`` ("adult", "child", "buddy"); ``older`` gives the softer grown-up."""
    if kind == "adult":
        return ADULT_SOFT if older else ADULT
    if kind == "child":
        return CHILD
    if kind == "buddy":
        return BUDDY
    raise ValueError(f"unknown kind of figure {kind!r}; choose one of {', '.join(KINDS)}")


# -- placing the bones ------------------------------------------------------------------------


def rotate(point: Point, degrees: float) -> Point:
    """``point`` turned anticlockwise on screen (y down) by ``degrees`` about the origin."""
    radians = math.radians(degrees)
    cos, sin = math.cos(radians), math.sin(radians)
    x, y = point
    return (x * cos + y * sin, -x * sin + y * cos)


@dataclass(frozen=True)
class Placed:
    """A bone placed in the figure's frame: its joint's position and its screen rotation (degrees)."""

    x: float
    y: float
    rotation: float

    def to_world(self, local: Point) -> Point:
        """A point given in this bone's own frame, in the figure's frame."""
        dx, dy = rotate(local, self.rotation)
        return (self.x + dx, self.y + dy)


def forward(build: Build, angles: Mapping[str, float], *, root_rotation: float = 0.0) -> dict[str, Placed]:
    """Place every bone for these joint angles (missing joints are 0), pelvis at the origin.

    ``root_rotation`` turns the whole figure (anticlockwise, degrees): lying down is ±90.
    """
    placed: dict[str, Placed] = {}
    for name in build.order:
        bone = build.bones[name]
        turn = bone.sign * angles.get(bone.joint, 0.0) if bone.joint else 0.0
        if name == "torso":
            turn += bone.sign * build.posture
        if bone.parent is None:
            placed[name] = Placed(0.0, 0.0, root_rotation + turn)
            continue
        parent = placed[bone.parent]
        x, y = parent.to_world(bone.offset)
        placed[name] = Placed(x, y, parent.rotation + turn)
    return placed


def ground_points(build: Build, placed: Mapping[str, Placed]) -> list[Point]:
    """Points of the body that can rest on the floor: soles, knees, the seat, back, head and hands' backs."""
    points: list[Point] = []
    for side in SIDES:
        foot = placed[f"foot_{side}"]
        points.append(foot.to_world((0.0, build.sole)))
        points.append(foot.to_world((build.sole * 1.2, build.sole)))
        shin = placed[f"shin_{side}"]
        points.append(shin.to_world((0.0, 0.0)))  # the knee's centre...
        radius = build.leg_radius
        for angle in range(0, 360, 30):  # ...and round it, so a kneeling knee rests on its cap
            points.append(
                shin.to_world((radius * math.cos(math.radians(angle)), radius * math.sin(math.radians(angle))))
            )
        thigh = placed[f"thigh_{side}"]
        for along in (0.0, 0.5):
            length = build.bones[f"thigh_{side}"].length * along
            points.append(thigh.to_world((radius, length)))
            points.append(thigh.to_world((-radius, length)))
    pelvis = placed["pelvis"]
    points.append(pelvis.to_world((0.0, build.seat)))
    torso = placed["torso"]
    neck = build.bones["torso"].length
    for along in (0.2, 0.5, 0.8):
        points.append(torso.to_world((-build.torso_half_width * 0.9, -neck * along)))
        points.append(torso.to_world((build.torso_half_width * 0.9, -neck * along)))
    head = placed["head"]
    cx, cy = build.head_centre
    # Lying down, hair spreads round the head: leave room for it (1.25 × the head's radius).
    lying = abs(placed["pelvis"].rotation) > 45
    for angle in range(0, 360, 30):
        r = build.head_radius * (1.25 if lying else 1.0)
        points.append(head.to_world((cx + r * math.cos(math.radians(angle)), cy + r * math.sin(math.radians(angle)))))
    return points


def lowest(points: list[Point]) -> float:
    """The largest y (the lowest point on screen) among ``points``."""
    return max(y for _x, y in points)


# -- reaching (two-bone inverse kinematics) ---------------------------------------------------


def _direction(vector: Point) -> float:
    """A vector's direction, as the rotation that turns "straight down" onto it (degrees)."""
    return math.degrees(math.atan2(vector[0], vector[1]))


def normalise(degrees: float) -> float:
    """The same angle within -180..180."""
    return (degrees + 180.0) % 360.0 - 180.0


def reach(start: Point, first_length: float, second: Point, target: Point, *, prefer: float) -> tuple[float, float]:
    """Screen rotations (first bone's own, second's relative to it) that put the second's tip on ``target``.

    The first bone hangs from ``start`` with ``first_length``; the second is the vector
    ``second`` in its own frame (a forearm plus the hand's offset to the palm). Of the two ways
    to bend the middle joint, the one whose second rotation is nearer ``prefer`` (the pose's
    own) wins. A target out of reach gets the limb stretched straight towards it (or folded,
    when too close).
    """
    a = first_length
    b = math.hypot(*second)
    tx, ty = target[0] - start[0], target[1] - start[1]
    distance = math.hypot(tx, ty)
    if distance < 1e-9:
        return (0.0, 180.0 - _direction(second))
    clamped = min(max(distance, abs(a - b) + 1e-6), a + b - 1e-6)
    ux, uy = tx / distance, ty / distance
    # Where the elbow is: along the line to the target, then off to one side.
    along = (a * a - b * b + clamped * clamped) / (2 * clamped)
    side = math.sqrt(max(0.0, a * a - along * along))
    best: tuple[float, float] | None = None
    for sign in (1.0, -1.0):
        elbow = (start[0] + ux * along - uy * side * sign, start[1] + uy * along + ux * side * sign)
        first = _direction((elbow[0] - start[0], elbow[1] - start[1]))
        tip = (start[0] + ux * clamped, start[1] + uy * clamped)
        second_world = _direction((tip[0] - elbow[0], tip[1] - elbow[1])) - _direction(second)
        relative = normalise(second_world - first)
        if best is None or abs(normalise(relative - prefer)) < abs(normalise(best[1] - prefer)):
            best = (normalise(first), relative)
    assert best is not None
    return best
