"""Content with every story the shelf knows (the shipped levels), loaded afresh for a test module."""

from __future__ import annotations

from dropoff_buddy.content.registry import Content, load_content
from dropoff_buddy.story.shelf import SHELF_ORDER


def content_with_every_story() -> Content:
    """The shipped levels, checked to hold every story of the shelf."""
    content = load_content()
    assert not content.problems, content.problems
    missing = [story for story in SHELF_ORDER if story not in content.stories]
    assert not missing, f"levels/ lacks the shelf's stories {missing}"
    return content
