"""Stickers, milestones and streaks: what a finished goodbye ritual earns, and how it is kept.

The stickers and prizes are content (``levels/rewards.toml``, ``RewardCatalog``, in
``ctx.content.rewards``). A completed ritual gives one sticker picture (never food, treats or money). Every
``StickerEntry`` is kept in ``Progress.stickers``; reaching a milestone (5, 10, 20, 30, …
stickers) unlocks a buddy accessory, recorded in ``Progress.unlocked_accessories`` for the
buddy maker to offer. A streak is the number of the family's daycare days in a row, ending today
(or the daycare day before, until today's sticker), with at least one sticker; home days neither add
to it nor break it.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Collection
from dataclasses import dataclass
from typing import ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from dropoff_buddy.content.lines import Text
from dropoff_buddy.content.loader import StrictContent, check_words
from dropoff_buddy.storage.models import BUDDY_ACCESSORIES, Progress, StickerEntry
from dropoff_buddy.week import streak_runs

_ID = r"^[a-z][a-z0-9_]*$"


class Sticker(StrictContent):
    """One sticker picture: its id (saved), how it is said, and its art under ``assets/``."""

    line_scope: ClassVar[str | None] = "sticker.{id}"  # rewards:sticker.<id>.words

    id: str = Field(pattern=_ID)
    words: Text  # said in a sentence: "a rainbow"
    icon: str = Field(pattern=r"^svg/[a-z0-9_/]+\.svg$")

    _words_ok = field_validator("words")(check_words)


class Wearable(StrictContent):
    """A buddy accessory and how it is said ("a crown")."""

    line_scope: ClassVar[str | None] = "wear.{id}"  # rewards:wear.<id>.words (the id is a buddy accessory)

    id: str = Field(pattern=_ID)
    words: Text

    _words_ok = field_validator("words")(check_words)


class RewardCatalog(StrictContent):
    """``levels/rewards.toml``: the stickers, and the prizes in the order they are won."""

    schema_version: Literal[1]
    sticker: list[Sticker] = Field(min_length=2)
    prize: list[Wearable] = Field(min_length=1)  # one per milestone, in this order
    wearable: list[Wearable] = Field(default_factory=list)  # worn from the start, not won

    @model_validator(mode="after")
    def _known(self) -> RewardCatalog:
        for kind, ids in (
            ("sticker", [item.id for item in self.sticker]),
            ("accessory", [item.id for item in (*self.prize, *self.wearable)]),
        ):
            repeated = sorted({item for item in ids if ids.count(item) > 1})
            if repeated:
                raise ValueError(f"{kind} {repeated[0]!r} is listed twice")
        unknown = [item.id for item in (*self.prize, *self.wearable) if item.id not in BUDDY_ACCESSORIES]
        if unknown:
            raise ValueError(f"{unknown[0]!r} is not something the buddy can wear ({', '.join(BUDDY_ACCESSORIES)})")
        return self

    @property
    def unlock_order(self) -> tuple[str, ...]:
        """The accessories won one per milestone, in order."""
        return tuple(item.id for item in self.prize)

    def sticker_by_id(self, sticker_id: str) -> Sticker | None:
        """The sticker called ``sticker_id``, or None for one this version does not know."""
        return next((item for item in self.sticker if item.id == sticker_id), None)

    def prize_words(self, accessories: list[str] | tuple[str, ...]) -> list[Text]:
        """How won accessories are said ("a star badge", "a crown"), to join in a sentence (``ctx.tr.join``)."""
        words = {item.id: item.words for item in (*self.prize, *self.wearable)}
        return [words.get(item, Text(item.replace("_", " "))) for item in accessories]

    def earned_accessories(self, count: int) -> list[str]:
        """The accessories ``count`` stickers have unlocked, in unlock order."""
        return list(self.unlock_order[: len(milestones(count))])

    def sync_unlocks(self, progress: Progress) -> list[str]:
        """Add every accessory the sticker count has earned but ``progress`` lacks; returns the new ones.

        Assigns a new list (so pydantic validates it). The caller saves.
        """
        earned = self.earned_accessories(progress.sticker_count)
        new = [item for item in earned if item not in progress.unlocked_accessories]
        if new:
            progress.unlocked_accessories = [*progress.unlocked_accessories, *new]
        return new

    def choose_sticker(self, progress: Progress, rng: random.Random) -> Sticker:
        """A sticker for the next award: one the child does not have yet, else any but the last one."""
        owned = {entry.sticker for entry in progress.stickers}
        fresh = [item for item in self.sticker if item.id not in owned]
        if fresh:
            return rng.choice(fresh)
        last = progress.stickers[-1].sticker if progress.stickers else ""
        return rng.choice([item for item in self.sticker if item.id != last])

    def award_sticker(
        self, progress: Progress, rng: random.Random, now: dt.datetime, ritual: list[str], mode: str
    ) -> Award:
        """Record a sticker for a completed ``ritual`` played in ``mode`` and unlock milestones. The caller saves."""
        chosen = self.choose_sticker(progress, rng)
        entry = StickerEntry(at=now, sticker=chosen.id, ritual=list(ritual), mode=mode)
        progress.stickers = [*progress.stickers, entry]
        unlocked = self.sync_unlocks(progress)
        return Award(chosen, progress.sticker_count, tuple(unlocked))


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


@dataclass(frozen=True)
class Award:
    """What one finished ritual earned: the sticker, the new total, and any accessory unlocked."""

    sticker: Sticker
    count: int
    unlocked: tuple[str, ...]


def sticker_days(progress: Progress, tz: dt.tzinfo | None) -> set[dt.date]:
    """The local dates on which at least one sticker was earned."""
    return {entry.at.astimezone(tz).date() if entry.at.tzinfo else entry.at.date() for entry in progress.stickers}


def streak(progress: Progress, now: dt.datetime, daycare_days: Collection[int] = ()) -> int:
    """Daycare days in a row with a sticker, ending today (or the daycare day before, while today has
    none yet); home days neither add nor break it (``week.streak_runs``; no ``daycare_days``: every day)."""
    return streak_runs(sticker_days(progress, now.tzinfo), now.date(), daycare_days)[0]


def week(progress: Progress, now: dt.datetime, length: int = 7) -> list[tuple[dt.date, bool]]:
    """The last ``length`` days, oldest first, each with whether a sticker was earned that day."""
    days = sticker_days(progress, now.tzinfo)
    today = now.date()
    return [
        (today - dt.timedelta(days=offset), today - dt.timedelta(days=offset) in days)
        for offset in range(length - 1, -1, -1)
    ]
