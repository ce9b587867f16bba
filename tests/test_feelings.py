"""The feelings check-in: answers, replies, breathing, "What's tricky?", and saving."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pygame
import pytest
from tests.school_day import on_a_school_day

from dropoff_buddy.parts.feelings import FeelingsScene
from dropoff_buddy.playtest import Player, start_game

MORNING = dt.datetime(2026, 3, 9, 7, 45, tzinfo=dt.UTC)


def open_feelings(player: Player) -> FeelingsScene:
    player.ctx.clock = lambda: MORNING
    player.tap_button("feelings")
    scene = player.top
    assert isinstance(scene, FeelingsScene)
    return scene


def restart(player: Player, data_dir: Path) -> Player:
    player.ctx.scenes.clear()
    pygame.quit()
    return start_game(data_dir, clock=on_a_school_day)


def test_the_buddy_asks_how_the_child_feels_about_going(player: Player) -> None:
    scene = open_feelings(player)
    assert player.ctx.narrator.caption == "How do you feel about going to daycare today?"
    assert [button.name for button in player.buttons() if button.name.startswith("face-")] == [
        "face-happy",
        "face-okay",
        "face-sad",
        "face-scared",
        "face-cross",
    ]
    assert scene.phase == "ask"
    assert player.ctx.content.lines.feelings.question.text.endswith("today?")


@pytest.mark.parametrize(
    ("feeling", "reply"),
    [
        ("happy", "You feel happy about daycare! That's lovely. Buddy feels happy with you."),
        ("okay", "You feel okay. That's fine. Some days feel just okay, and that's OK."),
        ("sad", "It's OK to feel sad. Buddy feels sad sometimes too."),
        ("scared", "It's OK to feel scared. New places can feel big. Buddy is right here with you."),
        ("cross", "It's OK to feel mad. Mad is a big feeling. Buddy feels mad sometimes too."),
    ],
)
def test_each_answer_gets_its_own_validating_reply(player: Player, feeling: str, reply: str) -> None:
    open_feelings(player)
    player.tap_button(f"face-{feeling}")
    name = {"cross": "mad"}.get(feeling, feeling)  # American English says "mad" for the cross face
    assert player.ctx.narrator.caption == name.capitalize() + "."  # the face's name, at once
    assert player.run_until(lambda: player.ctx.narrator.caption == reply, timeout=10)
    entry = player.ctx.progress.feelings[-1]
    assert entry.feeling == feeling and entry.at == MORNING


@pytest.mark.parametrize("feeling", ["sad", "scared", "cross"])
def test_hard_feelings_lead_to_breathing_which_can_be_skipped(player: Player, feeling: str) -> None:
    scene = open_feelings(player)
    player.tap_button(f"face-{feeling}")
    assert player.button("breathe-with-buddy")
    assert player.run_until(lambda: player.top.name == "breathe", timeout=30)
    assert any(line.text == "Let's breathe with Buddy." for line in player.ctx.narrator.history)
    player.tap_button("done")  # All done: skip the breathing
    assert player.top is scene
    assert scene.phase == "tricky"


def test_breathe_with_buddy_can_start_at_once_and_be_followed_to_the_end(player: Player) -> None:
    scene = open_feelings(player)
    player.tap_button("face-sad")
    player.tap_button("breathe-with-buddy")
    assert player.top.name == "breathe"
    assert player.run_until(lambda: player.top is scene, timeout=60, dt=0.1)
    assert scene.phase == "tricky"


@pytest.mark.parametrize("feeling", ["happy", "okay"])
def test_happy_and_okay_do_not_send_the_child_to_breathe(player: Player, feeling: str) -> None:
    open_feelings(player)
    player.tap_button(f"face-{feeling}")
    seen: set[str] = set()
    player.run_until(lambda: seen.add(player.top.name) or player.top.name == "home", timeout=30)  # type: ignore[func-returns-value]
    assert "breathe" not in seen


def test_okay_moves_on_to_whats_tricky_and_happy_finishes(player: Player) -> None:
    scene = open_feelings(player)
    player.tap_button("face-okay")
    player.tap_button("go-on")
    assert scene.phase == "tricky"
    player.tap_button("all-done")
    assert player.top.name == "home"
    scene = open_feelings(player)
    player.tap_button("face-happy")
    player.tap_button("go-on")
    assert player.top.name == "home"
    assert [entry.feeling for entry in player.ctx.progress.feelings] == ["okay", "happy"]


def test_a_breathe_button_is_always_one_tap_away(player: Player) -> None:
    scene = open_feelings(player)
    player.tap_button("breathe")
    assert player.top.name == "breathe"
    player.tap_button("done")
    assert player.top is scene and scene.phase == "ask"
    assert player.ctx.narrator.caption == "How do you feel now?"
    player.tap_button("face-okay")
    assert player.button("breathe")
    player.tap_button("go-on")
    player.tap_button("breathe")
    assert player.top.name == "breathe"
    player.tap_button("done")
    assert scene.phase == "tricky"
    assert player.button("breathe")


def test_scripted_answers_are_saved_with_date_and_time_and_come_back_after_a_restart(
    player: Player, data_dir: Path
) -> None:
    open_feelings(player)
    player.tap_button("face-scared")
    player.run_until(lambda: player.top.name == "breathe", timeout=30)
    player.tap_button("done")
    player.tap_button("tricky-goodbye")
    assert player.ctx.narrator.caption == "Saying goodbye is hard. Mommy comes back right after snack."
    player.tap_button("tricky-loud_noises")
    player.tap_button("tricky-goodbye")  # again: said again, saved once
    player.tap_button("all-done")
    assert player.top.name == "home"
    later = MORNING + dt.timedelta(days=1)
    player.ctx.clock = lambda: later
    player.tap_button("feelings")
    player.tap_button("face-cross")
    player.tap_button("breathe-with-buddy")
    player.tap_button("done")
    player.tap_button("all-done")  # nothing tricky today

    game = restart(player, data_dir)
    try:
        saved = game.ctx.progress.feelings
        assert [(entry.at, entry.feeling, entry.tricky) for entry in saved] == [
            (MORNING, "scared", ["goodbye", "loud_noises"]),
            (later, "cross", []),
        ]
    finally:
        game.ctx.scenes.clear()


def test_an_answer_is_saved_the_moment_it_is_given(player: Player, data_dir: Path) -> None:
    open_feelings(player)
    player.tap_button("face-sad")
    game = restart(player, data_dir)  # the family closes the laptop straight away
    try:
        assert [(entry.feeling, entry.tricky) for entry in game.ctx.progress.feelings] == [("sad", [])]
    finally:
        game.ctx.scenes.clear()


def test_every_tricky_card_has_a_picture_and_its_own_kind_line(player: Player) -> None:
    open_feelings(player)
    player.tap_button("face-okay")
    player.tap_button("go-on")
    every_tricky_thing = ["goodbye", "missing_grownup", "nap", "loud_noises", "other_children", "food", "dont_know"]
    lines = set()
    for thing in every_tricky_thing:
        button = player.button(f"tricky-{thing}")
        assert button.icon.endswith(f"svg/tricky/{thing}.svg")
        assert button.rect[2] >= 96 and button.rect[3] >= 96
        player.tap_button(f"tricky-{thing}")
        lines.add(player.ctx.narrator.caption)
    assert len(lines) == 7
    assert player.button("tricky-missing_grownup").label == "Missing Mommy"
    assert player.ctx.progress.feelings[-1].tricky == every_tricky_thing  # all of them, in this order


def test_a_quiet_child_is_gently_told_how_to_answer_and_nothing_is_chosen_for_them(player: Player) -> None:
    scene = open_feelings(player)
    player.wait(40)
    said = [line.text for line in player.ctx.narrator.history]
    assert "Tap the face that feels like you. Any face is OK." in said
    assert scene.phase == "ask" and player.ctx.progress.feelings == []


def test_on_a_tall_screen_the_faces_and_tricky_cards_are_big_and_fill_the_screen(tmp_path: Path) -> None:
    """A portrait tablet: big faces in rows of three under the question, the reply's face and the
    breathing button in the middle, the tricky cards in rows of three with "All done" under them."""
    player = start_game(tmp_path, (800, 1280))
    scene = open_feelings(player)
    layout = player.ctx.layout
    faces = [button for button in player.buttons() if button.name.startswith("face-")]
    assert len(faces) == 5 and len({round(face.rect[1]) for face in faces}) == 2  # rows of three and two
    assert all(face.rect[2] >= 300 for face in faces)  # landscape faces are 196 units
    assert max(face.rect[1] + face.rect[3] for face in faces) >= 0.5 * layout.height
    player.tap(player.button("face-sad").center)
    breathe = player.button("breathe-with-buddy").rect
    assert 0.4 * layout.height <= breathe[1] <= 0.7 * layout.height
    player.tap(breathe[:2])  # just inside its corner
    assert player.run_until(lambda: player.top.name == "breathe", timeout=30)
    player.tap_button("done")
    assert player.top is scene and scene.phase == "tricky"
    cards = [button for button in player.buttons() if button.name.startswith("tricky-")]
    assert all(card.rect[2] >= 300 for card in cards)
    assert len({round(card.rect[1]) for card in cards}) == 3
    done = player.button("all-done").rect
    assert done[1] > max(card.rect[1] + card.rect[3] for card in cards)
    assert done[1] + done[3] <= layout.height - 170
