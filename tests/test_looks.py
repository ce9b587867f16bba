"""Families as they are: the word a child uses gives a grown-up a fitting look, a parent changes any
look on the "People & looks" page (beard, glasses, headscarf, older, wheelchair), chooses who does
drop-off and who picks up, and old profiles come through with their grown-ups drawn right."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from dropoff_buddy.looks import look_after_rename, role_of
from dropoff_buddy.parent.pages.people import ParentPeopleScene
from dropoff_buddy.playtest import Player
from dropoff_buddy.storage.models import PROFILE_SCHEMA_VERSION, AvatarLook, Profile
from dropoff_buddy.storage.store import ProfileStore
from old_saves import old_profile_folder
from parent_helpers import clear, family_says, in_the_parent_area, leave_to_parent_home, open_settings_page, tap_field


@pytest.fixture
def parent(data_dir: Path) -> Iterator[Player]:
    """A game whose set-up is done, with a grown-up already in the parent area."""
    yield from in_the_parent_area(data_dir)


def preview(player: Player) -> bytes:
    """The People page's preview panel, as drawn on the screen now."""
    player.app.finish_fade()
    player.app.render()
    surface = player.app.screen
    layout = player.ctx.layout
    return pygame.image.tobytes(surface.subsurface(layout.rect((40, 140, 400, 500))), "RGB")


def test_the_word_a_child_uses_says_the_role() -> None:
    assert role_of("Daddy") == "father"
    assert role_of("Grandma Jo") == "grandmother"
    assert role_of("Grandad") == "grandfather"
    assert role_of("Mummy") == "mother"
    assert role_of("Sam") == "other"
    mommy = Profile().grownup.look
    grandpa = look_after_rename("Mommy", "Grandpa", mommy)
    assert (grandpa.older, grandpa.hair_colour, grandpa.beard != "none", grandpa.skin) == (True, "grey", True, "peach")
    nana = look_after_rename("Mommy", "Nana", mommy)
    assert (nana.older, nana.hair_colour, nana.beard) == (True, "grey", "none")
    assert look_after_rename("Mommy", "Sam", mommy) == mommy  # no role: nothing to change


def test_typing_daddy_changes_the_drawing_not_only_the_name(parent: Player) -> None:
    before = parent.ctx.rig.still("adult", parent.ctx.profile.grownup.look, height=300).surface
    open_settings_page(parent, "grownups")
    clear(parent, tap_field(parent, "grownup-0"))
    parent.type_text("Daddy")
    leave_to_parent_home(parent)
    daddy = parent.ctx.profile.grownup
    assert daddy.name == "Daddy"
    assert daddy.look.hair_style == "short" and daddy.look.beard == "short"
    after = parent.ctx.rig.still("adult", daddy.look, height=300).surface
    assert pygame.image.tobytes(before, "RGBA") != pygame.image.tobytes(after, "RGBA")
    # A second grown-up added by tapping the Grandpa word comes out older, grey and bearded.
    open_settings_page(parent, "grownups")
    parent.tap_button("add-grownup")
    parent.tap_button("word-Grandpa")
    leave_to_parent_home(parent)
    grandpa = parent.ctx.profile.grownups[1].look
    assert grandpa.older and grandpa.hair_colour == "grey" and grandpa.glasses != "none"


def test_a_look_the_parent_chose_is_kept_when_the_name_changes(parent: Player) -> None:
    parent.tap_button("parent-people")
    parent.tap_button("person-grownup-0")
    parent.tap_button("hair_style-braids")
    parent.tap_button("clothes-red")
    leave_to_parent_home(parent)
    open_settings_page(parent, "grownups")
    clear(parent, tap_field(parent, "grownup-0"))
    parent.type_text("Papa")
    leave_to_parent_home(parent)
    look = parent.ctx.profile.grownup.look
    assert (look.hair_style, look.clothes, look.beard) == ("braids", "red", "none")


