"""My Day: the family's cards in order, spoken when tapped, the pickup card with the photo."""

from __future__ import annotations

import itertools
from pathlib import Path

import pygame
import pytest
from tests.school_day import on_a_school_day

from dropoff_buddy.day import with_day
from dropoff_buddy.parts.my_day import MyDayScene, card_grid
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.ui import theme


def open_my_day(player: Player) -> MyDayScene:
    player.tap_button("my-day")
    scene = player.top
    assert isinstance(scene, MyDayScene)
    return scene


def card_names(scene: MyDayScene) -> list[str]:
    return [button.name.removeprefix("card-") for button in scene.card_buttons]


def set_day(player: Player, schedule: list[str], pickup_after: str) -> None:
    """What the parent area does when the parent saves a new day."""
    ctx = player.ctx
    ctx.child.profile = with_day(ctx.profile, schedule, pickup_after, ctx.content.cards)
    assert ctx.save_profile()


def restart(player: Player, data_dir: Path) -> Player:
    """Quit the game and launch it again on the same data folder."""
    player.ctx.scenes.clear()
    pygame.quit()
    return start_game(data_dir, clock=on_a_school_day)


def white_pixels_above(player: Player, scene: MyDayScene, card_id: str) -> int:
    """How many pure white pixels (the photo's frame) lie in the band just above a card."""
    player.app.finish_fade()
    player.app.render()
    button = next(b for b in scene.card_buttons if b.name == f"card-{card_id}")
    x, y, w, _ = button.rect
    band = player.ctx.layout.rect((x, y - 100, w, 90))
    frame = player.app.frame
    return sum(
        1
        for px in range(band.left, band.right, 2)
        for py in range(band.top, band.bottom, 2)
        if frame.get_at((px, py))[:3] == (255, 255, 255)
    )


def test_my_day_shows_the_familys_cards_in_order_and_says_the_promise(player: Player) -> None:
    scene = open_my_day(player)
    assert card_names(scene) == ["arrive", "circle_time", "free_play", "snack", "pickup"]
    assert scene.day.pickup.id == "snack"
    player.run_until(lambda: not player.ctx.narrator.speaking, timeout=30)
    said = [line.text for line in player.ctx.narrator.history]
    assert "Mommy comes back right after snack." in said


def test_tapping_a_card_says_it_at_once_and_bounces_it(player: Player) -> None:
    scene = open_my_day(player)
    player.tap_button("card-circle_time")
    assert player.ctx.narrator.caption == "Circle time! The children sit together and sing."
    assert "circle_time" in scene.bounce
    player.wait(0.1)
    assert scene._lift("circle_time") > 5


def test_under_reduced_motion_a_tapped_card_lights_up_without_bouncing(player: Player) -> None:
    player.ctx.profile.settings.reduced_motion = True
    scene = open_my_day(player)
    player.tap_button("card-free_play")
    player.wait(0.1)
    assert "free_play" in scene.bounce
    assert scene._lift("free_play") == 0


def test_the_pickup_card_carries_the_family_photo_and_says_when_the_grownup_comes_back(player: Player) -> None:
    scene = open_my_day(player)
    assert white_pixels_above(player, scene, "snack") > 200
    assert white_pixels_above(player, scene, "circle_time") == 0
    player.tap_button("card-snack")
    assert player.ctx.narrator.caption == "Snack time! Little One eats and drinks."
    player.run_until(lambda: player.ctx.narrator.caption == "Mommy comes back right after snack.", timeout=15)
    assert player.ctx.narrator.caption == "Mommy comes back right after snack."


def test_a_new_schedule_flows_into_my_day_and_the_pickup_card_after_a_restart(player: Player, data_dir: Path) -> None:
    set_day(player, ["arrive", "art", "music", "lunch", "nap", "quiet_time", "pickup"], "nap")
    game = restart(player, data_dir)
    try:
        scene = open_my_day(game)
        assert card_names(scene) == ["arrive", "art", "music", "lunch", "nap", "pickup"]
        assert scene.day.pickup.id == "nap"
        assert [card.id for card in scene.day.left_out] == ["quiet_time"]
        game.tap_button("card-nap")
        game.run_until(lambda: game.ctx.narrator.caption == "Mommy comes back right after nap time.", timeout=15)
        assert game.ctx.narrator.caption == "Mommy comes back right after nap time."
        assert any("right after nap time" in line.text for line in game.ctx.narrator.history)
    finally:
        game.ctx.scenes.clear()


def test_eight_cards_fit_on_two_rows_without_scrolling_and_the_photo_moves_onto_the_card(player: Player) -> None:
    set_day(player, ["arrive", "circle_time", "free_play", "snack", "outdoor_play", "lunch", "nap", "pickup"], "nap")
    scene = open_my_day(player)
    assert len(scene.card_buttons) == 8
    rows = sorted({round(button.rect[1]) for button in scene.card_buttons})
    assert len(rows) == 2
    layout = player.ctx.layout
    for button in scene.card_buttons:
        x, y, w, h = button.rect
        assert w >= theme.MIN_TARGET and h >= theme.MIN_TARGET
        assert x >= 0 and y >= 0 and x + w <= layout.width and y + h <= layout.height - 100


@pytest.mark.parametrize("count", range(3, 9))
def test_card_grid_gives_big_separate_cards_for_three_to_eight(count: int) -> None:
    area = (36, 128, 994, 502)
    rects = card_grid(count, area)
    assert len(rects) == count
    for x, y, w, h in rects:
        assert w >= 130 and h >= 130
        assert area[0] <= x and x + w <= area[0] + area[2] + 0.01
        assert area[1] <= y and y + h <= area[1] + area[3] + 0.01
    for (ax, ay, aw, ah), (bx, by, bw, bh) in itertools.combinations(rects, 2):
        apart_x = ax + aw + 32 <= bx or bx + bw + 32 <= ax
        apart_y = ay + ah + 32 <= by or by + bh + 32 <= ay
        assert apart_x or apart_y


