"""A grown-up sets the game up for their child in a few taps and a little typing."""

from __future__ import annotations

from pathlib import Path

import pygame
from tests.school_day import on_a_school_day

from dropoff_buddy.parent.pages.setup import ParentSetupScene
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.storage.store import ProfileStore
from parent_helpers import come_in, field, tap_field


def test_set_up_opens_by_itself_on_the_first_visit_and_a_parent_completes_it(player: Player, data_dir: Path) -> None:
    come_in(player)
    setup = player.top
    assert isinstance(setup, ParentSetupScene)
    assert not setup.kid_screen

    # 0. The family's language: American English is chosen (the computer's); keep it.
    assert setup.editor is not None and setup.editor.key == "language"
    player.tap_button("language-en-US")
    player.tap_button("next")
    # 1. The child's name: the field is ready for typing at once.
    player.type_text("Zoë")
    player.enter()
    # 2. Grown-ups: the first keeps "Mommy"; add a second by typing.
    assert setup.editor is not None and setup.editor.key == "grownups"
    player.tap_button("add-grownup")
    player.type_text("Papa")
    player.tap_button("next")
    # 3. How they look: the child and the grown-up who does drop-off (Mommy), drawn live.
    assert setup.editor is not None and setup.editor.key == "looks"
    player.tap_button("child-skin-olive")
    player.tap_button("child-hair_style-braids")
    player.tap_button("grownup-wheelchair-yes")
    player.tap_button("next")
    # 4. Teacher.
    player.type_text("Mr Okafor")
    player.tap_button("next")
    # 5. The place: a tap.
    player.tap_button("place-nursery")
    player.tap_button("next")
    # 6. The buddy's name.
    player.type_text("Bun-Bun")
    player.enter()
    # 7. The photo step: nothing to do in this version but go on.
    assert setup.editor is not None and setup.editor.key == "photo"
    player.tap_button("next")
    # 8. The ritual, in order.
    player.tap_button("start-again")
    player.tap_button("pick-wave")
    player.tap_button("pick-hug")
    player.tap_button("next")
    # 9. The day: keep it. 10. Coming back: right after lunch.
    player.tap_button("next")
    player.tap_button("pickup-lunch")
    player.tap_button("next")
    # 11. The week: Monday to Friday are daycare days; Papa picks up on Fridays.
    assert setup.editor is not None and setup.editor.key == "week"
    player.tap_button("pickup-4")
    player.tap_button("next")
    # 12. A new place: the first day is today.
    assert setup.editor is not None and setup.editor.key == "new_place"
    player.tap_button("new")
    player.tap_button("next")
    assert setup.on_summary
    player.tap_button("done")
    assert player.top.name == "parent-home"

    stored = ProfileStore(data_dir).open(player.ctx.child.profile_id).profile
    assert stored.setup_done
    assert stored.child.name == "Zoë"
    assert [person.name for person in stored.grownups] == ["Mommy", "Papa"]
    assert stored.teacher.name == "Mr Okafor"
    assert stored.place == "nursery"
    assert stored.buddy.name == "Bun-Bun"
    assert (stored.child.look.skin, stored.child.look.hair_style) == ("olive", "braids")
    assert stored.grownup.name == "Mommy" and stored.grownup.look.wheelchair
    assert stored.ritual == ["wave", "hug"]
    assert stored.pickup_after == "lunch"
    assert stored.week.daycare_days == [0, 1, 2, 3, 4] and stored.week.pickups[4] == 1
    assert stored.week.new_place_since == player.ctx.today
    assert player.ctx.line_words(player.ctx.content.lines.my_day.promise) == "Mommy comes back right after lunch."


