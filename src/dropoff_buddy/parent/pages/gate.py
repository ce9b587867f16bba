"""The parent gate: a task a grown-up can do and a pre-reader cannot memorise.

Reached only after holding the lock for 3 seconds. It shows a three-digit number written in
words ("four hundred and twelve") and asks for it typed as digits. The number is new every
time. Two answers that are not right, or 40 seconds of nothing, send the child gently back
to play. Only behind this gate: the parent area and Quit.
"""

from __future__ import annotations

from collections.abc import Iterator

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.registry import TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, ButtonGroup, draw_panel, write

MAX_TRIES = 2
IDLE_SECONDS = 40.0
MAX_DIGITS = 3
SETUP_OFFERED_KEY = "parent-setup.offered"  # in ctx.services: profile ids set-up opened for this session


def number_in_words(ctx: GameContext, number: int) -> str:
    """0–999 in words in the family's language: 412 → "four hundred and twelve", "cuatrocientos doce".

    The words and how they join are the language's (``parent:gate.number`` and its helpers);
    this only splits the number into hundreds, the rest, tens and ones.
    """
    if not 0 <= number <= 999:
        raise ValueError("only 0 to 999")
    hundreds, rest = divmod(number, 100)
    tens, ones = divmod(rest, 10)
    return ctx.t("parent:gate.number", hundreds=hundreds, rest=rest, tens=tens, ones=ones)


class ParentGateScene(Scene):
    """Asks for a number written in words; opens the parent area when it is typed right."""

    name = "parent-gate"
    kid_screen = True  # a child may be the one looking: Esc and close still do not quit
    show_parent_button = False

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.tries = 0
        self.typed = ""
        self.idle = 0.0
        self.message = ""
        self.number = self._new_number()
        self.buttons = ButtonGroup(ctx)
        self.back_button = self.buttons.add(
            Button(
                rect=(0, 0, 0, 0),
                on_activate=self.close,
                icon="svg/icons/home.svg",
                label=ctx.t("parent:home.back"),
                colour=theme.SUNSHINE,
                label_size=22,
                name="back",
            )
        )
        self.ok_button = self.buttons.add(
            Button(
                rect=(0, 0, 0, 0),
                on_activate=self.submit,
                label=ctx.t("parent:gate.ok"),
                colour=theme.PARENT_ACCENT,
                label_colour=theme.WHITE,
                label_size=30,
                sound="press",
                name="ok",
            )
        )
        self._place()

    def _new_number(self) -> int:
        return self.ctx.rng.randint(101, 999)

    def _place(self) -> None:
        layout = self.ctx.layout
        cx = layout.center_x
        self.panel = (cx - 420, layout.height * 0.5 - 250, 840, 440)
        _px, py, _pw, _ph = self.panel
        self.field = (cx - 160, py + 220, 220, 90)
        self.ok_button.rect = (cx + 80, py + 220, 120, 90)
        self.back_button.rect = (32, 32, 150, 150)

    def resized(self) -> None:
        self._place()

    def enter(self) -> None:
        self.ctx.narrator.stop()

    def close(self) -> None:
        self.ctx.scenes.pop()

    def submit(self) -> None:
        if self.typed == str(self.number):
            self.ctx.play_sound("gate_open")
            parent = self.ctx.make_scene("parent-home")
            if parent is not None:
                self.ctx.scenes.replace(parent)
                self._offer_setup()
            return
        self.tries += 1
        self.typed = ""
        self.ctx.play_sound("soft_no")
        if self.tries >= MAX_TRIES:
            self.close()
            return
        self.number = self._new_number()
        self.message = self.ctx.t("parent:gate.wrong")

    def _offer_setup(self) -> None:
        """The first time a grown-up comes in for a child not set up yet, set-up opens on top (once a session)."""
        ctx = self.ctx
        offered = ctx.services.setdefault(SETUP_OFFERED_KEY, set())
        assert isinstance(offered, set)
        if ctx.profile.setup_done or ctx.child.profile_id in offered:
            return
        if ctx.open_scene("parent-setup"):
            offered.add(ctx.child.profile_id)

    def handle(self, action: Action) -> None:
        if action.kind not in (ActionKind.HOLD,):
            self.idle = 0.0
        if action.kind is ActionKind.KEY:
            if action.key == pygame.K_BACKSPACE:
                self.typed = self.typed[:-1]
                return
            digit = action.text if action.text.isdigit() and action.text.isascii() else ""
            if digit and len(self.typed) < MAX_DIGITS:
                self.typed += digit
                self.ctx.play_sound("press")
            return
        if action.kind is ActionKind.ACTIVATE:
            # Enter always means "check my answer", wherever the focus is.
            self.submit()
            return
        self.buttons.handle(action)

    def update(self, dt: float) -> bool:
        self.idle += dt
        if self.idle >= IDLE_SECONDS:
            self.close()
            return True
        return False

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        surface.fill(theme.PARENT_BG)
        draw_panel(surface, layout, self.panel, theme.PARENT_PANEL, radius=24, outline=(210, 218, 228))
        _px, py, pw, ph = self.panel
        cx = layout.center_x
        write(surface, ctx, ctx.t("parent:gate.title"), 34, theme.PARENT_ACCENT, center=(cx, py + 50))
        write(
            surface,
            ctx,
            ctx.t("parent:gate.type"),
            24,
            theme.INK_SOFT,
            center=(cx, py + 105),
        )
        write(surface, ctx, number_in_words(ctx, self.number), 36, theme.INK, center=(cx, py + 160), wrap=pw - 60)
        field = layout.rect(self.field)
        pygame.draw.rect(surface, theme.WHITE, field, border_radius=layout.px(14))
        pygame.draw.rect(surface, theme.PARENT_ACCENT, field, width=layout.px(3), border_radius=layout.px(14))
        fx, fy, fw, fh = self.field
        shown = self.typed + ("|" if len(self.typed) < MAX_DIGITS else "")
        write(surface, ctx, shown, 40, theme.INK, center=(fx + fw / 2, fy + fh / 2))
        if self.message:
            write(surface, ctx, self.message, 22, theme.WARNING, center=(cx, py + 355))
        write(surface, ctx, ctx.t("parent:gate.children"), 20, theme.INK_SOFT, center=(cx, py + ph - 30))
        self.buttons.draw(surface)


SCENES = {"parent-gate": ParentGateScene}


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    yield TourShot("parent-gate", ParentGateScene, settle=0.2)
