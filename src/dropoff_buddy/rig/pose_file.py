"""Poses as data: ``levels/poses.toml`` read into validated models and cross-checked.

A pose names joint angles (see ``rig.skeleton`` for what the numbers mean), which way the face
turns, the shape of each hand, which layer each arm is drawn in, and the props it holds. A pose
may start from another (``like = "stand"``) and change only what differs; it may be a cycle of
frames (walking); it may say how the buddy or a wheelchair user does it differently. A *pair*
pose puts two figures together so that named points of theirs meet (palms in a high five, a
mouth on a cheek).

The file is checked completely when it loads: every problem is one line,
``file: pose id: field: what is wrong`` (unknown joint, angle out of range, unknown prop or
anchor, a pose that names a missing pose, a loop of ``like``...).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationError, field_validator

from dropoff_buddy.content.loader import ContentError, StrictContent, find_levels_dir, read_toml
from dropoff_buddy.rig.skeleton import JOINT_RANGES, JOINTS, KINDS
from dropoff_buddy.storage.models import one_of

POSES_SCHEMA_VERSION = 1
POSES_FILE = "poses.toml"

Kind = Literal["adult", "child", "buddy"]
Side = Literal["front", "back"]
HandShape = Literal["mitt", "open", "fist", "grip", "thumb"]
ArmLayer = Literal["behind", "body", "front"]
PropLayer = Literal["behind", "cover", "body", "hand", "front"]
Eyes = Literal["open", "closed"]

HAND_SHAPES: tuple[str, ...] = ("mitt", "open", "fist", "grip", "thumb")
ATTACH_POINTS: tuple[str, ...] = (
    "hand_front",
    "hand_back",
    "chest",
    "back",
    "lap",
    "seat",
    "head",
    "pelvis",
    "floor",
)
"""Where a prop can be fixed: a palm, the chest, the back (a backpack), the lap, the seat, the head, the
hips, or the floor under the hips (a table, an easel)."""

ANCHORS: tuple[str, ...] = (
    "head_top",
    "head",
    "eyes",
    "nose",
    "mouth",
    "cheek",
    "cheek_back",
    "chest",
    "back",
    "arms",
    "lap",
    "seat",
    "pelvis",
    "hand_front",
    "hand_back",
    "elbow_front",
    "elbow_back",
    "shoulder_front",
    "shoulder_back",
    "knee_front",
    "knee_back",
    "foot_front",
    "foot_back",
    "floor",
)
"""Named points of a figure (see ``docs/RIG.md``). ``cheek`` is on the side the figure faces."""

BONES: tuple[str, ...] = (
    "pelvis",
    "torso",
    "head",
    "upper_arm_front",
    "forearm_front",
    "hand_front",
    "upper_arm_back",
    "forearm_back",
    "hand_back",
    "thigh_front",
    "shin_front",
    "foot_front",
    "thigh_back",
    "shin_back",
    "foot_back",
)

# How a wheelchair user sits: thighs level on the seat, shins down to the footrest.
WHEELCHAIR_LEGS: Mapping[str, float] = {
    "hip_front": 88.0,
    "knee_front": 84.0,
    "ankle_front": 0.0,
    "hip_back": 84.0,
    "knee_back": 80.0,
    "ankle_back": 0.0,
}


# -- the file's shape -----------------------------------------------------------------------------


def _check_joints(value: dict[str, float]) -> dict[str, float]:
    for joint, angle in value.items():
        if joint not in JOINT_RANGES:
            raise ValueError(f"unknown joint {joint!r}; joints are {', '.join(JOINTS)}")
        low, high = JOINT_RANGES[joint]
        if not low <= angle <= high:
            raise ValueError(f"{joint} = {angle:g} is out of range (a {joint} turns {low:g} to {high:g} degrees)")
    return value


class PropDef(StrictContent):
    """A thing a figure can hold or wear: its art (drawn in world units, the grip point at 0,0)."""

    art: str = Field(pattern=r"^(buddy|svg/[a-z0-9_/{}]+\.svg)$")
    layer: PropLayer = "hand"
    turns: bool = True  # turns with what it is fixed to (a spoon); False stays upright (a chair)
    size: float = Field(default=0.0, ge=0, le=2000)  # the buddy's height in world units
    also: str = Field(default="", pattern=r"^(svg/[a-z0-9_/]+\.svg)?$")  # a second piece (straps, a wheel)
    also_layer: PropLayer = "cover"
    seat: bool = False  # something to sit on: a wheelchair user sits in the wheelchair instead
    # Points of the prop (its own frame, world units) that rest on the floor, like a pillow under a head.
    rests: list[tuple[float, float]] = Field(default_factory=list, max_length=8)


class PropUse(StrictContent):
    """A prop a pose holds: which, where (an attach point), turned and nudged (world units)."""

    name: str
    at: Annotated[str, one_of("attach point", ATTACH_POINTS)] = "hand_front"
    angle: float = Field(default=0.0, ge=-360, le=360)
    dx: float = Field(default=0.0, ge=-400, le=400)
    dy: float = Field(default=0.0, ge=-400, le=400)
    upright: bool | None = None  # True: ``angle`` is on the screen, not turning with the hand


class Reach(StrictContent):
    """A hand that goes to a point of the figure's own body, whatever its build: the spoon's hand to
    the mouth. ``dx``/``dy`` (world units, for a figure facing right) nudge the spot."""

    hand: Side
    to: str
    dx: float = Field(default=0.0, ge=-300, le=300)
    dy: float = Field(default=0.0, ge=-300, le=300)


class Frame(StrictContent):
    """One key frame of a cycle: the joints that differ from the pose's own."""

    joints: dict[str, float] = Field(default_factory=dict)

    _joints_ok = field_validator("joints")(_check_joints)


