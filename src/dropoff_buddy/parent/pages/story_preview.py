"""Preview a story as this family's child will see it, and switch off a line that isn't true for them.

Opened from Stories (``parent-stories``) with a story. Every page this family's child can see
(``story.plan.reading_pages``: their day's activities, their place, every page a choice can lead
to) is shown with its picture, drawn by the story's own stage with the family's people, and its
lines in the family's words. Each of the story's own lines has a switch: a line switched off
(``profile.shelf.lines_off``, by key) is skipped everywhere the story is told: the story itself,
the printed storybook, ``dropoff-buddy lines`` and "Read the story in your voice". A page never
ends up empty: its only line (or its last line still on) can't be switched off, and the page says
why. The title, and a line that is the day's own card ("Snack time!"), stay as they are.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pygame

from dropoff_buddy.content.lines import Line
from dropoff_buddy.context import GameContext
from dropoff_buddy.parent.editors.base import toggle_button
from dropoff_buddy.parent.page import MARGIN, ParentPageScene, action_button, draw_card
from dropoff_buddy.parts.story import StoryScene
from dropoff_buddy.registry import TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.story.plan import StoryPage, reading_pages, still_page
from dropoff_buddy.story.shelf import on_shelf
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import render_text, write

TOP = 150.0
ROW_GAP = 14.0
SWITCH = (150.0, 70.0)
LINE_SIZE = 24.0

# Why a line has no switch (message keys of the parent's pages).
ONLY_LINE = "parent:preview.only_line"
LAST_LINE = "parent:preview.last_line"
CARD_LINE = "parent:preview.card_line"


class StoryPreviewScene(ParentPageScene):
    """Pages through story ``story_id``; ``index`` is the page on show."""

    name = "parent-story-preview"

    def __init__(self, ctx: GameContext, story_id: str) -> None:
        super().__init__(ctx)
        self.story_id = story_id
        self.story = ctx.content.stories.get(story_id)
        # Every page with every line, switched off or not (the switches show which).
        everything = ctx.profile.model_copy(update={"shelf": ctx.profile.shelf.model_copy(update={"lines_off": []})})
        self.pages: list[StoryPage] = (
            reading_pages(self.story, everything, ctx.content.cards) if self.story is not None else []
        )
        self.index = 0
        self.picture = StoryScene(ctx, preview=True, story_id=story_id)
        self._picture_surface: pygame.Surface | None = None
        self._show_picture()
        self.rebuild()

    # -- what shows --------------------------------------------------------------------------

    def page_title(self) -> str:
        if self.story is None:
            return self.ctx.t("parent:preview.no_story")
        return self.ctx.t("parent:preview.title", story=self.ctx.text(self.story.title))

    def subtitle(self) -> str:
        return self.ctx.t("parent:preview.help")

    @property
    def page(self) -> StoryPage | None:
        return self.pages[self.index] if self.pages else None

    @property
    def portrait(self) -> bool:
        return self.ctx.layout.height > self.ctx.layout.width

    @property
    def line_size(self) -> float:
        """The lines' words: bigger in a tall window, where the page is drawn smaller."""
        return LINE_SIZE * 1.5 if self.portrait else LINE_SIZE

    @property
    def words_top(self) -> float:
        """How far under a row's top its words start (under "Said")."""
        return 50.0 if self.portrait else 38.0

    @property
    def switch_size(self) -> tuple[float, float]:
        return (SWITCH[0] * 1.4, SWITCH[1] * 1.4) if self.portrait else SWITCH

    def picture_rect(self) -> RectLike:
        layout = self.ctx.layout
        width = layout.width - 2 * MARGIN if self.portrait else min(620.0, layout.width * 0.48)
        return (MARGIN, TOP, width, width / 1.6)

    def lines_left(self) -> tuple[float, float, float]:
        """(x, y, width) where the page's lines are listed: beside the picture, or under it in portrait."""
        layout = self.ctx.layout
        x, y, w, h = self.picture_rect()
        if self.portrait:
            return (MARGIN, y + h + 140, layout.width - 2 * MARGIN)
        left = x + w + 30
        return (left, TOP, layout.width - MARGIN - left)

    def _rows(self) -> list[tuple[Line, float, float]]:
        """(line, top, height) for the title (first page) and each line of the page on show."""
        page = self.page
        if page is None:
            return []
        _x, y, width = self.lines_left()
        rows = []
        lines = ([page.title] if page.title else []) + list(page.lines)
        for line in lines:
            text = render_text(
                self.ctx.fonts,
                self.ctx.layout,
                self._words(line),
                self.line_size,
                theme.INK,
                wrap_width=width - self.switch_size[0] - 60,
            )
            tall = text.get_height() / self.ctx.layout.scale + self.words_top + 26
            height = max(self.switch_size[1] + 60, tall) if self.switchable(line) else tall
            rows.append((line, y, height))
            y += height + ROW_GAP
        return rows

    def _words(self, line: Line) -> str:
        page = self.page
        return self.ctx.line_words(line, **(page.moment if page is not None else {}))

    def is_off(self, line: Line) -> bool:
        return line.key in self.ctx.profile.shelf.lines_off

    def switchable(self, line: Line) -> bool:
        """The story's own narration lines can be switched off (not the title, not a card's line)."""
        page = self.page
        return page is not None and line in page.lines and line.key.startswith(f"{self.story_id}:")

    # -- buttons -----------------------------------------------------------------------------

    def build(self) -> None:
        x, y, w, h = self.picture_rect()
        nav_y = y + h + 24
        nav_w, nav_h = (260.0, 100.0) if self.portrait else (200.0, 80.0)
        nav_text = 36.0 if self.portrait else None
        last = len(self.pages) - 1
        self.buttons.add(
            action_button(
                (x, nav_y, nav_w, nav_h),
                self.ctx.t("parent:preview.previous"),
                lambda: self.go(-1),
                "previous",
                enabled=self.index > 0,
                size=nav_text,
            )
        )
        self.buttons.add(
            action_button(
                (x + w - nav_w, nav_y, nav_w, nav_h),
                self.ctx.t("parent:preview.next"),
                lambda: self.go(1),
                "next",
                primary=True,
                enabled=self.index < last,
                size=nav_text,
            )
        )
        page = self.page
        if page is None:
            return
        left, _top, width = self.lines_left()
        for line, top, height in self._rows():
            if self.switchable(line) and len(page.lines) > 1:
                switch_w, switch_h = self.switch_size
                rect = (left + width - switch_w - 20, top + (height - switch_h) / 2, switch_w, switch_h)
                self.buttons.add(
                    toggle_button(
                        self.ctx,
                        rect,
                        not self.is_off(line),
                        functools.partial(self.switch, line),
                        f"line-{line.key}",
                        size=34 if self.portrait else 24,
                    )
                )

    def message_area(self) -> RectLike:
        layout = self.ctx.layout
        rows = self._rows()
        left, top, width = self.lines_left()
        if rows:
            _line, row_top, height = rows[-1]
            top = row_top + height + ROW_GAP
        return (left, top, width, max(60.0, layout.height - top - 20))

    # -- actions -----------------------------------------------------------------------------

    def go(self, step: int) -> None:
        self.index = max(0, min(len(self.pages) - 1, self.index + step))
        self.say("")
        self._show_picture()
        self.rebuild()

    def switch(self, line: Line) -> None:
        """Switch ``line`` off (or on again); never the last line still on on its page."""
        page = self.page
        profile = self.ctx.profile
        off = list(profile.shelf.lines_off)
        if line.key in off:
            off.remove(line.key)
            self.say(self.ctx.t("parent:preview.switched_on"))
        else:
            still_on = [other for other in page.lines if other.key not in off] if page is not None else []
            if still_on == [line]:
                self.say(self.ctx.t(LAST_LINE), ok=False)
                self.rebuild()
                return
            off.append(line.key)
            self.say(self.ctx.t("parent:preview.switched_off"))
        profile.shelf.lines_off = off
        self.ctx.save_profile()
        self.rebuild()

    def _show_picture(self) -> None:
        page = self.page
        if page is None:
            return
        self.picture.view_size = self.ctx.layout.rect(self.picture_rect()).size
        self.picture.show_page(still_page(page))
        self.picture._fade_from = None

    def resized(self) -> None:
        self._show_picture()
        super().resized()

    def exit(self) -> None:
        self.picture.art.close()

    # -- drawing -----------------------------------------------------------------------------

    def draw_page(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        rect = self.picture_rect()
        target = layout.rect(rect)
        if self.page is None:
            draw_card(surface, ctx, rect, 12)
            write(surface, ctx, ctx.t("parent:preview.no_pages"), 24, theme.INK_SOFT, center=target.center)
            return
        if self._picture_surface is None or self._picture_surface.get_size() != target.size:
            self._picture_surface = pygame.Surface(target.size)
        self.picture.draw_picture(self._picture_surface)
        surface.blit(self._picture_surface, target)
        pygame.draw.rect(surface, (210, 218, 228), target.inflate(layout.px(8), layout.px(8)), layout.px(4), 8)
        x, y, w, h = rect
        where = ctx.t("parent:preview.page", page=self.index + 1, pages=len(self.pages))
        write(surface, ctx, where, 34 if self.portrait else 24, theme.INK, center=(x + w / 2, y + h + 64))
        self._draw_rows(surface)

    def _draw_rows(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        page = self.page
        assert page is not None
        left, _top, width = self.lines_left()
        for line, top, height in self._rows():
            off = self.is_off(line)
            draw_card(surface, ctx, (left, top, width, height), 18)
            kind = ctx.t(
                "parent:preview.kind_title"
                if line is page.title
                else ("parent:preview.kind_off" if off else "parent:preview.kind_said")
            )
            colour = theme.WARNING if off else theme.INK_SOFT
            write(surface, ctx, kind, 26 if self.portrait else 18, colour, at=(left + 20, top + 12))
            text_w = width - self.switch_size[0] - 60
            write(
                surface,
                ctx,
                self._words(line),
                self.line_size,
                theme.INK_SOFT if off else theme.INK,
                at=(left + 20, top + self.words_top),
                wrap=text_w,
            )
            if off:
                rule_y = top + self.words_top + self.line_size * 0.7
                start, end = ctx.layout.point(left + 20, rule_y), ctx.layout.point(left + 20 + text_w, rule_y)
                pygame.draw.line(surface, theme.INK_SOFT, start, end, ctx.layout.px(2))
        if not self.message:
            note = self._note(page)
            if note:
                x, y, w, _h = self.message_area()
                write(surface, ctx, note, 28 if self.portrait else 20, theme.INK_SOFT, at=(x + 4, y + 4), wrap=w)

    def _note(self, page: StoryPage) -> str:
        """Why a line has no switch, when one hasn't."""
        own = [line for line in page.lines if line.key.startswith(f"{self.story_id}:")]
        if len(page.lines) == 1:
            return self.ctx.t(ONLY_LINE)
        if len(own) < len(page.lines):
            return self.ctx.t(CARD_LINE)
        return ""


def _first_on_shelf(ctx: GameContext) -> StoryPreviewScene:
    shown = on_shelf(ctx.content.stories, ctx.profile)
    return StoryPreviewScene(ctx, shown[0] if shown else "")


SCENES = {"parent-story-preview": _first_on_shelf}


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    def with_two_lines(scene: Scene) -> None:
        assert isinstance(scene, StoryPreviewScene)
        two = next((index for index, page in enumerate(scene.pages) if len(page.lines) > 1), 0)
        scene.go(two - scene.index)

    yield TourShot("parent-story-preview", _first_on_shelf, settle=0.2)
    yield TourShot("parent-story-preview-lines", _first_on_shelf, settle=0.2, prepare=with_two_lines)
