"""Setuptools hook: put ``assets/`` and ``levels/`` inside the installed package.

The game finds them at ``dropoff_buddy/assets`` and ``dropoff_buddy/levels`` when installed
(``assets.find_assets_dir``, ``content.loader.find_levels_dir``) and beside ``src/`` in a
checkout, so ``pip install .`` (a wheel) must carry them; an editable install uses the checkout's.
Everything else about the package is in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_FOLDERS = ("assets", "levels")


class BuildWithGameData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads them from the checkout
        package = Path(self.build_lib) / "dropoff_buddy"
        for name in DATA_FOLDERS:
            target = package / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(ROOT / name, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithGameData})
