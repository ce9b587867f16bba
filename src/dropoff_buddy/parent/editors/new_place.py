"""A new place: the first day there, and for how many daycare days Play tells "My First Day".

Switched on, the first day is today (moved a day at a time with − and +); Play then tells "My
First Day" instead of "A Daycare Day" on the daycare days before it (getting ready) and on the
first N daycare days from it (default 10).
"""

from __future__ import annotations

import datetime as dt
import functools

import pygame

from dropoff_buddy.parent.editors.base import CHOICE, HELP, LABEL, Editor, toggle_button
from dropoff_buddy.storage.models import MAX_FIRST_DAYS
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, draw_text
from dropoff_buddy.week import WEEKDAY_NAMES, daycare_day_number, first_days_at_new_place, is_daycare_day

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day_words(day: dt.date, today: dt.date) -> str:
    """ "today", "tomorrow", or "Monday 7 December" (the parent's words for a day)."""
    if day == today:
        return "today"
    if day == today + dt.timedelta(days=1):
        return "tomorrow"
    if day == today - dt.timedelta(days=1):
        return "yesterday"
    return f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]}"


class NewPlaceEditor(Editor):
    key = "new_place"
    title = "New place"
    help = "Starting somewhere new? For the first days there, Play tells \u201cMy First Day\u201d."

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        week = self.profile.week
        found = [toggle_button((x + w - 200, y + 40, 150, 80), week.new_place_since is not None, self._toggle, "new")]
        if week.new_place_since is None:
            return found
        for row, (what, top) in enumerate((("day", y + 180), ("count", y + 320))):
            for sign, step in (("\u2212", -1), ("+", 1)):
                found.append(
                    Button(
                        rect=(x + 44 + (0 if step < 0 else 500), top, 90, 76),
                        on_activate=functools.partial(self._shift if row == 0 else self._more, step),
                        label=sign,
                        colour=CHOICE,
                        label_size=40,
                        sound="tap",
                        name=f"{what}-{'less' if step < 0 else 'more'}",
                    )
                )
        found.append(
            Button(
                rect=(x + 660, y + 180, 180, 76),
                on_activate=self._today,
                label="Today",
                colour=CHOICE,
                label_size=24,
                sound="tap",
                name="day-today",
            )
        )
        return found

    def _toggle(self) -> None:
        week = self.profile.week
        week.new_place_since = None if week.new_place_since is not None else self.ctx.today
        self._changed()
        self.host.rebuild()

    def _shift(self, step: int) -> None:
        week = self.profile.week
        if week.new_place_since is not None:
            week.new_place_since = week.new_place_since + dt.timedelta(days=step)
            self._changed()
        self.host.rebuild()

    def _today(self) -> None:
        self.profile.week.new_place_since = self.ctx.today
        self._changed()
        self.host.rebuild()

    def _more(self, step: int) -> None:
        week = self.profile.week
        count = min(MAX_FIRST_DAYS, max(1, week.first_days + step))
        if count != week.first_days:
            week.first_days = count
            self._changed()
        self.host.rebuild()

    def summary(self) -> str:
        week = self.profile.week
        if week.new_place_since is None:
            return "Not new"
        return f"New since {day_words(week.new_place_since, self.ctx.today)}"

    def status(self) -> str:
        """What Play does today, in plain words."""
        profile, today = self.profile, self.ctx.today
        number = daycare_day_number(profile, today)
        count = profile.week.first_days
        if number is None:
            return ""
        if not is_daycare_day(profile, today):
            return "Today is a home day. On the first daycare days, Play tells \u201cMy First Day\u201d."
        if first_days_at_new_place(profile, today):
            when = "Before the first day" if number == 0 else f"Today is daycare day {number} of {count}"
            return f"{when}: Play tells \u201cMy First Day\u201d today."
        return f"The first {count} daycare days are over: Play tells \u201cA Daycare Day\u201d again."

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, _h = self.area
        week = self.profile.week
        self._text(surface, self.ctx.words("New at {place}"), 28, (x + 44, y + 44))
        self._text(
            surface,
            "For the first days somewhere new (a new place, a new room or teacher), Play tells "
            "\u201cMy First Day\u201d: visiting, meeting the teacher, a shorter day, and coming back as promised.",
            HELP,
            (x + 44, y + 88),
            theme.INK_SOFT,
            wrap=w - 320,
        )
        if week.new_place_since is None:
            return
        layout = self.ctx.layout
        self._text(surface, "The first day:", LABEL, (x + 44, y + 146), theme.INK_SOFT)
        day = day_words(week.new_place_since, self.ctx.today)
        draw_text(surface, self.ctx.fonts, layout, day, 30, theme.INK, center=(x + 44 + 295, y + 218))
        self._text(
            surface, "\u201cMy First Day\u201d for this many daycare days:", LABEL, (x + 44, y + 286), theme.INK_SOFT
        )
        draw_text(surface, self.ctx.fonts, layout, str(week.first_days), 34, theme.INK, center=(x + 44 + 295, y + 358))
        self._text(surface, self.status(), HELP, (x + 44, y + 430), theme.INK, wrap=w - 88)
