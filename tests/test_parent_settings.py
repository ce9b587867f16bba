"""Every setting a parent changes persists across a restart and reaches the kid screens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest
from tests.school_day import on_a_school_day

from dropoff_buddy.context import GameContext
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.scene import Scene
from dropoff_buddy.ui import theme
from parent_helpers import (
    clear,
    come_in,
    family_says,
    in_the_parent_area,
    leave_to_parent_home,
    open_settings_page,
    tap_field,
)


@pytest.fixture
def parent(data_dir: Path) -> Iterator[Player]:
    """A game whose set-up is done, with a grown-up already in the parent area."""
    yield from in_the_parent_area(data_dir)


def restart(player: Player, data_dir: Path) -> Player:
    """Quit the way a parent does and start the game again on the same data folder."""
    if player.top.name == "parent-home":
        player.tap_button("back")
    player.ctx.scenes.clear()
    return start_game(data_dir, clock=on_a_school_day)


def caption_drawn(player: Player) -> bool:
    """True when the dark caption box shows at the bottom of the screen."""
    player.app.finish_fade()
    player.app.render()
    layout = player.ctx.layout
    x, y = layout.point(layout.center_x, layout.height - 25)  # below the letters, inside the box
    r, g, b, *_ = player.app.screen.get_at((x, y))
    caption = theme.CAPTION_BG
    return abs(r - caption[0]) + abs(g - caption[1]) + abs(b - caption[2]) < 90


def test_sound_volumes_and_music_mute_apply_at_once_and_persist(parent: Player, data_dir: Path) -> None:
    open_settings_page(parent, "sound")
    parent.tap_button("music-down")
    parent.tap_button("music-down")
    parent.tap_button("voice-up")
    page = parent.top
    editor = getattr(page, "editor")  # noqa: B009 - the page's editor draws the bars the parent taps
    bx, by, bw, bh = editor.bar_rect(2)
    parent.tap((bx + bw * 0.8, by + bh / 2))  # tap the effects bar at 80 %
    parent.tap_button("music-mute")
    live = parent.ctx.sound.settings
    assert (live.music_volume, live.voice_volume, live.effects_volume, live.music_muted) == (0.2, 1.0, 0.8, True)
    leave_to_parent_home(parent)
    again = restart(parent, data_dir)
    settings = again.ctx.sound.settings
    assert (settings.music_volume, settings.voice_volume, settings.effects_volume, settings.music_muted) == (
        0.2,
        1.0,
        0.8,
        True,
    )
    again.ctx.scenes.clear()


def test_volume_bar_can_be_dragged(parent: Player) -> None:
    open_settings_page(parent, "sound")
    editor = getattr(parent.top, "editor")  # noqa: B009
    bx, by, bw, bh = editor.bar_rect(0)
    parent.drag((bx + bw * 0.1, by + bh / 2), (bx + bw * 0.6, by + bh / 2))
    assert parent.ctx.sound.settings.music_volume == pytest.approx(0.6)


def test_captions_off_hides_captions_on_kid_screens_after_a_restart(parent: Player, data_dir: Path) -> None:
    parent.tap_button("back")
    parent.ctx.say(parent.ctx.content.lines.home.greeting)
    assert caption_drawn(parent)
    come_in(parent)
    open_settings_page(parent, "voice")
    parent.tap_button("captions")
    leave_to_parent_home(parent)
    again = restart(parent, data_dir)
    assert not again.ctx.profile.settings.captions
    again.ctx.say(again.ctx.content.lines.home.greeting)
    assert again.ctx.narrator.caption
    assert not caption_drawn(again)
    again.ctx.scenes.clear()


def test_reduced_motion_and_narration_persist_and_take_effect(parent: Player, data_dir: Path) -> None:
    open_settings_page(parent, "voice")
    parent.tap_button("reduced_motion")
    parent.tap_button("narration")
    assert parent.ctx.reduced_motion
    assert not parent.ctx.narrator.narration
    leave_to_parent_home(parent)
    again = restart(parent, data_dir)
    assert again.ctx.reduced_motion
    assert not again.ctx.narrator.narration
    assert again.top.name == "home"
    home = again.top
    assert getattr(home, "buddy").reduced_motion  # noqa: B009 - the buddy on home stops bouncing
    again.ctx.scenes.clear()


class _StandInPart(Scene):
    """A morning part as the flow sees it: it opens, and a grown-up test finishes it."""

    def __init__(self, ctx: GameContext, name: str) -> None:
        super().__init__(ctx)
        self.name = name


def test_a_morning_part_switched_off_is_skipped_by_play(parent: Player, data_dir: Path) -> None:
    open_settings_page(parent, "flow")
    parent.tap_button("flow-feelings")
    leave_to_parent_home(parent)
    again = restart(parent, data_dir)
    assert again.ctx.profile.settings.flow_parts == ["my_day", "story", "ritual"]
    # Stand-ins for parts other branches build, so the flow has something to open.
    for name in ("feelings", "story"):
        again.ctx.factories.setdefault(name, lambda ctx, name=name: _StandInPart(ctx, name))
    again.tap_button("play")
    again.run_until(lambda: again.top.name != "flow", timeout=30)  # past the "what's next" bridge
    assert again.top.name == "my-day"  # feelings was switched off
    again.ctx.scenes.clear()


def test_the_last_morning_part_cannot_be_switched_off(parent: Player) -> None:
    open_settings_page(parent, "flow")
    for part in ("feelings", "my_day", "story", "ritual"):
        parent.tap_button(f"flow-{part}")
    assert parent.ctx.profile.settings.flow_parts == ["ritual"]
    assert "at least one" in getattr(parent.top, "editor").message  # noqa: B009


def test_switching_to_british_english_offers_nursery_and_mummy_but_keeps_typed_names(
    parent: Player, data_dir: Path
) -> None:
    profile = parent.ctx.profile
    open_settings_page(parent, "grownups")
    parent.tap_button("add-grownup")
    parent.type_text("Grandpa Joe")
    leave_to_parent_home(parent)
    assert [person.name for person in profile.grownups] == ["Mommy", "Grandpa Joe"]
    open_settings_page(parent, "language")
    parent.tap_button("language-en-GB")
    parent.tap_button("swap-yes")
    assert parent.ctx.profile.place == "nursery"
    assert [person.name for person in parent.ctx.profile.grownups] == ["Mummy", "Grandpa Joe"]
    leave_to_parent_home(parent)
    again = restart(parent, data_dir)
    assert again.ctx.profile.settings.language == "en-GB"
    assert family_says(again, "{grownup} comes back to {place}.") == "Mummy comes back to nursery."
    again.ctx.scenes.clear()


def test_declining_the_word_swap_changes_only_the_language(parent: Player) -> None:
    open_settings_page(parent, "language")
    parent.tap_button("language-en-GB")
    parent.tap_button("swap-no")
    assert parent.ctx.profile.settings.language == "en-GB"
    assert parent.ctx.profile.place == "daycare"
    assert parent.ctx.profile.grownup.name == "Mommy"


def test_names_place_ritual_day_and_pickup_persist_and_reach_the_kid_screens(parent: Player, data_dir: Path) -> None:
    open_settings_page(parent, "child")
    clear(parent, tap_field(parent, "child-name"))
    parent.type_text("Амелия")
    parent.key(pygame.K_ESCAPE)
    open_settings_page(parent, "teacher")
    clear(parent, tap_field(parent, "teacher-name"))
    parent.type_text("José")
    parent.key(pygame.K_ESCAPE)
    open_settings_page(parent, "buddy")
    clear(parent, tap_field(parent, "buddy-name"))
    parent.type_text("Łapka")
    parent.key(pygame.K_ESCAPE)
    open_settings_page(parent, "place")
    parent.tap_button("place-childminder's")
    parent.key(pygame.K_ESCAPE)
    open_settings_page(parent, "ritual")
    parent.tap_button("pick-kiss")  # take kiss out
    parent.tap_button("pick-wave")  # add wave at the end
    parent.key(pygame.K_ESCAPE)
    open_settings_page(parent, "day")
    parent.tap_button("pick-snack")  # take out the card coming back was after
    parent.key(pygame.K_ESCAPE)
    assert parent.ctx.profile.pickup_after in parent.ctx.profile.schedule
    open_settings_page(parent, "pickup")
    parent.tap_button("pickup-outdoor_play")
    leave_to_parent_home(parent)
    again = restart(parent, data_dir)
    profile = again.ctx.profile
    assert (profile.child.name, profile.teacher.name, profile.buddy.name) == ("Амелия", "José", "Łapka")
    assert profile.place == "childminder's"
    assert profile.ritual == ["hug", "high_five", "wave"]
    assert "snack" not in profile.schedule
    assert profile.pickup_after == "outdoor_play"
    greeting = again.ctx.narrator.history[0].text
    assert "Амелия" in greeting and "childminder's" in greeting
    again.ctx.scenes.clear()


def test_a_name_left_empty_on_a_settings_page_keeps_the_old_name(parent: Player) -> None:
    open_settings_page(parent, "child")
    clear(parent, tap_field(parent, "child-name"))
    parent.key(pygame.K_ESCAPE)
    assert parent.ctx.profile.child.name == "Little One"


def test_settings_tiles_show_what_is_set_now(parent: Player) -> None:
    open_settings_page(parent, "place")
    parent.tap_button("place-preschool")
    parent.key(pygame.K_ESCAPE)
    assert "preschool" in parent.button("page-place").label


def test_the_tour_shows_every_parent_screen_built_here(context: GameContext) -> None:
    from dropoff_buddy.parent.editors import SETTINGS_PAGES, SETUP_STEPS
    from dropoff_buddy.registry import collect_tour_providers

    names = {shot.name for provider in collect_tour_providers() for shot in provider(context)}
    assert {
        "parent-setup",
        "parent-setup-done",
        "parent-settings",
        "parent-children",
        "parent-children-delete",
        "parent-settings-language-offer",
    } <= names
    assert {f"parent-setup-{editor.key}" for editor in SETUP_STEPS[1:]} <= names
    assert {f"parent-settings-{editor.key}" for editor in SETTINGS_PAGES} <= names
