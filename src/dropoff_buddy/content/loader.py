"""Loads TOML content files from ``levels/`` into validated pydantic models.

Every problem is reported as ``file: item id: field: what is wrong`` so the person writing
content can fix it without reading code. Loading never half-succeeds: a file is either
completely valid or raises ``ContentError`` with every problem found.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from dropoff_buddy.assets import find_assets_dir
from dropoff_buddy.content.lines import LineScope, Text
from dropoff_buddy.storage.paths import find_levels_dir as find_levels_dir  # its home is storage.paths
from dropoff_buddy.storage.safe_files import UnsafeFile, read_checked
from dropoff_buddy.words import unknown_placeholders


class ContentError(Exception):
    """A content file is broken. ``problems`` holds one ``file: id: field: what`` line each."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


#: Far above any real level (the shipped story is 30 KB), and still checked in seconds.
MAX_LEVEL_BYTES = 16 * 1024 * 1024


def read_toml(path: Path) -> dict[str, Any]:
    """Parse ``path`` as TOML, turning every failure into a ``ContentError`` naming the line.

    The file must be an ordinary file of at most ``MAX_LEVEL_BYTES`` (checked before reading);
    a UTF-8 byte-order mark is fine; nesting hundreds of levels deep and numbers thousands of
    digits long are refused in plain words, never with a traceback.
    """
    try:
        raw = read_checked(path, inside=None, limit=MAX_LEVEL_BYTES)
    except UnsafeFile as unsafe:
        if unsafe.kind == "missing":
            raise ContentError([f"{path}: -: -: the file does not exist"]) from None
        if unsafe.kind == "too_big":
            limit = MAX_LEVEL_BYTES // (1024 * 1024)
            raise ContentError([f"{path}: -: -: the file is too big for a level (at most {limit} MB)"]) from None
        raise ContentError([f"{path}: -: -: cannot read the file ({unsafe.reason})"]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ContentError(
            [f"{path}: -: -: the file is not UTF-8 text (see byte {error.start}); save it as UTF-8"]
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ContentError([f"{path}: -: -: this is not valid TOML ({error})"]) from None
    except RecursionError:
        raise ContentError(
            [f"{path}: -: -: lists or tables are nested far too deeply (hundreds of levels inside each other)"]
        ) from None
    except ValueError as error:  # Python refuses to read integers of thousands of digits
        if "digits" in str(error):
            raise ContentError([f"{path}: -: -: a number is thousands of digits long; no level needs that"]) from None
        raise ContentError([f"{path}: -: -: this is not valid TOML ({error})"]) from None


def describe_errors(path: Path, error: ValidationError, data: dict[str, Any], list_key: str = "") -> list[str]:
    """Turn a pydantic error into ``file: id: field: what`` lines."""
    lines = []
    for item in error.errors():
        location = list(item["loc"])
        item_id = "-"
        if list_key and len(location) >= 2 and location[0] == list_key and isinstance(location[1], int):
            index = location[1]
            entries = data.get(list_key) or []
            entry = entries[index] if index < len(entries) and isinstance(entries[index], dict) else {}
            item_id = str(entry.get("id", f"#{index + 1}"))
            location = location[2:]
        field = ".".join(str(part) for part in location) or "-"
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            message = "unknown field (is it misspelt?)"
        elif item["type"] == "missing":
            message = "this field is required"
        lines.append(f"{path}: {item_id}: {field}: {message}")
    return lines


ModelT = TypeVar("ModelT", bound=BaseModel)


def load_model(path: Path, model: type[ModelT], list_key: str = "") -> ModelT:
    """Read and validate ``path`` as ``model``; raises ``ContentError`` with every problem."""
    data = read_toml(path)
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise ContentError(describe_errors(path, error, data, list_key)) from None


class Pictured(Protocol):
    """An item of a content file with a picture: its ``id`` and its ``icon`` (a path under ``assets/``)."""

    @property
    def id(self) -> str: ...

    @property
    def icon(self) -> str: ...


def missing_pictures(path: Path, items: Iterable[Pictured], assets_dir: Path) -> list[str]:
    """A ``file: id: icon:`` problem for every item of ``path`` whose picture is not under ``assets_dir``."""
    return [
        f"{path}: {item.id}: icon: there is no picture at assets/{item.icon}"
        for item in items
        if not (assets_dir / item.icon).is_file()
    ]


def check_pictures(path: Path, items: Iterable[Pictured], assets_dir: Path) -> None:
    """Raise ``ContentError`` listing every item of ``path`` whose picture is missing, so a typo is
    reported when the file is loaded, not when a child taps."""
    problems = missing_pictures(path, items, assets_dir)
    if problems:
        raise ContentError(problems)


class StrictContent(LineScope, BaseModel):
    """Base of every content model: unknown fields are errors (typos), values never change.

    ``line_scope`` (from ``LineScope``) says how the lines inside are keyed.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)


class PicturedContent(StrictContent):
    """A content file whose items each have a picture a child taps (goodbye steps, feelings...)."""

    def pictured(self) -> Iterable[Pictured]:
        """Every item with a picture."""
        raise NotImplementedError


PicturedT = TypeVar("PicturedT", bound=PicturedContent)


def load_pictured(path: Path, model: type[PicturedT], list_key: str, assets_dir: Path | None = None) -> PicturedT:
    """``load_model``, and then every item's picture must exist under ``assets_dir`` (the game's
    ``assets/`` by default): ``ContentError`` lists the missing ones."""
    content = load_model(path, model, list_key)
    check_pictures(path, content.pictured(), assets_dir or find_assets_dir())
    return content


def check_placeholders(value: Text | str) -> Text | str:
    """A field validator: every ``{placeholder}`` in ``value`` must be one the game knows."""
    unknown = unknown_placeholders(value.text if isinstance(value, Text) else value)
    if unknown:
        raise ValueError(f"unknown placeholder {{{unknown[0]}}}")
    return value


def check_words(value: Text) -> Text:
    """A field validator for a text that must say something, with known placeholders only."""
    if not value:
        raise ValueError("this is empty; write the words")
    check_placeholders(value)
    return value
