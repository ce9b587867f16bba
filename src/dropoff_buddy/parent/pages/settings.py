"""Settings: a page for everything set-up asks, plus sound, voice and screen, words and morning parts.

The front page is a grid of tiles, each showing what is set now; a tile opens its page. Every
change takes effect at once (volumes reach the mixer, captions and calm motion the kid
screens) and is saved when the parent leaves the page.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from dropoff_buddy.context import GameContext
from dropoff_buddy.parent.editor_page import EditorPageScene
from dropoff_buddy.parent.editors import EDITORS, SETTINGS_PAGES
from dropoff_buddy.parent.editors.base import Editor, EditorHost
from dropoff_buddy.parent.editors.language import LanguageEditor
from dropoff_buddy.parent.page import CONTENT_TOP, MARGIN, ParentPageScene
from dropoff_buddy.registry import ParentPage, TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button
from dropoff_buddy.words import language_swaps

TILE_COLOUR = theme.PARENT_PANEL


class SettingsPageScene(EditorPageScene):
    """One settings page: an editor, and Done at the top left (Esc does the same)."""

    back_label = "parent:frame.done"
    back_name = "done"

    def __init__(self, ctx: GameContext, key: str) -> None:
        super().__init__(ctx)
        self.name = f"parent-settings-{key}"
        self.editor = EDITORS[key](ctx, self)

    def enter(self) -> None:
        assert self.editor is not None
        self.editor.enter()
        super().enter()

    def submit(self) -> None:
        for text_field in self.fields:
            text_field.blur()

    def back(self) -> None:
        if self.editor is not None and self.editor.problem():
            self.editor.enter()  # nothing half-typed is saved: the name stays what it was
        self.ctx.scenes.pop()


class SettingsScene(ParentPageScene):
    """The grid of settings pages: a tile each, showing what is set now."""

    name = "parent-settings"
    back_label = "parent:frame.done"
    back_name = "done"
    says = ("lines:home.greeting",)  # the voice volume's "Try it" says a line the child really hears

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        # Editors made once only to read their titles and summaries for the tiles.
        self.editors: list[Editor] = [editor(ctx, _NoHost()) for editor in SETTINGS_PAGES]
        self.rebuild()

    def page_title(self) -> str:
        return self.ctx.t("parent:settings.title")

    def subtitle(self) -> str:
        return self.ctx.t("parent:settings.help")

    def build(self) -> None:
        layout = self.ctx.layout
        columns = 4
        gap = 20.0
        tile_w = (layout.width - 2 * MARGIN - (columns - 1) * gap) / columns
        tile_h = min(118.0, (layout.height - CONTENT_TOP - 40 - 3 * gap) / 4)
        for index, editor in enumerate(self.editors):
            row, column = divmod(index, columns)
            rect = (MARGIN + column * (tile_w + gap), CONTENT_TOP + 10 + row * (tile_h + gap), tile_w, tile_h)
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
