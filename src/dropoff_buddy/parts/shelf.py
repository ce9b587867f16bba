"""The story shelf: the child's stories as big picture covers, no reading needed.

Each cover is a page of its story drawn by the story's own stage (the story's ``cover`` page, with
this family's people): the door and the teacher for "A Daycare Day", the grown-up who picks up
coming in for "Someone Else Picks Me Up", home for "A Home Day". Touching a cover says the story's
title (its ``<story>:title`` line) and rings it with a big play arrow; touching it again (or its
arrow, or Space/Enter on it) opens the story; when the story ends the child is back at the shelf.
The stories are those on the shelf (``story.shelf.on_shelf``: every story in ``levels/`` but the
ones the parent hid), in shelf order. Covers are drawn one a frame, so the shelf opens at once.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator

import pygame

from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.parts.story import StoryScene
from dropoff_buddy.registry import TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.story.plan import page_from, still_page
from dropoff_buddy.story.shelf import on_shelf
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.backdrop import shared_backdrop
from dropoff_buddy.ui.kid_buttons import corner_home_button
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button, ButtonGroup, draw_panel, write

CAPTION = 44.0  # layout units under a cover's picture for its title (a caption for grown-ups)
PICTURE_RATIO = 1.6  # the story's stage, 16:10
GAP = 40.0
INSET = 10.0  # the cover's edge round its picture
SIDE = 60.0
BOTTOM = 120.0  # the covers stay this far above the bottom edge (wrists rest in the corners)
IDLE_HINT_SECONDS = 10.0
HINTS = 2


def cover_picture(ctx: GameContext, story_id: str, size: tuple[int, int]) -> pygame.Surface:
    """Story ``story_id``'s cover (its ``cover`` page standing still, with this family's people) drawn
    by the story's own stage at ``size`` pixels. The parent's Stories page shows the same covers."""
    scene = StoryScene(ctx, preview=True, story_id=story_id)
    surface = pygame.Surface(size)
    if scene.story is None:
        surface.fill(theme.PANEL)
        return surface
    scene.view_size = size
    scene.show_page(still_page(page_from(scene.story.cover_page)))
    scene.draw_picture(surface)
    scene.art.close()
    return surface


def shelf_grid(count: int, width: float, height: float) -> list[RectLike]:
    """Where ``count`` covers go on a ``width`` × ``height`` layout: rows of up to three (four past
    six; two in portrait, three past six), centred, each a 16:10 picture with its caption under it."""
    portrait = height > width
    if portrait:
        columns = 2 if count <= 6 else 3
        top = 430.0
    else:
        columns = count if count <= 3 else (3 if count <= 6 else 4)
        top = 190.0
    columns = max(1, columns)
    rows = max(1, math.ceil(count / columns))
    area_w, area_h = width - 2 * SIDE, height - BOTTOM - top
    cell_w = (area_w - (columns - 1) * GAP) / columns
    cell_h = (area_h - (rows - 1) * GAP) / rows
    picture_w = min(cell_w, (cell_h - CAPTION) * PICTURE_RATIO)
    cover_w, cover_h = picture_w, picture_w / PICTURE_RATIO + CAPTION
    rects: list[RectLike] = []
    for row in range(rows):
        in_row = min(columns, count - row * columns)
        row_w = in_row * cover_w + (in_row - 1) * GAP
        x = width / 2 - row_w / 2
        y = top + row * (cell_h + GAP) + (cell_h - cover_h) / 2
        for _ in range(in_row):
            rects.append((x, y, cover_w, cover_h))
            x += cover_w + GAP
    return rects


class ShelfScene(Scene):
    """The child's story shelf. ``chosen`` is the story touched once (ringed, its title said)."""

    name = "shelf"
    says = ("lines:shelf.*", "{story}:title")

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.backdrop = shared_backdrop(ctx, "morning")
        self.buddy = BuddyActor(ctx.buddy_renderer, ctx.profile.buddy, ctx.rng, ctx.reduced_motion)
        self.buttons = ButtonGroup(ctx)
        self.stories = on_shelf(ctx.content.stories, ctx.profile)
        self.chosen: str | None = None
        self.told_again = False  # "tap it again to read it" is said once a visit
        self.covers: dict[str, pygame.Surface] = {}
        self.idle = 0.0
        self.hints = 0
        self.time = 0.0
        self._layout()

    # -- layout ------------------------------------------------------------------------------

    @property
    def portrait(self) -> bool:
        return self.ctx.layout.height > self.ctx.layout.width

    @property
    def buddy_place(self) -> tuple[float, float, float]:
        """(x, y, size) of the buddy, in layout units: beside the home button, or on top in portrait."""
        if self.portrait:
            return (self.ctx.layout.center_x, 230.0, 300.0)
        return (260.0, 100.0, 150.0)

    def _layout(self) -> None:
        layout = self.ctx.layout
        self.buttons.clear()
        self.buttons.add(corner_home_button(self.ctx.scenes.pop_to_root, self.ctx.t("screens:common.home")))
        for story_id, rect in zip(
            self.stories, shelf_grid(len(self.stories), layout.width, layout.height), strict=True
        ):
            self.buttons.add(
                Button(
                    rect=rect,
                    on_activate=functools.partial(self.touch, story_id),
                    colour=theme.PANEL,
                    sound="tap",
                    name=f"cover-{story_id}",
                )
            )
        self.covers = {}  # drawn again at the new size, one a frame

    def resized(self) -> None:
        self._layout()

    def cover_button(self, story_id: str) -> Button:
        return next(button for button in self.buttons.buttons if button.name == f"cover-{story_id}")

    def picture_rect(self, story_id: str) -> tuple[float, float, float, float]:
        """Where the cover's picture goes on its button (inside its edge, above its caption)."""
        x, y, w, h = self.cover_button(story_id).rect
        return (x + INSET, y + INSET, w - 2 * INSET, h - CAPTION - INSET)

    # -- life cycle --------------------------------------------------------------------------

    def enter(self) -> None:
        self.ctx.sound.play_music("calm_morning")
        self.buddy.react("wave")
        self.ctx.say(self.ctx.content.lines.shelf.intro)

    def resume(self) -> None:
        self.buddy.look = self.ctx.profile.buddy
        self.buddy.reduced_motion = self.ctx.reduced_motion
        self.ctx.sound.play_music("calm_morning")
        self.chosen = None
        self.idle = 0.0

    # -- touching covers ---------------------------------------------------------------------

    def touch(self, story_id: str) -> None:
        """A cover was touched: the first time its title is said; touched again, the story opens."""
        self.idle = 0.0
        if self.chosen == story_id:
            self.open(story_id)
            return
        self.chosen = story_id
        self.buddy.react("bounce")
        story = self.ctx.content.stories[story_id]
        self.ctx.say(story.title)
        if not self.told_again:
            self.told_again = True
            self.ctx.say_then(self.ctx.content.lines.shelf.again)

    def open(self, story_id: str) -> None:
        self.ctx.play_sound("page_turn")
        self.ctx.scenes.push(StoryScene(self.ctx, story_id=story_id))

    # -- input, time, drawing ----------------------------------------------------------------

    def handle(self, action: Action) -> None:
        if action.kind in (ActionKind.PRESS, ActionKind.TAP, ActionKind.ACTIVATE, ActionKind.KEY):
            self.idle = 0.0
        if self.buttons.handle(action):
            return
        x, y, size = self.buddy_place
        pos = action.pos
        if (
            action.kind is ActionKind.TAP
            and pos is not None
            and (pos[0] - x) ** 2 + (pos[1] - y) ** 2 <= (size * 0.45) ** 2
        ):
            self.buddy.react("giggle")
            self.ctx.play_sound("giggle")
            self.ctx.say(self.ctx.content.lines.shelf.hint)

    def update(self, dt: float) -> bool:
        self.time += dt
        changed = self.buddy.update(dt)
        missing = [story_id for story_id in self.stories if story_id not in self.covers]
        if missing:
            story_id = missing[0]
            size = self.ctx.layout.rect(self.picture_rect(story_id)).size
            self.covers[story_id] = cover_picture(self.ctx, story_id, size)
            changed = True
        if not self.ctx.narrator.speaking:
            self.idle += dt
        if self.idle >= IDLE_HINT_SECONDS and self.hints < HINTS:
            self.hints += 1
            self.idle = 0.0
            self.buddy.react("wave")
            self.ctx.play_sound("hint")
            self.ctx.say(self.ctx.content.lines.shelf.hint)
        return changed or self.chosen is not None  # the chosen cover's arrow breathes

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        self.backdrop.draw(surface, layout)
        x, y, size = self.buddy_place
        self.buddy.draw(surface, layout.point(x, y), layout.px(size))
        self.buttons.draw(surface)
        for story_id in self.stories:
            self._draw_cover_face(surface, story_id)

    def _draw_cover_face(self, surface: pygame.Surface, story_id: str) -> None:
        ctx = self.ctx
        layout = ctx.layout
        button = self.cover_button(story_id)
        offset = 5 if button is self.buttons.pressed else 0
        x, y, w, h = button.rect
        px, py, pw, ph = self.picture_rect(story_id)
        picture = (px, py + offset, pw, ph)
        cover = self.covers.get(story_id)
        target = layout.rect(picture)
        if cover is not None:
            image = cover if cover.get_size() == target.size else pygame.transform.smoothscale(cover, target.size)
            surface.blit(image, target)
        else:
            book = ctx.assets.svg("svg/props/book.svg", (layout.px(120), layout.px(120)))
            surface.blit(book, book.get_rect(center=target.center))
        pygame.draw.rect(surface, theme.OUTLINE, target, layout.px(3), layout.px(8))
        story = ctx.content.stories[story_id]
        title = ctx.line_words(story.title)  # fitted under the picture: "Cuando estoy triste en la escuela infantil"
        write(surface, ctx, title, 22, theme.INK, box=(x + INSET, y + offset + h - CAPTION - 2, w - 2 * INSET, CAPTION))
        if story_id == self.chosen:
            ring = layout.rect((x - 10, y + offset - 10, w + 20, h + 20))
            pygame.draw.rect(surface, theme.SUNSHINE, ring, layout.px(10), layout.px(34))
            self._draw_play_arrow(surface, (picture[0] + picture[2] / 2, picture[1] + picture[3] / 2))

    def _draw_play_arrow(self, surface: pygame.Surface, centre: tuple[float, float]) -> None:
        """The big play arrow on the chosen cover: touch again to read. It breathes gently."""
        layout = self.ctx.layout
        grow = 0.0 if self.ctx.reduced_motion else 6 * math.sin(2 * math.pi * self.time / 1.6)
        radius = 64 + grow
        draw_panel(
            surface,
            layout,
            (centre[0] - radius, centre[1] - radius, 2 * radius, 2 * radius),
            theme.SUNSHINE,
            radius=radius,
            outline=theme.OUTLINE,
        )
        arrow = self.ctx.assets.svg("svg/icons/play.svg", (layout.px(radius * 1.3), layout.px(radius * 1.3)))
        surface.blit(arrow, arrow.get_rect(center=layout.point(*centre)))


SCENES = {"shelf": ShelfScene}


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    def chosen(scene: Scene) -> None:
        assert isinstance(scene, ShelfScene)
        if scene.stories:
            scene.touch(scene.stories[min(1, len(scene.stories) - 1)])

    yield TourShot("shelf", ShelfScene, settle=1.0)
    yield TourShot("shelf-chosen", ShelfScene, settle=1.0, prepare=chosen)
