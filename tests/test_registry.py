"""Scenes are found by file name and imported when first opened, so home comes up without the other parts."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from dropoff_buddy.registry import SceneRegistry, collect_scene_factories, lazy_scene_factories


def test_every_scene_module_holds_the_scene_named_after_it() -> None:
    # collect_scene_factories raises when a module's SCENES break the naming rule.
    assert sorted(collect_scene_factories()) == sorted(lazy_scene_factories())


def test_asking_whether_a_scene_exists_imports_nothing_and_opening_it_does() -> None:
    registry = SceneRegistry({"mystery": "dropoff_buddy.no_such_part"})
    assert "mystery" in registry and "other" not in registry
    with pytest.raises(ModuleNotFoundError):
        registry["mystery"]


def test_home_comes_up_without_importing_the_other_parts(tmp_path: object) -> None:
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["SDL_VIDEODRIVER"] = os.environ["SDL_AUDIODRIVER"] = "dummy"
        from pathlib import Path
        from dropoff_buddy.playtest import start_game
        game = start_game(Path({str(tmp_path)!r}))
        assert game.top.name == "home" and "my-day" in game.ctx.factories
        scenes = ("dropoff_buddy.parts.", "dropoff_buddy.parent.pages.")
        print(" ".join(sorted(name for name in sys.modules if name.startswith(scenes))))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.split() == ["dropoff_buddy.parts.home"]
