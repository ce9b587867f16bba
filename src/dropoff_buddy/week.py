"""The family's week: daycare days and home days, who picks up on each, the first days at a new place.

Pure functions over ``Profile.week`` (``storage.models.FamilyWeek``) and a date; the date always
comes from the game's clock (``ctx.clock()``), so tests pass fixed clocks. Days are local dates.

- ``is_daycare_day``: Play runs the daycare morning; on other days it offers a home day.
- ``pickup_on``: who comes back that day (the day's own pick-up, else who usually picks up, else
  the drop-off grown-up); ``day_profile`` is the profile as that day sees it.
- ``sleeps_until_daycare``: how many sleeps until the next daycare day (the home-day story says
  "after two sleeps"), never a date.
- ``first_days_at_new_place``: the first N daycare days from the first day at a new place.
- ``counts_for_streak``: streaks count daycare days only; a weekend neither adds nor breaks one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from dropoff_buddy.storage.models import WEEKDAYS, Person, Profile


def is_daycare_day(profile: Profile, day: dt.date) -> bool:
    """True when ``day`` is one of the family's daycare days."""
    return day.weekday() in profile.week.daycare_days


def pickup_index(profile: Profile, day: dt.date) -> int | None:
    """Who picks up on ``day`` as an index into ``grownups`` (None: the drop-off grown-up)."""
    index = profile.week.pickups[day.weekday()]
    if index is None or index >= len(profile.grownups):
        index = profile.pickup
    if index is None or index >= len(profile.grownups) or index == profile.dropoff:
        return None
    return index


def pickup_on(profile: Profile, day: dt.date) -> Person:
    """The grown-up who comes back on ``day``."""
    index = pickup_index(profile, day)
    return profile.grownups[index] if index is not None else profile.grownup


def someone_else_picks_up(profile: Profile, day: dt.date) -> bool:
    """True when the grown-up who comes back on ``day`` is not the one who did drop-off."""
    return pickup_on(profile, day) != profile.grownup


def unusual_pickup(profile: Profile, day: dt.date) -> bool:
    """True when someone picks up on ``day`` who is neither the drop-off grown-up nor the one who
    usually picks up (the People page): Grandpa on Tuesdays. Play tells "Someone Else Picks Me Up"
    on those days; a family where Daddy always picks up hears "A Daycare Day", which says so too."""
    return someone_else_picks_up(profile, day) and pickup_on(profile, day) != profile.pickup_grownup


def other_pickup_index(profile: Profile, day: dt.date) -> int | None:
    """The grown-up (an index) who picks up when it is not the drop-off grown-up: on ``day`` if
    someone else does, else on the next such daycare day of the week, else who usually picks up,
    else the first other grown-up of the family; None for a family of one grown-up."""
    for ahead in range(WEEKDAYS):
        later = day + dt.timedelta(days=ahead)
        if (ahead == 0 or is_daycare_day(profile, later)) and (index := pickup_index(profile, later)) is not None:
            return index
    others = [index for index in range(len(profile.grownups)) if index != profile.dropoff]
    return others[0] if others else None


def day_profile(profile: Profile, day: dt.date) -> Profile:
    """``profile`` as ``day`` sees it: its ``pickup`` is who picks up that day (the story's cast, its
    ``pickup_is_dropoff`` pages and the ``{pickup_grownup}`` words follow it)."""
    index = pickup_index(profile, day)
    return profile if index == profile.pickup else profile.model_copy(update={"pickup": index})


def next_daycare_day(profile: Profile, day: dt.date) -> dt.date | None:
    """The first daycare day after ``day`` (None when the week has none)."""
    for ahead in range(1, WEEKDAYS + 1):
        later = day + dt.timedelta(days=ahead)
        if is_daycare_day(profile, later):
            return later
    return None


def sleeps_until_daycare(profile: Profile, day: dt.date) -> int | None:
    """How many nights until the next daycare day after ``day`` (1: tomorrow), None when there is none."""
    later = next_daycare_day(profile, day)
    return (later - day).days if later is not None else None


def daycare_day_number(profile: Profile, day: dt.date) -> int | None:
    """Which daycare day at the new place ``day`` is (1: the first day), 0 before the first day, None
    when the family is not new anywhere. Counting stops past ``first_days``."""
    since = profile.week.new_place_since
    if since is None:
        return None
    if day < since:
        return 0
    count = 0
    limit = profile.week.first_days
    current = since
    while current <= day and count <= limit:
        if is_daycare_day(profile, current):
            count += 1
        current += dt.timedelta(days=1)
    return count


def first_days_at_new_place(profile: Profile, day: dt.date) -> bool:
    """True on the daycare days that are among the first ``first_days`` at a new place (and on the
    daycare days before the first one, which get the child ready for it)."""
    number = daycare_day_number(profile, day)
    if number is None or not is_daycare_day(profile, day):
        return False
    return number <= profile.week.first_days


def counts_for_streak(daycare_days: Collection[int], day: dt.date) -> bool:
    """True when ``day`` takes part in a streak: a daycare day (every day, for a week with none)."""
    return not daycare_days or day.weekday() in daycare_days


def streak_runs(done: Collection[dt.date], today: dt.date, daycare_days: Collection[int] = ()) -> tuple[int, int]:
    """(current, best) runs of daycare days in a row with something ``done`` (a goodbye practised).

    Only daycare days count (``counts_for_streak``): a weekend or holiday between two daycare days
    neither adds to a run nor breaks it, and something done on a home day is a bonus, not a link.
    ``current`` counts back from today, or from the daycare day before when today's is not done
    yet (the morning is not over). Days after ``today`` are ignored.
    """
    days = sorted(day for day in set(done) if day <= today and counts_for_streak(daycare_days, day))
    if not days:
        return 0, 0
    done_set = set(days)
    best = run = 0
    day = days[0]
    while day <= today:  # walk the daycare days from the first one done
        if counts_for_streak(daycare_days, day):
            if day in done_set:
                run += 1
                best = max(best, run)
            elif day != today:
                run = 0
        day += dt.timedelta(days=1)
    return run, best


WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekday_name(weekday: int) -> str:
    """ "Monday" … "Sunday" for a weekday number (Monday 0)."""
    return WEEKDAY_NAMES[weekday]


__all__ = [
    "WEEKDAY_NAMES",
    "counts_for_streak",
    "day_profile",
    "daycare_day_number",
    "first_days_at_new_place",
    "is_daycare_day",
    "next_daycare_day",
    "other_pickup_index",
    "pickup_index",
    "pickup_on",
    "sleeps_until_daycare",
    "someone_else_picks_up",
    "streak_runs",
    "unusual_pickup",
    "weekday_name",
]
