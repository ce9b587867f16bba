"""The story shelf, as a child and a parent use it: covers, titles, opening a story, hiding one,
switching a line off, and printing any story on the shelf."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest
from tests.kid_drive import read_story
from tests.parent_area_helpers import use_temporary_home
from tests.parent_helpers import come_in
from tests.school_day import on_a_school_day
from tests.shelf_stories import content_with_every_story

from dropoff_buddy.commands.lines import line_rows
from dropoff_buddy.content.registry import Content
from dropoff_buddy.family_lines import story_lines
from dropoff_buddy.parent.pages.print import ParentPrintScene
from dropoff_buddy.parent.pages.stories import ParentStoriesScene
from dropoff_buddy.parent.pages.story_preview import LAST_LINE, ONLY_LINE, StoryPreviewScene
from dropoff_buddy.parts.shelf import ShelfScene
from dropoff_buddy.parts.story import StoryScene
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.printing import opener
from dropoff_buddy.printing.storybook import paper_text, reading_order
from dropoff_buddy.storage.models import Person
from dropoff_buddy.story.shelf import DAYCARE_DAY, HOME_DAY, SHELF_ORDER, on_shelf

SIZES = [(1024, 600), (1280, 800), (800, 1280)]


@pytest.fixture(scope="module")
def every_story() -> Content:
    return content_with_every_story()


@pytest.fixture
def game(tmp_path: Path, every_story: Content) -> Iterator[Player]:
    player = start_game(tmp_path / "data", content=every_story, clock=on_a_school_day)
    player.ctx.profile.setup_done = True
    player.ctx.profile.grownups.append(Person(name="Grandpa"))  # someone else can pick up: every story fits
    yield player
    player.ctx.scenes.clear()
    pygame.quit()


def said(player: Player) -> list[str]:
    return [line.text for line in player.ctx.narrator.history]


def keys_said(player: Player) -> list[str]:
    return [line.key for line in player.ctx.narrator.history]


def open_shelf(player: Player) -> ShelfScene:
    player.ctx.scenes.pop_to_root()
    player.frames(2)
    player.tap_button("shelf")  # the Story door on home
    shelf = player.top
    assert isinstance(shelf, ShelfScene)
    return shelf


# -- the child ------------------------------------------------------------------------------------


def test_a_child_taps_a_cover_hears_its_title_and_a_second_tap_opens_it(game: Player) -> None:
    shelf = open_shelf(game)
    assert shelf.stories == [story for story in SHELF_ORDER if story in game.ctx.content.stories]
    assert keys_said(game)[-1] == "lines:shelf.intro"
    game.run_until(lambda: len(shelf.covers) == len(shelf.stories), timeout=5)  # every cover drawn
    game.tap_button(f"cover-{HOME_DAY}")
    assert game.top is shelf and shelf.chosen == HOME_DAY  # not opened yet: first, its name
    assert said(game)[-1] == "A Home Day"
    assert game.ctx.narrator.history[-1].key == f"{HOME_DAY}:title"
    game.tap_button(f"cover-{DAYCARE_DAY}")  # another cover: its name, still nothing opens
    assert said(game)[-1] == "A Daycare Day" and game.top is shelf
    game.tap_button(f"cover-{DAYCARE_DAY}")  # the same one again: it opens
    story = game.top
    assert isinstance(story, StoryScene) and story.story_id == DAYCARE_DAY
    read_story(game, "book")
    assert game.top is shelf  # the end of the story: back at the shelf
    assert shelf.chosen is None


def test_the_keyboard_opens_a_story_with_two_presses(game: Player) -> None:
    shelf = open_shelf(game)
    game.key(pygame.K_TAB)  # from "Home" to the first cover
    game.enter()
    assert game.top is shelf and shelf.chosen == shelf.stories[0]
    game.enter()
    assert isinstance(game.top, StoryScene) and game.top.story_id == shelf.stories[0]


def test_a_quiet_child_hears_how_the_shelf_works(game: Player) -> None:
    open_shelf(game)
    game.wait(60, dt=0.25)
    assert keys_said(game).count("lines:shelf.hint") == 2  # twice, then it lets the child be


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_covers_are_big_apart_inside_and_away_from_the_bottom_corners(
    tmp_path: Path, every_story: Content, size: tuple[int, int]
) -> None:
    player = start_game(tmp_path / "data", size, content=every_story, clock=on_a_school_day)
    try:
        shelf = open_shelf(player)
        layout = player.ctx.layout
        buttons = player.buttons()
        assert {button.name for button in buttons} >= {f"cover-{story}" for story in shelf.stories}
        for button in buttons:
            x, y, w, h = button.rect
            assert min(w, h) >= 96, (button.name, button.rect)
            assert x >= 0 and y >= 0 and x + w <= layout.width and y + h <= layout.height, button.name
            assert y + h < layout.height - 100 or 150 < x < layout.width - 150 - w, (button.name, "corner")
            for other in buttons:
                ox, oy, ow, oh = other.rect
                assert other is button or x + w <= ox or ox + ow <= x or y + h <= oy or oy + oh <= y
            lock = player.app.parent_button.rect
            assert x + w <= lock[0] or y >= lock[1] + lock[3], f"{button.name} under the parent lock"
        player.run_until(lambda: len(shelf.covers) == len(shelf.stories), timeout=5)
        for story in shelf.stories:  # each cover is a picture, drawn at its size
            assert shelf.covers[story].get_size() == layout.rect(shelf.picture_rect(story)).size
    finally:
        player.ctx.scenes.clear()
        pygame.quit()


# -- the parent -----------------------------------------------------------------------------------


def open_stories_page(player: Player) -> ParentStoriesScene:
    player.ctx.scenes.pop_to_root()
    come_in(player)
    player.tap_button("parent-stories")
    page = player.top
    assert isinstance(page, ParentStoriesScene)
    return page


def test_a_hidden_story_is_not_on_the_shelf_nor_told_by_play_and_one_always_stays(game: Player) -> None:
    page = open_stories_page(game)
    game.tap_button(f"shelf-{HOME_DAY}")
    assert game.ctx.profile.shelf.hidden == [HOME_DAY]
    saved = json.loads((game.ctx.profile_folder / "profile.json").read_text(encoding="utf-8"))
    assert saved["shelf"]["hidden"] == [HOME_DAY]
    others = [story for story in page.story_ids if story != HOME_DAY]
    for story in others[:-1]:
        game.tap_button(f"shelf-{story}")
    game.tap_button(f"shelf-{others[-1]}")  # the last one on the shelf: it stays
    assert others[-1] not in game.ctx.profile.shelf.hidden
    assert "Keep at least one story on the shelf" in page.message
    shelf = open_shelf(game)
    assert shelf.stories == [others[-1]]
    # On a Saturday Play would tell "A Home Day": it is hidden, so Play tells no story at all.
    from tests.school_day import SATURDAY, fixed

    game.ctx.clock = fixed(SATURDAY)
    scene = StoryScene(game.ctx)
    assert scene.story is None and scene.story_id is None


def test_a_parent_switches_a_line_off_and_the_child_never_hears_it(game: Player) -> None:
    ctx = game.ctx
    page = open_stories_page(game)
    game.tap_button(f"preview-{DAYCARE_DAY}")
    preview = game.top
    assert isinstance(preview, StoryPreviewScene)
    # Find a page with two lines of the story's own (the morning: "...and the family photo too").
    while not (preview.page is not None and len(preview.page.lines) == 2 and preview.switchable(preview.page.lines[1])):
        game.tap_button("next")
    line = preview.page.lines[1]
    words = ctx.line_words(line, **preview.page.moment)
    game.tap_button(f"line-{line.key}")
    assert ctx.profile.shelf.lines_off == [line.key]
    assert "Switched off" in preview.message
    # The other line of the page can't go too: a page is never empty.
    other = preview.page.lines[0]
    game.tap_button(f"line-{other.key}")
    assert preview.message == ctx.t(LAST_LINE) and ctx.profile.shelf.lines_off == [line.key]
    game.tap_button("back")
    assert game.top is page
    # The child reads the whole story: the line is never said.
    ctx.scenes.pop_to_root()
    game.frames(2)
    shelf = open_shelf(game)
    game.tap_button(f"cover-{DAYCARE_DAY}")
    game.tap_button(f"cover-{DAYCARE_DAY}")
    read_story(game, "book")
    assert game.top is shelf
    assert line.key not in keys_said(game) and words not in said(game)
    assert other.key in keys_said(game)
    # ... nor printed, nor offered for "Read the story in your voice", nor said by `lines`.
    story = ctx.content.stories[DAYCARE_DAY]
    printed = " ".join(paper_text(ctx, page) for page in reading_order(story, ctx.profile, ctx.content.cards))
    assert words not in printed
    assert line.key not in {item.key for item in story_lines(ctx.content, ctx.profile, ctx.tr)}
    ctx.save_profile()
    rows = {row["key"]: row for row in line_rows(ctx.profile_folder.parent.parent, None)}
    assert rows[line.key]["switched_off"] is True and rows[line.key]["said_in"] == []


def test_a_pages_only_line_has_no_switch_and_the_page_says_why(game: Player, every_story: Content) -> None:
    open_stories_page(game)
    game.tap_button(f"preview-{HOME_DAY}")
    preview = game.top
    assert isinstance(preview, StoryPreviewScene)
    while preview.page is not None and len(preview.page.lines) != 1:
        game.tap_button("next")
    only = preview.page.lines[0]
    assert f"line-{only.key}" not in {button.name for button in game.buttons()}
    assert preview._note(preview.page) == game.ctx.t(ONLY_LINE)
    # A line switched off earlier (the story changed since) never empties a page either.
    game.ctx.profile.shelf.lines_off = [only.key]
    scene = StoryScene(game.ctx, story_id=HOME_DAY)
    assert all(page.lines for page in scene.plan)


def test_a_parent_walks_through_every_page_of_a_story_with_its_picture(game: Player) -> None:
    open_stories_page(game)
    game.tap_button(f"preview-{DAYCARE_DAY}")
    preview = game.top
    assert isinstance(preview, StoryPreviewScene)
    seen = [preview.page.id if preview.page else ""]
    while "next" in {button.name for button in game.buttons()}:  # Next is greyed out on the last page
        game.tap_button("next")
        seen.append(preview.page.id if preview.page else "")
    assert len(seen) == len(preview.pages) >= 10
    assert preview.picture.page is not None and preview.picture.page.id == seen[-1]  # the picture follows


# -- printing ---------------------------------------------------------------------------------------


def test_the_print_page_prints_any_story_on_the_shelf(
    game: Player, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = use_temporary_home(monkeypatch, tmp_path)
    launched: list[Path] = []
    monkeypatch.setattr(opener, "launch", lambda path, command: launched.append(path))  # the OS's PDF viewer
    game.ctx.scenes.pop_to_root()
    come_in(game)
    game.tap_button("parent-print")
    page = game.top
    assert isinstance(page, ParentPrintScene)
    shelf = on_shelf(game.ctx.content.stories, game.ctx.profile)
    assert page.story_id == shelf[0] == DAYCARE_DAY
    game.tap_button("story-next")  # the storybook's story: the next one on the shelf
    assert page.story_id == shelf[1]
    game.tap_button("print-storybook")
    game.run_until(lambda: page.pending is None, timeout=10)
    assert page.message_ok, page.message
    (pdf,) = documents.glob("*.pdf")
    assert launched == [pdf] and shelf[1].replace("_", "-") in pdf.name  # the file says which story
    story = game.ctx.content.stories[shelf[1]]
    assert (
        story.title.text.encode("utf-16-be") in pdf.read_bytes() or f"({story.title.text}".encode() in pdf.read_bytes()
    )


def test_in_spanish_the_shelf_says_its_stories_in_spanish_and_the_week_names_the_days(game: Player) -> None:
    game.ctx.profile.settings.language = "es"
    shelf = open_shelf(game)
    assert said(game)[-1].startswith("Aquí están tus cuentos")
    game.tap_button(f"cover-{HOME_DAY}")
    assert said(game)[-1] == "Un día en casa" and keys_said(game)[-1] == f"{HOME_DAY}:title"
    assert shelf.chosen == HOME_DAY
    come_in(game)
    from tests.parent_helpers import open_settings_page

    open_settings_page(game, "week")
    labels = {button.name: button.label for button in game.buttons()}
    assert labels["day-5"] == "En casa" and labels["day-0"] == "Guardería"
