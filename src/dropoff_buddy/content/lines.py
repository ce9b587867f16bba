"""Kid-facing lines as objects whose key says where they live.

A ``Line`` is one thing the game says to a child: its words (with ``{placeholders}``) and its
**key**, made from the file and the place in it, never typed by hand:

* ``ritual_steps:hug.prompt``  the ``prompt`` of step ``hug`` in ``levels/ritual_steps.toml``
* ``daycare_day:morning.0``    the first ``say`` line of page ``morning`` of the story
* ``daycare_day:morning.buddy.say`` what tapping the buddy on that page says
* ``lines:home.greeting``      ``greeting`` in the ``[home]`` table of ``levels/lines.toml``

Key grammar: ``<file>:<segment>(.<segment>)*``; the file is a level file's stem and every
segment is an id (``[a-z][a-z0-9_]*``) or an index (digits). Content models say how their
lines are keyed with ``line_scope`` (see ``bind_lines``); the registry binds every line once,
at load, and refuses two lines with one key.

**Fluent ids.** Issue 13 puts translations on these keys. A Fluent message id must match
``[a-zA-Z][a-zA-Z0-9_-]*``, so ``fluent_id`` maps a key 1:1 to one: ``:`` becomes ``--`` and
``.`` becomes ``-`` (``ritual_steps:hug.prompt`` → ``ritual_steps--hug-prompt``). Segments
never hold ``-``, so ``key_from_fluent_id`` undoes it exactly and two keys never share an
id. Recordings are stored under the same id (``recordings/<fluent id>.wav``), which is also a
file name every system accepts.

**Words in Fluent.** A line's text is the English source of a Fluent message (see ``i18n``):
placeholders are written ``{child}`` (short for Fluent's ``{ $child }``), and a line may use any
other Fluent syntax, such as a plural: ``{ $count -> [one] one sticker *[other] {count} stickers }``.

**Sentence types.** A story's lines say what kind of sentence they are (Carol Gray's Social Stories
10.2): ``{ text = "…", type = "descriptive" }``. ``SentenceType`` names the four; ``dropoff-buddy
check`` counts them per story (at least two describing lines for each coaching one).

Family placeholders (``words.PLACEHOLDERS``) are the same every time a family hears a line;
*moment* placeholders (``MOMENT_PLACEHOLDERS``: a count, a streak, which sticker) change from
one time to the next, so a line that uses one cannot be recorded once for good.

A ``Text`` is the same thing for words that are shown or used inside lines but never said on
their own: a card's label, a goodbye step's words, a part's caption, a tip. Every ``Line`` is a
``Text``; both are keyed, and both are translated under their key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from enum import StrEnum
from typing import Any, ClassVar, Final

from pydantic import BaseModel, GetCoreSchemaHandler
from pydantic_core import core_schema

FILE_PATTERN: Final = r"[a-z][a-z0-9_]*"
SEGMENT_PATTERN: Final = r"[a-z0-9_]+"
KEY_RE: Final = re.compile(rf"^{FILE_PATTERN}:{SEGMENT_PATTERN}(\.{SEGMENT_PATTERN})*$")
FLUENT_ID_RE: Final = re.compile(r"^[a-zA-Z][a-zA-Z0-9_-]*$")
MAX_KEY_LENGTH: Final = 120

#: Placeholders whose value changes each time the line is said: such lines are not recordable.
MOMENT_PLACEHOLDERS: Final = ("count", "days", "more", "sticker", "prize", "page", "step", "steps")


def is_key(key: str) -> bool:
    """True when ``key`` follows the key grammar (see the module docstring)."""
    return len(key) <= MAX_KEY_LENGTH and KEY_RE.match(key) is not None


def fluent_id(key: str) -> str:
    """The Fluent message id of ``key``: ``ritual_steps:hug.prompt`` → ``ritual_steps--hug-prompt``."""
    if not is_key(key):
        raise ValueError(f"not a line key: {key!r}")
    file, _, path = key.partition(":")
    return f"{file}--{path.replace('.', '-')}"


def key_from_fluent_id(message_id: str) -> str:
    """The key a Fluent id was made from (the inverse of ``fluent_id``); ValueError if none."""
    file, separator, path = message_id.partition("--")
    key = f"{file}:{path.replace('-', '.')}" if separator else ""
    if not is_key(key) or fluent_id(key) != message_id:
        raise ValueError(f"not the Fluent id of a line: {message_id!r}")
    return key


_SHORTHAND = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_VARIABLE = re.compile(r"\$([a-zA-Z][a-zA-Z0-9_-]*)")


def placeholders_of(text: str) -> tuple[str, ...]:
    """The placeholder (Fluent variable) names in ``text``, in order, each once.

    Both spellings count: the short ``{child}`` and Fluent's ``{ $child }``.
    """
    found = [(match.start(), match.group(1)) for match in _SHORTHAND.finditer(text)]
    found += [(match.start(), match.group(1)) for match in _VARIABLE.finditer(text)]
    return tuple(dict.fromkeys(name for _, name in sorted(found)))


class SentenceType(StrEnum):
    """What a sentence of a social story does (Carol Gray, Social Stories 10.2)."""

    DESCRIPTIVE = "descriptive"  # what happens, who, where, when: "{teacher} reads a book."
    PERSPECTIVE = "perspective"  # what someone feels or thinks: "Sometimes {child} feels sad."
    AFFIRMATIVE = "affirmative"  # a shared value that reassures: "That's OK."
    COACHING = "coaching"  # what the child (or the people round them) may do: "{child} can hug {buddy}."

    @property
    def describes(self) -> bool:
        """True for the describing kinds (all but coaching), the many side of the 2:1 ratio."""
        return self is not SentenceType.COACHING


class Text:
    """Words in a content file, keyed by where they live, translated under that key.

    Made from a string when a content file is validated; ``bind`` gives it its key once the file
    is loaded. Show it with ``ctx.text(text)`` (the words in the family's language, names filled in).
    """

    __slots__ = ("_key", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._key = ""

    @property
    def key(self) -> str:
        return self._key

    @property
    def placeholders(self) -> tuple[str, ...]:
        return placeholders_of(self.text)

    def bind(self, key: str, varying: frozenset[str] = frozenset()) -> None:
        """Give the text its key (once)."""
        if self._key and self._key != key:
            raise ValueError(f"line {self._key!r} cannot also be {key!r}")
        if not is_key(key):
            raise ValueError(f"{key!r} is not a valid line key")
        self._key = key

    def __bool__(self) -> bool:
        return bool(self.text.strip())

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._key or '?'}: {self.text!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Text):
            return NotImplemented
        return (type(self), self._key, self.text) == (type(other), other._key, other.text)

    def __hash__(self) -> int:
        return hash((self._key, self.text))

    @classmethod
    def _validate(cls, value: object) -> Text:
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            return cls(value)
        raise ValueError("this is text in quotes")

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._validate, serialization=core_schema.plain_serializer_function_ser_schema(lambda text: text.text)
        )


class Line(Text):
    """A kid-facing line: words with placeholders, a key from where it lives, an optional title.

    Made from a string (or ``{ text = "…", title = "…", type = "…" }``) when a content file is
    validated; ``bind`` gives it its key once the file is loaded. Say it with ``ctx.say(line, **moment)``.
    ``title`` names the line for the parent ("The promise"); most lines have none. ``sentence_type``
    is what kind of sentence a story line is (``SentenceType``); None where it was not given.
    """

    __slots__ = ("recordable", "sentence_type", "title")

    def __init__(self, text: str, title: str = "", sentence_type: SentenceType | None = None) -> None:
        super().__init__(text)
        self.title = title
        self.sentence_type = sentence_type
        self.recordable = False

    def bind(self, key: str, varying: frozenset[str] = frozenset()) -> None:
        """Give the line its key (once). ``varying``: more placeholders that change between sayings."""
        super().bind(key, varying)
        moving = set(MOMENT_PLACEHOLDERS) | varying
        self.recordable = not any(name in moving for name in self.placeholders)

    @classmethod
    def _validate(cls, value: object) -> Line:
        if isinstance(value, Line):
            return value
        if isinstance(value, str):
            return cls(value)
        if isinstance(value, Mapping):
            extra = set(value) - {"text", "title", "type"}
            if extra:
                raise ValueError(
                    f"a line has 'text', 'title' and 'type' only, not {', '.join(sorted(map(str, extra)))}"
                )
            text, title = value.get("text"), value.get("title", "")
            if not isinstance(text, str) or not isinstance(title, str):
                raise ValueError("a line's 'text' and 'title' are text")
            return cls(text, title, _sentence_type(value.get("type")))
        raise ValueError("a line is text in quotes")


def _sentence_type(value: object) -> SentenceType | None:
    if value is None:
        return None
    for kind in SentenceType:
        if value == kind.value:
            return kind
    kinds = ", ".join(kind.value for kind in SentenceType)
    raise ValueError(f"a line's 'type' is one of {kinds}, not {value!r}")


class LineScope:
    """Mixin for content models: how lines inside this model are keyed.

    ``line_scope`` is None (a model held in a field adds the field's name, e.g. ``home`` in
    ``lines:home.greeting``), ``""`` (adds nothing: a hotspot's ``reaction`` is keyed by the
    hotspot) or a pattern filled from the model's attributes (``"{id}"``, ``"activity.{key_card}"``).
    ``varying_placeholders`` names placeholders whose value changes between two sayings of a
    line in this model (the ``{activity}`` of the story's ``card = "*"`` page).
    """

    line_scope: ClassVar[str | None] = None

    def varying_placeholders(self) -> frozenset[str]:
        return frozenset()


_FIELD = re.compile(r"\{([a-z_]+)\}")


def _scope_of(model: BaseModel) -> str | None:
    scope = getattr(model, "line_scope", None)
    if scope is None:
        return None
    return _FIELD.sub(lambda match: str(getattr(model, match.group(1))), scope)


def _join(*parts: str) -> str:
    return ".".join(part for part in parts if part)


def iter_lines(
    model: BaseModel, path: str = "", varying: frozenset[str] = frozenset()
) -> Iterator[tuple[str, Text, frozenset[str]]]:
    """Every line and text inside ``model`` with its path (the key without the file), depth first, in order."""
    if isinstance(model, LineScope):
        varying = varying | model.varying_placeholders()
    for name in type(model).model_fields:
        value = getattr(model, name)
        yield from _iter_value(value, path, name, varying)


def _iter_value(
    value: object, path: str, name: str, varying: frozenset[str]
) -> Iterator[tuple[str, Text, frozenset[str]]]:
    if isinstance(value, Text):
        if value:
            yield _join(path, name), value, varying
    elif isinstance(value, BaseModel):
        scope = _scope_of(value)
        yield from iter_lines(value, _join(path, name if scope is None else scope), varying)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            if isinstance(item, Text):
                if item:
                    yield _join(path, str(index)), item, varying
            elif isinstance(item, BaseModel):
                scope = _scope_of(item)
                yield from iter_lines(item, _join(path, str(index) if scope is None else scope), varying)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _iter_value(item, _join(path, name), str(key), varying)


def bind_lines(model: BaseModel, file: str, source: str) -> tuple[dict[str, Text], list[str]]:
    """Key every line and text in ``model`` (loaded from ``source``, a file called ``file``.toml).

    Returns them by key and the problems (``source: where: -: what``); one whose key would be
    invalid or taken twice is reported and left out.
    """
    found: dict[str, Text] = {}
    problems: list[str] = []
    for path, line, varying in iter_lines(model):
        key = f"{file}:{path}"
        where = path.split(".")[0] or "-"
        if key in found and found[key] is not line:
            problems.append(f"{source}: {where}: {path}: two lines would have the key {key!r}; rename one")
            continue
        try:
            line.bind(key, varying)
        except ValueError as error:
            problems.append(f"{source}: {where}: {path}: {error}")
            continue
        found[key] = line
    return found, problems
