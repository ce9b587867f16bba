"""The cut-out rig: people and the buddy built from SVG pieces joined at their joints, posed from data.

Use it through ``ctx.rig`` (a ``Rig``)::

    mommy = ctx.rig.figure("adult", profile.grownup.look, position=(x, floor_y), height=420)
    mommy.set_pose("offer_high_five")           # eases there in 0.35 s
    glow_at = mommy.anchor("hand_front")         # the real palm, on the screen
    pose_pair("high_five", mommy, child_figure)  # the child steps in, palms meet
    ...
    mommy.update(dt); mommy.draw(surface)

See ``docs/RIG.md`` for the whole API, the poses and the named points.
"""

from dropoff_buddy.rig.figure import DEFAULT_TRANSITION, EXPRESSIONS, Figure, Rig
from dropoff_buddy.rig.pair import STEP_PAIRS, Pairing, pose_pair
from dropoff_buddy.rig.pose_file import ANCHORS
from dropoff_buddy.rig.poses import PoseBook

__all__ = [
    "ANCHORS",
    "DEFAULT_TRANSITION",
    "EXPRESSIONS",
    "STEP_PAIRS",
    "Figure",
    "Pairing",
    "PoseBook",
    "Rig",
    "pose_pair",
]
