"""Tips for parents: one short, kind card at a time, each naming its source.

A parent page (behind the gate). Big Previous / Next buttons, the Left and Right arrow keys,
or a tap on the dots turn the cards. The cards come from ``levels/tips.toml``; a broken file
shows a plain message instead of the cards.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

import pygame

from dropoff_buddy.content.tips import Tip
from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.parent.page import CONTENT_TOP, MARGIN, ParentPageScene, draw_card
from dropoff_buddy.registry import ParentPage, TourShot
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button, write

ARROW_BUTTON_WIDTH = 150.0


class ParentTipsScene(ParentPageScene):
    name = "parent-tips"
    title = "parent:tips.title"

    def __init__(self, ctx: GameContext, page: int = 0) -> None:
        super().__init__(ctx)
        deck = ctx.content.tips
        self.tips: list[Tip] = list(deck.tip) if deck is not None else []
        if deck is None:
            problems = [problem for problem in ctx.content.problems if "tips" in problem] or ["tips.toml is broken"]
            self.say(ctx.t("parent:tips.broken", problem=problems[0]), ok=False)
        self.page = max(0, min(page, len(self.tips) - 1))
        self.rebuild()

    def _card_rect(self) -> tuple[float, float, float, float]:
        layout = self.ctx.layout
        left = MARGIN + ARROW_BUTTON_WIDTH + 32
        return (left, CONTENT_TOP + 10, layout.width - 2 * left, 500)

    def message_area(self) -> RectLike:
        return (MARGIN, 180, self.ctx.layout.width - 2 * MARGIN, 160)

    def build(self) -> None:
        if not self.tips:
            return
        x, y, w, h = self._card_rect()
        arrow_y = y + h / 2 - 90

        def arrow(left: float, name: str, icon: str, action: Callable[[], None]) -> Button:
            return Button(
                rect=(left, arrow_y, ARROW_BUTTON_WIDTH, 180),
                on_activate=action,
                icon=f"svg/icons/{icon}_arrow.svg",
                label=self.ctx.t(f"parent:tips.{name}"),
                colour=theme.PARENT_PANEL,
                label_size=22,
                icon_scale=0.5,
                sound="tap",
                name=name,
            )

        self.previous_button = self.buttons.add(arrow(MARGIN, "previous", "back", self.previous))
        self.next_button = self.buttons.add(arrow(x + w + 32, "next", "next", self.next))
        count = len(self.tips)
        dot = 40.0
        start = self.ctx.layout.center_x - count * dot / 2
        for index in range(count):
            self.buttons.add(
                Button(
                    rect=(start + index * dot + 6, y + h + 30, dot - 12, dot - 12),
                    on_activate=functools.partial(self.show, index),
                    colour=theme.PARENT_ACCENT,
                    sound="tap",
                    name=f"tip-{index + 1}",
                )
            )
        self._refresh_enabled()

    def _refresh_enabled(self) -> None:
        self.previous_button.enabled = self.page > 0
        self.next_button.enabled = self.page < len(self.tips) - 1
        # A button that can't be used shows as an empty, faded card rather than an arrow that does nothing.
        for button, icon, label in (
            (self.previous_button, "svg/icons/back_arrow.svg", self.ctx.t("parent:tips.previous")),
            (self.next_button, "svg/icons/next_arrow.svg", self.ctx.t("parent:tips.next")),
        ):
            button.icon = icon if button.enabled else ""
            button.label = label if button.enabled else ""
        for button in self.buttons.buttons:
            if button.name.startswith("tip-"):
                number = int(button.name.removeprefix("tip-")) - 1
                button.colour = theme.PARENT_ACCENT if number == self.page else (206, 216, 228)

    # -- actions -----------------------------------------------------------------------------

    def show(self, index: int) -> None:
        if not self.tips:
            return
        self.page = max(0, min(index, len(self.tips) - 1))
        self._refresh_enabled()

    def next(self) -> None:
        self.show(self.page + 1)
        if not self.next_button.enabled:
            self.buttons.focus(self.previous_button)

    def previous(self) -> None:
        self.show(self.page - 1)
        if not self.previous_button.enabled:
            self.buttons.focus(self.next_button)

    def handle_page(self, action: Action) -> bool:
        if action.kind is ActionKind.FOCUS and action.direction in ("left", "right") and self.tips:
            # Left and Right turn the cards; Tab and Up/Down still move between buttons.
            if action.direction == "right":
                self.show(self.page + 1)
            else:
                self.show(self.page - 1)
            self.ctx.play_sound("tap")
            return True
        return False

    # -- drawing -----------------------------------------------------------------------------

    def draw_page(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        if not self.tips:
            return
        tip = self.tips[self.page]
        x, y, w, h = self._card_rect()
        draw_card(surface, ctx, (x, y, w, h), 28)
        heart = ctx.assets.svg("svg/icons/heart.svg", (layout.px(44), layout.px(44)))
        surface.blit(heart, heart.get_rect(center=layout.point(x + 56, y + 62)))
        write(
            surface,
            ctx,
            ctx.t("parent:tips.count", number=self.page + 1, count=len(self.tips)),
            19,
            theme.INK_SOFT,
            at=(x + w - 190, y + 28),
        )
        write(surface, ctx, ctx.text(tip.title), 33, theme.PARENT_ACCENT, at=(x + 96, y + 44), wrap=w - 300)
        write(surface, ctx, ctx.text(tip.text), 27, theme.INK, at=(x + 48, y + 140), wrap=w - 96)
        pygame.draw.line(
            surface,
            (226, 232, 240),
            layout.point(x + 48, y + h - 96),
            layout.point(x + w - 48, y + h - 96),
            layout.px(2),
        )
        write(
            surface,
            ctx,
            ctx.t("parent:tips.source", source=tip.source, publication=tip.publication),
            19,
            theme.INK_SOFT,
            at=(x + 48, y + h - 76),
            wrap=w - 96,
        )


SCENES = {"parent-tips": ParentTipsScene}

PARENT_PAGES = [ParentPage("parent-tips", "Tips for drop-off", order=50)]


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    yield TourShot("parent-tips", ParentTipsScene, settle=0.1)
    yield TourShot("parent-tips-last", lambda ctx: ParentTipsScene(ctx, page=99), settle=0.1)
