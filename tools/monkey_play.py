"""The soak's monkey: a seeded child who never stops, on every children's screen and the morning flow.

``run_monkey(events, seed, folder)`` plays the real app through ``App.step`` (the same seam as
``playtest.Player``) with raw pygame events, several per frame as a mashing child makes them:
presses and releases of every mouse button (the wheel too), taps repeated fast, holds, drags,
one- and two-finger touches (with the mouse events SDL copies from them), keys with and without
modifiers and with auto-repeat, text, window resizes to landscape and portrait sizes, focus loss,
exposure and the close button. It counts events, not gestures.

After every frame: no exception, no quit, the top screen is a children's screen (the grown-ups'
gate is one; what lies behind it is not), and the stack is not empty. At the input seam, every
frame's TAP actions are counted against the presses released in it: a press gives at most one tap.
"""

from __future__ import annotations

import random
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pygame

from dropoff_buddy.audio.narration import SilentVoice
from dropoff_buddy.input import ActionKind
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.registry import collect_scene_factories

KEYS = [
    *range(pygame.K_a, pygame.K_z + 1),
    *range(pygame.K_0, pygame.K_9 + 1),
    pygame.K_SPACE,
    pygame.K_RETURN,
    pygame.K_KP_ENTER,
    pygame.K_ESCAPE,
    pygame.K_TAB,
    pygame.K_BACKSPACE,
    pygame.K_DELETE,
    pygame.K_LEFT,
    pygame.K_RIGHT,
    pygame.K_UP,
    pygame.K_DOWN,
    pygame.K_HOME,
    pygame.K_END,
    pygame.K_F1,
    pygame.K_F4,
    pygame.K_F11,
    pygame.K_LGUI,
    pygame.K_LALT,
    pygame.K_LCTRL,
    pygame.K_MENU,
]
MODS = [
    0,
    0,
    0,
    pygame.KMOD_LALT,
    pygame.KMOD_LCTRL,
    pygame.KMOD_LSHIFT,
    pygame.KMOD_LGUI,
    pygame.KMOD_LCTRL | pygame.KMOD_LALT,
]
SIZES = [(1280, 800), (1024, 600), (800, 1280), (1920, 1080), (640, 480), (1366, 768), (600, 1024)]
MOUSE_BUTTONS = [1, 1, 1, 1, 2, 3, 4, 5, 6, 7]
WHEEL = (4, 5)


def kid_scene_names() -> list[str]:
    return sorted(
        name
        for name, factory in collect_scene_factories().items()
        if not name.startswith("parent") and getattr(factory, "kid_screen", True)
    )


