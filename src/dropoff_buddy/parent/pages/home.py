"""The parent area's front page: what needs attention, where the data lives, and the way out.

Reached only through the parent gate. Lists every parent page that parts of the game
register (``PARENT_PAGES`` in scene modules), shows notices about saving (a damaged file
that was recovered, a full disk), and holds the only Quit button in the game.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pygame

from dropoff_buddy import __version__
from dropoff_buddy.context import GameContext
from dropoff_buddy.parent.page import MARGIN, NEUTRAL, ParentPageScene, action_button
from dropoff_buddy.registry import TourShot, collect_parent_pages
from dropoff_buddy.storage.store import Notice
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, draw_panel, write


class ParentHomeScene(ParentPageScene):
    name = "parent-home"
    title = "parent:home.title"
    back_label = "parent:home.back"

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.pages = [page for page in collect_parent_pages() if page.scene in ctx.factories]
        self.shown_notices: list[Notice] = []
        self.rebuild()

    def header_buttons(self) -> list[Button]:
        quit_button = self.header_button(self.ctx.t("parent:home.quit"), self.quit, "quit", width=200)
        quit_button.colour, quit_button.label_colour = NEUTRAL, theme.INK
        return [quit_button]

    def build(self) -> None:
        layout = self.ctx.layout
        x, y = MARGIN, 300.0
        width, height, gap = 280.0, 90.0, 24.0
        for page in self.pages:
            if x + width > layout.width - MARGIN:
                x, y = MARGIN, y + height + gap
            self.buttons.add(
                action_button(
                    (x, y, width, height),
                    self.ctx.t("parent:home.page." + page.scene.removeprefix("parent-").replace("-", "_")),
                    functools.partial(self.open_page, page.scene),
                    page.scene,
                    primary=True,
                    size=24,
                )
            )
            x += width + gap

    def enter(self) -> None:
        super().enter()
        self.ctx.sound.stop_music()
        self.shown_notices = self.ctx.store.take_notices() + self.shown_notices

    def resume(self) -> None:
        self.shown_notices = self.ctx.store.take_notices() + self.shown_notices
        self.pages = [page for page in collect_parent_pages() if page.scene in self.ctx.factories]
        super().resume()

    def open_page(self, scene_name: str) -> None:
        self.ctx.open_scene(scene_name)

    def back(self) -> None:
        self.ctx.scenes.pop_to_root()

    def quit(self) -> None:
        self.ctx.save_profile()
        self.ctx.save_progress()
        self.ctx.quit_requested = True

    def draw_page(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        profile = ctx.profile
        summary = ctx.t(
            "parent:home.summary",
            name=profile.child.name,
            buddy=profile.buddy.name,
            stickers=len(ctx.progress.stickers),
            checkins=len(ctx.progress.feelings),
        )
        write(surface, ctx, summary, 24, theme.INK, at=(MARGIN, 150))
        self.write_across(surface, ctx.t("parent:home.folder", folder=str(ctx.profile_folder)), 20, theme.INK_SOFT, 196)
        write(
            surface,
            ctx,
            ctx.t("parent:home.version", version=__version__),
            18,
            theme.INK_SOFT,
            at=(MARGIN, 236),
        )
        if not self.pages:
            write(surface, ctx, ctx.t("parent:home.no_pages"), 22, theme.INK_SOFT, at=(MARGIN, 310))
        self._draw_notices(surface)

    def _draw_notices(self, surface: pygame.Surface) -> None:
        if not self.shown_notices:
            return
        ctx = self.ctx
        layout = ctx.layout
        top = layout.height - 40 - 70 * min(3, len(self.shown_notices)) - 50
        box = (40, top, layout.width - 80, layout.height - 40 - top)
        draw_panel(surface, layout, box, (255, 244, 236), radius=18, shadow=False, outline=theme.WARNING)
        write(surface, ctx, ctx.t("parent:home.notices"), 24, theme.WARNING, at=(64, top + 16))
        y = top + 56
        for notice in self.shown_notices[:3]:
            write(surface, ctx, notice.message, 19, theme.INK, at=(64, y), wrap=layout.width - 140)
            y += 70


SCENES = {"parent-home": ParentHomeScene}


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    yield TourShot("parent-home", ParentHomeScene, settle=0.1)
