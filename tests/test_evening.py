"""The evening "How was your day?", played as a child plays it: from its door on home, or from
Play after pickup when the parent switched that on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pygame
import pytest
from tests.school_day import on_a_school_day

from dropoff_buddy.day import family_day
from dropoff_buddy.parts.evening import EveningScene
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.storage.models import BEST_DONT_KNOW
from dropoff_buddy.storage.store import ProfileStore

TZ = dt.timezone(dt.timedelta(hours=-5))
EVENING = dt.datetime(2026, 12, 3, 17, 40, tzinfo=TZ)
MORNING = dt.datetime(2026, 12, 3, 7, 50, tzinfo=TZ)
LONG_DAY = ["arrive", "circle_time", "free_play", "snack", "outdoor_play", "lunch", "nap", "pickup"]
STEP = 1 / 30
THINK = 1.5  # a child looks at the card for a moment before tapping


class Clock:
    """Game seconds the scripted child has spent, counted as it plays."""

    def __init__(self) -> None:
        self.seconds = 0.0


def listen(player: Player, clock: Clock, limit: float = 30.0) -> None:
    """Wait (game time) until the buddy has finished speaking."""
    waited = 0.0
    while player.ctx.narrator.speaking and waited < limit:
        player.frames(1, dt=STEP)
        clock.seconds += STEP
        waited += STEP


def think_and_tap(player: Player, clock: Clock, name: str) -> None:
    player.wait(THINK, dt=STEP)
    clock.seconds += THINK
    player.tap_button(name)
    clock.seconds += 2 / 60


def evening_scene(player: Player) -> EveningScene:
    scene = player.top
    assert isinstance(scene, EveningScene), player.top.name
    return scene


def wait_for_phase(player: Player, clock: Clock, scene: EveningScene, phase: str) -> None:
    """Let the buddy finish replying until the scene asks its next question (``phase``)."""
    waited = 0.0
    while scene.phase != phase and waited < 30:
        player.frames(1, dt=STEP)
        clock.seconds += STEP
        waited += STEP
    assert scene.phase == phase


def tell_about_the_day(player: Player, clock: Clock, answers: list[str], best: str) -> None:
    """Listen to each question and answer it with the next of ``answers`` (a face, dont-know or skip)."""
    scene = evening_scene(player)
    for answer in answers:
        wait_for_phase(player, clock, scene, "ask")
        listen(player, clock)
        think_and_tap(player, clock, answer)
    wait_for_phase(player, clock, scene, "best")
    listen(player, clock)
    think_and_tap(player, clock, best)
    while player.top is scene and clock.seconds < 600:  # the buddy's warm end, then home by itself
        player.frames(1, dt=STEP)
        clock.seconds += STEP


def set_long_day(player: Player, pickup_after: str = "nap") -> None:
    profile = player.ctx.profile
    profile.schedule = LONG_DAY
    profile.pickup_after = pickup_after
    player.ctx.save_profile()


def test_a_child_tells_about_each_part_of_their_day_and_the_best_part_in_under_two_minutes(player: Player) -> None:
    player.ctx.clock = lambda: EVENING
    set_long_day(player)
    cards = [card.id for card in family_day(player.ctx.profile, player.ctx.content.cards).before_pickup]
    assert cards == LONG_DAY[:-1]  # seven parts: the longest day a family can set before pickup
    clock = Clock()
    player.tap_button("evening")
    answers = ["face-happy", "face-okay", "dont-know", "face-sad", "skip", "face-happy", "face-scared"]
    tell_about_the_day(player, clock, answers, "best-outdoor_play")

    assert player.top.name == "home"
    assert clock.seconds <= 120, f"the evening took {clock.seconds:.0f} s of a child's time"
    history = player.ctx.narrator.history
    said = [line.key for line in history]
    asked = [line.text for line in history if line.key == "evening:question" or line.key.endswith(".question")]
    assert asked[0] == "How was it when you got to daycare?"  # the arrival card's own words
    for card in cards[1:]:
        words = player.ctx.content.cards.get(card).words  # type: ignore[union-attr]
        assert f"How was {words}?" in asked  # every question was spoken, none only written
    assert "evening:best_question" in said and "evening:reunion" in said
    reunion = next(line.text for line in history if line.key == "evening:reunion")
    assert reunion.startswith("You came home, just like Mommy said.")
    evening = player.ctx.progress.evenings[-1]
    assert evening.at == EVENING and evening.at.tzinfo is not None
    assert [(item.card, item.answer) for item in evening.answers] == [
        ("arrive", "happy"),
        ("circle_time", "okay"),
        ("free_play", "dont_know"),
        ("snack", "sad"),
        ("outdoor_play", "skip"),
        ("lunch", "happy"),
        ("nap", "scared"),
    ]
    assert evening.best == "outdoor_play"


def test_every_answer_is_saved_the_moment_it_is_given(player: Player, data_dir: Path) -> None:
    player.ctx.clock = lambda: EVENING
    player.tap_button("evening")
    clock = Clock()
    listen(player, clock)
    think_and_tap(player, clock, "face-sad")
    saved = ProfileStore(data_dir).open(player.ctx.child.profile_id).progress.evenings
    assert len(saved) == 1 and [(item.card, item.answer) for item in saved[0].answers] == [("arrive", "sad")]
    assert saved[0].best is None  # not asked yet
    reply = player.ctx.narrator.history[-1]
    assert reply.key == "evening:reply.sad.say" and "It's OK to feel sad" in reply.text


def test_i_dont_know_is_a_kind_answer_for_the_best_part_too(player: Player) -> None:
    player.ctx.clock = lambda: EVENING
    player.tap_button("evening")
    clock = Clock()
    count = len(evening_scene(player).cards)
    tell_about_the_day(player, clock, ["skip"] * count, "best-dont-know")
    evening = player.ctx.progress.evenings[-1]
    assert [item.answer for item in evening.answers] == ["skip"] * count
    assert evening.best == BEST_DONT_KNOW
    said = [line.key for line in player.ctx.narrator.history]
    assert "evening:best_dont_know" in said and "evening:goodnight" in said


def test_space_alone_plays_it_through_and_nothing_goes_wrong(player: Player) -> None:
    player.ctx.clock = lambda: EVENING
    player.tap_button("evening")
    scene = evening_scene(player)
    for _ in range(300):
        if player.top is not scene:
            break
        player.space()
        player.wait(0.5)
    assert player.top.name == "home"
    assert player.ctx.progress.evenings[-1].best is not None


def test_a_quiet_child_hears_a_gentle_reminder_and_nothing_is_chosen_for_them(player: Player) -> None:
    player.ctx.clock = lambda: EVENING
    player.tap_button("evening")
    scene = evening_scene(player)
    player.run_until(lambda: not player.ctx.narrator.speaking)  # the greeting and the first question
    player.wait(21)
    assert scene.phase == "ask" and scene.index == 0
    nudge = player.ctx.narrator.history[-1]
    assert nudge.key == "evening:nudge" and nudge.text == "Tap the face that shows how arriving was. Or tap the arrow."
    assert player.ctx.progress.evenings == []


def test_tapping_the_buddy_says_the_question_again(player: Player) -> None:
    player.ctx.clock = lambda: EVENING
    player.tap_button("evening")
    scene = evening_scene(player)
    player.wait(8)
    cx, cy, _size = scene._buddy_place()
    player.tap((cx, cy))
    assert player.ctx.narrator.history[-1].key == "evening:card.arrive.question"


SIZES = [(1024, 600), (1280, 800), (800, 1280)]


@pytest.mark.parametrize("size", SIZES)
def test_every_target_is_big_apart_and_away_from_the_bottom_corners(tmp_path: Path, size: tuple[int, int]) -> None:
    game = start_game(tmp_path / "data", size, clock=on_a_school_day)
    try:
        game.ctx.clock = lambda: EVENING
        set_long_day(game)
        game.tap_button("evening")
        scene = evening_scene(game)
        layout = game.ctx.layout
        seen = set()
        for step in range(300):
            buttons = game.buttons()
            for button in buttons:
                x, y, w, h = button.rect
                assert w >= 96 and h >= 96, (scene.phase, button.name, button.rect)
                assert x >= 0 and y >= 0 and x + w <= layout.width and y + h <= layout.height, button.name
                assert y + h < layout.height - 100 or 150 < x < layout.width - 150 - w, (button.name, "corner")
                for other in buttons:
                    if other is not button:
                        ox, oy, ow, oh = other.rect
                        apart = x + w <= ox or ox + ow <= x or y + h <= oy or oy + oh <= y
                        assert apart, (button.name, other.name)
            seen.add(scene.phase)
            if game.top is not scene:
                break
            names = [button.name for button in buttons]
            if scene.phase == "ask":
                game.tap_button("face-okay" if step % 2 else "dont-know")
            elif scene.phase == "best":
                game.tap_button(next(name for name in names if name.startswith("best-")))
            elif scene.phase == "end":
                game.tap_button("home")
            else:
                game.wait(0.5)
        assert {"ask", "reply", "best", "end"} <= seen
        assert game.top.name == "home"
    finally:
        game.ctx.scenes.clear()
        pygame.quit()


def test_play_after_pickup_asks_how_was_your_day_when_the_parent_switched_it_on(player: Player) -> None:
    profile = player.ctx.profile
    profile.settings.evening_after_pickup = True
    profile.settings.evening_from_hour = 16
    player.ctx.clock = lambda: EVENING
    player.tap_button("play")
    assert player.top.name == "evening"
    clock = Clock()
    count = len(evening_scene(player).cards)
    tell_about_the_day(player, clock, ["face-happy"] * count, "best-snack")
    assert player.top.name == "home"
    assert player.ctx.progress.sessions[-1].parts_done == ["evening"]
    assert player.ctx.progress.evenings[-1].best == "snack"


@pytest.mark.parametrize(
    ("switched_on", "now"),
    [(True, MORNING), (False, EVENING)],
    ids=["switched-on-but-morning", "evening-but-switched-off"],
)
def test_otherwise_play_is_the_morning_as_always(player: Player, switched_on: bool, now: dt.datetime) -> None:
    player.ctx.profile.settings.evening_after_pickup = switched_on
    player.ctx.clock = lambda: now
    player.tap_button("play")
    assert player.top.name == "flow"
    assert player.run_until(lambda: player.top.name != "flow", timeout=20)
    assert player.top.name == "feelings"


EVENING_SCREENS = ("evening", "evening-reply", "evening-next", "evening-best", "evening-best-reply", "evening-end")


def test_the_tour_shows_every_evening_screen_and_changes_nothing(tmp_path: Path) -> None:
    from dropoff_buddy.tour import render_tour

    data = tmp_path / "data"
    written = render_tour(tmp_path / "tour", data, (1024, 600), only="evening")
    assert [path.stem for path in written] == list(EVENING_SCREENS)
    for path in written:
        image = pygame.image.load(str(path))
        colours = {image.get_at((x, y))[:3] for x in range(0, 1024, 16) for y in range(0, 600, 16)}
        assert len(colours) > 40, f"{path.stem} looks empty"
    progress = data / "profiles" / "default" / "progress.json"
    assert not progress.exists() or '"answers"' not in progress.read_text(encoding="utf-8")
    pygame.quit()


def test_the_parent_switches_play_after_pickup_on_and_sets_the_hour(player: Player) -> None:
    from parent_helpers import open_parent_page

    open_parent_page(player, "parent-settings")
    player.tap_button("page-evening")
    assert player.top.name == "parent-settings-evening"
    player.tap_button("evening-play")
    player.tap_button("evening-later")
    player.tap_button("evening-later")
    player.tap_button("done")
    settings = player.ctx.profile.settings
    assert settings.evening_after_pickup and settings.evening_from_hour == 17
    saved = ProfileStore(player.ctx.store.data_dir).open(player.ctx.child.profile_id).profile.settings
    assert saved.evening_after_pickup and saved.evening_from_hour == 17
    tile = player.button("page-evening")
    assert "from 5 pm" in tile.label
