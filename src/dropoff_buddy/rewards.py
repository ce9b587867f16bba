"""Stickers, milestones and streaks: what a finished goodbye ritual earns, and how it is kept.

A completed ritual gives one sticker picture (never food, treats or money). Every
``StickerEntry`` is kept in ``Progress.stickers``; reaching a milestone (5, 10, 20, 30, …
stickers) unlocks a buddy accessory, recorded in ``Progress.unlocked_accessories`` for the
buddy maker to offer. A streak is the number of days in a row, ending today (or yesterday,
before today's sticker), with at least one sticker.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from dropoff_buddy.storage.models import BUDDY_ACCESSORIES, Progress, StickerEntry


@dataclass(frozen=True)
class Sticker:
    """One sticker picture: its id (saved), how it is said, and its art under ``assets/``."""

    id: str
    words: str  # said in a sentence: "a rainbow"
    icon: str


STICKERS: tuple[Sticker, ...] = (
    Sticker("star", "a shiny star", "svg/stickers/star.svg"),
    Sticker("rainbow", "a rainbow", "svg/stickers/rainbow.svg"),
    Sticker("sun", "a smiling sun", "svg/stickers/sun.svg"),
    Sticker("heart", "a big heart", "svg/stickers/heart.svg"),
    Sticker("rocket", "a rocket", "svg/stickers/rocket.svg"),
    Sticker("flower", "a flower", "svg/stickers/flower.svg"),
    Sticker("paw", "a buddy paw", "svg/stickers/paw.svg"),
    Sticker("whale", "a happy whale", "svg/stickers/whale.svg"),
    Sticker("moon", "a sleepy moon", "svg/stickers/moon.svg"),
    Sticker("butterfly", "a butterfly", "svg/stickers/butterfly.svg"),
    Sticker("balloon", "a balloon", "svg/stickers/balloon.svg"),
    Sticker("ladybug", "a ladybug", "svg/stickers/ladybug.svg"),
)
STICKER_IDS = tuple(sticker.id for sticker in STICKERS)

# The order buddy accessories are unlocked in, one per milestone. Accessories not listed
# here (the scarf every buddy starts with) are always available.
UNLOCK_ORDER: tuple[str, ...] = (
    "star_badge",
    "crown",
    "heart_patch",
    "bowtie",
    "glasses",
    "bandana",
    "hat",
    "bow",
)
ACCESSORY_WORDS = {
    "star_badge": "a star badge",
    "crown": "a crown",
    "heart_patch": "a heart patch",
    "bowtie": "a bow tie",
    "glasses": "some glasses",
    "bandana": "a bandana",
    "hat": "a bobble hat",
    "bow": "a bow",
    "scarf": "a scarf",
}
assert set(UNLOCK_ORDER) <= set(BUDDY_ACCESSORIES)


def prize_words(accessories: list[str] | tuple[str, ...]) -> str:
    """How won accessories are said: "a star badge and a crown"."""
    said = [ACCESSORY_WORDS.get(item, item.replace("_", " ")) for item in accessories]
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]


def sticker(sticker_id: str) -> Sticker | None:
    """The sticker called ``sticker_id``, or None for one this version does not know."""
    return next((item for item in STICKERS if item.id == sticker_id), None)


def milestones(up_to: int) -> list[int]:
    """Every milestone count up to and including ``up_to``: 5, 10, 20, 30, 40, …"""
    found = [count for count in (5, 10) if count <= up_to]
    found.extend(range(20, up_to + 1, 10))
    return found


def next_milestone(count: int) -> int:
    """The first milestone above ``count`` stickers."""
    if count < 5:
        return 5
    if count < 10:
        return 10
    return (count // 10 + 1) * 10


def earned_accessories(count: int) -> list[str]:
    """The accessories ``count`` stickers have unlocked, in unlock order."""
    return list(UNLOCK_ORDER[: len(milestones(count))])


def sync_unlocks(progress: Progress) -> list[str]:
    """Add every accessory the sticker count has earned but ``progress`` lacks; returns the new ones.

    Assigns a new list (so pydantic validates it). The caller saves.
    """
    new = [item for item in earned_accessories(progress.sticker_count) if item not in progress.unlocked_accessories]
    if new:
        progress.unlocked_accessories = [*progress.unlocked_accessories, *new]
    return new


def choose_sticker(progress: Progress, rng: random.Random) -> Sticker:
    """A sticker for the next award: one the child does not have yet, else any but the last one."""
    owned = {entry.sticker for entry in progress.stickers}
    fresh = [item for item in STICKERS if item.id not in owned]
    if fresh:
        return rng.choice(fresh)
    last = progress.stickers[-1].sticker if progress.stickers else ""
    return rng.choice([item for item in STICKERS if item.id != last])


@dataclass(frozen=True)
class Award:
    """What one finished ritual earned: the sticker, the new total, and any accessory unlocked."""

    sticker: Sticker
    count: int
    unlocked: tuple[str, ...]


def award_sticker(progress: Progress, rng: random.Random, now: dt.datetime, ritual: list[str], mode: str) -> Award:
    """Record a sticker for a completed ``ritual`` played in ``mode`` and unlock milestones. The caller saves."""
    chosen = choose_sticker(progress, rng)
    entry = StickerEntry(at=now, sticker=chosen.id, ritual=list(ritual), mode=mode)
    progress.stickers = [*progress.stickers, entry]
    unlocked = sync_unlocks(progress)
    return Award(chosen, progress.sticker_count, tuple(unlocked))


def sticker_days(progress: Progress, tz: dt.tzinfo | None) -> set[dt.date]:
    """The local dates on which at least one sticker was earned."""
    return {entry.at.astimezone(tz).date() if entry.at.tzinfo else entry.at.date() for entry in progress.stickers}


def streak(progress: Progress, now: dt.datetime) -> int:
    """Days in a row with a sticker, ending today (or yesterday, while today has none yet)."""
    days = sticker_days(progress, now.tzinfo)
    today = now.date()
    day = today if today in days else today - dt.timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= dt.timedelta(days=1)
    return count


def week(progress: Progress, now: dt.datetime, length: int = 7) -> list[tuple[dt.date, bool]]:
    """The last ``length`` days, oldest first, each with whether a sticker was earned that day."""
    days = sticker_days(progress, now.tzinfo)
    today = now.date()
    return [
        (today - dt.timedelta(days=offset), today - dt.timedelta(days=offset) in days)
        for offset in range(length - 1, -1, -1)
    ]
