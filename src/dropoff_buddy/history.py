"""How the child has been: pure statistics over saved progress, for the parent area.

Everything here is a pure function of its arguments (no clock, no disk, no pygame), so it is
easy to test. Entries are timezone-aware; they are grouped by the *local* calendar day of the
time zone passed in (``tz``), because a check-in at 00:30 belongs to the morning it was made
in, wherever the laptop travelled since.

Which feelings and tricky things exist, in which order, and how they are said to a parent
("saying goodbye", "missing Mommy") come from ``levels/feelings.toml`` (``FeelingsCatalog``).

The evening "How was your day?" answers are summarised per part of the day (``day_stats``):
how many days each part was happy, okay, sad, scared, cross or "not sure", which part was
hardest (``hardest_activity``), and which the child picked as the best part.

The sentences (``summary_line``, ``day_summary_line``, ``tricky_lately``) are the parent's
pages' words: messages ``parent:history.*`` formatted by a translator (``Says``), so they read
in the family's language.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from dropoff_buddy.content.feelings import FeelingsCatalog
from dropoff_buddy.content.lines import Text
from dropoff_buddy.storage.models import BEST_DONT_KNOW, SKIP, EveningEntry, Feeling, FeelingEntry, StickerEntry
from dropoff_buddy.week import streak_runs

#: The tricky answer that names nothing ("I don't know"); the summary never calls it "tricky".
DONT_KNOW = "dont_know"

WINDOWS = (14, 60)


class Says(Protocol):
    """What the sentences need of a translator (``i18n.translator.Translator``)."""

    def t(self, key: str, /, **args: Any) -> str: ...

    def text(self, text: Text, **moment: Any) -> str: ...


def _words(tr: Says, words: Text | str) -> str:
    return tr.text(words) if isinstance(words, Text) else words


def _first_up(words: str) -> str:
    return words[:1].upper() + words[1:]


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
    """Daycare days in a row with a ritual done (a weekend neither adds to a run nor breaks it).

    ``current`` counts back from today, or from the daycare day before when today's ritual is not
    done yet (the morning is not over, so the streak is not broken). ``best`` is the longest run ever.
    """

    current: int
    best: int


def streaks(days_done: Iterable[dt.date], today: dt.date, daycare_days: Collection[int] = ()) -> Streak:
    """Current and best runs of consecutive daycare days in ``days_done`` (``week.streak_runs``;
    future days are ignored; no ``daycare_days``: every day counts)."""
    current, best = streak_runs(set(days_done), today, daycare_days)
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
    daycare_days: Collection[int] = (),
) -> HistoryStats:
    """The statistics of the ``days``-day window ending ``today`` (streaks look at all time, and
    count the family's ``daycare_days`` only).

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
        streak=streaks(ritual_days(stickers, tz), today, daycare_days),
        check_in_days=sum(1 for day in chart if day.checked_in),
    )


def summary_line(stats: HistoryStats, tr: Says, catalog: FeelingsCatalog) -> str:
    """One plain-words sentence a tired parent can read at a glance.

    Examples: "Mostly happy these two weeks; 'saying goodbye' was tricky 3 times."
    "A mix of happy and sad these two weeks; nothing was tricky."
    "No feelings check-ins in the last 60 days yet."
    """
    if stats.check_ins == 0:
        return tr.t("parent:history.no_check_ins", days=stats.days)
    order = list(stats.feelings)
    ranked = sorted(stats.feelings.items(), key=lambda item: (-item[1], order.index(item[0])))
    (top, top_count), (second, second_count) = ranked[0], ranked[1]
    feeling = catalog.feeling_words
    if top_count * 2 > stats.check_ins or second_count == 0:
        mood = tr.t("parent:history.mostly", feeling=_words(tr, feeling(top)), days=stats.days)
    else:
        mix = {"feeling": _words(tr, feeling(top)), "second": _words(tr, feeling(second))}
        mood = tr.t("parent:history.mix", **mix, days=stats.days)
    things = list(stats.tricky)
    named = {thing: count for thing, count in stats.tricky.items() if thing != DONT_KNOW and count > 0}
    if named:
        thing, count = max(named.items(), key=lambda item: (item[1], -things.index(item[0])))
        return tr.t("parent:history.tricky", mood=mood, thing=_words(tr, catalog.tricky_words(thing)), count=count)
    if stats.tricky.get(DONT_KNOW, 0):
        return tr.t("parent:history.tricky_unsure", mood=mood)
    return tr.t("parent:history.tricky_none", mood=mood)


# -- the evening "How was your day?" ----------------------------------------------------------

#: How many times something must happen in the window to be "tricky lately" on the teacher's page.
PATTERN = 2


def answer_words(answer: str, catalog: FeelingsCatalog, tr: Says) -> str:
    """How an evening answer is said to a parent: a feeling's words, "not sure" or "skipped"."""
    if answer == DONT_KNOW:
        return tr.t("parent:history.not_sure")
    if answer == SKIP:
        return tr.t("parent:history.skipped")
    return _words(tr, catalog.feeling_words(answer))


