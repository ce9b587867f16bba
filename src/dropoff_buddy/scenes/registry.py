"""Finds the game's screens.

Each module in ``dropoff_buddy.scenes`` may define, at module level and never mutated:

- ``SCENES``: a mapping of scene name → factory (``ctx -> Scene``), e.g. ``{"breathe": BreatheScene}``;
- ``PARENT_PAGES``: a sequence of ``ParentPage`` entries the parent area lists;
- ``tour_screens(ctx)``: yields ``TourShot`` values, one per screen the tour renders.

The modules are the ones ``dropoff_buddy.modules.SCENE_MODULES`` names (one list for source
and frozen builds alike; a test keeps it in step with the folder).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from fnmatch import fnmatchcase
from types import ModuleType
from typing import TYPE_CHECKING

from dropoff_buddy.scene import Scene, SceneFactory

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext


@dataclass(frozen=True)
class TourShot:
    """One screen for ``dropoff-buddy tour``: its file name, how to make it, how long to settle.

    ``prepare`` runs after the scene has entered (e.g. to turn to a page) and before time passes.
    """

    name: str
    make: Callable[[GameContext], Scene]
    settle: float = 1.2
    prepare: Callable[[Scene], None] | None = None


@dataclass(frozen=True)
class ParentPage:
    """A page of the parent area: the scene name to open, its button label, and its order."""

    scene: str
    label: str
    order: int = 100
    icon: str = ""


TourProvider = Callable[["GameContext"], Iterable[TourShot]]


def scene_modules() -> list[ModuleType]:
    """Every scene module ``dropoff_buddy.modules`` lists, imported, in its order."""
    from dropoff_buddy.modules import scene_module_names

    return [importlib.import_module(name) for name in scene_module_names()]


def collect_scene_factories() -> dict[str, SceneFactory]:
    factories: dict[str, SceneFactory] = {}
    for module in scene_modules():
        scenes: Mapping[str, SceneFactory] = getattr(module, "SCENES", {})
        for name, factory in scenes.items():
            if name in factories:
                raise RuntimeError(f"two scenes are called {name!r} (second one in {module.__name__})")
            factories[name] = factory
    return factories


def collect_scene_lines() -> dict[str, tuple[str, ...]]:
    """Each scene's ``says``: the key patterns of the lines it says (``Scene.says``), by scene name."""
    found: dict[str, tuple[str, ...]] = {}
    for name, factory in collect_scene_factories().items():
        says = getattr(factory, "says", ())
        if says:
            found[name] = tuple(says)
    return found


def scenes_saying(key: str, scene_lines: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The scenes whose ``says`` patterns match line ``key``, in name order."""
    return sorted(name for name, patterns in scene_lines.items() if any(fnmatchcase(key, p) for p in patterns))


def collect_tour_providers() -> list[TourProvider]:
    providers: list[TourProvider] = []
    for module in scene_modules():
        provider = getattr(module, "tour_screens", None)
        if provider is not None:
            providers.append(provider)
    return providers


def collect_parent_pages() -> list[ParentPage]:
    pages: list[ParentPage] = []
    for module in scene_modules():
        pages.extend(getattr(module, "PARENT_PAGES", ()))
    return sorted(pages, key=lambda page: (page.order, page.label))
