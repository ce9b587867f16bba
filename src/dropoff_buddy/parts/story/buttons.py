"""The story's buttons: the big arrows, the page's pictures (goodbye steps, a choice), and the hint's glow."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.parts.story.taps import do_ritual_step
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button

if TYPE_CHECKING:
    from dropoff_buddy.parts.story.scene import StoryScene

CAPTION_ROOM = 150.0  # portrait: layout units under the picture kept for the caption


def layout_buttons(scene: StoryScene) -> None:
    """The big arrows and the page's pictures (goodbye steps, a choice).

    Landscape: the arrows at the sides at mid height, the pictures along the top. Portrait: the
    stage fills the width at the top, and the pictures and then the arrows sit below it.
    """
    ctx = scene.ctx
    layout = ctx.layout
    scene.buttons.clear()
    pictures = page_pictures(scene)
    if scene.stage.portrait:
        below = layout.to_layout(0, scene.stage.bottom)[1] + CAPTION_ROOM  # the caption goes first
        size, gap, top = 200.0, 48.0, below + 48
        arrows_y = top + (size + 24 + 64 if pictures else 40)
        next_rect = (layout.width - 60 - 240, arrows_y, 240, 240)
        back_rect = (60, arrows_y + 20, 200, 200)
    else:
        size, gap, top = 160.0, 44.0, 28.0
        mid = layout.height * 0.45
        next_rect = (layout.width - 24 - 150, mid - 75, 150, 150)
        back_rect = (24, mid - 60, 120, 120)
    arrows = [(next_rect, scene.go_on, "next", theme.lighter(theme.SUNSHINE, 0.3))]
    if scene.history:
        arrows.append((back_rect, scene.go_back, "back", theme.lighter(theme.SKY, 0.45)))
    for rect, action, name, colour in arrows:
        icon = f"svg/icons/{name}_arrow.svg"
        scene.buttons.add(
            Button(rect=rect, on_activate=action, icon=icon, colour=colour, sound="", icon_scale=0.86, name=name)
        )
    row = len(pictures) * size + max(0, len(pictures) - 1) * gap
    x = layout.center_x - row / 2
    for name, icon, label, action in pictures:
        scene.buttons.add(
            Button(
                rect=(x, top, size, size + 24),
                on_activate=action,
                icon=icon,
                label=label,
                sound="",
                colour=theme.PANEL,
                label_size=22 * size / 160,
                icon_scale=0.72,
                name=name,
            )
        )
        x += size + gap


def page_pictures(scene: StoryScene) -> list[tuple[str, str, str, Callable[[], None]]]:
    """(name, icon, caption, action) of the page's picture buttons: its goodbye steps or its choice."""
    ctx = scene.ctx
    page = scene.page
    pictures: list[tuple[str, str, str, Callable[[], None]]] = []
    if page is None:
        return pictures
    if page.ritual:
        for step_id in ctx.profile.ritual:
            step = ctx.content.ritual_steps.get(step_id)
            if step is None:
                continue
            icon = step.icon if ctx.assets.exists(step.icon) else "svg/icons/heart.svg"
            pictures.append(
                (f"ritual-{step.id}", icon, ctx.text(step.label), functools.partial(do_ritual_step, scene, step.id))
            )
    if page.choice is not None:
        for option in page.choice.options:
            icon = f"svg/props/{option.picture}.svg"
            if not ctx.assets.exists(icon):
                icon = "svg/icons/star_sticker.svg"
            label = ctx.text(option.label) if option.label else option.id.replace("_", " ").capitalize()
            pictures.append((f"choice-{option.id}", icon, label, functools.partial(scene.choose, option)))
    return pictures


def draw_buttons(scene: StoryScene, surface: pygame.Surface) -> None:
    """The buttons, with the hint's halo round the next arrow (and the buddy peeping in when it is not on the page)."""
    if scene.hint_glow > 0 and scene.picture.target_box("buddy") is None:
        # The buddy is not in this picture: it peeps in at the top while it gives its hint.
        layout = scene.ctx.layout
        pygame.draw.circle(surface, theme.OUTLINE, layout.point(120, 120), layout.px(100))
        pygame.draw.circle(surface, theme.PANEL, layout.point(120, 120), layout.px(94))
        scene.buddy.draw(surface, layout.point(120, 116), layout.px(160))
    if scene.hint_glow > 0:
        layout = scene.ctx.layout
        button = scene.buttons.buttons[0]
        # A soft halo round the next arrow while the buddy gives a hint (pulses once a second).
        strength = 0.5 + 0.5 * math.sin(2 * math.pi * scene.hint_glow) if not scene.ctx.reduced_motion else 1
        x, y, w, h = button.rect
        halo = layout.rect((x - 14, y - 14 + 4, w + 28, h + 28))
        ring = pygame.Surface(halo.size, pygame.SRCALPHA)
        pygame.draw.rect(
            ring, (*theme.SUNSHINE, round(90 + 100 * strength)), ring.get_rect(), border_radius=layout.px(40)
        )
        surface.blit(ring, halo)
    scene.buttons.draw(surface)
