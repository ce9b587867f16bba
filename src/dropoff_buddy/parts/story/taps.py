"""What a tap on a story page does: the hotspot under the finger, the animation it starts, a goodbye step."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dropoff_buddy.rig import STEP_PAIRS
from dropoff_buddy.story.schema import PHOTO_TARGET, Hotspot, Prop

if TYPE_CHECKING:
    from dropoff_buddy.parts.story.scene import StoryScene

HOTSPOT_MARGIN = 24.0  # stage units of forgiveness around every tap target


@dataclass
class _Prop:
    """A prop on the page, and its little jump or wave when tapped (or a door someone walks through)."""

    spec: Prop
    time: float = 0.0
    animation: str = "none"
    open: bool = False  # a door someone is walking through

    def update(self, dt: float) -> bool:
        if self.animation == "none":
            return False
        self.time += dt
        if self.time >= 1.0:
            self.animation = "none"
        return True

    def offset(self, reduced_motion: bool) -> tuple[float, float]:
        """(lift, angle) now."""
        if self.animation == "none" or reduced_motion:
            return 0.0, 0.0
        p = min(1.0, self.time)
        if self.animation == "wave":
            return 0.0, 8.0 * math.sin(2 * math.pi * 2 * p) * math.sin(math.pi * p)
        return 30.0 * abs(math.sin(2 * math.pi * p)) * math.sin(math.pi * p), 0.0


def hotspot_at(scene: StoryScene, pos: tuple[float, float]) -> Hotspot | None:
    """The hotspot under ``pos`` (layout units), nearest centre first."""
    page = scene.page
    if page is None:
        return None
    point = scene.ctx.layout.point(*pos)
    margin = scene.stage.length(HOTSPOT_MARGIN)
    best: tuple[float, Hotspot] | None = None
    for hotspot in page.hotspots:
        box = scene.picture.target_box(hotspot.target)
        if box is None or not box.inflate(margin * 2, margin * 2).collidepoint(point):
            continue
        distance = (box.centerx - point[0]) ** 2 + (box.centery - point[1]) ** 2
        if best is None or distance < best[0]:
            best = (distance, hotspot)
    return best[1] if best is not None else None


def animate(scene: StoryScene, who: str, animation: str, with_actor: str = "") -> None:
    """Start ``animation`` on ``who`` (a person, the buddy, the photo or a prop), with ``with_actor`` for a hug."""
    if animation == "none":
        return
    cast = scene.picture.cast
    if animation == "hug" and with_actor and cast is not None and cast.together("hug", who, with_actor):
        return
    partner = scene.actors.get(with_actor) if with_actor else None
    if who == "buddy" and "buddy" not in scene.actors and cast is not None:
        who = cast.buddy_holder() or who  # the buddy in someone's arms: they bounce it
    if who == "buddy":
        scene.buddy.react({"bounce": "bounce", "wave": "wave", "hug": "hug", "sleep": "sleepy"}.get(animation, "happy"))
    if who == PHOTO_TARGET:
        scene.photo_bounce = 1.0
    motion = scene.actors.get(who)
    if motion is not None:
        motion.start(animation, partner.x if partner is not None else None)
        if partner is not None and animation == "hug":
            partner.start("hug", motion.x)
    prop = scene.props.get(who)
    if prop is not None:
        prop.animation, prop.time = ("wave" if animation == "wave" else "bounce"), 0.0


def do_ritual_step(scene: StoryScene, step_id: str) -> None:
    """The child tapped a goodbye step's picture: the grown-up and the child do it on the page."""
    step = scene.ctx.content.ritual_steps.get(step_id)
    if step is None:
        return
    scene.tapped.add(f"ritual-{step_id}")
    scene.ctx.play_sound(step.sound)
    scene.ctx.say(step.together)
    cast = scene.picture.cast
    if cast is None or not cast.together(STEP_PAIRS.get(step.animation, "hug"), "grownup", "child"):
        for who in ("grownup", "child"):
            motion = scene.actors.get(who)
            if motion is not None:
                motion.start("bounce")
    scene.buddy.react("happy")
