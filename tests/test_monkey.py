"""Random play: seeded streams of taps, holds, drags, touches, key mashing and window events on
every kid screen. After every step: no crash, no quit, no parent area. A failure names its seed."""

from __future__ import annotations

import random

import pygame
import pytest

from dropoff_buddy.playtest import Player
from dropoff_buddy.registry import collect_scene_factories

KEYS = [
    pygame.K_SPACE,
    pygame.K_RETURN,
    pygame.K_ESCAPE,
    pygame.K_TAB,
    pygame.K_LEFT,
    pygame.K_RIGHT,
    pygame.K_UP,
    pygame.K_DOWN,
    pygame.K_a,
    pygame.K_q,
    pygame.K_F4,
    pygame.K_BACKSPACE,
    pygame.K_1,
    pygame.K_9,
]
STEPS = 250
#: Random play at the smallest laptop window: the tightest layout (and fewer pixels to paint per step).
WINDOW = (1024, 600)


def kid_scene_names() -> list[str]:
    names = []
    for name, factory in sorted(collect_scene_factories().items()):
        if name.startswith("parent") or not getattr(factory, "kid_screen", True):
            continue
        names.append(name)
    return names


def monkey_step(player: Player, rng: random.Random) -> str:
    layout = player.ctx.layout
    pos = (rng.uniform(0, layout.width), rng.uniform(0, layout.height))
    roll = rng.random()
    if roll < 0.35:
        button = rng.choice([1, 1, 1, 2, 3])
        player.tap(pos, button=button)
        return f"tap {pos} button {button}"
    if roll < 0.45:
        player.touch(pos, finger=rng.randint(1, 3))
        return f"touch {pos}"
    if roll < 0.52:
        seconds = rng.uniform(0.1, 2.5)
        player.hold(pos, seconds, dt=0.1)
        return f"hold {pos} {seconds:.1f}s"
    if roll < 0.58:
        end = (rng.uniform(0, layout.width), rng.uniform(0, layout.height))
        player.drag(pos, end, steps=3)
        return f"drag {pos} → {end}"
    if roll < 0.62:
        player.close_window()
        return "close window"
    if roll < 0.66:
        player.wait(rng.uniform(0.5, 8.0), dt=0.1)
        return "wait"
    key = rng.choice(KEYS)
    mod = rng.choice([0, 0, pygame.KMOD_LALT, pygame.KMOD_LCTRL, pygame.KMOD_LSHIFT])
    player.key(key, chr(key) if key < 128 and chr(key).isprintable() else "", mod=mod)
    return f"key {pygame.key.name(key)} mod {mod}"


@pytest.mark.parametrize("scene_name", kid_scene_names())
@pytest.mark.parametrize("seed", [11, 29])
def test_monkey_play_on_every_kid_screen(player: Player, scene_name: str, seed: int) -> None:
    rng = random.Random(seed)
    player.ctx.profile.settings.reduced_motion = rng.random() < 0.5
    if scene_name != "home":
        assert player.ctx.open_scene(scene_name)
    last = "start"
    for step in range(STEPS):
        try:
            last = monkey_step(player, rng)
        except Exception as error:  # report the seed that breaks, then fail with the original error
            raise AssertionError(f"{scene_name} seed {seed} step {step} ({last}) crashed: {error!r}") from error
        where = f"{scene_name} seed {seed} step {step} after {last}"
        assert not player.ctx.quit_requested, f"quit on {where}"
        assert player.top.kid_screen, f"parent area ({player.top.name}) opened on {where}"
        assert len(player.ctx.scenes) >= 1, f"empty stack on {where}"
