"""The little celebrations of the goodbye game: hearts and sparkles that fly where a step happened."""

from __future__ import annotations

import math
from dataclasses import dataclass

from dropoff_buddy.content.catalog import RitualStep

Point = tuple[float, float]
HEART, SPARK = "svg/icons/heart.svg", "svg/ritual/sparkle.svg"


@dataclass
class Particle:
    """A heart or sparkle that flies from ``start`` to ``end`` after ``delay`` seconds."""

    icon: str
    start: Point
    end: Point
    size: float
    delay: float = 0.0
    duration: float = 1.2
    age: float = 0.0

    @property
    def alive(self) -> bool:
        return self.age < self.delay + self.duration

    def position(self, reduced_motion: bool) -> Point | None:
        t = (self.age - self.delay) / self.duration
        if t < 0:
            return None
        if reduced_motion:
            return self.end
        ease = 1 - (1 - min(1.0, t)) ** 2
        arc = math.sin(math.pi * min(1.0, t)) * 40
        return (
            self.start[0] + (self.end[0] - self.start[0]) * ease,
            self.start[1] + (self.end[1] - self.start[1]) * ease - arc,
        )


def burst(
    centre: Point,
    icon: str,
    count: int,
    spread: float,
    delay: float = 0.0,
    *,
    size: float = 56,
    circle: bool = False,
) -> list[Particle]:
    """``count`` pictures flying out from ``centre``: a fan upwards, or a full ring."""
    particles = []
    for index in range(count):
        fan = -math.pi / 2 + (index - (count - 1) / 2) * 0.6
        angle = 2 * math.pi * index / count - math.pi / 2 if circle else fan
        end = (centre[0] + math.cos(angle) * spread, centre[1] + math.sin(angle) * spread - (0 if circle else 30))
        particles.append(Particle(icon, centre, end, size + 10 * (index % 2), delay=delay + 0.06 * index))
    return particles


@dataclass(frozen=True)
class Spots:
    """Where a step's celebration plays: the target, the child's face and hand, the partner's face."""

    target: Point
    child_face: Point
    child_hand: Point
    child_palm: Point
    partner_face: Point


def celebration(step: RitualStep, spots: Spots, *, together: bool) -> list[Particle]:
    """The step's own little animation where it happened (hearts, sparkles, a flying picture)."""
    target = spots.target
    animation = step.animation
    if together:
        return burst(target, HEART if animation in ("hug", "kiss", "kissing_hand") else SPARK, 6, 200, circle=True)
    if animation == "hug":  # big hearts bloom from the hug
        return burst(target, HEART, 5, 120)
    if animation == "kiss":  # a kiss flies to the cheek and leaves little hearts
        return [
            Particle(HEART, spots.child_face, target, 60, duration=0.6),
            *burst(target, HEART, 3, 70, 0.55, size=44),
        ]
    if animation == "blow_kiss":  # the kiss floats all the way across
        return [Particle(HEART, spots.child_face, target, 90, duration=1.1), *burst(target, SPARK, 4, 80, 1.0)]
    if animation == "kissing_hand":  # the kiss lands in the child's palm and stays there
        return [Particle(HEART, spots.partner_face, spots.child_palm, 80, duration=1.1)]
    if animation == "fist_bump":  # the fists meet, then bump!
        return [
            Particle(step.icon, spots.child_hand, target, 120, duration=0.45),
            *burst(target, SPARK, 8, 130, 0.45, circle=True),
        ]
    if animation == "wave":  # waving hands float up from both
        hand = spots.child_hand
        return [
            Particle(step.icon, hand, (hand[0], hand[1] - 140), 100),
            Particle(step.icon, target, (target[0], target[1] - 140), 100, delay=0.2),
        ]
    if animation == "nose_rub":  # tiny hearts between the noses
        return burst(target, HEART, 4, 60, size=40)
    if animation == "handshake":  # a ring of sparkles for the secret
        return burst(target, SPARK, 8, 150, circle=True)
    if animation == "thumbs_up":  # a big thumb rises with a twinkle
        return [
            Particle(step.icon, target, (target[0], target[1] - 150), 140, duration=1.3),
            *burst((target[0], target[1] - 150), SPARK, 3, 90, 0.9),
        ]
    return burst(target, SPARK, 6, 120)  # high five: a burst of stars from the hands