class Monkey:
    def __init__(self, player: Player, rng: random.Random) -> None:
        self.player = player
        self.rng = rng
        self.events = 0
        self.frames = 0
        self.taps_expected = 0
        self.taps_seen = 0
        self.doubled = 0
        self.down: dict[int, tuple[int, int]] = {}  # mouse buttons held: button → where
        self.fingers: dict[int, tuple[float, float]] = {}
        self.pending: list[pygame.event.Event] = []
        self.releases_this_frame = 0
        translator = player.app.translator
        real = translator.translate

        def counting(events: Any) -> list[Any]:
            actions = real(events)
            self.taps_seen_frame = sum(1 for action in actions if action.kind is ActionKind.TAP)
            return actions

        self.taps_seen_frame = 0
        translator.translate = counting  # type: ignore[method-assign]

    # -- one frame ----------------------------------------------------------------------------

    def frame(self, dt: float | None = None) -> None:
        events, self.pending = self.pending, []
        releases, self.releases_this_frame = self.releases_this_frame, 0
        self.events += len(events)
        app = self.player.app
        if app.step(events, dt if dt is not None else self.rng.choice((1 / 60, 1 / 30, 0.05, 0.1))):
            app.render()
        self.frames += 1
        self.taps_expected += releases
        self.taps_seen += self.taps_seen_frame
        if self.taps_seen_frame > releases:
            self.doubled += self.taps_seen_frame - releases
        self.taps_seen_frame = 0

    # -- raw events ---------------------------------------------------------------------------

    def point(self) -> tuple[int, int]:
        width, height = self.player.app.screen.get_size()
        return (self.rng.randrange(width), self.rng.randrange(height))

    def mouse(self, kind: int, pos: tuple[int, int], button: int, touch: bool = False) -> None:
        self.pending.append(pygame.event.Event(kind, pos=pos, button=button, touch=touch))

    def press(self) -> None:
        button = self.rng.choice(MOUSE_BUTTONS)
        pos = self.point()
        self.mouse(pygame.MOUSEBUTTONDOWN, pos, button)
        if button not in WHEEL:
            self.down[button] = pos

    def release(self) -> None:
        if not self.down:
            return
        button = self.rng.choice(sorted(self.down))
        pos = self.down.pop(button)
        if self.rng.random() < 0.3:
            pos = (pos[0] + self.rng.randint(-8, 8), pos[1] + self.rng.randint(-8, 8))
        self.mouse(pygame.MOUSEBUTTONUP, pos, button)
        self.releases_this_frame += 1  # at most one tap may come of it (none if it became a drag)

    def move(self) -> None:
        pos = self.point() if self.rng.random() < 0.3 else None
        if pos is None and self.down:
            x, y = next(iter(self.down.values()))
            pos = (x + self.rng.randint(-60, 60), y + self.rng.randint(-60, 60))
        pos = pos or self.point()
        buttons = (int(1 in self.down), int(2 in self.down), int(3 in self.down))
        self.pending.append(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=buttons, touch=False))

    def finger(self) -> None:
        layout = self.player.ctx.layout
        finger = self.rng.randint(1, 3)
        if finger in self.fingers:
            x, y = self.fingers.pop(finger)
            kind, mouse_kind = pygame.FINGERUP, pygame.MOUSEBUTTONUP
            self.releases_this_frame += 1
        else:
            x, y = self.rng.random(), self.rng.random()
            self.fingers[finger] = (x, y)
            kind, mouse_kind = pygame.FINGERDOWN, pygame.MOUSEBUTTONDOWN
        self.pending.append(
            pygame.event.Event(kind, touch_id=1, finger_id=finger, x=x, y=y, dx=0.0, dy=0.0, pressure=1.0)
        )
        if self.rng.random() < 0.8:  # SDL's mouse copy of the touch, which must not count again
            pos = (int(x * layout.pixel_width), int(y * layout.pixel_height))
            self.mouse(mouse_kind, pos, 1, touch=True)

    def key(self) -> None:
        key = self.rng.choice(KEYS)
        mod = self.rng.choice(MODS)
        text = chr(key) if key < 128 and chr(key).isprintable() else ""
        repeats = self.rng.choice((1, 1, 1, 3))  # a held key repeats its KEYDOWN
        for _ in range(repeats):
            self.pending.append(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=text, scancode=0))
            if text:
                self.pending.append(pygame.event.Event(pygame.TEXTINPUT, text=text))
        self.pending.append(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode=text, scancode=0))

    def window(self) -> None:
        roll = self.rng.random()
        if roll < 0.4:
            size = self.rng.choice(SIZES)
            pygame.display.set_mode(size, pygame.RESIZABLE)
            self.pending.append(pygame.event.Event(pygame.WINDOWSIZECHANGED, x=size[0], y=size[1]))
        elif roll < 0.6:
            self.pending.extend([pygame.event.Event(pygame.QUIT), pygame.event.Event(pygame.WINDOWCLOSE)])
        elif roll < 0.8:
            self.pending.append(pygame.event.Event(pygame.WINDOWFOCUSLOST))
            self.down.clear()  # the translator forgets what was down; so does the count
            self.fingers.clear()
        else:
            self.pending.append(pygame.event.Event(pygame.VIDEOEXPOSE))

    # -- gestures -----------------------------------------------------------------------------

    def gesture(self) -> str:
        """One gesture, chosen by weight; returns its name."""
        roll = self.rng.random()
        for share, name, play in self.gestures:
            if roll < share:
                play()
                return name
            roll -= share
        self.wait()
        return "wait"

    @property
    def gestures(self) -> tuple[tuple[float, str, Callable[[], None]], ...]:
        return (
            (0.30, "taps", self.taps),
            (0.10, "hold", self.hold),
            (0.10, "drag", self.drag),
            (0.12, "touch", self.touches),
            (0.23, "keys", self.keys),
            (0.05, "window", self.window_event),
        )

    def taps(self) -> None:
        for _ in range(self.rng.choice((1, 1, 2, 4))):  # several presses in one frame: mashing
            self.press()
            if self.rng.random() < 0.5:
                self.release()
        self.frame()
        while self.down and self.rng.random() < 0.9:
            self.release()
        self.frame()

    def hold(self) -> None:
        self.press()
        self.frame()
        for _ in range(self.rng.randint(5, 110)):  # a hold of up to 3.7 s (the lock needs 3)
            self.frame(1 / 30)
        self.release_all()

    def drag(self) -> None:
        self.press()
        self.frame()
        for _ in range(self.rng.randint(1, 12)):
            self.move()
            self.frame()
        self.release_all()

    def release_all(self) -> None:
        while self.down:
            self.release()
        self.frame()

    def touches(self) -> None:
        for _ in range(self.rng.randint(1, 4)):
            self.finger()
        self.frame()

    def keys(self) -> None:
        for _ in range(self.rng.randint(1, 6)):
            self.key()
        self.frame()

    def window_event(self) -> None:
        self.window()
        self.frame()

    def wait(self) -> None:
        for _ in range(self.rng.randint(1, 45)):
            self.frame(self.rng.choice((1 / 30, 0.1, 0.25)))


