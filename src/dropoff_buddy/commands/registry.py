"""Finds the command-line sub-commands.

Each module in ``dropoff_buddy.commands`` may define ``add_parser(subparsers)``, which adds one
sub-command whose parser sets ``func`` (``args -> exit status``). A new command is a new module.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from typing import Any


def add_command_parsers(subparsers: argparse._SubParsersAction[Any]) -> None:
    import dropoff_buddy.commands as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda info: info.name):
        if info.name == "registry":
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        add_parser = getattr(module, "add_parser", None)
        if add_parser is not None:
            add_parser(subparsers)
