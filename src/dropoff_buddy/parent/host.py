"""The frame every editing screen of the parent area shares.

A header with a title, a white panel holding one editor, a line previewing what the child
will hear, a message line, and the navigation buttons the subclass adds (Back, Skip, Next...).
Text fields get the keyboard first; Esc goes back; the profile is saved when the parent moves
on (``save_if_touched``) and whenever the screen leaves the stack.
"""

from __future__ import annotations

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.parent.editors import Editor, EditorHost
from dropoff_buddy.scene import Scene
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.text_field import TextField
from dropoff_buddy.ui.widgets import Button, ButtonGroup, draw_panel, draw_text

PANEL_TOP = 150.0
MARGIN = 40.0
NAV_HEIGHT = 84.0
PANEL_COLOUR = theme.PARENT_PANEL
PANEL_EDGE = (210, 218, 228)


class ParentEditorScene(Scene, EditorHost):
    """Shows ``self.editor`` in the parent style. Subclasses add navigation and a title."""

    kid_screen = False

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.buttons = ButtonGroup(ctx, parent_style=True)
        self.editor: Editor | None = None
        self.message = ""
        self.dirty = False

    # -- EditorHost --------------------------------------------------------------------------

    def touched(self) -> None:
        self.dirty = True
        self.message = ""

    def save_if_touched(self) -> None:
        if self.dirty:
            self.dirty = False
            self.ctx.save_profile()

    def rebuild(self) -> None:
        focused = self.buttons.focused
        focused_name = focused.name if focused is not None else ""
        visible = self.buttons.focus_visible
        self.buttons.clear()
        for button in self.nav_buttons():
            self.buttons.add(button)
        if self.editor is not None:
            self.editor.place(self.panel_rect())
            for button in self.editor.buttons():
                self.buttons.add(button)
        for button in self.buttons.buttons:
            if focused_name and button.name == focused_name:
                self.buttons.focus(button)
        self.buttons.focus_visible = visible

    # -- for subclasses ------------------------------------------------------------------------

    def nav_buttons(self) -> list[Button]:
        return []

    def title(self) -> str:
        return self.editor.title if self.editor is not None else ""

    def subtitle(self) -> str:
        return ""

    def back(self) -> None:
        self.ctx.scenes.pop()

    def submit(self) -> None:
        """Enter in a text field."""

    def panel_rect(self) -> RectLike:
        layout = self.ctx.layout
        return (MARGIN, PANEL_TOP, layout.width - 2 * MARGIN, layout.height - PANEL_TOP - NAV_HEIGHT - 80)

    def nav_y(self) -> float:
        return self.ctx.layout.height - NAV_HEIGHT - 28

    # -- life cycle ------------------------------------------------------------------------------

    def enter(self) -> None:
        self.ctx.narrator.stop()
        self.rebuild()

    def resume(self) -> None:
        if self.editor is not None:
            self.editor.enter()
        self.rebuild()

    def exit(self) -> None:
        if self.editor is not None:
            self.editor.leave()
        self.save_if_touched()

    def resized(self) -> None:
        self.rebuild()

    # -- input -----------------------------------------------------------------------------------

    @property
    def fields(self) -> list[TextField]:
        return self.editor.fields if self.editor is not None else []

    def _route_to_fields(self, action: Action) -> bool:
        fields = self.fields
        if action.pos is not None and action.kind in (ActionKind.PRESS, ActionKind.TAP):
            hit = next((text_field for text_field in fields if text_field.hit(action.pos)), None)
            if action.kind is ActionKind.TAP:
                for text_field in fields:
                    if text_field is not hit:
                        text_field.blur()
            if hit is not None:
                hit.handle(action)
                return True
            return False
        active = next((text_field for text_field in fields if text_field.active), None)
        if active is None:
            if action.kind is ActionKind.TEXT and fields and action.text.isprintable():
                fields[0].focus()  # typing with nothing chosen goes to the first field
                fields[0].handle(action)
                return True
            return False
        if action.kind is ActionKind.ACTIVATE and action.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            self.submit()  # Enter in a field: done with it (Next in set-up)
            return True
        return active.handle(action)

    def handle(self, action: Action) -> None:
        if action.kind is ActionKind.BACK:
            self.back()
            return
        if self.editor is not None and self.editor.handle(action):
            return
        if self._route_to_fields(action):
            return
        if self.buttons.handle(action):
            return
        if self.editor is not None and action.kind is ActionKind.ACTIVATE:
            self.submit()

    def update(self, dt: float) -> bool:
        return self.editor.update(dt) if self.editor is not None else False

    # -- drawing -----------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        surface.fill(theme.PARENT_BG)
        self.draw_header(surface)
        panel = self.panel_rect()
        draw_panel(surface, layout, panel, PANEL_COLOUR, radius=24, shadow=False, outline=PANEL_EDGE, outline_width=2)
        if self.editor is not None:
            self.editor.draw(surface)
        self.buttons.draw(surface)
        if self.editor is not None:
            for text_field in self.editor.fields:
                text_field.draw(surface)  # over any button edge near it
        self.draw_footer(surface)

    def draw_header(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        draw_text(
            surface, ctx.fonts, layout, self.title(), 40, theme.PARENT_ACCENT, topleft=(MARGIN + 4, 30), align="left"
        )
        help_text = self.subtitle() or (self.editor.help if self.editor is not None else "")
        if help_text:
            draw_text(
                surface,
                ctx.fonts,
                layout,
                help_text,
                22,
                theme.INK_SOFT,
                topleft=(MARGIN + 4, 92),
                align="left",
                wrap_width=layout.width - 2 * MARGIN - 300,
            )

    def draw_footer(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        _x, y, _w, h = self.panel_rect()
        line_y = y + h + 14
        if self.message:
            draw_text(
                surface,
                ctx.fonts,
                layout,
                self.message,
                22,
                theme.WARNING,
                topleft=(MARGIN + 4, line_y),
                align="left",
                wrap_width=layout.width - 2 * MARGIN,
            )
            return
        preview = self.editor.preview() if self.editor is not None else None
        if preview is not None:
            draw_text(
                surface,
                ctx.fonts,
                layout,
                f"Your child will hear: “{ctx.line_words(preview)}”",
                22,
                theme.INK,
                topleft=(MARGIN + 4, line_y),
                align="left",
                wrap_width=layout.width - 2 * MARGIN,
            )


def nav_button(rect: RectLike, label: str, on_activate: object, name: str, *, primary: bool = False) -> Button:
    assert callable(on_activate)
    return Button(
        rect=rect,
        on_activate=on_activate,
        label=label,
        colour=theme.PARENT_ACCENT if primary else (226, 232, 240),
        label_colour=theme.WHITE if primary else theme.INK,
        label_size=26,
        sound="tap",
        name=name,
    )
