"""How the child has been: feelings by day, what was tricky, rituals and streaks, and a CSV export.

A parent page (behind the gate). The chart has one column per day for the last 14 days, or 60
with the toggle; each check-in is a small face (14 days) or a coloured segment (60 days), and a
day with no check-in is left empty, never drawn as zero. The statistics come from the pure
functions in ``dropoff_buddy.history``; this scene only lays them out.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Iterator

import pygame

from dropoff_buddy.content.lines import Text
from dropoff_buddy.context import GameContext
from dropoff_buddy.history import WINDOWS, HistoryStats, history_stats, summary_line
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.scene import Scene
from dropoff_buddy.scenes.registry import ParentPage, TourShot
from dropoff_buddy.storage.atomic import SaveError, describe_os_error
from dropoff_buddy.storage.exports import export_folder, export_history
from dropoff_buddy.storage.models import FeelingEntry, Progress, StickerEntry
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.parent_page import MARGIN, back_button, draw_header, draw_message
from dropoff_buddy.ui.widgets import Button, ButtonGroup, draw_panel, draw_text

FACE_ICON = "svg/history/{feeling}.svg"
PANEL_TOP = 176.0
PANEL_HEIGHT = 440.0


class ParentHistoryScene(Scene):
    """The "How {child} has been" page. ``progress`` overrides the child's (for the tour's sample)."""

    name = "parent-history"
    kid_screen = False

    def __init__(self, ctx: GameContext, progress: Progress | None = None, days: int = WINDOWS[0]) -> None:
        super().__init__(ctx)
        self._progress = progress
        self.days = days
        self.message = ""
        self.message_ok = True
        self.buttons = ButtonGroup(ctx, parent_style=True)
        self.stats = self._compute()
        self._build()

    # -- data --------------------------------------------------------------------------------

    @property
    def progress(self) -> Progress:
        return self._progress if self._progress is not None else self.ctx.progress

    def _now(self) -> dt.datetime:
        now = self.ctx.clock()
        return now if now.tzinfo is not None else now.astimezone()

    def _words(self, words: Text | str) -> str:
        """A feeling's or tricky thing's words (a ``Text``) in the family's language; an unknown id as saved."""
        return self.ctx.text(words) if isinstance(words, Text) else words

    def _colour(self, feeling: str) -> theme.Colour:
        """A feeling's colour from levels/feelings.toml (grey for one this version does not know)."""
        face = next((face for face in self.ctx.content.feelings.feeling if face.id == feeling), None)
        return theme.colour_named(face.colour) if face is not None else theme.INK_SOFT

    def _compute(self) -> HistoryStats:
        now = self._now()
        return history_stats(
            self.progress.feelings, self.progress.stickers, now.date(), self.days, now.tzinfo, self.ctx.content.feelings
        )

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

    def _build(self) -> None:
        layout = self.ctx.layout
        self.buttons.clear()
        self.buttons.add(back_button(self.close))
        self.buttons.add(
            Button(
                rect=(layout.width - MARGIN - 300, 32, 300, 80),
                on_activate=self.export,
                label="Save as spreadsheet",
                colour=theme.PARENT_ACCENT,
                label_colour=theme.WHITE,
                label_size=24,
                sound="tap",
                name="export",
            )
        )
        x, y, _w, _h = self._chart_rect()
        for index, days in enumerate(WINDOWS):
            selected = days == self.days
            self.buttons.add(
                Button(
                    rect=(x + 24 + index * 200, y + 20, 184, 64),
                    on_activate=functools.partial(self.show_days, days),
                    label=f"Last {days} days",
                    colour=theme.PARENT_ACCENT if selected else (226, 232, 240),
                    label_colour=theme.WHITE if selected else theme.INK,
                    label_size=22,
                    sound="tap",
                    name=f"days-{days}",
                )
            )

    def resized(self) -> None:
        self._build()

    def enter(self) -> None:
        self.ctx.narrator.stop()

    # -- actions -----------------------------------------------------------------------------

    def close(self) -> None:
        self.ctx.scenes.pop()

    def show_days(self, days: int) -> None:
        if days == self.days:
            return
        self.days = days
        self.stats = self._compute()
        focused = f"days-{days}"
        self._build()
        for button in self.buttons.buttons:
            if button.name == focused:
                self.buttons.focus(button)

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
            )
        except SaveError as error:
            self._fail(error.reason, folder)
            return
        except OSError as error:
            self._fail(describe_os_error(error, writing=True), folder)
            return
        self.message_ok = True
        self.message = (
            f"Saved two spreadsheet files in {written.feelings.parent}:\n{written.feelings.name}\n"
            f"{written.rituals.name}"
        )

    def _fail(self, reason: str, folder: object) -> None:
        self.message_ok = False
        if reason == "the disk is full":
            advice = "Free some space, then press Save again."
        elif reason == "the disk is read-only":
            advice = "Make the disk writable, then press Save again."
        else:
            advice = f"Check that {folder} exists and can be written to, then press Save again."
        self.message = f"The spreadsheet couldn't be saved: {reason}. {advice} Nothing in the game was changed."

    def handle(self, action: Action) -> None:
        if action.kind is ActionKind.BACK:
            self.close()
            return
        self.buttons.handle(action)

    # -- drawing -----------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        child = ctx.profile.child.name
        draw_header(surface, ctx, f"How {child} has been")
        summary = summary_line(self.stats, self._words, ctx.content.feelings)
        draw_text(
            surface,
            ctx.fonts,
            layout,
            summary,
            27,
            theme.INK,
            center=(layout.center_x, 144),
            wrap_width=layout.width - 2 * MARGIN,
        )
        self._draw_chart(surface)
        self._draw_side(surface)
        message_top = PANEL_TOP + PANEL_HEIGHT + 24
        if self.message:
            draw_message(
                surface,
                ctx,
                (MARGIN, message_top, layout.width - 2 * MARGIN, layout.height - message_top - 24),
                self.message,
                self.message_ok,
            )
        else:
            draw_text(
                surface,
                ctx.fonts,
                layout,
                '"Save as spreadsheet" writes every feelings check-in and every goodbye ritual so far as two '
                "CSV files in your Documents folder. They open in any spreadsheet program and stay on this "
                "computer.",
                20,
                theme.INK_SOFT,
                topleft=(MARGIN, message_top + 8),
                align="left",
                wrap_width=layout.width - 2 * MARGIN,
            )
        self.buttons.draw(surface)

    def _draw_chart(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        x, y, w, h = self._chart_rect()
        draw_panel(
            surface,
            layout,
            (x, y, w, h),
            theme.PARENT_PANEL,
            radius=22,
            shadow=False,
            outline=(214, 222, 232),
            outline_width=2,
        )
        stats = self.stats
        draw_text(
            surface,
            ctx.fonts,
            layout,
            f"{stats.check_ins} check-ins on {stats.check_in_days} of {stats.days} days",
            19,
            theme.INK_SOFT,
            topleft=(x + 440, y + 40),
            align="left",
            wrap_width=w - 460,
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
            child = ctx.profile.child.name
            draw_text(
                surface,
                ctx.fonts,
                layout,
                f"When {child} does the feelings check-in, a little face appears here for that day.",
                22,
                theme.INK_SOFT,
                center=(inner_left + inner_width / 2, (top + bottom) / 2),
                wrap_width=inner_width - 80,
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
                draw_text(surface, ctx.fonts, layout, f"+{more}", 16, theme.INK_SOFT, center=(cx, cy))

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
        for index, day in enumerate(chart):
            cx = left + (index + 0.5) * column_width
            if len(chart) <= 20:
                top_word = "Today" if day.day == today else day.day.strftime("%a")
                draw_text(surface, ctx.fonts, layout, top_word, 15, theme.INK_SOFT, center=(cx, bottom + 18))
                draw_text(surface, ctx.fonts, layout, str(day.day.day), 17, theme.INK, center=(cx, bottom + 40))
            elif day.day == today or (day.day.weekday() == 0 and (today - day.day).days > 4):
                # Mondays mark the weeks; one too close to "Today" would overlap it.
                label = "Today" if day.day == today else f"{day.day.day} {day.day.strftime('%b')}"
                pygame.draw.line(
                    surface, (200, 208, 218), layout.point(cx, bottom), layout.point(cx, bottom + 8), layout.px(2)
                )
                draw_text(surface, ctx.fonts, layout, label, 15, theme.INK_SOFT, center=(cx, bottom + 24))

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
            draw_text(
                surface,
                ctx.fonts,
                layout,
                self._words(ctx.content.feelings.feeling_words(feeling)),
                18,
                theme.INK,
                topleft=(left + size + 24, y - 11),
                align="left",
            )
        draw_text(
            surface,
            ctx.fonts,
            layout,
            "empty = no check-in",
            16,
            theme.INK_SOFT,
            topleft=(x + len(ctx.content.feelings.feeling) * step, y - 10),
            align="left",
            wrap_width=step * 1.3,
        )

    def _draw_side(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        x, y, w, h = self._side_rect()
        draw_panel(
            surface,
            layout,
            (x, y, w, h),
            theme.PARENT_PANEL,
            radius=22,
            shadow=False,
            outline=(214, 222, 232),
            outline_width=2,
        )
        stats = self.stats
        draw_text(
            surface,
            ctx.fonts,
            layout,
            "What was tricky",
            24,
            theme.PARENT_ACCENT,
            topleft=(x + 24, y + 20),
            align="left",
        )
        label_width = min(190.0, w * 0.48)
        bar_left = x + 24 + label_width
        bar_space = w - 48 - label_width - 36
        most = max(stats.tricky.values(), default=0)
        row_y = y + 64
        for thing in ctx.content.feelings.tricky_ids:
            count = stats.tricky.get(thing, 0)
            words = self._words(ctx.content.feelings.tricky_words(thing))
            draw_text(
                surface,
                ctx.fonts,
                layout,
                words,
                18,
                theme.INK,
                topleft=(x + 24, row_y + 3),
                align="left",
                wrap_width=label_width - 8,
            )
            track = layout.rect((bar_left, row_y + 4, bar_space, 20))
            pygame.draw.rect(surface, (236, 240, 245), track, border_radius=layout.px(10))
            if count and most:
                bar = layout.rect((bar_left, row_y + 4, max(20.0, bar_space * count / most), 20))
                pygame.draw.rect(
                    surface, theme.CORAL if thing != "dont_know" else theme.OUTLINE, bar, border_radius=layout.px(10)
                )
            draw_text(
                surface,
                ctx.fonts,
                layout,
                str(count),
                19,
                theme.INK,
                topleft=(bar_left + bar_space + 10, row_y + 2),
                align="left",
            )
            row_y += 33
        ritual_top = row_y + 14
        pygame.draw.line(
            surface,
            (226, 232, 240),
            layout.point(x + 24, ritual_top - 8),
            layout.point(x + w - 24, ritual_top - 8),
            layout.px(2),
        )
        draw_text(
            surface,
            ctx.fonts,
            layout,
            "Goodbye practice",
            24,
            theme.PARENT_ACCENT,
            topleft=(x + 24, ritual_top),
            align="left",
        )
        rituals = "1 ritual done" if stats.rituals == 1 else f"{stats.rituals} rituals done"
        draw_text(
            surface,
            ctx.fonts,
            layout,
            f"{rituals} in the last {stats.days} days",
            20,
            theme.INK,
            topleft=(x + 24, ritual_top + 38),
            align="left",
            wrap_width=w - 48,
        )
        streak = stats.streak
        if streak.best == 0:
            streak_words = "Streak: starts with the first goodbye ritual"
        else:
            current = (
                "no streak right now"
                if streak.current == 0
                else ("1 day in a row" if streak.current == 1 else f"{streak.current} days in a row")
            )
            streak_words = f"Streak: {current} (best {streak.best})"
        draw_text(
            surface,
            ctx.fonts,
            layout,
            streak_words,
            20,
            theme.INK,
            topleft=(x + 24, ritual_top + 68),
            align="left",
            wrap_width=w - 48,
        )


# -- sample data for the tour -----------------------------------------------------------------


def sample_progress(now: dt.datetime, rng: random.Random, days: int = 60) -> Progress:
    """Realistic made-up progress ending ``now``: a child who starts out sad and settles.

    Most mornings have one check-in, a few have two, some have none (weekends, a sick day).
    Early days lean sad/scared with "saying goodbye" and "missing the grown-up" tricky; later
    days lean happy/okay. Rituals are done on most check-in days.
    """
    feelings: list[FeelingEntry] = []
    stickers: list[StickerEntry] = []
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
    return Progress(feelings=feelings, stickers=stickers)


SCENES = {"parent-history": ParentHistoryScene}

PARENT_PAGES = [ParentPage("parent-history", "How they've been", order=40)]


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    def make(days: int) -> ParentHistoryScene:
        sample = sample_progress(ctx.clock(), random.Random(7))
        return ParentHistoryScene(ctx, progress=sample, days=days)

    yield TourShot("parent-history", lambda _ctx: make(14), settle=0.1)
    yield TourShot("parent-history-60", lambda _ctx: make(60), settle=0.1)
    yield TourShot("parent-history-empty", ParentHistoryScene, settle=0.1)
