"""Typing names in the parent area: editing, paste, names in any script, emoji and the length limit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest
from tests.school_day import on_a_school_day

from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.storage.models import NAME_MAX_LENGTH
from dropoff_buddy.ui.text_field import EMOJI_MESSAGE, LENGTH_MESSAGE, TextField
from dropoff_buddy.ui.theme import Fonts
from parent_helpers import clear, come_in, open_settings_page, tap_field


@pytest.fixture
def name_field(data_dir: Path) -> Iterator[tuple[Player, TextField]]:
    """The child's-name page of the settings, with its field emptied and ready for typing."""
    game = start_game(data_dir, clock=on_a_school_day)
    game.ctx.profile.setup_done = True
    come_in(game)
    open_settings_page(game, "child")
    text_field = tap_field(game, "child-name")
    clear(game, text_field)
    yield game, text_field
    game.ctx.scenes.clear()


def test_typing_moving_the_caret_and_deleting(name_field: tuple[Player, TextField]) -> None:
    player, text_field = name_field
    player.type_text("Jose")
    player.key(pygame.K_LEFT)
    player.key(pygame.K_BACKSPACE)  # the s
    player.type_text("s")
    player.key(pygame.K_RIGHT)
    player.key(pygame.K_BACKSPACE)  # the e
    player.type_text("é")
    assert text_field.text == "José"
    player.key(pygame.K_HOME)
    player.key(pygame.K_DELETE)
    player.type_text("J")
    player.key(pygame.K_END)
    player.type_text(" Ángel")
    assert text_field.text == "José Ángel"
    assert text_field.caret == len("José Ángel")
    assert player.ctx.profile.child.name == "José Ángel"


def test_space_types_a_space_and_does_not_press_a_button(name_field: tuple[Player, TextField]) -> None:
    player, text_field = name_field
    player.type_text("Mary")
    player.space()
    player.type_text("Jo")
    assert text_field.text == "Mary Jo"
    assert player.top.name == "parent-settings-child"


def test_a_tap_puts_the_caret_where_it_lands(name_field: tuple[Player, TextField]) -> None:
    player, text_field = name_field
    player.type_text("Abcdef")
    x, y, _w, h = text_field.rect
    player.tap((x + 18, y + h / 2))  # at the very start of the text
    assert text_field.caret == 0


def test_paste_from_the_clipboard_tidies_spaces_and_lines(name_field: tuple[Player, TextField]) -> None:
    player, text_field = name_field
    pygame.scrap.put_text("  Łucja\n  Maria ")
    player.key(pygame.K_v, mod=pygame.KMOD_LCTRL)
    assert text_field.text == "Łucja Maria"


def test_pasting_nothing_says_so_kindly(name_field: tuple[Player, TextField]) -> None:
    player, text_field = name_field
    text_field.clipboard = lambda: ""
    player.key(pygame.K_v, mod=pygame.KMOD_LCTRL)
    assert text_field.text == ""
    assert "nothing" in text_field.message.lower() or "no text" in text_field.message.lower()


@pytest.mark.parametrize("name", ["Zoë", "Łucja", "José", "Амелия", "Ngọc Ánh"])
def test_latin_and_cyrillic_names_are_kept_and_drawn_with_real_letters(
    name_field: tuple[Player, TextField], name: str
) -> None:
    player, text_field = name_field
    player.type_text(name)
    assert text_field.text == name
    assert text_field.message == ""
    assert player.ctx.fonts.missing_characters(name) == []


def test_letters_no_font_here_can_draw_are_refused_with_a_kind_message(
    name_field: tuple[Player, TextField],
) -> None:
    player, text_field = name_field
    player.ctx.fonts = Fonts(fallback_families=())  # a computer with no font for Chinese or Japanese
    player.type_text("陽翔")
    assert text_field.text == ""
    assert "no font" in text_field.message
    player.screenshot(Path(pytest.importorskip("tempfile").gettempdir()) / "issue7a-no-font.png")


