"""How the child has been: pure statistics over saved progress, for the parent area.

Everything here is a pure function of its arguments (no clock, no disk, no pygame), so it is
easy to test. Entries are timezone-aware; they are grouped by the *local* calendar day of the
time zone passed in (``tz``), because a check-in at 00:30 belongs to the morning it was made
in, wherever the laptop travelled since.

Which feelings and tricky things exist, in which order, and how they are said to a parent
("saying goodbye", "missing Mommy") come from ``levels/feelings.toml`` (``FeelingsCatalog``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from dropoff_buddy.content.feelings import FeelingsCatalog
from dropoff_buddy.content.lines import Text
from dropoff_buddy.storage.models import Feeling, FeelingEntry, StickerEntry

#: The tricky answer that names nothing ("I don't know"); the summary never calls it "tricky".
DONT_KNOW = "dont_know"

WINDOWS = (14, 60)


def local_day(at: dt.datetime, tz: dt.tzinfo | None) -> dt.date:
    """The calendar day ``at`` falls on in time zone ``tz`` (None: this computer's zone).

    A naive ``at`` (from a hand-edited file) is taken to be in ``tz`` already.
    """
    if at.tzinfo is None:
        return at.date()
    return at.astimezone(tz).date()


@dataclass(frozen=True)
class DayFeelings:
    """One day of the chart: the day and the feelings answered on it, earliest first.

    An empty ``feelings`` means there was no check-in that day (not "zero feelings").
    """

    day: dt.date
    feelings: tuple[Feeling, ...]

    @property
    def checked_in(self) -> bool:
        return bool(self.feelings)


def window_days(today: dt.date, days: int) -> list[dt.date]:
    """The ``days`` calendar days ending with ``today``, oldest first."""
    if days < 1:
        raise ValueError("a window has at least one day")
    return [today - dt.timedelta(days=offset) for offset in range(days - 1, -1, -1)]


def feelings_by_day(
    entries: Iterable[FeelingEntry], today: dt.date, days: int, tz: dt.tzinfo | None
) -> list[DayFeelings]:
    """One ``DayFeelings`` per day of the ``days``-day window ending ``today``, oldest first.

    Entries outside the window (older, or dated in the future by a wrong clock) are left out.
    """
    wanted = window_days(today, days)
    first = wanted[0]
    by_day: dict[dt.date, list[tuple[dt.datetime, Feeling]]] = {day: [] for day in wanted}
    for entry in entries:
        day = local_day(entry.at, tz)
        if first <= day <= today:
            by_day[day].append((entry.at, entry.feeling))
    result = []
    for day in wanted:
        answers = sorted(by_day[day], key=lambda pair: _sort_key(pair[0]))
        result.append(DayFeelings(day, tuple(feeling for _, feeling in answers)))
    return result


def _sort_key(at: dt.datetime) -> float:
    # Naive and aware datetimes cannot be compared; a timestamp can always be.
    return at.timestamp()


def entries_in_window(
    entries: Iterable[FeelingEntry], today: dt.date, days: int, tz: dt.tzinfo | None
) -> list[FeelingEntry]:
    first = today - dt.timedelta(days=days - 1)
    return [entry for entry in entries if first <= local_day(entry.at, tz) <= today]


def feeling_counts(entries: Iterable[FeelingEntry], feelings: Sequence[str]) -> dict[Feeling, int]:
    """How often each of ``feelings`` was chosen (0 if never), in that order; others are left out."""
    counter = Counter(entry.feeling for entry in entries)
    return {feeling: counter.get(feeling, 0) for feeling in feelings}


def tricky_counts(entries: Iterable[FeelingEntry], tricky: Sequence[str]) -> dict[str, int]:
    """How often each of the ``tricky`` answers was given (0 if never), in that order.

    An answer this version does not know is left out rather than breaking the page.
    """
    counter: Counter[str] = Counter()
    for entry in entries:
        counter.update(set(entry.tricky))  # one check-in counts an answer once
    return {thing: counter.get(thing, 0) for thing in tricky}


def ritual_days(stickers: Iterable[StickerEntry], tz: dt.tzinfo | None) -> set[dt.date]:
    """The local days on which at least one goodbye ritual was done."""
    return {local_day(sticker.at, tz) for sticker in stickers}


def rituals_in_window(stickers: Iterable[StickerEntry], today: dt.date, days: int, tz: dt.tzinfo | None) -> int:
    """How many rituals were done in the ``days``-day window ending ``today``."""
    first = today - dt.timedelta(days=days - 1)
    return sum(1 for sticker in stickers if first <= local_day(sticker.at, tz) <= today)


@dataclass(frozen=True)
class Streak:
    """Consecutive days with a ritual done.

    ``current`` counts back from today, or from yesterday when today's ritual is not done yet
    (the morning is not over, so the streak is not broken). ``best`` is the longest run ever.
    """

    current: int
    best: int


def streaks(days_done: Iterable[dt.date], today: dt.date) -> Streak:
    """Current and best runs of consecutive days in ``days_done`` (future days are ignored)."""
    done = sorted({day for day in days_done if day <= today})
    best = 0
    run = 0
    previous: dt.date | None = None
    for day in done:
        run = run + 1 if previous is not None and day - previous == dt.timedelta(days=1) else 1
        best = max(best, run)
        previous = day
    done_set = set(done)
    start = today if today in done_set else today - dt.timedelta(days=1)
    current = 0
    while start in done_set:
        current += 1
        start -= dt.timedelta(days=1)
    return Streak(current=current, best=best)


@dataclass(frozen=True)
class HistoryStats:
    """Everything the history page shows for one window."""

    days: int
    chart: list[DayFeelings]
    feelings: dict[Feeling, int]
    tricky: dict[str, int]
    rituals: int
    streak: Streak
    check_in_days: int

    @property
    def check_ins(self) -> int:
        return sum(self.feelings.values())


def history_stats(
    feelings: Sequence[FeelingEntry],
    stickers: Sequence[StickerEntry],
    today: dt.date,
    days: int,
    tz: dt.tzinfo | None,
    catalog: FeelingsCatalog,
) -> HistoryStats:
    """The statistics of the ``days``-day window ending ``today`` (streaks look at all time).

    ``catalog`` says which feelings and tricky things there are, in which order.
    """
    chart = feelings_by_day(feelings, today, days, tz)
    in_window = entries_in_window(feelings, today, days, tz)
    return HistoryStats(
        days=days,
        chart=chart,
        feelings=feeling_counts(in_window, catalog.feeling_ids),
        tricky=tricky_counts(in_window, catalog.tricky_ids),
        rituals=rituals_in_window(stickers, today, days, tz),
        streak=streaks(ritual_days(stickers, tz), today),
        check_in_days=sum(1 for day in chart if day.checked_in),
    )


def window_words(days: int) -> str:
    """How a window is named in a sentence: "this week", "these two weeks", "the last 60 days"."""
    if days == 7:
        return "this week"
    if days == 14:
        return "these two weeks"
    return f"the last {days} days"


def summary_line(stats: HistoryStats, words: Callable[[Text | str], str], catalog: FeelingsCatalog) -> str:
    """One plain-words sentence a tired parent can read at a glance.

    Examples: "Mostly happy these two weeks; 'saying goodbye' was tricky 3 times."
    "A mix of happy and sad these two weeks; nothing was tricky."
    "No feelings check-ins in the last 60 days yet."
    """
    when = _in(window_words(stats.days))
    if stats.check_ins == 0:
        return f"No feelings check-ins {when} yet."
    order = list(stats.feelings)
    ranked = sorted(stats.feelings.items(), key=lambda item: (-item[1], order.index(item[0])))
    (top, top_count), (second, second_count) = ranked[0], ranked[1]
    feeling = catalog.feeling_words
    if top_count * 2 > stats.check_ins or second_count == 0:
        mood = f"Mostly {words(feeling(top))} {when}"
    else:
        mood = f"A mix of {words(feeling(top))} and {words(feeling(second))} {when}"
    things = list(stats.tricky)
    named = {thing: count for thing, count in stats.tricky.items() if thing != DONT_KNOW and count > 0}
    if named:
        thing, count = max(named.items(), key=lambda item: (item[1], -things.index(item[0])))
        return f"{mood}; '{words(catalog.tricky_words(thing))}' was tricky {_times(count)}."
    if stats.tricky.get(DONT_KNOW, 0):
        return f"{mood}; when something was tricky, it was hard to say what."
    return f"{mood}; nothing was named as tricky."


def _in(when: str) -> str:
    """ "in the last 60 days", but "this week" as it is."""
    return f"in {when}" if when.startswith("the ") else when


def _times(count: int) -> str:
    return "once" if count == 1 else "twice" if count == 2 else f"{count} times"


__all__ = [
    "DONT_KNOW",
    "WINDOWS",
    "DayFeelings",
    "HistoryStats",
    "Streak",
    "entries_in_window",
    "feeling_counts",
    "feelings_by_day",
    "history_stats",
    "local_day",
    "ritual_days",
    "rituals_in_window",
    "streaks",
    "summary_line",
    "tricky_counts",
    "window_days",
]
