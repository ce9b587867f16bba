"""The one list of modules the game finds by name: its screens and its sub-commands.

A frozen build (the app bundle) has no package folder to scan, so the game does not look for
modules on disk: it imports exactly the modules named here, in this order, from source and
frozen alike. Adding a screen or a command means adding its module here too;
``tests/test_module_lists.py`` fails until the list and the folders agree (every module that
defines ``SCENES``, ``PARENT_PAGES`` or ``tour_screens`` is listed here, every command module
with ``add_options`` is listed, and every listed module exists and defines what it should).

Scene modules are named relative to ``dropoff_buddy`` (``"parts.my_day"``,
``"parent.pages.settings"``); command modules relative to ``dropoff_buddy.commands``.
"""

from __future__ import annotations

from typing import Final

#: The packages scene modules live in: the child's parts and the parent's pages.
SCENE_PACKAGES: Final = ("dropoff_buddy.parts", "dropoff_buddy.parent.pages")
COMMANDS_PACKAGE: Final = "dropoff_buddy.commands"

# Scene modules (relative to dropoff_buddy) that define SCENES, PARENT_PAGES and/or tour_screens.
# The tour renders screens in this order.
SCENE_MODULES: Final[tuple[str, ...]] = (
    "parts.breathe",
    "parts.buddy_maker",
    "parts.evening",
    "parts.feelings",
    "parts.flow",
    "parts.home",
    "parts.my_day",
    "parent.pages.children",
    "parent.pages.data",
    "parent.pages.gate",
    "parent.pages.history",
    "parent.pages.home",
    "parent.pages.people",
    "parent.pages.photo",
    "parent.pages.photo_browser",
    "parent.pages.print",
    "parent.pages.print_about",
    "parent.pages.settings",
    "parent.pages.setup",
    "parent.pages.stories",
    "parent.pages.story_preview",
    "parent.pages.story_voice",
    "parent.pages.tips",
    "parent.pages.voice",
    "parts.ritual",
    "parts.shelf",
    "parts.stickers",
    "parts.story",
)

# Modules of dropoff_buddy.commands (NAME, HELP, DESCRIPTION, add_options, run); `--help` lists them in this order.
COMMAND_MODULES: Final[tuple[str, ...]] = (
    "check",
    "doctor",
    "import_photo",
    "lines",
    "poses",
    "print",
    "tour",
)


def scene_module_names() -> list[str]:
    """Full dotted names of the scene modules, in order."""
    return [f"dropoff_buddy.{name}" for name in SCENE_MODULES]


def command_module_names() -> list[str]:
    """Full dotted names of the command modules, in order."""
    return [f"{COMMANDS_PACKAGE}.{name}" for name in COMMAND_MODULES]