def counted_answers(catalog: FeelingsCatalog) -> tuple[str, ...]:
    """The answers a part's statistics count, in the order bars show them ("skip" never counts)."""
    return (*catalog.feeling_ids, DONT_KNOW)


def hard_feelings(catalog: FeelingsCatalog) -> tuple[str, ...]:
    """The feelings that make a part of the day "hard": those the check-in meets with breathing
    (sad, scared and cross in ``levels/feelings.toml``)."""
    return tuple(face.id for face in catalog.feeling if face.breathe)


@dataclass(frozen=True)
class ActivityFeelings:
    """How one part of the day (a card) was over a window: days per answer.

    A day counts once per part: the last answer given about it that day (a skip is no answer).
    """

    card: str
    answers: dict[str, int]  # every counted answer, in order, 0 if never
    hard: tuple[str, ...] = ()  # which of the answers are hard feelings

    @property
    def days(self) -> int:
        """Days with an answer about this part."""
        return sum(self.answers.values())

    @property
    def hard_days(self) -> int:
        return sum(self.answers.get(feeling, 0) for feeling in self.hard)

    @property
    def top_answer(self) -> tuple[str, int]:
        """The answer given on most days (the earlier one on a tie)."""
        order = list(self.answers)
        return max(self.answers.items(), key=lambda item: (item[1], -order.index(item[0])))


@dataclass(frozen=True)
class DayStats:
    """The evening answers of one window: each part of the day, and the best parts."""

    days: int
    evening_days: int  # days with at least one evening check-in
    activities: list[ActivityFeelings]  # parts with at least one answer, in the order of the day
    best: dict[str, int]  # card id → days it was the best part, most first

    @property
    def hardest(self) -> ActivityFeelings | None:
        return hardest_activity(self.activities)


def evening_days(
    evenings: Iterable[EveningEntry], today: dt.date, days: int, tz: dt.tzinfo | None
) -> dict[dt.date, tuple[dict[str, str], str | None]]:
    """Per local day of the window: (card → the day's last answer about it, the day's best part).

    Skips are left out; a later check-in the same day overrides an earlier answer (the child
    changed their mind), but a skip never erases an answer.
    """
    first = today - dt.timedelta(days=days - 1)
    result: dict[dt.date, tuple[dict[str, str], str | None]] = {}
    for entry in sorted(evenings, key=lambda item: _sort_key(item.at)):
        day = local_day(entry.at, tz)
        if not first <= day <= today:
            continue
        answers, best = result.get(day, ({}, None))
        answers = dict(answers)
        for answer in entry.answers:
            if answer.answer != SKIP:
                answers[answer.card] = answer.answer
        result[day] = (answers, entry.best if entry.best is not None else best)
    return result


def day_stats(
    evenings: Sequence[EveningEntry],
    today: dt.date,
    days: int,
    tz: dt.tzinfo | None,
    catalog: FeelingsCatalog,
    order: Sequence[str] = (),
) -> DayStats:
    """The evening statistics of the ``days``-day window ending ``today``.

    ``catalog`` says which feelings there are (answers it does not know are left out); ``order``
    is the family's day (card ids): parts are listed in it, then any others (a card taken out
    of the schedule since) in the order they were first answered.
    """
    order = list(dict.fromkeys(order))
    by_day = evening_days(evenings, today, days, tz)
    counts: dict[str, Counter[str]] = {}
    best: Counter[str] = Counter()
    for day in sorted(by_day):
        answers, best_part = by_day[day]
        for card, answer in answers.items():
            counts.setdefault(card, Counter())[answer] += 1
        if best_part is not None and best_part != BEST_DONT_KNOW:
            best[best_part] += 1
    counted = counted_answers(catalog)
    hard = hard_feelings(catalog)
    known = [card for card in order if card in counts]
    others = [card for card in counts if card not in order]
    activities = [
        ActivityFeelings(card, {answer: counts[card].get(answer, 0) for answer in counted}, hard)
        for card in [*known, *others]
        if any(counts[card].get(answer, 0) for answer in counted)
    ]
    ranked_best = dict(sorted(best.items(), key=lambda item: (-item[1], _position(item[0], order))))
    return DayStats(days=days, evening_days=len(by_day), activities=activities, best=ranked_best)


def _position(card: str, order: Sequence[str]) -> int:
    return list(order).index(card) if card in order else len(order)


def hardest_activity(activities: Sequence[ActivityFeelings]) -> ActivityFeelings | None:
    """The part of the day that was sad, scared or cross on the most days (then the larger share,
    then the earlier in the day); None when no part was."""
    hard = [item for item in activities if item.hard_days > 0]
    if not hard:
        return None
    return max(hard, key=lambda item: (item.hard_days, item.hard_days / item.days, -activities.index(item)))


