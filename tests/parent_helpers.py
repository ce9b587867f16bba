"""Helpers for driving the parent area the way a grown-up does: through the lock and the gate."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame

from dropoff_buddy.parent.pages.gate import ParentGateScene
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.ui.parent_button import HOLD_SECONDS
from dropoff_buddy.ui.text_field import TextField
from dropoff_buddy.words import fill
from school_day import on_a_school_day


def family_says(player: Player, text: str) -> str:
    """``text`` with the family's words filled in as the game says them now ("{grownup}" → "Mummy")."""
    values = {name: str(getattr(value, "words", value)) for name, value in player.ctx.tr.family().items()}
    return fill(text, values)


def lock_center(player: Player) -> tuple[float, float]:
    x, y, w, h = player.app.parent_button.rect
    return (x + w / 2, y + h / 2)


def open_gate(player: Player) -> ParentGateScene:
    """Hold the lock for 3 s: the gate opens."""
    player.hold(lock_center(player), HOLD_SECONDS + 0.2)
    gate = player.top
    assert isinstance(gate, ParentGateScene)
    return gate


def come_in(player: Player) -> None:
    """Hold the lock for 3 s, then type the number shown in words, as a grown-up does."""
    gate = open_gate(player)
    player.type_text(str(gate.number))
    player.enter()


def in_the_parent_area(data_dir: Path, child: str | None = None) -> Iterator[Player]:
    """For a fixture (``yield from``): a game on a school-day morning whose set-up is done (the
    child called ``child`` if given), with a grown-up already in the parent area's front page."""
    game = start_game(data_dir, clock=on_a_school_day)
    game.ctx.profile.setup_done = True
    if child is not None:
        game.ctx.profile.child.name = child
    game.ctx.save_profile()
    come_in(game)
    assert game.top.name == "parent-home"
    yield game
    game.ctx.scenes.clear()


def leave_to_parent_home(player: Player) -> None:
    """Esc until the parent area's front page."""
    while player.top.name != "parent-home":
        player.key(pygame.K_ESCAPE)


def field(player: Player, name: str) -> TextField:
    """The text field called ``name`` on the top screen."""
    top = player.top
    fields: list[TextField] = list(getattr(top, "fields", []))
    for candidate in fields:
        if candidate.name == name:
            return candidate
    raise LookupError(f"no field {name!r} on {top.name}: {[f.name for f in fields]}")


def tap_field(player: Player, name: str) -> TextField:
    text_field = field(player, name)
    x, y, w, h = text_field.rect
    player.tap((x + w - 10, y + h / 2))
    assert text_field.active
    return text_field


def clear(player: Player, text_field: TextField) -> None:
    player.key(pygame.K_END)
    for _ in range(len(text_field.text)):
        player.key(pygame.K_BACKSPACE)
    assert text_field.text == ""


def open_settings_page(player: Player, key: str) -> None:
    """From the parent area's front page: Settings, then the tile for ``key``."""
    if player.top.name != "parent-settings":
        player.tap_button("parent-settings")
    player.tap_button(f"page-{key}")
    assert player.top.name == f"parent-settings-{key}"


def open_parent_page(player: Player, page: str) -> None:
    """From a kid screen, come through the gate, then tap ``page`` on the front page.

    A family not yet set up gets the first-run set-up on top; a parent who wants another page
    closes it with Esc (what was typed so far is kept).
    """
    come_in(player)
    if player.top.name == "parent-setup":
        player.key(pygame.K_ESCAPE)
    assert player.top.name == "parent-home"
    player.tap_button(page)
    assert player.top.name == page
