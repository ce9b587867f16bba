"""Content with every story the shelf knows: the shipped levels, plus a small stand-in for each of
the shelf's stories that levels/ does not have (``tests/fixtures/stories``)."""

from __future__ import annotations

import shutil
from pathlib import Path

from dropoff_buddy.content.loader import find_levels_dir
from dropoff_buddy.content.registry import Content, load_content

FIXTURES = Path(__file__).parent / "fixtures" / "stories"


def content_with_every_story(folder: Path) -> Content:
    """The shipped levels in ``folder/levels``, with the stand-in stories levels/ lacks."""
    levels = folder / "levels"
    shutil.copytree(find_levels_dir(), levels)
    for story in sorted(FIXTURES.glob("*.toml")):
        if not (levels / story.name).exists():
            shutil.copy(story, levels / story.name)
    content = load_content(levels)
    assert not content.problems, content.problems
    return content
