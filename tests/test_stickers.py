"""Stickers, milestones and streaks, and the sticker book as a child uses it."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pygame
from tests.school_day import on_a_school_day

from dropoff_buddy.content.registry import load_content
from dropoff_buddy.context import GameContext
from dropoff_buddy.parts.stickers import PER_PAGE, StickerBookScene
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.rewards import milestones, next_milestone, streak, week
from dropoff_buddy.storage.models import Progress, StickerEntry

NOW = dt.datetime(2026, 11, 20, 8, 30, tzinfo=dt.UTC)
REWARDS = load_content().rewards
STICKERS = REWARDS.sticker
award_sticker = REWARDS.award_sticker
choose_sticker = REWARDS.choose_sticker
earned_accessories = REWARDS.earned_accessories


def entries(days_ago: list[int], now: dt.datetime = NOW) -> list[StickerEntry]:
    return [
        StickerEntry(
            at=now - dt.timedelta(days=ago),
            sticker=STICKERS[index % len(STICKERS)].id,
            ritual=["hug", "kiss", "high_five"],
        )
        for index, ago in enumerate(days_ago)
    ]


def words(player: Player) -> list[str]:
    return [line.text for line in player.ctx.narrator.history]


# -- rewards -----------------------------------------------------------------------------------


def test_milestones_are_five_ten_then_every_ten() -> None:
    assert milestones(35) == [5, 10, 20, 30]
    assert [next_milestone(count) for count in (0, 4, 5, 9, 10, 19, 20)] == [5, 5, 10, 10, 20, 20, 30]
    assert earned_accessories(4) == []
    assert earned_accessories(10) == ["star_badge", "crown"]


def test_a_streak_counts_days_in_a_row_ending_today_or_yesterday() -> None:
    assert streak(Progress(stickers=entries([0, 0, 1, 2, 4])), NOW) == 3
    assert streak(Progress(stickers=entries([1, 2])), NOW) == 2  # today's sticker may still come
    assert streak(Progress(stickers=entries([2, 3])), NOW) == 0
    assert streak(Progress(), NOW) == 0
    assert [earned for _, earned in week(Progress(stickers=entries([0, 2, 9])), NOW)] == [
        False,
        False,
        False,
        False,
        True,
        False,
        True,
    ]


def test_new_sticker_pictures_come_first_and_never_twice_in_a_row() -> None:
    rng = random.Random(3)
    progress = Progress()
    for _ in range(len(STICKERS)):
        award_sticker(progress, rng, NOW, ["hug"], "practice")
    assert sorted(entry.sticker for entry in progress.stickers) == sorted(sticker.id for sticker in STICKERS)
    for _ in range(20):
        assert choose_sticker(progress, rng).id != progress.stickers[-1].sticker


def test_sticker_pictures_are_never_food_treats_or_money() -> None:
    forbidden = ("cake", "candy", "sweet", "ice", "cookie", "treat", "coin", "money", "dollar", "pound", "food")
    for sticker in STICKERS:
        assert not any(word in f"{sticker.id} {sticker.words}" for word in forbidden)
        assert Path(__file__).parents[1].joinpath("assets", sticker.icon).is_file()
    assert len(STICKERS) >= 12


# -- the book ----------------------------------------------------------------------------------


def test_the_book_says_the_count_and_shows_every_sticker_on_pages(player: Player) -> None:
    now = player.ctx.clock()
    player.ctx.progress.stickers = entries([9, 8, 7, 6, 5, 4, 3, 2, 1, 0], now)
    player.ctx.progress.unlocked_accessories = ["star_badge", "crown"]
    player.tap_button("stickers")
    book = player.top
    assert isinstance(book, StickerBookScene)
    assert words(player)[-1] == "You have 10 stickers!"
    player.run_until(lambda: words(player)[-1] != "You have 10 stickers!", timeout=10)
    # Ten days ending on a Wednesday hold a weekend: eight daycare days in a row (a weekend neither adds nor breaks).
    assert words(player)[-1] == "That's 8 daycare days in a row. Well done!"
    first_page = [entry.sticker for entry, _ in book.sticker_slots()]
    assert len(first_page) == PER_PAGE
    assert first_page[0] == player.ctx.progress.stickers[-1].sticker  # the newest first
    player.tap_button("next")
    assert book.page == 1 and len(book.sticker_slots()) == 2
    entry, centre = book.sticker_slots()[0]
    known = next(sticker for sticker in STICKERS if sticker.id == entry.sticker)
    player.tap(centre)
    sticker = player.ctx.text(known.words)
    assert words(player)[-1] == sticker[:1].upper() + sticker[1:] + "! You got it for hug, kiss and high five."
    player.tap_button("prev")
    assert book.page == 0
    assert not book.celebrating  # nothing new to celebrate
    player.tap((player.ctx.layout.width - 260, 90))  # the buddy wearing its prizes
    assert words(player)[-1] == "Buddy is wearing a star badge and a crown!"
    player.run_until(lambda: words(player)[-1] != "Buddy is wearing a star badge and a crown!", timeout=10)
    assert words(player)[-1] == "10 more stickers for the next prize!"
    player.tap((player.ctx.layout.center_x, 670))  # the row of suns
    assert words(player)[-1] == "8 daycare days in a row! Every sun is a day you practiced."


def test_an_empty_book_invites_the_first_sticker(player: Player) -> None:
    player.tap_button("stickers")
    assert isinstance(player.top, StickerBookScene)
    assert "Play the goodbye game to get your first sticker." in words(player)[-1]
    assert {button.name for button in player.buttons()} == {"home"}  # no pages to turn yet


def test_prizes_a_save_has_earned_are_unlocked_saved_and_celebrated(context: GameContext, data_dir: Path) -> None:
    context.progress.stickers = entries(list(range(10, 0, -1)), context.clock())
    assert context.save_progress()
    context.scenes.clear()
    pygame.quit()
    game = start_game(data_dir, clock=on_a_school_day)
    try:
        game.tap_button("stickers")
        book = game.top
        assert isinstance(book, StickerBookScene)
        assert book.celebrating == ["star_badge", "crown"]
        game.wait(8, dt=0.1)
        said = [line.text for line in game.ctx.narrator.history]
        assert "Hooray! Buddy has won a star badge and a crown to wear!" in said
        assert game.ctx.store.open(game.ctx.child.profile_id).progress.unlocked_accessories == ["star_badge", "crown"]
        game.tap((640, 400))
        assert not book.celebrating
    finally:
        game.ctx.scenes.clear()


def test_the_tour_shows_a_filled_sticker_book_without_saving_it(tmp_path: Path) -> None:
    from dropoff_buddy.tour import render_tour

    data = tmp_path / "data"
    written = render_tour(tmp_path / "tour", data, (1280, 800), only="stickers")
    pygame.quit()
    assert {"stickers", "stickers-empty", "stickers-prize"} <= {path.stem for path in written}
    saved = list(data.rglob("progress.json"))
    assert all('"sticker":' not in path.read_text(encoding="utf-8") for path in saved)
