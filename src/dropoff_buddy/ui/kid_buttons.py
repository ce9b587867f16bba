"""The ready-made buttons of the child's screens.

The corner ways out (All done, Home, Breathe), the big buttons that take the child on (Go, Go on,
Home, All done, Breathe with me), and a picture card for a content item (a feeling, a tricky
thing, a card of the day). Each is a ``widgets.Button`` with the look every kid screen shares.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final, Protocol

from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button

if TYPE_CHECKING:
    from dropoff_buddy.content.lines import Text
    from dropoff_buddy.context import GameContext


def _corner_button(
    rect: RectLike, on_activate: Callable[[], None], icon: str, label: str, colour: theme.Colour, name: str
) -> Button:
    return Button(rect=rect, on_activate=on_activate, icon=icon, label=label, colour=colour, label_size=22, name=name)


def all_done_button(on_activate: Callable[[], None], label: str) -> Button:
    """The green "All done" a kid part shows at the top left: the way out when the child has finished.

    ``label``: its caption in the family's language (``ctx.t("screens:common.all_done")``)."""
    return _corner_button((32, 32, 140, 150), on_activate, "svg/icons/check.svg", label, theme.LEAF, "done")


def corner_home_button(on_activate: Callable[[], None], label: str) -> Button:
    """The small yellow "Home" at the top left of a kid screen that isn't part of the morning
    (the shelf, the sticker book, the goodbye game). ``label``: ``ctx.t("screens:common.home")``."""
    return _corner_button((32, 32, 120, 132), on_activate, "svg/icons/home.svg", label, theme.SUNSHINE, "home")


def breathe_button(on_activate: Callable[[], None], label: str) -> Button:
    """The green "Breathe" at the top left of a kid screen with feelings: breathing with the buddy
    is always one tap away. ``label``: ``ctx.t("screens:feelings.breathe")``."""
    return _corner_button((32, 32, 150, 160), on_activate, "svg/icons/breathe.svg", label, theme.LEAF, "breathe")


#: The big buttons that take a child on from a kid screen, by what they do: (icon, colour).
ON_BUTTONS: Final = {
    "home": ("svg/icons/home.svg", theme.SUNSHINE),
    "go": ("svg/icons/play.svg", theme.SUNSHINE),
    "go-on": ("svg/icons/next_arrow.svg", theme.SUNSHINE),
    "all-done": ("svg/icons/check.svg", theme.LEAF),
    "breathe-with-buddy": ("svg/icons/breathe.svg", theme.LEAF),
}


def on_button(
    kind: str, rect: RectLike, on_activate: Callable[[], None], label: str, *, name: str = "", label_size: float = 28
) -> Button:
    """A big button that takes the child on (Go, Go on, Home, All done, Breathe with me): its icon and
    colour by ``kind`` (``ON_BUTTONS``), a big caption, named ``kind`` unless ``name`` is given."""
    icon, colour = ON_BUTTONS[kind]
    return Button(
        rect=rect,
        on_activate=on_activate,
        icon=icon,
        label=label,
        colour=colour,
        label_size=label_size,
        name=name or kind,
    )


class Pictured(Protocol):
    """A content item with a picture and words: a feeling, a tricky thing, a card of the day."""

    @property
    def id(self) -> str: ...

    @property
    def icon(self) -> str: ...

    @property
    def label(self) -> Text: ...


def picture_card(
    ctx: GameContext,
    item: Pictured,
    rect: RectLike,
    on_activate: Callable[[], None],
    colour: theme.Colour,
    *,
    prefix: str,
    icon_scale: float,
    label_size: float,
    sound: str = "tap",
    enabled: bool = True,
) -> Button:
    """``item`` as a card to tap: its picture, its words under it, named ``prefix-<id>``."""
    return Button(
        rect=rect,
        on_activate=on_activate,
        icon=item.icon,
        label=ctx.text(item.label),
        colour=colour,
        icon_scale=icon_scale,
        label_size=label_size,
        sound=sound,
        enabled=enabled,
        name=f"{prefix}-{item.id}",
    )
