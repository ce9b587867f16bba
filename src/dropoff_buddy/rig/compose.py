"""Putting a figure together: where every bone and named point is for a pose state, and the frame it draws.

``geometry`` is pure arithmetic (no pygame): it places the bones, puts the figure on the floor
and names its points (hands, cheek, lap...). ``compose`` turns a state into a ``Frame``: up to
three layer pictures (behind the body, the body, in front of a partner) blitted together from
the pieces, plus the named points in pixels. Both work facing right; ``Frame.flipped`` gives
the mirror image for a figure facing left.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace

import pygame

from dropoff_buddy.rig.art import WHEEL_HUBS, WHEELCHAIR_SEAT, FigureLook, Piece, RigArt
from dropoff_buddy.rig.pose_file import PropDef
from dropoff_buddy.rig.poses import HeldProp, PoseState, head_turn
from dropoff_buddy.rig.skeleton import Build, Placed, Point, forward, ground_points, lowest, rotate

LAYERS = ("behind", "body", "front")

# Where the face's points are in the people's head frame (radius 100), per head turn:
# eyes, nose, mouth, the cheek on the side the figure faces, the other cheek.
_FACE_POINTS: Mapping[float, Mapping[str, Point]] = {
    0.0: {"eyes": (0, 4), "nose": (0, 28), "mouth": (0, 56), "cheek": (62, 40), "cheek_back": (-62, 40)},
    0.5: {"eyes": (26, 4), "nose": (26, 28), "mouth": (26, 56), "cheek": (74, 40), "cheek_back": (-26, 40)},
    1.0: {"eyes": (54, 4), "nose": (112, 20), "mouth": (82, 52), "cheek": (40, 40), "cheek_back": (40, 40)},
}
# The buddy's face points on its 512 canvas, relative to its head centre (256, 188).
_BUDDY_FACE: Mapping[str, Point] = {
    "eyes": (0, -10),
    "nose": (0, 36),
    "mouth": (0, 66),
    "cheek": (66, 40),
    "cheek_back": (-66, 40),
}
# The palm's centre below the wrist (hand frame), as a share of the hand radius.
_PALM = {"adult": 16.0 / 21.0, "child": 16.0 / 21.0, "buddy": 4.0 / 22.0}


@dataclass(frozen=True)
class Geometry:
    """A state worked out: bones placed, the floor's y, named points (all rig units, facing right)."""

    placed: Mapping[str, Placed]
    floor: float
    points: Mapping[str, Point]
    rotations: Mapping[str, float]


def rounded(state: PoseState) -> PoseState:
    """The state with its angles rounded as frames are cached (so geometry matches the picture)."""
    return replace(
        state,
        angles=tuple(float(round(angle)) for angle in state.angles),
        turn=head_turn(state.turn),
        wheel=float(round(state.wheel / 15) * 15),
        lean=float(round(state.lean)),
    )


def palm_length(build: Build) -> float:
    """How far the palm's centre is from the wrist (rig units)."""
    return _PALM[build.kind] * build.hand_radius


