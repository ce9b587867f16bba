"""The one list of modules the game finds by name: its screens and its sub-commands.

A frozen build (the app bundle) has no package folder to scan, so the game does not look for
modules on disk: it imports exactly the modules named here, in this order, from source and
frozen alike. Adding a screen or a command means adding its module here too;
``tests/test_module_lists.py`` fails until the list and the folders agree (every module that
defines ``SCENES``, ``PARENT_PAGES`` or ``tour_screens`` is listed here, every command module
with ``add_parser`` is listed, and every listed module exists and defines what it should).

Names are relative to their package and may be dotted (``"parent.settings"`` for
``dropoff_buddy.scenes.parent.settings``).
"""

from __future__ import annotations

from typing import Final

SCENES_PACKAGE: Final = "dropoff_buddy.scenes"
COMMANDS_PACKAGE: Final = "dropoff_buddy.commands"

# Modules of dropoff_buddy.scenes that define SCENES, PARENT_PAGES and/or tour_screens.
# The tour renders screens in this order.
SCENE_MODULES: Final[tuple[str, ...]] = (
    "breathe",
    "buddy_maker",
    "feelings",
    "flow",
    "home",
    "my_day",
    "parent_children",
    "parent_data",
    "parent_gate",
    "parent_history",
    "parent_home",
    "parent_people",
    "parent_photo",
    "parent_photo_browser",
    "parent_settings",
    "parent_setup",
    "parent_story_voice",
    "parent_tips",
    "parent_voice",
    "ritual",
    "stickers",
    "story",
)

# Modules of dropoff_buddy.commands that define add_parser(subparsers); `--help` lists them in this order.
COMMAND_MODULES: Final[tuple[str, ...]] = (
    "check",
    "doctor",
    "import_photo",
    "lines",
    "poses",
    "tour",
)


def scene_module_names() -> list[str]:
    """Full dotted names of the scene modules, in order."""
    return [f"{SCENES_PACKAGE}.{name}" for name in SCENE_MODULES]


def command_module_names() -> list[str]:
    """Full dotted names of the command modules, in order."""
    return [f"{COMMANDS_PACKAGE}.{name}" for name in COMMAND_MODULES]
