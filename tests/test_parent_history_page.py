"""A parent reads how the child has been, switches to 60 days, and saves the CSV files."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
from pathlib import Path

import pytest

from dropoff_buddy.day import with_day
from dropoff_buddy.parent.pages.history import ParentHistoryScene
from dropoff_buddy.parent.pages.tips import ParentTipsScene
from dropoff_buddy.playtest import Player
from dropoff_buddy.storage.models import ActivityAnswer, EveningEntry
from parent_area_helpers import make_writes_fail, use_temporary_home, week_of_progress
from parent_helpers import open_parent_page
from school_day import fixed

FRIDAY = dt.datetime(2026, 12, 4, 8, 0).astimezone()


def seed_week(player: Player) -> None:
    player.ctx.child.progress = week_of_progress(player.ctx.clock())
    assert player.ctx.save_progress()


def history_page_of_a_week(player: Player, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Documents in a temporary home, a week of mornings, the history page open; returns Documents."""
    documents = use_temporary_home(monkeypatch, tmp_path)
    seed_week(player)
    open_parent_page(player, "parent-history")
    return documents


def export(player: Player) -> ParentHistoryScene:
    """Tap "Save as spreadsheet"; returns the history page that answers."""
    player.tap_button("export")
    page = player.top
    assert isinstance(page, ParentHistoryScene)
    return page


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_the_history_page_shows_the_week_and_toggles_to_60_days(player: Player) -> None:
    player.ctx.clock = fixed(FRIDAY)  # five mornings, Monday to Friday: five daycare days in a row
    seed_week(player)
    open_parent_page(player, "parent-history")
    page = player.top
    assert isinstance(page, ParentHistoryScene) and not page.kid_screen
    assert page.stats.days == 14 and page.stats.check_ins == 5 and page.stats.rituals == 5
    assert page.stats.streak.current == 5
    assert page.stats.tricky["goodbye"] == 2
    player.tap_button("days-60")
    assert page.stats.days == 60 and len(page.stats.chart) == 60
    player.key(0, "")  # any stray key changes nothing
    player.tap_button("days-14")
    assert page.stats.days == 14
    player.key(27)  # Esc goes back to the front page
    assert player.top.name == "parent-home"


def test_the_toggle_works_from_the_keyboard(player: Player) -> None:
    seed_week(player)
    open_parent_page(player, "parent-history")
    page = player.top
    assert isinstance(page, ParentHistoryScene)
    page.buttons.focus(player.button("days-60"))
    player.enter()
    assert page.stats.days == 60


def test_save_as_spreadsheet_writes_feelings_and_rituals_to_documents(
    player: Player, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = history_page_of_a_week(player, monkeypatch, tmp_path)
    page = export(player)
    assert page.message_ok
    today = player.ctx.clock().date().isoformat()
    feelings_file = documents / f"dropoff-buddy-Little-One-feelings-{today}.csv"
    rituals_file = documents / f"dropoff-buddy-Little-One-rituals-{today}.csv"
    assert str(documents) in page.message and feelings_file.name in page.message
    rows = read_csv(feelings_file)
    assert rows[0] == ["date", "time", "feeling", "tricky"]
    assert len(rows) == 6
    assert rows[1][1] == "07:45" and rows[1][2] == "sad" and rows[1][3] == "saying goodbye; missing Mommy"
    assert rows[-1] == [today, "07:45", "happy", ""]
    rituals = read_csv(rituals_file)
    assert rituals[0] == ["date", "time", "ritual", "sticker", "mode"]
    assert rituals[-1] == [today, "07:51", "Hug, Kiss", "star", "practice"]
    # A second export the same day never overwrites the first.
    player.tap_button("export")
    assert (documents / f"dropoff-buddy-Little-One-feelings-{today}-2.csv").exists()
    assert not [path for path in documents.iterdir() if path.name.endswith(".tmp")]


def test_a_full_disk_gives_a_kind_message_and_writes_nothing(
    player: Player, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = history_page_of_a_week(player, monkeypatch, tmp_path)
    make_writes_fail(monkeypatch, errno.ENOSPC)
    page = export(player)
    assert not page.message_ok
    assert "the disk is full" in page.message and "Free some space" in page.message
    assert list(documents.iterdir()) == []
    assert player.top.name == "parent-history"


def test_a_read_only_disk_gives_its_own_kind_message(
    player: Player, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    use_temporary_home(monkeypatch, tmp_path)
    open_parent_page(player, "parent-history")
    make_writes_fail(monkeypatch, errno.EROFS)
    page = export(player)
    assert "read-only" in page.message and "Make the disk writable" in page.message


def seed_evenings(player: Player) -> None:
    """Six evenings: nap was sad on four; outdoor play was the best part."""
    now = player.ctx.clock()
    schedule = ["arrive", "circle_time", "outdoor_play", "lunch", "nap", "pickup"]
    player.ctx.child.profile = with_day(player.ctx.profile, schedule, "nap", player.ctx.content.cards)
    naps = ["sad", "sad", "happy", "sad", "okay", "sad"]
    evenings = []
    for days_ago, nap in enumerate(naps):
        answers = [
            ActivityAnswer(card="arrive", answer="happy"),
            ActivityAnswer(card="outdoor_play", answer="happy"),
            ActivityAnswer(card="nap", answer=nap),  # type: ignore[arg-type]
        ]
        evenings.append(EveningEntry(at=now - dt.timedelta(days=days_ago), answers=answers, best="outdoor_play"))
    player.ctx.progress.evenings = evenings
    assert player.ctx.save_progress() and player.ctx.save_profile()


def test_the_page_opens_on_the_hard_part_of_the_day_with_a_tip_for_it(player: Player) -> None:
    seed_week(player)
    seed_evenings(player)
    open_parent_page(player, "parent-history")
    page = player.top
    assert isinstance(page, ParentHistoryScene) and page.view == "days"
    nap = next(item for item in page.day_stats.activities if item.card == "nap")
    assert (nap.answers["sad"], nap.days) == (4, 6)
    assert page.day_stats.best == {"outdoor_play": 6}
    assert page.tip is not None and page.tip.id == "comfort_item"
    player.tap_button("read-tip")
    tips = player.top
    assert isinstance(tips, ParentTipsScene)
    assert tips.tips[tips.page].id == "comfort_item"
    player.key(27)
    player.tap_button("view-mornings")
    assert page.view == "mornings" and page.stats.check_ins == 5
    player.tap_button("view-days")
    player.tap_button("days-60")
    assert page.day_stats.days == 60


def test_the_spreadsheets_include_the_evenings(player: Player, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    documents = use_temporary_home(monkeypatch, tmp_path)
    seed_evenings(player)
    open_parent_page(player, "parent-history")
    page = export(player)
    today = player.ctx.clock().date().isoformat()
    rows = read_csv(documents / f"dropoff-buddy-Little-One-days-{today}.csv")
    assert rows[0] == ["date", "time", "part of the day", "how it was", "best part"]
    assert len(rows) == 1 + 6 * 3
    assert rows[-1][2:] == ["nap time", "sad", "no"]
    assert rows[-2][2:] == ["outdoor play", "happy", "yes"]
    assert "three spreadsheet files" in page.message
