"""Every window shape: home, every story page and the goodbye game at five sizes, portrait included.

At each size nobody (person, buddy, teacher) and no door is cut off, no button sits on a face, kid
targets are at least 96 layout units, and every label fits its button without breaking a word.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest
from tests.school_day import on_a_school_day

from dropoff_buddy.parts.home import HomeScene
from dropoff_buddy.parts.ritual import RitualScene
from dropoff_buddy.parts.shelf import ShelfScene
from dropoff_buddy.parts.story import StoryScene
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.story.plan import every_page
from dropoff_buddy.tour import render_tour
from dropoff_buddy.ui.layout import FigureBox
from dropoff_buddy.ui.widgets import Button, render_text

SIZES = [(1024, 600), (1280, 800), (1920, 1080), (2560, 1600), (800, 1280)]
MIN_TARGET = 96


@pytest.fixture(params=SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def sized(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Player]:
    game = start_game(tmp_path / "data", request.param, clock=on_a_school_day)
    game.ctx.narrator.narration = False
    yield game
    game.ctx.scenes.clear()
    pygame.quit()


def screen_rect(player: Player) -> pygame.Rect:
    return pygame.Rect(0, 0, player.ctx.layout.pixel_width, player.ctx.layout.pixel_height)


def button_problems(player: Player, buttons: list[Button]) -> list[str]:
    """Targets too small or off the screen, and labels that leave their box or break inside a word."""
    layout = player.ctx.layout
    fonts = player.ctx.fonts
    screen = screen_rect(player)
    problems = []
    for button in buttons:
        _, _, w, h = button.rect
        if min(w, h) < MIN_TARGET:
            problems.append(f"{button.name}: {w:.0f}x{h:.0f} units is smaller than {MIN_TARGET}")
        if not screen.contains(layout.rect(button.rect)):
            problems.append(f"{button.name}: off the screen at {button.rect}")
        if not button.label:
            continue
        font = fonts.for_text(layout.px(button.label_size), button.label)
        room = layout.px(w - 16)
        for word in button.label.split():
            if font.size(word)[0] > room:
                problems.append(f"{button.name}: the word {word!r} does not fit in {w:.0f} units")
        text = render_text(fonts, layout, button.label, button.label_size, (0, 0, 0), wrap_width=w - 16)
        # Under a picture a label gets the lower part of the button; beside one, its whole height.
        share = (h - 16) / h if button.side_by_side else 0.45
        if text.get_height() > layout.px(h * share):
            problems.append(f"{button.name}: the label {button.label!r} takes {text.get_height()} px of {h:.0f}")
    return problems


def figure_problems(player: Player, figures: list[FigureBox], buttons: list[Button], where: str) -> list[str]:
    layout = player.ctx.layout
    screen = screen_rect(player)
    problems = []
    for figure in figures:
        if not screen.contains(figure.rect):
            problems.append(f"{where}: {figure.name} is cut off ({figure.rect} on {screen.size})")
        if figure.face.width == 0:
            continue
        for button in buttons:
            if layout.rect(button.rect).colliderect(figure.face):
                problems.append(f"{where}: button {button.name} sits on {figure.name}'s face")
    return problems


def test_home_fits_every_window(sized: Player) -> None:
    home = sized.top
    assert isinstance(home, HomeScene)
    buttons = sized.buttons()
    assert {"play", "ritual", "shelf"} <= {button.name for button in buttons}
    assert button_problems(sized, buttons) == []
    layout = sized.ctx.layout
    cx, cy = home.buddy_center
    size = home.buddy_size
    face = layout.rect((cx - size * 0.3, cy - size * 0.45, size * 0.6, size * 0.45))
    buddy = FigureBox("buddy", layout.rect((cx - size * 0.45, cy - size * 0.45, size * 0.9, size * 0.9)), face)
    assert figure_problems(sized, [buddy], buttons, "home") == []
    if layout.height > layout.width:  # portrait: the doors are big, not a squeezed row
        assert min(button.rect[2] for button in buttons if button.name == "ritual") >= 200


def test_every_page_of_every_story_fits_every_window(sized: Player) -> None:
    ctx = sized.ctx
    problems: list[str] = []
    for story_id, story in ctx.content.stories.items():
        scene = StoryScene(ctx, story_id=story_id)
        ctx.scenes.push(scene)
        sized.frames(2)
        for page in every_page(story, ctx.profile, ctx.content.cards):
            scene.history = ["before"]  # the back arrow shows, as on every page but the first
            scene.show_page(page)
            sized.frames(1)
            buttons = list(scene.buttons.buttons)
            where = f"{story_id}: {page.id}"
            problems += [f"{where}: {problem}" for problem in button_problems(sized, buttons)]
            problems += figure_problems(sized, scene.figure_boxes(), buttons, where)
        ctx.scenes.pop_to_root()
    assert problems == []


def test_the_shelf_fits_every_window(sized: Player) -> None:
    sized.tap_button("shelf")
    shelf = sized.top
    assert isinstance(shelf, ShelfScene)
    buttons = sized.buttons()
    assert {f"cover-{story}" for story in shelf.stories} <= {button.name for button in buttons}
    assert button_problems(sized, buttons) == []


def ritual_moments(player: Player) -> Iterator[tuple[str, RitualScene]]:
    """The goodbye game at each moment that stages people differently, in each mode."""
    ctx = player.ctx
    for mode in ("practice", "buddy_turn"):
        for step in ("hug", "kiss", "high_five", "kissing_hand", "secret_handshake"):
            scene = RitualScene(ctx, mode, [step])
            ctx.scenes.push(scene)
            player.frames(1)
            yield f"{mode} {step}", scene
            ctx.scenes.pop()
        phases = ("goodbye", "walk", "teacher", "run", "praise") if mode == "practice" else ()
        phases += ("goodbye", "walk", "welcome", "later", "back", "reunion", "praise") if mode == "buddy_turn" else ()
        for phase in phases:
            scene = RitualScene(ctx, mode, ["hug"])
            ctx.scenes.push(scene)
            player.frames(1)
            scene.done_steps, scene.index = ["hug"], 1
            scene._go_to(phase)
            player.frames(1)
            yield f"{mode} {phase}", scene
            ctx.scenes.pop()


def test_the_goodbye_game_fits_every_window(sized: Player) -> None:
    problems: list[str] = []
    for where, scene in ritual_moments(sized):
        buttons = list(scene.buttons.buttons)
        problems += [f"{where}: {problem}" for problem in button_problems(sized, buttons)]
        problems += figure_problems(sized, scene.stage.figure_boxes(), buttons, where)
        if scene.phase == "prompt":  # the step's picture never covers a face either
            bubble = sized.ctx.layout.rect(scene.overlay.bubble_rect())
            for figure in scene.stage.figure_boxes():
                if figure.face.width and bubble.colliderect(figure.face):
                    problems.append(f"{where}: the step's picture covers {figure.name}'s face")
    assert problems == []


def test_the_goodbye_games_chooser_fits_every_window(sized: Player) -> None:
    sized.tap_button("ritual")
    scene = sized.top
    assert isinstance(scene, RitualScene) and scene.phase == "choose"
    assert button_problems(sized, sized.buttons()) == []
    cards = [button for button in sized.buttons() if button.name.startswith("mode-")]
    assert len(cards) == 3 and min(min(button.rect[2:]) for button in cards) >= 250


def test_the_tour_renders_home_the_story_and_the_goodbye_game_in_portrait(tmp_path: Path) -> None:
    written = render_tour(tmp_path / "tour", tmp_path / "data", (800, 1280), only="ritual-buddy")
    written += render_tour(tmp_path / "tour", tmp_path / "data", (800, 1280), only="home")
    assert {path.stem for path in written} >= {"home", "ritual-buddy-turn", "ritual-buddy-turn-back"}
    for path in written:
        assert pygame.image.load(str(path)).get_size() == (800, 1280)
