"""The comfort buddy on screen: composing its art from parts, and the live, breathing actor.

``BuddyRenderer`` builds one SVG document from the parts under ``assets/svg/buddy`` (the
animal's body, a pattern overlay, the face and the accessories), fills in the colour tokens
and rasterises it once per (look, size, expression, eyes); later calls are a cache lookup.

``BuddyActor`` is the buddy that lives on a screen: it breathes and blinks when idle and plays
short reactions. Each distinct picture (a squash, a tilt, closed eyes) is scaled from the
cached raster once and kept, so ``draw`` is a single blit.
"""

from __future__ import annotations

import math
import random
import re
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import pygame

from dropoff_buddy.assets import Assets, fill_tokens, rasterise_svg
from dropoff_buddy.buddy.anchors import ACCESSORY_PLACES, Anchor, AnimalAnchors
from dropoff_buddy.buddy.anchors import ANCHORS as ANCHORS  # re-exported: tests read the table from here
from dropoff_buddy.buddy.palette import buddy_tokens
from dropoff_buddy.storage.models import BuddyLook

EXPRESSIONS = ("happy", "giggle", "sad", "calm")
"""Expressions ``BuddyRenderer.render`` accepts."""

_ART = "svg/buddy"
_INNER_SVG = re.compile(r"<svg\b[^>]*>(.*)</svg>", re.DOTALL)
_PART_MARKER = re.compile(r"<!-- @part ([a-z_]+) -->")
_OPENING_GROUP = re.compile(r"<g\b[^>]*>")


def _inner(svg_text: str) -> str:
    """The markup inside the outer ``<svg>`` element of a part file."""
    match = _INNER_SVG.search(svg_text)
    return match.group(1) if match else ""


def _accessory_anchor(anchors: AnimalAnchors, name: str, look: BuddyLook) -> Anchor:
    """Where accessory ``name`` sits on the animal (a small crown perches on top of a bobble hat)."""
    anchor: Anchor = getattr(anchors, ACCESSORY_PLACES[name][0])
    if name == "crown" and "hat" in look.accessories:
        anchor = Anchor(anchor.x, anchor.y - 30, 0.6, 0.6, anchor.rotate)
    return anchor


