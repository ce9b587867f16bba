"""Where the evening's things go for the window's shape, and the buttons of each phase."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dropoff_buddy.parts.feelings import face_colour
from dropoff_buddy.storage.models import BEST_DONT_KNOW, DONT_KNOW
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.kid_buttons import breathe_button, on_button, picture_card
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button

if TYPE_CHECKING:
    from dropoff_buddy.parts.evening.scene import EveningScene

DONT_KNOW_ICON = "svg/tricky/dont_know.svg"
SKIP_ICON = "svg/icons/next_arrow.svg"
CARD_FACE = theme.PANEL
CHOSEN = theme.lighter(theme.SUNSHINE, 0.35)


@dataclass(frozen=True)
class _Places:
    """Where things go for this window shape (layout units)."""

    buddy: tuple[float, float, float]  # centre x, centre y, size
    card: RectLike
    title_y: float
    faces_top: float
    face_size: float
    extras: tuple[RectLike, RectLike]  # "I don't know", "skip"
    grid: RectLike  # the best-part cards
    best_dont_know: RectLike
    best_buddy: tuple[float, float, float]


def places_for(scene: EveningScene) -> _Places:
    """Where things go for this window's shape."""
    layout = scene.ctx.layout
    width, height = layout.width, layout.height
    if scene.tall:
        top = (height - 1400) / 2
        cx = width / 2
        return _Places(
            buddy=(cx - 430, top + 450, 260),
            card=(cx - 240, top + 200, 480, 500),
            title_y=top + 120,
            faces_top=top + 780,
            face_size=200,
            extras=((cx - 330, top + 1060, 300, 200), (cx + 30, top + 1060, 300, 200)),
            grid=(60, top + 200, width - 120, 760),
            best_dont_know=(cx + 30, top + 1060, 300, 200),
            best_buddy=(cx - 200, top + 1160, 240),
        )
    cx = width / 2 - 30
    return _Places(
        buddy=(170, 340, 250),
        card=(cx - 150, 116, 300, 300),
        title_y=66,
        faces_top=470,
        face_size=152,
        extras=((width - 60 - 180, 150, 180, 176), (width - 60 - 180, 346, 180, 176)),
        grid=(300, 130, width - 300 - 280, 440),
        best_dont_know=(width - 60 - 180, 262, 180, 176),
        best_buddy=(160, 340, 230),
    )


def layout_buttons(scene: EveningScene) -> None:
    """The buttons of the phase on show, and the way to breathe (but at the end)."""
    scene.buttons.clear()
    if scene.phase in ("ask", "reply"):
        _layout_ask(scene)
    elif scene.phase in ("best", "best_reply"):
        _layout_best(scene)
    elif scene.phase == "end":
        _layout_end(scene)
    if scene.phase != "end" and "breathe" in scene.ctx.factories:
        # Breathing with the buddy is always one tap away, as on every kid screen with feelings.
        scene.buttons.add(breathe_button(scene._breathe, scene.ctx.t("screens:feelings.breathe")))


#: The two cards beside the faces, by name: (icon, words, colour, icon scale, sound).
SIDE_CARDS = {
    "dont-know": (DONT_KNOW_ICON, "screens:evening.dont_know", theme.lighter(theme.LILAC, 0.55), 0.66, ""),
    "skip": (SKIP_ICON, "screens:evening.skip", theme.lighter(theme.SKY, 0.5), 0.6, "tap"),
}


def _side_card(
    scene: EveningScene, kind: str, rect: RectLike, on_activate: Callable[[], None], enabled: bool, name: str = ""
) -> Button:
    """A card beside the faces: the lilac "I don't know" (a fine answer, in both questions) or "skip"."""
    icon, words, colour, icon_scale, sound = SIDE_CARDS[kind]
    return Button(
        rect=rect,
        on_activate=on_activate,
        icon=icon,
        label=scene.ctx.t(words),
        colour=colour,
        icon_scale=icon_scale,
        label_size=22,
        sound=sound,
        enabled=enabled,
        name=name or kind,
    )


def _layout_ask(scene: EveningScene) -> None:
    places = places_for(scene)
    size, gap = places.face_size, 20.0
    card_x, _cy, card_w, _ch = places.card
    center = card_x + card_w / 2
    row_w = len(scene.faces) * size + (len(scene.faces) - 1) * gap
    x = min(max(40.0, center - row_w / 2), scene.ctx.layout.width - 40 - row_w)
    replying = scene.phase == "reply"
    for face in scene.faces:
        scene.buttons.add(
            picture_card(
                scene.ctx,
                face,
                (x, places.faces_top, size, size + 30),
                functools.partial(scene._answer_face, face),
                face_colour(face),
                prefix="face",
                icon_scale=0.8,
                label_size=24,
                sound="",
                enabled=not replying or scene.chosen == face.id,
            )
        )
        x += size + gap
    dont_know, skip = places.extras
    scene.buttons.add(
        _side_card(
            scene,
            "dont-know",
            dont_know,
            functools.partial(scene._answer, DONT_KNOW),
            not replying or scene.chosen == DONT_KNOW,
        )
    )
    scene.buttons.add(_side_card(scene, "skip", skip, scene.skip, not replying))


def best_rects(scene: EveningScene) -> list[RectLike]:
    """The best-part cards' places: one or two rows on a wide screen, two or three a row on a tall one."""
    x, y, w, h = places_for(scene).grid
    count = len(scene.cards)
    # One or two rows on a wide screen; two or three big cards a row on a tall one.
    wide_row = count if count <= 4 else (count + 1) // 2
    per_row = (2 if count <= 4 else 3) if scene.tall else wide_row
    rows = (count + per_row - 1) // per_row
    gap = 24.0 if not scene.tall else 40.0
    card_w = min(280.0 if scene.tall else 200.0, (w - (per_row - 1) * gap) / per_row)
    card_h = min(card_w * 1.15, (h - (rows - 1) * gap) / rows)
    rects: list[RectLike] = []
    total_h = rows * card_h + (rows - 1) * gap
    for index in range(count):
        row, column = divmod(index, per_row)
        in_row = min(per_row, count - row * per_row)
        left = x + (w - (in_row * card_w + (in_row - 1) * gap)) / 2
        rects.append((left + column * (card_w + gap), y + (h - total_h) / 2 + row * (card_h + gap), card_w, card_h))
    return rects


def _layout_best(scene: EveningScene) -> None:
    replying = scene.phase == "best_reply"
    for card, rect in zip(scene.cards, best_rects(scene), strict=True):
        scene.buttons.add(
            picture_card(
                scene.ctx,
                card,
                rect,
                functools.partial(scene._choose_best, card),
                CHOSEN if scene.chosen == card.id else CARD_FACE,
                prefix="best",
                icon_scale=0.74,
                label_size=22,
                sound="pop",
                enabled=not replying or scene.chosen == card.id,
            )
        )
    scene.buttons.add(
        _side_card(
            scene,
            "dont-know",
            places_for(scene).best_dont_know,
            functools.partial(scene._choose_best, None),
            not replying or scene.chosen == BEST_DONT_KNOW,
            name="best-dont-know",
        )
    )


def _layout_end(scene: EveningScene) -> None:
    layout = scene.ctx.layout
    rect = (
        (layout.width / 2 - 110, layout.height / 2 + 330, 220, 200)
        if scene.tall
        else (layout.width - 60 - 200, 300, 200, 200)
    )
    scene.buttons.add(on_button("home", rect, scene.finish, scene.ctx.t("screens:common.home")))
