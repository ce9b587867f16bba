"""Poses resolved into what the renderer draws: ``PoseState``, ``Track``, ``PoseBook``.

``PoseBook`` holds the checked pose file (``rig.pose_file``: ``levels/poses.toml``) and resolves
each pose per kind of figure (and for wheelchair users): ``like`` chains followed, the buddy's and
a wheelchair user's differences applied, cycles expanded into frames, cached. A ``PoseState`` is
everything that decides one picture of a figure; ``blend`` moves smoothly between two of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

# Re-exported (``as``): tests and the goodbye game take these from ``rig.poses``.
from dropoff_buddy.rig.pose_file import ANCHORS as ANCHORS
from dropoff_buddy.rig.pose_file import (
    WHEELCHAIR_LEGS,
    Frame,
    PairDef,
    PoseFile,
    PoseParts,
    PropDef,
    PropUse,
    Reach,
    load_pose_file,
)
from dropoff_buddy.rig.pose_file import PoseDef as PoseDef
from dropoff_buddy.rig.pose_file import default_poses_path as default_poses_path
from dropoff_buddy.rig.pose_file import parse_poses as parse_poses
from dropoff_buddy.rig.skeleton import JOINTS

# -- resolving a pose into what the renderer draws ---------------------------------------------------


@dataclass(frozen=True)
class HeldProp:
    """A prop held in a resolved pose."""

    name: str
    at: str
    angle: float = 0.0
    dx: float = 0.0
    dy: float = 0.0
    upright: bool | None = None


@dataclass(frozen=True)
class PoseState:
    """Everything that decides one picture of a figure (besides its look, size and facing).

    ``angles`` follows ``skeleton.JOINTS``. Two states that compare equal draw the same picture.
    """

    angles: tuple[float, ...]
    turn: float = 0.0
    hands: tuple[str, str] = ("mitt", "mitt")  # front, back
    arms: tuple[str, str] = ("body", "body")  # front, back
    props: tuple[HeldProp, ...] = ()
    eyes: str = "open"
    lie: bool = False
    separate: tuple[str, ...] = ()
    seated: bool = False  # drawn in a wheelchair
    wheel: float = 0.0  # how far the wheelchair's wheels have turned (degrees)
    lean: float = 0.0  # extra torso lean a pair pose adds so that heads meet
    head_front: bool = False  # the head is drawn in the front layer, over a partner's arm

    def angle(self, joint: str) -> float:
        return self.angles[JOINTS.index(joint)]

    def with_angles(self, changes: Mapping[str, float]) -> PoseState:
        angles = list(self.angles)
        for joint, value in changes.items():
            angles[JOINTS.index(joint)] = value
        return replace(self, angles=tuple(angles))

    def joint_map(self) -> dict[str, float]:
        return dict(zip(JOINTS, self.angles, strict=True))

    def key(self) -> tuple[object, ...]:
        """A hashable summary, rounded to what can be seen (1 degree, three head turns)."""
        return (
            tuple(round(angle) for angle in self.angles),
            head_turn(self.turn),
            self.hands,
            self.arms,
            self.props,
            self.eyes,
            self.lie,
            self.separate,
            self.seated,
            round(self.wheel / 15) % 24 if self.seated else 0,
            round(self.lean),
            self.head_front,
        )


def head_turn(turn: float) -> float:
    """The head drawing used for a turn: 0 (facing you), 0.5 (three-quarter) or 1 (profile)."""
    if turn < 0.25:
        return 0.0
    if turn < 0.75:
        return 0.5
    return 1.0


REST = PoseState(angles=tuple(0.0 for _ in JOINTS))


def _swap_sides(joints: Mapping[str, float]) -> dict[str, float]:
    swapped: dict[str, float] = {}
    for joint, angle in joints.items():
        if joint.endswith("_front"):
            swapped[joint.removesuffix("_front") + "_back"] = angle
        elif joint.endswith("_back"):
            swapped[joint.removesuffix("_back") + "_front"] = angle
        else:
            swapped[joint] = angle
    return swapped


@dataclass(frozen=True)
class Track:
    """A resolved pose for one kind of figure: one state, or a cycle of states ``period`` seconds long."""

    name: str
    states: tuple[PoseState, ...]
    period: float = 0.0
    target: str = ""
    reaches: tuple[Reach, ...] = ()

    @property
    def cycles(self) -> bool:
        return self.period > 0 and len(self.states) > 1

    def at(self, time: float) -> PoseState:
        """The state ``time`` seconds into the pose (cycles loop; between key frames is interpolated)."""
        if not self.cycles:
            return self.states[0]
        count = len(self.states)
        position = (time % self.period) / self.period * count
        index = int(position) % count
        return blend(self.states[index], self.states[(index + 1) % count], position - int(position))


def _wrapped(degrees: float) -> float:
    return (degrees + 180.0) % 360.0 - 180.0


def blend(a: PoseState, b: PoseState, amount: float) -> PoseState:
    """The state ``amount`` (0..1) of the way from ``a`` to ``b``; what can't be mixed switches half-way."""
    if amount <= 0.0:
        return a
    if amount >= 1.0:
        return b
    angles = tuple(x + (y - x) * amount for x, y in zip(a.angles, b.angles, strict=True))
    late = amount >= 0.5
    return PoseState(
        angles=angles,
        turn=a.turn + (b.turn - a.turn) * amount,
        hands=b.hands if late else a.hands,
        arms=b.arms if late else a.arms,
        props=b.props if late else a.props,
        eyes=b.eyes if late else a.eyes,
        lie=b.lie if late else a.lie,
        separate=b.separate if late else a.separate,
        seated=b.seated if late else a.seated,
        wheel=a.wheel + (_wrapped(b.wheel - a.wheel)) * amount,
        lean=a.lean + (b.lean - a.lean) * amount,
        head_front=b.head_front if late else a.head_front,
    )


