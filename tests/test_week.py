"""The family's week: daycare days and home days, who picks up, the first days somewhere new, streaks.

Every test names its day with a fixed clock: the week must never depend on when the suite runs.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest
from tests.kid_drive import answer_the_morning, home, open_from_shelf, play_morning, play_my_day, tap_play_and_answer
from tests.parent_helpers import come_in, open_settings_page
from tests.school_day import SATURDAY, SCHOOL_DAY, fixed, on_a_school_day
from tests.shelf_stories import content_with_every_story

from dropoff_buddy.content.registry import Content
from dropoff_buddy.parent.pages.history import ParentHistoryScene, streak_words
from dropoff_buddy.parts.evening import EveningScene
from dropoff_buddy.parts.flow import MorningFlowScene
from dropoff_buddy.parts.stickers import StickerBookScene
from dropoff_buddy.parts.story import StoryScene
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.rewards import streak
from dropoff_buddy.scene import Scene
from dropoff_buddy.storage.models import PROFILE_SCHEMA_VERSION, Profile, Progress, StickerEntry
from dropoff_buddy.storage.store import ProfileStore
from dropoff_buddy.story.shelf import DAYCARE_DAY, FIRST_DAY, HOME_DAY, SOMEONE_ELSE, story_for_day
from dropoff_buddy.week import (
    daycare_day_number,
    first_days_at_new_place,
    is_daycare_day,
    pickup_on,
    sleeps_until_daycare,
    streak_runs,
)
from old_saves import FIXTURES, old_profile_folder

MONDAY = dt.date(2026, 11, 30)


def day(offset: int) -> dt.date:
    """The day ``offset`` days after Monday 30 November 2026."""
    return MONDAY + dt.timedelta(days=offset)


def family(**changes: object) -> Profile:
    data = Profile().model_dump()
    data["grownups"] = [{"name": "Mommy"}, {"name": "Daddy"}, {"name": "Grandpa"}]
    data.update(changes)
    return Profile.model_validate(data)


@pytest.fixture(scope="module")
def every_story() -> Content:
    return content_with_every_story()


@pytest.fixture
def on_saturday(tmp_path: Path, every_story: Content) -> Iterator[Player]:
    game = start_game(tmp_path / "data", content=every_story, clock=fixed(SATURDAY))
    yield game
    game.ctx.scenes.clear()
    pygame.quit()


# -- the week, as pure facts ----------------------------------------------------------------------


def test_daycare_days_pickups_and_sleeps_until_daycare_across_a_weekend() -> None:
    week = {"daycare_days": [0, 1, 2, 3, 4], "pickups": [None, 2, None, 1, None, None, None]}
    profile = family(week=week)
    assert [is_daycare_day(profile, day(n)) for n in range(7)] == [True] * 5 + [False] * 2
    # Grandpa on Tuesdays, Daddy on Thursdays, the drop-off grown-up otherwise.
    assert [pickup_on(profile, day(n)).name for n in range(5)] == ["Mommy", "Grandpa", "Mommy", "Daddy", "Mommy"]
    # Friday: three sleeps to Monday; Saturday two; Sunday one; Monday (daycare) one more to Tuesday.
    assert [sleeps_until_daycare(profile, day(n)) for n in (4, 5, 6, 7)] == [3, 2, 1, 1]
    # Who usually picks up (the People page) fills the days that have none of their own.
    usually_daddy = family(week=week, pickup=1)
    assert [pickup_on(usually_daddy, day(n)).name for n in range(3)] == ["Daddy", "Grandpa", "Daddy"]
    assert sleeps_until_daycare(family(week={"daycare_days": []}), day(0)) is None


def test_the_first_ten_daycare_days_at_a_new_place_skip_the_weekends() -> None:
    profile = family(week={"new_place_since": str(day(2))})  # started on a Wednesday
    numbers = {n: daycare_day_number(profile, day(n)) for n in range(0, 21)}
    assert numbers[0] == 0 and numbers[2] == 1 and numbers[7] == 4  # the next Monday is day 4
    first = [n for n in range(0, 21) if first_days_at_new_place(profile, day(n))]
    # The days before the start (getting ready), then ten daycare days: Wed 2 Dec to Tue 15 Dec.
    assert first == [0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15]
    assert not first_days_at_new_place(profile, day(16))
    assert not first_days_at_new_place(family(), day(2))  # not new anywhere


def test_play_tells_the_story_that_fits_the_day_and_never_a_hidden_one(every_story: Content) -> None:
    stories = every_story.stories
    week = {"pickups": [None, 2, None, None, None, None, None], "new_place_since": str(day(7))}
    profile = family(week=week)
    assert story_for_day(stories, profile, day(0)) == FIRST_DAY  # the Monday before the first day
    assert story_for_day(stories, profile, day(1)) == FIRST_DAY  # first days win over Grandpa's Tuesday
    assert story_for_day(stories, profile, day(5)) == HOME_DAY
    settled = family(week={**week, "new_place_since": None})
    assert story_for_day(stories, settled, day(1)) == SOMEONE_ELSE
    assert story_for_day(stories, settled, day(2)) == DAYCARE_DAY
    hidden = family(week={**week, "new_place_since": None}, shelf={"hidden": [SOMEONE_ELSE, HOME_DAY]})
    assert story_for_day(stories, hidden, day(1)) == DAYCARE_DAY  # the next that is true today
    assert story_for_day(stories, hidden, day(5)) is None  # a home day with "A Home Day" hidden: no story


def test_someone_else_picks_me_up_tells_of_grandpas_day_and_a_family_of_one_is_not_shown_it(
    tmp_path: Path, every_story: Content
) -> None:
    wednesday = fixed(dt.datetime.combine(day(2), dt.time(8, 0)).astimezone())  # Mommy picks up today
    player = start_game(tmp_path / "data", content=every_story, clock=wednesday)
    try:
        data = player.ctx.profile.model_dump()
        data.update(grownups=[{"name": "Mommy"}, {"name": "Grandpa"}], setup_done=True)
        data["week"] = {**data["week"], "pickups": [None, None, None, None, 1, None, None]}  # Grandpa on Fridays
        player.ctx.child.profile = Profile.model_validate(data)
        scene = open_from_shelf(player, SOMEONE_ELSE)
        player.run_until(lambda: not player.ctx.narrator.speaking, timeout=30)
        said = [line.text for line in player.ctx.narrator.history]
        assert any("Mommy says goodbye" in text for text in said)
        for _ in range(3):  # to the promise page
            player.tap_button("next")
            player.run_until(lambda: not player.ctx.narrator.speaking, timeout=30)
        said = [line.text for line in player.ctx.narrator.history]
        assert any("Grandpa comes right after" in text for text in said), said
        assert not any("Mommy comes right after" in text for text in said)
        assert scene.members["pickup"].look == player.ctx.profile.grownups[1].look
        # Play today tells "A Daycare Day": nobody else picks up on a Wednesday.
        assert story_for_day(every_story.stories, player.ctx.profile, day(2)) == DAYCARE_DAY
        # A family with one grown-up: nobody else can pick up, so the shelf leaves the story out.
        data["grownups"] = [{"name": "Mommy"}]
        player.ctx.child.profile = Profile.model_validate(data)
        home(player)
        player.tap_button("shelf")
        assert f"cover-{SOMEONE_ELSE}" not in button_names(player)
    finally:
        player.ctx.scenes.clear()
        pygame.quit()


# -- streaks ------------------------------------------------------------------------------------


def stickers_on(*days: dt.date) -> list[StickerEntry]:
    return [StickerEntry(at=dt.datetime.combine(d, dt.time(8, 0)).astimezone(), sticker="star") for d in days]


def test_a_weekend_neither_breaks_nor_adds_to_a_streak() -> None:
    weekdays = [0, 1, 2, 3, 4]
    thursday, friday, saturday, monday = day(3), day(4), day(5), day(7)
    assert streak_runs({thursday, friday, monday}, monday, weekdays) == (3, 3)
    assert streak_runs({thursday, friday}, monday, weekdays) == (2, 2)  # Monday's goodbye may still come
    assert streak_runs({thursday, friday, saturday}, day(8), weekdays) == (0, 2)  # Monday was missed
    assert streak_runs({thursday, friday}, day(8), []) == (0, 2)  # a family with no daycare days: every day counts
    now = dt.datetime.combine(monday, dt.time(9, 0)).astimezone()
    assert streak(Progress(stickers=stickers_on(thursday, friday, saturday, monday)), now, weekdays) == 3


def test_on_monday_the_sticker_book_and_history_count_the_days_before_the_weekend(tmp_path: Path) -> None:
    monday_morning = dt.datetime.combine(day(7), dt.time(7, 45)).astimezone()
    player = start_game(tmp_path / "data", clock=fixed(monday_morning))
    try:
        ctx = player.ctx
        ctx.profile.setup_done = True
        ctx.progress.stickers = stickers_on(day(2), day(3), day(4))  # Wednesday to Friday; none yet today
        player.tap_button("stickers")
        book = player.top
        assert isinstance(book, StickerBookScene)
        player.run_until(lambda: "in a row" in player.ctx.narrator.history[-1].text, timeout=10)
        assert player.ctx.narrator.history[-1].text == "That's 3 daycare days in a row. Well done!"
        ctx.scenes.pop_to_root()
        come_in(player)
        player.tap_button("parent-history")
        history = player.top
        assert isinstance(history, ParentHistoryScene)
        assert history.stats.streak.current == 3
        assert streak_words(history.ctx, history.stats.streak) == "Streak: 3 daycare days in a row (best 3)"
        # On the Sunday before, with no practice since Friday: still three, never "no streak".
        history.ctx.clock = fixed(dt.datetime.combine(day(6), dt.time(10, 0)).astimezone())
        history.rebuild()
        assert history._compute().streak.current == 3
    finally:
        player.ctx.scenes.clear()
        pygame.quit()


# -- Play by the day ------------------------------------------------------------------------------


def play_through(player: Player) -> list[str]:
    """Tap Play and go through it as a child who feels happy; the scenes (and stories) seen."""

    def answer(top: Scene, names: set[str]) -> bool:
        if answer_the_morning(player, top, names):
            pass
        elif isinstance(top, StoryScene):
            player.run_until(lambda: not player.ctx.narrator.speaking, timeout=30, dt=0.1)  # listens
            player.tap_button("next")
        elif top.name == "ritual":
            return True  # the goodbye game: the stories are told by then
        else:
            player.wait(0.5)
        return False

    return tap_play_and_answer(
        player, answer, 600, lambda top: f"story:{top.story_id}" if isinstance(top, StoryScene) else top.name
    )


def test_play_on_a_saturday_is_a_home_day_with_no_goodbye_game(on_saturday: Player) -> None:
    ctx = on_saturday.ctx
    said = [line.text for line in ctx.narrator.history]
    assert said[0] == ctx.line_words(ctx.content.lines.home.greeting_home_day)  # "Today is a home day"
    seen = play_through(on_saturday)
    assert [name for name in seen if name != "flow"] == ["feelings", f"story:{HOME_DAY}"]
    assert on_saturday.top.name == "home"
    keys = [line.key for line in ctx.narrator.history]
    assert "lines:flow.first_home_day" in keys and "lines:flow.finale_home_day" in keys
    assert not any(key in keys for key in ("parts:ritual.bridge", "parts:my_day.bridge", "lines:flow.finale"))
    assert ctx.line_words(ctx.content.lines.feelings.question_home_day) in [line.text for line in ctx.narrator.history]
    # Saturday to Monday is two sleeps: the home day story says so, and only that.
    heard = [line.key for line in ctx.narrator.history]
    assert "home_day:sleeps_two.0" in heard and "home_day:sleeps_one.0" not in heard


def test_the_flow_dots_of_a_home_day_show_no_goodbye(on_saturday: Player) -> None:
    on_saturday.tap_button("play")
    flow = next(scene for scene in on_saturday.ctx.scenes.scenes if isinstance(scene, MorningFlowScene))
    assert flow.home_day and [part.id for part in flow.parts] == ["feelings", "story"]


def test_a_parent_starts_a_new_place_and_play_tells_my_first_day(tmp_path: Path, every_story: Content) -> None:
    player = start_game(tmp_path / "data", content=every_story, clock=on_a_school_day)
    try:
        player.ctx.profile.setup_done = True
        come_in(player)
        open_settings_page(player, "new_place")
        player.tap_button("new")  # "New at daycare": on, from today
        assert player.ctx.profile.week.new_place_since == SCHOOL_DAY.date()
        player.ctx.scenes.pop_to_root()
        player.frames(2)
        assert f"story:{FIRST_DAY}" in play_through(player)
        # Ten daycare days later (two weeks on), it is "A Daycare Day" again.
        player.ctx.clock = fixed(SCHOOL_DAY + dt.timedelta(days=14))
        player.ctx.scenes.pop_to_root()
        assert f"story:{DAYCARE_DAY}" in play_through(player)
    finally:
        player.ctx.scenes.clear()
        pygame.quit()


def test_a_parent_sets_grandpa_for_tuesdays_and_the_story_brings_grandpa(tmp_path: Path, every_story: Content) -> None:
    tuesday = fixed(dt.datetime.combine(day(1), dt.time(8, 0)).astimezone())
    player = start_game(tmp_path / "data", content=every_story, clock=tuesday)
    try:
        data = player.ctx.profile.model_dump()
        data.update(grownups=[{"name": "Mommy"}, {"name": "Grandpa"}], setup_done=True)
        player.ctx.child.profile = Profile.model_validate(data)
        come_in(player)
        open_settings_page(player, "week")
        player.tap_button("pickup-1")  # Tuesday: the next grown-up, Grandpa
        assert player.ctx.profile.week.pickups[1] == 1
        player.ctx.scenes.pop_to_root()
        player.frames(2)
        seen = play_through(player)
        assert f"story:{SOMEONE_ELSE}" in seen
        said = [line.text for line in player.ctx.narrator.history]
        assert any("Grandpa comes right after" in text for text in said)
    finally:
        player.ctx.scenes.clear()
        pygame.quit()


def test_on_grandpas_day_every_screen_says_grandpa_comes_and_on_mommys_day_mommy(tmp_path: Path) -> None:
    """The promise the child hears all morning names who really comes that day: My Day, the goodbye
    game, "Missing Mommy", the morning's last words and the evening; never "Mommy comes back"."""
    tuesday = fixed(dt.datetime.combine(day(1), dt.time(8, 0)).astimezone())
    player = start_game(tmp_path / "data", clock=tuesday)
    try:
        data = player.ctx.profile.model_dump()
        data.update(grownups=[{"name": "Mommy"}, {"name": "Grandpa"}], setup_done=True, pickup_after="snack")
        player.ctx.child.profile = Profile.model_validate(data)
        come_in(player)
        open_settings_page(player, "week")
        player.tap_button("pickup-1")  # Tuesday: Grandpa
        player.ctx.scenes.pop_to_root()
        player.frames(2)
        play_my_day(player)
        play_morning(player)  # feelings, the story, My Day, the goodbye game, the sticker
        player.tap_button("feelings")
        player.tap_button("face-sad")
        player.run_until(lambda: player.top.name == "breathe" or "tricky-missing_grownup" in button_names(player), 40)
        if player.top.name == "breathe":
            player.tap_button("done")
            player.run_until(lambda: "tricky-missing_grownup" in button_names(player), 40)
        player.tap_button("tricky-missing_grownup")
        home(player)
        player.tap_button("evening")  # "How was your day?": every card skipped, then "I don't know"
        evening = player.top
        assert isinstance(evening, EveningScene)
        for _card in evening.cards:
            player.run_until(lambda: evening.phase == "ask", 30)
            player.tap_button("skip")
        player.run_until(lambda: evening.phase == "best", 30)
        player.tap_button("best-dont-know")
        player.run_until(lambda: evening.phase == "end", 30)
        said = [line.text for line in player.ctx.narrator.history]
        keys = {line.key for line in player.ctx.narrator.history}
        grandpa = "Grandpa comes to get you right after snack"
        for key in (
            "lines:my_day.promise_other",
            "lines:ritual.promise_other",
            "lines:flow.finale_other",
            "feelings:tricky.missing_grownup.say_other",
            "evening:reunion_other",
        ):
            assert key in keys, key
        assert sum(grandpa in text for text in said) >= 4
        assert any("Grandpa came to get you right after snack!" in text for text in said)  # the evening
        assert not any("Mommy comes back" in text or "I'll come back" in text for text in said)
        # Wednesday: Mommy picks up again, and says so herself.
        player.ctx.clock = fixed(dt.datetime.combine(day(2), dt.time(8, 0)).astimezone())
        player.ctx.narrator.history.clear()
        play_my_day(player)
        said = [line.text for line in player.ctx.narrator.history]
        assert "Mommy comes back right after snack." in said and not any("Grandpa" in text for text in said)
    finally:
        player.ctx.scenes.clear()
        pygame.quit()