class PoseParts(StrictContent):
    """What a pose and its per-kind or wheelchair variants may set (unset: as inherited)."""

    joints: dict[str, float] = Field(default_factory=dict)
    turn: float | None = Field(default=None, ge=0, le=1)  # 0 looks at you, 1 in profile
    hands: dict[Side, HandShape] = Field(default_factory=dict)
    arms: dict[Side, ArmLayer] = Field(default_factory=dict)
    props: list[PropUse] | None = None
    eyes: Eyes | None = None
    lie: bool | None = None  # lying on the back (the whole figure turned level)
    head: Literal["body", "front"] | None = None  # "front": the head is drawn over a partner's arm (a hug)
    reach: list[Reach] | None = None  # hands placed on the figure's own body (after the joints)
    separate: list[str] | None = None  # bones drawn with their own outline (a leg crossing another)
    frames: list[Frame] | None = None

    _joints_ok = field_validator("joints")(_check_joints)

    @field_validator("separate")
    @classmethod
    def _known_bones(cls, value: list[str] | None) -> list[str] | None:
        for bone in value or []:
            if bone not in BONES:
                raise ValueError(f"unknown bone {bone!r}; bones are {', '.join(BONES)}")
        return value


class PoseDef(PoseParts):
    """One pose. ``like`` starts it from another pose; ``cycle`` > 0 makes ``frames`` loop."""

    description: str = Field(min_length=1)
    like: str = ""
    kinds: list[Kind] = Field(default_factory=lambda: list(KINDS))  # type: ignore[arg-type]
    target: str = ""  # the anchor a game should point at (the raised palm of "offer_high_five")
    cycle: float = Field(default=0.0, ge=0, le=10)
    mirror: bool = False  # a cycle's second half is its first with front and back swapped
    seated: Literal["chair", "keep"] = "chair"  # a wheelchair user: legs in the chair, or as posed
    adult: PoseParts | None = None
    child: PoseParts | None = None
    buddy: PoseParts | None = None
    wheelchair: PoseParts | None = None


