"""The week: which days are daycare days, and who picks up on each.

A column per day of the week: the day's name, "Daycare" or "Home" (tap to change), and on a
daycare day the grown-up who picks up (tap to go to the next grown-up of the family). On daycare
days Play runs the daycare morning and its story tells who comes back; on home days Play offers
"A Home Day" and no goodbye game.
"""

from __future__ import annotations

import datetime as dt
import functools

import pygame

from dropoff_buddy.parent.editors.base import CHOICE, LABEL, OFF, ON, Editor, capitalised, story_title
from dropoff_buddy.storage.models import Person
from dropoff_buddy.story.shelf import HOME_DAY
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button, write
from dropoff_buddy.week import pickup_index

COLUMN_GAP = 12.0
PORTRAIT_TOP = 90.0  # a tall window: a row per day, under the column headings
PORTRAIT_ROW = 120.0
PORTRAIT_GAP = 24.0
PORTRAIT_NAME = 260.0  # the day's name, at the start of its row
A_MONDAY = dt.date(2024, 1, 1)  # only the weekday of a date matters to who picks up


class WeekEditor(Editor):
    key = "week"

    def day_name(self, weekday: int, short: bool = False) -> str:
        """ "Monday" (or "Mon") in the family's language."""
        return capitalised(self.ctx.date_words(A_MONDAY + dt.timedelta(days=weekday), "EEE" if short else "EEEE"))

    @property
    def how(self) -> str:
        return self.t("how", story=story_title(self.ctx, HOME_DAY))

    @property
    def portrait(self) -> bool:
        """A tall window: a row per day (name, daycare or home, who picks up), big enough to read."""
        _x, _y, w, h = self.area
        return h > w

    def _columns(self) -> list[tuple[float, float]]:
        """(left, width) of each day's column (landscape)."""
        x, _y, w, _h = self.area
        width = (w - 80 - 6 * COLUMN_GAP) / 7
        return [(x + 40 + index * (width + COLUMN_GAP), width) for index in range(7)]

    def _cells(self, weekday: int) -> tuple[RectLike, RectLike]:
        """Where the day's "Daycare or Home" button and its "who picks up" button go."""
        x, y, w, _h = self.area
        if self.portrait:
            top = y + PORTRAIT_TOP + weekday * (PORTRAIT_ROW + PORTRAIT_GAP)
            width = (w - 80 - PORTRAIT_NAME - 2 * 30) / 2
            left = x + 40 + PORTRAIT_NAME + 30
            return (left, top, width, PORTRAIT_ROW), (left + width + 30, top, width, PORTRAIT_ROW)
        left, width = self._columns()[weekday]
        return (left, y + 90, width, 96), (left, y + 250, width, 96)

    def buttons(self) -> list[Button]:
        week = self.profile.week
        label_size = 34 if self.portrait else 21
        found = []
        for weekday in range(7):
            daycare = weekday in week.daycare_days
            day_rect, pickup_rect = self._cells(weekday)
            found.append(
                Button(
                    rect=day_rect,
                    on_activate=functools.partial(self._toggle_day, weekday),
                    label=capitalised(self.t("daycare")) if daycare else self.t("home"),
                    colour=ON if daycare else OFF,
                    label_colour=theme.INK,
                    label_size=label_size,
                    sound="tap",
                    name=f"day-{weekday}",
                )
            )
            if daycare and len(self.profile.grownups) > 1:
                found.append(
                    Button(
                        rect=pickup_rect,
                        on_activate=functools.partial(self._next_pickup, weekday),
                        label=self._picker(weekday).name,
                        colour=CHOICE,
                        label_colour=theme.INK,
                        label_size=label_size,
                        sound="tap",
                        name=f"pickup-{weekday}",
                    )
                )
        return found

    def _picker(self, weekday: int) -> Person:
        index = self._pickup_of(weekday)
        return self.profile.grownups[index] if index is not None else self.profile.grownup

    def _pickup_of(self, weekday: int) -> int | None:
        """Who picks up on ``weekday`` (an index; None: the drop-off grown-up), as the week has it."""
        return pickup_index(self.profile, A_MONDAY + dt.timedelta(days=weekday))

    def _toggle_day(self, weekday: int) -> None:
        week = self.profile.week
        days = set(week.daycare_days)
        days.symmetric_difference_update({weekday})
        week.daycare_days = sorted(days)
        self._changed()
        self.host.rebuild()

    def _next_pickup(self, weekday: int) -> None:
        """The next grown-up of the family picks up on ``weekday`` (round and back to the first)."""
        profile = self.profile
        now = self._pickup_of(weekday)
        current = profile.dropoff if now is None else now
        following = (current + 1) % len(profile.grownups)
        pickups = list(profile.week.pickups)
        usual = profile.pickup if profile.pickup is not None and profile.pickup < len(profile.grownups) else None
        pickups[weekday] = None if following == (usual if usual is not None else profile.dropoff) else following
        profile.week.pickups = pickups
        self._changed()
        self.host.rebuild()

    def summary(self) -> str:
        week = self.profile.week
        days = self.t("summary", count=len(week.daycare_days))
        others = sorted(
            {
                self.profile.grownups[index].name
                for day in week.daycare_days
                if (index := self._pickup_of(day)) is not None
            }
        )
        return self.t("summary_others", days=days, names=", ".join(others)) if others else days

    def draw(self, surface: pygame.Surface) -> None:
        if self.portrait:
            self._draw_rows(surface)
            return
        _x, y, w, _h = self.area
        x0 = self._columns()[0][0]
        for weekday, (left, width) in enumerate(self._columns()):
            label = self.day_name(weekday, short=width < 150)
            write(surface, self.ctx, label, LABEL, theme.INK, center=(left + width / 2, y + 56))
        if len(self.profile.grownups) > 1:
            self._text(surface, self.t("picks_up"), LABEL, (x0, y + 210), theme.INK_SOFT)
        else:
            self._help(surface, self.t("one_grownup"), (x0, y + 210), w - 80)
        self._help(surface, self.how, (x0, y + 370), w - 80)

    def _draw_rows(self, surface: pygame.Surface) -> None:
        """Portrait: the day's name at the start of its row; the help under the week."""
        x, _y, w, _h = self.area
        day_rect, pickup_rect = self._cells(0)
        heading = capitalised(self.t("daycare_or_home"))
        write(surface, self.ctx, heading, 28, theme.INK_SOFT, center=_above(day_rect))
        if len(self.profile.grownups) > 1:
            write(surface, self.ctx, self.t("picks_up_heading"), 28, theme.INK_SOFT, center=_above(pickup_rect))
        for weekday in range(7):
            _left, top, _w, height = self._cells(weekday)[0]
            self._text(surface, self.day_name(weekday), 36, (x + 40, top + height / 2 - 22), theme.INK)
        below = self._cells(6)[0][1] + PORTRAIT_ROW + 40
        if len(self.profile.grownups) <= 1:
            self._text(surface, self.t("one_grownup"), 30, (x + 40, below), theme.INK_SOFT, wrap=w - 80)
            below += 120
        self._text(surface, self.how, 30, (x + 40, below), theme.INK_SOFT, wrap=w - 80)


def _above(rect: RectLike) -> tuple[float, float]:
    x, y, w, _h = rect
    return (x + w / 2, y - 34)
