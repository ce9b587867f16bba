"""Rows of big look choices (skin, hair, clothes, beard, glasses, headscarf, wheelchair...) for one person.

Used by the "People & looks" page and by the set-up's looks step. ``LookChoices`` lays its rows
out in an area, makes one ``Button`` per choice (named ``<field>-<value>``), draws the pictures
on them (the person's own head with each hair style, beard or glasses, drawn by the rig) and
rings the chosen one. A tap calls ``on_choose(field, value)`` with the value as the look stores it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.buddy.palette import CLOTHES_PALETTE, HAIR_PALETTE, SKIN_PALETTE
from dropoff_buddy.storage.models import (
    BEARDS,
    CLOTHES_COLOURS,
    GLASSES,
    HAIR_COLOURS,
    HAIR_STYLES,
    SKIN_TONES,
    AvatarLook,
)
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button, draw_text

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext

NO_SCARF = "none"


def _hex_rgb(value: str) -> theme.Colour:
    value = value.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


SWATCHES: dict[str, dict[str, theme.Colour]] = {
    "skin": {name: _hex_rgb(shade.base) for name, shade in SKIN_PALETTE.items()},
    "hair_colour": {name: _hex_rgb(shade.base) for name, shade in HAIR_PALETTE.items()},
    "clothes": {name: _hex_rgb(shade.base) for name, shade in CLOTHES_PALETTE.items()},
}


@dataclass(frozen=True)
class Row:
    """One row of choices: the look field it sets, its title, and the values offered (as button names)."""

    field: str
    title: str
    values: tuple[str, ...]
    labels: tuple[str, ...] = ()  # words on the buttons (none: pictures or swatches)


HEADWEAR_VALUES = (NO_SCARF, *CLOTHES_COLOURS)  # no scarf, or a scarf in one of the clothes colours

ROWS: dict[str, Row] = {
    "skin": Row("skin", "Skin", SKIN_TONES),
    "hair_style": Row("hair_style", "Hair", HAIR_STYLES),
    "hair_colour": Row("hair_colour", "Hair colour", HAIR_COLOURS),
    "clothes": Row("clothes", "Clothes", CLOTHES_COLOURS),
    "beard": Row("beard", "Beard", BEARDS),
    "glasses": Row("glasses", "Glasses", GLASSES),
    "headwear": Row("headwear", "Headscarf", HEADWEAR_VALUES),
    "older": Row("older", "Age", ("no", "yes"), ("Younger", "Older")),
    "wheelchair": Row("wheelchair", "Gets about", ("no", "yes"), ("Walks", "Wheelchair")),
}
ADULT_ROWS = ("skin", "hair_style", "hair_colour", "clothes", "beard", "glasses", "headwear", "older", "wheelchair")
CHILD_ROWS = ("skin", "hair_style", "hair_colour", "clothes", "glasses", "headwear", "wheelchair")
PICTURE_FIELDS = ("hair_style", "beard", "glasses")


def chosen_value(look: AvatarLook, field: str) -> str:
    """The button value for what ``look`` has now in ``field``."""
    if field == "headwear":
        return NO_SCARF if look.headwear == "none" else look.headwear_colour
    if field in ("older", "wheelchair"):
        return "yes" if getattr(look, field) else "no"
    return str(getattr(look, field))


def changed_look(look: AvatarLook, field: str, value: str) -> AvatarLook:
    """``look`` with a button's choice applied (validated like every look)."""
    data = look.model_dump()
    if field == "headwear":
        data["headwear"] = "none" if value == NO_SCARF else "headscarf"
        if value != NO_SCARF:
            data["headwear_colour"] = value
    elif field in ("older", "wheelchair"):
        data[field] = value == "yes"
    else:
        data[field] = value
    return AvatarLook.model_validate(data)


