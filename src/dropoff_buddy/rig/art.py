"""The rig's pieces: SVG markup for every body part, hand, head and prop, with a figure's look applied.

Each piece is drawn around its pivot (the joint it turns about, at 0, 0) in rig units; the
files live in ``assets/svg/rig`` (see its README). A piece with ``<g class="outline">`` and
``<g class="fill">`` groups is split into two pieces, so a limb's outline can be drawn under
the fills of the whole chain and no joint shows a seam. Heads are put together from the
people's head frame (``assets/svg/people``) with the face, hair, beard, glasses, headscarf and
older lines of the look; the buddy's head and body come from its own drawing
(``BuddyRenderer.compose_parts``).

``RigArt`` rasterises a piece once per look and scale, and keeps each turned copy (by whole
degrees), so composing a new frame is mostly blitting.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass

import pygame

from dropoff_buddy.assets import Assets, fill_tokens, rasterise_svg
from dropoff_buddy.buddy.palette import CLOTHES_PALETTE, buddy_tokens, person_tokens
from dropoff_buddy.buddy.render import BuddyRenderer
from dropoff_buddy.rig.poses import PoseBook
from dropoff_buddy.rig.skeleton import Build, build_for, rotate
from dropoff_buddy.storage.models import AvatarLook, BuddyLook

_VIEWBOX = re.compile(r'viewBox="\s*([-\d.]+)[\s,]+([-\d.]+)[\s,]+([-\d.]+)[\s,]+([-\d.]+)\s*"')
_INNER_SVG = re.compile(r"<svg\b[^>]*>(.*)</svg>", re.DOTALL)
_LAYER = re.compile(r'<g class="(outline|fill)">(.*?)</g>', re.DOTALL)

ART = "svg/rig"
PEOPLE_ART = "svg/people"
# The people's head frame: a head of radius about 100 drawn round (0, 0).
HEAD_FRAME_RADIUS = 100.0
# Hands are drawn for a grown-up's palm of this radius and scaled for others.
HAND_ART_RADIUS = 21.0
# Where the wheelchair's near wheel turns, from the top of its seat (rig units of each kind).
WHEEL_HUBS: Mapping[str, tuple[float, float]] = {"adult": (-16.0, 18.0), "child": (-8.0, 2.0)}
# How high the top of a wheelchair's seat is above the floor, per kind (rig units).
WHEELCHAIR_SEAT: Mapping[str, float] = {"adult": 140.0, "child": 58.0}
# The buddy's drawing: its neck and waist on the 512 canvas (the head and body pivot there).
BUDDY_NECK = (256.0, 290.0)
BUDDY_WAIST = (256.0, 430.0)

# How the face moves when the head turns: (shift, squeeze) for the three-quarter view.
THREE_QUARTER = "translate(26 0) scale(0.84 1)"
THREE_QUARTER_HAIR = "translate(10 0) scale(0.95 1)"
THREE_QUARTER_BACK = "translate(-10 0)"


def _inner(text: str) -> str:
    match = _INNER_SVG.search(text)
    return match.group(1) if match else ""


def viewbox(text: str) -> tuple[float, float, float, float]:
    """The ``viewBox`` of an SVG document (x, y, width, height)."""
    match = _VIEWBOX.search(text)
    if match is None:
        raise ValueError("this art file has no viewBox")
    x, y, width, height = (float(value) for value in match.groups())
    return x, y, width, height


def split_layers(inner: str) -> tuple[str, str]:
    """(outline, fill) markup of a piece; a piece without layer groups is all fill."""
    groups = {name: markup for name, markup in _LAYER.findall(inner)}
    if not groups:
        return "", inner
    rest = _LAYER.sub("", inner)
    return groups.get("outline", ""), groups.get("fill", "") + rest


def look_signature(look: AvatarLook | BuddyLook | None) -> tuple[object, ...]:
    """A hashable summary of everything in a look that changes pixels."""
    if look is None:
        return ()
    if isinstance(look, BuddyLook):
        return ("buddy", look.animal, look.colour, look.pattern, tuple(sorted(look.accessories)))
    return (
        look.skin,
        look.hair_style,
        look.hair_colour,
        look.clothes,
        look.older,
        look.beard,
        look.glasses,
        look.headwear,
        look.headwear_colour,
        look.wheelchair,
    )


@dataclass(frozen=True)
class FigureLook:
    """Who is drawn: the kind, the look, the proportions, and the buddy they may carry."""

    kind: str
    look: AvatarLook | BuddyLook
    build: Build
    carried: BuddyLook | None = None

    @classmethod
    def of(cls, kind: str, look: AvatarLook | BuddyLook, carried: BuddyLook | None = None) -> FigureLook:
        if kind == "buddy":
            if not isinstance(look, BuddyLook):
                raise TypeError("a buddy figure needs a BuddyLook")
        elif not isinstance(look, AvatarLook):
            raise TypeError(f"a {kind} figure needs an AvatarLook")
        older = isinstance(look, AvatarLook) and look.older and kind == "adult"
        return cls(kind, look, build_for(kind, older=older), carried)

    @property
    def signature(self) -> tuple[object, ...]:
        return (self.kind, look_signature(self.look), look_signature(self.carried))

    @property
    def person(self) -> AvatarLook:
        assert isinstance(self.look, AvatarLook)
        return self.look

    @property
    def wheelchair(self) -> bool:
        return isinstance(self.look, AvatarLook) and self.look.wheelchair

    def tokens(self) -> dict[str, str]:
        if isinstance(self.look, BuddyLook):
            return buddy_tokens(self.look)
        tokens = person_tokens(self.look)
        scarf = CLOTHES_PALETTE[self.look.headwear_colour]
        tokens.update(scarf=scarf.base, scarf_dark=scarf.dark, scarf_light=scarf.light)
        return tokens


@dataclass(frozen=True)
class Source:
    """A piece's SVG: the markup (tokens filled) and its box in rig units, pivot at (0, 0)."""

    markup: str
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class Piece:
    """A rasterised piece and where its pivot is on it (pixels)."""

    surface: pygame.Surface
    pivot: tuple[float, float]


