"""The one place raw pygame events become actions.

Mouse (every button), touch (FINGER events) and keyboard become ``Action`` values in layout
units. Rules, from DESIGN §1:

- Activation fires on *release* (``TAP``), never on press; ``PRESS`` is offered only so a
  scene can show and sound something at once.
- Any mouse button counts (the scroll wheel is not a button). A touch counts once: the
  mouse events SDL synthesises from touches are dropped.
- Holding still emits ``HOLD`` every tick with the time held; moving further than
  ``DRAG_THRESHOLD`` turns the gesture into ``DRAG`` / ``DRAG_END`` and it is no longer a tap.
- Space and Enter activate the focused thing (on key release); arrows and Tab move focus.
- Esc becomes ``BACK``; the window's close button becomes ``QUIT_REQUEST``. Whether either
  does anything is for the app and the scene to decide (kid screens ignore both).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field

import pygame

from dropoff_buddy.ui.layout import Layout

DRAG_THRESHOLD = 24.0  # layout units a pointer may wander and still count as a tap
WHEEL_BUTTONS = (4, 5)  # SDL reports the scroll wheel as buttons 4 and 5
MOUSE_POINTER = -1  # pointer id used for the mouse; fingers use their SDL finger id

ACTIVATE_KEYS = (pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER)


class ActionKind(enum.Enum):
    PRESS = "press"  # a pointer went down, or an activation key went down (pos is None)
    TAP = "tap"  # a pointer went up near where it went down: "do it"
    HOLD = "hold"  # a pointer is held still; `held` seconds so far
    RELEASE = "release"  # a pointer went up (after any TAP / DRAG_END of the same gesture)
    DRAG = "drag"  # a pointer moved while down; `delta` since the last DRAG
    DRAG_END = "drag_end"
    ACTIVATE = "activate"  # Space / Enter released: activate the focused thing
    FOCUS = "focus"  # move the visible focus: `direction` is next, prev, up, down, left, right
    BACK = "back"  # Esc
    KEY = "key"  # any other key went down (for text fields and key mashing)
    TEXT = "text"  # text typed (already composed by the input method)
    COMPOSE = "compose"  # text an input method is still composing (not typed yet); `text` is all of it
    DROP_FILE = "drop_file"  # a file was dropped on the window
    QUIT_REQUEST = "quit_request"  # the window's close button or the OS asked to quit
    RESIZE = "resize"  # the window changed size


@dataclass(frozen=True)
class Action:
    """One thing the player did, in layout units."""

    kind: ActionKind
    pos: tuple[float, float] | None = None
    pointer: int = MOUSE_POINTER
    held: float = 0.0
    delta: tuple[float, float] = (0.0, 0.0)
    start: tuple[float, float] | None = None
    direction: str = ""
    key: int = 0
    mod: int = 0
    text: str = ""
    path: str = ""


@dataclass
class _Pointer:
    start: tuple[float, float]
    pos: tuple[float, float]
    held: float = 0.0
    dragging: bool = False


@dataclass
class InputTranslator:
    """Turns pygame events into actions. Call ``translate`` with each frame's events, then ``tick``."""

    layout: Layout
    _pointers: dict[int, _Pointer] = field(default_factory=dict)
    _keys_down: set[int] = field(default_factory=set)

    @property
    def busy(self) -> bool:
        """True while a pointer or activation key is down (the app keeps ticking for HOLD)."""
        return bool(self._pointers) or bool(self._keys_down)

    def reset(self) -> None:
        """Forget pointers and keys that are down (e.g. when the window loses focus)."""
        self._pointers.clear()
        self._keys_down.clear()

    def translate(self, events: Iterable[pygame.event.Event]) -> list[Action]:
        actions: list[Action] = []
        for event in events:
            actions.extend(self._translate_one(event))
        return actions

    def tick(self, dt: float) -> list[Action]:
        """Advance held pointers by ``dt`` seconds; emits ``HOLD`` for each pointer held still."""
        actions = []
        for pointer_id, pointer in self._pointers.items():
            pointer.held += dt
            if not pointer.dragging:
                actions.append(Action(ActionKind.HOLD, pointer.pos, pointer_id, held=pointer.held, start=pointer.start))
        return actions

    # -- events -----------------------------------------------------------------------------

    def _translate_one(self, event: pygame.event.Event) -> list[Action]:
        kind = event.type
        if kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION):
            return self._mouse(event)
        if kind in (pygame.FINGERDOWN, pygame.FINGERUP, pygame.FINGERMOTION):
            return self._finger(event)
        if kind == pygame.KEYDOWN:
            return self._key_down(event)
        if kind == pygame.KEYUP:
            return self._key_up(event)
        if kind == pygame.WINDOWFOCUSLOST:
            self.reset()
            return []
        return self._other(event)

    def _mouse(self, event: pygame.event.Event) -> list[Action]:
        if getattr(event, "touch", False):
            return []  # SDL's copy of a touch: the FINGER event already counted
        pos = self.layout.to_layout(*event.pos)
        if event.type == pygame.MOUSEMOTION:
            return self._move(MOUSE_POINTER, pos)
        if event.button in WHEEL_BUTTONS:
            return []
        if event.type == pygame.MOUSEBUTTONDOWN:
            return self._down(MOUSE_POINTER, pos)
        return self._up(MOUSE_POINTER, pos)

    def _finger(self, event: pygame.event.Event) -> list[Action]:
        pos = self.layout.to_layout(event.x * self.layout.pixel_width, event.y * self.layout.pixel_height)
        pointer_id = int(event.finger_id)
        if event.type == pygame.FINGERDOWN:
            return self._down(pointer_id, pos)
        if event.type == pygame.FINGERUP:
            return self._up(pointer_id, pos)
        return self._move(pointer_id, pos)

    @staticmethod
    def _other(event: pygame.event.Event) -> list[Action]:
        """Typing, a dropped file, the window closing or changing size; nothing for other events."""
        kind = event.type
        if kind == pygame.TEXTINPUT:
            return [Action(ActionKind.TEXT, text=event.text)]
        if kind == pygame.TEXTEDITING:
            return [Action(ActionKind.COMPOSE, text=str(getattr(event, "text", "")))]
        if kind == pygame.DROPFILE:
            return [Action(ActionKind.DROP_FILE, path=str(event.file))]
        if kind in (pygame.QUIT, pygame.WINDOWCLOSE):
            return [Action(ActionKind.QUIT_REQUEST)]
        if kind == pygame.WINDOWSIZECHANGED:
            return [Action(ActionKind.RESIZE)]
        return []

    def _down(self, pointer_id: int, pos: tuple[float, float]) -> list[Action]:
        self._pointers[pointer_id] = _Pointer(start=pos, pos=pos)
        return [Action(ActionKind.PRESS, pos, pointer_id, start=pos)]

    def _move(self, pointer_id: int, pos: tuple[float, float]) -> list[Action]:
        pointer = self._pointers.get(pointer_id)
        if pointer is None:
            return []
        delta = (pos[0] - pointer.pos[0], pos[1] - pointer.pos[1])
        pointer.pos = pos
        if not pointer.dragging:
            moved = ((pos[0] - pointer.start[0]) ** 2 + (pos[1] - pointer.start[1]) ** 2) ** 0.5
            if moved <= DRAG_THRESHOLD:
                return []
            pointer.dragging = True
            delta = (pos[0] - pointer.start[0], pos[1] - pointer.start[1])
        return [Action(ActionKind.DRAG, pos, pointer_id, held=pointer.held, delta=delta, start=pointer.start)]

    def _up(self, pointer_id: int, pos: tuple[float, float]) -> list[Action]:
        pointer = self._pointers.pop(pointer_id, None)
        if pointer is None:
            return []  # a release whose press we never saw (e.g. it began outside the window)
        if pointer.dragging:
            first = Action(ActionKind.DRAG_END, pos, pointer_id, held=pointer.held, start=pointer.start)
        else:
            first = Action(ActionKind.TAP, pos, pointer_id, held=pointer.held, start=pointer.start)
        return [first, Action(ActionKind.RELEASE, pos, pointer_id, held=pointer.held, start=pointer.start)]

    def _key_down(self, event: pygame.event.Event) -> list[Action]:
        key, mod = int(event.key), int(event.mod)
        if key in ACTIVATE_KEYS:
            if key in self._keys_down:
                return []  # auto-repeat: one press is one press
            self._keys_down.add(key)
            return [Action(ActionKind.PRESS, None, key=key, mod=mod)]
        if key == pygame.K_ESCAPE:
            return [Action(ActionKind.BACK, key=key, mod=mod)]
        if key == pygame.K_TAB:
            direction = "prev" if mod & pygame.KMOD_SHIFT else "next"
            return [Action(ActionKind.FOCUS, direction=direction, key=key, mod=mod)]
        arrows = {pygame.K_UP: "up", pygame.K_DOWN: "down", pygame.K_LEFT: "left", pygame.K_RIGHT: "right"}
        if key in arrows:
            return [
                Action(ActionKind.FOCUS, direction=arrows[key], key=key, mod=mod),
                Action(ActionKind.KEY, key=key, mod=mod),
            ]
        return [Action(ActionKind.KEY, key=key, mod=mod, text=getattr(event, "unicode", "") or "")]

    def _key_up(self, event: pygame.event.Event) -> list[Action]:
        key = int(event.key)
        if key in ACTIVATE_KEYS and key in self._keys_down:
            self._keys_down.discard(key)
            return [Action(ActionKind.ACTIVATE, key=key, mod=int(event.mod))]
        return []
