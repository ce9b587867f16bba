"""Settings: a page for everything set-up asks, plus sound, voice and screen, words and morning parts.

The front page is a grid of tiles, each showing what is set now; a tile opens its page. Every
change takes effect at once (volumes reach the mixer, captions and calm motion the kid
screens) and is saved when the parent leaves the page.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.parent.editors import (
    EDITORS,
    SETTINGS_PAGES,
    Editor,
    EditorHost,
    LanguageEditor,
)
from dropoff_buddy.parent.host import MARGIN, PANEL_TOP, ParentEditorScene, nav_button
from dropoff_buddy.scene import Scene
from dropoff_buddy.scenes.registry import ParentPage, TourShot
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, ButtonGroup, draw_text
from dropoff_buddy.words import language_swaps

TILE_COLOUR = theme.PARENT_PANEL


class SettingsPageScene(ParentEditorScene):
    """One settings page: an editor, and a Done button (Esc does the same)."""

    def __init__(self, ctx: GameContext, key: str) -> None:
        super().__init__(ctx)
        self.name = f"parent-settings-{key}"
        self.editor = EDITORS[key](ctx, self)

    def enter(self) -> None:
        assert self.editor is not None
        self.editor.enter()
        super().enter()

    def nav_buttons(self) -> list[Button]:
        layout = self.ctx.layout
        return [
            nav_button((layout.width - MARGIN - 240, self.nav_y(), 240, 84), "Done", self.back, "done", primary=True)
        ]

    def submit(self) -> None:
        for text_field in self.fields:
            text_field.blur()

    def back(self) -> None:
        if self.editor is not None:
            problem = self.editor.problem()
            if problem:
                # Nothing half-typed is saved: the name stays what it was.
                self.editor.enter()
        self.ctx.scenes.pop()


class SettingsScene(Scene):
    """The grid of settings pages."""

    name = "parent-settings"
    says = ("lines:home.greeting",)  # the voice volume's "Try it" says a line the child really hears
    kid_screen = False

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.buttons = ButtonGroup(ctx, parent_style=True)
        # Editors made once only to read their titles and summaries for the tiles.
        self.editors: list[Editor] = [editor(ctx, _NoHost()) for editor in SETTINGS_PAGES]
        self._build()

    def _build(self) -> None:
        layout = self.ctx.layout
        self.buttons.clear()
        self.buttons.add(
            nav_button((layout.width - MARGIN - 240, 30, 240, 76), "Done", self.back, "done", primary=True)
        )
        columns = 4
        gap = 20.0
        tile_w = (layout.width - 2 * MARGIN - (columns - 1) * gap) / columns
        tile_h = min(118.0, (layout.height - PANEL_TOP - 30 - 3 * gap) / 4)
        for index, editor in enumerate(self.editors):
            row, column = divmod(index, columns)
            rect = (MARGIN + column * (tile_w + gap), PANEL_TOP - 20 + row * (tile_h + gap), tile_w, tile_h)
            self.buttons.add(
                Button(
                    rect=rect,
                    on_activate=functools.partial(self.open_page, editor.key),
                    label=f"{editor.title}\n{editor.summary()}",
                    colour=TILE_COLOUR,
                    label_colour=theme.INK,
                    label_size=23,
                    sound="tap",
                    name=f"page-{editor.key}",
                )
            )

    def open_page(self, key: str) -> None:
        self.ctx.scenes.push(SettingsPageScene(self.ctx, key))

    def back(self) -> None:
        self.ctx.scenes.pop()

    def resume(self) -> None:
        self._build()

    def resized(self) -> None:
        self._build()

    def handle(self, action: Action) -> None:
        if action.kind is ActionKind.BACK:
            self.back()
            return
        self.buttons.handle(action)

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        surface.fill(theme.PARENT_BG)
        draw_text(
            surface,
            ctx.fonts,
            layout,
            f"Settings for {ctx.profile.child.name}",
            40,
            theme.PARENT_ACCENT,
            topleft=(MARGIN + 4, 30),
            align="left",
        )
        draw_text(
            surface,
            ctx.fonts,
            layout,
            "Tap a tile to change it. Changes work straight away.",
            22,
            theme.INK_SOFT,
            topleft=(MARGIN + 4, 88),
            align="left",
        )
        self.buttons.draw(surface)


class _NoHost(EditorHost):
    """Tiles only read editors; nothing is edited through them."""

    def rebuild(self) -> None:
        pass

    def touched(self) -> None:
        pass


SCENES = {"parent-settings": SettingsScene}
PARENT_PAGES = [ParentPage("parent-settings", "Settings", order=20)]


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    yield TourShot("parent-settings", SettingsScene, settle=0.2)
    for editor in SETTINGS_PAGES:
        make: Callable[[GameContext], Scene] = functools.partial(SettingsPageScene, key=editor.key)
        yield TourShot(f"parent-settings-{editor.key}", make, settle=0.2)

    def offer_other_words(scene: Scene) -> None:
        # The question a parent sees after choosing another language (shown without changing the
        # profile): British English from American, American English from any other.
        assert isinstance(scene, SettingsPageScene) and isinstance(scene.editor, LanguageEditor)
        ctx = scene.ctx
        other = "en-GB" if ctx.language.code == "en-US" else "en-US"
        scene.editor.offer = language_swaps(ctx.profile, ctx.tr, ctx.translator_for(other))
        scene.rebuild()

    language: Callable[[GameContext], Scene] = functools.partial(SettingsPageScene, key="language")
    yield TourShot("parent-settings-language-offer", language, settle=0.2, prepare=offer_other_words)
