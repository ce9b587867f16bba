"""Made-up progress for the tour and the benchmarks: a child who starts out sad and settles."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from dropoff_buddy.storage.models import (
    BEST_DONT_KNOW,
    DONT_KNOW,
    SKIP,
    ActivityAnswer,
    EveningEntry,
    FeelingEntry,
    Progress,
    StickerEntry,
)

#: How often each tricky thing is picked on a hard morning: goodbyes and missing the grown-up most.
TRICKY_WEIGHTS = {
    "goodbye": 2,
    "missing_grownup": 2,
    "nap": 1,
    "loud_noises": 1,
    "other_children": 1,
    "food": 1,
    "dont_know": 1,
}
SAMPLE_DAY = ("arrive", "circle_time", "free_play", "snack")
SAMPLE_ANSWERS = ("happy", "okay", "sad", "scared", "cross", DONT_KNOW, SKIP)


def sample_progress(
    now: dt.datetime, rng: random.Random, days: int = 60, day_cards: Sequence[str] = SAMPLE_DAY
) -> Progress:
    """Realistic made-up progress ending ``now``: a child who starts out sad and settles.

    Most mornings have one check-in, a few have two, some have none (weekends, a sick day).
    Early days lean sad/scared with "saying goodbye" and "missing the grown-up" tricky; later
    days lean happy/okay. Rituals are done on most check-in days. Most evenings have a "How was
    your day?" about ``day_cards`` (the family's day up to pickup), in which one part stays hard.
    """
    feelings: list[FeelingEntry] = []
    stickers: list[StickerEntry] = []
    evenings: list[EveningEntry] = []
    today = now.date()
    for offset in range(days - 1, -1, -1):
        day = today - dt.timedelta(days=offset)
        if day.weekday() >= 5 and rng.random() < 0.8:
            continue  # most weekends: no daycare, no check-in
        if rng.random() < 0.12:
            continue  # a sick day or a rushed morning
        settled = 1 - offset / days  # 0 at the start, 1 today
        answers = 2 if rng.random() < 0.18 else 1
        for answer in range(answers):
            at = dt.datetime.combine(day, dt.time(7, 40 + answer * 9 + rng.randint(0, 10)), tzinfo=now.tzinfo)
            if at > now:
                at = now - dt.timedelta(minutes=5 * (answers - answer))
            weights = [1 + 5 * settled, 2 + settled, 3 * (1 - settled) + 0.4, 2 * (1 - settled) + 0.2, 0.6]
            feeling = rng.choices(("happy", "okay", "sad", "scared", "cross"), weights)[0]
            tricky: list[str] = []
            if feeling in ("sad", "scared", "cross") or rng.random() < 0.2:
                pool = [thing for thing, weight in TRICKY_WEIGHTS.items() for _ in range(weight)]
                tricky = sorted(set(rng.sample(pool, rng.randint(1, 2))), key=pool.index)
            feelings.append(FeelingEntry(at=at, feeling=feeling, tricky=tricky))
        if rng.random() < 0.85:
            at = dt.datetime.combine(day, dt.time(8, 5), tzinfo=now.tzinfo)
            stickers.append(
                StickerEntry(at=min(at, now), sticker="star", ritual=["hug", "kiss", "high_five"], mode="practice")
            )
        if offset > 0 and rng.random() < 0.9:
            evenings.append(sample_evening(day, now, rng, day_cards))
    return Progress(feelings=feelings, stickers=stickers, evenings=evenings)


def sample_evening(day: dt.date, now: dt.datetime, rng: random.Random, day_cards: Sequence[str]) -> EveningEntry:
    """A made-up "How was your day?" for ``day``: nap (or else the first part) stays hard, and one
    of the middle parts is the favourite: the pattern a parent wants to spot."""
    hard = "nap" if "nap" in day_cards else day_cards[0]
    answers = []
    for card in day_cards:
        hard_weights = [0.6, 0.8, 3.2, 0.9, 0.3, 0.4, 0.1]
        weights = hard_weights if card == hard else [3.0, 1.5, 0.25, 0.1, 0.15, 0.4, 0.3]
        answer = rng.choices(SAMPLE_ANSWERS, weights)[0]
        answers.append(ActivityAnswer(card=card, answer=answer))
    favourites = [card for card in day_cards if card != hard] or list(day_cards)
    best = rng.choices([*favourites, BEST_DONT_KNOW], [4, *[2] * (len(favourites) - 1), 1])[0]
    at = dt.datetime.combine(day, dt.time(17, 30), tzinfo=now.tzinfo)
    return EveningEntry(at=min(at, now), answers=answers, best=best)