def _head_back_files(look: AvatarLook, turn: float) -> list[tuple[str, str]]:
    """The art files (and their transforms) of a head seen from behind, back to front."""
    if look.headwear == "headscarf":
        return [(f"{ART}/head/headscarf_back{'_profile' if turn >= 1.0 else ''}.svg", "")]
    if turn >= 1.0:
        return [(f"{ART}/head/hair_profile/{look.hair_style}_back.svg", "")]
    return [(f"{PEOPLE_ART}/hair/{look.hair_style}_back.svg", THREE_QUARTER_BACK if turn > 0.0 else "")]


def _head_profile_files(look: AvatarLook, face: str) -> list[tuple[str, str]]:
    """The art files of a head in profile, back to front: head, age, face, beard, hair or scarf, glasses."""
    files = [f"{ART}/head/head_profile.svg"]
    if look.older:
        files.append(f"{ART}/head/older_profile.svg")
    files.append(f"{ART}/head/face_profile_{face}.svg")
    if look.beard != "none":
        files.append(f"{ART}/head/beard_{look.beard}_profile.svg")
    if look.headwear == "headscarf":
        files.append(f"{ART}/head/headscarf_front_profile.svg")
    else:
        files.append(f"{ART}/head/hair_profile/{look.hair_style}_front.svg")
        if look.hair_style == "bald":
            files.append(f"{ART}/head/bald_shine_profile.svg")
    if look.glasses != "none":
        files.append(f"{ART}/head/glasses_{look.glasses}_profile.svg")
    return [(file, "") for file in files]


def _head_front_files(look: AvatarLook, face: str, *, three_quarter: bool) -> list[tuple[str, str]]:
    """The art files (and transforms) of a head facing us or turned three-quarters, back to front."""
    features = THREE_QUARTER if three_quarter else ""
    files = [(f"{ART}/head/head_three_quarter.svg" if three_quarter else f"{PEOPLE_ART}/head.svg", "")]
    if look.older:
        files.append((f"{ART}/head/older.svg", features))
    files.append((f"{PEOPLE_ART}/face/{face}.svg", features))
    if look.beard != "none":
        files.append((f"{ART}/head/beard_{look.beard}.svg", features))
    if look.headwear == "headscarf":
        files.append((f"{ART}/head/headscarf_front.svg", "translate(8 0) scale(0.96 1)" if three_quarter else ""))
    else:
        files.append((f"{PEOPLE_ART}/hair/{look.hair_style}_front.svg", THREE_QUARTER_HAIR if three_quarter else ""))
    if look.glasses != "none":
        files.append((f"{ART}/head/glasses_{look.glasses}.svg", features))
    return files


def _face_file(expression: str, eyes: str) -> str:
    if eyes == "closed":
        return "sleepy" if expression in ("sad", "sleepy") else "calm"
    return expression


