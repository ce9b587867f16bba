"""A child cannot quit, leave, or get into the parent area; a grown-up can."""

from __future__ import annotations

import random

import pygame
import pytest

from dropoff_buddy.parent.pages.gate import ParentGateScene, number_in_words
from dropoff_buddy.playtest import Player
from dropoff_buddy.ui.parent_button import HOLD_SECONDS
from parent_helpers import lock_center, open_gate

#: The smallest laptop window: the tightest layout for a child's random taps (and fewer pixels to paint).
WINDOW = (1024, 600)


def test_escape_close_button_and_alt_f4_do_not_quit_from_home(player: Player) -> None:
    player.key(pygame.K_ESCAPE)
    player.close_window()
    player.key(pygame.K_F4, mod=pygame.KMOD_LALT)
    player.wait(0.5)
    assert not player.ctx.quit_requested
    assert player.top.name == "home"
    assert player.app.parent_button.hint_time > 0  # the grown-up is told how to get in


def test_key_mashing_on_home_never_quits_or_opens_the_parent_area(player: Player) -> None:
    rng = random.Random(4)
    keys = [
        pygame.K_ESCAPE,
        pygame.K_q,
        pygame.K_F4,
        pygame.K_LALT,
        pygame.K_LCTRL,
        pygame.K_w,
        pygame.K_TAB,
        pygame.K_a,
        pygame.K_1,
        pygame.K_BACKSPACE,
        pygame.K_LEFT,
        pygame.K_DOWN,
    ]
    for _ in range(300):
        key = rng.choice(keys)
        mod = rng.choice([0, pygame.KMOD_LALT, pygame.KMOD_LCTRL])
        player.key(key, chr(key) if key < 128 and chr(key).isprintable() else "", mod=mod)
        assert not player.ctx.quit_requested
        assert player.top.name != "parent-home"
        assert player.top.kid_screen  # no parent screen at all (set-up opens on top of the parent area)


def test_a_short_press_on_the_lock_does_not_open_it(player: Player) -> None:
    player.hold(lock_center(player), HOLD_SECONDS - 1.0)
    assert player.top.name == "home"
    player.tap(lock_center(player))
    assert player.top.name == "home"


def test_holding_the_lock_shows_progress_then_asks_a_grown_up_task(player: Player) -> None:
    center = lock_center(player)
    pixel = player.ctx.layout.point(*center)
    player.frames(1, [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pixel, button=1, touch=False)])
    player.wait(1.5)
    assert 0.4 < player.app.parent_button.progress < 0.6
    player.wait(1.7)
    assert isinstance(player.top, ParentGateScene)


def test_the_right_number_opens_the_parent_area_and_quit_is_only_there(player: Player) -> None:
    gate = open_gate(player)
    player.type_text(str(gate.number))
    player.enter()
    if player.top.name == "parent-setup":  # a new family's first visit opens set-up on top
        assert not player.top.kid_screen
        player.key(pygame.K_ESCAPE)
    assert player.top.name == "parent-home"
    assert not player.top.kid_screen
    player.tap_button("quit")
    assert player.ctx.quit_requested


def test_two_wrong_answers_send_the_child_back_to_play(player: Player) -> None:
    gate = open_gate(player)
    first = gate.number
    player.type_text("000")
    player.enter()
    assert (player.top is gate and gate.number != first) or gate.number == first  # a new number is drawn
    player.type_text("000")
    player.enter()
    assert player.top.name == "home"


def test_the_gate_number_is_new_each_time_and_written_in_words(player: Player) -> None:
    numbers = set()
    for _ in range(6):
        gate = open_gate(player)
        numbers.add(gate.number)
        player.tap_button("back")
        assert player.top.name == "home"
    assert len(numbers) >= 4
    ctx = player.ctx
    assert number_in_words(ctx, 412) == "four hundred and twelve"
    assert number_in_words(ctx, 730) == "seven hundred and thirty"
    assert number_in_words(ctx, 999) == "nine hundred and ninety-nine"
    assert number_in_words(ctx, 115) == "one hundred and fifteen"
    ctx.profile.settings.language = "es"
    assert number_in_words(ctx, 412) == "cuatrocientos doce"
    assert number_in_words(ctx, 100) == "cien"
    assert number_in_words(ctx, 101) == "ciento uno"
    assert number_in_words(ctx, 730) == "setecientos treinta"
    assert number_in_words(ctx, 999) == "novecientos noventa y nueve"
    assert number_in_words(ctx, 521) == "quinientos veintiuno"


def test_the_gate_closes_by_itself_when_left_alone(player: Player) -> None:
    open_gate(player)
    player.wait(45)
    assert player.top.name == "home"


@pytest.mark.parametrize("seed", range(6))
def test_random_child_input_never_opens_the_parent_area(player: Player, seed: int) -> None:
    """Seeded taps, holds, drags, touches and key mashing on the gate itself and on home."""
    rng = random.Random(seed)
    open_gate(player)
    layout = player.ctx.layout
    for step in range(400):
        choice = rng.random()
        pos = (rng.uniform(0, layout.width), rng.uniform(0, layout.height))
        if choice < 0.35:
            player.tap(pos, button=rng.choice([1, 2, 3]))
        elif choice < 0.45:
            player.touch(pos)
        elif choice < 0.5:
            player.hold(pos, rng.uniform(0.2, 4.0), dt=0.25)
        elif choice < 0.55:
            player.drag(pos, (rng.uniform(0, layout.width), rng.uniform(0, layout.height)), steps=3)
        else:
            key = rng.choice([pygame.K_RETURN, pygame.K_SPACE, pygame.K_ESCAPE, pygame.K_TAB, *list(range(48, 58))])
            player.key(key, chr(key) if 48 <= key <= 57 else "")
        assert player.top.kid_screen, f"seed {seed} opened the parent area ({player.top.name}) at step {step}"
        assert not player.ctx.quit_requested, f"seed {seed} quit at step {step}"
        if player.top.name == "home" and rng.random() < 0.02:
            open_gate(player)
