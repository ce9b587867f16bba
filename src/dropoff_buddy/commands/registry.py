"""Finds the command-line sub-commands and builds their parsers.

Each module that ``dropoff_buddy.modules.COMMAND_MODULES`` names says what its command is, and
this module makes the parser from that, the same way for every command:

- ``NAME``: what the family types (``dropoff-buddy NAME ...``);
- ``HELP``: one line for ``dropoff-buddy --help``; ``DESCRIPTION``: the top of ``NAME --help``;
- ``add_options(parser)``: the command's own arguments;
- ``run(args) -> int``: does it and returns the exit status.

A new command is a new module plus its line in that list (a test keeps the list in step with this
folder and checks every module says all four).
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any

from dropoff_buddy.modules import command_module_names

#: What every command module defines (see the module's docstring).
COMMAND_PARTS = ("NAME", "HELP", "DESCRIPTION", "add_options", "run")


def add_command_parsers(subparsers: argparse._SubParsersAction[Any]) -> None:
    for name in command_module_names():
        module = importlib.import_module(name)
        parser = subparsers.add_parser(module.NAME, help=module.HELP, description=module.DESCRIPTION)
        module.add_options(parser)
        parser.set_defaults(func=module.run)
