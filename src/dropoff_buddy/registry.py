"""Finds the game's screens.

Each scene module (the child's parts in ``dropoff_buddy.parts``, the parent's pages in
``dropoff_buddy.parent.pages``) may define, at module level and never mutated:

- ``SCENES``: a mapping of scene name → factory (``ctx -> Scene``), e.g. ``{"breathe": BreatheScene}``;
- ``PARENT_PAGES``: a sequence of ``ParentPage`` entries the parent area lists;
- ``tour_screens(ctx)``: yields ``TourShot`` values, one per screen the tour renders.

The modules are the ones ``dropoff_buddy.modules.SCENE_MODULES`` names (one list for source
and frozen builds alike; a test keeps it in step with the folders). A module holds one scene,
named after the module (``parts/my_day.py`` is ``"my-day"``; a parent page gets ``parent-`` in
front: ``parent/pages/settings.py`` is ``"parent-settings"``), so the game knows every scene from
the list alone and imports a scene's module only when the scene is first opened
(``SceneRegistry``). That keeps start-up quick: home is on screen before the other parts load.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
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


#: Scenes in this package are the parent's pages: their names start with ``parent-``.
PARENT_PACKAGE = "dropoff_buddy.parent.pages"


def scene_name(module: str) -> str:
    """The scene a module holds, by the naming rule: ``…parts.my_day`` → ``my-day``, parent pages ``parent-…``."""
    package, _, name = module.rpartition(".")
    return ("parent-" if package == PARENT_PACKAGE else "") + name.replace("_", "-")


def scene_module_map() -> dict[str, str]:
    """Every scene's name → the module that holds it, from the module list alone (nothing is imported)."""
    from dropoff_buddy.modules import scene_module_names

    return {scene_name(module): module for module in scene_module_names()}


def scene_modules() -> list[ModuleType]:
    """Every scene module ``dropoff_buddy.modules`` lists, imported, in its order."""
    return [importlib.import_module(module) for module in scene_module_map().values()]


class SceneRegistry(MutableMapping[str, "SceneFactory"]):
    """Scene factories by name. Asking whether a scene exists imports nothing; making it imports its module."""

    def __init__(self, modules: Mapping[str, str]) -> None:
        self._modules = dict(modules)  # scene name → module, not imported yet
        self._factories: dict[str, SceneFactory] = {}

    def __getitem__(self, name: str) -> SceneFactory:
        factory = self._factories.get(name)
        if factory is not None:
            return factory
        module_name = self._modules[name]
        scenes: Mapping[str, SceneFactory] = getattr(importlib.import_module(module_name), "SCENES", {})
        if name not in scenes:
            raise LookupError(
                f"{module_name} must define SCENES = {{{name!r}: ...}} (a module holds the scene named after it)"
            )
        self._factories[name] = scenes[name]
        return scenes[name]

    def __setitem__(self, name: str, factory: SceneFactory) -> None:
        self._factories[name] = factory

    def __delitem__(self, name: str) -> None:
        if name not in self:
            raise KeyError(name)
        self._factories.pop(name, None)
        self._modules.pop(name, None)

    def __contains__(self, name: object) -> bool:
        return name in self._factories or name in self._modules

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys([*self._modules, *self._factories]))

    def __len__(self) -> int:
        return len(set(self._modules) | set(self._factories))


def lazy_scene_factories() -> SceneRegistry:
    """What the game plays with: every scene known, none imported until it is opened."""
    return SceneRegistry(scene_module_map())


def collect_scene_factories() -> dict[str, SceneFactory]:
    """Every scene, its module imported now; a module whose scenes break the naming rule is an error."""
    factories: dict[str, SceneFactory] = {}
    for name, module_name in scene_module_map().items():
        scenes: Mapping[str, SceneFactory] = getattr(importlib.import_module(module_name), "SCENES", {})
        if set(scenes) != {name}:
            raise RuntimeError(
                f"{module_name} defines the scenes {sorted(scenes)}; it must define exactly {name!r}, the scene "
                "named after the module, so the game can find it without importing every part"
            )
        factories[name] = scenes[name]
    return factories


#: In a ``says`` pattern, stands for each story's file name (``"{story}:*"``: every line of every story).
STORY_SLOT = "{story}"


def expand_says(patterns: Iterable[str], stories: Iterable[str]) -> tuple[str, ...]:
    """``patterns`` with ``{story}`` made into one pattern per story id (``stories``)."""
    story_ids = list(stories)
    found: list[str] = []
    for pattern in patterns:
        if STORY_SLOT in pattern:
            found.extend(pattern.replace(STORY_SLOT, story) for story in story_ids)
        else:
            found.append(pattern)
    return tuple(found)


def collect_scene_lines(stories: Iterable[str] = ()) -> dict[str, tuple[str, ...]]:
    """Each scene's ``says``: the key patterns of the lines it says (``Scene.says``), by scene name;
    ``{story}`` in a pattern stands for each of ``stories`` (the story ids, ``content.stories``)."""
    story_ids = list(stories)
    found: dict[str, tuple[str, ...]] = {}
    for name, factory in collect_scene_factories().items():
        says = expand_says(getattr(factory, "says", ()), story_ids)
        if says:
            found[name] = says
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
