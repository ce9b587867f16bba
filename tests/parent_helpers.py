"""Getting into the grown-ups' corner the way a parent does: hold the lock, answer the gate."""

from __future__ import annotations

from dropoff_buddy.playtest import Player
from dropoff_buddy.scenes.parent_gate import ParentGateScene
from dropoff_buddy.ui.parent_button import HOLD_SECONDS


def open_parent_page(player: Player, page: str) -> None:
    """From a kid screen, hold the lock, type the gate's number, then tap ``page`` on the front page."""
    x, y, w, h = player.app.parent_button.rect
    player.hold((x + w / 2, y + h / 2), HOLD_SECONDS + 0.2)
    gate = player.top
    assert isinstance(gate, ParentGateScene)
    player.type_text(str(gate.number))
    player.enter()
    assert player.top.name == "parent-home"
    player.tap_button(page)
    assert player.top.name == page
