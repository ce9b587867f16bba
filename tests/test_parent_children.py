"""Brothers and sisters: a profile each; add, switch, rename and delete (asked twice)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest
from tests.school_day import on_a_school_day

from dropoff_buddy.parent.pages.children import ChildrenScene
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.storage.store import ProfileStore
from parent_helpers import come_in, family_says, in_the_parent_area


@pytest.fixture
def parent(data_dir: Path) -> Iterator[Player]:
    for game in in_the_parent_area(data_dir, child="Mia"):
        game.tap_button("parent-children")
        assert isinstance(game.top, ChildrenScene)
        yield game


def children(player: Player) -> list[str]:
    scene = player.top
    assert isinstance(scene, ChildrenScene)
    return [entry.name for entry in scene.entries]


def add(player: Player, name: str) -> None:
    player.type_text(name)  # typing goes to the "new child" field
    player.tap_button("add-child")


def test_add_a_child_by_typing_a_name(parent: Player, data_dir: Path) -> None:
    add(parent, "Leo")
    assert sorted(children(parent)) == ["Leo", "Mia"]
    assert "leo" in ProfileStore(data_dir).list_profiles()
    assert parent.ctx.profile.child.name == "Mia"  # adding does not switch


def test_adding_with_no_name_says_what_to_do(parent: Player) -> None:
    parent.tap_button("add-child")
    scene = parent.top
    assert isinstance(scene, ChildrenScene)
    assert "name" in scene.message
    assert len(scene.entries) == 1


def test_switching_shows_the_other_child_on_the_kid_screens(parent: Player, data_dir: Path) -> None:
    add(parent, "Leo")
    parent.tap_button("switch-leo")
    assert parent.top.name == "home"
    assert parent.ctx.profile.child.name == "Leo"
    assert family_says(parent, "Hello, {child}!") == "Hello, Leo!"
    again = start_game(data_dir, clock=on_a_school_day)  # the next launch remembers who played last
    assert again.ctx.profile.child.name == "Leo"
    again.ctx.scenes.clear()


def test_rename_a_child_who_is_not_playing(parent: Player, data_dir: Path) -> None:
    add(parent, "Leo")
    parent.tap_button("rename-leo")
    for _ in range(3):
        parent.key(pygame.K_BACKSPACE)
    parent.type_text("Léon")
    parent.enter()
    assert sorted(children(parent)) == ["Léon", "Mia"]
    assert ProfileStore(data_dir).open("leo").profile.child.name == "Léon"


def test_rename_the_child_playing_now(parent: Player) -> None:
    profile_id = parent.ctx.child.profile_id
    parent.tap_button(f"rename-{profile_id}")
    parent.key(pygame.K_BACKSPACE)
    parent.type_text("na")
    parent.tap_button("rename-save")
    assert parent.ctx.profile.child.name == "Mina"


def test_delete_asks_twice_and_keep_at_either_question_keeps_the_child(parent: Player, data_dir: Path) -> None:
    add(parent, "Leo")
    parent.tap_button("delete-leo")
    parent.tap_button("keep")
    assert "leo" in ProfileStore(data_dir).list_profiles()
    parent.tap_button("delete-leo")
    parent.tap_button("delete-first")
    parent.key(pygame.K_ESCAPE)  # Esc at the second question also keeps
    assert "leo" in ProfileStore(data_dir).list_profiles()
    assert parent.top.name == "parent-children"
    parent.tap_button("delete-leo")
    parent.tap_button("delete-first")
    parent.tap_button("confirm-delete")
    assert "leo" not in ProfileStore(data_dir).list_profiles()
    assert children(parent) == ["Mia"]


def test_deleting_the_child_playing_switches_to_another_first(parent: Player, data_dir: Path) -> None:
    playing = parent.ctx.child.profile_id
    add(parent, "Leo")
    parent.tap_button(f"delete-{playing}")
    parent.tap_button("delete-first")
    assert parent.ctx.child.profile_id == playing  # nothing happens before the second yes
    parent.tap_button("confirm-delete")
    assert parent.ctx.child.profile_id == "leo"
    assert parent.ctx.profile.child.name == "Leo"
    assert playing not in ProfileStore(data_dir).list_profiles()


def test_the_only_child_cannot_be_deleted_from_here(parent: Player, data_dir: Path) -> None:
    playing = parent.ctx.child.profile_id
    parent.tap_button(f"delete-{playing}")
    scene = parent.top
    assert isinstance(scene, ChildrenScene)
    assert scene.question is None  # no deletion was asked
    assert "only child" in scene.message
    assert playing in ProfileStore(data_dir).list_profiles()


def test_a_new_child_can_be_set_up_straight_away(parent: Player) -> None:
    add(parent, "Leo")
    parent.tap_button("set-up-new")
    assert parent.top.name == "parent-setup"
    assert parent.ctx.profile.child.name == "Leo"
    parent.key(pygame.K_ESCAPE)
    assert parent.top.name == "parent-home"


def test_set_up_opens_by_itself_for_a_new_child_switched_to_later(parent: Player) -> None:
    add(parent, "Leo")
    parent.tap_button("switch-leo")
    assert parent.top.name == "home"
    come_in(parent)
    assert parent.top.name == "parent-setup"
    assert parent.ctx.profile.child.name == "Leo"


def test_up_to_six_children_with_a_kind_message_after(parent: Player) -> None:
    for name in ("Ada", "Ben", "Cy", "Dot", "Eli"):
        add(parent, name)
    assert len(children(parent)) == 6
    add(parent, "Fay")
    scene = parent.top
    assert isinstance(scene, ChildrenScene)
    assert len(scene.entries) == 6
    assert "up to 6" in scene.message
