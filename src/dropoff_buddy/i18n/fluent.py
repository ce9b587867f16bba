"""Fluent bundles for every language, filled lazily, one ``.ftl`` file at a time.

**Message ids are keys.** Every translated message is keyed like a line (``content.lines``):
``<file>:<path>`` becomes the Fluent id ``<file>--<path with - for .>``, and the message lives
in ``levels/i18n/<language>/<file>.ftl``. The file is the part it belongs to: ``lines.ftl`` for
``levels/lines.toml``, ``daycare_day.ftl`` for the story, ``screens.ftl`` for the kid screens'
own words, ``parent.ftl`` for the grown-ups' pages. So a message is found by its id alone, and a
language loads a file only when one of its messages is first needed.

**Where the English lives.** The source language's words for content come from the content
files (a story page's lines beside its staging, in ``levels/daycare_day.toml``), turned into
Fluent messages here, so nobody types a line twice; the screens' own words, which have no
content file, live in the source language's folder. A content text may use Fluent syntax (a
plural) and writes a variable either ``{child}`` or ``{ $child }``.

**Helpers.** A language's ``family.ftl`` says the family's words (``family--place-daycare``,
``family--and``) and may add messages of its own, ids without ``--``, that its lines reference:
Spanish keeps "a la guardería" / "al jardín" there. Helpers see the same variables as the line.

**Values.** Names are plain strings, shown exactly as typed (no isolation marks unless the
language asks for them). A family's *choice* (the place, the activity after which the grown-up
comes back, a sticker) is a ``Choice``: a selector sees its id (``[nursery]``, ``[outdoor_play]``)
while the text shows its words in the language ("escuela infantil", "recreo"). Numbers are
numbers, so ``{ $count -> [one] … *[other] … }`` picks the language's plural form.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fluent.runtime import FluentBundle
from fluent.runtime.types import FluentType
from fluent.syntax import FluentParser, ast

if TYPE_CHECKING:
    from dropoff_buddy.content.lines import Text
    from dropoff_buddy.i18n.languages import Language, LanguageCatalog

logger = logging.getLogger(__name__)

#: The file whose messages say the family's words; helpers (ids without ``--``) live there too.
FAMILY_FILE = "family"

_SHORTHAND = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_NEEDS_PARSER = re.compile(r"\$|->|\{\s*-|\{\s*[A-Z\"0-9]")


def message_file(message_id: str) -> str:
    """The file a message lives in: ``ritual_steps--hug-prompt`` → ``ritual_steps``; helpers → family."""
    file, separator, _ = message_id.partition("--")
    return file if separator else FAMILY_FILE


def to_fluent(text: str) -> str:
    """A content text in Fluent syntax: the short ``{child}`` becomes ``{ $child }``."""
    return _SHORTHAND.sub(lambda match: "{ $" + match.group(1) + " }", text)


class Choice(str, FluentType):
    """A choice the family made, as a Fluent value: selectors see ``id``, text shows ``words``.

    ``Choice("outdoor_play", "recreo")`` is equal to ``"outdoor_play"`` (so
    ``{ $pickup_after -> [outdoor_play] del recreo … }`` matches) and prints as "recreo".
    """

    words: str

    def __new__(cls, choice_id: str, words: str) -> Choice:
        value = super().__new__(cls, choice_id)
        value.words = words
        return value

    def format(self, locale: object) -> str:  # type: ignore[override]  # FluentType's, not str's
        return self.words

    def __repr__(self) -> str:
        return f"Choice({str(self)!r}, {self.words!r})"


@dataclass
class FileProblem:
    """A problem in a ``.ftl`` file: ``path: line N: what``."""

    path: Path
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}: line {self.line}: {self.what}"


@dataclass
class LanguageBundle:
    """One language's messages: a Fluent bundle filled one file at a time."""

    language: Language
    folder: Path
    #: For the source language: the content texts by Fluent id (their words become messages).
    source_texts: Mapping[str, Text] | None = None
    problems: list[FileProblem] = field(default_factory=list)
    _bundle: FluentBundle | None = field(default=None, repr=False)
    _files: set[str] = field(default_factory=set, repr=False)
    _entries: dict[str, ast.Message | ast.Term] = field(default_factory=dict, repr=False)
    #: The file (stem) each entry came from: a ``.ftl`` file, or the content file of a source text.
    origin: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def bundle(self) -> FluentBundle:
        if self._bundle is None:
            self._bundle = FluentBundle([self.language.code], use_isolating=self.language.isolate)
            self.load_file(FAMILY_FILE)
        return self._bundle

    # -- loading ------------------------------------------------------------------------------------

    def load_file(self, file: str) -> None:
        """Add ``<folder>/<file>.ftl`` (once; a missing file adds nothing)."""
        if file in self._files:
            return
        self._files.add(file)
        path = self.folder / f"{file}.ftl"
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as error:
            self.problems.append(FileProblem(path, 0, f"cannot read the file ({error})"))
            return
        self._add(path, text)

    def load_all(self) -> None:
        """Every ``.ftl`` file of this language, and every source text (for checks and tools)."""
        _ = self.bundle
        for path in sorted(self.folder.glob("*.ftl")):
            self.load_file(path.stem)
        if self.source_texts is not None:
            for message_id in self.source_texts:
                self._add_source(message_id)

    def _add(self, path: Path, text: str) -> None:
        resource = parse_ftl(text)
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                line = text.count("\n", 0, entry.span.start) + 1 if entry.span else 0
                message = (entry.annotations[0].message if entry.annotations else None) or "this is not Fluent"
                self.problems.append(FileProblem(path, line, message))
            elif isinstance(entry, (ast.Message, ast.Term)):
                entry_id = ("-" if isinstance(entry, ast.Term) else "") + entry.id.name
                if entry_id in self._entries:
                    line = text.count("\n", 0, entry.span.start) + 1 if entry.span else 0
                    self.problems.append(FileProblem(path, line, f"{entry.id.name} is here twice"))
                    continue
                self._entries[entry_id] = entry
                self.origin[entry_id] = path.stem
        self.bundle.add_resource(resource)

    def _add_source(self, message_id: str) -> bool:
        """Make the message for a content text of the source language; False if there is none."""
        if self.source_texts is None or message_id in self._entries:
            return message_id in self._entries
        text = self.source_texts.get(message_id)
        if text is None:
            return False
        message = source_message(message_id, text.text, getattr(text, "title", ""))
        if message is None:
            self.problems.append(FileProblem(Path(text.key.partition(":")[0] + ".toml"), 0, f"{text.key}: not Fluent"))
            return False
        self._entries[message_id] = message
        self.origin[message_id] = text.key.partition(":")[0]
        self.bundle.add_resource(ast.Resource([message]))
        return True

    # -- looking up ---------------------------------------------------------------------------------

    def has(self, message_id: str) -> bool:
        """True when this language has its own message ``message_id`` (loading its file if need be)."""
        if message_id in self._entries:
            return True
        _ = self.bundle
        self.load_file(message_file(message_id))
        if message_id not in self._entries:
            self._add_source(message_id)
        return message_id in self._entries

    def entry(self, message_id: str) -> ast.Message | ast.Term | None:
        return self._entries.get(message_id) if self.has(message_id) else None

    @property
    def entries(self) -> Mapping[str, ast.Message | ast.Term]:
        """Every message and ``-term`` loaded so far, by id (terms with their ``-``)."""
        return self._entries

    def ids(self) -> list[str]:
        """Every message id loaded so far (call ``load_all`` first for all of them)."""
        return [entry_id for entry_id in self._entries if not entry_id.startswith("-")]

    def format(self, message_id: str, args: Mapping[str, object], attribute: str = "") -> tuple[str, list[Exception]]:
        """The message's words (or its ``attribute``) with ``args``; the errors Fluent reported."""
        bundle = self.bundle
        message = bundle.get_message(message_id)
        pattern = message.attributes.get(attribute) if attribute else message.value
        if pattern is None:
            return "", [LookupError(f"{message_id} has no {attribute or 'value'}")]
        result, errors = bundle.format_pattern(pattern, dict(args))
        return str(result), list(errors)

    def has_attribute(self, message_id: str, attribute: str) -> bool:
        entry = self.entry(message_id)
        return entry is not None and any(item.id.name == attribute for item in entry.attributes)


