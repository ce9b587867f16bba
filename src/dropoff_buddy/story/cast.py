"""The people of a story page as rigged figures: who they are, where they stand, what they do.

A page names its actors (who, where, pose, expression) and its pairs (two actors in a pair pose
that touch: a hug, reading together). ``PageCast`` makes a ``rig.Figure`` for each actor, placed on
the stage in window pixels and sized from the stage, takes the page's pair poses, and each frame
follows the actors' motion (walking in or out, a wave, a bounce). The child carries the family's
own buddy in every pose that holds one (the backpack, in the arms, at nap).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pygame

from dropoff_buddy.rig import Figure, Pairing, Rig, pose_pair
from dropoff_buddy.rig.sheet import RELATIVE_HEIGHT
from dropoff_buddy.storage.models import AvatarLook, BuddyLook
from dropoff_buddy.story.schema import Actor, PairSpec
from dropoff_buddy.story.stage import ActorMotion, Stage

GROWNUP_HEIGHT = 515.0  # stage units: a grown-up standing at scale 1 (a child is 0.58 of it, the buddy 0.3)
# Poses that hold the buddy, and how their walking looks.
WALKS = {"backpack": "walk_backpack", "carry_buddy": "walk_carry", "walk_backpack": "walk_backpack"}
WALKING_POSES = ("walk", "walk_backpack", "walk_carry")
POSE_SECONDS = 0.35  # easing from one pose to the next


@dataclass(frozen=True)
class Member:
    """Someone who can stand on a page: their kind of figure and their look."""

    kind: str  # "adult", "child" or "buddy"
    look: AvatarLook | BuddyLook


def carries_buddy(rig: Rig, pose: str, kind: str) -> bool:
    """True if ``pose`` holds the buddy (in the arms, in the backpack, cuddled at nap)."""
    if kind == "buddy" or pose not in rig.book.poses:
        return False
    track = rig.book.track(pose, kind)
    return any(prop.name == "buddy" for state in track.states for prop in state.props)


class PageCast:
    """Rigged figures for one page's actors, in window pixels for one stage."""

    def __init__(
        self,
        rig: Rig,
        actors: tuple[Actor, ...],
        pairs: tuple[PairSpec, ...],
        members: Mapping[str, Member],
        buddy: BuddyLook,
        stage: Stage,
        *,
        reduced_motion: bool,
    ) -> None:
        self.rig = rig
        self.actors = {actor.who: actor for actor in actors}
        self.pairs = pairs
        self.members = members
        self.buddy = buddy
        self.reduced_motion = reduced_motion
        self.stage = stage
        self.figures: dict[str, Figure] = {}
        self.pairings: dict[str, Pairing] = {}  # by the first figure's id
        self.paired: set[str] = set()
        self.waiting_pairs: list[PairSpec] = []
        self.pair_clocks: dict[int, float] = {}
        self.place(stage)

    # -- making the figures --------------------------------------------------------------------

    def height_of(self, actor: Actor) -> float:
        """The figure's standing height in stage units."""
        return GROWNUP_HEIGHT * actor.scale * RELATIVE_HEIGHT[self.members[actor.who].kind]

    def place(self, stage: Stage) -> None:
        """(Re)make every figure for ``stage`` (a new window size) and take the pair poses already due."""
        self.stage = stage
        self.figures = {}
        for who, actor in self.actors.items():
            member = self.members.get(who)
            if member is None:
                continue
            figure = self.rig.figure(
                member.kind,
                member.look,
                position=stage.point(actor.x, actor.y),
                height=stage.length(self.height_of(actor)),
                facing=-1 if actor.flip else 1,
                pose=actor.pose,
                expression=actor.expression,
                carried=self.buddy if member.kind != "buddy" else None,
                reduced_motion=self.reduced_motion,
            )
            self.figures[who] = figure
        self.pairings = {}
        self.paired = set()
        self.waiting_pairs = []
        for pair in self.pairs:
            if pair.delay == 0 and pair.cue_line < 0:
                self._pair(pair, transition=0.0)
            else:
                self.waiting_pairs.append(pair)

    def _pair(self, pair: PairSpec, transition: float | None = None) -> None:
        first, second = self.figures.get(pair.first), self.figures.get(pair.second)
        if first is None or second is None:
            return
        self.pairings[pair.first] = pose_pair(pair.pose, first, second, transition=transition)
        self.paired |= {pair.first, pair.second}

    def together(self, pose: str, who: str, partner: str) -> bool:
        """``who`` and ``partner`` do ``pose`` together now: a pair pose (the bigger one stays put), or
        both take the same pose. False if neither is possible for them."""
        first, second = self.figures.get(who), self.figures.get(partner)
        if first is None or second is None:
            return False
        if first.height < second.height:
            first, second, who, partner = second, first, partner, who
        self._release(who, partner)
        book = self.rig.book
        if pose in book.pairs:
            if (first.kind, second.kind) not in [tuple(kinds) for kinds in book.pairs[pose].kinds]:
                return False
            self.pairings[who] = pose_pair(pose, first, second)
            self.paired |= {who, partner}
            return True
        if pose not in book.poses:
            return False
        for figure in (first, second):
            if figure.kind in book.poses[pose].kinds:
                figure.set_pose(pose)
        self.paired |= {who, partner}  # held in that pose, not moved back by their motions
        return True

    def _release(self, *names: str) -> None:
        for name in names:
            self.pairings.pop(name, None)
        for key, pairing in list(self.pairings.items()):
            if any(self.figures.get(name) in (pairing.first, pairing.second) for name in names):
                del self.pairings[key]
        self.paired -= set(names)

    # -- time ----------------------------------------------------------------------------------

    def cue_pairs(self, dt: float, line_started: int | None, narrator_quiet: bool) -> None:
        """Take the pair poses whose time has come (after their delay, from their cue line)."""
        for pair in list(self.waiting_pairs):
            key = id(pair)
            if pair.cue_line >= 0 and key not in self.pair_clocks:
                cued = narrator_quiet or (line_started is not None and line_started >= pair.cue_line)
                if not cued:
                    continue
            self.pair_clocks[key] = self.pair_clocks.get(key, 0.0) + dt
            if self.pair_clocks[key] >= pair.delay and not self._walking(pair):
                self.waiting_pairs.remove(pair)
                self._pair(pair)

    def _walking(self, pair: PairSpec) -> bool:
        return any(
            self.figures[who].pose in WALKING_POSES or self.figures[who].moving
            for who in (pair.first, pair.second)
            if who in self.figures
        )

    def follow(self, motions: Mapping[str, ActorMotion]) -> None:
        """Move each figure (not in a pair pose) to where its actor's motion is now, in the right pose."""
        for who, motion in motions.items():
            figure = self.figures.get(who)
            if figure is None or who in self.paired:
                continue
            place = motion.placement()
            figure.position = self.stage.point(place.x, place.y)
            figure.expression = place.expression
            pose = place.pose
            if pose == "walk":
                pose = WALKS.get(motion.spec.pose, "walk")
            elif pose == "wave" and carries_buddy(self.rig, motion.spec.pose, figure.kind):
                pose = motion.spec.pose  # the buddy stays in the arms: a bounce says hello instead
            if pose in self.rig.book.poses and figure.kind in self.rig.book.poses[pose].kinds:
                figure.set_pose(pose, 0.15 if pose in WALKING_POSES else POSE_SECONDS)

    def update(self, dt: float) -> bool:
        changed = False
        for figure in self.figures.values():
            changed = figure.update(dt) or changed
        return changed

    # -- drawing and where things are ------------------------------------------------------------

    def draw(self, surface: pygame.Surface, motions: Mapping[str, ActorMotion], skip: set[str]) -> None:
        """Draw everyone (back to front: higher feet first; a pair together), except those in ``skip``."""
        done: set[str] = set()
        order = sorted(self.figures, key=lambda who: self.actors[who].y)
        for who in order:
            if who in done or who in skip:
                continue
            motion = motions.get(who)
            if motion is not None and not motion.placement().visible:
                continue
            pairing = self.pairings.get(who) or next(
                (p for p in self.pairings.values() if p.second is self.figures[who]), None
            )
            if pairing is not None:
                pairing.draw(surface)
                done |= {name for name, figure in self.figures.items() if figure in (pairing.first, pairing.second)}
                continue
            self.figures[who].draw(surface)
            done.add(who)

    def draw_one(self, surface: pygame.Surface, who: str) -> None:
        figure = self.figures.get(who)
        if figure is not None:
            figure.draw(surface)

    def rect(self, who: str) -> pygame.Rect | None:
        figure = self.figures.get(who)
        return figure.rect() if figure is not None else None

    def face(self, who: str) -> pygame.Rect | None:
        """The figure's face on the screen (from the top of the head to the mouth)."""
        figure = self.figures.get(who)
        if figure is None:
            return None
        top, middle = figure.anchor("head_top"), figure.anchor("head")
        radius = max(4.0, abs(middle[1] - top[1]))
        return pygame.Rect(round(middle[0] - radius), round(top[1]), round(2 * radius), round(2 * radius))

    def buddy_holder(self) -> str | None:
        """Who holds the buddy in their pose now (None when the buddy stands on its own or is not here)."""
        for who, figure in self.figures.items():
            if figure.kind != "buddy" and carries_buddy(self.rig, figure.track.name, figure.kind):
                return who
        return None

    def buddy_rect(self) -> pygame.Rect | None:
        """Where the buddy is on the screen: its own figure, or in someone's arms or backpack."""
        if "buddy" in self.figures:
            return self.figures["buddy"].rect()
        holder = self.buddy_holder()
        if holder is None:
            return None
        figure = self.figures[holder]
        prop = next(prop for prop in figure.track.states[0].props if prop.name == "buddy")
        x, y = figure.anchor(prop.at if prop.at in figure.anchors() else "chest")
        size = figure.height * RELATIVE_HEIGHT["buddy"] / RELATIVE_HEIGHT[figure.kind]
        dx = figure.facing * prop.dx * figure.scale
        return pygame.Rect(
            round(x + dx - size * 0.45),
            round(y + prop.dy * figure.scale - size * 0.6),
            round(size * 0.9),
            round(size * 0.9),
        )