def run_monkey(events_wanted: int, seed: int, folder: Path) -> dict[str, Any]:
    rng = random.Random(seed)
    player = start_game(folder / "data", (1024, 640), seed=seed)
    ctx = player.ctx
    ctx.narrator.voice = SilentVoice()  # captions carry the lines; synthesis is not what is soaked
    monkey = Monkey(player, rng)
    scenes = [*kid_scene_names(), "flow", "flow"]
    visits: dict[str, int] = {}
    violations: list[str] = []
    crashes: list[str] = []
    gestures: dict[str, int] = {}
    adult_screens = 0
    quits = 0
    started = time.perf_counter()
    segment = 0
    last = "start"
    while monkey.events < events_wanted and len(crashes) < 5:
        name = scenes[segment % len(scenes)]
        segment += 1
        visits[name] = visits.get(name, 0) + 1
        ctx.profile.settings.reduced_motion = rng.random() < 0.3
        try:
            ctx.scenes.pop_to_root()
            if name != "home":
                ctx.open_scene(name)
        except Exception as error:  # a scene that cannot even open is a crash too
            crashes.append(f"opening {name}: {error!r}")
            continue
        share = max(150, min(1500, events_wanted // (len(scenes) * 3)))
        budget = monkey.events + rng.randint(share // 2, share * 2)
        while monkey.events < min(budget, events_wanted):
            try:
                last = monkey.gesture()
            except Exception:
                crashes.append(
                    f"{name} after {last} (seed {seed}, event {monkey.events}):\n{traceback.format_exc()[-1500:]}"
                )
                break
            gestures[last] = gestures.get(last, 0) + 1
            top = ctx.scenes.top
            problem = _violation(ctx.quit_requested, top)
            if problem:
                violations.append(f"{name}, after {last}, event {monkey.events}: {problem}")
                if "quit" in problem:
                    quits += 1
                    ctx.quit_requested = False
                else:
                    adult_screens += 1
                ctx.scenes.pop_to_root()
                if ctx.scenes.top is None:
                    home = ctx.make_scene("home")
                    assert home is not None
                    ctx.scenes.push(home)
                break
    seconds = time.perf_counter() - started
    ctx.scenes.clear()
    pygame.quit()
    return {
        "events": monkey.events,
        "frames": monkey.frames,
        "seconds": round(seconds, 1),
        "events_per_second": round(monkey.events / seconds) if seconds else 0,
        "screens": visits,
        "gestures": gestures,
        "crashes": len(crashes),
        "exits": quits,
        "adult_screens": adult_screens,
        "taps_released": monkey.taps_expected,
        "taps_seen": monkey.taps_seen,
        "taps_counted_twice": monkey.doubled,
        "first_problems": (crashes + violations)[:5],
        "ok": not crashes and not violations and monkey.doubled == 0,
    }


def _violation(quit_requested: bool, top: Any) -> str:
    if quit_requested:
        return "the game quit"
    if top is None:
        return "the screen stack is empty"
    if not getattr(top, "kid_screen", True):
        return f"a grown-ups' screen opened ({top.name})"
    return ""
