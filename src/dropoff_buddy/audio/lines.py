"""The lines a grown-up can record in their own voice, with the keys the game says them under.

This is the one place that lists them. Scenes say these lines with the same key and the same
words, e.g. ``ctx.say(PROMISE.text, key=PROMISE.key)``; when the parent has recorded a line
(and its personalised words have not changed since), their recording is played instead of
the synthetic voice.

Key scheme (every kid-facing line has a key ``<part>.<what>``; only those listed here can be
recorded, the rest are always synthesised):

* ``promise``                    "I'll come back right after {pickup_after}."
* ``goodbye.love_you``           "I love you, see you right after {pickup_after}."
* ``ritual.<step id>.prompt``    each chosen ritual step's prompt (levels/ritual_steps.toml)
* ``story.<page>``               the story's key lines below (``STORY_LINES``)
* ``home.greeting``              the morning greeting on the home screen
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dropoff_buddy.storage.models import Profile

if TYPE_CHECKING:
    from dropoff_buddy.content.catalog import RitualCatalog


@dataclass(frozen=True)
class RecordableLine:
    """A line a parent may record: its key, its words (with placeholders) and a short title."""

    key: str
    text: str
    title: str


PROMISE = RecordableLine("promise", "I'll come back right after {pickup_after}.", "The promise")
LOVE_YOU = RecordableLine("goodbye.love_you", "I love you, see you right after {pickup_after}.", "I love you")
HOME_GREETING = RecordableLine(
    "home.greeting", "Good morning, {child}! It's a {place} day. Shall we play with {buddy}?", "Good morning"
)

#: The story's key moments, in the order they happen. The story part says them with these keys.
STORY_LINES: tuple[RecordableLine, ...] = (
    RecordableLine("story.morning", "Good morning, {child}! Today is a {place} day.", "Story: morning"),
    RecordableLine(
        "story.goodbye",
        "At the door, {grownup} and {child} say goodbye the way they always do.",
        "Story: the goodbye",
    ),
    RecordableLine(
        "story.feelings",
        "It's OK to feel sad when {grownup} goes. {buddy} is here, and {teacher} is too.",
        "Story: feelings",
    ),
    RecordableLine(
        "story.pickup",
        "Right after {pickup_after}, {grownup} comes back. Hooray, {grownup} is here!",
        "Story: coming back",
    ),
)


def ritual_prompt_key(step_id: str) -> str:
    """The key of a ritual step's prompt, e.g. ``ritual.hug.prompt``."""
    return f"ritual.{step_id}.prompt"


def recordable_lines(profile: Profile, ritual_steps: RitualCatalog) -> list[RecordableLine]:
    """Every line this family can record, in the order the parent page lists them."""
    lines = [PROMISE, LOVE_YOU]
    for step_id in profile.ritual:
        step = ritual_steps.get(step_id)
        if step is not None:
            lines.append(RecordableLine(ritual_prompt_key(step.id), step.prompt, f"Goodbye: {step.label}"))
    lines.append(HOME_GREETING)
    lines.extend(STORY_LINES)
    return lines
