"""The morning flow: the parts of the morning, one after another, then a cheerful "all ready".

Parts are scenes that pop themselves when finished: the morning parts of ``levels/parts.toml``
in that file's order (feelings → My Day → story → ritual, which gives the sticker). Only parts
that are installed and that the parent left switched on (``settings.flow_parts``) run.
Before each part a short, calm bridge shows a row of picture dots (one per part, then a star
for "all ready"), says what comes next, and starts the part by itself once the line has been
said (a tap on the big button starts it sooner). A part's home button pops to the root, which
ends the flow early; that is fine.

On a home day (not one of the family's daycare days, ``week``) Play is a home morning: only the
parts marked ``home_day`` in ``parts.toml`` (how do you feel, and the day's story, "A Home Day"),
with no goodbye game and nothing said about going anywhere; the finale says when the next daycare
day is ("after two sleeps").

After pickup on a daycare day (the parent's setting ``evening_after_pickup``, from
``evening_from_hour`` o'clock) Play is the evening part instead: the flow opens "How was your day?"
at once and goes home after it, because getting ready for daycare makes no sense at bedtime.
"""

from __future__ import annotations

from collections.abc import Iterator

import pygame

from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.content.parts import Part
from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.registry import TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.storage.models import SessionEntry
from dropoff_buddy.story.shelf import story_for_day
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.backdrop import shared_backdrop
from dropoff_buddy.ui.kid_buttons import on_button
from dropoff_buddy.ui.widgets import ButtonGroup, draw_panel, write
from dropoff_buddy.week import is_daycare_day, someone_else_picks_up

FINALE_PICTURE = "svg/icons/star_sticker.svg"
FINALE_SECONDS = 6.0
BRIDGE_MIN_SECONDS = 2.0  # a bridge stays at least this long, so it is seen
BRIDGE_AFTER_LINE = 0.8  # and starts the part this long after its line has been said
BRIDGE_MAX_SECONDS = 14.0  # whatever the narrator does


#: Where things stand, in layout units (a landscape window is 1280 wide and 800 tall; a portrait one
#: 1280 wide and taller). Landscape: the buddy, the next part's card and Go in a row. Portrait
#: (a tall tablet): the buddy big in the middle, the card and Go side by side under it.
LANDSCAPE: dict[str, tuple[float, ...]] = {
    "bridge_buddy": (-330.0, 430.0, 300.0),  # x from the centre, y, size
    "card": (0.0, 420.0, 280.0),  # x from the centre, y of its middle, size
    "go": (170.0, 330.0, 190.0),  # x from the centre, top, size
    "finale_buddy": (0.0, 420.0, 320.0),
    "home": (230.0, 330.0, 190.0),
    "title": (22.0, 74.0, 48.0, 1040.0),  # top, height, letter size, width
    "dots": (100.0, 166.0, 76.0),  # y on a bridge, y at the finale, dot size
}
PORTRAIT: dict[str, tuple[float, ...]] = {
    "bridge_buddy": (0.0, 700.0, 560.0),
    "card": (-190.0, 1330.0, 380.0),
    "go": (110.0, 1180.0, 300.0),
    "finale_buddy": (0.0, 820.0, 640.0),
    "home": (-160.0, 1300.0, 320.0),
    "title": (60.0, 96.0, 60.0, 1160.0),
    "dots": (150.0, 280.0, 100.0),
}


#: The part (``levels/parts.toml``) Play opens after pickup when the parent switched that on.
EVENING_PART = "evening"


#: The scene that tells the day's story; left out of Play when no story fits the day (the parent hid it).
STORY_SCENE = "story"


def evening_part(ctx: GameContext) -> Part | None:
    """The evening part if Play should open it now: switched on by the parent, installed, a daycare
    day, and the local time past the hour the parent gave (the child is home from daycare); else None."""
    settings = ctx.profile.settings
    part = ctx.content.parts.get(EVENING_PART)
    if not settings.evening_after_pickup or part is None or part.scene not in ctx.factories:
        return None
    if not is_daycare_day(ctx.profile, ctx.today):
        return None
    return part if ctx.clock().hour >= settings.evening_from_hour else None


