"""Scenes and the scene stack.

A scene is one screen. The app gives it actions (``handle``), time (``update(dt)``) and a
surface to paint (``draw``); ``draw`` must not change anything. Scenes talk to each other
only through the stack (push / pop / replace) and the shared ``GameContext``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.input import Action

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext


class Scene:
    """Base class for screens. Override what you need; every hook has a harmless default."""

    #: Kid screens ignore Esc and the close button and show the parent button.
    kid_screen: bool = True
    #: Tour / debugging name, e.g. "home" or "parent-home".
    name: str = "scene"
    #: Set by the morning flow before it pushes a part: the part runs inside the flow (it says
    #: "go on" rather than "home", and pops itself to hand back). A part never searches the stack.
    in_flow: bool = False
    #: The lines this scene says, as key patterns (``"lines:home.*"``, ``"parts:*.door_line"``).
    #: ``dropoff-buddy lines`` reports them as ``said_in``; a test plays every kid screen and checks
    #: each key it says matches one of these, and each pattern is said.
    says: tuple[str, ...] = ()

    def __init__(self, ctx: GameContext) -> None:
        self.ctx = ctx

    def enter(self) -> None:
        """Called once when the scene becomes part of the stack."""

    def exit(self) -> None:
        """Called once when the scene leaves the stack."""

    def pause(self) -> None:
        """Called when another scene is pushed on top of this one."""

    def resume(self) -> None:
        """Called when the scene on top of this one is popped."""

    def handle(self, action: Action) -> None:
        """React to one action (already in layout units)."""

    def update(self, dt: float) -> bool:
        """Advance by ``dt`` seconds. Return True if the picture changed and must be redrawn."""
        return False

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the whole screen onto ``surface`` (real window pixels). Changes nothing."""

    def caption_top(self) -> float | None:
        """Where (layout y) the caption's top goes, or None for the usual place at the bottom.

        A portrait story puts it right under its picture, above the big buttons.
        """
        return None

    def resized(self) -> None:
        """The window changed size; ``self.ctx.layout`` is already the new one."""

    def language_changed(self) -> None:
        """The family's language changed (a parent switched it): make the labels again.

        By default as after a resize, which lays the buttons out again with their words; a scene
        that builds its words elsewhere says so here.
        """
        self.resized()


SceneFactory = Callable[["GameContext"], Scene]


class SceneStack:
    """Push / pop / replace with paired enter/exit and pause/resume hooks.

    Changes requested while a scene is handling an action take effect at once; the app
    notices the new top through ``generation`` and cross-fades to it.
    """

    def __init__(self) -> None:
        self._scenes: list[Scene] = []
        self.generation = 0  # bumps on every change so the app can start a cross-fade

    def __len__(self) -> int:
        return len(self._scenes)

    @property
    def top(self) -> Scene | None:
        return self._scenes[-1] if self._scenes else None

    @property
    def scenes(self) -> tuple[Scene, ...]:
        return tuple(self._scenes)

    def push(self, scene: Scene) -> None:
        if self._scenes:
            self._scenes[-1].pause()
        self._scenes.append(scene)
        self.generation += 1
        scene.enter()

    def pop(self) -> Scene | None:
        """Remove the top scene; the one below resumes. Popping the last scene is refused."""
        if len(self._scenes) <= 1:
            return None
        scene = self._scenes.pop()
        scene.exit()
        self.generation += 1
        self._scenes[-1].resume()
        return scene

    def replace(self, scene: Scene) -> None:
        """Swap the top scene for ``scene`` (the one below is not resumed)."""
        if self._scenes:
            self._scenes.pop().exit()
        self._scenes.append(scene)
        self.generation += 1
        scene.enter()

    def pop_to_root(self) -> None:
        """Pop every scene but the first (home); the root resumes once."""
        if len(self._scenes) <= 1:
            return
        while len(self._scenes) > 1:
            self._scenes.pop().exit()
        self.generation += 1
        self._scenes[-1].resume()

    def pop_until(self, predicate: Callable[[Scene], bool]) -> None:
        """Pop scenes until the top satisfies ``predicate`` (never pops the root)."""
        changed = False
        while len(self._scenes) > 1 and not predicate(self._scenes[-1]):
            self._scenes.pop().exit()
            changed = True
        if changed:
            self.generation += 1
            self._scenes[-1].resume()

    def clear(self) -> None:
        while self._scenes:
            self._scenes.pop().exit()
        self.generation += 1
