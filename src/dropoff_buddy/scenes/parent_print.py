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
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.printing import opener
from dropoff_buddy.printing.about_me import about_me_lists, suggested_tricky
from dropoff_buddy.printing.document import PAPER_NAMES, Paper, PrintError
from dropoff_buddy.printing.make import (
    KIND_NAMES,
    PrintKind,
    default_paper,
    make_printable,
    printable_file_stem,
    printable_words,
    save_printable,
)
from dropoff_buddy.scene import Scene
from dropoff_buddy.scenes.registry import ParentPage, TourShot
from dropoff_buddy.storage.atomic import SaveError, describe_os_error
from dropoff_buddy.storage.exports import export_folder
from dropoff_buddy.storage.models import ABOUT_ME_ITEM_MAX_LENGTH, ABOUT_ME_MAX_ITEMS, AboutMe
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.parent_page import MARGIN, back_button, draw_header, draw_message
from dropoff_buddy.ui.text_field import TextField
from dropoff_buddy.ui.widgets import Button, ButtonGroup, draw_panel, draw_text

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


class ParentPrintScene(Scene):
    """The Print page. ``today`` is the clock's (tests pass a clock through the context)."""

    name = "parent-print"
    kid_screen = False

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.paper: Paper = default_paper(ctx)
        self.message = ""
        self.message_ok = True
        self.pending: PrintKind | None = None
        self.wait = 0
        self.buttons = ButtonGroup(ctx, parent_style=True)
        self._build()

    # -- layout ------------------------------------------------------------------------------

    def _row_rect(self, index: int) -> tuple[float, float, float, float]:
        layout = self.ctx.layout
        return (MARGIN, ROW_TOP + index * (ROW_HEIGHT + ROW_GAP), layout.width - 2 * MARGIN, ROW_HEIGHT)

    def _build(self) -> None:
        self.buttons.clear()
        self.buttons.add(back_button(self.close))
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
                Button(
                    rect=(x + w - 24 - 220, y + (h - 76) / 2, 220, 76),
                    on_activate=functools.partial(self.request, kind),
                    label="Print",
                    colour=theme.PARENT_ACCENT,
                    label_colour=theme.WHITE,
                    label_size=26,
                    sound="tap",
                    name=f"print-{kind}",
                )
            )
            if kind == "about-me":
                self.buttons.add(
                    Button(
                        rect=(x + w - 24 - 220 - 20 - 170, y + (h - 76) / 2, 170, 76),
                        on_activate=self.edit_about_me,
                        label="Edit",
                        colour=(226, 232, 240),
                        label_size=24,
                        sound="tap",
                        name="edit-about-me",
                    )
                )

    def resized(self) -> None:
        self._build()

    def enter(self) -> None:
        self.ctx.narrator.stop()

    def resume(self) -> None:
        self._build()

    # -- actions -----------------------------------------------------------------------------

    def close(self) -> None:
        if self.pending is None:
            self.ctx.scenes.pop()

    def choose_paper(self, paper: Paper) -> None:
        self.paper = paper
        self._build()
        for button in self.buttons.buttons:
            if button.name == f"paper-{paper}":
                self.buttons.focus(button)

    def edit_about_me(self) -> None:
        if self.pending is None:
            self.ctx.scenes.push(AboutMeScene(self.ctx))

    def request(self, kind: PrintKind) -> None:
        """Print ``kind`` after the "Making…" message has been on screen for a moment."""
        if self.pending is not None:
            return
        self.pending = kind
        self.wait = WAIT_FRAMES
        self.message_ok = True
        self.message = f"Making the {KIND_NAMES[kind]}… this takes a few seconds."

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
        self.message_ok = True
        self.message = "\n".join(lines)

    def _save_problem(self, name: str, reason: str, folder: object) -> str:
        if reason == "the disk is full":
            advice = "Free some space, then press Print again."
        elif reason == "the disk is read-only":
            advice = "Make the disk writable, then press Print again."
        else:
            advice = f"Check that {folder} exists and can be written to, then press Print again."
        return f"The {name} couldn't be saved: {reason}. {advice} Nothing in the game was changed."

    def _problem(self, text: str) -> None:
        self.message_ok = False
        self.message = text

    def _now(self) -> dt.datetime:
        now = self.ctx.clock()
        return now if now.tzinfo is not None else now.astimezone()

    # -- input, time, drawing -----------------------------------------------------------------

    def handle(self, action: Action) -> None:
        if self.pending is not None:
            return  # the PDF is being made: one thing at a time
        if action.kind is ActionKind.BACK:
            self.close()
            return
        self.buttons.handle(action)

    def update(self, dt: float) -> bool:
        if self.pending is None:
            return False
        if self.wait > 0:
            self.wait -= 1
            return True
        kind, self.pending = self.pending, None
        self.print_now(kind)
        return True

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        draw_header(surface, ctx, "Print for the fridge and the teacher")
        draw_text(surface, ctx.fonts, layout, "Paper:", 24, theme.INK, topleft=(MARGIN + 4, 142), align="left")
        for index, (_kind, title, text) in enumerate(ROWS):
            x, y, w, h = self._row_rect(index)
            draw_panel(
                surface,
                layout,
                (x, y, w, h),
                theme.PARENT_PANEL,
                radius=20,
                shadow=False,
                outline=(214, 222, 232),
                outline_width=2,
            )
            room = w - 24 - 220 - 40 - (190 if index == 2 else 0)
            draw_text(
                surface, ctx.fonts, layout, title, 26, theme.PARENT_ACCENT, topleft=(x + 24, y + 16), align="left"
            )
            draw_text(
                surface,
                ctx.fonts,
                layout,
                ctx.words(text),
                19,
                theme.INK_SOFT,
                topleft=(x + 24, y + 54),
                align="left",
                wrap_width=room,
            )
        top = ROW_TOP + len(ROWS) * (ROW_HEIGHT + ROW_GAP) + 4
        if self.message:
            draw_message(
                surface,
                ctx,
                (MARGIN, top, layout.width - 2 * MARGIN, layout.height - top - 24),
                self.message,
                self.message_ok,
            )
        else:
            draw_text(
                surface,
                ctx.fonts,
                layout,
                "Print saves a PDF in your Documents folder and opens it, so you can print it or send it to "
                "the teacher. Everything stays on this computer.",
                20,
                theme.INK_SOFT,
                topleft=(MARGIN + 4, top + 8),
                align="left",
                wrap_width=layout.width - 2 * MARGIN,
            )
        self.buttons.draw(surface)


