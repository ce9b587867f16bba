"""The one list of scene and command modules (``dropoff_buddy.modules``) matches the folders.

The game imports exactly the listed modules (a frozen app bundle has no folder to scan), so a
module missing from the list would be a screen or command that silently is not there.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import pytest

from dropoff_buddy import modules
from dropoff_buddy.commands.registry import COMMAND_PARTS

SCENE_HOOKS = ("SCENES", "PARENT_PAGES", "tour_screens")


def walk(package_name: str, relative_to: str | None = None) -> dict[str, ModuleType]:
    """Every module under ``package_name`` on disk, imported, keyed by its name relative to
    ``relative_to`` (the package itself unless given)."""
    package = importlib.import_module(package_name)
    base = relative_to or package_name
    found: dict[str, ModuleType] = {}
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{package_name}."):
        module = importlib.import_module(info.name)
        found[info.name.removeprefix(f"{base}.")] = module
    return found


def test_every_scene_module_in_the_folder_is_listed_and_every_listed_one_defines_a_scene_hook() -> None:
    on_disk: dict[str, ModuleType] = {}
    for package in modules.SCENE_PACKAGES:
        on_disk.update(walk(package, "dropoff_buddy"))
    with_hooks = {name for name, module in on_disk.items() if any(hasattr(module, hook) for hook in SCENE_HOOKS)}
    listed = set(modules.SCENE_MODULES)
    assert len(listed) == len(modules.SCENE_MODULES), "a scene module is listed twice"
    missing = sorted(with_hooks - listed)
    assert not missing, f"add these to SCENE_MODULES in dropoff_buddy/modules.py: {missing}"
    absent = sorted(listed - set(on_disk))
    assert not absent, f"SCENE_MODULES lists modules that do not exist: {absent}"
    idle = sorted(listed - with_hooks)
    assert not idle, f"SCENE_MODULES lists modules that define none of {SCENE_HOOKS}: {idle}"


def test_every_command_module_in_the_folder_is_listed_and_every_listed_one_says_what_its_command_is() -> None:
    on_disk = walk(modules.COMMANDS_PACKAGE)
    commands = {name for name, module in on_disk.items() if callable(getattr(module, "add_options", None))}
    listed = set(modules.COMMAND_MODULES)
    assert len(listed) == len(modules.COMMAND_MODULES), "a command module is listed twice"
    assert not (commands - listed), f"add to COMMAND_MODULES: {sorted(commands - listed)}"
    assert not (listed - set(on_disk)), f"COMMAND_MODULES lists missing modules: {sorted(listed - set(on_disk))}"
    for name in sorted(listed):
        lacking = [part for part in COMMAND_PARTS if not hasattr(on_disk[name], part)]
        assert not lacking, f"{name} does not define {lacking} (see commands/registry.py)"


def test_the_registries_find_screens_and_commands_without_scanning_any_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a frozen build: scanning a package folder finds nothing, and everything is still there."""
    monkeypatch.setattr(pkgutil, "iter_modules", lambda *args, **kwargs: iter(()))
    monkeypatch.setattr(pkgutil, "walk_packages", lambda *args, **kwargs: iter(()))
    from dropoff_buddy.cli import build_parser
    from dropoff_buddy.registry import collect_parent_pages, collect_scene_factories, collect_tour_providers

    factories = collect_scene_factories()
    assert {"home", "breathe", "story", "ritual", "parent-home", "parent-gate", "my-day"} <= set(factories)
    assert collect_parent_pages()
    assert collect_tour_providers()
    help_text = build_parser().format_help()
    for command in ("check", "doctor", "import-photo", "tour"):
        assert command in help_text
