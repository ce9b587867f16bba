"""How the child has been: feelings by day, what was tricky, rituals and streaks, and a CSV export.

(Long, ~710 lines, because both views draw their charts here; the drawing of each view is the part
to move into its own module next, the statistics already live in ``dropoff_buddy.history``.)

A parent page (behind the gate) with two views. **Mornings**: one column per day for the last
14 days, or 60 with the toggle; each check-in is a small face (14 days) or a coloured segment
(60 days), and a day with no check-in is left empty, never drawn as zero. **After daycare**:
each part of the child's day with how it was on the evenings they said ("nap time: sad 4 of 6
days"), the best parts, and a tip to try for the hardest part. The page opens on After daycare
when some part of the day was hard. The statistics come from the pure functions in
``dropoff_buddy.history``; this scene only lays them out.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Iterator, Sequence

import pygame

from dropoff_buddy.content.lines import Text
from dropoff_buddy.content.tips import Tip, tip_for_activity
from dropoff_buddy.context import GameContext
from dropoff_buddy.day import family_day
from dropoff_buddy.history import (
    WINDOWS,
    DayStats,
    HistoryStats,
    Streak,
    answer_words,
    counted_answers,
    day_stats,
    day_summary_line,
    history_stats,
    summary_line,
)
from dropoff_buddy.parent.page import MARGIN, ParentPageScene, action_button, draw_card
from dropoff_buddy.parent.pages.tips import ParentTipsScene
from dropoff_buddy.registry import ParentPage, TourShot
from dropoff_buddy.storage.atomic import SaveError, describe_os_error
from dropoff_buddy.storage.exports import export_folder, export_history
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
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button, write
from dropoff_buddy.words import card_words

#: The colour of "not sure" in the bars of the After daycare view.
DONT_KNOW_COLOUR: theme.Colour = (206, 212, 220)
FACE_ICON = "svg/history/{feeling}.svg"
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

    def _now(self) -> dt.datetime:
        now = self.ctx.clock()
        return now if now.tzinfo is not None else now.astimezone()

    def _colour(self, feeling: str) -> theme.Colour:
        """A feeling's colour from levels/feelings.toml (grey for one this version does not know)."""
        face = next((face for face in self.ctx.content.feelings.feeling if face.id == feeling), None)
        return theme.colour_named(face.colour) if face is not None else theme.INK_SOFT

    def _compute(self) -> HistoryStats:
        now = self._now()
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
        now = self._now()
        order = [*family_day(self.ctx.profile, self.ctx.content.cards).ids, *self.ctx.profile.schedule]
        return day_stats(self.progress.evenings, now.date(), self.days, now.tzinfo, self.ctx.content.feelings, order)

    def card_words(self, card_id: str) -> str:
        """How a card is said inside a sentence, in the family's language ("snack", "la merienda")."""
        card = self.ctx.content.cards.get(card_id)
        return self.ctx.text(card.words) if card is not None else card_words(card_id)

    def _answer_colour(self, answer: str) -> theme.Colour:
        return DONT_KNOW_COLOUR if answer == DONT_KNOW else self._colour(answer)

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

    def _words(self, words: Text | str) -> str:
        """A feeling's or tricky thing's words (a ``Text``) in the family's language; an unknown id as saved."""
        return self.ctx.text(words) if isinstance(words, Text) else words

    def export(self) -> None:
        """Write the feelings and rituals CSVs to Documents (or home) and say where, or why not."""
        ctx = self.ctx
        now = self._now()
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
                lambda feeling: self._words(feelings.feeling_words(feeling)),
                lambda thing: self._words(feelings.tricky_words(thing)),
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
        if self.view == "days":
            summary = day_summary_line(self.day_stats, self.card_words, ctx.content.feelings, ctx.tr)
        else:
            summary = summary_line(self.stats, ctx.tr, ctx.content.feelings)
        # Between the title and the view buttons: a long sentence (Spanish) shrinks to stay there.
        write(surface, ctx, summary, 27, theme.INK, box=(MARGIN, 114, layout.width - 2 * MARGIN, 50))
        if self.view == "days":
            self._draw_activities(surface)
            self._draw_best(surface)
        else:
            self._draw_chart(surface)
            self._draw_side(surface)
        if not self.message:
            write(
                surface,
                ctx,
                ctx.t("parent:history.export_help"),
                20,
                theme.INK_SOFT,
                at=(MARGIN, PANEL_TOP + PANEL_HEIGHT + 32),
                wrap=layout.width - 2 * MARGIN,
            )

    def _draw_chart(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        x, y, w, h = self._chart_rect()
        draw_card(surface, ctx, (x, y, w, h), 22)
        stats = self.stats
        write(
            surface,
            ctx,
            ctx.t("parent:history.check_ins", count=stats.check_ins, on=stats.check_in_days, days=stats.days),
            19,
            theme.INK_SOFT,
            at=(x + 440, y + 40),
            wrap=w - 460,
        )
        inner_left = x + 24
        inner_width = w - 48
        top = y + 104
        bottom = y + h - 118
        columns = len(stats.chart)
        column_width = inner_width / columns
        # Soft stripes so each day reads as its own column, even when it is empty.
        for index in range(columns):
            if index % 2 == 0:
                stripe = layout.rect((inner_left + index * column_width, top, column_width, bottom - top))
                pygame.draw.rect(surface, (244, 247, 250), stripe)
        pygame.draw.line(
            surface,
            (200, 208, 218),
            layout.point(inner_left, bottom),
            layout.point(inner_left + inner_width, bottom),
            layout.px(2),
        )
        height = bottom - top
        if columns <= 20:
            self._draw_faces(surface, inner_left, column_width, bottom, height)
        else:
            self._draw_segments(surface, inner_left, column_width, bottom, height)
        if stats.check_ins == 0:
            write(
                surface,
                ctx,
                ctx.t("parent:history.no_faces"),
                22,
                theme.INK_SOFT,
                center=(inner_left + inner_width / 2, (top + bottom) / 2),
                wrap=inner_width - 80,
            )
        self._draw_day_labels(surface, inner_left, column_width, bottom)
        self._draw_legend(surface, x + 24, y + h - 50, w - 48)

    def _draw_faces(
        self, surface: pygame.Surface, left: float, column_width: float, bottom: float, height: float
    ) -> None:
        ctx = self.ctx
        layout = ctx.layout
        size = min(column_width * 0.74, 44.0)
        capacity = max(1, int(height // (size + 4)))
        for index, day in enumerate(self.stats.chart):
            cx = left + (index + 0.5) * column_width
            shown = day.feelings if len(day.feelings) <= capacity else day.feelings[: capacity - 1]
            for row, feeling in enumerate(shown):
                cy = bottom - 4 - size / 2 - row * (size + 4)
                image = ctx.assets.svg(FACE_ICON.format(feeling=feeling), (layout.px(size), layout.px(size)))
                surface.blit(image, image.get_rect(center=layout.point(cx, cy)))
            if len(shown) < len(day.feelings):
                more = len(day.feelings) - len(shown)
                cy = bottom - 4 - size / 2 - len(shown) * (size + 4)
                write(surface, ctx, f"+{more}", 16, theme.INK_SOFT, center=(cx, cy))

    def _draw_segments(
        self, surface: pygame.Surface, left: float, column_width: float, bottom: float, height: float
    ) -> None:
        layout = self.ctx.layout
        most = max((len(day.feelings) for day in self.stats.chart), default=1)
        segment = min(44.0, (height - 4) / max(1, most))
        width = max(3.0, column_width - 4)
        for index, day in enumerate(self.stats.chart):
            x = left + index * column_width + (column_width - width) / 2
            for row, feeling in enumerate(day.feelings):
                top = bottom - (row + 1) * segment
                rect = layout.rect((x, top + 1, width, segment - 2))
                colour = self._colour(feeling)
                pygame.draw.rect(surface, colour, rect, border_radius=layout.px(min(5, width / 2)))
                pygame.draw.rect(
                    surface,
                    theme.darker(colour, 0.22),
                    rect,
                    width=max(1, layout.px(1.5)),
                    border_radius=layout.px(min(5, width / 2)),
                )

    def _draw_day_labels(self, surface: pygame.Surface, left: float, column_width: float, bottom: float) -> None:
        ctx = self.ctx
        layout = ctx.layout
        chart = self.stats.chart
        today = chart[-1].day
        today_word = ctx.t("parent:history.today")
        for index, day in enumerate(chart):
            cx = left + (index + 0.5) * column_width
            if len(chart) <= 20:
                top_word = today_word if day.day == today else ctx.date_words(day.day, "EEE")
                write(surface, ctx, top_word, 15, theme.INK_SOFT, center=(cx, bottom + 18))
                write(surface, ctx, str(day.day.day), 17, theme.INK, center=(cx, bottom + 40))
            elif day.day == today or (day.day.weekday() == 0 and (today - day.day).days > 4):
                # Mondays mark the weeks; one too close to "Today" would overlap it.
                label = today_word if day.day == today else ctx.date_words(day.day, "d MMM")
                pygame.draw.line(
                    surface, (200, 208, 218), layout.point(cx, bottom), layout.point(cx, bottom + 8), layout.px(2)
                )
                write(surface, ctx, label, 15, theme.INK_SOFT, center=(cx, bottom + 24))

    def _draw_legend(self, surface: pygame.Surface, x: float, y: float, width: float) -> None:
        ctx = self.ctx
        layout = ctx.layout
        step = width / (len(ctx.content.feelings.feeling) + 1.3)
        size = 30.0
        for index, feeling in enumerate(ctx.content.feelings.feeling_ids):
            left = x + index * step
            image = ctx.assets.svg(FACE_ICON.format(feeling=feeling), (layout.px(size), layout.px(size)))
            surface.blit(image, image.get_rect(center=layout.point(left + size / 2, y)))
            swatch = layout.rect((left + size + 6, y - 5, 12, 10))
            pygame.draw.rect(surface, self._colour(feeling), swatch, border_radius=layout.px(3))
            words = self._words(ctx.content.feelings.feeling_words(feeling))
            write(
                surface, ctx, words, 18, theme.INK, box=(left + size + 24, y - 20, step - size - 28, 40), align="left"
            )
        write(
            surface,
            ctx,
            ctx.t("parent:history.empty_legend"),
            16,
            theme.INK_SOFT,
            box=(x + len(ctx.content.feelings.feeling) * step, y - 20, step * 1.3, 40),
            align="left",
        )

    def _draw_side(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        x, y, w, h = self._side_rect()
        draw_card(surface, ctx, (x, y, w, h), 22)
        stats = self.stats
        write(surface, ctx, ctx.t("parent:history.what_was_tricky"), 24, theme.PARENT_ACCENT, at=(x + 24, y + 20))
        label_width = min(190.0, w * 0.48)
        bar_left = x + 24 + label_width
        bar_space = w - 48 - label_width - 36
        most = max(stats.tricky.values(), default=0)
        row_y = y + 64
        for thing in ctx.content.feelings.tricky_ids:
            count = stats.tricky.get(thing, 0)
            words = self._words(ctx.content.feelings.tricky_words(thing))
            write(surface, ctx, words, 18, theme.INK, box=(x + 24, row_y, label_width - 8, 30), align="left")
            track = layout.rect((bar_left, row_y + 4, bar_space, 20))
            pygame.draw.rect(surface, (236, 240, 245), track, border_radius=layout.px(10))
            if count and most:
                bar = layout.rect((bar_left, row_y + 4, max(20.0, bar_space * count / most), 20))
                pygame.draw.rect(
                    surface, theme.CORAL if thing != "dont_know" else theme.OUTLINE, bar, border_radius=layout.px(10)
                )
            write(surface, ctx, str(count), 19, theme.INK, at=(bar_left + bar_space + 10, row_y + 2))
            row_y += 33
        ritual_top = row_y + 14
        pygame.draw.line(
            surface,
            (226, 232, 240),
            layout.point(x + 24, ritual_top - 8),
            layout.point(x + w - 24, ritual_top - 8),
            layout.px(2),
        )
        write(surface, ctx, ctx.t("parent:history.goodbye_practice"), 24, theme.PARENT_ACCENT, at=(x + 24, ritual_top))
        write(
            surface,
            ctx,
            ctx.t("parent:history.rituals", count=stats.rituals, days=stats.days),
            20,
            theme.INK,
            box=(x + 24, ritual_top + 34, w - 48, 30),
            align="left",
        )
        streak = streak_words(ctx, stats.streak)
        write(surface, ctx, streak, 20, theme.INK, box=(x + 24, ritual_top + 66, w - 48, 30), align="left")

    # -- the "After daycare" view ----------------------------------------------------------------

    def _panel(self, surface: pygame.Surface, rect: tuple[float, float, float, float]) -> None:
        draw_card(surface, self.ctx, rect, 22)

    def _draw_activities(self, surface: pygame.Surface) -> None:
        """Each part of the day: its card, a bar of how it was on each day, and the words."""
        ctx = self.ctx
        layout = ctx.layout
        x, y, w, h = self._chart_rect()
        self._panel(surface, (x, y, w, h))
        stats = self.day_stats
        write(
            surface,
            ctx,
            ctx.t("parent:history.evenings", count=stats.evening_days, days=stats.days),
            19,
            theme.INK_SOFT,
            at=(x + 440, y + 40),
            wrap=w - 460,
        )
        top, bottom = y + 104, y + h - 64
        if not stats.activities:
            write(
                surface,
                ctx,
                ctx.t("parent:history.no_evening_parts"),
                22,
                theme.INK_SOFT,
                center=(x + w / 2, (top + bottom) / 2),
                wrap=w - 100,
            )
        else:
            row_h = min(46.0, (bottom - top) / len(stats.activities))
            label_w, words_w = 170.0, 210.0
            bar_left = x + 24 + 44 + label_w
            bar_space = w - 48 - 44 - label_w - words_w
            most = max(item.days for item in stats.activities)
            for index, item in enumerate(stats.activities):
                cy = top + index * row_h + row_h / 2
                card = ctx.content.cards.get(item.card)
                if card is not None and ctx.assets.exists(card.icon):
                    icon = ctx.assets.svg(card.icon, (layout.px(row_h - 8), layout.px(row_h - 8)))
                    surface.blit(icon, icon.get_rect(center=layout.point(x + 24 + 20, cy)))
                label = ctx.text(card.label) if card is not None else self.card_words(item.card)
                write(surface, ctx, label, 19, theme.INK, at=(x + 24 + 44, cy - 12))
                left = bar_left
                for answer in counted_answers(ctx.content.feelings):
                    count = item.answers[answer]
                    if not count:
                        continue
                    width = bar_space * count / most
                    rect = layout.rect((left, cy - 11, max(2.0, width - 2), 22))
                    pygame.draw.rect(surface, self._answer_colour(answer), rect, border_radius=layout.px(6))
                    left += width
                answer, count = item.top_answer
                how = answer_words(answer, ctx.content.feelings, ctx.tr)
                line = ctx.t("parent:history.how_often", how=how, count=count, days=item.days)
                hard = item.hard_days * 2 >= item.days and item.hard_days > 0
                write(
                    surface,
                    ctx,
                    line,
                    18,
                    theme.WARNING if hard else theme.INK_SOFT,
                    at=(x + w - 24 - words_w + 12, cy - 11),
                )
        self._draw_answer_legend(surface, x + 24, y + h - 34, w - 48)

    def _draw_answer_legend(self, surface: pygame.Surface, x: float, y: float, width: float) -> None:
        ctx = self.ctx
        layout = ctx.layout
        answers = counted_answers(ctx.content.feelings)
        step = width / len(answers)
        for index, answer in enumerate(answers):
            left = x + index * step
            swatch = layout.rect((left, y - 8, 22, 16))
            pygame.draw.rect(surface, self._answer_colour(answer), swatch, border_radius=layout.px(4))
            write(
                surface, ctx, answer_words(answer, ctx.content.feelings, ctx.tr), 17, theme.INK, at=(left + 30, y - 11)
            )

    def _draw_best(self, surface: pygame.Surface) -> None:
        """The best parts, most chosen first, and the tip to try for the hardest part."""
        ctx = self.ctx
        layout = ctx.layout
        x, y, w, h = self._side_rect()
        self._panel(surface, (x, y, w, h))
        write(surface, ctx, ctx.t("parent:history.best_parts"), 24, theme.PARENT_ACCENT, at=(x + 24, y + 20))
        row_y = y + 62
        if not self.day_stats.best:
            write(surface, ctx, ctx.t("parent:history.none_picked"), 19, theme.INK_SOFT, at=(x + 24, row_y))
            row_y += 36
        for card_id, count in list(self.day_stats.best.items())[:4]:
            card = ctx.content.cards.get(card_id)
            if card is not None and ctx.assets.exists(card.icon):
                icon = ctx.assets.svg(card.icon, (layout.px(34), layout.px(34)))
                surface.blit(icon, icon.get_rect(center=layout.point(x + 24 + 17, row_y + 14)))
            write(
                surface,
                ctx,
                ctx.t("parent:history.best_days", part=self.card_words(card_id), count=count),
                19,
                theme.INK,
                at=(x + 24 + 44, row_y + 2),
                wrap=w - 48 - 44,
            )
            row_y += 40
        divider = max(row_y + 6, y + 220)
        pygame.draw.line(
            surface, (226, 232, 240), layout.point(x + 24, divider), layout.point(x + w - 24, divider), layout.px(2)
        )
        hardest = self.day_stats.hardest
        if hardest is None:
            words = ctx.t("parent:history.nothing_hard")
            write(
                surface,
                ctx,
                words if self.day_stats.activities else "",
                19,
                theme.INK_SOFT,
                at=(x + 24, divider + 14),
                wrap=w - 48,
            )
            return
        write(
            surface,
            ctx,
            ctx.t("parent:history.to_try", part=self.card_words(hardest.card)),
            22,
            theme.PARENT_ACCENT,
            at=(x + 24, divider + 12),
            wrap=w - 48,
        )
        if self.tip is not None:
            write(surface, ctx, ctx.text(self.tip.title), 20, theme.INK, at=(x + 24, divider + 46), wrap=w - 48)


# -- sample data for the tour -----------------------------------------------------------------


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
                pool = [
                    "goodbye",
                    "goodbye",
                    "missing_grownup",
                    "missing_grownup",
                    "nap",
                    "loud_noises",
                    "other_children",
                    "food",
                    "dont_know",
                ]
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


def streak_words(ctx: GameContext, streak: Streak) -> str:
    """The streak in plain words. Daycare days only: a weekend or a home day never ends a streak, and a
    day without practice is never a reproach ("a new one starts with the next goodbye practice")."""
    if streak.best == 0:
        return ctx.t("parent:history.streak_none")
    return ctx.t("parent:history.streak", count=streak.current, best=streak.best)


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
