"""Finds the command-line sub-commands.

Each module that ``dropoff_buddy.modules.COMMAND_MODULES`` names defines ``add_parser(subparsers)``,
which adds one sub-command whose parser sets ``func`` (``args -> exit status``). A new command is a
new module plus its line in that list (a test keeps the list in step with this folder).
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any

from dropoff_buddy.modules import command_module_names


def add_command_parsers(subparsers: argparse._SubParsersAction[Any]) -> None:
    for name in command_module_names():
        module = importlib.import_module(name)
        module.add_parser(subparsers)
