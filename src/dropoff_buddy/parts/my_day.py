"""My Day: the family's day at daycare as a strip of big picture cards, in order.

Tapping a card says what happens then, and the card bounces. The card right after which the
grown-up comes back carries the family photo, and tapping it also says the promise
("Mommy comes back right after snack."). There are no clock times anywhere. A big "go on"
button ends the part: back to the morning flow, or home when played alone.

The cards come from ``day.family_day`` so My Day and the story always show the same day.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterator

import pygame

from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.content.catalog import Card
from dropoff_buddy.content.lines import Line
from dropoff_buddy.context import GameContext
from dropoff_buddy.day import Day, family_day, with_day
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.parts.part import PartScene
from dropoff_buddy.registry import TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.backdrop import shared_backdrop
from dropoff_buddy.ui.kid_buttons import on_button
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.photo import draw_family_photo
from dropoff_buddy.ui.widgets import Button, ButtonGroup, draw_panel, write
from dropoff_buddy.week import someone_else_picks_up

BOUNCE_SECONDS = 0.55
BOUNCE_HEIGHT = 26
GLOW_SECONDS = 1.2  # how long a tapped card stays lit (also the only feedback under reduced motion)
CARD_GAP = 40
SIDE_COLUMN = 230  # room on the right for the buddy and the go-on button
TOP = 128
CAPTION_ROOM = 170  # the promise line and the caption bar sit at the bottom; cards stay above them
PORTRAIT_MARGIN = 60
PORTRAIT_GO = 230  # the go-on button's size in portrait (bottom right, beside the promise)
PORTRAIT_BOTTOM = CAPTION_ROOM + PORTRAIT_GO + 40  # below the cards: the promise, go on, the caption
PHOTO_ROOM = 110  # room above a one-row day for the family photo on the pickup card
PICKUP_GLOW = (255, 214, 120)


def card_grid(count: int, area: RectLike) -> list[RectLike]:
    """Rectangles for ``count`` cards laid out in ``area``: one row up to 5, else two rows.

    Cards are as big as fit (never wider than 250 units), centred, in reading order.
    """
    x, y, w, h = area
    rows = 1 if count <= 5 else 2
    per_row = math.ceil(count / rows)
    card_w = min(250.0, (w - (per_row - 1) * CARD_GAP) / per_row)
    card_h = min(card_w * 1.22, (h - (rows - 1) * CARD_GAP) / rows)
    card_w = min(card_w, card_h / 1.05)
    total_h = rows * card_h + (rows - 1) * CARD_GAP
    top = y + (h - total_h) / 2
    rects: list[RectLike] = []
    for row in range(rows):
        in_row = min(per_row, count - row * per_row)
        row_w = in_row * card_w + (in_row - 1) * CARD_GAP
        left = x + (w - row_w) / 2
        for column in range(in_row):
            rects.append((left + column * (card_w + CARD_GAP), top + row * (card_h + CARD_GAP), card_w, card_h))
    return rects


def portrait_card_list(count: int, area: RectLike) -> list[RectLike]:
    """A tall screen's day: wide cards (picture left, words right) one under another, top to
    bottom in the day's order; more than five go down a second column."""
    x, y, w, h = area
    columns = 1 if count <= 5 else 2
    per_column = math.ceil(count / columns)
    card_w = (w - (columns - 1) * CARD_GAP) / columns
    card_h = min(300.0, (h - (per_column - 1) * CARD_GAP) / per_column)
    total_h = per_column * card_h + (per_column - 1) * CARD_GAP
    top = y + (h - total_h) / 2
    rects: list[RectLike] = []
    for index in range(count):
        column, row = divmod(index, per_column)
        rects.append((x + column * (card_w + CARD_GAP), top + row * (card_h + CARD_GAP), card_w, card_h))
    return rects


