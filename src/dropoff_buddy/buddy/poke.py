"""How the buddy answers being touched, the same on every screen that shows it big."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.input import Action, ActionKind

if TYPE_CHECKING:
    from dropoff_buddy.content.lines import Line
    from dropoff_buddy.context import GameContext


def poke_buddy(
    ctx: GameContext,
    buddy: BuddyActor,
    action: Action,
    center: tuple[float, float],
    radius: float,
    line: Line,
) -> bool:
    """A press on the buddy squeezes it at once; the tap (on release) makes it giggle and say ``line``.

    ``center`` and ``radius`` are in layout units. Returns True if the action was on the buddy.
    """
    if action.pos is None:
        return False
    if (action.pos[0] - center[0]) ** 2 + (action.pos[1] - center[1]) ** 2 > radius**2:
        return False
    if action.kind is ActionKind.PRESS:
        buddy.react("squeeze")
        ctx.play_sound("squeeze")
    elif action.kind is ActionKind.TAP:
        buddy.react("giggle")
        ctx.play_sound("giggle")
        ctx.say(line)
    return True
