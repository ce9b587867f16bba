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
from dropoff_buddy.parent.editors.base import OFF, ON
from dropoff_buddy.parent.page import MARGIN, ParentPageScene, action_button, draw_card
from dropoff_buddy.parent.pages.story_preview import StoryPreviewScene
from dropoff_buddy.parts.shelf import cover_picture
from dropoff_buddy.registry import ParentPage, TourShot
from dropoff_buddy.story.plan import reading_pages
from dropoff_buddy.story.shelf import FIRST_DAY, can_hide, shelf_order, story_for_day
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button, write
from dropoff_buddy.week import daycare_day_number, is_daycare_day, pickup_on, someone_else_picks_up

TOP = 196.0
ROW_HEIGHT = 104.0
ROW_GAP = 12.0
THUMB = (144.0, 90.0)


def play_today_words(ctx: GameContext) -> str:
    """What Play tells today, and why, in the parent's words."""
    stories, profile, today = ctx.content.stories, ctx.profile, ctx.today
    story_id = story_for_day(stories, profile, today)
    if not is_daycare_day(profile, today):
        why = "Today is a home day"
    elif story_id == FIRST_DAY:
        number = daycare_day_number(profile, today) or 0
        place = profile.place
        why = f"Today is day {number} at the new {place}" if number else f"The first day at the new {place} is coming"
    elif someone_else_picks_up(profile, today):
        why = f"Today {pickup_on(profile, today).name} picks up"
    else:
        why = f"Today is a {profile.place} day"
    if story_id is None:
        return f"{why}: Play tells no story today (the story for today is hidden)."
    return f"{why}: Play tells \u201c{stories[story_id].title.text}\u201d."


class ParentStoriesScene(ParentPageScene):
    name = "parent-stories"
    title = "Stories"

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        stories = ctx.content.stories
        self.story_ids = shelf_order(stories, {story_id: story.title.text for story_id, story in stories.items()})
        self.first = 0  # the first row on show (more stories than fit: Next / Previous)
        self.thumbs: dict[str, pygame.Surface] = {}
        self.rebuild()

    def subtitle(self) -> str:
        return "Hide a story from the shelf, or preview it and switch off a line that isn't true for your family."

    @property
    def rows_per_page(self) -> int:
        room = self.ctx.layout.height - TOP - 40
        return max(1, int((room + ROW_GAP) // (ROW_HEIGHT + ROW_GAP)))

    @property
    def shown(self) -> list[str]:
        return self.story_ids[self.first : self.first + self.rows_per_page]

    def _row(self, index: int) -> RectLike:
        return (MARGIN, TOP + index * (ROW_HEIGHT + ROW_GAP), self.ctx.layout.width - 2 * MARGIN, ROW_HEIGHT)

    def header_buttons(self) -> list[Button]:
        if len(self.story_ids) <= self.rows_per_page:
            return []
        more = self.first + self.rows_per_page < len(self.story_ids)
        label, action = ("More stories", self.next_rows) if more else ("Back to the first", self.first_rows)
        return [self.header_button(label, action, "more", width=260)]

    def build(self) -> None:
        hidden = self.ctx.profile.shelf.hidden
        for index, story_id in enumerate(self.shown):
            x, y, w, h = self._row(index)
            on = story_id not in hidden
            self.buttons.add(
                Button(
                    rect=(x + w - 24 - 220 - 20 - 220, y + (h - 76) / 2, 220, 76),
                    on_activate=functools.partial(self.toggle, story_id),
                    label="On the shelf" if on else "Hidden",
                    colour=ON if on else OFF,
                    label_colour=theme.INK,
                    label_size=22,
                    sound="tap",
                    name=f"shelf-{story_id}",
                )
            )
            self.buttons.add(
                action_button(
                    (x + w - 24 - 220, y + (h - 76) / 2, 220, 76),
                    "Preview",
                    functools.partial(self.preview, story_id),
                    f"preview-{story_id}",
                    primary=True,
                    size=24,
                )
            )

    def message_area(self) -> RectLike:
        layout = self.ctx.layout
        top = TOP + len(self.shown) * (ROW_HEIGHT + ROW_GAP)
        return (MARGIN, top, layout.width - 2 * MARGIN, max(60.0, layout.height - top - 20))

    # -- actions -----------------------------------------------------------------------------

    def toggle(self, story_id: str) -> None:
        profile = self.ctx.profile
        hidden = list(profile.shelf.hidden)
        if story_id in hidden:
            hidden.remove(story_id)
        elif not can_hide(self.ctx.content.stories, profile, story_id):
            self.say("Keep at least one story on the shelf, so the Story door has something to open.", ok=False)
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
        write(surface, ctx, play_today_words(ctx), 22, theme.INK, at=(MARGIN + 4, 146), wrap=layout.width - 2 * MARGIN)
        for index, story_id in enumerate(self.shown):
            x, y, w, h = self._row(index)
            draw_card(surface, ctx, (x, y, w, h), 20)
            thumb_rect = (x + 16, y + (h - THUMB[1]) / 2, *THUMB)
            target = layout.rect(thumb_rect)
            thumb = self.thumbs.get(story_id)
            if thumb is None or thumb.get_size() != target.size:
                thumb = self.thumbs[story_id] = cover_picture(ctx, story_id, target.size)
            surface.blit(thumb, target)
            story = ctx.content.stories[story_id]
            left = x + 16 + THUMB[0] + 24
            room = w - (left - x) - 24 - 460 - 20
            write(surface, ctx, story.title.text, 26, theme.PARENT_ACCENT, at=(left, y + 16), wrap=room)
            pages = len(reading_pages(story, ctx.profile, ctx.content.cards))
            state = (
                "on the shelf" if story_id not in ctx.profile.shelf.hidden else "hidden: not on the shelf, not in Play"
            )
            write(surface, ctx, f"{pages} pages \u00b7 {state}", 19, theme.INK_SOFT, at=(left, y + 58), wrap=room)


SCENES = {"parent-stories": ParentStoriesScene}
PARENT_PAGES = [ParentPage("parent-stories", "Stories", order=35)]


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    yield TourShot("parent-stories", ParentStoriesScene, settle=0.1)
