"""Print: the storybook, picture cards for the fridge, and an "About me" page for the teacher.

A parent page (behind the gate). Each printable has a row with what it holds and a Print
button; the paper (A4 or US Letter) is chosen once at the top. Print makes the PDF (the page
says "Making…" while it does), saves it in Documents (``storage.exports.export_folder``) and
opens it in the computer's PDF viewer, from which the parent prints. "Edit" on the About-me row
opens a page where the parent changes what helps and what has been tricky lately before
printing; it is kept in the profile. A problem (no photo, a full disk) is a kind message.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action
from dropoff_buddy.parent.page import MARGIN, ParentPageScene, action_button, draw_card
from dropoff_buddy.printing import opener
from dropoff_buddy.printing.document import Paper, PrintError
from dropoff_buddy.printing.make import (
    PrintKind,
    default_paper,
    make_printable,
    printable_file_stem,
    save_printable,
)
from dropoff_buddy.registry import ParentPage, TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.storage.atomic import SaveError, describe_os_error
from dropoff_buddy.storage.exports import export_folder
from dropoff_buddy.story.shelf import DAYCARE_DAY, on_shelf
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button, write

ROW_TOP = 214.0
ROW_HEIGHT = 112.0
ROW_GAP = 18.0
WAIT_FRAMES = 2  # frames "Making…" is on screen before the (blocking) work starts
STORY_BUTTON = 330.0  # the storybook's story: tap for the next one on the shelf

#: The printables in their rows; each row's words are ``parent:print.<kind>_title`` and ``_text``.
ROWS: tuple[PrintKind, ...] = ("storybook", "cards", "about-me")


def ctx_paper(ctx: GameContext, paper: Paper) -> str:
    """A paper size's name ("A4", "US Letter") in the family's language."""
    return ctx.t(f"parent:print.paper_{paper}")


def kind_words(ctx: GameContext, kind: PrintKind) -> str:
    """How a printable is named in a sentence ("the storybook"), in the family's language."""
    return ctx.t(f"parent:print.name_{kind.replace('-', '_')}")