@dataclass
class _Draft:
    joints: dict[str, float]
    turn: float = 0.0
    hands: dict[str, str] | None = None
    arms: dict[str, str] | None = None
    props: list[PropUse] | None = None
    eyes: str = "open"
    lie: bool = False
    separate: list[str] | None = None
    head: str = "body"
    reach: list[Reach] | None = None

    def apply(self, parts: PoseParts) -> None:
        self.joints.update(parts.joints)
        if parts.turn is not None:
            self.turn = parts.turn
        self.hands = {**(self.hands or {}), **{str(side): str(shape) for side, shape in parts.hands.items()}}
        self.arms = {**(self.arms or {}), **{str(side): str(layer) for side, layer in parts.arms.items()}}
        if parts.props is not None:
            self.props = list(parts.props)
        if parts.eyes is not None:
            self.eyes = parts.eyes
        if parts.lie is not None:
            self.lie = parts.lie
        if parts.separate is not None:
            self.separate = list(parts.separate)
        if parts.head is not None:
            self.head = parts.head
        if parts.reach is not None:
            self.reach = list(parts.reach)

    def state(self, frame: Mapping[str, float] = {}, *, seated: bool = False, wheel: float = 0.0) -> PoseState:
        joints = {**self.joints, **frame}
        hands = self.hands or {}
        arms = self.arms or {}
        return PoseState(
            angles=tuple(float(joints.get(joint, 0.0)) for joint in JOINTS),
            turn=self.turn,
            hands=(hands.get("front", "mitt"), hands.get("back", "mitt")),
            arms=(arms.get("front", "body"), arms.get("back", "body")),
            props=tuple(HeldProp(use.name, use.at, use.angle, use.dx, use.dy, use.upright) for use in self.props or []),
            eyes=self.eyes,
            lie=self.lie,
            separate=tuple(self.separate or ()),
            seated=seated,
            wheel=wheel,
            head_front=self.head == "front",
        )


