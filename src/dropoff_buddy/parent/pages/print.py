"""Print: the storybook, picture cards for the fridge, and an "About me" page for the teacher.

A parent page (behind the gate). Each printable has a row with what it holds and a Print
button; the paper (A4 or US Letter) is chosen once at the top. Print makes the PDF (the page
says "Making…" while it does), saves it in Documents (``storage.exports.export_folder``) and
opens it in the computer's PDF viewer, from which the parent prints. "Edit" on the About-me row
opens a page where the parent changes what helps and what has been tricky lately before
printing; it is kept in the profile. A problem (no photo, a full disk) is a kind message.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action
from dropoff_buddy.parent.page import MARGIN, ParentPageScene, action_button, draw_card
from dropoff_buddy.printing import opener
from dropoff_buddy.printing.document import PAPER_NAMES, Paper, PrintError
from dropoff_buddy.printing.make import (
    KIND_NAMES,
    PrintKind,
    default_paper,
    make_printable,
    printable_file_stem,
    save_printable,
)
from dropoff_buddy.scene import Scene
from dropoff_buddy.scenes.registry import ParentPage, TourShot
from dropoff_buddy.storage.atomic import SaveError, describe_os_error
from dropoff_buddy.storage.exports import export_folder
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button, write

ROW_TOP = 214.0
ROW_HEIGHT = 112.0
ROW_GAP = 18.0
WAIT_FRAMES = 2  # frames "Making…" is on screen before the (blocking) work starts

ROWS: tuple[tuple[PrintKind, str, str], ...] = (
    (
        "storybook",
        "Storybook",
        "{child}'s own story, one page per page, with your names, your goodbye and your promise.",
    ),
    (
        "cards",
        "Picture cards",
        "{child}'s day as cards to cut out (about 6 × 8 cm), the pickup card with your photo and the promise, "
        "and your goodbye steps.",
    ),
    (
        "about-me",
        "About me, for the teacher",
        "One page: {child}, {buddy}, your goodbye in pictures, the promise, what helps and what has been tricky.",
    ),
)


PRINT_HELP = (
    "Print saves a PDF in your Documents folder and opens it, so you can print it or send it to the teacher. "
    "Everything stays on this computer."
)


class ParentPrintScene(ParentPageScene):
    """The Print page. ``today`` is the clock's (tests pass a clock through the context)."""

    name = "parent-print"
    title = "Print for the fridge and the teacher"

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.paper: Paper = default_paper(ctx)
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
                    label=PAPER_NAMES[paper],
                    colour=theme.PARENT_ACCENT if chosen else (226, 232, 240),
                    label_colour=theme.WHITE if chosen else theme.INK,
                    label_size=22,
                    sound="tap",
                    name=f"paper-{paper}",
                )
            )
        for index, (kind, _title, _text) in enumerate(ROWS):
            x, y, w, h = self._row_rect(index)
            self.buttons.add(
                action_button(
                    (x + w - 24 - 220, y + (h - 76) / 2, 220, 76),
                    "Print",
                    functools.partial(self.request, kind),
                    f"print-{kind}",
                    primary=True,
                    size=26,
                )
            )
            if kind == "about-me":
                self.buttons.add(
                    action_button(
                        (x + w - 24 - 220 - 20 - 170, y + (h - 76) / 2, 170, 76),
                        "Edit",
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

    def edit_about_me(self) -> None:
        if self.pending is None:
            self.ctx.open_scene("parent-print-about")

    def request(self, kind: PrintKind) -> None:
        """Print ``kind`` after the "Making…" message has been on screen for a moment."""
        if self.pending is not None:
            return
        self.pending = kind
        self.wait = WAIT_FRAMES
        self.say(f"Making the {KIND_NAMES[kind]}… this takes a few seconds.")

    def print_now(self, kind: PrintKind) -> None:
        """Make, save and open ``kind``; the message says where it went, or why not."""
        ctx = self.ctx
        name = KIND_NAMES[kind]
        try:
            printable = make_printable(kind, ctx, self.paper)
        except PrintError as error:
            self._problem(f"The {name} couldn't be made: {error} Nothing else was changed.")
            return
        folder = export_folder()
        today = self._now().date()
        try:
            path = save_printable(printable, folder, printable_file_stem(kind, ctx.profile.child.name, today))
        except SaveError as error:
            self._problem(self._save_problem(name, error.reason, folder))
            return
        except OSError as error:
            self._problem(self._save_problem(name, describe_os_error(error, writing=True), folder))
            return
        opened = opener.open_with_system_viewer(path)
        pages = f"{printable.pages} page{'s' if printable.pages != 1 else ''}, {PAPER_NAMES[self.paper]}"
        lines = [f"Saved the {name} ({pages}) in {folder}: {path.name}."]
        if opened:
            lines.append("It is opening in your PDF viewer; print it from there.")
        else:
            lines.append("No PDF viewer could be opened here: open the file from that folder to print it.")
        lines.extend(printable.notes)
        self.say("\n".join(lines))

    def _save_problem(self, name: str, reason: str, folder: object) -> str:
        if reason == "the disk is full":
            advice = "Free some space, then press Print again."
        elif reason == "the disk is read-only":
            advice = "Make the disk writable, then press Print again."
        else:
            advice = f"Check that {folder} exists and can be written to, then press Print again."
        return f"The {name} couldn't be saved: {reason}. {advice} Nothing in the game was changed."

    def _problem(self, text: str) -> None:
        self.say(text, ok=False)

    def _now(self) -> dt.datetime:
        now = self.ctx.clock()
        return now if now.tzinfo is not None else now.astimezone()

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
        layout = ctx.layout
        write(surface, ctx, "Paper:", 24, theme.INK, at=(MARGIN + 4, 142))
        for index, (_kind, title, text) in enumerate(ROWS):
            x, y, w, h = self._row_rect(index)
            draw_card(surface, ctx, (x, y, w, h), 20)
            room = w - 24 - 220 - 40 - (190 if index == 2 else 0)
            write(surface, ctx, title, 26, theme.PARENT_ACCENT, at=(x + 24, y + 16))
            write(surface, ctx, ctx.words(text), 19, theme.INK_SOFT, at=(x + 24, y + 54), wrap=room)
        top = ROW_TOP + len(ROWS) * (ROW_HEIGHT + ROW_GAP) + 4
        if not self.message:
            write(
                surface, ctx, PRINT_HELP, 20, theme.INK_SOFT, at=(MARGIN + 4, top + 8), wrap=layout.width - 2 * MARGIN
            )


SCENES = {"parent-print": ParentPrintScene}
PARENT_PAGES = [ParentPage("parent-print", "Print", order=45)]


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    def made(scene: Scene) -> None:
        assert isinstance(scene, ParentPrintScene)
        scene.message = (
            "Saved the storybook (15 pages, A4) in /home/you/Documents: dropoff-buddy-Sam-storybook.pdf.\n"
            "It is opening in your PDF viewer; print it from there."
        )

    yield TourShot("parent-print", ParentPrintScene, settle=0.1)
    yield TourShot("parent-print-saved", ParentPrintScene, settle=0.1, prepare=made)
