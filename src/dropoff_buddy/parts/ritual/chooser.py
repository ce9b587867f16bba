"""The goodbye game's chooser (Goodbye game / Together / Buddy's turn) and the Together view.

Opened alone, the goodbye game starts with three picture cards; ``Together`` then shows each
step as one big picture for the real grown-up and child to do for real.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.parts.ritual.stage import TOGETHER_CARD
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.kid_buttons import corner_home_button
from dropoff_buddy.ui.widgets import Button, draw_panel, draw_text

if TYPE_CHECKING:
    from dropoff_buddy.parts.ritual.scene import RitualScene

CARD_SIZE, CARD_GAP = 300.0, 60.0
# (mode, picture, caption key, colour); Buddy's turn shows the child's own buddy, drawn live.
CHOICES = (
    ("practice", "svg/ritual/mode_practice.svg", "screens:ritual.practice", theme.SKY),
    ("together", "svg/ritual/mode_together.svg", "screens:ritual.together", theme.ROSE),
    ("buddy_turn", "", "", theme.LEAF),
)


def home_button(scene: RitualScene) -> Button:
    return corner_home_button(scene.go_home, scene.ctx.t("screens:common.home"))


def chooser_buttons(scene: RitualScene) -> list[Button]:
    """The three mode cards: side by side in the middle, or one above the other in a portrait window."""
    layout = scene.ctx.layout
    portrait = layout.height > layout.width
    if portrait:
        w, h, gap = 640.0, 400.0, 56.0
        top = 480.0
        rects = [(layout.center_x - w / 2, top + index * (h + gap), w, h) for index in range(len(CHOICES))]
    else:
        left = layout.center_x - (3 * CARD_SIZE + 2 * CARD_GAP) / 2
        top = layout.height * 0.5 - CARD_SIZE / 2 + 10
        rects = [(left + index * (CARD_SIZE + CARD_GAP), top, CARD_SIZE, CARD_SIZE) for index in range(len(CHOICES))]
    return [
        Button(
            rect=rect,
            on_activate=functools.partial(scene.start, mode),
            icon=icon,
            label=scene.ctx.t(label) if label else "",
            colour=colour,
            label_size=36 if portrait else 30,
            name=f"mode-{mode}",
            icon_scale=0.7,
        )
        for rect, (mode, icon, label, colour) in zip(rects, CHOICES, strict=True)
    ]


def draw_chooser(scene: RitualScene, surface: pygame.Surface) -> None:
    layout = scene.ctx.layout
    if layout.height > layout.width:
        scene.buddy.draw(surface, layout.point(layout.center_x, 250), layout.px(320))
    else:
        scene.buddy.draw(surface, layout.point(layout.center_x, 150), layout.px(200))


def draw_buddy_on_its_card(scene: RitualScene, surface: pygame.Surface) -> None:
    """The "Buddy's turn" card shows the child's own buddy with a little backpack, waving."""
    ctx = scene.ctx
    layout = ctx.layout
    card = next((button for button in scene.buttons.buttons if button.name == "mode-buddy_turn"), None)
    if card is None:
        return
    x, y, w, h = card.rect
    offset = 5 if scene.buttons.pressed is card else 0
    label_size = card.label_size
    label_height = label_size * 1.5
    label_box = (x + 8, y + offset + h - label_height - 6, w - 16, label_height)
    draw_text(surface, ctx.fonts, layout, ctx.t("screens:ritual.buddy_turn"), label_size, theme.INK, box=label_box)
    size = min(w, h - label_height) * 0.78
    centre = (x + w / 2 + size * 0.1, y + offset + (h - label_height) / 2 + 12)
    pack = ctx.assets.svg("svg/ritual/backpack.svg", (layout.px(size * 0.42), layout.px(size * 0.42)))
    surface.blit(pack, pack.get_rect(center=layout.point(centre[0] - size * 0.34, centre[1] + size * 0.12)))
    picture = ctx.buddy_renderer.render(ctx.profile.buddy, layout.px(size), expression="happy")
    surface.blit(picture, picture.get_rect(center=layout.point(*centre)))


def draw_together(scene: RitualScene, surface: pygame.Surface) -> None:
    """Together mode: a big picture of the step for the real grown-up and child to do."""
    ctx = scene.ctx
    layout = ctx.layout
    stage = scene.stage
    cx, cy = stage.together_center()
    card = TOGETHER_CARD * (1.25 if stage.portrait else 1.0)
    pulse = 1.0 + 0.04 * stage.pulse()
    w = card * pulse
    rect = draw_panel(
        surface, layout, (cx - w / 2, cy - w / 2, w, w), theme.PANEL, radius=56, outline=theme.ROSE, outline_width=8
    )
    icon_path = "svg/ritual/mode_together.svg" if scene.phase == "promise" else scene.step.icon
    icon = ctx.assets.svg(icon_path, (layout.px(w * 0.78), layout.px(w * 0.78)))
    surface.blit(icon, icon.get_rect(center=rect.center))
    buddy_at = (cx - 450, stage.floor_y - 80) if stage.portrait else (cx - card / 2 - 150, 300)
    scene.stage.cast.draw(surface, stage.people())
    scene.buddy.draw(surface, layout.point(*buddy_at), layout.px(170))
    if scene.phase == "promise":
        caption = ctx.t("screens:ritual.say", promise=ctx.line_words(scene.line_for("promise")))
    else:
        caption = ctx.text(scene.step.label)
    width = min(1120.0, layout.width - 80)
    if stage.portrait:
        caption_box = (cx - width / 2, cy + w / 2 + 40, width, 48)  # under the arrow
    else:  # above the card (below it, the spoken caption would cover the words), clear of the people
        width = min(width, w + 160)
        caption_box = (cx - width / 2, cy - w / 2 - 60, width, 52)
    draw_text(surface, ctx.fonts, layout, caption, 30, theme.INK_SOFT, box=caption_box)
    arrow = ctx.assets.svg("svg/icons/next_arrow.svg", (layout.px(90), layout.px(90)))
    surface.blit(
        arrow, arrow.get_rect(center=layout.point(rect.right / layout.scale - 10, rect.bottom / layout.scale - 10))
    )
    if scene.phase != "promise":
        scene.overlay.draw_step_dots(surface)