class MyDayScene(PartScene):
    """The day's cards; pops itself when the child taps "go on"."""

    name = "my-day"
    says = ("lines:my_day.*", "cards:*.say")

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.backdrop = shared_backdrop(ctx, "morning")
        self.buddy = BuddyActor(ctx.buddy_renderer, ctx.profile.buddy, ctx.rng, ctx.reduced_motion)
        self.day: Day = family_day(ctx.profile, ctx.content.cards)
        # One group, cards first: keyboard focus starts on the first card, so Space says it
        # rather than leaving; arrows walk the day and then reach "go on".
        self.buttons = ButtonGroup(ctx)
        self.bounce: dict[str, float] = {}  # card id → seconds since it was tapped
        self._layout()

    # -- layout ------------------------------------------------------------------------------

    @property
    def portrait(self) -> bool:
        return self.ctx.layout.height > self.ctx.layout.width

    @property
    def buddy_center(self) -> tuple[float, float]:
        layout = self.ctx.layout
        if self.portrait:  # beside the title, top right
            return (layout.width - 200, 160)
        return (layout.width - SIDE_COLUMN / 2 - 14, 250)

    @property
    def promise_line(self) -> Line:
        """Who comes back, and when: "Mommy comes back right after snack." (on a day someone else
        picks up: "Grandpa comes to get you right after snack.")."""
        lines = self.ctx.content.lines.my_day
        return lines.promise_other if someone_else_picks_up(self.ctx.profile, self.ctx.today) else lines.promise

    @property
    def promise(self) -> str:
        """The promise as the child hears it today."""
        return self.ctx.line_words(self.promise_line)

    def _layout(self) -> None:
        layout = self.ctx.layout
        self.buttons.clear()
        count = len(self.day.cards)
        if self.portrait:
            top = TOP + 150  # under the title and the buddy
            width = layout.width - 2 * PORTRAIT_MARGIN
            area = (PORTRAIT_MARGIN, top, width, layout.height - top - PORTRAIT_BOTTOM)
            rects = portrait_card_list(count, area)
        else:
            top = TOP + (PHOTO_ROOM if count <= 5 else 0)
            area = (36, top, layout.width - SIDE_COLUMN - 56, layout.height - top - CAPTION_ROOM)
            rects = card_grid(count, area)
        for card, rect in zip(self.day.cards, rects, strict=True):
            self.buttons.add(
                Button(
                    rect=rect,
                    on_activate=functools.partial(self._tapped, card),
                    label=self.ctx.text(card.label),
                    sound="pop",
                    name=f"card-{card.id}",
                )
            )
        cx = self.buddy_center[0]
        go_rect: RectLike = (cx - 95, 420, 190, 190)
        if self.portrait:  # bottom right, above the caption
            go = PORTRAIT_GO
            go_rect = (layout.width - PORTRAIT_MARGIN - go, layout.height - CAPTION_ROOM - go - 20, go, go)
        self.go_button = self.buttons.add(
            on_button(
                "go-on" if self.in_flow else "home",
                go_rect,
                self.finish,
                self.ctx.t("screens:common.go_on" if self.in_flow else "screens:common.home"),
                name="go-on",
            )
        )

    @property
    def card_buttons(self) -> list[Button]:
        """The day's cards, in order."""
        return [button for button in self.buttons.buttons if button.name.startswith("card-")]

    def resized(self) -> None:
        self._layout()

    # -- life cycle --------------------------------------------------------------------------

    def enter(self) -> None:
        self._layout()  # the flow says whether this runs inside it only after making the scene
        self.buddy.react("wave")
        self.ctx.say(self.ctx.content.lines.my_day.intro)
        self.ctx.say_then(self.promise_line)

    def resume(self) -> None:
        # The parent may have changed the day (or the buddy) in the parent area meanwhile.
        self.buddy.look = self.ctx.profile.buddy
        self.buddy.reduced_motion = self.ctx.reduced_motion
        self.day = family_day(self.ctx.profile, self.ctx.content.cards)
        self._layout()

    def _tapped(self, card: Card) -> None:
        self.ctx.say(card.say)
        self.bounce[card.id] = 0.0
        self.buddy.react("bounce")
        if card.id == self.day.pickup.id:
            self.ctx.say_then(self.promise_line)

    def _walk_on_from(self, card: Button) -> None:
        """Space or Enter on a card said it; the focus moves to the next card, and after the last
        one to "go on", with a spoken hint, so a child on the keyboard walks the day and out."""
        cards = self.card_buttons
        following = cards.index(card) + 1 if card in cards else len(cards)
        self.buttons.focus_visible = True
        if following < len(cards):
            self.buttons.focus(cards[following])
            return
        self.buttons.focus(self.go_button)
        lines = self.ctx.content.lines.my_day
        self.ctx.say_then(lines.go_on_hint if self.in_flow else lines.go_home_hint)

    # -- input, time, drawing -----------------------------------------------------------------

    def _on_buddy(self, pos: tuple[float, float]) -> bool:
        cx, cy = self.buddy_center
        return (pos[0] - cx) ** 2 + (pos[1] - cy) ** 2 <= 95**2

    def handle(self, action: Action) -> None:
        from_keyboard = action.kind is ActionKind.ACTIVATE
        focused = self.buttons.focused
        if self.buttons.handle(action):
            if from_keyboard and focused is not None and focused is not self.go_button and not self.finished:
                self._walk_on_from(focused)
            return
        if action.kind is ActionKind.TAP and action.pos is not None and self._on_buddy(action.pos):
            self.buddy.react("giggle")
            self.ctx.play_sound("giggle")
            self.ctx.say(self.promise_line)

    def update(self, dt: float) -> bool:
        changed = self.buddy.update(dt)
        for card_id in list(self.bounce):
            self.bounce[card_id] += dt
            if self.bounce[card_id] >= GLOW_SECONDS:
                del self.bounce[card_id]
            changed = True
        return changed or self.buttons.pressed is not None

    def _lift(self, card_id: str) -> float:
        """How far (layout units) the card is lifted by its bounce now."""
        t = self.bounce.get(card_id)
        if t is None or self.ctx.reduced_motion or t >= BOUNCE_SECONDS:
            return 0.0
        # Two soft hops, the second smaller: a bounce, not a flash.
        p = t / BOUNCE_SECONDS
        return BOUNCE_HEIGHT * abs(math.sin(2 * math.pi * p)) * (1 - 0.55 * p)

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        self.backdrop.draw(surface, layout)
        area_center = (layout.width - SIDE_COLUMN - 20) / 2
        title_box: RectLike = (area_center - 440, 34, 880, 72)
        if self.portrait:  # left of the buddy
            title_box = (PORTRAIT_MARGIN, 60, layout.width - 2 * PORTRAIT_MARGIN - 220, 90)
        write(surface, ctx, ctx.t("screens:my_day.title"), 46, theme.INK, box=title_box)
        self._draw_arrows(surface)
        for button in self.card_buttons:
            self._draw_card(surface, button)
        self._draw_promise(surface)
        self.buddy.draw(surface, layout.point(*self.buddy_center), layout.px(200))
        self.buttons.draw_button(surface, self.go_button)

    def _draw_photo(self, surface: pygame.Surface, rect: RectLike) -> None:
        """The family photo on the pickup card: above it in a one-row day, on its corner in two rows."""
        layout = self.ctx.layout
        x, y, w, h = rect
        if self.portrait and len(self.card_buttons) <= 5:  # at the wide card's right end
            photo_w = min(h * 0.95, w * 0.3)
            center = (x + w - photo_w * 0.55, y + h / 2)
            tilt = 5.0
        elif self.portrait:  # two columns: on the card's top right corner, above its words
            photo_w = w * 0.34
            center = (x + w - photo_w * 0.45, y + photo_w * 0.18)
            tilt = 6.0
        elif len(self.card_buttons) <= 5:
            photo_w = min(196.0, w * 1.05)
            center = (x + w / 2, y - photo_w * 0.34)
            tilt = -5.0
        else:
            photo_w = w * 0.64
            center = (x + w - photo_w * 0.3, y + photo_w * 0.3)
            tilt = 7.0
        draw_family_photo(surface, self.ctx, layout.point(*center), layout.px(photo_w), tilt=tilt)

    def _draw_promise(self, surface: pygame.Surface) -> None:
        """The promise under the cards, as a caption for the grown-up (it is also spoken)."""
        ctx = self.ctx
        layout = ctx.layout
        buttons = self.card_buttons
        bottom = max(b.rect[1] + b.rect[3] for b in buttons)
        left = min(b.rect[0] for b in buttons)
        right = max(b.rect[0] + b.rect[2] for b in buttons)
        promise_box = (left + 44, bottom + 18, right - left - 44, 56)
        if self.portrait:  # left of the go-on button, under the cards
            go_x = self.go_button.rect[0]
            promise_box = (left + 60, bottom + 30, go_x - left - 90, 110)
        text_rect = write(surface, ctx, self.promise, 30, theme.INK_SOFT, box=promise_box)
        heart_px = layout.px(40)
        heart = ctx.assets.svg("svg/icons/heart.svg", (heart_px, heart_px))
        surface.blit(heart, heart.get_rect(midright=(text_rect.left - layout.px(10), text_rect.centery)))

    def _draw_arrows(self, surface: pygame.Surface) -> None:
        """Small chevrons between neighbouring cards in a row, so the order reads left to right."""
        layout = self.ctx.layout
        buttons = self.card_buttons
        colour = theme.darker(theme.OUTLINE, 0.1)
        for left, right in itertools.pairwise(buttons):
            lx, ly, lw, lh = left.rect
            rx, ry, _, _ = right.rect
            if self.portrait:
                if abs(rx - lx) > 1:
                    continue  # the next card starts the second column
                self._draw_down_arrow(surface, (lx + lh / 2, (ly + lh + ry) / 2), colour)
                continue
            if abs(ry - ly) > 1:
                continue  # the next card starts a new row
            cx, cy = (lx + lw + rx) / 2, ly + lh * 0.42
            points = [layout.point(cx - 7, cy - 14), layout.point(cx + 8, cy), layout.point(cx - 7, cy + 14)]
            pygame.draw.lines(surface, colour, False, points, layout.px(7))
            for point in (points[0], points[2]):
                pygame.draw.circle(surface, colour, point, layout.px(3.5))
            pygame.draw.circle(surface, colour, points[1], layout.px(3.5))

    def _draw_down_arrow(self, surface: pygame.Surface, centre: tuple[float, float], colour: theme.Colour) -> None:
        """A chevron pointing down between two cards of a column: the day goes on below."""
        layout = self.ctx.layout
        cx, cy = centre
        points = [layout.point(cx - 14, cy - 7), layout.point(cx, cy + 8), layout.point(cx + 14, cy - 7)]
        pygame.draw.lines(surface, colour, False, points, layout.px(7))
        for point in points:
            pygame.draw.circle(surface, colour, point, layout.px(3.5))

    def _draw_card(self, surface: pygame.Surface, button: Button) -> None:
        ctx = self.ctx
        layout = ctx.layout
        card_id = button.name.removeprefix("card-")
        card = ctx.content.cards.get(card_id)
        assert card is not None
        x, y, w, h = button.rect
        pressed = button is self.buttons.pressed
        y += (5 if pressed else 0) - self._lift(card_id)
        is_pickup = card_id == self.day.pickup.id
        lit = card_id in self.bounce
        face = theme.lighter(theme.SUNSHINE, 0.55) if lit else theme.PANEL
        if is_pickup:
            glow = layout.rect((x - 10, y - 10, w + 20, h + 20))
            pygame.draw.rect(surface, PICKUP_GLOW, glow, border_radius=layout.px(theme.CORNER + 10))
        outline = theme.darker(theme.SUNSHINE, 0.25) if (is_pickup or lit) else theme.OUTLINE
        draw_panel(
            surface,
            layout,
            (x, y, w, h),
            face,
            radius=theme.CORNER,
            outline=outline,
            outline_width=6 if (is_pickup or lit) else 4,
            shadow=not pressed,
        )
        label_h = 40
        picture = min(w - 28, h - label_h - 24)
        picture_center = layout.point(x + w / 2, y + 12 + (h - label_h - 12) / 2)
        label_box: RectLike = (x + 6, y + h - label_h - 6, w - 12, label_h)
        label_size = 24
        if self.portrait:  # a wide card: the picture on the left, its words beside it
            picture = h - 36
            picture_center = layout.point(x + 18 + picture / 2, y + h / 2)
            label_box = (x + picture + 44, y + 12, w - picture - 62, h - 24)
            if is_pickup and len(self.card_buttons) <= 5:  # the photo takes the card's right end
                label_box = (x + picture + 44, y + 12, w - picture - 72 - min(h * 0.95, w * 0.3), h - 24)
            elif is_pickup:  # the photo sits on the top right corner: the words go under it
                label_box = (x + picture + 44, y + h * 0.45, w - picture - 62, h * 0.55 - 12)
            label_size = 44
        if ctx.assets.exists(card.icon):
            image = ctx.assets.svg(card.icon, (layout.px(picture), layout.px(picture)))
            surface.blit(image, image.get_rect(center=picture_center))
        else:  # a card added to levels/cards.toml without its art yet: a soft sun, never a crash
            pygame.draw.circle(surface, theme.lighter(theme.SUNSHINE, 0.3), picture_center, layout.px(picture * 0.36))
        write(surface, ctx, ctx.text(card.label), label_size, theme.INK, box=label_box)
        if is_pickup:
            self._draw_photo(surface, (x, y, w, h))
        if self.buttons.focus_visible and button is self.buttons.focused:
            ring = layout.rect((x - 10, y - 10, w + 20, h + 20))
            pygame.draw.rect(surface, theme.FOCUS, ring, width=layout.px(6), border_radius=layout.px(theme.CORNER + 10))