def test_go_on_from_home_goes_back_home(player: Player) -> None:
    scene = open_my_day(player)
    assert scene.go_button.label == "Home"
    player.tap_button("go-on")
    assert player.top.name == "home"


def test_space_says_the_first_card_instead_of_leaving_and_arrows_walk_the_day(player: Player) -> None:
    scene = open_my_day(player)
    player.space()
    assert player.top.name == "my-day"
    assert player.ctx.narrator.caption is not None and player.ctx.narrator.caption.startswith(
        "Little One arrives at daycare"
    )
    assert scene.buttons.focused is scene.card_buttons[1]  # Space moved on to the next card
    player.key(pygame.K_RIGHT)
    player.key(pygame.K_LEFT)
    player.enter()
    assert player.ctx.narrator.caption == "Circle time! The children sit together and sing."


def test_keyboard_only_from_play_walks_the_day_card_by_card_and_then_goes_on(player: Player) -> None:
    player.ctx.profile.settings.flow_parts = ["my_day", "story"]
    player.tap_button("play")
    assert player.run_until(lambda: player.top.name == "my-day", timeout=30)
    scene = player.top
    assert isinstance(scene, MyDayScene)
    said: list[str] = []
    for _ in range(len(scene.card_buttons) + 3):
        if player.top is not scene:
            break
        player.space()
        player.run_until(lambda: not player.ctx.narrator.speaking, timeout=30)  # a child who listens
        said.extend(line.text for line in player.ctx.narrator.history[len(said) :])
    assert player.top is not scene, "Space never led out of My Day"
    card_lines = [player.ctx.line_words(card.say) for card in scene.day.cards]
    spoken_cards = [line for line in said if line in card_lines]
    assert spoken_cards[: len(card_lines)] == card_lines  # every card once, in order, no replaying
    assert any("Press again to go on" in line for line in said)  # the way on is said out loud
    assert player.run_until(lambda: player.top.name == "story", timeout=30)


@pytest.mark.parametrize("door", ["my-day", "feelings"])
def test_a_still_screen_is_not_redrawn_under_reduced_motion(player: Player, door: str) -> None:
    player.ctx.profile.settings.reduced_motion = True
    player.tap_button(door)
    player.run_until(lambda: not player.ctx.narrator.speaking, timeout=30)
    player.wait(1.0)
    before = player.redraws
    player.wait(2.0, dt=0.1)
    assert player.redraws - before <= 2  # at most one blink (eyes shut, eyes open)


def test_a_day_changed_in_the_parent_area_shows_when_my_day_comes_back(player: Player) -> None:
    scene = open_my_day(player)
    assert player.ctx.open_scene("breathe")  # anything on top, as the parent area would be
    set_day(player, ["arrive", "music", "lunch", "pickup"], "lunch")
    player.tap_button("done")
    assert player.top is scene
    assert card_names(scene) == ["arrive", "music", "lunch", "pickup"]
    assert scene.promise == "Mommy comes back right after lunch."


def test_a_new_card_whose_art_is_not_drawn_yet_still_shows_and_speaks(player: Player) -> None:
    from dropoff_buddy.content.catalog import Card, CardCatalog

    extra = Card(
        id="gardening", label="Gardening", words="gardening", say="We water the plants!", icon="svg/cards/gardening.svg"
    )
    player.ctx.content.cards = CardCatalog(schema_version=1, card=[*player.ctx.content.cards.card, extra])
    set_day(player, ["arrive", "gardening", "snack", "pickup"], "snack")
    scene = open_my_day(player)
    player.app.render()
    assert card_names(scene) == ["arrive", "gardening", "snack", "pickup"]
    player.tap_button("card-gardening")
    assert player.ctx.narrator.caption == "We water the plants!"


@pytest.mark.parametrize("schedule_size", [5, 8])
def test_on_a_tall_screen_the_day_goes_down_the_screen_in_big_cards(tmp_path: Path, schedule_size: int) -> None:
    """A portrait tablet: the cards are a column (two for a long day) of wide, big cards, top to
    bottom in the day's order, each said when tapped; nothing left in a thin row mid-screen."""
    player = start_game(tmp_path, (800, 1280))
    if schedule_size == 8:
        long_day = ["arrive", "circle_time", "free_play", "snack", "outdoor_play", "lunch", "nap", "pickup"]
        set_day(player, long_day, "nap")
    scene = open_my_day(player)
    layout = player.ctx.layout
    buttons = scene.card_buttons
    assert len(buttons) == schedule_size
    columns = sorted({round(button.rect[0]) for button in buttons})
    assert len(columns) == (1 if schedule_size <= 5 else 2)
    for column in columns:  # down each column in the day's order
        tops = [button.rect[1] for button in buttons if round(button.rect[0]) == column]
        assert tops == sorted(tops)
    for button in buttons:
        x, y, w, h = button.rect
        assert h >= 200 and w >= 1.5 * h  # wide cards, bigger than the landscape row's
        assert x >= 0 and x + w <= layout.width and y + h <= layout.height - 170  # above the caption
    cards_height = max(b.rect[1] + b.rect[3] for b in buttons) - min(b.rect[1] for b in buttons)
    assert cards_height >= 0.45 * layout.height
    for button in buttons:
        player.tap(button.center)
        card = player.ctx.content.cards.get(button.name.removeprefix("card-"))
        assert card is not None
        assert player.ctx.narrator.caption == player.ctx.line_words(card.say)
    go = scene.go_button.rect
    assert go[1] + go[3] <= layout.height - 170 and go[2] >= theme.MIN_TARGET