def test_a_parent_gives_the_grown_up_a_beard_glasses_a_headscarf_an_older_look_and_a_wheelchair(
    parent: Player, data_dir: Path
) -> None:
    parent.tap_button("parent-people")
    page = parent.top
    assert isinstance(page, ParentPeopleScene)
    parent.tap_button("person-grownup-0")
    plain = preview(parent)
    for choice in ("beard-full", "glasses-round", "headwear-purple", "older-yes"):
        parent.tap_button(choice)
    with_looks = preview(parent)
    assert with_looks != plain  # the live preview shows each choice
    parent.tap_button("wheelchair-yes")
    assert preview(parent) != with_looks
    look = parent.ctx.profile.grownup.look
    assert (look.beard, look.glasses, look.headwear, look.headwear_colour, look.older, look.wheelchair) == (
        "full",
        "round",
        "headscarf",
        "purple",
        True,
        True,
    )
    parent.tap_button("headwear-none")
    assert parent.ctx.profile.grownup.look.headwear == "none"
    # Chosen rings follow the look: the "Wheelchair" choice is the chosen one now.
    chosen = [button.name for button in parent.buttons() if button.chosen]
    assert "wheelchair-yes" in chosen and "beard-full" in chosen and "wheelchair-no" not in chosen
    parent.tap_button("back")
    stored = ProfileStore(data_dir).open(parent.ctx.child.profile_id).profile
    assert stored.grownup.look.wheelchair and stored.grownup.look.beard == "full"


def test_the_child_has_glasses_a_headscarf_and_a_wheelchair_but_no_beard(parent: Player) -> None:
    parent.tap_button("parent-people")
    names = [button.name for button in parent.buttons()]
    assert not any(name.startswith("beard-") or name.startswith("older-") for name in names)
    parent.tap_button("glasses-square")
    parent.tap_button("wheelchair-yes")
    look = parent.ctx.profile.child.look
    assert look.glasses == "square" and look.wheelchair


def test_a_parent_says_who_does_drop_off_and_who_picks_up(parent: Player) -> None:
    open_settings_page(parent, "grownups")
    parent.tap_button("add-grownup")
    parent.type_text("Daddy")
    leave_to_parent_home(parent)
    parent.tap_button("parent-people")
    parent.tap_button("person-grownup-1")
    parent.tap_button("job-pickup")
    profile = parent.ctx.profile
    assert (profile.grownup.name, profile.pickup_grownup.name) == ("Mommy", "Daddy")
    parent.tap_button("job-dropoff")  # Daddy does both now
    assert (profile.grownup.name, profile.pickup_grownup.name) == ("Daddy", "Daddy")
    assert family_says(parent, "{grownup} says goodbye.") == "Daddy says goodbye."
    parent.tap_button("person-grownup-0")
    parent.tap_button("job-pickup")  # Mommy picks up
    assert (profile.grownup.name, profile.pickup_grownup.name) == ("Daddy", "Mommy")
    leave_to_parent_home(parent)
    # Removing Mommy: Daddy still does drop-off, and picks up again.
    open_settings_page(parent, "grownups")
    parent.tap_button("remove-grownup-0")
    leave_to_parent_home(parent)
    assert [person.name for person in profile.grownups] == ["Daddy"]
    assert (profile.dropoff, profile.pickup, profile.grownup.name) == (0, None, "Daddy")


def test_a_version_1_profile_loads_and_its_grown_ups_are_drawn_as_who_they_are(data_dir: Path) -> None:
    folder = old_profile_folder(data_dir, "maya", "profile_v1.json")
    store = ProfileStore(data_dir)
    profile = store.open("maya").profile
    assert store.take_notices() == []
    daddy, mama, grandpa, nana = profile.grownups
    # Daddy still had the look every grown-up got in version 1: now he looks like a dad.
    assert (daddy.look.hair_style, daddy.look.beard, daddy.look.skin) == ("short", "short", "peach")
    # Mama's and Nana's looks were chosen by a parent: kept exactly.
    assert mama.look == AvatarLook(skin="umber", hair_style="braids", hair_colour="black", clothes="red")
    assert nana.look == AvatarLook(skin="bronze", hair_style="curly", hair_colour="grey", clothes="green")
    # Grandpa Joe had the look handed to a second grown-up: now older, grey, bearded.
    assert grandpa.look.older and grandpa.look.hair_colour == "grey" and grandpa.look.beard == "full"
    assert (profile.dropoff, profile.pickup, profile.grownup.name) == (0, None, "Daddy")
    assert profile.child.name == "Maya" and profile.buddy.animal == "bunny"
    # Saved again, it says it is the current version.
    child = store.open("maya")
    assert store.save_profile(child)
    assert json.loads((folder / "profile.json").read_text())["schema_version"] == PROFILE_SCHEMA_VERSION == 5
