"""The sticker book: every sticker the child has earned, big, on pages to turn.

Opening it says how many stickers there are and how many daycare days in a row (a weekend never
breaks it); the last seven days show as little suns (a sticker that day), little houses (home
days) or pale circles. Tapping a sticker names it.
Milestones (5, 10, 20, 30, … stickers) unlock a buddy accessory: the book shows the buddy
wearing what has been won, how far it is to the next prize, and celebrates a prize that is
new. Everything is read from and saved to ``ctx.progress``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.registry import TourShot
from dropoff_buddy.rewards import next_milestone, streak, week
from dropoff_buddy.scene import Scene
from dropoff_buddy.storage.models import Progress, StickerEntry
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.kid_buttons import corner_home_button
from dropoff_buddy.ui.layout import contains
from dropoff_buddy.ui.widgets import Button, ButtonGroup, draw_panel, note_cover, write
from dropoff_buddy.week import is_daycare_day

PER_PAGE = 8  # two facing pages of 2 × 2
STICKER_SIZE = 150.0
CELEBRATE_SECONDS = 4.5


class StickerBookScene(Scene):
    """The sticker book. ``progress`` is shown instead of the child's own (the tour's sample book)."""

    name = "stickers"
    says = ("lines:stickers.*",)

    def __init__(self, ctx: GameContext, progress: Progress | None = None) -> None:
        super().__init__(ctx)
        self.sample = progress
        self.page = 0
        self.time = 0.0
        self.celebrating: list[str] = []
        self.celebrate_time = 0.0
        self.buttons = ButtonGroup(ctx)
        self.buddy_look = ctx.profile.buddy
        self._static: tuple[object, pygame.Surface] | None = None
        self._veil: pygame.Surface | None = None
        self._layout_buttons()

    @property
    def progress(self) -> Progress:
        return self.sample if self.sample is not None else self.ctx.progress

    @property
    def entries(self) -> list[StickerEntry]:
        """Newest first: the book opens on the sticker just earned."""
        return list(reversed(self.progress.stickers))

    @property
    def pages(self) -> int:
        return max(1, math.ceil(len(self.entries) / PER_PAGE))

    # -- layout --------------------------------------------------------------------------------

    def book_rect(self) -> tuple[float, float, float, float]:
        layout = self.ctx.layout
        return (190.0, 200.0, layout.width - 380.0, 390.0)

    def language_changed(self) -> None:
        self._layout_buttons()

    def _layout_buttons(self) -> None:
        layout = self.ctx.layout
        self.buttons.clear()
        self.buttons.add(corner_home_button(self.ctx.scenes.pop_to_root, self.ctx.t("screens:common.home")))
        _, y, _, h = self.book_rect()
        middle = y + h / 2
        self.prev_button = self.buttons.add(
            Button(
                rect=(40, middle - 75, 120, 150),
                on_activate=lambda: self.turn(-1),
                icon="svg/icons/back_arrow.svg",
                colour=theme.SKY,
                name="prev",
                sound="page_turn",
            )
        )
        self.next_button = self.buttons.add(
            Button(
                rect=(layout.width - 160, middle - 75, 120, 150),
                on_activate=lambda: self.turn(1),
                icon="svg/icons/next_arrow.svg",
                colour=theme.SKY,
                name="next",
                sound="page_turn",
            )
        )
        self._update_arrows()

    def _update_arrows(self) -> None:
        self.prev_button.enabled = self.page > 0
        self.next_button.enabled = self.page < self.pages - 1

    def resized(self) -> None:
        self._layout_buttons()

    def sticker_slots(self) -> list[tuple[StickerEntry, tuple[float, float]]]:
        """The stickers on the open spread with their centres (layout units)."""
        x, y, w, h = self.book_rect()
        page_entries = self.entries[self.page * PER_PAGE : (self.page + 1) * PER_PAGE]
        slots = []
        for index, entry in enumerate(page_entries):
            side, within = divmod(index, 4)
            row, col = divmod(within, 2)
            page_left = x + side * w / 2
            cx = page_left + w / 4 + (col - 0.5) * (w / 4 - 10)
            cy = y + h / 4 + row * h / 2
            slots.append((entry, (cx, cy)))
        return slots

    # -- life cycle ------------------------------------------------------------------------------

    def enter(self) -> None:
        ctx = self.ctx
        count = self.progress.sticker_count
        self.page = 0
        self._update_arrows()
        lines = ctx.content.lines.stickers
        new = ctx.content.rewards.sync_unlocks(self.progress)
        if new and self.sample is None:
            ctx.save_progress()
        if count == 0:
            ctx.say(lines.empty)
        else:
            days = streak(self.progress, ctx.clock(), ctx.profile.week.daycare_days)
            ctx.say(lines.count, count=count)
            if days >= 2:
                ctx.say_then(lines.in_a_row, days=days)
        if new:
            self._celebrate(new)

    def _celebrate(self, accessories: list[str]) -> None:
        self.celebrating = accessories
        self.celebrate_time = 0.0
        self.ctx.play_sound("sticker_fanfare")
        self.ctx.say_then(
            self.ctx.content.lines.stickers.unlock, prize=self.ctx.content.rewards.prize_words(accessories)
        )

    def turn(self, direction: int) -> None:
        page = max(0, min(self.pages - 1, self.page + direction))
        if page != self.page:
            self.page = page
            self.ctx.say(self.ctx.content.lines.stickers.page, page=page + 1)
        self._update_arrows()

    # -- input and time ----------------------------------------------------------------------------

    def handle(self, action: Action) -> None:
        if self.celebrating and action.kind is ActionKind.TAP:
            self.celebrating = []
            return
        if self.buttons.handle(action):
            return
        if action.kind is ActionKind.TAP and action.pos is not None:
            for entry, centre in self.sticker_slots():
                half = STICKER_SIZE / 2 + 12
                if contains((centre[0] - half, centre[1] - half, 2 * half, 2 * half), action.pos):
                    self._name_sticker(entry)
                    return
            layout = self.ctx.layout
            if contains((layout.width - 360, 10, 200, 180), action.pos):
                self._tell_prizes()
            elif contains((layout.center_x - 320, 610, 640, 110), action.pos):
                self._tell_streak()

    def _tell_prizes(self) -> None:
        """The buddy in the corner says what it has won and how far the next prize is."""
        ctx = self.ctx
        lines, rewards = ctx.content.lines.stickers, ctx.content.rewards
        count = self.progress.sticker_count
        won = [item for item in self.progress.unlocked_accessories if item in rewards.unlock_order]
        more = next_milestone(count) - count
        ctx.play_sound("giggle")
        if won:
            ctx.say(lines.wearing, prize=rewards.prize_words(won))
            ctx.say_then(lines.more, more=more)
        else:
            ctx.say(lines.more, more=more)

    def _tell_streak(self) -> None:
        days = streak(self.progress, self.ctx.clock(), self.ctx.profile.week.daycare_days)
        self.ctx.play_sound("pop")
        lines = self.ctx.content.lines.stickers
        if days >= 2:
            self.ctx.say(lines.streak_days, days=days)
        elif days == 1:
            self.ctx.say(lines.streak_today)
        else:
            self.ctx.say(lines.streak_none)

    def _name_sticker(self, entry: StickerEntry) -> None:
        ctx = self.ctx
        known = ctx.content.rewards.sticker_by_id(entry.sticker)
        words = known.words if known is not None else ctx.t("screens:stickers.unknown")
        listed = ctx.content.ritual_steps.said(entry.ritual)
        ctx.play_sound("pop")
        lines = ctx.content.lines.stickers
        if listed:
            ctx.say(lines.name_for, sticker=words, steps=listed)
        else:
            ctx.say(lines.name, sticker=words)

    def update(self, dt: float) -> bool:
        self.time += dt
        if self.celebrating:
            self.celebrate_time += dt
            if self.celebrate_time >= CELEBRATE_SECONDS and not self.ctx.narrator.speaking:
                self.celebrating = []
            return True
        return False

    # -- drawing ---------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        # Everything but the buttons changes only with the page, the stickers or the window:
        # it is painted once per such change and blitted after.
        progress = self.progress
        key = (
            surface.get_size(),
            self.page,
            len(progress.stickers),
            tuple(progress.unlocked_accessories),
            self.ctx.clock().date(),
        )
        if self._static is None or self._static[0] != key:
            picture = pygame.Surface(surface.get_size())
            self._paint(picture)
            self._static = (key, picture)
        surface.blit(self._static[1], (0, 0))
        self.buttons.draw(surface)
        if self.celebrating:
            self._draw_celebration(surface)

    def _paint(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        surface.fill((252, 236, 240))
        for index in range(0, int(layout.width), 90):  # a soft dotted wallpaper
            for row in range(0, int(layout.height), 90):
                pygame.draw.circle(
                    surface, (246, 220, 228), layout.point(index + 45 * (row // 90 % 2), row), layout.px(8)
                )
        self._draw_header(surface)
        self._draw_book(surface)
        self._draw_week(surface)
        self._draw_prizes(surface)

    def _draw_header(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        cx = layout.center_x
        draw_panel(surface, layout, (cx - 150, 40, 300, 100), theme.PANEL, radius=50, outline=theme.ROSE)
        star = ctx.assets.svg("svg/icons/star_sticker.svg", (layout.px(80), layout.px(80)))
        surface.blit(star, star.get_rect(center=layout.point(cx - 80, 90)))
        write(surface, ctx, str(self.progress.sticker_count), 52, theme.INK, box=(cx - 34, 48, 170, 84))

    def _draw_book(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        x, y, w, h = self.book_rect()
        edge = theme.darker(theme.ROSE, 0.2)  # the cover's rim and the spine
        draw_panel(surface, layout, (x - 16, y - 16, w + 32, h + 32), theme.ROSE, radius=40, outline=edge)
        draw_panel(surface, layout, (x, y, w / 2 - 4, h), theme.PANEL, radius=28, shadow=False)
        draw_panel(surface, layout, (x + w / 2 + 4, y, w / 2 - 4, h), theme.PANEL, radius=28, shadow=False)
        pygame.draw.line(surface, edge, layout.point(x + w / 2, y), layout.point(x + w / 2, y + h), layout.px(6))
        slots = self.sticker_slots()
        if not slots:
            # An empty place waiting for the first sticker.
            centre = (x + w / 4, y + h / 2)
            pygame.draw.circle(surface, theme.OUTLINE, layout.point(*centre), layout.px(STICKER_SIZE / 2), layout.px(5))
            book = ctx.assets.svg("svg/ritual/mode_practice.svg", (layout.px(240), layout.px(240)))
            surface.blit(book, book.get_rect(center=layout.point(x + 3 * w / 4, y + h / 2)))
            return
        for index, (entry, centre) in enumerate(slots):
            known = ctx.content.rewards.sticker_by_id(entry.sticker)
            icon = known.icon if known is not None else "svg/icons/star_sticker.svg"
            image = ctx.assets.svg(icon, (layout.px(STICKER_SIZE), layout.px(STICKER_SIZE)))
            # Stuck on slightly askew, like real stickers.
            angle = (-6, 4, 7, -3, 5, -7, 2, -4)[index % 8]
            image = pygame.transform.rotozoom(image, angle, 1.0)
            surface.blit(image, image.get_rect(center=layout.point(*centre)))

    def _draw_week(self, surface: pygame.Surface) -> None:
        """The last seven days: a little sun for each day with a sticker, a little house for a home
        day (not a daycare day), a pale circle for the others; today is ringed."""
        ctx = self.ctx
        layout = ctx.layout
        days = week(self.progress, ctx.clock())
        size, gap = 60.0, 18.0
        total = len(days) * size + (len(days) - 1) * gap
        x = layout.center_x - total / 2
        y = 640.0
        draw_panel(
            surface,
            layout,
            (x - 24, y - 12, total + 48, size + 24),
            theme.PANEL,
            radius=40,
            outline=theme.OUTLINE,
            shadow=False,
        )
        for index, (day, earned) in enumerate(days):
            centre = (x + size / 2, y + size / 2)
            if earned:
                sun = ctx.assets.svg("svg/stickers/sun.svg", (layout.px(size), layout.px(size)))
                surface.blit(sun, sun.get_rect(center=layout.point(*centre)))
            elif not is_daycare_day(ctx.profile, day):
                # A home day: a little house, so a weekend never looks like a day missed.
                home = ctx.assets.svg("svg/icons/home.svg", (layout.px(size * 0.62), layout.px(size * 0.62))).copy()
                home.set_alpha(150)
                surface.blit(home, home.get_rect(center=layout.point(*centre)))
            else:
                pygame.draw.circle(
                    surface, theme.lighter(theme.OUTLINE, 0.4), layout.point(*centre), layout.px(size * 0.32)
                )
            if index == len(days) - 1:
                pygame.draw.circle(surface, theme.FOCUS, layout.point(*centre), layout.px(size * 0.56), layout.px(4))
            x += size + gap

    def _draw_prizes(self, surface: pygame.Surface) -> None:
        """The buddy wearing every prize won, and dots counting to the next prize."""
        ctx = self.ctx
        layout = ctx.layout
        won = [item for item in self.progress.unlocked_accessories if item in self.ctx.content.rewards.unlock_order]
        look = self.buddy_look.model_copy(update={"accessories": sorted(set(self.buddy_look.accessories) | set(won))})
        size = layout.px(150)
        picture = ctx.buddy_renderer.render(look, size, expression="happy")
        cx = layout.width - 260
        surface.blit(picture, picture.get_rect(center=layout.point(cx, 88)))
        count = self.progress.sticker_count
        goal = next_milestone(count)
        previous = max([0, *(m for m in (5, 10, *range(20, goal, 10)) if m <= count)])
        steps = goal - previous
        have = count - previous
        dot = 16.0
        total = steps * dot * 1.3
        x0 = cx - total / 2
        for index in range(steps):
            colour = theme.SUNSHINE if index < have else theme.lighter(theme.OUTLINE, 0.3)
            pygame.draw.circle(surface, colour, layout.point(x0 + index * dot * 1.3 + dot / 2, 170), layout.px(dot / 2))

    def _draw_celebration(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        if self._veil is None or self._veil.get_size() != surface.get_size():
            self._veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
            self._veil.fill((255, 246, 232, 200))
        surface.blit(self._veil, (0, 0))
        note_cover(ctx.fonts, surface.get_rect())
        look = self.buddy_look.model_copy(
            update={"accessories": sorted(set(self.buddy_look.accessories) | set(self.celebrating))}
        )
        picture = ctx.buddy_renderer.render(look, layout.px(380), expression="giggle")
        surface.blit(picture, picture.get_rect(center=layout.point(layout.center_x, layout.height * 0.46)))
        for index in range(6):
            angle = index * math.pi / 3 + (0 if ctx.reduced_motion else self.celebrate_time * 0.6)
            spot = (layout.center_x + math.cos(angle) * 260, layout.height * 0.46 + math.sin(angle) * 200)
            sparkle = ctx.assets.svg("svg/ritual/sparkle.svg", (layout.px(70), layout.px(70)))
            surface.blit(sparkle, sparkle.get_rect(center=layout.point(*spot)))
        write(surface, ctx, ctx.t("screens:stickers.new_for"), 44, theme.INK, box=(layout.center_x - 480, 76, 960, 68))


SCENES = {"stickers": StickerBookScene}


def sample_progress(ctx: GameContext, unlocked: list[str]) -> Progress:
    """A book of eleven stickers, the last five on five days in a row (for the tour; never saved)."""
    now = ctx.clock()
    stickers = ctx.content.rewards.sticker
    days_ago = (12, 11, 9, 8, 7, 6, 4, 3, 2, 1, 0)
    entries = [
        StickerEntry(
            at=now - dt.timedelta(days=ago),
            sticker=stickers[index % len(stickers)].id,
            ritual=list(ctx.profile.ritual),
            mode="practice",
        )
        for index, ago in enumerate(days_ago)
    ]
    return Progress(stickers=entries, unlocked_accessories=unlocked)


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    yield TourShot("stickers", lambda c: StickerBookScene(c, sample_progress(c, ["star_badge", "crown"])), settle=0.5)
    yield TourShot("stickers-empty", lambda c: StickerBookScene(c, Progress()), settle=0.5)
    # Eleven stickers but only the first prize recorded: the book finds and celebrates the crown.
    yield TourShot("stickers-prize", lambda c: StickerBookScene(c, sample_progress(c, ["star_badge"])), settle=1.0)
