"""Tips for parents: a valid deck of 8-12 sourced cards, paged with big buttons or the arrow keys."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from dropoff_buddy.content.loader import ContentError
from dropoff_buddy.content.tips import load_tips
from dropoff_buddy.parent.pages.tips import ParentTipsScene
from dropoff_buddy.playtest import Player
from parent_helpers import open_parent_page


def test_the_tips_file_has_8_to_12_cards_each_naming_its_source() -> None:
    deck = load_tips()
    assert 8 <= len(deck.tip) <= 12
    for tip in deck.tip:
        assert tip.source and tip.publication
    titles = " ".join(tip.title.text.lower() for tip in deck.tip)
    for must in ("goodbye short", "sneak out", "promise", "teacher", "normal", "yourself"):
        assert must in titles


def test_a_broken_tips_file_is_reported_as_file_id_field_problem(tmp_path: Path) -> None:
    path = tmp_path / "tips.toml"
    path.write_text(
        "schema_version = 1\n"
        + "\n".join(
            f'[[tip]]\nid = "t{n}"\ntitle = "A tip"\ntext = "Some words that are long enough."\nsource = "NHS"\n'
            f'publication = "Leaflet"\n'
            for n in range(8)
        )
        + '[[tip]]\nid = "bad"\ntitle = "Hi {kid}"\n'
        'text = "Some words that are long enough."\nsource = "NHS"\npublication = "Leaflet"\nextra = 1\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as caught:
        load_tips(path)
    problems = caught.value.problems
    assert any(": bad: title: " in line and "{kid}" in line for line in problems)
    assert any(": bad: extra: unknown field" in line for line in problems)


def test_a_parent_pages_through_the_tips_with_buttons_and_arrow_keys(player: Player) -> None:
    open_parent_page(player, "parent-tips")
    page = player.top
    assert isinstance(page, ParentTipsScene)
    count = len(page.tips)
    assert page.page == 0
    with pytest.raises(LookupError):
        player.button("previous")  # nothing before the first card
    player.tap_button("next")
    player.tap_button("next")
    assert page.page == 2
    player.tap_button("previous")
    assert page.page == 1
    player.key(pygame.K_RIGHT)
    assert page.page == 2
    player.key(pygame.K_LEFT)
    player.key(pygame.K_LEFT)
    player.key(pygame.K_LEFT)  # already at the first card: stays there
    assert page.page == 0
    player.tap_button(f"tip-{count}")
    assert page.page == count - 1
    with pytest.raises(LookupError):
        player.button("next")
    player.key(pygame.K_ESCAPE)
    assert player.top.name == "parent-home"
