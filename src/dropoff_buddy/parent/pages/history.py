"""How the child has been: feelings by day, what was tricky, rituals and streaks, and a CSV export.

A parent page (behind the gate) with two views. **Mornings**: one column per day for the last
14 days, or 60 with the toggle; each check-in is a small face (14 days) or a coloured segment
(60 days), and a day with no check-in is left empty, never drawn as zero. **After daycare**:
each part of the child's day with how it was on the evenings they said ("nap time: sad 4 of 6
days"), the best parts, and a tip to try for the hardest part. The page opens on After daycare
when some part of the day was hard. The statistics come from the pure functions in
``dropoff_buddy.history``; this scene only lays them out. Each view draws in its own module
(``history_mornings``, ``history_days``); the tour's made-up weeks are in ``history_sample``.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Iterator

import pygame

from dropoff_buddy.content.lines import Text
from dropoff_buddy.content.tips import Tip, tip_for_activity
from dropoff_buddy.context import GameContext
from dropoff_buddy.day import family_day
from dropoff_buddy.history import (
    WINDOWS,
    DayStats,
    HistoryStats,
    answer_words,
    day_stats,
    day_summary_line,
    history_stats,
    summary_line,
)
from dropoff_buddy.parent.page import MARGIN, ParentPageScene, action_button, draw_card
from dropoff_buddy.parent.pages.history_days import draw_activities, draw_best
from dropoff_buddy.parent.pages.history_mornings import draw_chart, draw_side
from dropoff_buddy.parent.pages.history_mornings import streak_words as streak_words
from dropoff_buddy.parent.pages.history_sample import sample_progress as sample_progress
from dropoff_buddy.parent.pages.tips import ParentTipsScene
from dropoff_buddy.registry import ParentPage, TourShot
from dropoff_buddy.storage.atomic import SaveError, describe_os_error
from dropoff_buddy.storage.exports import export_folder, export_history
from dropoff_buddy.storage.models import (
    DONT_KNOW,
    Progress,
)
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button, write
from dropoff_buddy.words import card_words

#: The colour of "not sure" in the bars of the After daycare view.
DONT_KNOW_COLOUR: theme.Colour = (206, 212, 220)
PANEL_TOP = 236.0
PANEL_HEIGHT = 410.0
VIEW_TOP = 168.0
VIEWS = ("days", "mornings")  # their labels: parent:history.view_<view>


class ParentHistoryScene(ParentPageScene):
    """The "How {child} has been" page. ``progress`` overrides the child's (for the tour's sample)."""

    name = "parent-history"

    def __init__(
        self, ctx: GameContext, progress: Progress | None = None, days: int = WINDOWS[0], view: str | None = None
    ) -> None:
        super().__init__(ctx)
        self._progress = progress
        self.days = days
        self.stats = self._compute()
        self.day_stats = self._compute_days()
        # Open where the news is: the evenings, when some part of the day has been hard.
        self.view = view or ("days" if self.day_stats.hardest is not None else "mornings")
        self.tip = self._tip()
        self.rebuild()

    # -- data --------------------------------------------------------------------------------

    @property
    def progress(self) -> Progress:
        return self._progress if self._progress is not None else self.ctx.progress

    def feeling_colour(self, feeling: str) -> theme.Colour:
        """A feeling's colour from levels/feelings.toml (grey for one this version does not know)."""
        face = next((face for face in self.ctx.content.feelings.feeling if face.id == feeling), None)
        return theme.colour_named(face.colour) if face is not None else theme.INK_SOFT

    def _compute(self) -> HistoryStats:
        now = self.ctx.now()
        return history_stats(
            self.progress.feelings,
            self.progress.stickers,
            now.date(),
            self.days,
            now.tzinfo,
            self.ctx.content.feelings,
            self.ctx.profile.week.daycare_days,
        )

    def _compute_days(self) -> DayStats:
        now = self.ctx.now()
        order = [*family_day(self.ctx.profile, self.ctx.content.cards).ids, *self.ctx.profile.schedule]
        return day_stats(self.progress.evenings, now.date(), self.days, now.tzinfo, self.ctx.content.feelings, order)

    def write_empty(self, surface: pygame.Surface, key: str, center: tuple[float, float], wrap: float) -> None:
        """The soft words in the middle of a view that has nothing to show yet."""
        write(surface, self.ctx, self.ctx.t(key), 22, theme.INK_SOFT, center=center, wrap=wrap)

    def card_words(self, card_id: str) -> str:
        """How a card is said inside a sentence, in the family's language ("snack", "la merienda")."""
        card = self.ctx.content.cards.get(card_id)
        return self.ctx.text(card.words) if card is not None else card_words(card_id)

    def answer_colour(self, answer: str) -> theme.Colour:
        return DONT_KNOW_COLOUR if answer == DONT_KNOW else self.feeling_colour(answer)

    def _tip(self) -> Tip | None:
        """The tip to try for the hardest part of the day (None when nothing was hard, or no tips)."""
        hardest = self.day_stats.hardest
        if hardest is None:
            return None
        deck = self.ctx.content.tips
        return tip_for_activity(deck, hardest.card) if deck is not None else None

    # -- layout ------------------------------------------------------------------------------

    def _chart_rect(self) -> tuple[float, float, float, float]:
        layout = self.ctx.layout
        width = (layout.width - 2 * MARGIN - 24) * 0.64
        return (MARGIN, PANEL_TOP, width, PANEL_HEIGHT)

    def _side_rect(self) -> tuple[float, float, float, float]:
        layout = self.ctx.layout
        cx, cy, cw, ch = self._chart_rect()
        left = cx + cw + 24
        return (left, cy, layout.width - MARGIN - left, ch)

    def page_title(self) -> str:
        return self.ctx.t("parent:history.title")

    def header_buttons(self) -> list[Button]:
        return [self.header_button(self.ctx.t("parent:history.export"), self.export, "export", width=300)]

    def message_area(self) -> RectLike:
        top = PANEL_TOP + PANEL_HEIGHT + 24
        return (MARGIN, top, self.ctx.layout.width - 2 * MARGIN, self.ctx.layout.height - top - 24)

    def build(self) -> None:
        for index, view in enumerate(VIEWS):
            chosen = view == self.view
            self.buttons.add(
                Button(
                    rect=(MARGIN + index * 234, VIEW_TOP, 220, 56),
                    on_activate=functools.partial(self.show_view, view),
                    label=self.ctx.t(f"parent:history.view_{view}"),
                    colour=theme.PARENT_ACCENT if chosen else (226, 232, 240),
                    label_colour=theme.WHITE if chosen else theme.INK,
                    label_size=22,
                    sound="tap",
                    name=f"view-{view}",
                )
            )
        if self.view == "days" and self.tip is not None:
            sx, sy, sw, sh = self._side_rect()
            self.buttons.add(
                action_button(
                    (sx + 24, sy + sh - 24 - 60, min(260.0, sw - 48), 60),
                    self.ctx.t("parent:history.read_tip"),
                    self.open_tip,
                    "read-tip",
                    primary=True,
                    size=21,
                )
            )
        x, y, _w, _h = self._chart_rect()
        for index, days in enumerate(WINDOWS):
            selected = days == self.days
            self.buttons.add(
                Button(
                    rect=(x + 24 + index * 200, y + 20, 184, 64),
                    on_activate=functools.partial(self.show_days, days),
                    label=self.ctx.t("parent:history.last_days", days=days),
                    colour=theme.PARENT_ACCENT if selected else (226, 232, 240),
                    label_colour=theme.WHITE if selected else theme.INK,
                    label_size=22,
                    sound="tap",
                    name=f"days-{days}",
                )
            )

    # -- actions -----------------------------------------------------------------------------

    def show_days(self, days: int) -> None:
        if days == self.days:
            return
        self.days = days
        self.stats = self._compute()
        self.day_stats = self._compute_days()
        self.tip = self._tip()
        self.rebuild(focus=f"days-{days}")

    def show_view(self, view: str) -> None:
        if view == self.view:
            return
        self.view = view
        self.rebuild(focus=f"view-{view}")

    def open_tip(self) -> None:
        """Show the tip for the hardest part of the day in the tips pages."""
        if self.tip is None:
            return
        tips = ParentTipsScene(self.ctx)
        index = next((number for number, tip in enumerate(tips.tips) if tip.id == self.tip.id), 0)
        tips.show(index)
        self.ctx.scenes.push(tips)

    def words(self, words: Text | str) -> str:
        """A feeling's or tricky thing's words (a ``Text``) in the family's language; an unknown id as saved."""
        return self.ctx.text(words) if isinstance(words, Text) else words

    def export(self) -> None:
        """Write the feelings and rituals CSVs to Documents (or home) and say where, or why not."""
        ctx = self.ctx
        now = self.ctx.now()
        folder = export_folder()

        def step_label(step_id: str) -> str:
            step = ctx.content.ritual_steps.get(step_id)
            return ctx.text(step.label) if step is not None else step_id.replace("_", " ")

        feelings = ctx.content.feelings

        try:
            written = export_history(
                folder,
                ctx.profile.child.name,
                self.progress,
                now.date(),
                now.tzinfo,
                lambda feeling: self.words(feelings.feeling_words(feeling)),
                lambda thing: self.words(feelings.tricky_words(thing)),
                step_label,
                self.card_words,
                lambda answer: answer_words(answer, feelings, ctx.tr),
                heading=lambda column: ctx.t(f"parent:export.{column}"),
            )
        except SaveError as error:
            self._fail(error.reason, folder)
            return
        except OSError as error:
            self._fail(describe_os_error(error, writing=True), folder)
            return
        names = "\n".join(path.name for path in written.files)
        self.say(self.ctx.t("parent:history.saved", folder=str(written.feelings.parent), names=names))

    def _fail(self, reason: str, folder: object) -> None:
        # ``reason`` comes from the storage layer (in English, like the other disk messages).
        if reason == "the disk is full":
            advice = self.ctx.t("parent:history.advice_full")
        elif reason == "the disk is read-only":
            advice = self.ctx.t("parent:history.advice_read_only")
        else:
            advice = self.ctx.t("parent:history.advice_check", folder=str(folder))
        self.say(self.ctx.t("parent:history.not_saved", reason=reason, advice=advice), ok=False)

    # -- drawing -----------------------------------------------------------------------------

    def draw_page(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        stats, days = self.stats, self.day_stats
        if self.view == "days":
            summary = day_summary_line(days, self.card_words, ctx.content.feelings, ctx.tr)
            count = ctx.t("parent:history.evenings", count=days.evening_days, days=days.days)
            left, right = draw_activities, draw_best
        else:
            summary = summary_line(stats, ctx.tr, ctx.content.feelings)
            count = ctx.t("parent:history.check_ins", count=stats.check_ins, on=stats.check_in_days, days=stats.days)
            left, right = draw_chart, draw_side
        # Between the title and the view buttons: a long sentence (Spanish) shrinks to stay there.
        write(surface, ctx, summary, 27, theme.INK, box=(MARGIN, 114, layout.width - 2 * MARGIN, 50))
        x, y, w, _h = chart = self._chart_rect()
        draw_card(surface, ctx, chart, 22)
        # What the view is made of (check-ins or evenings), at the top right of the left card.
        write(surface, ctx, count, 19, theme.INK_SOFT, at=(x + 440, y + 40), wrap=w - 460)
        left(self, surface, chart)
        draw_card(surface, ctx, self._side_rect(), 22)
        right(self, surface, self._side_rect())
        if not self.message:
            self.write_across(
                surface, ctx.t("parent:history.export_help"), 20, theme.INK_SOFT, PANEL_TOP + PANEL_HEIGHT + 32
            )

    # -- the "After daycare" view ----------------------------------------------------------------


SCENES = {"parent-history": ParentHistoryScene}

PARENT_PAGES = [ParentPage("parent-history", "How they've been", order=40)]


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    def make_view(days: int, view: str) -> ParentHistoryScene:
        day = [card.id for card in family_day(ctx.profile, ctx.content.cards).before_pickup]
        sample = sample_progress(ctx.clock(), random.Random(7), day_cards=day)
        return ParentHistoryScene(ctx, progress=sample, days=days, view=view)

    yield TourShot("parent-history", lambda _ctx: make_view(14, "mornings"), settle=0.1)
    yield TourShot("parent-history-60", lambda _ctx: make_view(60, "mornings"), settle=0.1)
    yield TourShot("parent-history-days", lambda _ctx: make_view(14, "days"), settle=0.1)
    yield TourShot("parent-history-days-60", lambda _ctx: make_view(60, "days"), settle=0.1)
    yield TourShot("parent-history-empty", ParentHistoryScene, settle=0.1)