def test_letters_the_game_font_lacks_use_a_system_font_that_has_them(name_field: tuple[Player, TextField]) -> None:
    player, text_field = name_field
    fonts = Fonts()
    if fonts.missing_characters("Անի"):
        pytest.skip("no system font with Armenian letters on this computer")
    player.ctx.fonts = fonts
    player.type_text("Անի")
    assert text_field.text == "Անի"
    assert fonts.for_text(30, "Անի") is not fonts.get(30)  # drawn with the system font, not boxes
    player.screenshot(Path(pytest.importorskip("tempfile").gettempdir()) / "issue7a-armenian.png")


def test_cjk_names_are_kept_when_a_font_has_them_and_refused_kindly_when_none_does(
    name_field: tuple[Player, TextField],
) -> None:
    player, text_field = name_field
    player.type_text("陽翔")
    if player.ctx.fonts.missing_characters("陽翔"):
        assert text_field.text == "" and "no font" in text_field.message
    else:
        assert text_field.text == "陽翔"


def test_emoji_are_refused_with_a_message_and_the_letters_kept(name_field: tuple[Player, TextField]) -> None:
    player, text_field = name_field
    player.type_text("Mia😀")
    player.frames(1, [pygame.event.Event(pygame.TEXTINPUT, text="👨‍👩‍👧")])
    assert text_field.text == "Mia"
    assert text_field.message == player.ctx.t(EMOJI_MESSAGE) == "Emoji can't go in names. Letters only, please."


def test_names_stop_at_the_length_limit_with_a_visible_message(name_field: tuple[Player, TextField]) -> None:
    player, text_field = name_field
    player.type_text("Maximiliana Alexandrina Josephine")
    assert len(text_field.text) == NAME_MAX_LENGTH
    assert text_field.message == player.ctx.t(LENGTH_MESSAGE, count=NAME_MAX_LENGTH)
    assert player.ctx.profile.child.name == "Maximiliana Alexandrina"  # saved without the trailing space
    player.wait(7)
    assert text_field.message == ""


def test_input_method_composition_shows_until_the_text_is_typed(name_field: tuple[Player, TextField]) -> None:
    player, text_field = name_field
    player.frames(1, [pygame.event.Event(pygame.TEXTEDITING, text="ha", start=2, length=0)])
    assert text_field.composing == "ha"
    assert text_field.text == ""
    player.frames(1, [pygame.event.Event(pygame.TEXTINPUT, text="Ha")])
    assert text_field.composing == ""
    assert text_field.text == "Ha"


def test_the_caret_blinks_slowly_and_stays_still_under_reduced_motion(name_field: tuple[Player, TextField]) -> None:
    player, text_field = name_field
    changes = 0
    shown = text_field.caret_visible
    for _ in range(90):  # 3 seconds
        player.frames(1, dt=1 / 30)
        if text_field.caret_visible != shown:
            changes += 1
            shown = text_field.caret_visible
    assert 2 <= changes <= 3 * 2  # visible at least once again, and never more than 3 flashes a second
    player.ctx.profile.settings.reduced_motion = True
    player.wait(2)
    assert text_field.caret_visible


def test_enter_in_a_field_finishes_it_and_escape_leaves_the_page(name_field: tuple[Player, TextField]) -> None:
    player, text_field = name_field
    player.type_text("Noor")
    player.enter()
    assert not text_field.active
    assert player.top.name == "parent-settings-child"
    player.key(pygame.K_ESCAPE)
    assert player.top.name == "parent-settings"
    assert player.ctx.profile.child.name == "Noor"


def test_copy_puts_the_name_on_the_clipboard(name_field: tuple[Player, TextField]) -> None:
    player, _text_field = name_field
    player.type_text("Zoë")
    player.key(pygame.K_c, mod=pygame.KMOD_LCTRL)
    assert pygame.scrap.get_text() == "Zoë"
