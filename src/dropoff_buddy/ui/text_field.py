"""A one-line text field for the parent screens: names of the child, grown-ups, teacher and buddy.

Typing comes from the operating system's text input (``TEXT`` actions, so accents, dead keys
and input methods for Chinese or Japanese all work); while an input method is still composing,
``COMPOSE`` actions show the unfinished text underlined at the caret. Editing keys arrive as
``KEY`` actions: Left/Right, Home/End, Backspace/Delete, Ctrl+V (paste), Ctrl+C (copy).

Anything that cannot go in a name is refused with a kind message under the field, and the rest
is kept: emoji, letters no font on this computer can draw, and text past ``max_length``.
"""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.storage.models import NAME_MAX_LENGTH
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike, contains, inflate
from dropoff_buddy.ui.widgets import write

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext

BLINK_SECONDS = 0.5  # caret shown 0.5 s, hidden 0.5 s: 1 blink a second, well under 3 a second
MESSAGE_SECONDS = 6.0
TEXT_SIZE = 30.0
PADDING = 18.0

# The field's kind messages are the screens' words (``screens:text_field.*``), in the family's language.
EMOJI_MESSAGE = "screens:text_field.emoji"
PASTE_EMPTY_MESSAGE = "screens:text_field.paste_empty"
LENGTH_MESSAGE = "screens:text_field.too_long"  # $count: the most letters a name has
NO_FONT_MESSAGE = "screens:text_field.no_font"  # $count: how many letters could not be shown


# Code point ranges that are emoji or pictographs (plus the joiners and selectors that build them).
_EMOJI_RANGES = (
    (0x1F000, 0x1FAFF),  # mahjong, cards, enclosed, pictographs, emoticons, transport, symbols
    (0x2600, 0x27BF),  # miscellaneous symbols and dingbats
    (0x2B00, 0x2BFF),  # arrows and stars used as emoji
    (0x1F1E6, 0x1F1FF),  # regional indicators (flags)
    (0xFE00, 0xFE0F),  # variation selectors
    (0xE0020, 0xE007F),  # tag characters (subdivision flags)
    (0x200D, 0x200D),  # zero-width joiner
    (0x20E3, 0x20E3),  # combining keycap
    (0x2190, 0x21FF),  # arrows
    (0x2300, 0x23FF),  # technical symbols (watch, hourglass...)
)


def is_emoji(char: str) -> bool:
    """True for emoji, pictographs and the invisible characters that glue emoji together."""
    code = ord(char)
    return any(low <= code <= high for low, high in _EMOJI_RANGES)


def read_clipboard() -> str:
    """The text on the system clipboard, or "" when there is none or it can't be read."""
    try:
        text = pygame.scrap.get_text()
    except (pygame.error, AttributeError, NotImplementedError):
        return ""
    return text if isinstance(text, str) else ""


def write_clipboard(text: str) -> None:
    # Copying is a convenience; without a clipboard nothing is lost.
    with contextlib.suppress(pygame.error, AttributeError, NotImplementedError):
        pygame.scrap.put_text(text)


