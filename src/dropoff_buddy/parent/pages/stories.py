"""Stories: the child's shelf as the parent sees it: which stories are on it, and what Play tells today.

A row per story (every story in ``levels/``, in shelf order): its cover, its title, how many pages
this family's child reads, and two buttons: "On the shelf" / "Hidden" (a hidden story is neither on
the shelf nor told by Play; at least one story stays) and "Preview" (page through it as the child
will see it, and switch off a line that isn't true for this family: ``parent-story-preview``).
Above the rows, what Play tells today and why (a home day, the first days somewhere new, someone
else picks up). Changes are saved at once.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.parent.editors.base import OFF, ON, story_title
from dropoff_buddy.parent.page import MARGIN, ParentPageScene, action_button, draw_card
from dropoff_buddy.parent.pages.story_preview import StoryPreviewScene
from dropoff_buddy.parts.shelf import cover_picture
from dropoff_buddy.printing.storybook import reading_order
from dropoff_buddy.registry import ParentPage, TourShot
from dropoff_buddy.story.shelf import FIRST_DAY, can_hide, shelf_order, story_for_day, story_profile
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button, write
from dropoff_buddy.week import daycare_day_number, is_daycare_day, pickup_on, someone_else_picks_up

TOP = 184.0
ROW_HEIGHT = 98.0
ROW_GAP = 10.0
THUMB = (144.0, 90.0)
# A tall window: bigger rows, the buttons under the title, so the words stay big enough to read.
PORTRAIT_ROW = 220.0
PORTRAIT_THUMB = (288.0, 180.0)


def play_today_words(ctx: GameContext) -> str:
    """What Play tells today, and why, in the parent's words."""
    stories, profile, today = ctx.content.stories, ctx.profile, ctx.today
    story_id = story_for_day(stories, profile, today)
    if not is_daycare_day(profile, today):
        why = ctx.t("parent:stories.why_home")
    elif story_id == FIRST_DAY:
        number = daycare_day_number(profile, today) or 0
        why = ctx.t("parent:stories.why_new_day", number=number) if number else ctx.t("parent:stories.why_new_soon")
    elif someone_else_picks_up(profile, today):
        why = ctx.t("parent:stories.why_pickup", name=pickup_on(profile, today).name)
    else:
        why = ctx.t("parent:stories.why_daycare")
    if story_id is None:
        return ctx.t("parent:stories.tells_none", why=why)
    return ctx.t("parent:stories.tells", why=why, story=story_title(ctx, story_id))