def test_every_step_can_be_skipped_and_skip_puts_back_what_was_there(player: Player) -> None:
    come_in(player)
    setup = player.top
    assert isinstance(setup, ParentSetupScene)
    before = player.ctx.profile.model_dump()
    player.type_text("Somebody")  # typed, then skipped: not kept
    player.tap_button("skip")
    for _ in range(len(setup.editors) - 1):
        player.tap_button("skip")
    assert setup.on_summary
    player.tap_button("done")
    after = player.ctx.profile.model_dump()
    after.pop("setup_done")
    before.pop("setup_done")
    assert after == before
    assert player.ctx.profile.setup_done


def test_next_with_too_few_cards_says_why_and_stays(player: Player) -> None:
    come_in(player)
    setup = player.top
    assert isinstance(setup, ParentSetupScene)
    day = [editor.key for editor in setup.editors].index("day")
    setup.show(day)
    player.tap_button("start-again")
    player.tap_button("pick-arrive")
    player.tap_button("next")
    assert setup.index == day
    assert "at least 3" in setup.message
    assert player.ctx.profile.schedule[0] == "arrive" and len(player.ctx.profile.schedule) >= 3  # unchanged


def test_finish_later_keeps_what_was_chosen_and_set_up_does_not_reopen_this_session(player: Player) -> None:
    come_in(player)
    player.enter()  # the language: keep it
    player.type_text("Leo")
    player.enter()
    player.key(pygame.K_ESCAPE)  # finish later
    assert player.top.name == "parent-home"
    assert player.ctx.profile.child.name == "Leo"
    assert not player.ctx.profile.setup_done
    player.tap_button("back")
    come_in(player)
    assert player.top.name == "parent-home"
    player.tap_button("parent-setup")
    assert isinstance(player.top, ParentSetupScene)


def test_set_up_does_not_open_by_itself_once_done(data_dir: Path) -> None:
    first = start_game(data_dir, clock=on_a_school_day)
    first.ctx.profile.setup_done = True
    first.ctx.save_profile()
    first.ctx.scenes.clear()
    again = start_game(data_dir, clock=on_a_school_day)
    come_in(again)
    assert again.top.name == "parent-home"
    again.ctx.scenes.clear()


def test_grown_up_word_chips_fill_the_field_being_typed(player: Player) -> None:
    come_in(player)
    setup = player.top
    assert isinstance(setup, ParentSetupScene)
    setup.show([editor.key for editor in setup.editors].index("grownups"))
    tap_field(player, "grownup-0")
    player.tap_button("word-Daddy")
    player.tap_button("add-grownup")
    player.tap_button("word-Nana")
    assert [person.name for person in player.ctx.profile.grownups] == ["Daddy", "Nana"]
    assert field(player, "grownup-1").value == "Nana"
    player.tap_button("remove-grownup-0")
    assert [person.name for person in player.ctx.profile.grownups] == ["Nana"]


def test_set_up_works_with_the_keyboard_alone(player: Player) -> None:
    come_in(player)
    setup = player.top
    assert isinstance(setup, ParentSetupScene)
    player.enter()  # the language: keep it (Next has the focus)
    player.type_text("Kai")
    player.enter()  # name → grown-ups (Enter in a field means Next)
    player.enter()  # keep "Mommy"
    player.enter()  # keep the looks (Next has the focus)
    player.type_text("Ms Lee")
    player.enter()
    # The place: arrows move the visible focus between choices; Space picks one.
    while player.ctx.profile.place != "preschool":
        player.key(pygame.K_TAB)
        focused = setup.buttons.focused
        assert focused is not None
        if focused.name == "place-preschool":
            player.space()
    player.key(pygame.K_TAB, mod=0)
    while setup.buttons.focused is not None and setup.buttons.focused.name != "next":
        player.key(pygame.K_TAB)
    player.enter()
    for _ in range(7):  # buddy, photo, ritual, day, coming back, the week, a new place: keep them
        player.enter()
    assert setup.on_summary
    player.enter()
    assert player.top.name == "parent-home"
    profile = player.ctx.profile
    assert (profile.child.name, profile.teacher.name, profile.place, profile.setup_done) == (
        "Kai",
        "Ms Lee",
        "preschool",
        True,
    )
