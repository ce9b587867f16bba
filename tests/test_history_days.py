"""The evening answers summed up for the parent: per part of the day, the hardest part, the best
parts, the one-line summary, the teacher's "tricky lately", and the spreadsheet of evenings."""

from __future__ import annotations

import csv
import datetime as dt
import io

from dropoff_buddy.content.registry import load_content
from dropoff_buddy.history import (
    activity_line,
    answer_words,
    day_stats,
    day_summary_line,
    hard_line,
    tricky_lately,
)
from dropoff_buddy.i18n.translator import family_translator
from dropoff_buddy.storage.exports import days_csv
from dropoff_buddy.storage.models import ActivityAnswer, EveningEntry, FeelingEntry, Person, Profile

TZ = dt.timezone(dt.timedelta(hours=1))
TODAY = dt.date(2026, 12, 3)
WORDS = {"arrive": "arriving", "circle_time": "circle time", "snack": "snack", "nap": "nap time"}
DAY = ["arrive", "circle_time", "snack", "nap"]
CONTENT = load_content()
FEELINGS = CONTENT.feelings
TR = family_translator(CONTENT, Profile(grownups=[Person(name="Mommy")]), "en-US")


def words(card: str) -> str:
    return WORDS.get(card, card.replace("_", " "))


def evening(days_ago: int, answers: dict[str, str], best: str | None = None, hour: int = 17) -> EveningEntry:
    day = TODAY - dt.timedelta(days=days_ago)
    at = dt.datetime.combine(day, dt.time(hour, 30), tzinfo=TZ)
    items = [ActivityAnswer(card=card, answer=answer) for card, answer in answers.items()]  # type: ignore[arg-type]
    return EveningEntry(at=at, answers=items, best=best)


def nap_week() -> list[EveningEntry]:
    """Six evenings: nap is sad on four of them; circle time is the favourite."""
    naps = ["sad", "sad", "happy", "sad", "okay", "sad"]
    return [
        evening(index, {"arrive": "happy", "circle_time": "happy", "nap": nap}, best="circle_time")
        for index, nap in enumerate(naps)
    ]


def test_each_part_counts_its_days_and_the_hardest_part_is_named() -> None:
    stats = day_stats(nap_week(), TODAY, 14, TZ, FEELINGS, DAY)
    assert [item.card for item in stats.activities] == ["arrive", "circle_time", "nap"]  # the day's order
    nap = stats.activities[2]
    assert nap.days == 6 and nap.answers["sad"] == 4 and nap.hard_days == 4
    assert stats.hardest is nap
    assert activity_line(nap, "nap", FEELINGS, TR) == "nap: sad 4 of 6 days"
    assert hard_line(nap, "nap time", FEELINGS, TR) == "nap time: sad 4 of 6 days"
    assert stats.best == {"circle_time": 6}
    assert day_summary_line(stats, words, FEELINGS, TR) == (
        "Nap time looks hardest: sad 4 of 6 days. Best part most often: circle time."
    )


def test_a_skip_never_counts_and_a_later_answer_the_same_day_replaces_an_earlier_one() -> None:
    entries = [
        evening(0, {"nap": "sad", "snack": "happy"}, hour=16),
        evening(0, {"nap": "happy", "snack": "skip"}, hour=18),  # changed their mind; skipped snack
        evening(1, {"nap": "skip"}),
    ]
    stats = day_stats(entries, TODAY, 14, TZ, FEELINGS, DAY)
    by_card = {item.card: item for item in stats.activities}
    assert by_card["nap"].days == 1 and by_card["nap"].answers["happy"] == 1  # one day, the later answer
    assert by_card["snack"].answers["happy"] == 1  # the skip did not erase it
    assert stats.hardest is None
    assert stats.evening_days == 2


def test_only_the_window_counts_and_60_days_sees_further_back() -> None:
    entries = [evening(3, {"nap": "scared"}), evening(30, {"nap": "cross"}), evening(-1, {"nap": "sad"})]
    two_weeks = day_stats(entries, TODAY, 14, TZ, FEELINGS, DAY)
    assert two_weeks.activities[0].days == 1  # the future-dated one (a wrong clock) is left out
    sixty = day_stats(entries, TODAY, 60, TZ, FEELINGS, DAY)
    assert sixty.activities[0].days == 2
    assert hard_line(sixty.activities[0], "nap time", FEELINGS, TR) == "nap time: scared or mad 2 of 2 days"


def test_the_summary_is_kind_when_nothing_was_hard_or_nothing_was_said() -> None:
    calm = [evening(1, {"snack": "happy"}, best="snack")]
    assert day_summary_line(day_stats(calm, TODAY, 14, TZ, FEELINGS, DAY), words, FEELINGS, TR) == (
        "No part of the day was sad, scared or mad these two weeks. Best part most often: snack."
    )
    assert day_summary_line(day_stats([], TODAY, 60, TZ, FEELINGS, DAY), words, FEELINGS, TR) == (
        "No \u201cHow was your day?\u201d check-ins in the last 60 days yet."
    )


def test_tricky_lately_names_the_hard_parts_then_the_mornings_tricky_things() -> None:
    mornings = [
        FeelingEntry(
            at=dt.datetime.combine(TODAY - dt.timedelta(days=d), dt.time(7, 45), tzinfo=TZ),
            feeling="sad",
            tricky=["goodbye"],
        )
        for d in range(3)
    ]
    once = [evening(0, {"snack": "cross"}, hour=19)]  # one hard day is a day, not a pattern
    lines = tricky_lately(mornings, [*nap_week(), *once], TODAY, TZ, words, FEELINGS, TR, order=DAY)
    assert lines == [
        "Nap time: felt sad on 4 of 6 days.",
        "Saying goodbye: named as tricky 3 times in the mornings.",
    ]
    assert tricky_lately([], [], TODAY, TZ, words, FEELINGS, TR) == []


def test_the_spreadsheet_of_evenings_has_a_row_per_part_and_marks_the_best_part() -> None:
    entries = [
        evening(1, {"arrive": "sad", "snack": "skip"}, best="snack"),
        evening(0, {"nap": "dont_know"}, best="dont_know"),
    ]
    text = days_csv(entries, TZ, words, lambda answer: answer_words(answer, FEELINGS, TR)).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["date", "time", "part of the day", "how it was", "best part"]
    assert rows[1] == ["2026-12-02", "17:30", "arriving", "sad", "no"]
    assert rows[2] == ["2026-12-02", "17:30", "snack", "skipped", "yes"]
    assert rows[3] == ["2026-12-03", "17:30", "nap time", "not sure", "no"]
    assert rows[4] == ["2026-12-03", "17:30", "(best part)", "not sure", ""]