class ParentStoriesScene(ParentPageScene):
    name = "parent-stories"
    title = "parent:stories.title"

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        stories = ctx.content.stories
        self.story_ids = shelf_order(stories, {story_id: story.title.text for story_id, story in stories.items()})
        self.first = 0  # the first row on show (more stories than fit: Next / Previous)
        self.thumbs: dict[str, pygame.Surface] = {}
        self.rebuild()

    def subtitle(self) -> str:
        return self.ctx.t("parent:stories.help")

    @property
    def portrait(self) -> bool:
        return self.ctx.layout.height > self.ctx.layout.width

    @property
    def row_height(self) -> float:
        return PORTRAIT_ROW if self.portrait else ROW_HEIGHT

    @property
    def thumb_size(self) -> tuple[float, float]:
        return PORTRAIT_THUMB if self.portrait else THUMB

    @property
    def rows_per_page(self) -> int:
        room = self.ctx.layout.height - TOP - 40
        return max(1, int((room + ROW_GAP) // (self.row_height + ROW_GAP)))

    @property
    def shown(self) -> list[str]:
        return self.story_ids[self.first : self.first + self.rows_per_page]

    def _row(self, index: int) -> RectLike:
        height = self.row_height
        return (MARGIN, TOP + index * (height + ROW_GAP), self.ctx.layout.width - 2 * MARGIN, height)

    def _button_rects(self, index: int) -> tuple[RectLike, RectLike]:
        """Where the row's "On the shelf" and "Preview" buttons go: at its end, or under its title."""
        x, y, w, h = self._row(index)
        if self.portrait:
            left = x + 16 + self.thumb_size[0] + 24
            return (left, y + h - 24 - 90, 300, 90), (left + 320, y + h - 24 - 90, 300, 90)
        return (x + w - 24 - 220 - 20 - 220, y + (h - 76) / 2, 220, 76), (x + w - 24 - 220, y + (h - 76) / 2, 220, 76)

    def header_buttons(self) -> list[Button]:
        if len(self.story_ids) <= self.rows_per_page:
            return []
        more = self.first + self.rows_per_page < len(self.story_ids)
        label, action = ("more", self.next_rows) if more else ("first", self.first_rows)
        return [self.header_button(self.ctx.t(f"parent:stories.{label}"), action, "more", width=260)]

    def build(self) -> None:
        hidden = self.ctx.profile.shelf.hidden
        size = 32 if self.portrait else 22
        for index, story_id in enumerate(self.shown):
            shelf_rect, preview_rect = self._button_rects(index)
            on = story_id not in hidden
            self.buttons.add(
                Button(
                    rect=shelf_rect,
                    on_activate=functools.partial(self.toggle, story_id),
                    label=self.ctx.t("parent:stories.on" if on else "parent:stories.hidden"),
                    colour=ON if on else OFF,
                    label_colour=theme.INK,
                    label_size=size,
                    sound="tap",
                    name=f"shelf-{story_id}",
                )
            )
            self.buttons.add(
                action_button(
                    preview_rect,
                    self.ctx.t("parent:stories.preview"),
                    functools.partial(self.preview, story_id),
                    f"preview-{story_id}",
                    primary=True,
                    size=size + 2,
                )
            )

    def message_area(self) -> RectLike:
        layout = self.ctx.layout
        top = TOP + len(self.shown) * (self.row_height + ROW_GAP)
        return (MARGIN, top, layout.width - 2 * MARGIN, max(60.0, layout.height - top - 20))

    # -- actions -----------------------------------------------------------------------------

    def toggle(self, story_id: str) -> None:
        profile = self.ctx.profile
        hidden = list(profile.shelf.hidden)
        if story_id in hidden:
            hidden.remove(story_id)
        elif not can_hide(self.ctx.content.stories, profile, story_id):
            self.say(self.ctx.t("parent:stories.keep_one"), ok=False)
            self.rebuild()
            return
        else:
            hidden.append(story_id)
        profile.shelf.hidden = hidden
        self.ctx.save_profile()
        self.say("")
        self.rebuild()

    def preview(self, story_id: str) -> None:
        self.ctx.scenes.push(StoryPreviewScene(self.ctx, story_id))

    def next_rows(self) -> None:
        self.first += self.rows_per_page
        self.rebuild(focus="more")

    def first_rows(self) -> None:
        self.first = 0
        self.rebuild(focus="more")

    def resized(self) -> None:
        self.first = 0
        super().resized()

    # -- drawing -----------------------------------------------------------------------------

    def draw_page(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        self.write_across(surface, play_today_words(ctx), 30 if self.portrait else 22, theme.INK, 140, 4)
        for index, story_id in enumerate(self.shown):
            x, y, w, h = self._row(index)
            draw_card(surface, ctx, (x, y, w, h), 20)
            thumb_w, thumb_h = self.thumb_size
            target = layout.rect((x + 16, y + (h - thumb_h) / 2, thumb_w, thumb_h))
            thumb = self.thumbs.get(story_id)
            if thumb is None or thumb.get_size() != target.size:
                thumb = self.thumbs[story_id] = cover_picture(ctx, story_id, target.size)
            surface.blit(thumb, target)
            story = ctx.content.stories[story_id]
            left = x + 16 + thumb_w + 24
            room = w - (left - x) - 24 - (0 if self.portrait else 460 + 20)
            big = self.portrait
            title = ctx.text(story.title)
            write(surface, ctx, title, 38 if big else 26, theme.PARENT_ACCENT, at=(left, y + 16), wrap=room)
            # The pages a child turns through today (a choice's first picture), as on paper.
            pages = len(reading_order(story, story_profile(ctx.profile, story_id, ctx.today), ctx.content.cards))
            hidden = story_id in ctx.profile.shelf.hidden
            state = ctx.t("parent:stories.state_hidden" if hidden else "parent:stories.state_on")
            info = ctx.t("parent:stories.info", pages=pages, state=state)
            write(surface, ctx, info, 28 if big else 19, theme.INK_SOFT, at=(left, y + (66 if big else 58)), wrap=room)


SCENES = {"parent-stories": ParentStoriesScene}
PARENT_PAGES = [ParentPage("parent-stories", "Stories", order=35)]  # shown as parent:home.page.stories


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    yield TourShot("parent-stories", ParentStoriesScene, settle=0.1)