def hard_words(item: ActivityFeelings, catalog: FeelingsCatalog, tr: Says) -> str:
    """The hard feelings a part had, most first: "sad", "sad or scared", "sad, scared or cross"."""
    present = sorted(
        (feeling for feeling in item.hard if item.answers.get(feeling, 0)),
        key=lambda feeling: (-item.answers[feeling], item.hard.index(feeling)),
    )
    words = [_words(tr, catalog.feeling_words(feeling)) for feeling in present]
    if len(words) == 1:
        return words[0]
    return tr.t("parent:history.or", rest=", ".join(words[:-1]), last=words[-1])


def activity_line(item: ActivityFeelings, words: str, catalog: FeelingsCatalog, tr: Says) -> str:
    """One part in a few words: "nap time: sad 4 of 6 days" (its most common answer)."""
    answer, count = item.top_answer
    how = answer_words(answer, catalog, tr)
    return tr.t("parent:history.part", part=words, how=how, count=count, days=item.days)


def hard_line(item: ActivityFeelings, words: str, catalog: FeelingsCatalog, tr: Says) -> str:
    """A hard part in a few words: "nap time: sad or scared 4 of 6 days"."""
    how = hard_words(item, catalog, tr)
    return tr.t("parent:history.part", part=words, how=how, count=item.hard_days, days=item.days)


def day_summary_line(stats: DayStats, card_words: Callable[[str], str], catalog: FeelingsCatalog, tr: Says) -> str:
    """One sentence naming the hardest part of the day, and the favourite part.

    Examples: "Nap time looks hardest: sad 4 of 6 days. Best part most often: outdoor play."
    "No part of the day was sad, scared or cross these two weeks. Best part most often: snack."
    "No "How was your day?" check-ins in these two weeks yet."
    """
    if not stats.activities and not stats.best:
        return tr.t("parent:history.no_evenings", days=stats.days)
    hardest = stats.hardest
    if hardest is not None:
        how = hard_words(hardest, catalog, tr)
        part = card_words(hardest.card)
        first = tr.t("parent:history.hardest", part=part, how=how, count=hardest.hard_days, days=hardest.days)
    else:
        first = tr.t("parent:history.none_hard", days=stats.days)
    if stats.best:
        favourite = next(iter(stats.best))
        first = tr.t("parent:history.best", first=first, part=card_words(favourite))
    return _first_up(first)


def tricky_lately(
    feelings: Sequence[FeelingEntry],
    evenings: Sequence[EveningEntry],
    today: dt.date,
    tz: dt.tzinfo | None,
    card_words: Callable[[str], str],
    catalog: FeelingsCatalog,
    tr: Says,
    *,
    days: int = WINDOWS[0],
    order: Sequence[str] = (),
    limit: int = 3,
) -> list[str]:
    """What has been tricky lately, in plain lines for the teacher's "About me" page.

    The parts of the day that were sad, scared or cross in the evening check-ins (hardest
    first), then what the morning check-ins named as tricky (most first). Only what happened
    at least ``PATTERN`` times counts: one hard day is a day, not a pattern. Empty when nothing was.
    """
    lines: list[str] = []
    stats = day_stats(evenings, today, days, tz, catalog, order)
    hard = sorted(
        (item for item in stats.activities if item.hard_days >= PATTERN),
        key=lambda item: (-item.hard_days, -item.hard_days / item.days, stats.activities.index(item)),
    )
    for item in hard:
        how = hard_words(item, catalog, tr)
        felt = tr.t("parent:history.felt", part=card_words(item.card), how=how, count=item.hard_days, days=item.days)
        lines.append(_first_up(felt))
    morning = tricky_counts(entries_in_window(feelings, today, days, tz), catalog.tricky_ids)
    things = list(morning)
    named = sorted(
        ((thing, count) for thing, count in morning.items() if thing != DONT_KNOW and count >= PATTERN),
        key=lambda item: (-item[1], things.index(item[0])),
    )
    for thing, count in named:
        named_thing = tr.t("parent:history.named", thing=_words(tr, catalog.tricky_words(thing)), count=count)
        lines.append(_first_up(named_thing))
    return lines[:limit]


__all__ = [
    "DONT_KNOW",
    "PATTERN",
    "WINDOWS",
    "ActivityFeelings",
    "DayFeelings",
    "DayStats",
    "HistoryStats",
    "Says",
    "Streak",
    "activity_line",
    "answer_words",
    "counted_answers",
    "day_stats",
    "day_summary_line",
    "entries_in_window",
    "evening_days",
    "feeling_counts",
    "feelings_by_day",
    "hard_feelings",
    "hard_line",
    "hard_words",
    "hardest_activity",
    "history_stats",
    "local_day",
    "ritual_days",
    "rituals_in_window",
    "streaks",
    "summary_line",
    "tricky_counts",
    "tricky_lately",
    "window_days",
]