def _buddy_face(expression: str, eyes: str) -> tuple[str, bool]:
    closed = eyes == "closed" or expression == "sleepy"
    face = {"happy": "happy", "calm": "calm", "sad": "sad", "sleepy": "calm"}.get(expression, "happy")
    return face, closed


class RigArt:
    """Pieces for every look, rasterised per scale and turned per whole degree, in bounded caches."""

    def __init__(
        self, assets: Assets, buddy_renderer: BuddyRenderer, book: PoseBook, *, piece_limit: int = 3000
    ) -> None:
        self.assets = assets
        self.buddy_renderer = buddy_renderer
        self.book = book
        self._sources: dict[tuple[object, ...], Source] = {}
        self._pieces: OrderedDict[tuple[object, ...], Piece] = OrderedDict()
        self._piece_limit = piece_limit

    # -- sources ----------------------------------------------------------------------------------

    def _file(self, relative: str) -> str:
        return self.assets.svg_text(relative)

    def source(self, figure: FigureLook, name: str) -> Source:
        """The SVG of piece ``name`` for ``figure`` (see the module docstring for the names)."""
        key = (figure.signature, name)
        found = self._sources.get(key)
        if found is None:
            found = self._make_source(figure, name)
            self._sources[key] = found
        return found

    def _make_source(self, figure: FigureLook, name: str) -> Source:
        kind, _, rest = name.partition("/")
        build = figure.build
        if kind == "head":
            expression, turn, eyes = rest.split("/")
            if figure.kind == "buddy":
                return self._buddy_head(figure, expression, eyes)
            return self._person_head(figure, expression, float(turn), eyes, back=False)
        if kind == "hair_back":
            return self._person_head(figure, "happy", float(rest), "open", back=True)
        if kind == "hand":
            return self._hand(figure, rest)
        if kind == "prop":
            return self._prop(figure, rest)
        if kind == "wheelchair":
            size = "child" if figure.kind == "child" else "adult"
            file = f"{ART}/props/wheelchair_{size}{'_wheel' if rest == 'wheel' else ''}.svg"
            return self._whole_file(figure, file, 1.0 / build.world)
        if figure.kind == "buddy" and kind in ("torso", "collar", "tail"):
            return self._buddy_body(figure, kind)
        # A limb or body part from the kind's folder, maybe one layer of it.
        part, _, layer = name.partition(":")
        file_name = part
        if figure.kind == "adult" and part in ("torso", "pelvis") and build is not build_for("adult"):
            file_name = f"{part}_soft"
        text = self._file(f"{ART}/{figure.kind}/{file_name}.svg")
        outline, fill = split_layers(_inner(text))
        markup = outline if layer == "outline" else fill if layer == "fill" else outline + fill
        return Source(fill_tokens(markup, figure.tokens()), viewbox(text))

    def _whole_file(self, figure: FigureLook, relative: str, scale: float) -> Source:
        text = self._file(relative)
        x, y, width, height = viewbox(text)
        markup = f'<g transform="scale({scale:g})">{_inner(text)}</g>'
        return Source(fill_tokens(markup, figure.tokens()), (x * scale, y * scale, width * scale, height * scale))

    def _hand(self, figure: FigureLook, shape: str) -> Source:
        if figure.kind == "buddy":
            file = f"{ART}/buddy/paw_open.svg" if shape == "open" else f"{ART}/buddy/paw.svg"
            return self._whole_file(figure, file, 1.0)
        return self._whole_file(figure, f"{ART}/hands/{shape}.svg", figure.build.hand_radius / HAND_ART_RADIUS)

    def _prop(self, figure: FigureLook, name: str) -> Source:
        prop_name, _, part = name.partition("/")
        scale = 1.0 / figure.build.world
        if prop_name == "buddy":
            raise ValueError("the buddy prop is drawn by the buddy renderer, not from SVG")
        prop = self.book.props[prop_name]
        art = prop.also if part == "also" else prop.art
        return self._whole_file(figure, art.replace("{kind}", figure.kind), scale)

    def _person_head(self, figure: FigureLook, expression: str, turn: float, eyes: str, *, back: bool) -> Source:
        look = figure.person
        build = figure.build
        scale = build.head_radius / HEAD_FRAME_RADIUS
        cx, cy = build.head_centre
        if back:
            files = _head_back_files(look, turn)
        elif turn >= 1.0:
            files = _head_profile_files(look, _face_file(expression, eyes))
        else:
            files = _head_front_files(look, _face_file(expression, eyes), three_quarter=turn > 0.0)
        layers: list[str] = []
        for relative, transform in files:
            inner = _inner(self._file(relative))
            layers.append(f'<g transform="{transform}">{inner}</g>' if transform else inner)
        markup = f'<g transform="translate({cx:g} {cy:g}) scale({scale:g})">{"".join(layers)}</g>'
        box = (-175.0 * scale, cy - 165.0 * scale, 350.0 * scale, 375.0 * scale)
        return Source(fill_tokens(markup, figure.tokens()), box)

    def _buddy_parts(self, figure: FigureLook, expression: str = "happy", eyes: str = "open") -> dict[str, str]:
        assert isinstance(figure.look, BuddyLook)
        face, closed = _buddy_face(expression, eyes)
        return self.buddy_renderer.compose_parts(figure.look, face, closed)

    def _buddy_head(self, figure: FigureLook, expression: str, eyes: str) -> Source:
        parts = self._buddy_parts(figure, expression, eyes)
        nx, ny = BUDDY_NECK
        markup = f'<g transform="translate({-nx:g} {-ny:g})">{parts["head"]}</g>'
        return Source(markup, (-262.0, -300.0, 524.0, 360.0))

    def _buddy_body(self, figure: FigureLook, part: str) -> Source:
        parts = self._buddy_parts(figure)
        wx, wy = BUDDY_WAIST
        markup = f'<g transform="translate({-wx:g} {-wy:g})">{parts["body" if part == "torso" else part]}</g>'
        if part == "collar":
            return Source(markup, (-150.0, -200.0, 300.0, 160.0))
        return Source(markup, (-262.0, -190.0, 524.0, 260.0))

    # -- rasters ----------------------------------------------------------------------------------

    def piece(self, figure: FigureLook, name: str, scale: float) -> Piece:
        """Piece ``name`` for ``figure`` at ``scale`` pixels per rig unit, upright."""
        return self.turned(figure, name, scale, 0)

    def turned(self, figure: FigureLook, name: str, scale: float, degrees: int) -> Piece:
        """Piece ``name`` turned anticlockwise by whole ``degrees``; the pivot moves with it."""
        degrees = int(degrees) % 360
        key = (figure.signature, name, round(scale * 4096), degrees)
        found = self._pieces.get(key)
        if found is not None:
            self._pieces.move_to_end(key)
            return found
        if degrees == 0:
            found = self._rasterise(figure, name, scale)
        else:
            upright = self.turned(figure, name, scale, 0)
            surface = pygame.transform.rotozoom(upright.surface, degrees, 1.0)
            width, height = upright.surface.get_size()
            offset = rotate((upright.pivot[0] - width / 2, upright.pivot[1] - height / 2), degrees)
            found = Piece(surface, (surface.get_width() / 2 + offset[0], surface.get_height() / 2 + offset[1]))
        self._pieces[key] = found
        while len(self._pieces) > self._piece_limit:
            self._pieces.popitem(last=False)
        return found

    def _rasterise(self, figure: FigureLook, name: str, scale: float) -> Piece:
        if name.startswith("prop/buddy"):
            return self._buddy_prop(figure, scale)
        source = self.source(figure, name)
        x, y, width, height = source.box
        pixels_wide = max(1, math.ceil(width * scale))
        pixels_high = max(1, math.ceil(height * scale))
        document = (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x:g} {y:g} {pixels_wide / scale:g} '
            f'{pixels_high / scale:g}">{source.markup}</svg>'
        )
        surface = rasterise_svg(document, (pixels_wide, pixels_high))
        return Piece(surface, (-x * scale, -y * scale))

    def _buddy_prop(self, figure: FigureLook, scale: float) -> Piece:
        prop = self.book.props["buddy"]
        look = figure.carried if figure.carried is not None else BuddyLook()
        size = max(4, round(prop.size / figure.build.world * scale))
        surface = self.buddy_renderer.render(look, size)
        # Held by its middle, a little low: the grip is just below the centre of the picture.
        return Piece(surface, (size / 2, size * 0.55))

    def clear(self) -> None:
        self._sources.clear()
        self._pieces.clear()

    def memory_bytes(self) -> int:
        """Bytes of pixels held in the piece cache."""
        return sum(
            piece.surface.get_bytesize() * piece.surface.get_width() * piece.surface.get_height()
            for piece in self._pieces.values()
        )
