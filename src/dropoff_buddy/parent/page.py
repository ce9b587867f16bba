"""The frame every page of the grown-ups' corner is built on.

A page is a title and its own content; the frame owns everything else, the same on every page:

- the header: the way back at the top left (Esc does the same), the title (or the page's tabs)
  beside it, a line of help under the title, and the page's own actions at the top right;
- a message line with the result of the last action (``say``): calm green when it worked, warm
  orange when it did not;
- ``confirm()``: a question over the page, the safe answer first and focused, so Enter never
  destroys anything; Esc answers "no";
- text fields: a tap chooses one, typing with none chosen goes to the page's typing field, Enter
  submits (the field's own ``on_submit``, else the page's ``submit``);
- ``rebuild()``: lays the buttons out again and keeps the keyboard focus on the button of the same
  name, so choosing a swatch or a tab never throws the focus back to the start.

A page overrides ``build`` (add its buttons), ``draw_page`` (paint its content) and, where it
needs them, ``tabs``, ``header_buttons``, ``fields``, ``handle_page``, ``back`` and ``submit``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.scene import Scene
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.text_field import TextField
from dropoff_buddy.ui.widgets import Button, ButtonGroup, draw_panel, note_cover, render_text, write

MARGIN = 40.0
HEADER_TOP = 28.0
HEADER_HEIGHT = 80.0
#: Where a page's own content starts, under the header.
CONTENT_TOP = 140.0
TITLE_SIZE = 36.0
NEUTRAL: theme.Colour = (226, 232, 240)
EDGE: theme.Colour = (210, 218, 228)
OK_INK: theme.Colour = (46, 120, 70)
OK_BG: theme.Colour = (232, 246, 234)
PROBLEM_BG: theme.Colour = (255, 244, 236)


@dataclass(frozen=True)
class Tab:
    """One tab in the header: what it says, whether it is the one on show, what choosing it does."""

    label: str
    chosen: bool
    on_choose: Callable[[], None]
    name: str


@dataclass(frozen=True)
class Question:
    """A question ``confirm()`` asks over the page. The safe answer comes first and has the focus."""

    title: str
    text: str
    yes_label: str
    on_yes: Callable[[], None]
    #: The safe answer's words ("" : "No, keep it" in the family's language).
    no_label: str = ""
    yes_name: str = "yes"
    no_name: str = "keep"
    #: True when "yes" removes or replaces something (warm orange), False for a plain question.
    danger: bool = True
    on_no: Callable[[], None] | None = None


def action_button(
    rect: RectLike,
    label: str,
    on_activate: Callable[[], None],
    name: str,
    *,
    primary: bool = False,
    size: float | None = None,
    enabled: bool = True,
) -> Button:
    """A parent-style button: blue with white words for the main action, grey for the others."""
    return Button(
        rect=rect,
        on_activate=on_activate,
        label=label,
        colour=theme.PARENT_ACCENT if primary else NEUTRAL,
        label_colour=theme.WHITE if primary else theme.INK,
        label_size=size if size is not None else (26 if len(label) < 16 else 22),
        sound="tap",
        name=name,
        enabled=enabled,
    )


def draw_card(surface: pygame.Surface, ctx: GameContext, rect: RectLike, radius: float = 22) -> pygame.Rect:
    """The white card parent pages put content on (flat, with a thin grey edge). Returns its pixel rect."""
    return draw_panel(
        surface, ctx.layout, rect, theme.PARENT_PANEL, radius=radius, shadow=False, outline=EDGE, outline_width=2
    )


def draw_message_box(surface: pygame.Surface, ctx: GameContext, rect: RectLike, text: str, ok: bool) -> None:
    """A calm box with ``text``: green for done, warm orange for a problem; as tall as its text needs."""
    if not text:
        return
    layout = ctx.layout
    x, y, w, h = rect
    image = render_text(ctx.fonts, layout, text, 21, OK_INK if ok else theme.INK, wrap_width=w - 48, align="left")
    box = (x, y, w, min(h, image.get_height() / layout.scale + 36))
    outline = OK_INK if ok else theme.WARNING
    draw_panel(
        surface, layout, box, OK_BG if ok else PROBLEM_BG, radius=18, shadow=False, outline=outline, outline_width=3
    )
    surface.blit(image, layout.point(x + 24, y + 18))


class ParentPageScene(Scene):
    """A page of the grown-ups' corner. See the module's docstring for what the frame does."""

    kid_screen = False
    #: The key of the page's title in the header (``page_title()`` may say more).
    title = ""
    #: The way back, top left: the key of its words ("Back", "Done", "Back to play", "Finish later"...).
    back_label = "parent:frame.back"
    back_name = "back"
    #: The button the keyboard starts on, and goes to when the focused one is gone ("": the way back).
    initial_focus = ""
    #: How wide each tab in the header is.
    tab_width = 220.0

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.buttons = ButtonGroup(ctx)
        self.message = ""
        self.message_ok = True
        self.question: Question | None = None
        self._built = False

    # -- what a page fills in ------------------------------------------------------------------

    def page_title(self) -> str:
        """The title in the header: the page's ``title`` key, in the family's language."""
        return self.ctx.t(self.title) if self.title else ""

    def subtitle(self) -> str:
        """A line of help under the title ("" for none)."""
        return ""

    def tabs(self) -> Sequence[Tab]:
        """Tabs shown in the header beside the way back (instead of the title)."""
        return ()

    def header_buttons(self) -> list[Button]:
        """The page's own actions at the top right (make them with ``header_button``)."""
        return []

    def build(self) -> None:
        """Add the page's buttons to ``self.buttons`` (after the header's), in reading order."""

    @property
    def fields(self) -> list[TextField]:
        """The text fields on show, in the order Tab would visit them."""
        return []

    def typing_field(self) -> TextField | None:
        """Where typing goes when no field is chosen."""
        fields = self.fields
        return fields[0] if fields else None

    def handle_page(self, action: Action) -> bool:
        """Actions the page takes before its fields and buttons (a drag, a dropped file...)."""
        return False

    def update_page(self, dt: float) -> bool:
        return False

    def draw_page(self, surface: pygame.Surface) -> None:
        """Paint the page's content (under its buttons and fields)."""

    def draw_over_buttons(self, surface: pygame.Surface) -> None:
        """Paint what sits on the buttons (pictures on tiles, a ring on the chosen swatch)."""

    def write_across(
        self, surface: pygame.Surface, text: str, size: float, colour: theme.Colour, top: float, indent: float = 0
    ) -> pygame.Rect:
        """Words across the page from the left margin (``indent`` further in) at ``top``, wrapped
        inside both margins: a page's lead line under the header, or a help line under its panels."""
        width = self.ctx.layout.width - 2 * MARGIN
        return write(surface, self.ctx, text, size, colour, at=(MARGIN + indent, top), wrap=width)

    def message_area(self) -> RectLike:
        """Where the message line goes; pages with content at the bottom move it."""
        layout = self.ctx.layout
        return (MARGIN, layout.height - 124, layout.width - 2 * MARGIN, 104)

    def back(self) -> None:
        """The way back (and Esc): leave the page."""
        self.ctx.scenes.pop()

    def submit(self) -> None:
        """Enter in a text field that has no ``on_submit`` of its own."""

    # -- what the frame gives a page -------------------------------------------------------------

    def say(self, text: str, ok: bool = True) -> None:
        """Show ``text`` in the message line ("" clears it)."""
        self.message = text
        self.message_ok = ok

    def confirm(self, question: Question) -> None:
        """Ask ``question`` over the page; nothing happens until the parent answers."""
        for text_field in self.fields:
            text_field.blur()
        self.question = question
        self.rebuild()

    def answer(self, yes: bool) -> None:
        question = self.question
        if question is None:
            return
        self.question = None
        self.rebuild()
        if yes:
            question.on_yes()
        elif question.on_no is not None:
            question.on_no()

    def header_button(
        self, label: str, on_activate: Callable[[], None], name: str, *, width: float = 240, slot: float = 0
    ) -> Button:
        """An action at the top right; ``slot`` is how far from the right edge (in units) it sits."""
        right = self.ctx.layout.width - MARGIN - slot
        return action_button((right - width, HEADER_TOP, width, HEADER_HEIGHT), label, on_activate, name, primary=True)

    @property
    def back_words(self) -> str:
        return self.ctx.t(self.back_label)

    @property
    def back_width(self) -> float:
        return 200.0 if len(self.back_words) <= 6 else 250.0

    def rebuild(self, focus: str = "") -> None:
        """Lay every button out again (after a change, a resize or a question), keeping the focus
        (or moving it to the button called ``focus``)."""
        focused = self.buttons.focused if self._built else None
        keep = focus or (focused.name if focused is not None else self.initial_focus)
        visible = self.buttons.focus_visible
        self.buttons.clear()
        if self.question is not None:
            self._build_question(self.question)
        else:
            self.buttons.add(
                Button(
                    rect=(MARGIN, HEADER_TOP, self.back_width, HEADER_HEIGHT),
                    on_activate=self.back,
                    label=self.back_words,
                    colour=theme.SUNSHINE,
                    label_size=26 if len(self.back_words) <= 6 else 24,
                    sound="tap",
                    name=self.back_name,
                )
            )
            self._build_tabs()
            for button in self.header_buttons():
                self.buttons.add(button)
            self.build()
        self._built = True
        enabled = {button.name: button for button in self.buttons.buttons if button.enabled}
        target = enabled.get(keep) or enabled.get(self.initial_focus)
        if target is not None:
            self.buttons.focus(target)
        self.buttons.focus_visible = visible

    def _build_tabs(self) -> None:
        tabs = self.tabs()
        x = MARGIN + self.back_width + 40
        room = self.ctx.layout.width - MARGIN - x - sum(button.rect[2] + 20 for button in self.header_buttons())
        width = min(self.tab_width, (room - 12 * (len(tabs) - 1)) / max(1, len(tabs)))
        for tab in tabs:
            self.buttons.add(
                Button(
                    rect=(x, HEADER_TOP, width, HEADER_HEIGHT),
                    on_activate=tab.on_choose,
                    label=tab.label,
                    colour=theme.PARENT_ACCENT if tab.chosen else theme.PARENT_PANEL,
                    label_colour=theme.WHITE if tab.chosen else theme.INK,
                    label_size=22 if "\n" not in tab.label else 19,
                    sound="tap",
                    name=tab.name,
                )
            )
            x += width + 12

    def _question_panel(self, question: Question) -> RectLike:
        layout = self.ctx.layout
        width = min(920.0, layout.width - 2 * MARGIN)
        text = render_text(self.ctx.fonts, layout, question.text, 23, theme.INK, wrap_width=width - 100)
        height = max(380.0, 250 + text.get_height() / layout.scale)
        return (layout.center_x - width / 2, max(CONTENT_TOP - 20, (layout.height - height) / 2), width, height)

    def _build_question(self, question: Question) -> None:
        x, y, w, h = self._question_panel(question)
        button_w = (w - 3 * 40) / 2
        button_y = y + h - 124
        self.buttons.add(
            Button(
                rect=(x + 40, button_y, button_w, 90),
                on_activate=lambda: self.answer(False),
                label=question.no_label or self.ctx.t("parent:frame.no_keep_it"),
                colour=theme.SUNSHINE,
                label_size=25,
                sound="tap",
                name=question.no_name,
            )
        )
        self.buttons.add(
            Button(
                rect=(x + 80 + button_w, button_y, button_w, 90),
                on_activate=lambda: self.answer(True),
                label=question.yes_label,
                colour=theme.WARNING if question.danger else theme.PARENT_ACCENT,
                label_colour=theme.WHITE,
                label_size=25,
                sound="tap",
                name=question.yes_name,
            )
        )

    # -- life cycle ------------------------------------------------------------------------------

    def enter(self) -> None:
        self.ctx.narrator.stop()
        self.rebuild()

    def resume(self) -> None:
        self.rebuild()

    def resized(self) -> None:
        self.rebuild()

    # -- input -----------------------------------------------------------------------------------

    def handle(self, action: Action) -> None:
        if action.kind is ActionKind.BACK:
            if self.question is not None:
                self.answer(False)
            else:
                self.back()
            return
        if self.question is None and (self.handle_page(action) or self._route_to_fields(action)):
            return
        self.buttons.handle(action)

    def _route_to_fields(self, action: Action) -> bool:
        fields = self.fields
        if action.pos is not None and action.kind in (ActionKind.PRESS, ActionKind.TAP):
            hit = next((text_field for text_field in fields if text_field.hit(action.pos)), None)
            if action.kind is ActionKind.TAP:
                for text_field in fields:
                    if text_field is not hit:
                        text_field.blur()
            if hit is None:
                return False
            hit.handle(action)
            return True
        active = next((text_field for text_field in fields if text_field.active), None)
        if active is None:
            target = self.typing_field()
            if action.kind is ActionKind.TEXT and target is not None and action.text.isprintable():
                target.focus()  # typing with nothing chosen goes to the page's typing field
                target.handle(action)
                return True
            return False
        enter = action.kind is ActionKind.ACTIVATE and action.key in (pygame.K_RETURN, pygame.K_KP_ENTER)
        if enter and active.on_submit is None:
            self.submit()
            return True
        return active.handle(action)

    def update(self, dt: float) -> bool:
        changed = self.update_page(dt)
        for text_field in self.fields:
            changed = text_field.update(dt) or changed
        return changed

    # -- drawing ---------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(theme.PARENT_BG)
        self.draw_page(surface)
        self._draw_header(surface)
        if self.question is not None:
            self._draw_question(surface, self.question)
            return
        self.buttons.draw(surface)
        self.draw_over_buttons(surface)
        for text_field in self.fields:
            text_field.draw(surface)  # over any button edge near it
        draw_message_box(surface, self.ctx, self.message_area(), self.message, self.message_ok)

    def _draw_header(self, surface: pygame.Surface) -> None:
        if self.tabs():
            return
        ctx = self.ctx
        layout = ctx.layout
        left = MARGIN + self.back_width + 36
        right = layout.width - MARGIN - sum(button.rect[2] + 20 for button in self.header_buttons())
        help_text = self.subtitle()
        title_y = HEADER_TOP + (4 if help_text else HEADER_HEIGHT / 2 - TITLE_SIZE * 0.62)
        write(surface, ctx, self.page_title(), TITLE_SIZE, theme.PARENT_ACCENT, at=(left, title_y))
        if help_text:
            write(surface, ctx, help_text, 20, theme.INK_SOFT, at=(left, title_y + 50), wrap=right - left)

    def _draw_question(self, surface: pygame.Surface, question: Question) -> None:
        ctx = self.ctx
        layout = ctx.layout
        veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        veil.fill((*theme.PARENT_BG, 215))
        surface.blit(veil, (0, 0))
        note_cover(ctx.fonts, surface.get_rect())  # the page beneath is only a calm backdrop now
        x, y, w, h = self._question_panel(question)
        ink = theme.WARNING if question.danger else theme.PARENT_ACCENT
        draw_panel(
            surface, layout, (x, y, w, h), theme.PARENT_PANEL, radius=24, shadow=False, outline=ink, outline_width=3
        )
        write(surface, ctx, question.title, 32, ink, at=(x + 50, y + 40), wrap=w - 100)
        write(surface, ctx, question.text, 23, theme.INK, at=(x + 50, y + 100), wrap=w - 100)
        self.buttons.draw(surface)