class ParentPrintScene(ParentPageScene):
    """The Print page. ``today`` is the clock's (tests pass a clock through the context)."""

    name = "parent-print"
    title = "parent:print.title"

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.paper: Paper = default_paper(ctx)
        #: The stories the storybook can be (those on the child's shelf), and the one chosen.
        self.stories = on_shelf(ctx.content.stories, ctx.profile)
        self.story_id = self.stories[0] if self.stories else DAYCARE_DAY
        self.pending: PrintKind | None = None
        self.wait = 0
        self.rebuild()

    # -- layout ------------------------------------------------------------------------------

    def _row_rect(self, index: int) -> tuple[float, float, float, float]:
        layout = self.ctx.layout
        return (MARGIN, ROW_TOP + index * (ROW_HEIGHT + ROW_GAP), layout.width - 2 * MARGIN, ROW_HEIGHT)

    def message_area(self) -> RectLike:
        top = ROW_TOP + len(ROWS) * (ROW_HEIGHT + ROW_GAP) + 4
        return (MARGIN, top, self.ctx.layout.width - 2 * MARGIN, self.ctx.layout.height - top - 24)

    def build(self) -> None:
        papers: tuple[Paper, ...] = ("a4", "letter")
        for index, paper in enumerate(papers):
            chosen = paper == self.paper
            self.buttons.add(
                Button(
                    rect=(MARGIN + 130 + index * 200, 128, 184, 62),
                    on_activate=functools.partial(self.choose_paper, paper),
                    label=ctx_paper(self.ctx, paper),
                    colour=theme.PARENT_ACCENT if chosen else (226, 232, 240),
                    label_colour=theme.WHITE if chosen else theme.INK,
                    label_size=22,
                    sound="tap",
                    name=f"paper-{paper}",
                )
            )
        for index, kind in enumerate(ROWS):
            x, y, w, h = self._row_rect(index)
            self.buttons.add(
                action_button(
                    (x + w - 24 - 220, y + (h - 76) / 2, 220, 76),
                    self.ctx.t("parent:print.print"),
                    functools.partial(self.request, kind),
                    f"print-{kind}",
                    primary=True,
                    size=26,
                )
            )
            if kind == "storybook" and len(self.stories) > 1:
                story = self.ctx.content.stories[self.story_id]
                self.buttons.add(
                    action_button(
                        (x + w - 24 - 220 - 20 - STORY_BUTTON, y + (h - 76) / 2, STORY_BUTTON, 76),
                        f"\u201c{self.ctx.line_words(story.title)}\u201d \u203a",
                        self.next_story,
                        "story-next",
                        size=21,
                    )
                )
            if kind == "about-me":
                self.buttons.add(
                    action_button(
                        (x + w - 24 - 220 - 20 - 170, y + (h - 76) / 2, 170, 76),
                        self.ctx.t("parent:print.edit"),
                        self.edit_about_me,
                        "edit-about-me",
                        size=24,
                    )
                )

    # -- actions -----------------------------------------------------------------------------

    def back(self) -> None:
        if self.pending is None:
            self.ctx.scenes.pop()

    def choose_paper(self, paper: Paper) -> None:
        self.paper = paper
        self.rebuild(focus=f"paper-{paper}")

    def next_story(self) -> None:
        """The storybook prints the next story on the shelf (round to the first)."""
        if self.pending is None and self.stories:
            self.story_id = self.stories[(self.stories.index(self.story_id) + 1) % len(self.stories)]
            self.rebuild(focus="story-next")

    def edit_about_me(self) -> None:
        if self.pending is None:
            self.ctx.open_scene("parent-print-about")

    def request(self, kind: PrintKind) -> None:
        """Print ``kind`` after the "Making…" message has been on screen for a moment."""
        if self.pending is not None:
            return
        self.pending = kind
        self.wait = WAIT_FRAMES
        self.say(self.ctx.t("parent:print.making", name=kind_words(self.ctx, kind)))

    def print_now(self, kind: PrintKind) -> None:
        """Make, save and open ``kind``; the message says where it went, or why not."""
        ctx = self.ctx
        name = kind_words(ctx, kind)
        try:
            printable = make_printable(kind, ctx, self.paper, story_id=self.story_id)
        except PrintError as error:
            self._problem(ctx.t("parent:print.not_made", name=name, problem=str(error)))
            return
        folder = export_folder()
        today = self.ctx.now().date()
        try:
            path = save_printable(
                printable, folder, printable_file_stem(kind, ctx.profile.child.name, today, self.story_id)
            )
        except SaveError as error:
            self._problem(self._save_problem(name, error.reason, folder))
            return
        except OSError as error:
            self._problem(self._save_problem(name, describe_os_error(error, writing=True), folder))
            return
        opened = opener.open_with_system_viewer(path)
        saved: dict[str, str | int] = {"name": name, "pages": printable.pages, "paper": ctx_paper(ctx, self.paper)}
        lines = [ctx.t("parent:print.saved", **saved, folder=str(folder), file=path.name)]
        lines.append(ctx.t("parent:print.opening" if opened else "parent:print.no_viewer"))
        lines.extend(printable.notes)
        self.say("\n".join(lines))

    def _save_problem(self, name: str, reason: str, folder: object) -> str:
        # ``reason`` comes from the storage layer (in English, like the other disk messages).
        if reason == "the disk is full":
            advice = self.ctx.t("parent:print.advice_full")
        elif reason == "the disk is read-only":
            advice = self.ctx.t("parent:print.advice_read_only")
        else:
            advice = self.ctx.t("parent:print.advice_check", folder=str(folder))
        return self.ctx.t("parent:print.not_saved", name=name, reason=reason, advice=advice)

    def _problem(self, text: str) -> None:
        self.say(text, ok=False)

    # -- input, time, drawing -----------------------------------------------------------------

    def handle(self, action: Action) -> None:
        if self.pending is not None:
            return  # the PDF is being made: one thing at a time
        super().handle(action)

    def update_page(self, dt: float) -> bool:
        if self.pending is None:
            return False
        if self.wait > 0:
            self.wait -= 1
            return True
        kind, self.pending = self.pending, None
        self.print_now(kind)
        return True

    def draw_page(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        write(surface, ctx, ctx.t("parent:print.paper"), 24, theme.INK, at=(MARGIN + 4, 142))
        for index, kind in enumerate(ROWS):
            x, y, w, h = self._row_rect(index)
            draw_card(surface, ctx, (x, y, w, h), 20)
            beside = {0: STORY_BUTTON + 20 if len(self.stories) > 1 else 0, 2: 190}.get(index, 0)
            room = w - 24 - 220 - 40 - beside
            row = kind.replace("-", "_")
            write(surface, ctx, ctx.t(f"parent:print.{row}_title"), 26, theme.PARENT_ACCENT, at=(x + 24, y + 16))
            write(surface, ctx, ctx.t(f"parent:print.{row}_text"), 19, theme.INK_SOFT, at=(x + 24, y + 54), wrap=room)
        top = ROW_TOP + len(ROWS) * (ROW_HEIGHT + ROW_GAP) + 4
        if not self.message:
            self.write_across(surface, ctx.t("parent:print.help"), 20, theme.INK_SOFT, top + 8, 4)


SCENES = {"parent-print": ParentPrintScene}
PARENT_PAGES = [ParentPage("parent-print", "Print", order=45)]


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    def made(scene: Scene) -> None:
        assert isinstance(scene, ParentPrintScene)
        ctx = scene.ctx
        name, paper = kind_words(ctx, "storybook"), ctx_paper(ctx, "a4")
        saved = ctx.t("parent:print.saved", name=name, pages=15, paper=paper, folder="/home/you/Documents", file="…")
        scene.message = saved.replace("…", "dropoff-buddy-Sam-storybook.pdf") + "\n" + ctx.t("parent:print.opening")

    yield TourShot("parent-print", ParentPrintScene, settle=0.1)
    yield TourShot("parent-print-saved", ParentPrintScene, settle=0.1, prepare=made)