def head_picture(ctx: GameContext, look: AvatarLook, kind: str, size: int) -> pygame.Surface:
    """The person's head (hair, beard, glasses and all), ``size`` pixels square, drawn by the rig."""
    return ctx.rig.head(kind, look, size)


class LookChoices:
    """The rows of choices for one person's look, laid out in an area (layout units)."""

    def __init__(
        self,
        ctx: GameContext,
        rows: Sequence[str],
        kind: str,
        look: Callable[[], AvatarLook],
        on_choose: Callable[[str, str], None],
        *,
        prefix: str = "",
        title_width: float = 130.0,
        title_size: float = 21.0,
        titles_above: bool = False,
    ) -> None:
        self.ctx = ctx
        self.rows = [ROWS[name] for name in rows]
        self.kind = kind
        self.look = look
        self.on_choose = on_choose
        self.prefix = prefix
        self.title_width = 0.0 if titles_above else title_width
        self.title_size = title_size
        self.titles_above = titles_above
        self.area: RectLike = (0, 0, 0, 0)
        self._made: list[tuple[Row, float, float]] = []  # row, y, size
        self.buttons_made: list[Button] = []

    def row_height(self, area: RectLike) -> float:
        return area[3] / max(1, len(self.rows))

    def buttons(self, area: RectLike) -> list[Button]:
        """One button per choice, laid out in ``area``."""
        self.area = area
        x, y, w, _h = area
        row_height = self.row_height(area)
        left = x + self.title_width
        available = w - self.title_width
        found: list[Button] = []
        self._made = []
        above = self.title_size * 1.4 if self.titles_above else 0.0
        for index, row in enumerate(self.rows):
            top = y + index * row_height + above
            gap = 10.0 if len(row.values) < 10 else 6.0
            size = min(row_height - 14 - above, (available - gap * (len(row.values) - 1)) / len(row.values))
            width = size
            if row.labels:
                width = min(190.0, (available - gap * (len(row.values) - 1)) / len(row.values))
            bx = left
            for value, label in zip(row.values, row.labels or ("",) * len(row.values), strict=True):
                selected = chosen_value(self.look(), row.field) == value
                if row.field in SWATCHES and value in SWATCHES[row.field]:
                    colour = SWATCHES[row.field][value]
                else:
                    colour = theme.lighter(theme.PARENT_ACCENT, 0.75) if selected else theme.WHITE
                picture = None
                if row.field in PICTURE_FIELDS or row.field == "headwear":
                    picture = functools.partial(self._picture, row.field, value)
                found.append(
                    Button(
                        rect=(bx, top + (row_height - above - size) / 2, width, size),
                        on_activate=functools.partial(self.on_choose, row.field, value),
                        label=self.ctx.t(f"parent:looks.{row.field}.{value}") if label else "",
                        label_size=20,
                        colour=colour,
                        sound="pop",
                        name=f"{self.prefix}{row.field}-{value}",
                        picture=picture,
                        chosen=selected,
                    )
                )
                bx += width + gap
            self._made.append((row, top, size))
        self.buttons_made = found
        return found

    def _picture(self, field: str, value: str, size: int) -> pygame.Surface:
        return head_picture(self.ctx, changed_look(self.look(), field, value), self.kind, size)

    def draw(self, surface: pygame.Surface) -> None:
        """The rows' titles (the buttons draw their own pictures and rings)."""
        ctx = self.ctx
        layout = ctx.layout
        x = self.area[0]
        row_height = self.row_height(self.area)
        for row, top, _size in self._made:
            if self.titles_above:
                title_at = (x, top - self.title_size * 1.35)
            else:
                title_at = (x, top + row_height / 2 - self.title_size * 0.7)
            draw_text(
                surface,
                ctx.fonts,
                layout,
                ctx.t(f"parent:looks.{row.field}.title"),
                self.title_size,
                theme.INK_SOFT if self.titles_above else theme.INK,
                topleft=title_at,
                align="left",
                wrap_width=0 if self.titles_above else self.title_width - 8,
            )
