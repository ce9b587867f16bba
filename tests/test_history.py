"""The statistics behind "How {child} has been": local days, windows, tricky counts, streaks."""

from __future__ import annotations

import datetime as dt

from dropoff_buddy.content.registry import load_content
from dropoff_buddy.history import (
    feelings_by_day,
    history_stats,
    local_day,
    streaks,
    summary_line,
    tricky_counts,
)
from dropoff_buddy.i18n.translator import Translator, family_translator
from dropoff_buddy.storage.models import FeelingEntry, Person, Profile, StickerEntry

CONTENT = load_content()
FEELINGS = CONTENT.feelings


def words_of(grownup: str) -> Translator:
    """How a family whose grown-up is ``grownup`` reads the sentences (American English)."""
    return family_translator(CONTENT, Profile(grownups=[Person(name=grownup)]), "en-US")


PARIS = dt.timezone(dt.timedelta(hours=1))
NEW_YORK = dt.timezone(dt.timedelta(hours=-5))
TODAY = dt.date(2026, 11, 20)


def feeling(
    day: dt.date, feeling: str, tricky: list[str] | None = None, hour: int = 8, tz: dt.tzinfo = PARIS
) -> FeelingEntry:
    at = dt.datetime.combine(day, dt.time(hour, 0), tzinfo=tz)
    return FeelingEntry(at=at, feeling=feeling, tricky=tricky or [])  # type: ignore[arg-type]


def sticker(day: dt.date, tz: dt.tzinfo = PARIS) -> StickerEntry:
    return StickerEntry(at=dt.datetime.combine(day, dt.time(8, 10), tzinfo=tz), sticker="star")


def days_ago(count: int) -> dt.date:
    return TODAY - dt.timedelta(days=count)


def test_entries_are_grouped_by_the_local_day_not_the_utc_day() -> None:
    # 23:30 UTC on the 19th is already the 20th in Paris, and still the 19th in New York.
    late = FeelingEntry(at=dt.datetime(2026, 11, 19, 23, 30, tzinfo=dt.UTC), feeling="happy")
    assert local_day(late.at, PARIS) == dt.date(2026, 11, 20)
    assert local_day(late.at, NEW_YORK) == dt.date(2026, 11, 19)
    in_paris = feelings_by_day([late], TODAY, 14, PARIS)
    assert in_paris[-1].day == TODAY and in_paris[-1].feelings == ("happy",)
    in_new_york = feelings_by_day([late], TODAY, 14, NEW_YORK)
    assert in_new_york[-1].feelings == () and in_new_york[-2].feelings == ("happy",)


def test_the_chart_has_one_column_per_day_oldest_first_with_answers_in_time_order() -> None:
    entries = [feeling(TODAY, "happy", hour=9), feeling(TODAY, "sad", hour=7), feeling(days_ago(2), "okay")]
    chart = feelings_by_day(entries, TODAY, 14, PARIS)
    assert [day.day for day in chart] == [days_ago(offset) for offset in range(13, -1, -1)]
    assert chart[-1].feelings == ("sad", "happy")
    assert chart[-3].feelings == ("okay",)


def test_days_without_a_check_in_are_empty_not_zero() -> None:
    chart = feelings_by_day([feeling(days_ago(1), "okay")], TODAY, 14, PARIS)
    assert [day.checked_in for day in chart].count(True) == 1
    assert all(day.feelings == () for day in chart if day.day != days_ago(1))


def test_the_14_day_window_leaves_out_day_15_and_the_60_day_window_keeps_it() -> None:
    entries = [
        feeling(days_ago(13), "sad", ["goodbye"]),
        feeling(days_ago(14), "scared", ["nap"]),
        feeling(days_ago(60), "cross", ["food"]),
    ]
    short = history_stats(entries, [], TODAY, 14, PARIS, FEELINGS)
    long = history_stats(entries, [], TODAY, 60, PARIS, FEELINGS)
    assert short.check_ins == 1 and short.feelings["sad"] == 1 and short.tricky["nap"] == 0
    assert long.check_ins == 2 and long.tricky["nap"] == 1 and long.tricky["food"] == 0
    assert len(short.chart) == 14 and len(long.chart) == 60


