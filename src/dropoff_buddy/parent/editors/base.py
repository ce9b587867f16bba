"""What every editor of the parent pages shares: the host protocol, the base editor, and its buttons.

The same editors make up the first-run set-up (one per step) and the settings pages (one per
page). Every editor works *live*: a change goes straight into ``ctx.profile`` (and sound
settings straight to the mixer), so the spoken-line preview under it is always true; the page
saves when the parent moves on. A name field that is empty changes nothing.

An editor lays itself out in the area the page gives (``place``), hands the page its buttons
(``buttons``) and text fields (``fields``; the page routes typing to them and draws them), may take
other actions (``handle``, e.g. a click on a volume bar) and draws its labels (``draw``) under the
buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

import pygame

from dropoff_buddy.content.lines import Line
from dropoff_buddy.input import Action
from dropoff_buddy.storage.models import Profile
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.text_field import TextField
from dropoff_buddy.ui.widgets import Button, write

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext
    from dropoff_buddy.i18n.translator import Moment

CHOICE = (226, 232, 240)
CHOSEN = theme.PARENT_ACCENT
ON = theme.LEAF
OFF = (214, 220, 228)
LABEL = 24.0
HELP = 20.0


class EditorHost:
    """What an editor needs from the scene that shows it."""

    def rebuild(self) -> None:
        """Lay out and make the buttons again (after a choice changed what shows)."""
        raise NotImplementedError

    def touched(self) -> None:
        """The profile changed: save it when the parent moves on."""
        raise NotImplementedError


class Editor:
    """Base editor: a title, a line of help, and nothing to edit.

    Its words are the parent's pages' messages ``parent:editor.<key>.title`` and ``.help``, in the
    family's language.
    """

    key = "editor"

    def __init__(self, ctx: GameContext, host: EditorHost) -> None:
        self.ctx = ctx
        self.host = host
        self.area: RectLike = (0, 0, 0, 0)
        self.fields: list[TextField] = []
        self.message = ""
        #: First-run set-up: name fields start empty, with the kind default shown as a hint.
        self.fresh = False

    @property
    def profile(self) -> Profile:
        return self.ctx.profile

    @property
    def title(self) -> str:
        return self.ctx.t(f"parent:editor.{self.key}.title")

    @property
    def help(self) -> str:
        return self.ctx.t(f"parent:editor.{self.key}.help")

    def t(self, name: str, /, **args: Moment) -> str:
        """This editor's own words: ``parent:editor.<key>.<name>`` in the family's language."""
        return self.ctx.t(f"parent:editor.{self.key}.{name}", **args)

    def place(self, area: RectLike) -> None:
        self.area = area

    def buttons(self) -> list[Button]:
        return []

    def handle(self, action: Action) -> bool:
        return False

    def update(self, dt: float) -> bool:
        """Animate; True when the picture changed. (The page updates and draws the text fields.)"""
        return False

    def draw(self, surface: pygame.Surface) -> None:
        """Paint labels and pictures under the buttons."""

    def problem(self) -> str:
        """Why the parent can't go on yet ("" when they can). Skipping is always possible."""
        return ""

    def preview(self) -> Line | None:
        """A line the child will hear that shows what this editor changes (None for none)."""
        return None

    def summary(self) -> str:
        """A few words for the settings tile: what is set now."""
        return ""

    def enter(self) -> None:
        """The editor is shown (again): read what is set now."""

    def leave(self) -> None:
        """The editor is going away."""
        for text_field in self.fields:
            text_field.blur()

    # -- helpers -------------------------------------------------------------------------------

    def _text(
        self,
        surface: pygame.Surface,
        text: str,
        size: float,
        pos: tuple[float, float],
        colour: theme.Colour = theme.INK,
        wrap: float = 0,
    ) -> None:
        write(surface, self.ctx, text, size, colour, at=pos, wrap=wrap)

    def _help(self, surface: pygame.Surface, text: str, pos: tuple[float, float], wrap: float = 0) -> None:
        """A setting's help: smaller, softer words under it."""
        self._text(surface, text, HELP, pos, theme.INK_SOFT, wrap=wrap)

    def _changed(self) -> None:
        self.host.touched()


def choice_button(
    rect: RectLike,
    label: str,
    chosen: bool,
    on_activate: Callable[[], None],
    name: str,
    icon: str = "",
    size: float = 24,
) -> Button:
    return Button(
        rect=rect,
        on_activate=on_activate,
        label=label,
        icon=icon,
        colour=CHOSEN if chosen else CHOICE,
        label_colour=theme.WHITE if chosen else theme.INK,
        label_size=size,
        sound="tap",
        name=name,
        icon_scale=0.55,
    )


def toggle_button(
    ctx: GameContext, rect: RectLike, on: bool, on_activate: Callable[[], None], name: str, size: float = 24
) -> Button:
    return Button(
        rect=rect,
        on_activate=on_activate,
        label=ctx.t("parent:frame.on" if on else "parent:frame.off"),
        colour=ON if on else OFF,
        label_colour=theme.INK,
        label_size=size,
        sound="tap",
        name=name,
    )


class EditorKind(Protocol):
    """What set-up and settings list: something with a ``key`` that makes an editor for a page."""

    @property
    def key(self) -> str: ...

    def __call__(self, ctx: GameContext, host: EditorHost) -> Editor: ...


def story_title(ctx: GameContext, story_id: str) -> str:
    """The title of story ``story_id`` as the family reads it ("My First Day"), or its id if the
    game has no such story."""
    story = ctx.content.stories.get(story_id)
    return ctx.text(story.title) if story is not None else story_id.replace("_", " ")


def capitalised(words: str) -> str:
    """``words`` with a capital first letter, for a button ("nursery" → "Nursery")."""
    return words[:1].upper() + words[1:]
