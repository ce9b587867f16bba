"""The family's day at daycare: which picture cards, in which order, and when the grown-up comes back.

The parent picks 3–8 cards from ``levels/cards.toml`` (``profile.schedule``) and marks the one
right after which they come back (``profile.pickup_after``). Everything that shows or tells the
day (My Day, the story, the parent's day editor) goes through this module so they agree:

- ``family_day(profile, cards)`` → ``Day``: the cards the child will live through, in order,
  the pickup card, and the cards left out because they come after pick-up;
- ``schedule_problems(...)`` → what stops a new schedule being saved (kind, plain words);
- ``schedule_notes(...)`` → gentle notes that do not stop saving;
- ``with_day(profile, schedule, pickup_after, cards)`` → a new, validated ``Profile``;
- ``suggest_pickup_after(schedule, cards, current)`` → a sensible card to mark after an edit.

The promise itself is a line (``lines:my_day.promise`` in ``levels/lines.toml``): right after a
named activity, never a clock time, never "always".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dropoff_buddy.content.catalog import Card, CardCatalog
from dropoff_buddy.storage.models import Profile
from dropoff_buddy.words import card_words

MIN_CARDS = 3
MAX_CARDS = 8
#: The card that ends the day ("Home time": the grown-up takes the child home).
HOME_TIME = "pickup"
#: The moment the grown-up comes back when the parent has not chosen one.
DEFAULT_PICKUP_AFTER = "snack"


class ScheduleError(ValueError):
    """A schedule that cannot be saved. ``problems`` holds one kind, plain sentence each."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__(" ".join(self.problems))


@dataclass(frozen=True)
class Day:
    """The child's day as every part shows it.

    ``cards``: the cards in order, from the first one up to the pickup card, then the home-time
    card if the family's schedule has one. ``pickup``: the card right after which the grown-up
    comes back (it shows the family photo). ``left_out``: cards in the schedule after the pickup
    card, which the child will not be at daycare for, so the day never contradicts the promise.
    """

    cards: tuple[Card, ...]
    pickup: Card
    left_out: tuple[Card, ...] = ()

    @property
    def pickup_index(self) -> int:
        """Where the pickup card is in ``cards``."""
        return self.cards.index(self.pickup)

    @property
    def before_pickup(self) -> tuple[Card, ...]:
        """The cards up to and including the pickup card: the part of the day without the grown-up."""
        return self.cards[: self.pickup_index + 1]

    @property
    def ids(self) -> list[str]:
        return [card.id for card in self.cards]


def family_day(profile: Profile, cards: CardCatalog) -> Day:
    """The child's day from the profile: known cards in order, ending with home time after pick-up.

    Unknown card ids are skipped (``content.catalog.reconcile_profile`` has already told the parent).
    """
    known = [card for card in (cards.get(card_id) for card_id in profile.schedule) if card is not None]
    pickup = cards.get(profile.pickup_after)
    if pickup is None or pickup not in known:
        # Only reachable for a profile that bypassed reconciliation; keep the promise coherent anyway.
        pickup = next((card for card in reversed(known) if card.id != HOME_TIME), known[-1] if known else None)
        if pickup is None:
            fallback = cards.get(DEFAULT_PICKUP_AFTER) or cards.card[0]
            return Day(cards=(fallback,), pickup=fallback)
    index = known.index(pickup)
    shown = known[: index + 1]
    after = known[index + 1 :]
    home_time = [card for card in after if card.id == HOME_TIME]
    left_out = tuple(card for card in after if card.id != HOME_TIME)
    return Day(cards=tuple(shown + home_time[:1]), pickup=pickup, left_out=left_out)


def schedule_problems(schedule: Sequence[str], pickup_after: str, cards: CardCatalog) -> list[str]:
    """Why ``schedule`` with ``pickup_after`` cannot be saved, in plain words; empty when it can."""
    problems: list[str] = []
    unknown = [card_id for card_id in schedule if cards.get(card_id) is None]
    if unknown:
        problems.append(f"These cards are not in the game: {', '.join(unknown)}.")
    if len(schedule) < MIN_CARDS:
        problems.append(f"Pick at least {MIN_CARDS} cards for the day (there are {len(schedule)}).")
    if len(schedule) > MAX_CARDS:
        problems.append(f"Pick at most {MAX_CARDS} cards, so the day fits on one screen (there are {len(schedule)}).")
    repeated = sorted({card_id for card_id in schedule if list(schedule).count(card_id) > 1})
    if repeated:
        names = ", ".join(card_words(card_id, cards) for card_id in repeated)
        problems.append(
            f"Each card can be in the day once ({names} is there twice), so “right after …” always means one moment."
        )
    if pickup_after == HOME_TIME:
        problems.append(
            "Home time is when you arrive: mark the activity just before it as the one you come back after."
        )
    elif pickup_after not in schedule:
        problems.append("Mark the card right after which you come back; it has to be one of the day's cards.")
    return problems


def schedule_notes(schedule: Sequence[str], pickup_after: str, cards: CardCatalog) -> list[str]:
    """Gentle notes for the parent that do not stop saving (e.g. cards after pick-up are left out)."""
    if pickup_after not in schedule:
        return []
    after = [card_id for card_id in schedule[schedule.index(pickup_after) + 1 :] if card_id != HOME_TIME]
    if not after:
        return []
    said = [card_words(card_id, cards) for card_id in after]
    names = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    return [
        f"You come back right after {card_words(pickup_after, cards)}, so {names} "
        f"{'is' if len(after) == 1 else 'are'} left out of your child's day."
    ]


def with_day(profile: Profile, schedule: Sequence[str], pickup_after: str, cards: CardCatalog) -> Profile:
    """``profile`` with a new day; raises ``ScheduleError`` (nothing changed) if it cannot be saved.

    The caller assigns the result (``ctx.child.profile = ...``) and calls ``ctx.save_profile()``.
    """
    problems = schedule_problems(schedule, pickup_after, cards)
    if problems:
        raise ScheduleError(problems)
    data = profile.model_dump()
    data.update(schedule=list(schedule), pickup_after=pickup_after)
    return Profile.model_validate(data)


def suggest_pickup_after(schedule: Sequence[str], cards: CardCatalog, current: str | None = None) -> str | None:
    """A card to mark as "right after which I come back" once the schedule has changed.

    Keeps ``current`` if it is still in the day; else snack, else the card just before home
    time, else the last card that is not home time. None for a day with no such card.
    """
    candidates = [card_id for card_id in schedule if card_id != HOME_TIME and cards.get(card_id) is not None]
    if not candidates:
        return None
    if current in candidates:
        return current
    if DEFAULT_PICKUP_AFTER in candidates:
        return DEFAULT_PICKUP_AFTER
    if HOME_TIME in schedule:
        before = [card_id for card_id in schedule[: list(schedule).index(HOME_TIME)] if card_id in candidates]
        if before:
            return before[-1]
    return candidates[-1]
