"""A parent page that shows one editor: set-up's steps and the settings pages.

The editor sits in a white panel under the header; under the panel, the line the child will hear
with the names as they are now (or the message line, when there is something to say); the page's
navigation (Next, Skip...) along the bottom. The profile is saved when the parent moves on
(``save_if_touched``) and whenever the page leaves the stack.
"""

from __future__ import annotations

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action
from dropoff_buddy.parent.editors.base import Editor, EditorHost
from dropoff_buddy.parent.page import CONTENT_TOP, MARGIN, ParentPageScene, draw_card
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.text_field import TextField
from dropoff_buddy.ui.widgets import Button, write

NAV_HEIGHT = 84.0


class EditorPageScene(ParentPageScene, EditorHost):
    """Shows ``self.editor`` on a parent page. Subclasses add navigation (``nav_buttons``)."""

    #: True when the page has navigation buttons along the bottom.
    has_nav = False

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.editor: Editor | None = None
        self.dirty = False

    # -- EditorHost --------------------------------------------------------------------------

    def touched(self) -> None:
        self.dirty = True
        self.say("")

    def save_if_touched(self) -> None:
        if self.dirty:
            self.dirty = False
            self.ctx.save_profile()

    # -- the frame's hooks -------------------------------------------------------------------

    def page_title(self) -> str:
        return self.editor.title if self.editor is not None else ""

    def subtitle(self) -> str:
        return self.editor.help if self.editor is not None else ""

    def nav_buttons(self) -> list[Button]:
        return []

    def build(self) -> None:
        for button in self.nav_buttons():
            self.buttons.add(button)
        if self.editor is not None:
            self.editor.place(self.panel_rect())
            for button in self.editor.buttons():
                self.buttons.add(button)

    @property
    def fields(self) -> list[TextField]:
        return self.editor.fields if self.editor is not None else []

    def handle_page(self, action: Action) -> bool:
        return self.editor is not None and self.editor.handle(action)

    def update_page(self, dt: float) -> bool:
        return self.editor.update(dt) if self.editor is not None else False

    def panel_rect(self) -> RectLike:
        layout = self.ctx.layout
        below = NAV_HEIGHT + 108 if self.has_nav else 110
        return (MARGIN, CONTENT_TOP, layout.width - 2 * MARGIN, layout.height - CONTENT_TOP - below)

    def nav_y(self) -> float:
        return self.ctx.layout.height - NAV_HEIGHT - 28

    def message_area(self) -> RectLike:
        _x, y, w, h = self.panel_rect()
        return (
            MARGIN,
            y + h + 10,
            w,
            self.ctx.layout.height - (y + h + 10) - (NAV_HEIGHT + 36 if self.has_nav else 12),
        )

    # -- life cycle ------------------------------------------------------------------------------

    def resume(self) -> None:
        if self.editor is not None:
            self.editor.enter()
        super().resume()

    def exit(self) -> None:
        if self.editor is not None:
            self.editor.leave()
        self.save_if_touched()

    # -- drawing ---------------------------------------------------------------------------------

    def draw_page(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        panel = self.panel_rect()
        draw_card(surface, ctx, panel, 24)
        if self.editor is not None:
            self.editor.draw(surface)
        preview = self.editor.preview() if self.editor is not None else None
        if preview is not None and not self.message:
            _x, y, w, h = panel
            write(
                surface,
                ctx,
                ctx.t("parent:frame.child_will_hear", line=ctx.line_words(preview)),
                22,
                theme.INK,
                at=(MARGIN + 4, y + h + 18),
                wrap=w,
            )
