"""The people of the goodbye game as rigged figures that act out each step.

When a step is asked for, the one the child does it with moves into it (arms open for a hug, a
palm up for a high five, a cheek offered, a fist out, a hand held out for the kissing hand); the
glowing target sits on that real hand, cheek or pair of arms (``anchor("target")``). When the
child presses, the child's figure steps in and the two take the step's pair pose, so they really
touch. Figures are made in window pixels for one window size; ``RitualCast`` remakes them when
the size changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.rig import STEP_PAIRS, Figure, Pairing, pose_pair
from dropoff_buddy.rig.poses import PoseDef
from dropoff_buddy.rig.sheet import RELATIVE_HEIGHT

if TYPE_CHECKING:
    from dropoff_buddy.parts.ritual.stage import RitualStage, Shown

GROWNUP_HEIGHT = 440.0  # layout units: a grown-up standing in the goodbye room
# What the one the child does a step with offers, by the step's target (levels/ritual_steps.toml).
OFFER_POSES: Mapping[str, str] = MappingProxyType(
    {
        "arms": "offer_hug",
        "cheek": "offer_cheek",
        "raised_hand": "offer_high_five",
        "fist": "offer_fist",
        "waving_hand": "wave",
        "lips": "blow_kiss",
        "palm": "offer_hand",
        "nose": "offer_nose",
        "hands": "offer_hands",
        "thumb": "thumbs_up",
    }
)
KINDS = {"grownup": "adult", "teacher": "adult", "child": "child", "buddy": "buddy"}


class RitualCast:
    """The goodbye game's figures: the grown-up, the child, the teacher, and (Buddy's turn) the buddy."""

    def __init__(self, stage: RitualStage) -> None:
        self.stage = stage
        self.ctx = stage.ctx
        self.figures: dict[str, Figure] = {}
        self.pairing: Pairing | None = None
        self.together: tuple[str, str] | None = None  # who is doing a step together now
        self._size: tuple[int, int] = (0, 0)

    def _look(self, who: str) -> object:
        profile = self.ctx.profile
        return {
            "grownup": profile.grownup.look,
            "teacher": profile.teacher.look,
            "child": profile.child.look,
            "buddy": profile.buddy,
        }[who]

    def height(self, who: str, scale: float = 1.0) -> int:
        return self.ctx.layout.px(GROWNUP_HEIGHT * RELATIVE_HEIGHT[KINDS[who]] * scale)

    def figure(self, who: str) -> Figure:
        """The figure for ``who`` (made for this window size on first use)."""
        size = (self.ctx.layout.pixel_width, self.ctx.layout.pixel_height)
        if size != self._size:
            self.figures, self.pairing, self.together, self._size = {}, None, None, size
        found = self.figures.get(who)
        if found is None:
            found = self.ctx.rig.figure(
                KINDS[who],
                self._look(who),  # type: ignore[arg-type]
                position=(0.0, 0.0),
                height=self.height(who),
                carried=self.ctx.profile.buddy if who != "buddy" else None,
                reduced_motion=self.ctx.reduced_motion,
            )
            self.figures[who] = found
        return found

    # -- following the stage -------------------------------------------------------------------

    def follow(self, shown: list[Shown]) -> None:
        """Put each figure where the stage says it is now, in its pose (those doing a step together stay)."""
        layout = self.ctx.layout
        floor_y = self.stage.floor_y
        for person in shown:
            figure = self.figure(person.who)
            if self.together is not None and person.who in self.together:
                continue
            figure.position = layout.point(person.x, floor_y)
            figure.height = self.height(person.who, person.scale)
            figure.facing = person.facing
            figure.expression = person.expression
            if has_pose(self.ctx.rig.book.poses, person.pose, figure.kind):
                figure.set_pose(person.pose, 0.12 if person.pose == "walk" else None)

    def do_together(self, animation: str, first: str, second: str) -> None:
        """``first`` and ``second`` do a step together now: the second steps in and they touch."""
        name = STEP_PAIRS.get(animation, "hug")
        self.apart()
        self.follow(self.stage.people())  # both where they stand now, before one steps to the other
        a, b = self.figure(first), self.figure(second)
        book = self.ctx.rig.book
        self.together = (first, second)
        if name in book.pairs and (a.kind, b.kind) in [tuple(kinds) for kinds in book.pairs[name].kinds]:
            self.pairing = pose_pair(name, a, b)
            return
        self.pairing = None
        for figure in (a, b):
            if has_pose(book.poses, name, figure.kind):
                figure.set_pose(name)

    def apart(self) -> None:
        """The step is done: both go back to their places (``follow`` moves them there again)."""
        self.pairing = None
        self.together = None

    def update(self, dt: float) -> None:
        for figure in self.figures.values():
            figure.update(dt)

    # -- drawing and points --------------------------------------------------------------------

    def draw(self, surface: pygame.Surface, shown: list[Shown]) -> None:
        """Draw the people not in the doorway, back to front as listed; a pair together."""
        drawn: set[str] = set()
        for person in shown:
            if person.doorway or person.who in drawn:
                continue
            if self.pairing is not None and self.together is not None and person.who in self.together:
                self.pairing.draw(surface)
                drawn |= set(self.together)
                continue
            self.figure(person.who).draw(surface)
            drawn.add(person.who)

    def draw_one(self, surface: pygame.Surface, who: str) -> None:
        self.figure(who).draw(surface)

    def anchor(self, who: str, name: str) -> tuple[float, float]:
        """A named point of ``who`` (``target``, ``cheek``, ``hand_front``...) in layout units."""
        return self.ctx.layout.to_layout(*self.figure(who).anchor(name))

    def rect(self, who: str) -> pygame.Rect:
        return self.figure(who).rect()

    def face(self, who: str) -> pygame.Rect:
        figure = self.figure(who)
        top, middle = figure.anchor("head_top"), figure.anchor("head")
        radius = max(4.0, abs(middle[1] - top[1]))
        return pygame.Rect(round(middle[0] - radius), round(top[1]), round(2 * radius), round(2 * radius))


def has_pose(poses: Mapping[str, PoseDef], pose: str, kind: str) -> bool:
    """True if the rig has ``pose`` for this kind of figure."""
    return pose in poses and kind in poses[pose].kinds
