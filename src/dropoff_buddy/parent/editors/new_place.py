"""A new place: the first day there, and for how many daycare days Play tells "My First Day".

Switched on, the first day is today (moved a day at a time with − and +); Play then tells "My
First Day" instead of "A Daycare Day" on the daycare days before it (getting ready) and on the
first N daycare days from it (default 10).
"""

from __future__ import annotations

import datetime as dt
import functools

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.parent.editors.base import CHOICE, HELP, LABEL, Editor, story_title, toggle_button
from dropoff_buddy.storage.models import MAX_FIRST_DAYS
from dropoff_buddy.story.shelf import DAYCARE_DAY, FIRST_DAY
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, draw_text
from dropoff_buddy.week import daycare_day_number, first_days_at_new_place, is_daycare_day


def day_words(ctx: GameContext, day: dt.date) -> str:
    """ "today", "tomorrow", or "Monday 7 December" (the parent's words for a day), in the family's language."""
    today = ctx.today
    for name, offset in (("today", 0), ("tomorrow", 1), ("yesterday", -1)):
        if day == today + dt.timedelta(days=offset):
            return ctx.t(f"parent:editor.new_place.day_{name}")
    return ctx.date_words(day, "EEEE d MMMM")


class NewPlaceEditor(Editor):
    key = "new_place"

    @property
    def help(self) -> str:
        return self.t("help", story=story_title(self.ctx, FIRST_DAY))

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        week = self.profile.week
        on = week.new_place_since is not None
        found = [toggle_button(self.ctx, (x + w - 200, y + 40, 150, 80), on, self._toggle, "new")]
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
                label=self.t("today"),
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
            return self.t("summary_off")
        return self.t("summary_on", day=day_words(self.ctx, week.new_place_since))

    def status(self) -> str:
        """What Play does today, in plain words."""
        profile, today = self.profile, self.ctx.today
        number = daycare_day_number(profile, today)
        count = profile.week.first_days
        if number is None:
            return ""
        story = story_title(self.ctx, FIRST_DAY)
        if not is_daycare_day(profile, today):
            return self.t("status_home_day", story=story)
        if first_days_at_new_place(profile, today):
            if number == 0:
                return self.t("status_before", story=story)
            return self.t("status_day", story=story, number=number, count=count)
        return self.t("status_over", count=count, usual=story_title(self.ctx, DAYCARE_DAY))

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, _h = self.area
        week = self.profile.week
        self._text(surface, self.t("heading"), 28, (x + 44, y + 44))
        self._help(surface, self.t("explain", story=story_title(self.ctx, FIRST_DAY)), (x + 44, y + 88), w - 320)
        if week.new_place_since is None:
            return
        layout = self.ctx.layout
        self._text(surface, self.t("first_day"), LABEL, (x + 44, y + 146), theme.INK_SOFT)
        day = day_words(self.ctx, week.new_place_since)
        draw_text(surface, self.ctx.fonts, layout, day, 30, theme.INK, center=(x + 44 + 295, y + 218))
        count_words = self.t("count", story=story_title(self.ctx, FIRST_DAY))
        self._text(surface, count_words, LABEL, (x + 44, y + 286), theme.INK_SOFT)
        draw_text(surface, self.ctx.fonts, layout, str(week.first_days), 34, theme.INK, center=(x + 44 + 295, y + 358))
        self._text(surface, self.status(), HELP, (x + 44, y + 430), theme.INK, wrap=w - 88)