@functools.lru_cache(maxsize=64)
def parse_ftl(text: str) -> ast.Resource:
    """The Fluent syntax tree of a file's ``text`` (with spans, for line numbers in problems).

    Fluent's parser is pure Python and slow (a 35 KB file takes a tenth of a second or more), and
    the same text always parses to the same tree, which nothing changes afterwards: a game that
    builds its words anew (a new family, a language switched back) or a tool that loads the same
    files twice parses each text once. Keyed by the text itself, so an edited file parses again.
    """
    return FluentParser(with_spans=True).parse(text)


def source_message(message_id: str, text: str, title: str = "") -> ast.Message | None:
    """The Fluent message a content text of the source language makes (None if it is not Fluent).

    Plain words with ``{name}`` placeholders (almost every line) are built directly; anything
    else (a plural) goes through Fluent's parser. A line's ``title`` (how the parent's pages name
    it: "The promise") becomes the message's ``.title`` attribute.
    """
    message = _source_value(message_id, text)
    if message is not None and title:
        message.attributes = [ast.Attribute(ast.Identifier("title"), ast.Pattern([ast.TextElement(title)]))]
    return message


def _source_value(message_id: str, text: str) -> ast.Message | None:
    if not _NEEDS_PARSER.search(text) and text.count("{") == len(_SHORTHAND.findall(text)):
        elements: list[ast.TextElement | ast.Placeable] = []
        position = 0
        for match in _SHORTHAND.finditer(text):
            if match.start() > position:
                elements.append(ast.TextElement(text[position : match.start()]))
            elements.append(ast.Placeable(ast.VariableReference(ast.Identifier(match.group(1)))))
            position = match.end()
        if position < len(text):
            elements.append(ast.TextElement(text[position:]))
        if not elements:
            return None
        return ast.Message(ast.Identifier(message_id), ast.Pattern(elements))
    body = "\n".join("    " + line for line in to_fluent(text).strip().splitlines())
    resource = FluentParser().parse(f"{message_id} =\n{body}\n")
    entry = resource.body[0] if len(resource.body) == 1 else None
    return entry if isinstance(entry, ast.Message) else None


