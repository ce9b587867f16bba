"""The names a parent types: the child's, the teacher's and the buddy's, one editor driven by a table.

Each ``NameKind`` says where the name lives in the profile (``holder``: the profile's ``child``,
``teacher`` or ``buddy``), what the page says about it, and the line the child will hear with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import pygame

from dropoff_buddy.content.lines import Line
from dropoff_buddy.parent.editors.base import LABEL, Editor, EditorHost
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.text_field import TextField

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext


@dataclass(frozen=True)
class NameKind:
    """One name a parent can set, and how its page reads."""

    key: str
    holder: Literal["child", "teacher", "buddy"]
    #: The line the child will hear with this name (from the game's content when it is one of its lines).
    preview: Callable[[GameContext], Line | None]
    #: Show the buddy beside the field (the buddy's name).
    shows_buddy: bool = False

    def __call__(self, ctx: GameContext, host: EditorHost) -> NameEditor:
        return NameEditor(ctx, host, self)


CHILD_NAME = NameKind(
    key="child",
    holder="child",
    preview=lambda ctx: ctx.content.lines.home.greeting,
)
TEACHER_NAME = NameKind(
    key="teacher",
    holder="teacher",
    preview=lambda ctx: card.say if (card := ctx.content.cards.get("arrive")) is not None else None,
)
BUDDY_NAME = NameKind(
    key="buddy",
    holder="buddy",
    preview=lambda ctx: ctx.content.lines.home.buddy_tap,
    shows_buddy=True,
)


class NameEditor(Editor):
    """One name in one text field, as its ``NameKind`` says."""

    def __init__(self, ctx: GameContext, host: EditorHost, kind: NameKind) -> None:
        super().__init__(ctx, host)
        self.kind = kind
        self.key = kind.key
        self.field = TextField(
            ctx,
            (0, 0, 560, 76),
            self.current(),
            placeholder=self.t("placeholder"),
            name=f"{kind.key}-name",
            on_change=self._typed,
        )
        self.fields = [self.field]
        self.named = False  # the parent typed a name here this time
        self.original = self.current()  # the name when the page opened

    def current(self) -> str:
        return getattr(self.profile, self.kind.holder).name  # type: ignore[no-any-return]

    def store(self, name: str) -> None:
        getattr(self.profile, self.kind.holder).name = name

    def enter(self) -> None:
        self.original = self.current()
        blank = self.fresh and not self.named
        self.field.set_text("" if blank else self.current())
        self.field.placeholder = self.t("or_type", name=self.current()) if blank else self.t("placeholder")

    def place(self, area: RectLike) -> None:
        super().place(area)
        x, y, _w, _h = area
        self.field.rect = (x + 40, y + 80, 560, 76)

    def _typed(self) -> None:
        name = self.field.value or self.original  # an emptied field means "as it was"
        if name != self.current():
            self.store(name)
            self.named = True
            self._changed()

    def problem(self) -> str:
        if not self.field.value and not self.fresh:
            return self.t("problem", name=self.current())
        return ""

    def summary(self) -> str:
        return self.current()

    def preview(self) -> Line | None:
        return self.kind.preview(self.ctx)

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, h = self.area
        self._text(surface, self.t("label"), LABEL, (x + 44, y + 36), theme.INK_SOFT)
        if self.kind.shows_buddy:
            size = min(300.0, h - 40)
            layout = self.ctx.layout
            image = self.ctx.buddy_renderer.render(self.profile.buddy, layout.px(size))
            surface.blit(image, image.get_rect(center=layout.point(x + w - size / 2 - 60, y + h / 2)))