def geometry(build: Build, state: PoseState, props: Mapping[str, PropDef]) -> Geometry:
    """Place ``state`` for ``build`` and name its points (see ``poses.ANCHORS``).

    The floor is under the lowest point of the body, or of a held prop's resting points (a pillow).
    """
    angles = state.joint_map()
    angles["torso"] = angles.get("torso", 0.0) + state.lean
    placed = forward(build, angles, root_rotation=90.0 if state.lie else 0.0)
    seat_point = placed["pelvis"].to_world((0.0, build.seat))
    if state.seated and build.kind in WHEELCHAIR_SEAT:
        floor = seat_point[1] + WHEELCHAIR_SEAT[build.kind]
    else:
        floor = lowest(ground_points(build, placed))
    head = placed["head"]
    turn = head_turn(state.turn)
    cx, cy = build.head_centre
    radius = build.head_radius
    points: dict[str, Point] = {
        "head": head.to_world((cx, cy)),
        "head_top": head.to_world((cx, cy - radius * 1.02)),
        "pelvis": (placed["pelvis"].x, placed["pelvis"].y),
        "seat": seat_point,
    }
    if build.kind == "buddy":
        for name, (fx, fy) in _BUDDY_FACE.items():
            points[name] = head.to_world((cx + fx, cy + fy))
    else:
        scale = radius / 100.0
        for name, (fx, fy) in _FACE_POINTS[turn].items():
            points[name] = head.to_world((cx + fx * scale, cy + fy * scale))
    torso = placed["torso"]
    neck = build.bones["torso"].length
    points["chest"] = torso.to_world((build.torso_half_width * 0.35, -neck * 0.55))
    points["back"] = torso.to_world((-build.torso_half_width * 0.8, -neck * 0.55))
    palm = palm_length(build)
    for side in ("front", "back"):
        points[f"hand_{side}"] = placed[f"hand_{side}"].to_world((0.0, palm))
        points[f"elbow_{side}"] = (placed[f"forearm_{side}"].x, placed[f"forearm_{side}"].y)
        points[f"shoulder_{side}"] = (placed[f"upper_arm_{side}"].x, placed[f"upper_arm_{side}"].y)
        points[f"knee_{side}"] = (placed[f"shin_{side}"].x, placed[f"shin_{side}"].y)
        points[f"foot_{side}"] = placed[f"foot_{side}"].to_world((0.0, build.sole * 0.5))
    thigh = placed["thigh_front"]
    points["lap"] = thigh.to_world((build.leg_radius, build.bones["thigh_front"].length * 0.5))
    hands = [points["hand_front"], points["hand_back"], points["chest"]]
    points["arms"] = (sum(x for x, _ in hands) / 3, sum(y for _, y in hands) / 3)
    points["floor"] = (placed["pelvis"].x, floor)
    rotations = {name: bone.rotation for name, bone in placed.items()}
    geo = Geometry(placed, floor, points, rotations)
    resting = [(prop, props[prop.name]) for prop in state.props if prop.name in props and props[prop.name].rests]
    if not resting:
        return geo
    for prop, definition in resting:
        (_x, y), rotation = attach(build, geo, prop)
        turn = (rotation if definition.turns else 0.0) + prop.angle
        for rest_x, rest_y in definition.rests:
            _dx, dy = rotate((rest_x / build.world, rest_y / build.world), turn)
            floor = max(floor, y + dy)
    points["floor"] = (placed["pelvis"].x, floor)
    return Geometry(placed, floor, points, rotations)


def attach(build: Build, geo: Geometry, prop: HeldProp) -> tuple[Point, float]:
    """Where a held prop's grip goes (rig units) and how it is turned (degrees), before its own nudges."""
    placed = geo.placed
    if prop.at in ("hand_front", "hand_back"):
        hand = placed[prop.at]
        return geo.points[prop.at], hand.rotation
    if prop.at in ("chest", "back"):
        return geo.points[prop.at], placed["torso"].rotation
    if prop.at == "head":
        return geo.points["head"], placed["torso"].rotation
    if prop.at == "lap":
        return geo.points["lap"], 0.0
    if prop.at == "seat":
        return geo.points["seat"], placed["pelvis"].rotation
    if prop.at == "floor":
        return geo.points["floor"], 0.0
    return geo.points["pelvis"], placed["pelvis"].rotation


# -- the frame -------------------------------------------------------------------------------------


@dataclass
class Frame:
    """One composed picture of a figure, facing right, placed relative to its floor point.

    ``layers`` maps a layer name to (picture, top-left offset in pixels from the floor point).
    ``points`` are the named points in pixels from the floor point.
    """

    layers: dict[str, tuple[pygame.Surface, tuple[int, int]]]
    points: dict[str, tuple[float, float]]
    bounds: pygame.Rect
    flipped_layers: dict[str, tuple[pygame.Surface, tuple[int, int]]] = field(default_factory=dict)

    def layer(self, name: str, facing: int) -> tuple[pygame.Surface, tuple[int, int]] | None:
        """A layer's picture and offset for a figure facing right (``facing`` 1) or left (-1)."""
        found = self.layers.get(name)
        if found is None or facing >= 0:
            return found
        flipped = self.flipped_layers.get(name)
        if flipped is None:
            surface, (x, _y) = found
            flipped = (pygame.transform.flip(surface, True, False), (-x - surface.get_width(), found[1][1]))
            self.flipped_layers[name] = flipped
        return flipped

    def memory_bytes(self) -> int:
        total = 0
        for surface, _ in [*self.layers.values(), *self.flipped_layers.values()]:
            total += surface.get_width() * surface.get_height() * surface.get_bytesize()
        return total


