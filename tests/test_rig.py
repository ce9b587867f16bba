"""The cut-out rig: pose data and its checks, every pose drawn for every kind, pair poses that touch,
looks that change the drawing, eased transitions and the frame cache."""

from __future__ import annotations

import math
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from dropoff_buddy.assets import Assets
from dropoff_buddy.buddy.render import BuddyRenderer
from dropoff_buddy.content.loader import ContentError
from dropoff_buddy.rig import Figure, Rig, pose_pair
from dropoff_buddy.rig.poses import ANCHORS, PoseBook, default_poses_path, parse_poses
from dropoff_buddy.rig.sheet import RELATIVE_HEIGHT
from dropoff_buddy.storage.models import AvatarLook, BuddyLook

LOOKS = {
    "adult": AvatarLook(skin="peach", hair_style="long", hair_colour="brown", clothes="teal"),
    "child": AvatarLook(skin="peach", hair_style="curly", hair_colour="brown", clothes="yellow"),
    "buddy": BuddyLook(),
}


@pytest.fixture(scope="module")
def rig() -> Iterator[Rig]:
    pygame.init()
    pygame.display.set_mode((64, 64))
    assets = Assets()
    yield Rig(assets, BuddyRenderer(assets))
    pygame.quit()


def figure(rig: Rig, kind: str, pose: str = "stand", height: float = 600, **options: object) -> Figure:
    look = options.pop("look", LOOKS[kind])
    made = rig.figure(kind, look, position=(400.0, 700.0), height=height * RELATIVE_HEIGHT[kind], pose=pose, **options)
    made.update(0.0)
    return made


def opaque_pixels(surface: pygame.Surface) -> int:
    return int(pygame.mask.from_surface(surface, 8).count())


def drawn(figures: list[Figure], size: tuple[int, int] = (900, 800)) -> pygame.Surface:
    surface = pygame.Surface(size, pygame.SRCALPHA)
    figures[0].rig.draw_together(surface, figures)
    return surface


# -- the pose file and its checks ---------------------------------------------------------------


def _problems(tmp_path: Path, text: str) -> list[str]:
    import tomllib

    path = tmp_path / "poses.toml"
    path.write_text(text, encoding="utf-8")
    try:
        parse_poses(path, tomllib.loads(text))
    except ContentError as error:
        return error.problems
    return []


BASE = """
schema_version = 1
[prop.spoon]
art = "svg/rig/props/spoon.svg"
[pose.stand]
description = "Standing."
"""


def test_the_shipped_poses_load_with_every_pose_the_story_and_game_need() -> None:
    book = PoseBook.load()
    needed = {
        "stand", "walk", "wave", "sit_chair", "sit_floor", "lie", "kneel", "eat", "paint", "read",
        "carry_buddy", "backpack", "offer_hug", "offer_high_five", "offer_fist", "offer_cheek", "offer_hand",
    }  # fmt: skip
    assert needed <= set(book.names())
    assert {"hug", "hold_hands", "high_five", "fist_bump", "kiss_cheek", "nose_rub", "read_together"} <= set(book.pairs)
    assert len(book.names()) >= 16
    assert book.track("walk", "adult").cycles


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("joints = { elbw_front = 10 }", "stand: joints: unknown joint 'elbw_front'"),
        ("joints = { elbow_front = 400 }", "stand: joints: elbow_front = 400 is out of range"),
        ('props = [{ name = "fork" }]', "stand: props.0.name: unknown prop 'fork'"),
        ('props = [{ name = "spoon", at = "ear" }]', "stand: props.0.at: unknown attach point 'ear'"),
        ('like = "sitt"', "stand: like: no pose called 'sitt'"),
        ('target = "palm"', "stand: target: unknown anchor 'palm'"),
        ('hands = { front = "claw" }', "stand: hands.front: Input should be"),
        ("colour = 3", "stand: colour: unknown field (is it misspelt?)"),
    ],
)
def test_check_names_the_pose_the_field_and_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    problems = _problems(tmp_path, BASE + text + "\n")
    assert any(message in problem for problem in problems), problems
    assert all(problem.startswith(str(tmp_path / "poses.toml")) for problem in problems)


def test_check_finds_loops_and_pairs_that_name_missing_poses(tmp_path: Path) -> None:
    text = (
        BASE
        + """
[pose.a]
description = "A."
like = "b"
[pose.b]
description = "B."
like = "a"
[pair.hug]
description = "Hug."
first = "stand"
second = "hugg"
kinds = [["adult", "child"]]
place = { first = "chest", second = "chest" }
contact = [{ first = "hand_front", second = "elbow" }]
"""
    )
    problems = _problems(tmp_path, text)
    assert any("a: like: the poses go round in a loop" in problem for problem in problems)
    assert any("hug: second: no pose called 'hugg'" in problem for problem in problems)
    assert any("hug: contact.0.second: unknown anchor 'elbow'" in problem for problem in problems)


