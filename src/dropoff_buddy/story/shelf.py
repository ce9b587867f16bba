"""The shelf of stories: which stories the child sees, in which order, and which one Play tells today.

Every story in ``levels/`` (``ctx.content.stories``, by file name) is on the shelf unless the
parent hid it (``profile.shelf.hidden``; at least one always stays). Play tells one story a
morning, by the family's week (``week``):

- a home day (not a daycare day): "A Home Day";
- one of the first days at a new place: "My First Day";
- a day someone unusual picks up (``week.unusual_pickup``: not the drop-off grown-up nor who
  usually picks up): "Someone Else Picks Me Up";
- any other daycare day: "A Daycare Day".

A hidden or missing story is never chosen: the choice falls back to the next one that fits the day
(an ordinary daycare day's story is "A Daycare Day" or none), so Play never tells a story that is
untrue today. A family's own story (any other file) is on the shelf, never chosen by Play.

"Someone Else Picks Me Up" needs a second grown-up: a family of one is not shown it. Opened on a
day the drop-off grown-up picks up, it tells of the next day someone else does (``story_profile``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping

from dropoff_buddy.storage.models import Profile
from dropoff_buddy.story.schema import Story
from dropoff_buddy.week import (
    day_profile,
    first_days_at_new_place,
    is_daycare_day,
    other_pickup_index,
    unusual_pickup,
)

DAYCARE_DAY = "daycare_day"
FIRST_DAY = "my_first_day"
SOMEONE_ELSE = "someone_else_picks_up"
SAD_AT_DAYCARE = "sad_at_daycare"
HOME_DAY = "home_day"
#: The shipped stories in shelf order; any other story follows, by title.
SHELF_ORDER = (DAYCARE_DAY, FIRST_DAY, SOMEONE_ELSE, SAD_AT_DAYCARE, HOME_DAY)


def shelf_order(stories: Collection[str], titles: Mapping[str, str] | None = None) -> list[str]:
    """``stories`` (ids) in shelf order: the shipped ones first, then the rest by title."""
    titles = titles or {}
    known = [story for story in SHELF_ORDER if story in stories]
    others = sorted((story for story in stories if story not in SHELF_ORDER), key=lambda s: (titles.get(s, s), s))
    return known + others


def on_shelf(stories: Mapping[str, Story], profile: Profile) -> list[str]:
    """The stories the child sees on the shelf, in order: every story but the hidden ones (if the
    parent's choices would hide them all, the first is shown anyway)."""
    ordered = shelf_order(stories, {story_id: story.title.text for story_id, story in stories.items()})
    if len(profile.grownups) < 2:
        ordered = [story for story in ordered if story != SOMEONE_ELSE]  # nobody else to pick up
    shown = [story for story in ordered if story not in profile.shelf.hidden]
    return shown or ordered[:1]


def can_hide(stories: Mapping[str, Story], profile: Profile, story_id: str) -> bool:
    """True when hiding ``story_id`` leaves at least one story on the shelf."""
    return any(story != story_id for story in on_shelf(stories, profile))


def stories_for_day(profile: Profile, day: dt.date) -> list[str]:
    """The stories that fit ``day``, the best first (see the module docstring), whether or not they
    are on the shelf."""
    if not is_daycare_day(profile, day):
        return [HOME_DAY]
    wanted = [DAYCARE_DAY]
    if unusual_pickup(profile, day):
        wanted.insert(0, SOMEONE_ELSE)
    if first_days_at_new_place(profile, day):
        wanted.insert(0, FIRST_DAY)
    return wanted


def story_for_day(stories: Mapping[str, Story], profile: Profile, day: dt.date) -> str | None:
    """The story Play tells on ``day``: the best that fits and is on the shelf, or None."""
    shown = set(on_shelf(stories, profile))
    return next((story for story in stories_for_day(profile, day) if story in shown), None)


def story_profile(profile: Profile, story_id: str | None, day: dt.date) -> Profile:
    """``profile`` as story ``story_id`` tells it on ``day``: who picks up that day (``day_profile``);
    for "Someone Else Picks Me Up", the grown-up who next picks up instead of the drop-off one."""
    seen = day_profile(profile, day)
    if story_id != SOMEONE_ELSE or seen.pickup is not None:
        return seen
    other = other_pickup_index(profile, day)
    return seen if other is None else seen.model_copy(update={"pickup": other})


__all__ = [
    "DAYCARE_DAY",
    "FIRST_DAY",
    "HOME_DAY",
    "SAD_AT_DAYCARE",
    "SHELF_ORDER",
    "SOMEONE_ELSE",
    "can_hide",
    "on_shelf",
    "shelf_order",
    "stories_for_day",
    "story_for_day",
    "story_profile",
]