@dataclass(frozen=True)
class _Item:
    piece: str
    x: float  # where the pivot goes, rig units (facing right)
    y: float
    rotation: float  # degrees anticlockwise


def _limb(chain: list[str], geo: Geometry) -> Iterator[_Item]:
    for layer in ("outline", "fill"):
        for bone in chain:
            placed = geo.placed[bone]
            yield _Item(
                f"{bone.rsplit('_', 1)[0] if bone != 'pelvis' else 'pelvis'}:{layer}",
                placed.x,
                placed.y,
                placed.rotation,
            )


def _bone_item(piece: str, placed: Placed) -> _Item:
    return _Item(piece, placed.x, placed.y, placed.rotation)


class _Plan:
    """The draw list of a state, by layer."""

    def __init__(self, figure: FigureLook, state: PoseState, geo: Geometry, book_props: Mapping[str, PropDef]) -> None:
        self.figure = figure
        self.state = state
        self.geo = geo
        self.layers: dict[str, list[_Item]] = {name: [] for name in LAYERS}
        self._props = book_props
        self._plan()

    def _prop_items(self, prop: HeldProp) -> list[tuple[str, _Item]]:
        definition = self._props[prop.name]
        build = self.figure.build
        (x, y), rotation = attach(build, self.geo, prop)
        turns = definition.turns if prop.upright is None else not prop.upright
        turn = (rotation if turns else 0.0) + prop.angle
        nudge = (prop.dx / build.world, prop.dy / build.world)
        if turns:
            nudge = rotate(nudge, rotation)
        item = _Item(f"prop/{prop.name}", x + nudge[0], y + nudge[1], turn)
        found: list[tuple[str, _Item]] = [(definition.layer, item)]
        if definition.also:
            found.append((definition.also_layer, _Item(f"prop/{prop.name}/also", item.x, item.y, item.rotation)))
        return found

    def _arm(self, side: str, out: list[_Item], hand_props: list[_Item]) -> None:
        out.extend(_limb([f"upper_arm_{side}", f"forearm_{side}"], self.geo))
        out.extend(hand_props)
        shape = self.state.hands[0 if side == "front" else 1]
        out.append(_bone_item(f"hand/{shape}", self.geo.placed[f"hand_{side}"]))

    def _sorted_props(self) -> tuple[dict[str, list[_Item]], dict[str, list[_Item]]]:
        """The props' pieces by layer, and those held in each hand (drawn with that hand)."""
        by_layer: dict[str, list[_Item]] = {"behind": [], "cover": [], "body": [], "front": []}
        in_hand: dict[str, list[_Item]] = {"hand_front": [], "hand_back": []}
        for prop in self.state.props:
            for layer, item in self._prop_items(prop):
                if layer == "hand" and prop.at in in_hand:
                    in_hand[prop.at].append(item)
                else:
                    by_layer["body" if layer == "hand" else layer].append(item)
        return by_layer, in_hand

    def _legs(self, body: list[_Item]) -> None:
        """Legs and hips: one outline pass and one fill pass, so the trousers have no seams."""
        geo = self.geo
        separate = set(self.state.separate)
        chain = [bone for bone in ("thigh_back", "shin_back", "thigh_front", "shin_front") if bone not in separate]
        if self.figure.kind != "buddy":
            chain.insert(0, "pelvis")
        body.extend(_limb(chain, geo))
        body.append(_bone_item("foot", geo.placed["foot_back"]))
        for bone in ("thigh_back", "shin_back", "thigh_front", "shin_front"):
            if bone in separate:
                body.extend(_limb([bone], geo))
        body.append(_bone_item("foot", geo.placed["foot_front"]))

    def _plan(self) -> None:
        state, geo, figure = self.state, self.geo, self.figure
        behind, body, front = self.layers["behind"], self.layers["body"], self.layers["front"]
        by_layer, in_hand = self._sorted_props()
        seat = geo.points["seat"]
        if state.seated and figure.kind in WHEEL_HUBS:
            hub = WHEEL_HUBS[figure.kind]
            behind.append(_Item("wheelchair/frame", seat[0], seat[1], 0.0))
            by_layer["cover"].append(_Item("wheelchair/wheel", seat[0] + hub[0], seat[1] + hub[1], -state.wheel))
        behind.extend(by_layer["behind"])
        head = geo.placed["head"]
        turn = head_turn(state.turn)
        if figure.kind == "buddy":
            behind.append(_bone_item("tail", geo.placed["torso"]))
        else:
            behind.append(_Item(f"hair_back/{turn:g}", head.x, head.y, head.rotation))
        arm_layers = {"front": state.arms[0], "back": state.arms[1]}
        for side in ("back", "front"):
            if arm_layers[side] == "behind":
                self._arm(side, behind, in_hand[f"hand_{side}"])
        self._legs(body)
        body.append(_bone_item("torso", geo.placed["torso"]))
        body.extend(by_layer["cover"])
        expression_key = "{expression}"
        head_item = _Item(f"head/{expression_key}/{turn:g}/{state.eyes}", head.x, head.y, head.rotation)
        (front if state.head_front else body).append(head_item)
        if figure.kind == "buddy":
            body.append(_bone_item("collar", geo.placed["torso"]))
        body.extend(by_layer["body"])
        for side in ("back", "front"):
            if arm_layers[side] == "body":
                self._arm(side, body, in_hand[f"hand_{side}"])
        for side in ("back", "front"):
            if arm_layers[side] == "front":
                self._arm(side, front, in_hand[f"hand_{side}"])
        front.extend(by_layer["front"])