def test_dropoff_buddy_check_fails_on_a_broken_pose_file_and_passes_the_shipped_one(tmp_path: Path) -> None:
    broken = tmp_path / "poses.toml"
    broken.write_text(BASE + "joints = { knee_front = 999 }\n", encoding="utf-8")
    command = [sys.executable, "-m", "dropoff_buddy", "check"]
    result = subprocess.run([*command, str(broken)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "stand: joints: knee_front = 999 is out of range" in result.stdout
    shipped = subprocess.run([*command, str(default_poses_path())], capture_output=True, text=True, timeout=120)
    assert shipped.returncode == 0, shipped.stdout


# -- drawing ---------------------------------------------------------------------------------------


def test_every_pose_draws_for_every_kind_it_is_made_for(rig: Rig) -> None:
    for pose in rig.book.names():
        for kind in rig.book.poses[pose].kinds:
            made = figure(rig, kind, pose, height=160)
            picture = drawn([made], (400, 760))
            assert opaque_pixels(picture) > 300, (pose, kind)
            # Somebody standing, sitting or kneeling rests on the floor: nothing hangs below it (lying
            # down, hair may spread a little over the edge of the bed).
            below = made.rect().bottom - made.position[1]
            assert below <= (0.06 * made.height if made.state().lie else 3), (pose, kind, below)
            for name in ANCHORS:
                x, y = made.anchor(name)
                assert math.isfinite(x) and math.isfinite(y)


@pytest.mark.parametrize(
    "change",
    [
        {"older": True, "hair_colour": "grey"},
        {"beard": "full"},
        {"glasses": "round"},
        {"headwear": "headscarf"},
        {"wheelchair": True},
    ],
)
def test_every_pose_draws_for_a_grown_up_of_every_look(rig: Rig, change: dict[str, object]) -> None:
    look = LOOKS["adult"].model_copy(update=change)
    for pose in rig.book.names("adult"):
        assert opaque_pixels(drawn([figure(rig, "adult", pose, height=140, look=look)], (400, 760))) > 300


@pytest.mark.parametrize(
    "change",
    [{"beard": "short"}, {"glasses": "square"}, {"headwear": "headscarf"}, {"older": True}, {"wheelchair": True}],
)
def test_each_look_choice_changes_the_drawing(rig: Rig, change: dict[str, object]) -> None:
    plain = drawn([figure(rig, "adult", "stand")])
    changed = drawn([figure(rig, "adult", "stand", look=LOOKS["adult"].model_copy(update=change))])
    difference = pygame.mask.from_threshold(plain, (0, 0, 0, 0), (1, 1, 1, 1))
    different = sum(
        1
        for x in range(0, plain.get_width(), 3)
        for y in range(0, plain.get_height(), 3)
        if plain.get_at((x, y)) != changed.get_at((x, y))
    )
    del difference
    assert different > 150, change


def test_a_wheelchair_user_sits_in_the_chair_in_every_standing_pose(rig: Rig) -> None:
    look = LOOKS["adult"].model_copy(update={"wheelchair": True})
    standing = figure(rig, "adult", "stand")
    seated = figure(rig, "adult", "stand", look=look)
    assert seated.state().seated
    assert seated.anchor("head_top")[1] > standing.anchor("head_top")[1] + 100  # lower: sitting
    assert seated.anchor("seat")[1] < seated.position[1] - 60  # the seat is up off the floor
    waving = figure(rig, "adult", "wave", look=look)
    assert waving.anchor("hand_front")[1] < waving.anchor("head_top")[1]  # still waves above the head


def test_the_buddy_is_drawn_in_its_own_look(rig: Rig) -> None:
    bear = drawn([figure(rig, "buddy", "stand")])
    bunny = drawn([figure(rig, "buddy", "stand", look=BuddyLook(animal="bunny", colour="mint"))])
    assert opaque_pixels(bear) > 1000
    assert pygame.image.tobytes(bear, "RGBA") != pygame.image.tobytes(bunny, "RGBA")


def test_props_are_held_in_the_hand(rig: Rig) -> None:
    eating = figure(rig, "child", "eat")
    assert eating.state().hands[0] == "grip"
    with_spoon = drawn([eating])
    assert opaque_pixels(with_spoon) > 0
    # The spoon's hand is up at the mouth.
    hand, mouth = eating.anchor("hand_front"), eating.anchor("mouth")
    assert math.dist(hand, mouth) < eating.height * 0.25


# -- poses that touch ----------------------------------------------------------------------------------


PAIRS_TO_CHECK = [
    (name, first, second) for name in PoseBook.load().pairs for first, second in PoseBook.load().pairs[name].kinds
]


@pytest.mark.parametrize(("name", "first", "second"), PAIRS_TO_CHECK)
@pytest.mark.parametrize("height", [300, 720])
def test_pair_poses_meet_at_their_contact_points(rig: Rig, name: str, first: str, second: str, height: int) -> None:
    a = figure(rig, first, "stand", height=height)
    b = figure(rig, second, "stand", height=height, facing=-1)
    b.position = (a.position[0] + height, a.position[1])
    pairing = pose_pair(name, a, b, transition=0.0)
    tolerance = 3.0 + height / 100
    assert max(pairing.misses) <= tolerance, pairing.misses
    # Both stand on the same floor, and the second faces the first (or the same way, side by side).
    assert b.position[1] == a.position[1]
    pair = rig.book.pairs[name]
    assert (b.facing == -a.facing) == (pair.facing == "each_other")


def test_a_high_five_puts_the_two_palms_together(rig: Rig) -> None:
    adult = figure(rig, "adult", "offer_high_five")
    child = figure(rig, "child", "stand", facing=-1)
    child.position = (900.0, 700.0)
    pose_pair("high_five", adult, child, transition=0.0)
    adult_palm, child_palm = adult.anchor("hand_front"), child.anchor("hand_front")
    gap = 20 * adult.scale  # the pair's contact gap: palms side by side, pressed together
    assert abs(abs(child_palm[0] - adult_palm[0]) - gap) < 3
    assert abs(child_palm[1] - adult_palm[1]) < 3
    assert child_palm[1] < child.anchor("head_top")[1] + child.height * 0.2  # up high


def test_a_hug_puts_the_arms_round_the_other(rig: Rig) -> None:
    adult = figure(rig, "adult", "offer_hug")
    child = figure(rig, "child", "walk", facing=-1)
    child.position = (1000.0, 700.0)
    pose_pair("hug", adult, child, transition=0.0)
    child_box = child.rect()
    hand = adult.anchor("hand_front")
    # The grown-up's hand is on the child's far side, at the back, within the child's torso height.
    assert math.dist(hand, child.anchor("back")) < 6
    assert child.anchor("chest")[1] - child.height * 0.25 < hand[1] < child.anchor("pelvis")[1]
    assert child_box.left < hand[0] < child_box.right
    # The child's arm goes round the grown-up too: the hand at the grown-up's back, past their chest.
    assert math.dist(child.anchor("hand_front"), adult.anchor("back")) < 6
    assert child.anchor("hand_front")[0] < adult.anchor("chest")[0]
    # Close together: the grown-up bends over, chin just above the child's head, both faces showing.
    assert 0 < child.anchor("head_top")[1] - adult.anchor("mouth")[1] < adult.height * 0.1
    assert abs(child.anchor("head")[0] - adult.anchor("head")[0]) < adult.height * 0.12


@pytest.mark.parametrize("name", ["kiss_cheek", "nose_rub"])
def test_faces_meet_for_a_kiss_and_a_nose_rub(rig: Rig, name: str) -> None:
    adult = figure(rig, "adult", "stand")
    child = figure(rig, "child", "stand", facing=-1)
    pairing = pose_pair(name, adult, child, transition=0.0)
    point = {"kiss_cheek": ("cheek", "mouth"), "nose_rub": ("nose", "nose")}[name]
    assert math.dist(adult.anchor(point[0]), child.anchor(point[1])) < 6, pairing.misses


def test_a_pair_works_for_a_grown_up_in_a_wheelchair(rig: Rig) -> None:
    look = LOOKS["adult"].model_copy(update={"wheelchair": True})
    for name in ("hug", "high_five", "fist_bump", "kiss_cheek", "nose_rub", "hold_hands"):
        adult = figure(rig, "adult", "stand", look=look)
        child = figure(rig, "child", "stand", facing=-1)
        pairing = pose_pair(name, adult, child, transition=0.0)
        assert adult.state().seated
        assert max(pairing.misses) < 10, (name, pairing.misses)


# -- moving between poses -------------------------------------------------------------------------------


def test_set_pose_eases_over_time_and_the_anchor_follows_the_hand(rig: Rig) -> None:
    made = figure(rig, "adult", "stand")
    low = made.anchor("hand_front")
    made.set_pose("wave", transition=0.4)
    made.update(0.1)
    middle = made.anchor("hand_front")
    made.update(0.5)
    high = made.anchor("hand_front")
    assert high[1] < middle[1] < low[1]
    assert not made.busy
    assert made.anchor("target") == high  # the wave's target is the waving hand


def test_reduced_motion_changes_pose_at_once(rig: Rig) -> None:
    made = figure(rig, "adult", "stand", reduced_motion=True)
    made.set_pose("wave", transition=0.4)
    assert not made.transitioning
    assert made.anchor("hand_front")[1] < made.anchor("head_top")[1]


def test_facing_left_mirrors_the_figure(rig: Rig) -> None:
    right = figure(rig, "adult", "wave")
    left = figure(rig, "adult", "wave", facing=-1)
    x = right.position[0]
    assert right.anchor("hand_front")[0] > x
    assert left.anchor("hand_front")[0] == pytest.approx(2 * x - right.anchor("hand_front")[0])
    assert left.anchor("hand_left")[0] < left.anchor("hand_right")[0]


def test_walking_cycles_and_walk_to_arrives(rig: Rig) -> None:
    made = figure(rig, "child", "stand")
    made.walk_to(700.0)
    assert made.pose == "walk"
    feet = set()
    for _ in range(90):
        made.update(1 / 30)
        feet.add(round(made.anchor("foot_front")[0] - made.position[0]))
    assert len(feet) > 4  # the feet step
    for _ in range(120):
        made.update(1 / 30)
    assert made.position[0] == pytest.approx(700.0)
    assert made.pose == "stand"
    assert not made.busy


def test_drawing_again_uses_the_cache(rig: Rig) -> None:
    made = figure(rig, "child", "wave", height=300)
    surface = pygame.Surface((800, 800), pygame.SRCALPHA)
    made.draw(surface)
    composed = rig.composed
    for _ in range(5):
        made.update(1 / 60)
        made.draw(surface)
    assert rig.composed == composed
    assert rig.memory_bytes() > 0


def test_an_unknown_pose_is_refused_with_the_known_ones(rig: Rig) -> None:
    made = figure(rig, "adult")
    with pytest.raises(KeyError, match="no pose called 'cartwheel'"):
        made.set_pose("cartwheel")
    with pytest.raises(KeyError, match="unknown anchor"):
        made.anchor("elbow")


def test_the_poses_command_draws_every_pose_and_pair(tmp_path: Path) -> None:
    out = tmp_path / "poses"
    result = subprocess.run(
        [sys.executable, "-m", "dropoff_buddy", "poses", str(out), "--height", "160"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    book = PoseBook.load()
    for pose in book.names():
        for kind in book.poses[pose].kinds:
            assert (out / f"pose-{pose}-{kind}.png").is_file()
    for pair in book.pairs:
        for first, second in book.pairs[pair].kinds:
            assert (out / f"pair-{pair}-{first}-{second}.png").is_file()
    assert pygame.image.load(str(out / "poses.png")).get_width() > 100


@pytest.mark.parametrize(
    ("pose", "joint", "parent_joint", "colour"),
    [
        ("wave", "elbow_front", "shoulder_front", "clothes"),
        ("offer_hug", "elbow_back", "shoulder_back", "clothes"),
        ("sit_chair", "knee_front", "hip_front", "trousers"),
        ("kneel", "knee_back", "hip_back", "trousers"),
    ],
)
def test_bent_joints_show_no_seam(rig: Rig, pose: str, joint: str, parent_joint: str, colour: str) -> None:
    from dropoff_buddy.buddy.palette import person_tokens

    made = figure(rig, "adult", pose, height=800)
    made.position = (500.0, 960.0)
    picture = drawn([made], (1000, 1000))
    tokens = person_tokens(made.look)  # type: ignore[arg-type]
    fill = {"clothes": tokens["clothes"], "trousers": "#5f6d8c"}[colour]
    expected = pygame.Color(fill)
    centre = made.anchor(joint)
    towards = made.anchor("pelvis" if parent_joint.startswith("hip") else parent_joint)
    length = math.dist(centre, towards)
    # Just inside where the next segment's outline would cross the first one, were they drawn one by one.
    distance = (19 if colour == "clothes" else 27) * made.scale
    point = (
        round(centre[0] + (towards[0] - centre[0]) * distance / length),
        round(centre[1] + (towards[1] - centre[1]) * distance / length),
    )
    found = picture.get_at(point)
    assert abs(found.r - expected.r) + abs(found.g - expected.g) + abs(found.b - expected.b) < 40, (found, expected)
