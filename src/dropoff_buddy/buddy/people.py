"""People in the story (the child, grown-ups, the teacher), composed from SVG parts.

Parts live under ``assets/svg/people``: a torso, legs and arms per kind and pose (drawn on a
400×800 canvas whose floor line is y = 780, so a child and an adult stand side by side), and a
shared head, faces and hair (drawn around the head's centre and placed per kind). Hair comes in
a back layer (behind the head) and a front layer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import pygame

from dropoff_buddy.assets import Assets, fill_tokens, rasterise_svg
from dropoff_buddy.buddy.palette import person_tokens
from dropoff_buddy.storage.models import AvatarLook

KINDS = ("child", "adult")
POSES = ("stand", "wave", "arms_out", "walk", "sit")
EXPRESSIONS = ("happy", "sad", "calm")
CANVAS = (400, 800)
"""The person canvas in SVG units; rendered surfaces keep this aspect ratio."""
FLOOR_Y = 780

_ART = "svg/people"
_INNER_SVG = re.compile(r"<svg\b[^>]*>(.*)</svg>", re.DOTALL)


@dataclass(frozen=True)
class _Kind:
    head_x: float
    head_y: float
    head_scale: float
    sit_drop: float  # how far the upper body moves down when sitting on the floor


_KINDS: Mapping[str, _Kind] = MappingProxyType(
    {
        "adult": _Kind(200, 128, 0.8, 250),
        "child": _Kind(200, 416, 0.72, 100),
    }
)

# pose -> (arms part, legs part)
_POSE_PARTS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "stand": ("arms_stand", "legs_stand"),
        "wave": ("arms_wave", "legs_stand"),
        "arms_out": ("arms_out", "legs_stand"),
        "walk": ("arms_walk", "legs_walk"),
        "sit": ("arms_stand", "legs_sit"),
    }
)


def _inner(svg_text: str) -> str:
    match = _INNER_SVG.search(svg_text)
    return match.group(1) if match else ""


class PersonRenderer:
    """Draws an ``AvatarLook`` as a child or an adult in a pose with an expression, cached by all of these."""

    def __init__(self, assets: Assets) -> None:
        self.assets = assets

    def _part(self, relative: str) -> str:
        return _inner(self.assets.svg_text(f"{_ART}/{relative}"))

    def compose_svg(self, look: AvatarLook, kind: str, pose: str = "stand", expression: str = "happy") -> str:
        """The complete SVG document (tokens filled in) for this person."""
        if kind not in _KINDS:
            raise ValueError(f"unknown kind of person {kind!r}; choose one of {', '.join(KINDS)}")
        if pose not in _POSE_PARTS:
            raise ValueError(f"unknown pose {pose!r}; choose one of {', '.join(POSES)}")
        if expression not in EXPRESSIONS:
            raise ValueError(f"unknown expression {expression!r}; choose one of {', '.join(EXPRESSIONS)}")
        shape = _KINDS[kind]
        arms, legs = _POSE_PARTS[pose]
        drop = shape.sit_drop if pose == "sit" else 0.0
        head = f"translate({shape.head_x:g} {shape.head_y + drop:g}) scale({shape.head_scale:g})"
        upper = f"translate(0 {drop:g})"
        style = look.hair_style
        layers = [
            f'<g transform="{head}">{self._part(f"hair/{style}_back.svg")}</g>',
            "" if pose == "sit" else self._part(f"{kind}/{legs}.svg"),
            f'<g transform="{upper}">{self._part(f"{kind}/torso.svg")}</g>',
            self._part(f"{kind}/{legs}.svg") if pose == "sit" else "",
            f'<g transform="{upper}">{self._part(f"{kind}/{arms}.svg")}</g>',
            f'<g transform="{head}">{self._part("head.svg")}{self._part(f"face/{expression}.svg")}'
            f"{self._part(f'hair/{style}_front.svg')}</g>",
        ]
        opening = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {CANVAS[0]} {CANVAS[1]}">'
        document = opening + "".join(layers) + "</svg>"
        return fill_tokens(document, person_tokens(look))

    def render(
        self, look: AvatarLook, kind: str, pose: str = "stand", expression: str = "happy", height: int = 400
    ) -> pygame.Surface:
        """The person as a per-pixel-alpha surface ``height`` pixels tall (width keeps the 1:2 canvas aspect).

        The floor line sits at 97.5 % of the height for every kind and pose. Cached: do not draw on the result.
        """
        height = max(8, int(height))
        width = max(4, round(height * CANVAS[0] / CANVAS[1]))
        signature = repr((look.skin, look.hair_style, look.hair_colour, look.clothes, kind, pose, expression))
        key = ("person", (width, height), signature)
        cached = self.assets.cached(key)
        if cached is not None:
            return cached
        surface = rasterise_svg(self.compose_svg(look, kind, pose, expression), (width, height))
        self.assets.remember(key, surface)
        return surface
