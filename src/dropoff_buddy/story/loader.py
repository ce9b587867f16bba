"""Reads a story file (TOML) into a validated ``Story``.

Problems are reported as ``file: page id: field: what is wrong`` lines in a ``ContentError``
(the same error the catalogues use), so the person writing a story can fix it without reading
code. A file either loads completely or not at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dropoff_buddy.content.loader import ContentError, find_levels_dir, read_toml
from dropoff_buddy.story.schema import Story

DEFAULT_STORY = "daycare_day.toml"

# Top-level lists whose entries are named by this key in error messages.
_ENTRY_NAMES = {"page": "id", "activity": "card", "friend": "id"}


def _entry_name(data: dict[str, Any], key: str, index: int) -> str:
    entries = data.get(key)
    if isinstance(entries, list) and index < len(entries) and isinstance(entries[index], dict):
        value = entries[index].get(_ENTRY_NAMES[key])
        if isinstance(value, str) and value:
            return f"activity {value}" if key == "activity" else value
    return f"{key} #{index + 1}"


def _message(item: Any) -> str:
    kind = item["type"]
    if kind == "extra_forbidden":
        return "unknown field (is it misspelt?)"
    if kind == "missing":
        return "this field is required"
    message = str(item["msg"])
    return message.removeprefix("Value error, ")


def describe_story_errors(path: Path, error: ValidationError, data: dict[str, Any]) -> list[str]:
    """Turn a pydantic error into ``file: page id: field: what`` lines."""
    lines = []
    for item in error.errors():
        location = list(item["loc"])
        where = "-"
        if len(location) >= 2 and location[0] in _ENTRY_NAMES and isinstance(location[1], int):
            where = _entry_name(data, str(location[0]), location[1])
            location = location[2:]
        field = ".".join(str(part) for part in location) or "-"
        lines.append(f"{path}: {where}: {field}: {_message(item)}")
    return lines


def load_story(path: Path) -> Story:
    """Read and validate the story at ``path``; raises ``ContentError`` with every shape problem."""
    return story_from_data(path, read_toml(path))


def story_from_data(path: Path, data: dict[str, Any]) -> Story:
    """Validate a story already parsed from ``path``; raises ``ContentError`` with every shape problem."""
    version = data.get("schema_version")
    if version is not None and version != 1:
        raise ContentError(
            [
                f"{path}: -: schema_version: this game reads story version 1, "
                f"not {version!r} (is the game older than the story?)"
            ]
        )
    try:
        return Story.model_validate(data)
    except ValidationError as error:
        raise ContentError(describe_story_errors(path, error, data)) from None


def default_story_path() -> Path:
    return find_levels_dir() / DEFAULT_STORY