def compose(art: RigArt, figure: FigureLook, state: PoseState, expression: str, scale: float) -> Frame:
    """Draw ``state`` for ``figure`` at ``scale`` pixels per rig unit, facing right."""
    state = rounded(state)
    geo = geometry(figure.build, state, art.book.props)
    plan = _Plan(figure, state, geo, art.book.props)
    floor_x, floor_y = geo.points["floor"]

    def to_pixels(x: float, y: float) -> tuple[float, float]:
        return ((x - floor_x) * scale, (y - floor_y) * scale)

    layers: dict[str, tuple[pygame.Surface, tuple[int, int]]] = {}
    everything = pygame.Rect(0, 0, 0, 0)
    for layer in LAYERS:
        placed: list[tuple[Piece, tuple[int, int]]] = []
        for item in plan.layers[layer]:
            name = item.piece.replace("{expression}", expression)
            piece = art.turned(figure, name, scale, round(item.rotation))
            px, py = to_pixels(item.x, item.y)
            placed.append((piece, (round(px - piece.pivot[0]), round(py - piece.pivot[1]))))
        if not placed:
            continue
        rects = [pygame.Rect(offset, piece.surface.get_size()) for piece, offset in placed]
        bounds = rects[0].unionall(rects[1:])
        surface = pygame.Surface(bounds.size, pygame.SRCALPHA)
        surface.fblits([(piece.surface, (x - bounds.x, y - bounds.y)) for piece, (x, y) in placed])
        # Keep only what is drawn: less to blit and to cache, and true bounds for the stage.
        drawn = surface.get_bounding_rect()
        if drawn.width == 0 or drawn.height == 0:
            continue
        if drawn.size != surface.get_size():
            surface = surface.subsurface(drawn).copy()
            bounds = pygame.Rect(bounds.x + drawn.x, bounds.y + drawn.y, drawn.width, drawn.height)
        layers[layer] = (surface, bounds.topleft)
        everything = bounds if everything.size == (0, 0) else everything.union(bounds)
    points = {name: to_pixels(x, y) for name, (x, y) in geo.points.items()}
    return Frame(layers, points, everything)


def distance(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])
