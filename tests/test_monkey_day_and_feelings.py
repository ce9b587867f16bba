"""Random play on My Day, the check-in and the flow: no crash, no way out, no parent area."""

from __future__ import annotations

import random

import pygame
import pytest

from dropoff_buddy.playtest import Player
from kid_drive import MASHED_KEYS

KEYS = [*MASHED_KEYS, pygame.K_q, pygame.K_F4, pygame.K_BACKSPACE]  # with Alt or Ctrl: Alt+F4, Ctrl+Q


@pytest.mark.parametrize(("door", "seed"), [("my-day", 11), ("feelings", 12), ("play", 13)])
def test_seeded_random_taps_and_key_mashing_never_crash_quit_or_open_the_parent_area(
    player: Player, door: str, seed: int
) -> None:
    rng = random.Random(seed)
    player.tap_button(door)
    layout = player.ctx.layout
    for step in range(250):
        choice = rng.random()
        if choice < 0.6:
            player.tap((rng.uniform(0, layout.width), rng.uniform(0, layout.height)), button=rng.choice([1, 2, 3]))
        elif choice < 0.9:
            key = rng.choice(KEYS)
            mod = rng.choice([0, 0, pygame.KMOD_LALT, pygame.KMOD_LCTRL])
            player.key(key, chr(key) if key < 128 and chr(key).isprintable() else "", mod=mod)
        else:
            player.wait(rng.uniform(0.2, 3.0))
        assert not player.ctx.quit_requested, f"seed {seed} step {step}"
        assert not player.top.name.startswith("parent"), f"seed {seed} step {step}: {player.top.name}"
    for entry in player.ctx.progress.feelings:
        assert entry.feeling in ("happy", "okay", "sad", "scared", "cross")
