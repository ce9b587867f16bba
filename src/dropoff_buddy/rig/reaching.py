"""Bending an arm so its palm lands on a point: used by poses (a spoon's hand at the mouth) and by
pair poses (palms meeting). Works in a figure's own rig units, facing right."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dropoff_buddy.rig.compose import geometry, palm_length, rounded
from dropoff_buddy.rig.pose_file import PropDef, Reach
from dropoff_buddy.rig.poses import PoseState
from dropoff_buddy.rig.skeleton import Build, Point, normalise, reach, rotate


def reach_point(build: Build, state: PoseState, hand: str, goal: Point, props: Mapping[str, PropDef]) -> PoseState:
    """``state`` with arm ``hand`` ("hand_front"/"hand_back") bent so its palm is on ``goal`` (rig units).

    Of the two ways to bend the elbow, the one nearer the pose's own is kept; a point out of reach
    gets the arm stretched towards it.
    """
    side = hand.removeprefix("hand_")
    geo = geometry(build, rounded(state), props)
    shoulder = geo.placed[f"upper_arm_{side}"]
    torso_rotation = geo.placed["torso"].rotation
    wrist_turn = geo.placed[f"hand_{side}"].rotation - geo.placed[f"forearm_{side}"].rotation
    palm_offset = rotate((0.0, palm_length(build)), wrist_turn)
    second = (palm_offset[0], build.bones[f"forearm_{side}"].length + palm_offset[1])
    first_rotation, elbow = reach(
        (shoulder.x, shoulder.y),
        build.bones[f"upper_arm_{side}"].length,
        second,
        goal,
        prefer=state.angle(f"elbow_{side}"),
    )
    return state.with_angles(
        {f"shoulder_{side}": normalise(first_rotation - torso_rotation), f"elbow_{side}": normalise(elbow)}
    )


def apply_reaches(build: Build, state: PoseState, reaches: Sequence[Reach], props: Mapping[str, PropDef]) -> PoseState:
    """``state`` with each of a pose's ``reach`` entries done in turn (nudges in the body's own frame)."""
    for wanted in reaches:
        geo = geometry(build, rounded(state), props)
        x, y = geo.points[wanted.to]
        # The nudge is in the body's own frame: lying down, "up the body" stays up the body.
        dx, dy = rotate((wanted.dx / build.world, wanted.dy / build.world), geo.placed["pelvis"].rotation)
        goal = (x + dx, y + dy)
        state = reach_point(build, state, f"hand_{wanted.hand}", goal, props)
    return state