class BuddyRenderer:
    """Draws a ``BuddyLook`` as a size×size picture, composed from the SVG parts and cached."""

    def __init__(self, assets: Assets) -> None:
        self.assets = assets

    def _part(self, relative: str, transform: str, *, plain: bool = False) -> str:
        style = ' stroke="none"' if plain else ""
        return f'<g transform="{transform}"{style}>{_inner(self.assets.svg_text(f"{_ART}/{relative}"))}</g>'

    def _face(self, anchors: AnimalAnchors, expression: str, eyes_closed: bool) -> list[str]:
        """The face's parts (cheeks, eyes, mouth, sad brows) placed on the animal's anchors."""
        eyes = ("eyes_squint" if expression == "giggle" else "eyes_closed") if eyes_closed else "eyes_open"
        face = [
            self._part("face/cheeks.svg", anchors.cheeks.transform()),
            self._part(f"face/{eyes}.svg", anchors.eyes.transform()),
            self._part(f"face/mouth_{expression}.svg", anchors.mouth.transform()),
        ]
        if expression == "sad":
            face.append(self._part("face/brows_sad.svg", anchors.eyes.transform()))
        return face

    def compose_svg(self, look: BuddyLook, expression: str = "happy", eyes_closed: bool = False) -> str:
        """The complete SVG document (tokens filled in) for ``look`` with the given face."""
        if expression not in EXPRESSIONS:
            raise ValueError(f"unknown buddy expression {expression!r}; choose one of {', '.join(EXPRESSIONS)}")
        anchors = ANCHORS[look.animal]
        body = _inner(self.assets.svg_text(f"{_ART}/animals/{look.animal}.svg"))
        torso_pattern = head_pattern = ""
        if look.pattern != "none":
            # Patterns sit inside the body's outlined group: switch its outline off for them.
            torso_pattern = self._part(f"patterns/{look.pattern}_torso.svg", anchors.torso.transform(), plain=True)
            head_pattern = self._part(f"patterns/{look.pattern}_head.svg", anchors.head.transform(), plain=True)
        body = body.replace("<!-- @pattern-torso -->", torso_pattern).replace("<!-- @pattern-head -->", head_pattern)

        face = self._face(anchors, expression, eyes_closed)

        extras: list[str] = []
        for name in sorted(look.accessories, key=lambda item: ACCESSORY_PLACES[item][1]):
            extras.append(self._part(f"accessories/{name}.svg", _accessory_anchor(anchors, name, look).transform()))

        document = (
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">'
            + body
            + "".join(face)
            + "".join(extras)
            + "</svg>"
        )
        return fill_tokens(document, buddy_tokens(look))

    def compose_parts(self, look: BuddyLook, expression: str = "happy", eyes_closed: bool = False) -> dict[str, str]:
        """The buddy split into parts for the cut-out rig: SVG markup on the 512×512 canvas, tokens filled in.

        Keys: ``tail`` (may be empty), ``body`` (with the torso pattern and chest and tummy
        accessories), ``head`` (ears, head, muzzle, face and the accessories worn on the head),
        ``collar`` (what is worn at the neck, drawn over the head's chin), ``arms`` and ``feet``
        (the sitting plush's, for reference). The animal files mark their parts with
        ``<!-- @part name -->`` comments.
        """
        if expression not in EXPRESSIONS:
            raise ValueError(f"unknown buddy expression {expression!r}; choose one of {', '.join(EXPRESSIONS)}")
        anchors = ANCHORS[look.animal]
        inner = _inner(self.assets.svg_text(f"{_ART}/animals/{look.animal}.svg"))
        opening_match = _OPENING_GROUP.search(inner)
        opening = opening_match.group(0) if opening_match else "<g>"
        content = inner[opening_match.end() : inner.rindex("</g>")] if opening_match else inner
        if look.pattern != "none":
            content = content.replace(
                "<!-- @pattern-torso -->",
                self._part(f"patterns/{look.pattern}_torso.svg", anchors.torso.transform(), plain=True),
            ).replace(
                "<!-- @pattern-head -->",
                self._part(f"patterns/{look.pattern}_head.svg", anchors.head.transform(), plain=True),
            )
        split = _PART_MARKER.split(content)
        parts = {"tail": "", "body": "", "arms": "", "feet": "", "head": "", "collar": ""}
        for name, text in zip(split[1::2], split[2::2], strict=True):
            parts[name] = opening + text + "</g>"
        face = self._face(anchors, expression, eyes_closed)
        parts["head"] += "".join(face)
        for name in sorted(look.accessories, key=lambda item: ACCESSORY_PLACES[item][1]):
            place = ACCESSORY_PLACES[name][0]
            markup = self._part(f"accessories/{name}.svg", _accessory_anchor(anchors, name, look).transform())
            key = "collar" if place == "neck" else "body" if place in ("chest", "tummy") else "head"
            parts[key] += markup
        tokens = buddy_tokens(look)
        return {name: fill_tokens(markup, tokens) for name, markup in parts.items()}

    def render(
        self, look: BuddyLook, size: int, *, expression: str = "happy", eyes_closed: bool = False
    ) -> pygame.Surface:
        """The buddy as a ``size``×``size`` per-pixel-alpha surface. Cached: do not draw on the result."""
        size = max(4, int(size))
        signature = repr((look.animal, look.colour, sorted(look.accessories), look.pattern, expression, eyes_closed))
        key = ("buddy", (size, size), signature)
        cached = self.assets.cached(key)
        if cached is not None:
            return cached
        surface = rasterise_svg(self.compose_svg(look, expression, eyes_closed), (size, size))
        self.assets.remember(key, surface)
        return surface


@dataclass(frozen=True)
class _Reaction:
    duration: float
    expression: str
    eyes_closed: bool


_REACTIONS: Mapping[str, _Reaction] = MappingProxyType(
    {
        "bounce": _Reaction(0.9, "happy", False),
        "wave": _Reaction(1.6, "happy", False),
        "hug": _Reaction(1.4, "happy", True),
        "sleepy": _Reaction(3.0, "calm", True),
        "sad": _Reaction(3.0, "sad", False),
        "happy": _Reaction(1.5, "giggle", False),
        "squeeze": _Reaction(0.7, "giggle", True),
        "giggle": _Reaction(1.6, "giggle", True),
    }
)