def test_entries_dated_in_the_future_by_a_wrong_clock_are_left_out() -> None:
    stats = history_stats([feeling(TODAY + dt.timedelta(days=3), "happy")], [], TODAY, 14, PARIS, FEELINGS)
    assert stats.check_ins == 0


def test_tricky_answers_are_counted_in_plain_order_with_zeros_for_the_rest() -> None:
    entries = [
        feeling(TODAY, "sad", ["goodbye", "missing_grownup"]),
        feeling(days_ago(1), "sad", ["goodbye"]),
        feeling(days_ago(2), "okay", ["dont_know"]),
    ]
    counts = tricky_counts(entries, FEELINGS.tricky_ids)
    assert list(counts) == ["goodbye", "missing_grownup", "nap", "loud_noises", "other_children", "food", "dont_know"]
    assert counts["goodbye"] == 2 and counts["missing_grownup"] == 1 and counts["dont_know"] == 1
    assert counts["food"] == 0


def test_the_streak_still_counts_in_the_morning_before_todays_ritual() -> None:
    done = [days_ago(3), days_ago(2), days_ago(1)]
    assert streaks(done, TODAY).current == 3
    assert streaks([*done, TODAY], TODAY).current == 4


def test_a_missed_day_ends_the_streak_but_the_best_run_is_remembered() -> None:
    done = [days_ago(9), days_ago(8), days_ago(7), days_ago(6), days_ago(3), TODAY]
    streak = streaks(done, TODAY)
    assert streak.current == 1
    assert streak.best == 4
    assert streaks([days_ago(5), days_ago(4)], TODAY).current == 0


def test_two_rituals_on_one_day_count_as_one_streak_day_but_two_rituals() -> None:
    stickers = [sticker(TODAY), sticker(TODAY), sticker(days_ago(1))]
    stats = history_stats([], stickers, TODAY, 14, PARIS, FEELINGS)
    assert stats.rituals == 3
    assert stats.streak.current == 2 and stats.streak.best == 2


def test_no_data_at_all_gives_an_empty_chart_and_a_kind_sentence() -> None:
    stats = history_stats([], [], TODAY, 14, PARIS, FEELINGS)
    assert stats.check_ins == 0 and stats.rituals == 0 and stats.check_in_days == 0
    assert stats.streak.current == 0 and stats.streak.best == 0
    assert all(not day.checked_in for day in stats.chart)
    assert summary_line(stats, words_of("Mommy"), FEELINGS) == "No feelings check-ins these two weeks yet."
    assert summary_line(history_stats([], [], TODAY, 60, PARIS, FEELINGS), words_of("Mommy"), FEELINGS) == (
        "No feelings check-ins in the last 60 days yet."
    )


def test_the_summary_names_the_main_feeling_and_the_most_tricky_thing() -> None:
    entries = [feeling(days_ago(offset), "happy", ["goodbye"] if offset < 3 else []) for offset in range(5)]
    entries.append(feeling(days_ago(6), "sad", ["missing_grownup"]))
    stats = history_stats(entries, [], TODAY, 14, PARIS, FEELINGS)
    said = summary_line(stats, words_of("Daddy"), FEELINGS)
    assert said == "Mostly happy these two weeks; 'saying goodbye' was tricky 3 times."


def test_the_summary_says_a_mix_and_uses_the_grownups_name() -> None:
    entries = [
        feeling(days_ago(0), "sad", ["missing_grownup"]),
        feeling(days_ago(1), "happy"),
        feeling(days_ago(2), "sad"),
        feeling(days_ago(3), "happy"),
    ]
    stats = history_stats(entries, [], TODAY, 14, PARIS, FEELINGS)
    said = summary_line(stats, words_of("Mummy"), FEELINGS)
    assert said == "A mix of happy and sad these two weeks; 'missing Mummy' was tricky once."
