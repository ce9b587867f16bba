from __future__ import annotations

import pygame
import pytest

from dropoff_buddy.input import DRAG_THRESHOLD, ActionKind, InputTranslator
from dropoff_buddy.ui.layout import Layout


def translator(size: tuple[int, int] = (1280, 800)) -> InputTranslator:
    return InputTranslator(Layout(*size))


def mouse(kind: int, pos: tuple[int, int], button: int = 1, touch: bool = False) -> pygame.event.Event:
    return pygame.event.Event(kind, pos=pos, button=button, touch=touch)


def finger(kind: int, x: float, y: float, finger_id: int = 0) -> pygame.event.Event:
    return pygame.event.Event(kind, touch_id=1, finger_id=finger_id, x=x, y=y, dx=0.0, dy=0.0, pressure=1.0)


def kinds(actions: list) -> list[ActionKind]:  # type: ignore[type-arg]
    return [action.kind for action in actions]


@pytest.mark.parametrize("button", [1, 2, 3, 6, 7])
def test_every_mouse_button_taps_on_release(button: int) -> None:
    t = translator()
    down = t.translate([mouse(pygame.MOUSEBUTTONDOWN, (100, 100), button)])
    assert kinds(down) == [ActionKind.PRESS]
    up = t.translate([mouse(pygame.MOUSEBUTTONUP, (102, 101), button)])
    assert kinds(up) == [ActionKind.TAP, ActionKind.RELEASE]


def test_the_scroll_wheel_is_not_a_tap() -> None:
    t = translator()
    actions = t.translate([mouse(pygame.MOUSEBUTTONDOWN, (10, 10), 4), mouse(pygame.MOUSEBUTTONUP, (10, 10), 4)])
    assert actions == []


def test_nothing_activates_on_press() -> None:
    t = translator()
    actions = t.translate([mouse(pygame.MOUSEBUTTONDOWN, (300, 300))])
    assert ActionKind.TAP not in kinds(actions)
    assert ActionKind.ACTIVATE not in kinds(actions)


def test_a_touch_counts_once_even_with_the_mouse_events_sdl_makes_from_it() -> None:
    t = translator()
    events = [
        finger(pygame.FINGERDOWN, 0.5, 0.5),
        mouse(pygame.MOUSEBUTTONDOWN, (640, 400), touch=True),
        finger(pygame.FINGERUP, 0.5, 0.5),
        mouse(pygame.MOUSEBUTTONUP, (640, 400), touch=True),
    ]
    actions = t.translate(events)
    assert kinds(actions).count(ActionKind.TAP) == 1
    tap = next(action for action in actions if action.kind is ActionKind.TAP)
    assert tap.pos == pytest.approx((640, 400))


def test_positions_are_in_layout_units_at_any_window_size() -> None:
    t = translator((2560, 1600))
    t.translate([mouse(pygame.MOUSEBUTTONDOWN, (1280, 800))])
    tap = t.translate([mouse(pygame.MOUSEBUTTONUP, (1280, 800))])[0]
    assert tap.pos == pytest.approx((640, 400))


def test_moving_far_turns_a_tap_into_a_drag() -> None:
    t = translator()
    t.translate([mouse(pygame.MOUSEBUTTONDOWN, (100, 100))])
    moved = t.translate(
        [
            pygame.event.Event(
                pygame.MOUSEMOTION,
                pos=(100 + int(DRAG_THRESHOLD) + 20, 100),
                rel=(0, 0),
                buttons=(1, 0, 0),
                touch=False,
            )
        ]
    )
    assert kinds(moved) == [ActionKind.DRAG]
    assert moved[0].delta[0] > DRAG_THRESHOLD
    up = t.translate([mouse(pygame.MOUSEBUTTONUP, (150, 100))])
    assert kinds(up) == [ActionKind.DRAG_END, ActionKind.RELEASE]


def test_a_little_wobble_is_still_a_tap() -> None:
    t = translator()
    t.translate([mouse(pygame.MOUSEBUTTONDOWN, (100, 100))])
    assert (
        t.translate(
            [pygame.event.Event(pygame.MOUSEMOTION, pos=(110, 108), rel=(0, 0), buttons=(1, 0, 0), touch=False)]
        )
        == []
    )
    assert kinds(t.translate([mouse(pygame.MOUSEBUTTONUP, (110, 108))]))[0] is ActionKind.TAP


def test_holding_still_reports_the_time_held() -> None:
    t = translator()
    t.translate([mouse(pygame.MOUSEBUTTONDOWN, (200, 200))])
    holds = [t.tick(0.5) for _ in range(4)]
    assert [round(batch[0].held, 2) for batch in holds] == [0.5, 1.0, 1.5, 2.0]
    assert all(batch[0].kind is ActionKind.HOLD for batch in holds)
    up = t.translate([mouse(pygame.MOUSEBUTTONUP, (200, 200))])
    assert up[-1].held == pytest.approx(2.0)
    assert t.tick(0.5) == []


def test_space_and_enter_activate_on_release_once_despite_key_repeat() -> None:
    t = translator()
    for key in (pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER):
        down = pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=" ", scancode=0)
        up = pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode=" ", scancode=0)
        assert kinds(t.translate([down, down, down])) == [ActionKind.PRESS]
        assert kinds(t.translate([up])) == [ActionKind.ACTIVATE]


def test_tab_and_arrows_move_focus_and_escape_means_back() -> None:
    t = translator()

    def key(k: int, mod: int = 0) -> pygame.event.Event:
        return pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode="", scancode=0)

    assert t.translate([key(pygame.K_TAB)])[0].direction == "next"
    assert t.translate([key(pygame.K_TAB, pygame.KMOD_LSHIFT)])[0].direction == "prev"
    assert t.translate([key(pygame.K_LEFT)])[0].direction == "left"
    assert kinds(t.translate([key(pygame.K_ESCAPE)])) == [ActionKind.BACK]


def test_the_close_button_is_only_a_request() -> None:
    t = translator()
    actions = t.translate([pygame.event.Event(pygame.QUIT), pygame.event.Event(pygame.WINDOWCLOSE)])
    assert set(kinds(actions)) == {ActionKind.QUIT_REQUEST}


def test_dropped_files_and_typed_text_become_actions() -> None:
    t = translator()
    actions = t.translate(
        [pygame.event.Event(pygame.DROPFILE, file="/tmp/photo.png"), pygame.event.Event(pygame.TEXTINPUT, text="Zoë")]
    )
    assert actions[0].kind is ActionKind.DROP_FILE and actions[0].path == "/tmp/photo.png"
    assert actions[1].kind is ActionKind.TEXT and actions[1].text == "Zoë"


def test_losing_window_focus_forgets_a_held_pointer() -> None:
    t = translator()
    t.translate([mouse(pygame.MOUSEBUTTONDOWN, (200, 200))])
    t.translate([pygame.event.Event(pygame.WINDOWFOCUSLOST)])
    assert not t.busy
    assert t.translate([mouse(pygame.MOUSEBUTTONUP, (200, 200))]) == []
