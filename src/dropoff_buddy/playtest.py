"""A scripted player for tests, benchmarks and random play.

``Player`` drives the real app the way a person does: it makes the same pygame events a
mouse, a finger or a keyboard makes, and hands them to ``App.step`` with simulated time.
Nothing a user touches is mocked. Positions are in layout units.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pygame

from dropoff_buddy.app import App, build_context
from dropoff_buddy.content.registry import Content
from dropoff_buddy.context import GameContext
from dropoff_buddy.scene import Scene
from dropoff_buddy.ui.widgets import Button, ButtonGroup

FRAME = 1 / 60


class NetworkSocketOpened(AssertionError):
    """Something tried to open a network socket: Dropoff Buddy never touches the network."""


@contextlib.contextmanager
def no_network_sockets() -> Iterator[list[str]]:
    """While inside, opening any socket but a local (AF_UNIX) one raises ``NetworkSocketOpened``.

    Yields the list of attempts (``"AF_INET SOCK_STREAM"``...), so a caller that let the error be
    swallowed by a broad ``except`` can still fail afterwards. Local sockets stay allowed: the
    sound system and the X11 display may use them. Sockets made by C libraries without Python
    are not seen; the ones Python code makes always are.
    """
    attempts: list[str] = []
    real_init = socket.socket.__init__

    def guarded(self: socket.socket, family: int = -1, type: int = -1, proto: int = -1, fileno: Any = None) -> None:
        unix = getattr(socket, "AF_UNIX", None)
        if fileno is None and (family == -1 or family != unix):
            kind = socket.AddressFamily(socket.AF_INET if family == -1 else family).name
            attempts.append(f"{kind} {type}")
            raise NetworkSocketOpened(f"a {kind} socket was opened; Dropoff Buddy never uses the network")
        real_init(self, family, type, proto, fileno)

    socket.socket.__init__ = guarded  # type: ignore[method-assign]
    try:
        yield attempts
    finally:
        socket.socket.__init__ = real_init  # type: ignore[method-assign]


def start_game(
    data_dir: Path,
    size: tuple[int, int] = (1280, 800),
    *,
    profile: str | None = None,
    seed: int = 1,
    content: Content | None = None,
    clock: Callable[[], dt.datetime] | None = None,
) -> Player:
    """Open a (dummy-driver) window, load the profile, show home, and return a player for it.

    ``content`` plays with other content than the shipped ``levels/`` (a test's own); ``clock``
    sets "now" before home opens (which day of the family's week it is).
    """
    pygame.init()
    screen = pygame.display.set_mode(size, pygame.RESIZABLE)
    ctx = build_context(data_dir, profile, size, seed=seed, audio=True, content=content, clock=clock)
    home = ctx.make_scene("home")
    assert home is not None
    ctx.scenes.push(home)
    app = App(ctx, screen)
    player = Player(app)
    player.frames(2)
    return player


class Player:
    """Plays the game through the input seam with simulated time."""

    #: Draw every frame that changed (as the real loop does). The test suite turns this off: then a
    #: frame is drawn when input arrived in it and at the end of each ``frames``/``wait``/``run_until``,
    #: so every state a test looks at is still drawn, without painting each frame of a long wait.
    draw_every_frame = True

    def __init__(self, app: App) -> None:
        self.app = app
        self.redraws = 0  # frames that needed drawing (whether or not they were drawn)
        self._undrawn = False

    @property
    def ctx(self) -> GameContext:
        return self.app.ctx

    @property
    def top(self) -> Scene:
        top = self.ctx.scenes.top
        assert top is not None
        return top

    # -- time ------------------------------------------------------------------------------

    def _step(self, events: list[pygame.event.Event], dt: float, *, last: bool) -> None:
        if self.app.step(events, dt):
            self.redraws += 1
            self._undrawn = True
        if self.draw_every_frame or events or last:
            self._draw_pending()

    def _draw_pending(self) -> None:
        if self._undrawn:
            self.app.render()
            self._undrawn = False

    def frames(self, count: int = 1, events: Iterable[pygame.event.Event] = (), dt: float = FRAME) -> None:
        """Run ``count`` frames; ``events`` go into the first one."""
        pending = list(events)
        for index in range(count):
            self._step(pending, dt, last=index == count - 1)
            pending = []

    def wait(self, seconds: float, dt: float = 1 / 30) -> None:
        """Let ``seconds`` of game time pass without input."""
        steps = max(1, round(seconds / dt))
        self.frames(steps, dt=dt)

    def run_until(self, condition: object, timeout: float = 120.0, dt: float = 1 / 30) -> bool:
        """Advance time until ``condition()`` is true or ``timeout`` game seconds pass."""
        assert callable(condition)
        elapsed = 0.0
        while elapsed < timeout:
            if condition():
                self._draw_pending()  # draw what the test is about to look at
                return True
            self._step([], dt, last=False)
            elapsed += dt
        self._draw_pending()
        return bool(condition())

    # -- pointer ---------------------------------------------------------------------------

    def _pixels(self, pos: tuple[float, float]) -> tuple[int, int]:
        return self.ctx.layout.point(*pos)

    def tap(self, pos: tuple[float, float], button: int = 1) -> None:
        """Press and release a mouse button at ``pos`` (layout units)."""
        pixel = self._pixels(pos)
        down = pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pixel, button=button, touch=False)
        up = pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pixel, button=button, touch=False)
        self.frames(1, [down])
        self.frames(1, [up])

    def touch(self, pos: tuple[float, float], finger: int = 1, with_synthetic_mouse: bool = True) -> None:
        """A finger tap, plus the mouse events SDL would synthesise for it (which must be ignored)."""
        layout = self.ctx.layout
        pixel = self._pixels(pos)
        x, y = pixel[0] / layout.pixel_width, pixel[1] / layout.pixel_height
        common: dict[str, Any] = {
            "touch_id": 1,
            "finger_id": finger,
            "x": x,
            "y": y,
            "dx": 0.0,
            "dy": 0.0,
            "pressure": 1.0,
        }
        down = [pygame.event.Event(pygame.FINGERDOWN, **common)]
        up = [pygame.event.Event(pygame.FINGERUP, **common)]
        if with_synthetic_mouse:
            down.append(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pixel, button=1, touch=True))
            up.append(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pixel, button=1, touch=True))
        self.frames(1, down)
        self.frames(1, up)

    def hold(self, pos: tuple[float, float], seconds: float, dt: float = 1 / 30) -> None:
        """Press at ``pos``, keep still for ``seconds``, then release."""
        pixel = self._pixels(pos)
        self.frames(1, [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pixel, button=1, touch=False)], dt=dt)
        self.wait(seconds, dt=dt)
        self.frames(1, [pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pixel, button=1, touch=False)], dt=dt)

    def drag(self, start: tuple[float, float], end: tuple[float, float], steps: int = 8) -> None:
        a, b = self._pixels(start), self._pixels(end)
        self.frames(1, [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=a, button=1, touch=False)])
        for index in range(1, steps + 1):
            point = (a[0] + (b[0] - a[0]) * index // steps, a[1] + (b[1] - a[1]) * index // steps)
            self.frames(
                1, [pygame.event.Event(pygame.MOUSEMOTION, pos=point, rel=(0, 0), buttons=(1, 0, 0), touch=False)]
            )
        self.frames(1, [pygame.event.Event(pygame.MOUSEBUTTONUP, pos=b, button=1, touch=False)])

    # -- keyboard --------------------------------------------------------------------------

    def key(self, key: int, text: str = "", mod: int = 0) -> None:
        """Press and release one key."""
        down = pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=text, scancode=0)
        up = pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode=text, scancode=0)
        events = [down]
        if text:
            events.append(pygame.event.Event(pygame.TEXTINPUT, text=text))
        self.frames(1, events)
        self.frames(1, [up])

    def type_text(self, text: str) -> None:
        for char in text:
            key = pygame.key.key_code(char) if char.isascii() and char.isalnum() else 0
            self.key(key, char)

    def space(self) -> None:
        self.key(pygame.K_SPACE, " ")

    def enter(self) -> None:
        self.key(pygame.K_RETURN, "\r")

    def close_window(self) -> None:
        self.frames(1, [pygame.event.Event(pygame.QUIT), pygame.event.Event(pygame.WINDOWCLOSE)])

    # -- finding things ----------------------------------------------------------------------

    def buttons(self) -> list[Button]:
        """Every button on the top scene (from each of its button groups)."""
        found: list[Button] = []
        for value in vars(self.top).values():
            if isinstance(value, ButtonGroup):
                found.extend(button for button in value.buttons if button.enabled)
        return found

    def button(self, name: str) -> Button:
        for button in self.buttons():
            if button.name == name:
                return button
        names = ", ".join(button.name or button.label for button in self.buttons())
        raise LookupError(f"no button {name!r} on {self.top.name}; there are: {names}")

    def tap_button(self, name: str) -> None:
        self.tap(self.button(name).center)

    def screenshot(self, path: Path) -> None:
        self.app.finish_fade()
        self.app.render()
        pygame.image.save(self.app.screen, str(path))
