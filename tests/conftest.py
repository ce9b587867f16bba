"""Shared test set-up: headless SDL drivers (set before pygame is imported) and a game fixture."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
# A new family's language is the computer's (until a parent chooses): tests start in American
# English whatever the machine running them speaks; tests of other languages choose them.
for _variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_variable, None)
os.environ["LANG"] = "en_US.UTF-8"
# Synthesised speech is cached per test session, never in the real user cache folder.
os.environ["DROPOFF_BUDDY_CACHE_DIR"] = __import__("tempfile").mkdtemp(prefix="dropoff-buddy-test-cache-")

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from dropoff_buddy.playtest import Player, start_game


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def player(data_dir: Path) -> Iterator[Player]:
    """A game at home for a brand-new family, in a 1280×800 dummy window."""
    game = start_game(data_dir)
    yield game
    game.ctx.scenes.clear()
    close_voice = getattr(game.ctx.narrator.voice, "close", None)
    if close_voice is not None:
        close_voice()
    pygame.quit()