MAX_FORMS = 64


def pattern_forms(pattern: ast.Pattern | None, lookup: Mapping[str, ast.Message | ast.Term] | None = None) -> list[str]:
    """Every way a pattern can read, with variables written ``{name}``: one per variant of each select.

    For checks of what a line can say (``dropoff-buddy check``): "You have one sticker!" and
    "You have {count} stickers!". Helper messages are read through (a reference to an unknown one
    reads ``{?id}``); at most ``MAX_FORMS`` forms.
    """
    forms = [""]
    for element in pattern.elements if pattern is not None else []:
        if isinstance(element, ast.TextElement):
            pieces = [element.value]
        else:
            pieces = _expression_forms(element.expression, lookup or {})
        forms = [form + piece for form in forms for piece in pieces][:MAX_FORMS]
    return forms


def _expression_forms(expression: Any, lookup: Mapping[str, ast.Message | ast.Term]) -> list[str]:
    if isinstance(expression, ast.VariableReference):
        return ["{" + expression.id.name + "}"]
    if isinstance(expression, (ast.StringLiteral, ast.NumberLiteral)):
        return [str(expression.parse()["value"])]
    if isinstance(expression, ast.SelectExpression):
        return [form for variant in expression.variants for form in pattern_forms(variant.value, lookup)]
    if isinstance(expression, ast.Placeable):
        return _expression_forms(expression.expression, lookup)
    if isinstance(expression, (ast.MessageReference, ast.TermReference)):
        entry_id = ("-" if isinstance(expression, ast.TermReference) else "") + expression.id.name
        entry = lookup.get(entry_id)
        return pattern_forms(entry.value, lookup) if entry is not None else ["{?" + entry_id + "}"]
    return ["{?}"]


def variables_used(
    entry: ast.Message | ast.Term, lookup: Mapping[str, ast.Message | ast.Term], *, through_terms: bool = False
) -> set[str]:
    """The variables a message uses, with those of the helper messages it references.

    ``through_terms`` adds every variable written anywhere in the terms it references (and what
    they reference): more than the message can read, for a caller that must not miss one.
    """
    found: set[str] = set()
    seen: set[str] = set()
    queue: list[Any] = [entry]
    while queue:
        node = queue.pop()
        if isinstance(node, ast.VariableReference):
            found.add(node.id.name)
        elif isinstance(node, (ast.MessageReference, ast.TermReference)):
            if isinstance(node, ast.TermReference) and not through_terms:
                continue  # a term sees only the values it is given, written in the file itself
            entry_id = ("-" if isinstance(node, ast.TermReference) else "") + node.id.name
            if entry_id not in seen:
                seen.add(entry_id)
                referenced = lookup.get(entry_id)
                if referenced is not None:
                    queue.append(referenced)
        queue.extend(_children(node))
    return found