class Contact(StrictContent):
    """Two points that meet in a pair pose; ``move`` says whose limb (or lean) makes them meet.

    ``gap`` (world units) leaves that much room between them along the first figure's facing,
    for things that touch side by side (two palms pressed together) rather than in one spot.
    """

    first: str
    second: str
    move: Literal["first", "second", "both"] = "both"
    gap: float = Field(default=0.0, ge=-200, le=200)
    kinds: list[tuple[Kind, Kind]] = Field(default_factory=list)  # only for these kinds (empty: all)

    def applies(self, first: str, second: str) -> bool:
        return not self.kinds or (first, second) in [tuple(kinds) for kinds in self.kinds]


class Placing(StrictContent):
    """How far apart (world units, along the first figure's facing) two points of a pair are set."""

    first: str
    second: str
    gap: float = Field(default=0.0, ge=-600, le=600)


class PairDef(StrictContent):
    """Two figures posed together: each one's pose, how they are placed, and what touches."""

    description: str = Field(min_length=1)
    first: str
    second: str
    kinds: list[tuple[Kind, Kind]] = Field(min_length=1)
    facing: Literal["each_other", "same"] = "each_other"
    front: Literal["first", "second"] = "second"  # whose body is drawn in front of the other's
    place: Placing
    contact: list[Contact] = Field(default_factory=list, max_length=4)
    lean: Literal["", "first", "second"] = ""  # who leans (bends the back) so heads meet


class PoseFile(StrictContent):
    schema_version: Literal[1]
    prop: dict[str, PropDef] = Field(default_factory=dict)
    pose: dict[str, PoseDef] = Field(min_length=1)
    pair: dict[str, PairDef] = Field(default_factory=dict)


# -- checking what refers to what -------------------------------------------------------------------

_TOP_LEVEL_NAMES = ("pose", "pair", "prop")


def _describe(path: Path, error: ValidationError) -> list[str]:
    lines = []
    for item in error.errors():
        location = [str(part) for part in item["loc"]]
        where = "-"
        if len(location) >= 2 and location[0] in _TOP_LEVEL_NAMES:
            where = location[1]
            location = location[2:]
        if location and location[-1] == "[key]":
            location = location[:-1]
        field = ".".join(location) or "-"
        kind = item["type"]
        if kind == "extra_forbidden":
            message = "unknown field (is it misspelt?)"
        elif kind == "missing":
            message = "this field is required"
        else:
            message = str(item["msg"]).removeprefix("Value error, ")
        lines.append(f"{path}: {where}: {field}: {message}")
    return lines


def _parts(pose: PoseDef) -> Iterable[tuple[str, PoseParts]]:
    yield "", pose
    for name in ("adult", "child", "buddy", "wheelchair"):
        variant = getattr(pose, name)
        if variant is not None:
            yield f"{name}.", variant


def frames_of(poses: Mapping[str, PoseDef], pose_id: str) -> list[Frame]:
    cursor: str = pose_id
    seen: set[str] = set()
    while cursor in poses and cursor not in seen:
        seen.add(cursor)
        pose = poses[cursor]
        if pose.frames:
            return list(pose.frames)
        cursor = pose.like
    return []


def cross_check(path: Path, data: PoseFile) -> list[str]:
    """Every broken reference in a well-shaped pose file, as ``file: id: field: what`` lines."""
    problems: list[str] = []
    for pose_id in data.pose:
        problems += _pose_problems(f"{path}: {pose_id}", pose_id, data)
    for pair_id, pair in data.pair.items():
        problems += _pair_problems(f"{path}: {pair_id}", pair, data.pose)
    return problems


