"""The real main loop: scripted sessions, redraw-on-change, resizing, the first journey."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest
from tests.school_day import on_a_school_day

from dropoff_buddy.app import App, build_context
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.ui.layout import Layout


def test_the_real_loop_runs_a_scripted_session_and_exits_cleanly(data_dir: Path) -> None:
    pygame.init()
    screen = pygame.display.set_mode((1280, 800))
    ctx = build_context(data_dir, None, (1280, 800), seed=3, clock=on_a_school_day)
    home = ctx.make_scene("home")
    assert home is not None
    ctx.scenes.push(home)
    app = App(ctx, screen)
    play_center = ctx.layout.point(*next(b for b in home.buttons.buttons if b.name == "play").center)  # type: ignore[attr-defined]

    def script(frame: int) -> None:
        if frame == 10:
            pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=play_center, button=1, touch=False))
        if frame == 12:
            pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=play_center, button=1, touch=False))
        if frame == 30:
            pygame.event.post(pygame.event.Event(pygame.QUIT))  # ignored on a kid screen

    status = app.run(max_frames=120, fixed_dt=1 / 60, before_frame=script)
    assert status == 0
    assert app.frames_run == 120
    assert app.frames_drawn > 0
    assert len(ctx.scenes) == 0  # the stack was wound down
    pygame.quit()


# Buttons a child taps to move on through the morning's parts, most wanted first.
MOVE_ON_BUTTONS = ("face-happy", "go-on", "all-done", "done", "go", "home")


def test_launch_home_play_first_scene_and_back_home(player: Player) -> None:
    assert player.top.name == "home"
    player.tap_button("play")
    assert player.top.name != "home"
    # A child who taps the big "go on" picture when there is one, and presses Space otherwise
    # (the story and the ritual wait for the child to go on).
    for _ in range(400):
        if player.top.name == "home":
            break
        names = {button.name for button in player.buttons()}
        wanted = next((name for name in MOVE_ON_BUTTONS if name in names), None)
        if wanted is None:
            player.space()
            player.wait(1.0)
        else:
            player.tap_button(wanted)
            player.wait(0.5)
    assert player.top.name == "home", f"stuck on {player.top.name}"


def test_the_first_scene_can_be_left_at_any_time_with_one_tap(player: Player) -> None:
    player.tap_button("breathe")
    assert player.top.name == "breathe"
    player.tap_button("done")
    assert player.top.name == "home"


def test_nothing_is_redrawn_while_nothing_moves(data_dir: Path) -> None:
    game = start_game(data_dir, clock=on_a_school_day)
    game.ctx.profile.settings.reduced_motion = True
    game.tap_button("breathe")
    game.tap_button("done")
    game.ctx.narrator.stop()
    game.wait(1.0)  # let the cross-fade and blink finish
    home = game.top
    home.buddy.reduced_motion = True  # type: ignore[attr-defined]
    game.wait(1.0)
    before = game.redraws
    game.wait(2.0, dt=0.1)
    # A blink may redraw a couple of frames; a moving screen would redraw all 20.
    assert game.redraws - before <= 4
    pygame.quit()


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800), (1366, 768), (1920, 1080), (2560, 1600), (800, 1280)])
def test_every_home_button_is_on_screen_and_big_enough_at(data_dir: Path, size: tuple[int, int]) -> None:
    game = start_game(data_dir, size, clock=on_a_school_day)
    layout: Layout = game.ctx.layout
    for button in game.buttons():
        rect = layout.rect(button.rect)
        assert game.app.screen.get_rect().contains(rect), f"{button.name} is cut off at {size}"
        assert min(button.rect[2], button.rect[3]) >= 96, f"{button.name} is too small"
    pygame.quit()


def test_resizing_the_window_relays_out_the_screen(player: Player) -> None:
    pygame.display.set_mode((1920, 1080), pygame.RESIZABLE)
    player.frames(1, [pygame.event.Event(pygame.WINDOWSIZECHANGED, x=1920, y=1080)])
    assert player.ctx.layout.pixel_width == 1920
    play = player.button("play")
    assert player.ctx.layout.rect(play.rect).right < 1920
    player.tap_button("play")
    assert player.top.name != "home"


def test_a_tap_shows_and_sounds_something_in_the_same_frame(player: Player) -> None:
    play = player.button("play")
    pixel = player.ctx.layout.point(*play.center)
    before = player.redraws
    player.frames(1, [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pixel, button=1, touch=False)])
    assert player.redraws == before + 1
    assert player.top.buttons.pressed is play  # type: ignore[attr-defined]


def test_keyboard_alone_reaches_play(player: Player) -> None:
    player.space()
    assert player.top.name != "home"


def test_a_touch_tap_opens_a_part_once(player: Player) -> None:
    player.touch(player.button("breathe").center)
    assert player.top.name == "breathe"
    assert len(player.ctx.scenes) == 2