def button_names(player: Player) -> set[str]:
    return {button.name for button in player.buttons()}


# -- saving ---------------------------------------------------------------------------------------


def test_a_version_3_profile_gets_the_usual_week_and_keeps_everything(data_dir: Path) -> None:
    folder = old_profile_folder(data_dir, "noor", "profile_v3.json")
    store = ProfileStore(data_dir)
    profile = store.open("noor").profile
    assert store.take_notices() == []
    old = json.loads((FIXTURES / "profile_v3.json").read_text(encoding="utf-8"))
    kept = profile.model_dump(mode="json")
    for field in old:
        if field not in ("schema_version", "settings"):
            assert kept[field] == old[field], field
    assert kept["settings"]["language"] == "en-GB"  # version 4's step: UK words became British English
    assert profile.week.daycare_days == [0, 1, 2, 3, 4] and profile.week.new_place_since is None
    assert profile.shelf.hidden == [] and profile.shelf.lines_off == []
    # Grandpa usually picked up (version 3's one setting): he still does, on every daycare day.
    assert {pickup_on(profile, day(n)).name for n in range(5)} == {"Grandpa"}
    assert json.loads((folder / "profile.json").read_text(encoding="utf-8"))["schema_version"] == PROFILE_SCHEMA_VERSION
    assert (folder / "profile.json.bak").exists() or any(folder.glob("profile*.bak"))
