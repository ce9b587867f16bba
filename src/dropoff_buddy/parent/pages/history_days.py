"""The After daycare view of "How they've been": each part of the day, how it was, the best parts, a tip."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.history import answer_words, counted_answers
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import write

if TYPE_CHECKING:
    from dropoff_buddy.parent.pages.history import ParentHistoryScene


def draw_activities(scene: ParentHistoryScene, surface: pygame.Surface, rect: RectLike) -> None:
    """Each part of the day: its card, a bar of how it was on each day, and the words."""
    ctx = scene.ctx
    layout = ctx.layout
    x, y, w, h = rect
    stats = scene.day_stats
    top, bottom = y + 104, y + h - 64
    if not stats.activities:
        scene.write_empty(surface, "parent:history.no_evening_parts", (x + w / 2, (top + bottom) / 2), w - 100)
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
            label = ctx.text(card.label) if card is not None else scene.card_words(item.card)
            write(surface, ctx, label, 19, theme.INK, at=(x + 24 + 44, cy - 12))
            left = bar_left
            for answer in counted_answers(ctx.content.feelings):
                count = item.answers[answer]
                if not count:
                    continue
                width = bar_space * count / most
                bar = layout.rect((left, cy - 11, max(2.0, width - 2), 22))
                pygame.draw.rect(surface, scene.answer_colour(answer), bar, border_radius=layout.px(6))
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
    _draw_answer_legend(scene, surface, x + 24, y + h - 34, w - 48)


def _draw_answer_legend(scene: ParentHistoryScene, surface: pygame.Surface, x: float, y: float, width: float) -> None:
    ctx = scene.ctx
    layout = ctx.layout
    answers = counted_answers(ctx.content.feelings)
    step = width / len(answers)
    for index, answer in enumerate(answers):
        left = x + index * step
        swatch = layout.rect((left, y - 8, 22, 16))
        pygame.draw.rect(surface, scene.answer_colour(answer), swatch, border_radius=layout.px(4))
        write(surface, ctx, answer_words(answer, ctx.content.feelings, ctx.tr), 17, theme.INK, at=(left + 30, y - 11))


def draw_best(scene: ParentHistoryScene, surface: pygame.Surface, rect: RectLike) -> None:
    """The best parts, most chosen first, and the tip to try for the hardest part."""
    ctx = scene.ctx
    layout = ctx.layout
    x, y, w, _h = rect
    write(surface, ctx, ctx.t("parent:history.best_parts"), 24, theme.PARENT_ACCENT, at=(x + 24, y + 20))
    row_y = y + 62
    if not scene.day_stats.best:
        write(surface, ctx, ctx.t("parent:history.none_picked"), 19, theme.INK_SOFT, at=(x + 24, row_y))
        row_y += 36
    for card_id, count in list(scene.day_stats.best.items())[:4]:
        card = ctx.content.cards.get(card_id)
        if card is not None and ctx.assets.exists(card.icon):
            icon = ctx.assets.svg(card.icon, (layout.px(34), layout.px(34)))
            surface.blit(icon, icon.get_rect(center=layout.point(x + 24 + 17, row_y + 14)))
        write(
            surface,
            ctx,
            ctx.t("parent:history.best_days", part=scene.card_words(card_id), count=count),
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
    hardest = scene.day_stats.hardest
    if hardest is None:
        words = ctx.t("parent:history.nothing_hard")
        write(
            surface,
            ctx,
            words if scene.day_stats.activities else "",
            19,
            theme.INK_SOFT,
            at=(x + 24, divider + 14),
            wrap=w - 48,
        )
        return
    write(
        surface,
        ctx,
        ctx.t("parent:history.to_try", part=scene.card_words(hardest.card)),
        22,
        theme.PARENT_ACCENT,
        at=(x + 24, divider + 12),
        wrap=w - 48,
    )
    if scene.tip is not None:
        write(surface, ctx, ctx.text(scene.tip.title), 20, theme.INK, at=(x + 24, divider + 46), wrap=w - 48)