class TextField:
    """One line of editable text with a blinking caret, drawn in the parent screens' style.

    The scene offers every action to ``handle`` first (it returns True when the field used it),
    calls ``update(dt)`` and ``draw(surface)``. ``on_submit`` runs when Enter is pressed in it.
    ``clipboard`` reads the clipboard (the system one unless a test passes another).
    """

    def __init__(
        self,
        ctx: GameContext,
        rect: RectLike,
        text: str = "",
        *,
        placeholder: str = "",
        max_length: int = NAME_MAX_LENGTH,
        name: str = "",
        on_submit: Callable[[], None] | None = None,
        on_change: Callable[[], None] | None = None,
        clipboard: Callable[[], str] = read_clipboard,
    ) -> None:
        self.ctx = ctx
        self.rect = rect
        self.max_length = max_length
        self.text = ""
        self.placeholder = placeholder
        self.name = name
        self.on_submit = on_submit
        self.on_change = on_change
        self.clipboard = clipboard
        self.caret = 0
        self.active = False
        self.composing = ""
        self.message = ""
        self.message_time = 0.0
        self.blink_time = 0.0
        self.set_text(text)

    # -- the text ------------------------------------------------------------------------------

    @property
    def value(self) -> str:
        """The text as it will be saved: runs of spaces made one, no spaces at the ends."""
        return " ".join(self.text.split())

    def set_text(self, text: str) -> None:
        """Replace the text (no messages); the caret goes to the end."""
        self.text = unicodedata.normalize("NFC", text)[: self.max_length]
        self.caret = len(self.text)
        self.composing = ""

    def say(self, message: str) -> None:
        """Show a kind message under the field for a few seconds."""
        self.message = message
        self.message_time = MESSAGE_SECONDS

    def insert(self, typed: str) -> None:
        """Put ``typed`` in at the caret, leaving out what can't go in a name (and saying why)."""
        typed = unicodedata.normalize("NFC", typed)
        typed = "".join(" " if char in "\t\n\r" else char for char in typed)
        typed = "".join(char for char in typed if unicodedata.category(char) not in ("Cc", "Cs", "Co"))
        messages: list[str] = []
        if any(is_emoji(char) for char in typed):
            typed = "".join(char for char in typed if not is_emoji(char))
            messages.append(self.ctx.t(EMOJI_MESSAGE))
        missing = self.ctx.fonts.missing_characters(typed)
        if missing:
            typed = "".join(char for char in typed if char not in missing)
            # The letters themselves are not repeated: no font here could show them.
            messages.append(self.ctx.t(NO_FONT_MESSAGE, count=len(missing)))
        room = self.max_length - len(self.text)
        if len(typed) > room:
            typed = typed[: max(0, room)]
            messages.append(self.ctx.t(LENGTH_MESSAGE, count=self.max_length))
        if typed:
            self.text = self.text[: self.caret] + typed + self.text[self.caret :]
            self.caret += len(typed)
            self._changed()
        if messages:
            self.say(" ".join(messages))
        elif typed:
            self.message = ""

    def paste(self) -> None:
        pasted = self.clipboard()
        if not pasted.strip():
            self.say(self.ctx.t(PASTE_EMPTY_MESSAGE))
            return
        self.insert(" ".join(pasted.split()))

    def _changed(self) -> None:
        self.blink_time = 0.0
        if self.on_change is not None:
            self.on_change()

    # -- focus ---------------------------------------------------------------------------------

    def focus(self) -> None:
        """Start editing: the caret shows and typing goes here."""
        if self.active:
            return
        self.active = True
        self.blink_time = 0.0
        self.caret = len(self.text)
        try:
            pygame.key.start_text_input()
            pygame.key.set_text_input_rect(self.ctx.layout.rect(self.rect))  # input-method window beside us
        except pygame.error:
            pass
        # stop_text_input is deliberately not called on blur: SDL has text input on by default on
        # desktops, and the parent gate reads the typed digits from it.

    def blur(self) -> None:
        self.active = False
        self.composing = ""

    # -- input ---------------------------------------------------------------------------------

    def hit(self, pos: tuple[float, float]) -> bool:
        return contains(inflate(self.rect, 6), pos)

    def handle(self, action: Action) -> bool:
        """Use ``action`` if it is for this field; True when used (the scene then ignores it)."""
        kind = action.kind
        if kind in (ActionKind.PRESS, ActionKind.TAP) and action.pos is not None:
            return self._pointer(kind, action.pos)
        if not self.active:
            return False
        if kind is ActionKind.TEXT:
            self.composing = ""
            self.insert(action.text)
            return True
        if kind is ActionKind.COMPOSE:
            self.composing = action.text
            return True
        if kind in (ActionKind.PRESS, ActionKind.ACTIVATE):
            # Space is typed (it arrives as TEXT too); Enter means "done with this field".
            enter = kind is ActionKind.ACTIVATE and action.key in (pygame.K_RETURN, pygame.K_KP_ENTER)
            if enter and self.on_submit is not None:
                self.on_submit()
            return True
        if kind is ActionKind.FOCUS:
            if action.direction in ("left", "right"):
                return True  # the KEY action that comes with it moves the caret
            self.blur()
            return False
        if kind is ActionKind.KEY:
            self._edit_key(action)
            return True
        return False

    def _pointer(self, kind: ActionKind, pos: tuple[float, float]) -> bool:
        """A press or tap: on the field it chooses it (a tap places the caret); elsewhere a tap leaves it."""
        if self.hit(pos):
            if kind is ActionKind.TAP:
                self.focus()
                self.caret = self._caret_at(pos[0])
                self.blink_time = 0.0
            return True
        if kind is ActionKind.TAP:
            self.blur()
        return False

    def _edit_key(self, action: Action) -> None:
        key = action.key
        command = action.mod & (pygame.KMOD_CTRL | pygame.KMOD_META | pygame.KMOD_GUI)
        if command and key == pygame.K_v:
            self.paste()
        elif command and key == pygame.K_c:
            write_clipboard(self.text)
        elif key == pygame.K_LEFT:
            self.caret = max(0, self.caret - 1)
        elif key == pygame.K_RIGHT:
            self.caret = min(len(self.text), self.caret + 1)
        elif key == pygame.K_HOME:
            self.caret = 0
        elif key == pygame.K_END:
            self.caret = len(self.text)
        elif key == pygame.K_BACKSPACE and self.caret > 0:
            self.text = self.text[: self.caret - 1] + self.text[self.caret :]
            self.caret -= 1
            self.message = ""
            self._changed()
        elif key == pygame.K_DELETE and self.caret < len(self.text):
            self.text = self.text[: self.caret] + self.text[self.caret + 1 :]
            self.message = ""
            self._changed()
        self.blink_time = 0.0

    # -- time and drawing ------------------------------------------------------------------------

    @property
    def caret_visible(self) -> bool:
        if not self.active:
            return False
        if self.ctx.reduced_motion:
            return True
        return int(self.blink_time / BLINK_SECONDS) % 2 == 0

    def update(self, dt: float) -> bool:
        changed = False
        if self.message_time > 0:
            self.message_time -= dt
            if self.message_time <= 0:
                self.message = ""
                changed = True
        if self.active:
            before = self.caret_visible
            self.blink_time += dt
            changed = changed or before != self.caret_visible
        return changed

    def _font(self) -> pygame.font.Font:
        font = self.ctx.fonts.for_text(self.ctx.layout.px(TEXT_SIZE), self.text + self.composing)
        font.align = pygame.FONT_LEFT
        return font

    def _caret_at(self, x: float) -> int:
        """The caret index nearest layout x."""
        font = self._font()
        layout = self.ctx.layout
        target = layout.px(x - self.rect[0] - PADDING) + self._scroll_px(font)
        best, best_distance = 0, abs(target)
        for index in range(1, len(self.text) + 1):
            distance = abs(font.size(self.text[:index])[0] - target)
            if distance < best_distance:
                best, best_distance = index, distance
        return best

    def _scroll_px(self, font: pygame.font.Font) -> int:
        inner = self.ctx.layout.px(self.rect[2] - 2 * PADDING)
        caret_x = font.size(self.text[: self.caret] + self.composing)[0]
        return max(0, caret_x - inner)

    def draw(self, surface: pygame.Surface) -> None:
        layout = self.ctx.layout
        box = layout.rect(self.rect)
        radius = layout.px(14)
        pygame.draw.rect(surface, theme.WHITE, box, border_radius=radius)
        edge = theme.PARENT_ACCENT if self.active else (188, 198, 212)
        pygame.draw.rect(surface, edge, box, width=layout.px(4 if self.active else 2), border_radius=radius)
        font = self._font()
        pad = layout.px(PADDING)
        inner = box.inflate(-2 * pad, 0)
        scroll = self._scroll_px(font)
        clip = surface.get_clip()
        surface.set_clip(inner.clip(clip) if clip else inner)
        shown = self.text[: self.caret] + self.composing + self.text[self.caret :]
        if shown:
            image = font.render(shown, True, theme.INK)
            surface.blit(image, image.get_rect(midleft=(inner.left - scroll, inner.centery)))
        elif self.placeholder:
            image = font.render(self.placeholder, True, (160, 168, 180))
            surface.blit(image, image.get_rect(midleft=(inner.left, inner.centery)))
        caret_x = inner.left - scroll + font.size(self.text[: self.caret])[0]
        if self.composing:
            width = font.size(self.composing)[0]
            y = inner.centery + font.get_height() // 2 - layout.px(2)
            pygame.draw.line(surface, theme.PARENT_ACCENT, (caret_x, y), (caret_x + width, y), layout.px(3))
            caret_x += width
        if self.caret_visible:
            half = round(font.get_height() * 0.45)
            pygame.draw.line(
                surface,
                theme.INK,
                (caret_x, inner.centery - half),
                (caret_x, inner.centery + half),
                max(2, layout.px(3)),
            )
        surface.set_clip(clip)
        self._draw_counter_and_message(surface)

    def _draw_counter_and_message(self, surface: pygame.Surface) -> None:
        x, y, w, h = self.rect
        if self.active and len(self.text) >= self.max_length - 6:
            write(
                surface,
                self.ctx,
                f"{len(self.text)} / {self.max_length}",
                18,
                theme.INK_SOFT if len(self.text) < self.max_length else theme.WARNING,
                at=(x + w - 80, y + h + 8),
            )
        if self.message:
            write(surface, self.ctx, self.message, 20, theme.WARNING, at=(x + 4, y + h + 8), wrap=max(200, w - 100))
