"""Home: the buddy, one big Play button, the sticker count, and a few picture doors.

Play runs the morning flow (feelings → My Day → story → ritual → sticker), or whichever of
those parts are installed and switched on. The smaller picture buttons open one part alone.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pygame

from dropoff_buddy.buddy.poke import poke_buddy
from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action
from dropoff_buddy.registry import TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.storage.models import BuddyLook
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.backdrop import shared_backdrop
from dropoff_buddy.ui.photo import draw_toy_photo
from dropoff_buddy.ui.widgets import Button, ButtonGroup, draw_panel, write
from dropoff_buddy.week import is_daycare_day

BUDDY_SIZE = 430
PORTRAIT_BUDDY_SIZE = 580


class HomeScene(Scene):
    """The picture doors under Play are the parts with a door (``levels/parts.toml``), in door order."""

    name = "home"
    says = ("lines:home.*", "parts:*.door_line")

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.backdrop = shared_backdrop(ctx, "morning")
        self.buttons = ButtonGroup(ctx)
        self.buddy = BuddyActor(ctx.buddy_renderer, ctx.profile.buddy, ctx.rng, ctx.reduced_motion)
        self.greeted = False
        self._layout_buttons()

    # -- layout ------------------------------------------------------------------------------

    @property
    def portrait(self) -> bool:
        return self.ctx.layout.height > self.ctx.layout.width

    @property
    def buddy_size(self) -> float:
        return PORTRAIT_BUDDY_SIZE if self.portrait else BUDDY_SIZE

    @property
    def buddy_center(self) -> tuple[float, float]:
        layout = self.ctx.layout
        if self.portrait:  # the buddy on top, Play and the doors below
            return (layout.center_x, 540.0)
        return (layout.width * 0.31, layout.height * 0.53)

    def _layout_buttons(self) -> None:
        layout = self.ctx.layout
        self.buttons.clear()
        doors = [part for part in self.ctx.content.parts.doors if part.scene in self.ctx.factories]
        # Up to six doors fit in one row under Play; more go in two rows, with Play a little lower.
        two_rows = len(doors) > 6
        play_w, play_h = 330, (200 if two_rows else 230)
        right_center = layout.width * 0.69
        top = layout.height * 0.5 - (290 if two_rows else 250)
        if self.portrait:
            play_w, play_h = 560, 280
            right_center, top = layout.center_x, 900.0
        self.play_button = self.buttons.add(
            Button(
                rect=(right_center - play_w / 2, top, play_w, play_h),
                on_activate=self._play,
                icon="svg/icons/play.svg",
                label=self.ctx.t("screens:home.play"),
                speak=self.ctx.content.lines.home.play,
                colour=theme.SUNSHINE,
                label_size=34,
                name="play",
            )
        )
        # The sticker count at the top left is also the door to the sticker book.
        if "stickers" in self.ctx.factories:
            self.buttons.add(
                Button(
                    rect=(24, 20, 200, 100),
                    on_activate=functools.partial(self._open, "stickers"),
                    icon="svg/icons/star_sticker.svg",
                    label=str(self.ctx.progress.sticker_count),
                    speak=self.ctx.content.lines.home.stickers,
                    colour=theme.PANEL,
                    label_size=40,
                    icon_scale=0.7,
                    side_by_side=True,
                    name="stickers",
                )
            )
        if self.portrait:  # big doors under Play: rows of three (of four when there are more than six)
            columns = 3 if len(doors) <= 6 else 4
            size, gap, label_size = (260.0, 40.0, 34.0) if columns == 3 else (230.0, 30.0, 32.0)
            rows = [doors[start : start + columns] for start in range(0, len(doors), columns)]
            y = top + play_h + 56
        else:
            rows = [doors[: (len(doors) + 1) // 2], doors[(len(doors) + 1) // 2 :]] if two_rows else [doors]
            widest = max((len(row) for row in rows), default=1)
            # Doors shrink a little when there are many, so the rows stay clear of the buddy and the edge.
            gap = 24 if widest <= 4 else 16
            room = 2 * (layout.width - right_center - 40)
            size = max(float(theme.MIN_TARGET), min(124.0, (room - max(0, widest - 1) * gap) / max(1, widest)))
            label_size = 21.0
            y = top + play_h + (40 if two_rows else 56)
        for row in rows:
            row_w = len(row) * size + max(0, len(row) - 1) * gap
            x = right_center - row_w / 2
            for part in row:
                self.buttons.add(
                    Button(
                        rect=(x, y, size, size + 20),
                        on_activate=functools.partial(self._open, part.scene),
                        icon=part.icon,
                        label=self.ctx.text(part.caption),
                        speak=part.door_line,
                        colour=theme.colour_named(part.colour),
                        label_size=label_size,
                        name=part.scene,
                    )
                )
                x += size + gap
            y += size + 20 + gap

    def resized(self) -> None:
        self._layout_buttons()

    # -- life cycle --------------------------------------------------------------------------

    def enter(self) -> None:
        self.ctx.sound.play_music("calm_morning")
        if not self.greeted:
            self.greeted = True
            lines = self.ctx.content.lines.home
            daycare = is_daycare_day(self.ctx.profile, self.ctx.today)
            self.ctx.say(lines.greeting if daycare else lines.greeting_home_day)

    def resume(self) -> None:
        # The buddy or settings may have changed in the part we come back from.
        self.buddy.look = self.ctx.profile.buddy
        self.buddy.reduced_motion = self.ctx.reduced_motion
        self._layout_buttons()
        self.ctx.sound.play_music("calm_morning")

    def _play(self) -> None:
        if not self.ctx.open_scene("flow"):
            self.ctx.open_scene("breathe")

    def _open(self, scene_name: str) -> None:
        self.ctx.open_scene(scene_name)

    # -- input, time, drawing -----------------------------------------------------------------

    def handle(self, action: Action) -> None:
        if self.buttons.handle(action):
            return
        said = self.ctx.content.lines.home.buddy_tap
        poke_buddy(self.ctx, self.buddy, action, self.buddy_center, self.buddy_size * 0.45, said)

    def update(self, dt: float) -> bool:
        return self.buddy.update(dt)

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        self.backdrop.draw(surface, layout)
        cx, cy = self.buddy_center
        size = self.buddy_size
        shadow = layout.rect((cx - size * 0.35, cy + size * 0.42, size * 0.7, size * 0.1))
        pygame.draw.ellipse(surface, theme.darker((186, 222, 160), 0.15), shadow)
        self.buddy.draw(surface, layout.point(cx, cy), layout.px(size))
        draw_toy_photo(surface, ctx, layout.point(cx + size * 0.36, cy + size * 0.22), layout.px(120))
        # The name sits just over the buddy's head: a bunny's ears reach higher than a bear's.
        head = cy - size / 2 + size * art_top(ctx, ctx.profile.buddy)
        write(surface, ctx, ctx.profile.buddy.name, 34, theme.INK, box=(cx - 230, head - 74, 460, 62))
        if "stickers" not in ctx.factories:
            self._draw_sticker_count(surface)
        self.buttons.draw(surface)

    def _draw_sticker_count(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        rect = (24, 20, 190, 84)
        draw_panel(surface, layout, rect, theme.PANEL, radius=40, outline=theme.OUTLINE)
        icon_px = layout.px(64)
        star = ctx.assets.svg("svg/icons/star_sticker.svg", (icon_px, icon_px))
        surface.blit(star, star.get_rect(center=layout.point(24 + 52, 20 + 42)))
        count = str(ctx.progress.sticker_count)
        write(surface, ctx, count, 40, theme.INK, box=(24 + 92, 24, 90, 76))


SCENES = {"home": HomeScene}


def art_top(ctx: GameContext, look: BuddyLook) -> float:
    """How far down its square the buddy's picture starts (0 = at the top), for placing its name."""
    picture = ctx.buddy_renderer.render(look, 128)
    return picture.get_bounding_rect().top / 128


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    yield TourShot("home", HomeScene, settle=1.0)