def _pose_problems(where: str, pose_id: str, data: PoseFile) -> list[str]:
    """A pose's broken references: what it is like (and loops of likes), its target, its frames, reaches, props."""
    poses = data.pose
    pose = poses[pose_id]
    problems: list[str] = []
    if pose.like and pose.like not in poses:
        problems.append(f"{where}: like: no pose called {pose.like!r}")
    seen = {pose_id}
    cursor = pose.like
    while cursor in poses:
        if cursor in seen:
            problems.append(f"{where}: like: the poses go round in a loop ({pose_id} … {cursor})")
            break
        seen.add(cursor)
        cursor = poses[cursor].like
    if pose.target and pose.target not in ANCHORS:
        problems.append(f"{where}: target: unknown anchor {pose.target!r}; anchors are {', '.join(ANCHORS)}")
    if pose.cycle > 0 and not frames_of(poses, pose_id):
        problems.append(f"{where}: cycle: a cycle needs frames (here or in the pose it is like)")
    for prefix, parts in _parts(pose):
        for index, wanted in enumerate(parts.reach or []):
            if wanted.to not in ANCHORS:
                problems.append(f"{where}: {prefix}reach.{index}.to: unknown anchor {wanted.to!r}")
        for index, use in enumerate(parts.props or []):
            if use.name not in data.prop:
                known = ", ".join(sorted(data.prop)) or "none"
                problems.append(f"{where}: {prefix}props.{index}.name: unknown prop {use.name!r} (props: {known})")
    return problems


def _pair_problems(where: str, pair: PairDef, poses: Mapping[str, PoseDef]) -> list[str]:
    """A pair's broken references: its two poses (drawn for its kinds) and every point it names."""
    problems: list[str] = []
    for role in ("first", "second"):
        name = getattr(pair, role)
        if name not in poses:
            problems.append(f"{where}: {role}: no pose called {name!r}")
            continue
        for kinds in pair.kinds:
            kind = kinds[0] if role == "first" else kinds[1]
            if kind not in poses[name].kinds:
                problems.append(f"{where}: kinds: the pose {name!r} is not drawn for a {kind}")
    points = [("place.first", pair.place.first), ("place.second", pair.place.second)]
    for index, contact in enumerate(pair.contact):
        points += [(f"contact.{index}.first", contact.first), (f"contact.{index}.second", contact.second)]
    for field, anchor in points:
        if anchor not in ANCHORS:
            problems.append(f"{where}: {field}: unknown anchor {anchor!r}; anchors are {', '.join(ANCHORS)}")
    return problems


def parse_poses(path: Path, data: dict[str, Any]) -> PoseFile:
    """Validate already-read TOML as a pose file; raises ``ContentError`` with every problem."""
    version = data.get("schema_version")
    if version is not None and version != POSES_SCHEMA_VERSION:
        raise ContentError(
            [f"{path}: -: schema_version: this game reads poses version 1, not {version!r} (is the game older?)"]
        )
    try:
        parsed = PoseFile.model_validate(data)
    except ValidationError as error:
        raise ContentError(_describe(path, error)) from None
    problems = cross_check(path, parsed)
    if problems:
        raise ContentError(problems)
    return parsed


def default_poses_path() -> Path:
    return find_levels_dir() / POSES_FILE


def load_pose_file(path: Path | None = None) -> PoseFile:
    """Read and check ``levels/poses.toml`` (or ``path``)."""
    path = path if path is not None else default_poses_path()
    return parse_poses(path, read_toml(path))


def art_problems(path: Path, data: PoseFile, assets: Path) -> list[str]:
    """Props whose art files are missing (``{kind}`` art must exist for a grown-up, a child and the buddy)."""
    problems = []
    for name, prop in data.prop.items():
        for field, art in (("art", prop.art), ("also", prop.also)):
            if not art or art == "buddy":
                continue
            for size in KINDS if "{kind}" in art else ("",):
                relative = art.replace("{kind}", size)
                if not (assets / relative).is_file():
                    problems.append(f"{path}: {name}: {field}: the art file {relative} does not exist")
    return problems


def pose_problems(path: Path, assets: Path) -> list[str]:
    """``check``'s view of a pose file: every problem (shape, references, art), or an empty list."""
    try:
        data = load_pose_file(path)
    except ContentError as error:
        return list(error.problems)
    return art_problems(path, data, assets)