class AboutMeScene(Scene):
    """Edit what the "About me" page says helps, and what has been tricky lately; Done keeps it."""

    name = "parent-print-about"
    kid_screen = False
    LINES = 3

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.buttons = ButtonGroup(ctx, parent_style=True)
        now = ctx.clock() if ctx.clock().tzinfo is not None else ctx.clock().astimezone()
        self.now = now
        try:
            helps, tricky = about_me_lists(ctx, printable_words(), now)
        except PrintError:
            helps, tricky = list(ctx.profile.about_me.helps or []), list(ctx.profile.about_me.tricky)
        self.tricky_edited = False
        self.helps_edited = False
        self.helps = self._fields("helps", helps)
        self.tricky = self._fields("tricky", tricky)
        self._build()

    def _fields(self, group: str, lines: list[str]) -> list[TextField]:
        fields = []
        for index in range(min(ABOUT_ME_MAX_ITEMS, self.LINES)):
            text = lines[index] if index < len(lines) else ""
            fields.append(
                TextField(
                    self.ctx,
                    (0, 0, 100, 64),
                    text,
                    placeholder="(empty: not printed)",
                    max_length=ABOUT_ME_ITEM_MAX_LENGTH,
                    name=f"{group}-{index + 1}",
                    on_change=self._tricky_changed if group == "tricky" else self._helps_changed,
                )
            )
        return fields

    @property
    def fields(self) -> list[TextField]:
        return [*self.helps, *self.tricky]

    def _tricky_changed(self) -> None:
        self.tricky_edited = True

    def _helps_changed(self) -> None:
        self.helps_edited = True

    def _build(self) -> None:
        layout = self.ctx.layout
        self.buttons.clear()
        self.buttons.add(back_button(self.done, label="Done"))
        width = layout.width - 2 * MARGIN - 48
        for index, text_field in enumerate(self.helps):
            text_field.rect = (MARGIN + 24, 196 + index * 76, width, 64)
        tricky_top = 196 + self.LINES * 76 + 70
        for index, text_field in enumerate(self.tricky):
            text_field.rect = (MARGIN + 24, tricky_top + index * 76, width, 64)
        self.buttons.add(
            Button(
                rect=(layout.width - MARGIN - 24 - 300, tricky_top - 62, 300, 54),
                on_activate=self.suggest_tricky,
                label="Suggest from check-ins",
                colour=(226, 232, 240),
                label_size=20,
                sound="tap",
                name="suggest-tricky",
            )
        )

    def resized(self) -> None:
        self._build()

    def enter(self) -> None:
        self.ctx.narrator.stop()

    def suggest_tricky(self) -> None:
        lines = suggested_tricky(self.ctx, self.now.date(), self.now.tzinfo)
        for index, text_field in enumerate(self.tricky):
            text_field.set_text(lines[index] if index < len(lines) else "")
        self.tricky_edited = False

    def done(self) -> None:
        """Keep what was written (blank lines are dropped) and go back to Print."""
        for text_field in self.fields:
            text_field.blur()
        helps = [text_field.value for text_field in self.helps if text_field.value]
        tricky = [text_field.value for text_field in self.tricky if text_field.value]
        saved = self.ctx.profile.about_me
        # What the parent did not touch stays "as suggested", so it follows the family's set-up.
        kept_helps = helps if self.helps_edited else saved.helps
        if self.tricky_edited:
            about = AboutMe(helps=kept_helps, tricky=tricky, tricky_on=self.now.date())
        else:
            about = AboutMe(helps=kept_helps, tricky=saved.tricky, tricky_on=saved.tricky_on)
        if about != saved:
            self.ctx.profile.about_me = about
            self.ctx.save_profile()
        self.ctx.scenes.pop()

    def handle(self, action: Action) -> None:
        if action.kind is ActionKind.BACK:
            self.done()
            return
        fields = self.fields
        if action.pos is not None and action.kind in (ActionKind.PRESS, ActionKind.TAP):
            hit = next((text_field for text_field in fields if text_field.hit(action.pos)), None)
            if action.kind is ActionKind.TAP:
                for text_field in fields:
                    if text_field is not hit:
                        text_field.blur()
            if hit is not None:
                hit.handle(action)
                return
        else:
            active = next((text_field for text_field in fields if text_field.active), None)
            if active is not None:
                if action.kind is ActionKind.ACTIVATE:
                    following = fields[(fields.index(active) + 1) % len(fields)]
                    active.blur()
                    following.focus()
                    return
                if active.handle(action):
                    return
        self.buttons.handle(action)

    def update(self, dt: float) -> bool:
        changed = False
        for text_field in self.fields:
            changed = text_field.update(dt) or changed
        return changed

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        draw_header(surface, ctx, "About me: what it says")
        draw_text(
            surface,
            ctx.fonts,
            layout,
            "These lines are printed as they are. Leave a line empty to leave it out.",
            20,
            theme.INK_SOFT,
            topleft=(MARGIN + 4, 128),
            align="left",
            wrap_width=layout.width - 2 * MARGIN,
        )
        draw_text(
            surface, ctx.fonts, layout, "What helps", 26, theme.PARENT_ACCENT, topleft=(MARGIN + 24, 160), align="left"
        )
        tricky_top = 196 + self.LINES * 76 + 70
        draw_text(
            surface,
            ctx.fonts,
            layout,
            "What has been tricky lately",
            26,
            theme.PARENT_ACCENT,
            topleft=(MARGIN + 24, tricky_top - 36),
            align="left",
        )
        self.buttons.draw(surface)
        for text_field in self.fields:
            text_field.draw(surface)


SCENES = {"parent-print": ParentPrintScene, "parent-print-about": AboutMeScene}
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
    yield TourShot("parent-print-about", AboutMeScene, settle=0.1)