def available_parts(ctx: GameContext) -> list[Part]:
    """The flow parts that will run now, in order: installed, switched on by the parent, and for a
    home day only the home-day ones."""
    home_day = not is_daycare_day(ctx.profile, ctx.today)
    parts = ctx.content.parts.flow(ctx.profile.settings.flow_parts, home_day=home_day)
    no_story = story_for_day(ctx.content.stories, ctx.profile, ctx.today) is None
    return [part for part in parts if part.scene in ctx.factories and not (part.scene == STORY_SCENE and no_story)]


class MorningFlowScene(Scene):
    """Runs the parts in order with a bridge before each, then the finale; back home at the end."""

    name = "flow"
    says = ("lines:flow.*", "parts:*.bridge")

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.evening = evening_part(ctx)
        #: No daycare today: a home morning (no goodbye game; the finale tells when daycare is next).
        self.home_day = not is_daycare_day(ctx.profile, ctx.today)
        self.parts = [] if self.evening is not None else available_parts(ctx)
        self.index = -1  # the part playing now, or about to play during a bridge
        self.done: list[Part] = []
        self.state = "start"  # "bridge", "part", "finale"
        self.state_time = 0.0
        self.quiet_for = 0.0  # seconds the narrator has been quiet during a bridge
        self.finale_time = 0.0
        self.backdrop = shared_backdrop(ctx, "evening" if self.evening is not None else "morning")
        self.buddy = BuddyActor(ctx.buddy_renderer, ctx.profile.buddy, ctx.rng, ctx.reduced_motion)
        self.buttons = ButtonGroup(ctx)
        self._place_buttons()

    @property
    def in_finale(self) -> bool:
        return self.state == "finale"

    @property
    def places(self) -> dict[str, tuple[float, ...]]:
        """Where the buddy, the card, the buttons, the title and the dots go in this window."""
        layout = self.ctx.layout
        return PORTRAIT if layout.height > layout.width else LANDSCAPE

    def _place_buttons(self) -> None:
        layout = self.ctx.layout
        self.buttons.clear()
        portrait = self.places is PORTRAIT
        if self.state == "finale":
            home = self.ctx.t("screens:common.home")
            x, top, size = self.places["home"]
            # The finale's Home has always had the Button default caption size (26), a little under Go's.
            label_size = 34 if portrait else 26
            rect = (layout.center_x + x, top, size, size)
            self.buttons.add(on_button("home", rect, self._finish, home, label_size=label_size))
        elif self.state == "bridge":
            go = self.ctx.t("screens:common.go")
            x, top, size = self.places["go"]
            rect = (layout.center_x + x, top, size, size)
            self.buttons.add(on_button("go", rect, self._start_part, go, label_size=34 if portrait else 28))

    def resized(self) -> None:
        self._place_buttons()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_time = 0.0
        self.quiet_for = 0.0
        self._place_buttons()

    # -- life cycle --------------------------------------------------------------------------

    def enter(self) -> None:
        if self.evening is not None:
            self.state = "evening"
            if self.ctx.open_scene(self.evening.scene):
                return
            self.evening = None  # it could not be opened after all: the morning, as usual
            self.parts = available_parts(self.ctx)
        if self.parts:
            lines = self.ctx.content.lines.flow
            self.ctx.say(lines.first_home_day if self.home_day else lines.first)
        self._next()

    def resume(self) -> None:
        if self.evening is not None:
            self._finish_evening()
            return
        if self.state == "part" and 0 <= self.index < len(self.parts):
            self.done.append(self.parts[self.index])
        self.buddy.look = self.ctx.profile.buddy
        self.buddy.reduced_motion = self.ctx.reduced_motion
        self._next()

    def _next(self) -> None:
        self.index += 1
        if self.index < len(self.parts):
            self._set_state("bridge")
            self.buddy.react("bounce")
            part = self.parts[self.index]
            # Queued, so the last line of the part before (or the greeting) is heard to the end.
            self.ctx.say_then(part.bridge)
            return
        self._start_finale()

    def _start_part(self) -> None:
        if self.state != "bridge":
            return
        part = self.parts[self.index]
        self._set_state("part")
        scene = self.ctx.make_scene(part.scene)
        if scene is None:
            self._next()  # uninstalled meanwhile: go on without it
            return
        scene.in_flow = True  # the part is told; it never searches the stack for the flow
        self.ctx.scenes.push(scene)

    def _start_finale(self) -> None:
        self._set_state("finale")
        self.finale_time = 0.0
        self.buddy.react("happy")
        self.ctx.play_sound("sparkle")
        progress = self.ctx.progress
        progress.sessions = [
            *progress.sessions,
            SessionEntry(at=self.ctx.clock(), parts_done=[part.id for part in self.done]),
        ]
        self.ctx.save_progress()
        lines = self.ctx.content.lines.flow
        if self.home_day:
            self.ctx.say(lines.finale_home_day)
        elif someone_else_picks_up(self.ctx.profile, self.ctx.today):
            self.ctx.say(lines.finale_other)
        else:
            self.ctx.say(lines.finale)

    def _finish_evening(self) -> None:
        progress = self.ctx.progress
        progress.sessions = [*progress.sessions, SessionEntry(at=self.ctx.clock(), parts_done=[EVENING_PART])]
        self.ctx.save_progress()
        self._finish()

    def _finish(self) -> None:
        self.ctx.scenes.pop_to_root()

    # -- input, time, drawing -----------------------------------------------------------------

    def handle(self, action: Action) -> None:
        if self.state in ("bridge", "finale"):
            if self.buttons.handle(action):
                return
            if self.state == "bridge" and action.kind is ActionKind.TAP and action.pos is not None:
                cx, cy = self.ctx.layout.center_x, 420
                if abs(action.pos[0] - cx) < 140 and abs(action.pos[1] - cy) < 140:
                    self.ctx.play_sound("tap")
                    self._start_part()
                    return
            if action.kind is ActionKind.PRESS and action.pos is not None:
                # A press anywhere else is answered at once: the buddy giggles.
                self.buddy.react("giggle")
                self.ctx.play_sound("giggle")

    def update(self, dt: float) -> bool:
        if self.state in ("part", "evening"):
            return False
        self.state_time += dt
        if self.state == "bridge":
            self.buddy.update(dt)
            self.quiet_for = 0.0 if self.ctx.narrator.speaking else self.quiet_for + dt
            ready = self.state_time >= BRIDGE_MIN_SECONDS and self.quiet_for >= BRIDGE_AFTER_LINE
            if ready or self.state_time >= BRIDGE_MAX_SECONDS:
                self._start_part()
            return True
        self.finale_time += dt
        if self.finale_time >= FINALE_SECONDS + 4 and not self.ctx.narrator.speaking:
            self._finish()
        return self.buddy.update(dt)

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        self.backdrop.draw(surface, layout)
        if self.state == "finale":
            x, y, size = self.places["finale_buddy"]
            self.buddy.draw(surface, layout.point(layout.center_x + x, y), layout.px(size))
            title = ctx.t("screens:flow.home_day" if self.home_day else "screens:flow.all_ready")
            top, height, letters, width = self.places["title"]
            write(surface, ctx, title, letters, theme.INK, box=(layout.center_x - width / 2, top, width, height))
            self._draw_dots(surface, current=len(self.parts))
        else:
            self._draw_bridge(surface)
        self.buttons.draw(surface)

    def _draw_bridge(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        self._draw_dots(surface, current=max(0, self.index))
        x, y, size = self.places["bridge_buddy"]
        self.buddy.draw(surface, layout.point(layout.center_x + x, y), layout.px(size))
        if 0 <= self.index < len(self.parts):
            part = self.parts[self.index]
            x, cy, size = self.places["card"]
            cx, half = layout.center_x + x, size / 2
            draw_panel(
                surface, layout, (cx - half, cy - half, size, size), theme.PANEL, radius=48, outline=theme.OUTLINE
            )
            picture_px = layout.px(size * 220 / 280)
            picture = ctx.assets.svg(part.icon, (picture_px, picture_px))
            surface.blit(picture, picture.get_rect(center=layout.point(cx, cy)))
            scale = size / 280  # the caption grows with the card
            caption_box = (cx - 210 * scale, cy + half + 8, 420 * scale, 62 * scale)
            write(surface, ctx, ctx.text(part.caption), 36 * scale, theme.INK, box=caption_box)

    def _draw_dots(self, surface: pygame.Surface, current: int) -> None:
        """A row of picture dots, one per part and a star for the end; done ones carry a tick."""
        ctx = self.ctx
        layout = ctx.layout
        pictures = [part.icon for part in self.parts] + [FINALE_PICTURE]
        bridge_y, finale_y, size = self.places["dots"]
        gap = size * 30 / 76
        row_w = len(pictures) * size + (len(pictures) - 1) * gap
        x = layout.center_x - row_w / 2
        y = finale_y if self.state == "finale" else bridge_y
        band = size * 124 / 76  # the panel behind the dots
        draw_panel(
            surface,
            layout,
            (x - 34, y - band / 2, row_w + 68, band),
            theme.PANEL,
            radius=band / 2,
            outline=theme.OUTLINE,
        )
        for index, picture in enumerate(pictures):
            cx, cy = x + size / 2, y
            done = index < current
            now = index == current
            radius = size / 2 + (8 if now else 0)
            fill = (
                theme.lighter(theme.SUNSHINE, 0.3)
                if now
                else (theme.lighter(theme.LEAF, 0.45) if done else theme.PANEL)
            )
            edge = theme.darker(theme.SUNSHINE, 0.2) if now else (theme.LEAF if done else theme.OUTLINE)
            pygame.draw.circle(surface, fill, layout.point(cx, cy), layout.px(radius))
            pygame.draw.circle(surface, edge, layout.point(cx, cy), layout.px(radius), layout.px(5))
            icon_px = layout.px(size * (0.66 if now else 0.58))
            image = ctx.assets.svg(picture, (icon_px, icon_px))
            if not (done or now):
                image = image.copy()
                image.set_alpha(120)
            surface.blit(image, image.get_rect(center=layout.point(cx, cy)))
            if done:
                badge = layout.point(cx + size * 0.36, cy - size * 0.3)
                pygame.draw.circle(surface, theme.darker(theme.LEAF, 0.25), badge, layout.px(15))
                pygame.draw.circle(surface, theme.LEAF, badge, layout.px(12))
                tick = ctx.assets.svg("svg/icons/check.svg", (layout.px(24), layout.px(24)))
                surface.blit(tick, tick.get_rect(center=badge))
            if index < len(pictures) - 1:
                a = layout.point(x + size + 6, y)
                b = layout.point(x + size + gap - 6, y)
                pygame.draw.line(surface, theme.OUTLINE, a, b, layout.px(5))
            x += size + gap


SCENES = {"flow": MorningFlowScene}


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    def finale(scene: Scene) -> None:
        assert isinstance(scene, MorningFlowScene)
        scene.ctx.scenes.pop_until(lambda top: top is scene)
        scene.done = list(scene.parts)
        scene.index = len(scene.parts)
        if not scene.in_finale:
            scene._start_finale()

    def second_bridge(scene: Scene) -> None:
        # As if the first part has just finished: the bridge before the second one.
        assert isinstance(scene, MorningFlowScene)
        scene.ctx.scenes.pop_until(lambda top: top is scene)
        if len(scene.parts) > 1:
            scene.state = "part"
            scene.resume()

    yield TourShot("flow-bridge", MorningFlowScene, settle=0.5, prepare=second_bridge)
    yield TourShot("flow-finale", MorningFlowScene, settle=1.0, prepare=finale)