SCENES = {"my-day": MyDayScene}

#: The tour's long day: six of these, then the family's pick-up card, then pick-up.
LONG_DAY = ("arrive", "circle_time", "free_play", "art", "music", "outdoor_play", "story_time", "lunch")


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    def tap_pickup(scene: Scene) -> None:
        assert isinstance(scene, MyDayScene)
        button = next(b for b in scene.card_buttons if b.name == f"card-{scene.day.pickup.id}")
        scene.buttons.activate(button)

    def long_day(scene: Scene) -> None:
        # Eight cards, so the two-row layout is in the tour too. Pick-up stays after the family's
        # own card (snack for a new family), so the promise under the cards names the card that glows.
        assert isinstance(scene, MyDayScene)
        cards = scene.ctx.content.cards
        pickup_after = scene.ctx.profile.pickup_after
        if pickup_after in ("arrive", "pickup") or cards.get(pickup_after) is None:
            pickup_after = "snack"  # a family whose day has no card before pick-up: the new family's
        others = [card for card in LONG_DAY if card != pickup_after][:6]
        schedule = [*others, pickup_after, "pickup"]
        profile = with_day(scene.ctx.profile, schedule, pickup_after, cards)
        scene.day = family_day(profile, cards)
        scene.resized()

    yield TourShot("my-day", MyDayScene, settle=1.0)
    yield TourShot("my-day-pickup", MyDayScene, settle=0.3, prepare=tap_pickup)
    yield TourShot("my-day-long", MyDayScene, settle=1.0, prepare=long_day)