class PoseBook:
    """The checked pose file, and poses resolved per kind (and for wheelchair users), cached."""

    def __init__(self, data: PoseFile) -> None:
        self.data = data
        self._tracks: dict[tuple[str, str, bool], Track] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> PoseBook:
        return cls(load_pose_file(path))

    @property
    def poses(self) -> Mapping[str, PoseDef]:
        return self.data.pose

    @property
    def pairs(self) -> Mapping[str, PairDef]:
        return self.data.pair

    @property
    def props(self) -> Mapping[str, PropDef]:
        return self.data.prop

    def names(self, kind: str | None = None) -> list[str]:
        """Pose ids (those drawn for ``kind`` when given), in file order."""
        return [name for name, pose in self.poses.items() if kind is None or kind in pose.kinds]

    def pair_names(self, first: str | None = None, second: str | None = None) -> list[str]:
        """Pair ids (those made for these kinds when given), in file order."""
        return [
            name
            for name, pair in self.pairs.items()
            if any((first in (None, a)) and (second in (None, b)) for a, b in pair.kinds)
        ]

    def _chain(self, pose_id: str) -> list[PoseDef]:
        chain: list[PoseDef] = []
        cursor = pose_id
        while cursor:
            pose = self.poses[cursor]
            chain.append(pose)
            cursor = pose.like
        chain.reverse()
        return chain

    def track(self, pose_id: str, kind: str, *, wheelchair: bool = False) -> Track:
        """Pose ``pose_id`` resolved for a ``kind`` of figure (raises KeyError for an unknown pose)."""
        if pose_id not in self.poses:
            raise KeyError(f"no pose called {pose_id!r}; poses are {', '.join(self.poses)}")
        key = (pose_id, kind, wheelchair)
        found = self._tracks.get(key)
        if found is None:
            found = self._resolve(pose_id, kind, wheelchair)
            self._tracks[key] = found
        return found

    def _resolve(self, pose_id: str, kind: str, wheelchair: bool) -> Track:
        chain = self._chain(pose_id)
        seated = wheelchair and kind != "buddy" and not any(pose.seated == "keep" for pose in chain)
        draft = _Draft(joints={})
        frames: list[Frame] = []
        own_joints: dict[str, float] = {}
        cycle = 0.0
        mirror = False
        for pose in chain:
            draft.apply(pose)
            variant = getattr(pose, kind, None)
            if variant is not None:
                draft.apply(variant)
            if wheelchair and pose.wheelchair is not None and kind != "buddy":
                draft.apply(pose.wheelchair)
            chosen = (
                (pose.wheelchair.frames if wheelchair and pose.wheelchair and pose.wheelchair.frames else None)
                or (variant.frames if variant is not None and variant.frames else None)
                or pose.frames
            )
            if chosen:
                frames = list(chosen)
                own_joints = {}
            else:
                own_joints.update(pose.joints)
                if variant is not None:
                    own_joints.update(variant.joints)
            if pose.cycle > 0:
                cycle, mirror = pose.cycle, pose.mirror
        if seated:
            draft.joints.update(WHEELCHAIR_LEGS)
            own_joints.update(WHEELCHAIR_LEGS)
            if draft.props:
                draft.props = [use for use in draft.props if not (use.name in self.props and self.props[use.name].seat)]
        target = next((pose.target for pose in reversed(chain) if pose.target), "")
        reaches = tuple(draft.reach or ())
        if cycle <= 0 or not frames:
            return Track(pose_id, (draft.state(seated=seated),), 0.0, target, reaches)
        keyed = [{**frame.joints, **own_joints} for frame in frames]
        if mirror:
            keyed += [_swap_sides(frame.joints) | own_joints for frame in frames]
        count = len(keyed)
        states = tuple(
            draft.state(joints, seated=seated, wheel=-360.0 * index / count if seated else 0.0)
            for index, joints in enumerate(keyed)
        )
        return Track(pose_id, states, cycle, target, reaches)
