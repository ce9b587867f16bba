"""Where each part of the buddy goes on its 512×512 drawing, for every animal (``ANCHORS``).

Parts (the face, a pattern, each accessory) are drawn around (0, 0); an ``Anchor`` moves, scales
and turns one onto an animal's body. Most animals share one layout with their own numbers
(``_standard``); ``ACCESSORY_PLACES`` says which anchor each accessory sits on, and in which order
accessories are drawn.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class Anchor:
    """Where a part goes on the 512×512 buddy canvas: its origin, scale and clockwise rotation."""

    x: float
    y: float
    sx: float = 1.0
    sy: float = 1.0
    rotate: float = 0.0

    def transform(self) -> str:
        """An SVG ``transform`` placing a part drawn around (0, 0) at this anchor."""
        return f"translate({self.x:g} {self.y:g}) rotate({self.rotate:g}) scale({self.sx:g} {self.sy:g})"


@dataclass(frozen=True)
class AnimalAnchors:
    """Anchor points of one animal. Pattern frames map the unit square -100..100 onto the torso or head."""

    torso: Anchor
    head: Anchor
    eyes: Anchor
    cheeks: Anchor
    mouth: Anchor
    head_top: Anchor
    head_side: Anchor
    neck: Anchor
    chest: Anchor
    tummy: Anchor


def _standard(
    *,
    head: Anchor,
    eyes_y: float,
    mouth: Anchor,
    cheeks_y: float,
    head_top_y: float,
    head_side: Anchor,
    neck_y: float,
    torso_y: float = 372,
    eyes_scale: float = 1.0,
    cheek_spread: float = 1.0,
) -> AnimalAnchors:
    return AnimalAnchors(
        torso=Anchor(256, torso_y, 1.0, 0.9),
        head=head,
        eyes=Anchor(256, eyes_y, eyes_scale, eyes_scale),
        cheeks=Anchor(256, cheeks_y, cheek_spread, 1.0),
        mouth=mouth,
        head_top=Anchor(256, head_top_y),
        head_side=head_side,
        neck=Anchor(256, neck_y),
        chest=Anchor(304, neck_y + 48),
        tummy=Anchor(212, neck_y + 108),
    )


# A data table: one entry per animal, alike in shape by design (the numbers are the drawing).
ANCHORS: Mapping[str, AnimalAnchors] = MappingProxyType(
    {
        "bear": _standard(
            head=Anchor(256, 188, 1.30, 1.12),
            eyes_y=178,
            mouth=Anchor(256, 254),
            cheeks_y=228,
            head_top_y=82,
            head_side=Anchor(184, 96, 0.9, 0.9, -22),
            neck_y=298,
        ),
        "bunny": _standard(
            head=Anchor(256, 200, 1.24, 1.06),
            eyes_y=192,
            mouth=Anchor(256, 264, 0.8, 0.8),
            cheeks_y=238,
            head_top_y=98,
            head_side=Anchor(322, 116, 0.85, 0.85, 24),
            neck_y=302,
            torso_y=376,
        ),
        "puppy": _standard(
            head=Anchor(256, 190, 1.28, 1.10),
            eyes_y=180,
            mouth=Anchor(256, 256),
            cheeks_y=228,
            head_top_y=84,
            head_side=Anchor(200, 90, 0.85, 0.85, -18),
            neck_y=298,
            cheek_spread=0.92,
        ),
        "kitty": _standard(
            head=Anchor(256, 196, 1.30, 1.06),
            eyes_y=190,
            mouth=Anchor(256, 264, 0.8, 0.8),
            cheeks_y=234,
            head_top_y=94,
            head_side=Anchor(196, 104, 0.85, 0.85, -20),
            neck_y=300,
            torso_y=376,
        ),
        "dino": _standard(
            head=Anchor(256, 190, 1.28, 1.10),
            eyes_y=178,
            mouth=Anchor(256, 258, 1.25, 1.1),
            cheeks_y=226,
            head_top_y=84,
            head_side=Anchor(190, 98, 0.85, 0.85, -22),
            neck_y=298,
        ),
        "elephant": _standard(
            head=Anchor(256, 186, 1.2, 1.1),
            eyes_y=166,
            mouth=Anchor(256, 283, 0.7, 0.6),
            cheeks_y=214,
            head_top_y=82,
            head_side=Anchor(118, 104, 0.85, 0.85, -28),
            neck_y=308,
            eyes_scale=0.95,
        ),
    }
)
"""Anchor table for every animal in ``BUDDY_ANIMALS`` (coordinates on the 512×512 canvas)."""

# Accessory -> (anchor name, drawing order). Lower orders are drawn first (underneath).
ACCESSORY_PLACES: Mapping[str, tuple[str, int]] = MappingProxyType(
    {
        "scarf": ("neck", 0),
        "bandana": ("neck", 1),
        "bowtie": ("neck", 2),
        "heart_patch": ("tummy", 3),
        "star_badge": ("chest", 4),
        "glasses": ("eyes", 5),
        "hat": ("head_top", 6),
        "crown": ("head_top", 7),
        "bow": ("head_side", 8),
    }
)