def _children(node: object) -> Iterator[ast.BaseNode]:
    """The syntax nodes directly inside ``node`` (for the walks over a message below)."""
    if not isinstance(node, ast.BaseNode):
        return
    for value in vars(node).values():
        if isinstance(value, ast.BaseNode):
            yield value
        elif isinstance(value, list):
            yield from (item for item in value if isinstance(item, ast.BaseNode))


_PLURAL_CATEGORIES = frozenset({"zero", "one", "two", "few", "many"})


def numeric_variables(entry: ast.Message | ast.Term) -> set[str]:
    """The variables a message treats as numbers: given to ``NUMBER()``, or selected on with
    number or plural keys (``[one]``, ``[0]``); for checks that format it with sample values."""
    found: set[str] = set()
    queue: list[Any] = [entry]
    while queue:
        node = queue.pop()
        if isinstance(node, ast.FunctionReference) and node.id.name == "NUMBER":
            found.update(arg.id.name for arg in node.arguments.positional if isinstance(arg, ast.VariableReference))
        elif isinstance(node, ast.SelectExpression) and isinstance(node.selector, ast.VariableReference):
            keys = [variant.key for variant in node.variants]
            if any(isinstance(key, ast.NumberLiteral) or key.name in _PLURAL_CATEGORIES for key in keys):
                found.add(node.selector.id.name)
        queue.extend(_children(node))
    return found


def references(entry: ast.Message | ast.Term) -> Iterator[str]:
    """The ids of the messages (and ``-terms``) ``entry`` references."""
    queue: list[Any] = [entry]
    while queue:
        node = queue.pop()
        if isinstance(node, ast.MessageReference):
            yield node.id.name
        elif isinstance(node, ast.TermReference):
            yield "-" + node.id.name
        queue.extend(_children(node))


class Translations:
    """Every language's bundle, made when first needed; formats a message by key in a language.

    A message a language lacks (a new line not yet translated) comes from the languages it
    falls back to and, last, from the source language, so play never stops; ``dropoff-buddy
    check`` reports it.
    """

    def __init__(self, languages: LanguageCatalog, folder: Path, source_texts: Mapping[str, Text]) -> None:
        from dropoff_buddy.content.lines import fluent_id

        self.languages = languages
        self.folder = folder
        self._source_texts = source_texts
        self._source_by_id: dict[str, Text] | None = None
        self._fluent_id = fluent_id
        self._bundles: dict[str, LanguageBundle] = {}
        self._reported: set[tuple[str, str]] = set()

    @property
    def source_by_id(self) -> Mapping[str, Text]:
        if self._source_by_id is None:
            self._source_by_id = {self._fluent_id(key): text for key, text in self._source_texts.items()}
        return self._source_by_id

    def bundle(self, code: str) -> LanguageBundle:
        language = self.languages.resolve(code)
        bundle = self._bundles.get(language.code)
        if bundle is None:
            source = self.source_by_id if language.code == self.languages.source.code else None
            bundle = LanguageBundle(language, self.folder / language.code, source)
            self._bundles[language.code] = bundle
        return bundle

    def message_id(self, key: str) -> str:
        return self._fluent_id(key)

    def format(self, code: str, key: str, args: Mapping[str, object], attribute: str = "") -> str:
        """The words of the message keyed ``key`` (or its ``attribute``) in language ``code``, with ``args``."""
        message_id = self._fluent_id(key)
        for language in self.languages.chain(code):
            bundle = self.bundle(language.code)
            if not bundle.has(message_id) or (attribute and not bundle.has_attribute(message_id, attribute)):
                continue
            text, errors = bundle.format(message_id, args, attribute)
            if errors:
                self._report(language.code, message_id, errors)
            return text
        self._report(code, message_id, [LookupError("no language has this message")])
        source = self._source_texts.get(key)
        return source.text if source is not None else key

    def has_own(self, code: str, key: str) -> bool:
        """True when language ``code`` itself translates ``key`` (not through a fallback)."""
        return self.bundle(code).has(self._fluent_id(key))

    def _report(self, code: str, message_id: str, errors: Iterable[Exception]) -> None:
        if (code, message_id) in self._reported:
            return
        self._reported.add((code, message_id))
        logger.warning("%s: %s: %s", code, message_id, "; ".join(str(error) for error in errors))