_ART_SHARE = 0.88  # the buddy fills this share of its box, leaving room to hop and stretch
_BREATH_PERIOD = 4.0
_BREATH_DEPTH = 0.025
_BLINK_TIME = 0.14
_FACE_GAP = 0.34  # reactions change the face at most about 3 times a second, however fast they are asked for
_FRAME_CACHE = 24
# Quantisation steps: pictures that differ by less than a step are the same picture.
_SCALE_STEP = 0.004
_ANGLE_STEP = 1.5
_LIFT_STEP = 0.004


@dataclass(frozen=True)
class _Pose:
    expression: str
    eyes_closed: bool
    sx: int  # in _SCALE_STEP units away from 1
    sy: int
    angle: int  # in _ANGLE_STEP units
    lift: int  # in _LIFT_STEP units of the box size


class BuddyActor:
    """The live buddy on screen: breathes and blinks when idle; plays reactions.

    Call ``update(dt)`` once a frame; it returns True when the picture differs from the one at
    the previous update, so the app knows to redraw. ``draw`` only blits (it never advances
    time) and keeps the picture inside the size×size box centred on ``center``.
    Under ``reduced_motion`` there is no breathing, hopping or tilting: reactions show only the
    change of expression. Blinks happen every 3–6 s, far below 3 flashes a second.
    """

    REACTIONS = ("bounce", "wave", "hug", "sleepy", "sad", "happy", "squeeze", "giggle")

    def __init__(
        self, renderer: BuddyRenderer, look: BuddyLook, rng: random.Random, reduced_motion: bool = False
    ) -> None:
        self.renderer = renderer
        self.rng = rng
        self.reduced_motion = reduced_motion
        self._look = look
        self._version = 0
        self._time = 0.0
        self._next_blink = rng.uniform(3.0, 6.0)
        self._blink_left = 0.0
        self._reaction: str | None = None
        self._reaction_time = 0.0
        self._pending: str | None = None
        self._face_clock = _FACE_GAP
        self._last_signature: tuple[int, _Pose] | None = None
        self._frames: OrderedDict[tuple[int, int, _Pose], pygame.Surface] = OrderedDict()

    @property
    def look(self) -> BuddyLook:
        return self._look

    @look.setter
    def look(self, value: BuddyLook) -> None:
        self._look = value.model_copy(deep=True)
        self._version += 1
        self._frames.clear()

    @property
    def reaction(self) -> str | None:
        """The reaction playing now, or None when idle."""
        return self._reaction

    def _face(self, reaction: str | None) -> tuple[str, bool]:
        if reaction is None:
            return "happy", False
        return _REACTIONS[reaction].expression, _REACTIONS[reaction].eyes_closed

    def react(self, reaction: str) -> None:
        """Start ``reaction`` (one of ``REACTIONS``), replacing any reaction already playing.

        Asking again for the reaction that is playing restarts it. A reaction that would change the
        face less than about a third of a second after the last change waits until then (the
        latest request wins), so mashing cannot make the face flicker.
        """
        if reaction not in _REACTIONS:
            raise ValueError(f"unknown reaction {reaction!r}; choose one of {', '.join(self.REACTIONS)}")
        if reaction != self._reaction and self._face(reaction) != self._face(self._reaction):
            if self._face_clock < _FACE_GAP:
                self._pending = reaction
                return
            self._face_clock = 0.0
        self._pending = None
        self._reaction = reaction
        self._reaction_time = 0.0

    def prepare(self, size: int) -> None:
        """Rasterise every face at ``size`` ahead of time, so later reactions never wait for the SVG renderer."""
        art = max(4, round(max(4, int(size)) * _ART_SHARE))
        for expression, eyes_closed in {("happy", False), ("happy", True), *map(self._face, _REACTIONS)}:
            self.renderer.render(self._look, art, expression=expression, eyes_closed=eyes_closed)

    def update(self, dt: float) -> bool:
        """Advance time by ``dt`` seconds. True when the picture changed since the previous update."""
        dt = max(0.0, float(dt))
        self._time += dt
        self._face_clock += dt
        if self._reaction is not None:
            self._reaction_time += dt
            if self._reaction_time >= _REACTIONS[self._reaction].duration:
                self._reaction = None
                self._face_clock = 0.0
        if self._pending is not None and self._face_clock >= _FACE_GAP:
            self.react(self._pending)
        if self._blink_left > 0.0:
            self._blink_left = max(0.0, self._blink_left - dt)
        else:
            self._next_blink -= dt
            if self._next_blink <= 0.0:
                self._next_blink = self.rng.uniform(3.0, 6.0)
                if self._reaction is None or not _REACTIONS[self._reaction].eyes_closed:
                    self._blink_left = _BLINK_TIME
        signature = (self._version, self._pose())
        changed = signature != self._last_signature
        self._last_signature = signature
        return changed

    def _motion(self) -> tuple[float, float, float, float]:
        """(sx, sy, angle in degrees, lift as a share of the box) for the current moment."""
        if self.reduced_motion:
            return 1.0, 1.0, 0.0, 0.0
        breath = 0.5 - 0.5 * math.cos(2 * math.pi * self._time / _BREATH_PERIOD)
        sx, sy, angle, lift = 1.0 + 0.006 * breath, 1.0 - _BREATH_DEPTH * breath, 0.0, 0.0
        if self._reaction is None:
            return sx, sy, angle, lift
        p = min(1.0, self._reaction_time / _REACTIONS[self._reaction].duration)
        envelope = math.sin(math.pi * p)
        name = self._reaction
        if name == "bounce":
            hop = abs(math.sin(2 * math.pi * p))
            lift, sy = 0.06 * hop, sy * (1.0 + 0.03 * hop)
        elif name == "wave":
            angle = 6.0 * math.sin(2 * math.pi * 2 * p) * envelope
        elif name == "hug":
            sx, sy = sx * (1.0 + 0.05 * envelope), sy * (1.0 - 0.04 * envelope)
        elif name == "sleepy":
            sy, angle = sy * (1.0 - 0.03 * envelope), 3.0 * envelope
        elif name == "sad":
            sy = sy * (1.0 - 0.03 * envelope)
        elif name == "happy":
            if p < 0.5:
                lift = 0.05 * math.sin(2 * math.pi * p)
            else:
                angle = 4.0 * math.sin(2 * math.pi * 2 * (p - 0.5)) * envelope
        elif name == "squeeze":
            sx, sy = sx * (1.0 + 0.07 * envelope), sy * (1.0 - 0.07 * envelope)
        elif name == "giggle":
            wobble = math.sin(2 * math.pi * 2.5 * self._reaction_time)
            angle, sy = 3.0 * wobble * envelope, sy * (1.0 - 0.015 * abs(wobble) * envelope)
        return sx, sy, angle, lift

    def _pose(self) -> _Pose:
        expression, eyes_closed = self._face(self._reaction)
        eyes_closed = eyes_closed or self._blink_left > 0.0
        sx, sy, angle, lift = self._motion()
        return _Pose(
            expression=expression,
            eyes_closed=eyes_closed,
            sx=round((sx - 1.0) / _SCALE_STEP),
            sy=round((sy - 1.0) / _SCALE_STEP),
            angle=round(angle / _ANGLE_STEP),
            lift=round(lift / _LIFT_STEP),
        )

    def _frame(self, size: int, pose: _Pose) -> pygame.Surface:
        key = (self._version, size, pose)
        frame = self._frames.get(key)
        if frame is not None:
            self._frames.move_to_end(key)
            return frame
        art = max(4, round(size * _ART_SHARE))
        frame = self.renderer.render(self._look, art, expression=pose.expression, eyes_closed=pose.eyes_closed)
        if pose.sx or pose.sy:
            width = max(1, round(art * (1.0 + pose.sx * _SCALE_STEP)))
            height = max(1, round(art * (1.0 + pose.sy * _SCALE_STEP)))
            frame = pygame.transform.smoothscale(frame, (width, height))
        if pose.angle:
            frame = pygame.transform.rotozoom(frame, -pose.angle * _ANGLE_STEP, 1.0)
        self._frames[key] = frame
        while len(self._frames) > _FRAME_CACHE:
            self._frames.popitem(last=False)
        return frame

    def draw(self, surface: pygame.Surface, center: tuple[int, int], size: int) -> pygame.Rect:
        """Blit the current picture into the size×size box centred on ``center``; returns the blitted rect.

        The rect always lies inside that box. Only a picture cache is filled; time does not move.
        """
        size = max(4, int(size))
        pose = self._last_signature[1] if self._last_signature is not None else self._pose()
        frame = self._frame(size, pose)
        box = pygame.Rect(0, 0, size, size)
        box.center = center
        rect = frame.get_rect()
        rect.midbottom = (box.centerx, box.bottom - round(pose.lift * _LIFT_STEP * size))
        rect.clamp_ip(box)
        surface.blit(frame, rect)
        return rect
