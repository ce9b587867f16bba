"""A child makes their buddy by tapping pictures (or with the keyboard); it is saved and shows everywhere."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
from tests.school_day import on_a_school_day

from dropoff_buddy.content.registry import load_content
from dropoff_buddy.parts.buddy_maker import NAME_SUGGESTIONS, NECK_THINGS, TABS, BuddyMakerScene
from dropoff_buddy.parts.home import HomeScene
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.storage.models import BUDDY_ACCESSORIES, BUDDY_ANIMALS, BUDDY_COLOURS, BUDDY_PATTERNS
from kid_drive import MASHED_KEYS

UNLOCK_ORDER = load_content().rewards.unlock_order


def open_maker(player: Player) -> BuddyMakerScene:
    player.tap_button("buddy-maker")
    maker = player.top
    assert isinstance(maker, BuddyMakerScene)
    return maker


def said(player: Player) -> str:
    line = player.ctx.narrator.current
    return line.text if line is not None else ""


def saved_buddy(data_dir: Path) -> dict[str, object]:
    buddy = json.loads((data_dir / "profiles" / "default" / "profile.json").read_text())["buddy"]
    assert isinstance(buddy, dict)
    return buddy


def test_a_child_builds_a_buddy_with_taps_and_home_shows_it(player: Player, data_dir: Path) -> None:
    player.ctx.progress.unlocked_accessories = list(UNLOCK_ORDER)  # a child who has won every prize
    maker = open_maker(player)
    assert "Tap a picture" in said(player)
    player.tap_button("tab-colour")
    assert said(player) == "Which color is Buddy?"  # American English (the tests' computer speaks it)
    player.tap_button("colour-chocolate")
    assert said(player) == "Chocolate brown!"
    assert maker.buddy.reaction is not None  # the buddy reacts at once
    player.tap_button("tab-animal")
    player.tap_button("animal-bunny")
    assert said(player) == "A bunny!"
    player.tap_button("tab-wear")
    player.tap_button("wear-hat")
    player.tap_button("wear-star_badge")
    player.tap_button("tab-pattern")
    player.tap_button("pattern-patches")
    player.tap_button("tab-name")
    player.tap_button("name-Honey")
    assert said(player) == "Honey! Hello, I'm Honey."
    expected = {"animal": "bunny", "colour": "chocolate", "pattern": "patches", "name": "Honey"}
    assert {key: saved_buddy(data_dir)[key] for key in expected} == expected
    assert saved_buddy(data_dir)["accessories"] == ["scarf", "hat", "star_badge"]
    player.tap_button("done")
    home = player.top
    assert isinstance(home, HomeScene)
    assert home.buddy.look == player.ctx.profile.buddy
    assert home.buddy.look.animal == "bunny"
    player.wait(0.5)
    player.tap(home.buddy_center)
    assert "I'm Honey" in said(player)  # the new name is used in what the buddy says


def test_every_choice_is_a_big_picture_that_is_spoken(player: Player) -> None:
    maker = open_maker(player)
    counts = {
        "animal": len(BUDDY_ANIMALS),
        "colour": len(BUDDY_COLOURS),
        "wear": len(BUDDY_ACCESSORIES),
        "pattern": len(BUDDY_PATTERNS),
    }
    layout = player.ctx.layout
    for tab in TABS:
        player.tap_button(f"tab-{tab}")
        options = [button for button in player.buttons() if button.name.startswith(f"{tab}-")]
        if tab in counts:
            assert len(options) == counts[tab]
        for button in options:
            x, y, w, h = button.rect
            assert w >= 96 and h >= 96, button.name
            assert y + h < layout.height - 100 or 150 < x < layout.width - 150 - w, button.name  # not in a corner
            assert button.label == ""  # a picture, not a word
            player.tap(button.center)
            assert said(player), f"{button.name} said nothing"
            if tab == "wear" and button.name.removeprefix("wear-") in player.ctx.profile.buddy.accessories:
                player.tap(button.center)  # take it off again so the next one is seen alone
        assert maker.tab == tab
    assert len(BUDDY_ANIMALS) >= 6 and len(BUDDY_COLOURS) >= 10 and len(BUDDY_ACCESSORIES) >= 8


def test_neck_things_replace_each_other_and_a_second_tap_takes_a_thing_off(player: Player) -> None:
    player.ctx.progress.unlocked_accessories = list(UNLOCK_ORDER)
    open_maker(player)
    player.tap_button("tab-wear")
    assert player.ctx.profile.buddy.accessories == ["scarf"]
    player.tap_button("wear-bandana")
    assert player.ctx.profile.buddy.accessories == ["bandana"]
    player.tap_button("wear-glasses")
    player.tap_button("wear-bowtie")
    assert player.ctx.profile.buddy.accessories == ["glasses", "bowtie"]
    assert sum(item in NECK_THINGS for item in player.ctx.profile.buddy.accessories) == 1
    player.tap_button("wear-glasses")
    assert said(player) == "Glasses off."
    assert player.ctx.profile.buddy.accessories == ["bowtie"]


def test_a_child_can_build_a_buddy_with_only_the_keyboard(player: Player) -> None:
    maker = open_maker(player)

    def press_space_on(name: str) -> None:
        for _ in range(60):
            focused = maker.buttons.focused
            if focused is not None and focused.name == name and maker.buttons.focus_visible:
                break
            player.key(pygame.K_TAB)
        else:
            raise AssertionError(f"Tab never reached {name}")
        player.space()

    press_space_on("tab-colour")
    assert maker.tab == "colour"
    press_space_on("colour-grey")
    press_space_on("tab-animal")
    press_space_on("animal-kitty")
    assert player.ctx.profile.buddy.animal == "kitty"
    player.key(pygame.K_RIGHT)  # arrows move between pictures too
    player.enter()
    assert player.ctx.profile.buddy.colour == "grey"
    assert player.ctx.profile.buddy.animal == "dino"  # the picture right of the kitty
    assert said(player) == "A dinosaur!"


def test_pressing_a_picture_squeezes_the_buddy_before_the_release(player: Player) -> None:
    maker = open_maker(player)
    pixel = player.ctx.layout.point(*player.button("animal-puppy").center)
    player.frames(1, [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pixel, button=1, touch=False)])
    assert maker.buddy.reaction == "squeeze" and player.ctx.profile.buddy.animal == "bear"
    player.frames(1, [pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pixel, button=1, touch=False)])
    assert player.ctx.profile.buddy.animal == "puppy"


def test_tapping_the_buddy_squeezes_and_giggles(player: Player) -> None:
    maker = open_maker(player)
    pixel = player.ctx.layout.point(*maker.buddy_center)
    player.frames(1, [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pixel, button=3, touch=False)])
    assert maker.buddy.reaction == "squeeze"
    player.frames(1, [pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pixel, button=3, touch=False)])
    player.wait(0.4)
    assert maker.buddy.reaction == "giggle"
    assert "I'm Buddy" in said(player)


def test_the_grown_ups_name_stays_offered_beside_the_suggestions(player: Player) -> None:
    profile = player.ctx.profile
    profile.buddy.name = "Mr Flops"
    maker = open_maker(player)
    player.tap_button("tab-name")
    names = [button.name for button in player.buttons() if button.name.startswith("name-")]
    assert names[0] == "name-Mr Flops"
    assert len(names) == len(NAME_SUGGESTIONS) + 1
    player.tap_button("name-Star")
    assert profile.buddy.name == "Star"
    player.tap_button("name-Mr Flops")
    assert profile.buddy.name == "Mr Flops" and maker.tab == "name"


def test_the_buddy_persists_across_a_restart(data_dir: Path) -> None:
    game = start_game(data_dir, clock=on_a_school_day)
    try:
        open_maker(game)
        game.tap_button("tab-animal")
        game.tap_button("animal-dino")
        game.tap_button("tab-colour")
        game.tap_button("colour-mint")
        game.tap_button("tab-wear")
        game.tap_button("wear-crown")
        look = game.ctx.profile.buddy.model_copy()
    finally:
        game.ctx.scenes.clear()
        pygame.quit()
    again = start_game(data_dir, clock=on_a_school_day)
    try:
        assert again.ctx.profile.buddy == look
        home = again.top
        assert isinstance(home, HomeScene) and home.buddy.look == look
    finally:
        again.ctx.scenes.clear()
        pygame.quit()


def test_mashing_space_keeps_choosing_and_never_leaves(player: Player) -> None:
    maker = open_maker(player)
    for _ in range(8):
        player.space()
        assert player.top is maker
    assert said(player) == "A teddy bear!"  # Space starts on the picture chosen now, not on "All done"
    player.tap_button("tab-wear")
    for _ in range(7):
        player.space()
        assert player.top is maker and maker.tab == "wear"
    player.key(pygame.K_DOWN)
    player.space()
    assert maker.tab == "wear" and said(player)


def test_random_play_in_the_maker_never_breaks_the_buddy_or_opens_the_parent_area(player: Player) -> None:
    import random

    maker = open_maker(player)
    rng = random.Random(44)
    layout = player.ctx.layout
    for step in range(160):
        if player.top is not maker:  # "All done" was hit: go back in, as a child would
            assert player.top.name == "home"
            maker = open_maker(player)
        choice = rng.random()
        if choice < 0.6:
            player.tap((rng.uniform(0, layout.width - 120), rng.uniform(0, layout.height)), button=rng.choice([1, 3]))
        elif choice < 0.9:
            player.key(rng.choice(MASHED_KEYS))
        else:
            start = (rng.uniform(0, layout.width), rng.uniform(0, layout.height))
            player.drag(start, (rng.uniform(0, layout.width), rng.uniform(0, layout.height)), steps=3)
        assert not player.ctx.quit_requested, f"step {step}"
        assert not player.top.name.startswith("parent"), f"step {step}"
    look = player.ctx.profile.buddy
    assert sum(item in NECK_THINGS for item in look.accessories) <= 1
    assert type(look).model_validate(look.model_dump()) == look


def test_a_sticker_prize_not_won_yet_is_explained_and_not_put_on(player: Player) -> None:
    open_maker(player)
    player.tap_button("tab-wear")
    player.tap_button("wear-crown")
    assert "crown" not in player.ctx.profile.buddy.accessories
    assert "win a crown with stickers" in said(player)
    player.ctx.progress.unlocked_accessories = ["star_badge", "crown"]  # the sticker book awarded it
    player.tap_button("wear-crown")
    assert "crown" in player.ctx.profile.buddy.accessories
