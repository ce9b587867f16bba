"""First-run set-up: ten short steps a parent finishes in about two minutes.

The family's language, the child's name, the grown-ups, how the child and the drop-off grown-up
look, the teacher, the place, the buddy's name, the family photo,
the goodbye ritual, the day and the moment of coming back. Every step can be skipped: Skip
puts back what was there (the kind defaults on a first run). The last page sums it up; Done
marks the set-up finished. It opens by itself the first time a grown-up comes through the
parent gate while the profile is not set up, and from its button in the parent area.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.parent.editor_page import EditorPageScene
from dropoff_buddy.parent.editors import SETUP_STEPS
from dropoff_buddy.parent.editors.base import Editor, EditorKind
from dropoff_buddy.parent.editors.grownups import GrownupsEditor
from dropoff_buddy.parent.editors.looks import LooksEditor
from dropoff_buddy.parent.page import HEADER_HEIGHT, HEADER_TOP, MARGIN, action_button
from dropoff_buddy.registry import ParentPage, TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.storage.models import Profile
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, write


def steps() -> list[EditorKind]:
    """The set-up's steps: the shared editors, with the looks step right after the grown-ups' names."""
    found = list(SETUP_STEPS)
    found.insert(found.index(GrownupsEditor) + 1 if GrownupsEditor in found else len(found), LooksEditor)
    return found


class ParentSetupScene(EditorPageScene):
    name = "parent-setup"
    back_label = "parent:setup.later"
    back_name = "later"
    has_nav = True

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.editors: list[Editor] = [editor(ctx, self) for editor in steps()]
        for editor in self.editors:
            editor.fresh = not ctx.profile.setup_done
        self.index = 0
        self.step_touched = False
        self.snapshot: Profile = ctx.profile.model_copy(deep=True)
        self.editor = self.editors[0]

    @property
    def on_summary(self) -> bool:
        return self.index >= len(self.editors)

    @property
    def initial_focus(self) -> str:  # type: ignore[override]
        return "done" if self.on_summary else "next"

    def enter(self) -> None:
        super().enter()
        self.show(0)

    def show(self, index: int) -> None:
        """Go to step ``index`` (``len(editors)`` is the summary page)."""
        if self.editor is not None:
            self.editor.leave()
        self.save_if_touched()
        self.index = max(0, min(index, len(self.editors)))
        self.editor = None if self.on_summary else self.editors[self.index]
        self.say("")
        self.step_touched = False
        self.snapshot = self.ctx.profile.model_copy(deep=True)
        if self.editor is not None:
            self.editor.enter()
        self.rebuild()
        if self.editor is not None and self.editor.fields:
            self.editor.fields[0].focus()

    def touched(self) -> None:
        super().touched()
        self.step_touched = True

    # -- navigation ------------------------------------------------------------------------------

    def nav_buttons(self) -> list[Button]:
        layout = self.ctx.layout
        y = self.nav_y()
        right = layout.width - MARGIN
        found = []
        if self.on_summary:
            done = self.ctx.t("parent:frame.done")
            found.append(action_button((right - 260, y, 260, 84), done, self.finish, "done", primary=True))
        else:
            last = self.index == len(self.editors) - 1
            found.append(
                action_button(
                    (right - 240, y, 240, 84),
                    self.ctx.t("parent:setup.finish" if last else "parent:setup.next"),
                    self.next_step,
                    "next",
                    primary=True,
                )
            )
            found.append(action_button((right - 480, y, 220, 84), self.ctx.t("parent:setup.skip"), self.skip, "skip"))
        if self.index > 0:
            back = self.ctx.t("parent:frame.back")
            found.append(action_button((MARGIN, y, 200, 84), back, self.previous, "previous"))
        return found

    def next_step(self) -> None:
        if self.editor is not None:
            problem = self.editor.problem()
            if problem:
                self.say(problem, ok=False)
                self.ctx.play_sound("hint")
                return
        self.show(self.index + 1)

    def skip(self) -> None:
        if self.step_touched:
            self.ctx.child.profile = self.snapshot  # put back what was there before this step
            self.ctx.apply_settings()
            self.dirty = True
        self.show(self.index + 1)

    def previous(self) -> None:
        self.show(self.index - 1)

    def later(self) -> None:
        """Leave set-up; what was chosen so far is kept."""
        self.ctx.scenes.pop()

    def back(self) -> None:
        self.later()

    def submit(self) -> None:
        self.next_step()

    def finish(self) -> None:
        self.ctx.profile.setup_done = True
        self.dirty = True
        self.save_if_touched()
        self.ctx.scenes.pop()

    # -- drawing ---------------------------------------------------------------------------------

    def page_title(self) -> str:
        if self.on_summary:
            return self.ctx.t("parent:setup.all_set")
        assert self.editor is not None
        return self.ctx.t("parent:setup.step", step=self.index + 1, steps=len(self.editors), title=self.editor.title)

    def subtitle(self) -> str:
        if self.on_summary:
            return self.ctx.t("parent:setup.summary_help")
        return ""

    def draw_page(self, surface: pygame.Surface) -> None:
        super().draw_page(surface)
        self._draw_progress(surface)
        if self.on_summary:
            self._draw_summary(surface)

    def _draw_progress(self, surface: pygame.Surface) -> None:
        layout = self.ctx.layout
        steps = len(self.editors) + 1
        x0 = layout.width - MARGIN - 12 - (steps - 1) * 26
        for step in range(steps):
            center = layout.point(x0 + step * 26, HEADER_TOP + HEADER_HEIGHT / 2)
            if step < self.index:
                pygame.draw.circle(surface, theme.PARENT_ACCENT, center, layout.px(8))
            elif step == self.index:
                pygame.draw.circle(surface, theme.PARENT_ACCENT, center, layout.px(11))
            else:
                pygame.draw.circle(surface, (196, 206, 220), center, layout.px(8), layout.px(3))

    def _draw_summary(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        x, y, w, _h = self.panel_rect()
        rows = [(editor.title, editor.summary()) for editor in self.editors if editor.summary()]
        column_w = (w - 80) / 2
        for index, (title, value) in enumerate(rows):
            column, row = divmod(index, (len(rows) + 1) // 2)
            left = x + 44 + column * column_w
            top = y + 36 + row * 62
            write(surface, ctx, title, 20, theme.INK_SOFT, at=(left, top))
            write(surface, ctx, value, 26, theme.INK, at=(left, top + 24), wrap=column_w - 30)
        line = ctx.line_words(ctx.content.lines.flow.finale)
        write(
            surface,
            ctx,
            ctx.t("parent:frame.child_will_hear", line=line),
            22,
            theme.INK,
            at=(x + 44, y + 36 + (len(rows) + 1) // 2 * 62 + 10),
            wrap=w - 88,
        )


SCENES = {"parent-setup": ParentSetupScene}
PARENT_PAGES = [ParentPage("parent-setup", "Set-up (2 minutes)", order=10)]


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    def at_step(index: int) -> Callable[[Scene], None]:
        def prepare(scene: Scene) -> None:
            assert isinstance(scene, ParentSetupScene)
            scene.show(index)

        return prepare

    yield TourShot("parent-setup", ParentSetupScene, settle=0.2)
    every_step = steps()
    for index, editor in enumerate(every_step[1:], start=1):
        yield TourShot(f"parent-setup-{editor.key}", ParentSetupScene, settle=0.2, prepare=at_step(index))
    yield TourShot("parent-setup-done", ParentSetupScene, settle=0.2, prepare=at_step(len(every_step)))
