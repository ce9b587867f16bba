"""The Mornings view of "How they've been": a column of check-in faces a day, what was tricky, goodbye practice."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.history import Streak
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import write

if TYPE_CHECKING:
    from dropoff_buddy.parent.pages.history import ParentHistoryScene

FACE_ICON = "svg/history/{feeling}.svg"


def draw_chart(scene: ParentHistoryScene, surface: pygame.Surface, rect: RectLike) -> None:
    """A column a day: the check-ins' faces (14 days) or coloured segments (60), the days, the legend."""
    ctx = scene.ctx
    layout = ctx.layout
    x, y, w, h = rect
    stats = scene.stats
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
        _draw_faces(scene, surface, inner_left, column_width, bottom, height)
    else:
        _draw_segments(scene, surface, inner_left, column_width, bottom, height)
    if stats.check_ins == 0:
        middle = (inner_left + inner_width / 2, (top + bottom) / 2)
        scene.write_empty(surface, "parent:history.no_faces", middle, inner_width - 80)
    _draw_day_labels(scene, surface, inner_left, column_width, bottom)
    _draw_legend(scene, surface, x + 24, y + h - 50, w - 48)


def _draw_faces(
    scene: ParentHistoryScene, surface: pygame.Surface, left: float, column_width: float, bottom: float, height: float
) -> None:
    ctx = scene.ctx
    layout = ctx.layout
    size = min(column_width * 0.74, 44.0)
    capacity = max(1, int(height // (size + 4)))
    for index, day in enumerate(scene.stats.chart):
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
    scene: ParentHistoryScene, surface: pygame.Surface, left: float, column_width: float, bottom: float, height: float
) -> None:
    layout = scene.ctx.layout
    most = max((len(day.feelings) for day in scene.stats.chart), default=1)
    segment = min(44.0, (height - 4) / max(1, most))
    width = max(3.0, column_width - 4)
    for index, day in enumerate(scene.stats.chart):
        x = left + index * column_width + (column_width - width) / 2
        for row, feeling in enumerate(day.feelings):
            top = bottom - (row + 1) * segment
            rect = layout.rect((x, top + 1, width, segment - 2))
            colour = scene.feeling_colour(feeling)
            pygame.draw.rect(surface, colour, rect, border_radius=layout.px(min(5, width / 2)))
            pygame.draw.rect(
                surface,
                theme.darker(colour, 0.22),
                rect,
                width=max(1, layout.px(1.5)),
                border_radius=layout.px(min(5, width / 2)),
            )


def _draw_day_labels(
    scene: ParentHistoryScene, surface: pygame.Surface, left: float, column_width: float, bottom: float
) -> None:
    ctx = scene.ctx
    layout = ctx.layout
    chart = scene.stats.chart
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


def _draw_legend(scene: ParentHistoryScene, surface: pygame.Surface, x: float, y: float, width: float) -> None:
    ctx = scene.ctx
    layout = ctx.layout
    step = width / (len(ctx.content.feelings.feeling) + 1.3)
    size = 30.0
    for index, feeling in enumerate(ctx.content.feelings.feeling_ids):
        left = x + index * step
        image = ctx.assets.svg(FACE_ICON.format(feeling=feeling), (layout.px(size), layout.px(size)))
        surface.blit(image, image.get_rect(center=layout.point(left + size / 2, y)))
        swatch = layout.rect((left + size + 6, y - 5, 12, 10))
        pygame.draw.rect(surface, scene.feeling_colour(feeling), swatch, border_radius=layout.px(3))
        words = scene.words(ctx.content.feelings.feeling_words(feeling))
        write(surface, ctx, words, 18, theme.INK, box=(left + size + 24, y - 20, step - size - 28, 40), align="left")
    write(
        surface,
        ctx,
        ctx.t("parent:history.empty_legend"),
        16,
        theme.INK_SOFT,
        box=(x + len(ctx.content.feelings.feeling) * step, y - 20, step * 1.3, 40),
        align="left",
    )


def draw_side(scene: ParentHistoryScene, surface: pygame.Surface, rect: RectLike) -> None:
    """What was tricky (a bar each), then goodbye practice: how often, and the streak."""
    ctx = scene.ctx
    layout = ctx.layout
    x, y, w, _h = rect
    stats = scene.stats
    write(surface, ctx, ctx.t("parent:history.what_was_tricky"), 24, theme.PARENT_ACCENT, at=(x + 24, y + 20))
    label_width = min(190.0, w * 0.48)
    bar_left = x + 24 + label_width
    bar_space = w - 48 - label_width - 36
    most = max(stats.tricky.values(), default=0)
    row_y = y + 64
    for thing in ctx.content.feelings.tricky_ids:
        count = stats.tricky.get(thing, 0)
        words = scene.words(ctx.content.feelings.tricky_words(thing))
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


def streak_words(ctx: GameContext, streak: Streak) -> str:
    """The streak in plain words. Daycare days only: a weekend or a home day never ends a streak, and a
    day without practice is never a reproach ("a new one starts with the next goodbye practice")."""
    if streak.best == 0:
        return ctx.t("parent:history.streak_none")
    return ctx.t("parent:history.streak", count=streak.current, best=streak.best)
