"""The goodbye ritual acted out: the grown-up (or, on Buddy's turn, the buddy) moves into each step,
the target sits on a real hand, cheek or arms, the child steps in and they really touch; the step
pictures show this family and never cover a face."""

from __future__ import annotations

import pygame
import pytest

from dropoff_buddy.buddy.palette import person_tokens
from dropoff_buddy.parts.ritual import RitualScene
from dropoff_buddy.playtest import Player
from dropoff_buddy.storage.models import AvatarLook

# -- acting it out ------------------------------------------------------------------------------

OFFERS = [
    ("hug", "offer_hug", "arms"),
    ("kiss", "offer_cheek", "cheek"),
    ("high_five", "offer_high_five", "hand_front"),
    ("fist_bump", "offer_fist", "hand_front"),
    ("kissing_hand", "offer_hand", "hand_front"),
    ("nose_rub", "offer_nose", "nose"),
]


def open_step(player: Player, step: str, mode: str = "practice") -> RitualScene:
    scene = RitualScene(player.ctx, mode, [step])
    player.ctx.scenes.push(scene)
    player.wait(0.6)  # the grown-up eases into the step
    return scene


@pytest.mark.parametrize(("step", "pose", "anchor"), OFFERS, ids=[offer[0] for offer in OFFERS])
def test_the_grownup_moves_into_the_step_and_the_target_is_on_the_real_hand_cheek_or_arms(
    player: Player, step: str, pose: str, anchor: str
) -> None:
    scene = open_step(player, step)
    cast = scene.stage.cast
    assert cast.figure("grownup").pose == pose
    assert "teacher" in [shown.who for shown in scene.stage.people()]  # the teacher is there from the start
    tx, ty = scene.stage.target_center()
    ax, ay = cast.anchor("grownup", anchor)
    assert abs(tx - ax) < 40 and abs(ty - ay) < 40, (step, (tx, ty), (ax, ay))


@pytest.mark.parametrize("step", ["hug", "kiss", "high_five", "fist_bump", "nose_rub"])
def test_on_the_childs_press_the_child_steps_in_and_they_really_touch(player: Player, step: str) -> None:
    scene = open_step(player, step)
    cast = scene.stage.cast
    child_before = cast.figure("child").position
    pixel = player.ctx.layout.point(*scene.stage.target_center())
    player.frames(1, [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pixel, button=1, touch=False)])
    player.wait(0.5)
    pairing = cast.pairing
    assert pairing is not None and pairing.name == cast.figure("grownup").pose
    assert max(pairing.misses) <= 8  # palms, fists, cheek and mouth, noses or arms round the back meet
    assert cast.figure("child").position != child_before  # the child stepped in to meet the grown-up
    assert cast.figure("child").pose == pairing.name


def test_buddys_turn_acts_with_the_buddy_and_the_target_is_on_the_buddys_own_arms(player: Player) -> None:
    scene = open_step(player, "hug", "buddy_turn")
    cast = scene.stage.cast
    assert cast.figure("buddy").pose == "offer_hug"
    tx, ty = scene.stage.target_center()
    ax, ay = cast.anchor("buddy", "arms")
    assert abs(tx - ax) < 30 and abs(ty - ay) < 30
    pixel = player.ctx.layout.point(tx, ty)
    player.frames(1, [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pixel, button=1, touch=False)])
    player.wait(0.5)
    assert cast.pairing is not None and cast.pairing.name == "hug"


def test_no_picture_is_pasted_over_the_grownups_face(player: Player) -> None:
    profile = player.ctx.profile
    profile.grownups = [profile.grownup.model_copy(update={"look": AvatarLook(skin="deep")})]
    # The kiss picture draws the grown-up in the family's colours; give its face a colour nothing
    # else on the screen has, to find where the picture is.
    player.ctx.assets.family_tokens = lambda: {"grownup_skin": "#00ff00"}
    scene = open_step(player, "kiss")
    player.app.finish_fade()
    player.app.render()
    face = scene.stage.cast.face("grownup")
    icon_skin = pygame.Color("#00ff00")  # the face in the kiss picture (in the bubble, not on the grown-up)
    pasted = pygame.mask.from_threshold(player.app.screen, icon_skin, (6, 6, 6, 255))
    face_mask = pygame.mask.Mask(player.app.screen.get_size())
    face_mask.draw(pygame.mask.Mask(face.size, fill=True), face.topleft)
    assert pasted.overlap_area(face_mask, (0, 0)) == 0
    assert pasted.count() > 100  # the picture is shown: in the bubble


@pytest.mark.parametrize("step", ["hug", "kiss"])
def test_the_goodbye_pictures_show_this_familys_grownup_and_child(player: Player, step: str) -> None:
    """The picture for "Give Mommy a hug" shows Mommy: her skin and hair, not a stranger's."""
    profile = player.ctx.profile
    grownup = AvatarLook(skin="deep", hair_colour="black", clothes="red")
    profile.grownups = [profile.grownup.model_copy(update={"look": grownup})]
    profile.child = profile.child.model_copy(update={"look": AvatarLook(skin="porcelain", hair_colour="blonde")})
    assert player.ctx.save_profile()
    scene = open_step(player, step)
    player.app.finish_fade()
    player.app.render()
    bubble = player.ctx.layout.rect(scene.overlay.bubble_rect())
    picture = player.app.screen.subsurface(bubble)

    def pixels(colour: str) -> int:
        return pygame.mask.from_threshold(picture, pygame.Color(colour), (4, 4, 4, 255)).count()

    family = person_tokens(grownup)
    assert pixels(family["skin"]) > 200 and pixels(family["hair"]) > 100
    if step == "hug":  # the child is in the hug too
        assert pixels(person_tokens(profile.child.look)["skin"]) > 200
    stranger_skin, stranger_hair = "#dba277", "#8a5a3c"  # the picture's own colours before
    assert pixels(stranger_skin) < 20 and pixels(stranger_hair) < 20  # (a few edge pixels blend to anything)
