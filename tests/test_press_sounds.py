"""Every press on a kid screen is heard at once (effects are mixed on the pool of effect channels)."""

from __future__ import annotations

import pygame
import pytest

from dropoff_buddy.audio.sound import RESERVED_CHANNELS
from dropoff_buddy.parts.flow import MorningFlowScene
from dropoff_buddy.playtest import Player


def _effect_playing() -> bool:
    channels = range(RESERVED_CHANNELS, pygame.mixer.get_num_channels())
    return any(pygame.mixer.Channel(index).get_busy() for index in channels)


def _press(player: Player, pos: tuple[float, float]) -> bool:
    """Press (and hold) at ``pos``; True if an effect started in that very frame."""
    pygame.mixer.stop()
    assert not _effect_playing()
    pixel = player.ctx.layout.point(*pos)
    player.frames(1, [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pixel, button=1, touch=False)])
    heard = _effect_playing()
    player.frames(1, [pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pixel, button=1, touch=False)])
    return heard


@pytest.mark.parametrize("where", ["play", "buddy"])
def test_presses_on_home_are_heard(player: Player, where: str) -> None:
    home = player.top
    pos = player.button("play").center if where == "play" else home.buddy_center  # type: ignore[attr-defined]
    assert _press(player, pos)


def test_presses_while_breathing_are_heard(player: Player) -> None:
    assert player.ctx.open_scene("breathe")
    player.wait(3)
    layout = player.ctx.layout
    assert _press(player, (layout.center_x, layout.height * 0.5))
    assert player.top.name == "breathe"  # a press never interrupts the breathing


def test_presses_on_the_finale_are_heard(player: Player) -> None:
    flow = MorningFlowScene(player.ctx)
    flow.parts = []
    player.ctx.scenes.push(flow)
    player.frames(2)
    assert flow.in_finale
    layout = player.ctx.layout
    assert _press(player, (layout.width * 0.2, layout.height * 0.3))


def test_pressing_the_parent_lock_is_heard(player: Player) -> None:
    x, y, w, h = player.app.parent_button.rect
    assert _press(player, (x + w / 2, y + h / 2))
