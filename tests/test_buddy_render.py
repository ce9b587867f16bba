"""Buddy and people art: every option renders, colours differ, the live buddy behaves, and every
look choice of a grown-up and a child shows on the person the rig draws, where it should."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import itertools
import math
import random

import pygame
import pytest

from dropoff_buddy.assets import Assets
from dropoff_buddy.buddy.palette import BUDDY_PALETTE, CLOTHES_PALETTE, HAIR_PALETTE, SKIN_PALETTE
from dropoff_buddy.buddy.render import ANCHORS, EXPRESSIONS, BuddyActor, BuddyRenderer
from dropoff_buddy.rig import Figure, Rig
from dropoff_buddy.rig.sheet import RELATIVE_HEIGHT
from dropoff_buddy.storage.models import (
    BUDDY_ACCESSORIES,
    BUDDY_ANIMALS,
    BUDDY_COLOURS,
    BUDDY_PATTERNS,
    CLOTHES_COLOURS,
    HAIR_COLOURS,
    PERSON_CHOICES,
    SKIN_TONES,
    AvatarLook,
    BuddyLook,
)

SIZE = 96


@pytest.fixture(scope="module")
def assets() -> Assets:
    pygame.init()
    return Assets(cache_limit=2000)


@pytest.fixture(scope="module")
def renderer(assets: Assets) -> BuddyRenderer:
    return BuddyRenderer(assets)


@pytest.fixture(scope="module")
def rig(assets: Assets, renderer: BuddyRenderer) -> Rig:
    return Rig(assets, renderer)


def _opaque_pixels(surface: pygame.Surface) -> int:
    return int(pygame.mask.from_surface(surface, 8).count())


def test_palettes_cover_every_named_colour() -> None:
    assert set(BUDDY_PALETTE) == set(BUDDY_COLOURS)
    assert set(SKIN_PALETTE) == set(SKIN_TONES)
    assert set(HAIR_PALETTE) == set(HAIR_COLOURS)
    assert set(CLOTHES_PALETTE) == set(CLOTHES_COLOURS)
    assert set(ANCHORS) == set(BUDDY_ANIMALS)


@pytest.mark.parametrize("animal", BUDDY_ANIMALS)
def test_every_animal_colour_accessory_and_pattern_renders(renderer: BuddyRenderer, animal: str) -> None:
    for colour in ("honey", "white", "charcoal", "sky"):
        for pattern in BUDDY_PATTERNS:
            surface = renderer.render(BuddyLook(animal=animal, colour=colour, accessories=[], pattern=pattern), SIZE)
            assert surface.get_size() == (SIZE, SIZE)
            assert _opaque_pixels(surface) > SIZE * SIZE // 5
    for accessory in BUDDY_ACCESSORIES:
        look = BuddyLook(animal=animal, colour="caramel", accessories=[accessory], pattern="none")
        plain = renderer.render(BuddyLook(animal=animal, colour="caramel", accessories=[], pattern="none"), SIZE)
        dressed = renderer.render(look, SIZE)
        assert dressed.get_size() == (SIZE, SIZE)
        assert _opaque_pixels(dressed) >= _opaque_pixels(plain) * 0.95
        assert pygame.image.tobytes(dressed, "RGBA") != pygame.image.tobytes(plain, "RGBA"), accessory
    everything = BuddyLook(animal=animal, colour="mint", accessories=list(BUDDY_ACCESSORIES), pattern="spots")
    assert _opaque_pixels(renderer.render(everything, SIZE)) > 0


@pytest.mark.parametrize("expression", EXPRESSIONS)
def test_every_expression_and_closed_eyes_render(renderer: BuddyRenderer, expression: str) -> None:
    look = BuddyLook(animal="bear")
    open_eyes = renderer.render(look, SIZE, expression=expression)
    closed = renderer.render(look, SIZE, expression=expression, eyes_closed=True)
    assert pygame.image.tobytes(open_eyes, "RGBA") != pygame.image.tobytes(closed, "RGBA")


def test_unknown_expression_is_refused(renderer: BuddyRenderer) -> None:
    with pytest.raises(ValueError, match="expression"):
        renderer.render(BuddyLook(), SIZE, expression="angry")


def test_different_colours_give_different_pixels(renderer: BuddyRenderer) -> None:
    pictures = {
        colour: pygame.image.tobytes(renderer.render(BuddyLook(colour=colour, accessories=[]), SIZE), "RGBA")
        for colour in BUDDY_COLOURS
    }
    assert len(set(pictures.values())) == len(BUDDY_COLOURS)


def test_render_is_cached(renderer: BuddyRenderer) -> None:
    look = BuddyLook(animal="kitty", colour="lilac")
    assert renderer.render(look, 120) is renderer.render(look, 120)


def _actor(renderer: BuddyRenderer, reduced_motion: bool = False, seed: int = 3) -> BuddyActor:
    return BuddyActor(renderer, BuddyLook(animal="puppy"), random.Random(seed), reduced_motion=reduced_motion)


def test_actor_breathes_and_stays_in_its_box(renderer: BuddyRenderer) -> None:
    actor = _actor(renderer)
    screen = pygame.Surface((400, 400), pygame.SRCALPHA)
    box = pygame.Rect(0, 0, 200, 200)
    box.center = (200, 200)
    changes = 0
    heights = set()
    for _ in range(300):  # five seconds at 60 fps: more than one breath
        changes += actor.update(1 / 60)
        rect = actor.draw(screen, box.center, 200)
        assert box.contains(rect)
        heights.add(rect.height)
    assert changes >= 5
    assert len(heights) >= 3


@pytest.mark.parametrize("reaction", BuddyActor.REACTIONS)
def test_every_reaction_plays_inside_the_box_and_ends(renderer: BuddyRenderer, reaction: str) -> None:
    actor = _actor(renderer)
    screen = pygame.Surface((300, 300), pygame.SRCALPHA)
    box = pygame.Rect(50, 50, 200, 200)
    actor.react(reaction)
    assert actor.reaction == reaction
    for _ in range(60 * 4):
        actor.update(1 / 60)
        assert box.contains(actor.draw(screen, box.center, 200))
    assert actor.reaction is None
    with pytest.raises(ValueError):
        actor.react("cartwheel")


def test_reduced_motion_frames_are_identical_apart_from_blinks(renderer: BuddyRenderer) -> None:
    actor = _actor(renderer, reduced_motion=True)
    still = renderer.render(actor.look, round(200 * 0.88))
    blinks = 0
    previous_closed = False
    for frame in range(60 * 12):
        actor.update(1 / 60)
        if frame % 5 == 0:
            actor.react("bounce")
        screen = pygame.Surface((200, 200), pygame.SRCALPHA)
        rect = actor.draw(screen, (100, 100), 200)
        picture = screen.subsurface(rect)
        if pygame.image.tobytes(picture, "RGBA") != pygame.image.tobytes(still, "RGBA"):
            blinks += not previous_closed
            previous_closed = True
        else:
            previous_closed = False
    assert 1 <= blinks <= 5  # a blink every 3-6 s over 12 s, never more


def test_update_reports_no_change_when_nothing_moves(renderer: BuddyRenderer) -> None:
    actor = _actor(renderer, reduced_motion=True)
    actor.update(0.0)
    results = [actor.update(0.001) for _ in range(100)]  # 0.1 s: too short for a blink
    assert not any(results)
    actor.look = BuddyLook(animal="dino", colour="mint")
    assert actor.update(0.001)


def test_no_blink_flashes_faster_than_three_a_second(renderer: BuddyRenderer) -> None:
    actor = _actor(renderer, seed=11)
    changes_of_eyes: list[float] = []
    last = None
    time = 0.0
    for _ in range(60 * 20):
        actor.update(1 / 60)
        time += 1 / 60
        screen = pygame.Surface((10, 10))
        actor.draw(screen, (5, 5), 10)
        closed = actor._last_signature is not None and actor._last_signature[1].eyes_closed
        if closed != last:
            changes_of_eyes.append(time)
            last = closed
    blink_starts = changes_of_eyes[1::2]
    assert all(later - earlier > 1 / 3 for earlier, later in itertools.pairwise(blink_starts))


PEOPLE = ("adult", "child")
GROWN_UP = 360  # pixels: a standing grown-up on the test canvas; a child is RELATIVE_HEIGHT of it
FLOOR = (200, 560)  # where the figures stand on a 400 x 600 canvas
# The named point each look choice must show at: a beard round the mouth, glasses at the eyes...
SHOWS_AT = {
    "skin": "cheek",
    "hair_style": "head_top",
    "hair_colour": "head_top",
    "clothes": "chest",
    "beard": "mouth",
    "glasses": "eyes",
    "headwear": "head_top",
}
ON_THE_FACE = ("beard", "glasses")  # these change the face and nothing else


def _person(rig: Rig, kind: str, look: AvatarLook, height: float = GROWN_UP) -> tuple[pygame.Surface, Figure]:
    """``look`` drawn by the rig as a ``kind`` standing on ``FLOOR``, and the figure (for its named points)."""
    figure = rig.figure(kind, look, position=FLOOR, height=height * RELATIVE_HEIGHT[kind])
    figure.update(0.0)
    canvas = pygame.Surface((400, 600), pygame.SRCALPHA)
    figure.draw(canvas)
    return canvas, figure


def _changed(before: pygame.Surface, after: pygame.Surface) -> pygame.mask.Mask:
    """The pixels that differ between two pictures of the same size."""
    changed = pygame.mask.Mask(before.get_size())
    for first, second in ((before, after), (after, before)):
        difference = first.copy()
        difference.blit(second, (0, 0), special_flags=pygame.BLEND_RGBA_SUB)  # zero where second >= first
        same = pygame.mask.from_threshold(difference, (0, 0, 0, 0), (1, 1, 1, 1))
        same.invert()
        changed.draw(same, (0, 0))
    return changed


def _disc(radius: float) -> pygame.mask.Mask:
    disc = pygame.Surface((round(radius * 2), round(radius * 2)), pygame.SRCALPHA)
    pygame.draw.circle(disc, "white", disc.get_rect().center, radius)
    return pygame.mask.from_surface(disc)


def _box(picture: pygame.Surface) -> pygame.Rect:
    rects = pygame.mask.from_surface(picture, 8).get_bounding_rects()
    return rects[0].unionall(rects[1:])


@pytest.mark.parametrize("kind", PEOPLE)
def test_every_look_choice_draws_the_person_and_shows_where_it_should(rig: Rig, kind: str) -> None:
    plain, figure = _person(rig, kind, AvatarLook())
    assert _opaque_pixels(plain) > figure.height**2 / 10
    radius = math.dist(figure.anchor("head_top"), figure.anchor("mouth")) / 2  # half a head
    for field, choices in PERSON_CHOICES.items():
        pictures = {choice: _person(rig, kind, AvatarLook.model_validate({field: choice}))[0] for choice in choices}
        # Each choice is its own picture (no two beards, hair colours or skins drawn alike)...
        assert len({pygame.image.tobytes(picture, "RGBA") for picture in pictures.values()}) == len(choices), field
        x, y = figure.anchor(SHOWS_AT[field])
        there, offset = _disc(radius), (round(x - radius), round(y - radius))
        default = AvatarLook.model_fields[field].default
        for choice, picture in pictures.items():
            assert _opaque_pixels(picture) > _opaque_pixels(plain) * 0.9, (field, choice)  # a whole person
            if choice == default:
                continue
            # ... and it shows where it belongs: a beard round the mouth, glasses at the eyes, a scarf on the head.
            changed = _changed(plain, picture)
            shown = changed.overlap_area(there, offset)
            assert shown > there.count() / 20, (field, choice, shown)
            if field in ON_THE_FACE:
                assert shown > changed.count() / 2, (field, choice, shown, changed.count())


def test_a_child_is_shorter_than_a_grown_up_and_both_stand_on_the_floor(rig: Rig) -> None:
    boxes = {}
    for kind in PEOPLE:
        picture, figure = _person(rig, kind, AvatarLook(hair_style="bald"))  # no hair above the head
        box = _box(picture)
        assert abs(box.bottom - FLOOR[1]) <= 3, kind  # the feet on the floor: not floating, not sunk into it
        assert box.height == pytest.approx(figure.height, rel=0.04), kind  # as tall as the stage asked
        boxes[kind] = box
    assert 0.5 < boxes["child"].height / boxes["adult"].height < 0.65


def test_a_person_of_an_unknown_kind_or_pose_is_refused_naming_the_choices(rig: Rig) -> None:
    with pytest.raises(KeyError, match="no pose called 'cartwheel'; poses are stand, walk, wave"):
        rig.still("adult", AvatarLook(), "cartwheel", height=200)
    with pytest.raises(KeyError, match="no pose called 'cartwheel'"):
        rig.figure("child", AvatarLook(), pose="cartwheel")
    with pytest.raises(ValueError, match="unknown kind of figure 'robot'; choose one of adult, child, buddy"):
        rig.still("robot", AvatarLook(), height=200)
    with pytest.raises(TypeError, match="a child figure needs an AvatarLook"):
        rig.still("child", BuddyLook(), height=200)


def test_the_person_choices_are_every_choice_of_a_look() -> None:
    chosen_from_lists = {name for name, field in AvatarLook.model_fields.items() if field.annotation is str}
    assert set(PERSON_CHOICES) == chosen_from_lists - {"headwear_colour"}


def test_mashing_reactions_never_flickers_the_face(renderer: BuddyRenderer) -> None:
    actor = _actor(renderer)
    faces: list[tuple[float, tuple[str, bool]]] = []
    time = 0.0
    for frame in range(60 * 6):
        actor.react(BuddyActor.REACTIONS[frame % len(BuddyActor.REACTIONS)])  # a new reaction every frame
        actor.update(1 / 60)
        time += 1 / 60
        assert actor._last_signature is not None
        pose = actor._last_signature[1]
        face = (pose.expression, pose.eyes_closed)
        if not faces or faces[-1][1] != face:
            faces.append((time, face))
    changes = [moment for moment, _ in faces[1:]]
    for index, moment in enumerate(changes):
        in_one_second = [other for other in changes[index:] if other < moment + 1.0]
        assert len(in_one_second) <= 6, changes  # at most 3 flashes (6 changes) a second


def test_prepare_renders_every_face_ahead(renderer: BuddyRenderer) -> None:
    actor = _actor(renderer)
    actor.prepare(150)
    art = round(150 * 0.88)
    key = ("buddy", (art, art), repr(("puppy", "honey", ["scarf"], "belly", "giggle", True)))
    assert renderer.assets.cached(key) is not None
