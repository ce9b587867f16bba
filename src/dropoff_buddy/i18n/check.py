"""Checks of every translation, for ``dropoff-buddy check``: one ``file: line N: what`` per problem.

For each language other than the source:

* every ``.ftl`` file parses, every message is in the file its id names, helpers (ids without
  ``--``) are in ``family.ftl``, and no message is there twice;
* **missing**: a message of the source (a line, a text, a screen's words) the language lacks;
  a regional variant (``fallback`` in ``languages.toml``) may leave out what it says the same
  way, so it is only checked for US words in its lines instead (British English: "colour");
* **extra**: a message no line, text or screen has (a renamed or removed line);
* **unknown variable**: a variable the game never gives that message (the family's words, and
  the moment values the source message uses: ``{ $count }`` only where the source counts);
* every message formats without an error for every place, every grown-up and a few counts;
* a kid line never says "always" or a clock time in the language either, and a promise to come
  back says "right after" in the language's words.

The source language's own files (the screens' words) are checked for syntax and file names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from fluent.syntax import ast

from dropoff_buddy.content.lines import Line, key_from_fluent_id
from dropoff_buddy.content.registry import Content
from dropoff_buddy.i18n.fluent import (
    FAMILY_FILE,
    Choice,
    LanguageBundle,
    message_file,
    numeric_variables,
    pattern_forms,
    variables_used,
)
from dropoff_buddy.i18n.languages import Language
from dropoff_buddy.words import FAMILY_VARIABLES, PLACE_IDS, ROLES

#: Words American English uses where British English says another (the en-GB lines are checked
#: for these, as a regional variant copies what it does not change).
US_WORDS = re.compile(
    r"\b(colors?|favorite|cozy|gray|mommy|mom|ladybug|neighbor|practiced|practices|mad|pom-pom hat"
    r"|center|centered|daycare)\b"
    r"|\b(let's|to|you|we|can|did|and)\s+practice\b",
    re.I,
)


#: Messages naming a choice the family makes itself (the place): never "American words".
FAMILY_CHOICES = ("family--place-",)


def translation_problems(content: Content) -> list[str]:
    """Every problem with the translations in ``content.i18n_dir`` (empty: all is well)."""
    languages = content.languages
    source = content.translations.bundle(languages.source.code)
    source.load_all()
    problems = [str(problem) for problem in source.problems]
    problems.extend(_misfiled(source))
    required = {entry_id for entry_id in source.ids() if "--" in entry_id}
    for language in languages.language[1:]:
        bundle = content.translations.bundle(language.code)
        bundle.load_all()
        problems.extend(_language_problems(content, language, bundle, source, required))
    return problems


def _where(bundle: LanguageBundle, entry_id: str) -> str:
    entry = bundle.entries.get(entry_id)
    return f"{bundle.folder / (bundle.origin.get(entry_id, FAMILY_FILE) + '.ftl')}: {_line(bundle, entry)}"


def _line(bundle: LanguageBundle, entry: ast.Message | ast.Term | None) -> str:
    if entry is None or entry.span is None:
        return "-"
    file = bundle.folder / f"{bundle.origin.get(_entry_id(entry), FAMILY_FILE)}.ftl"
    try:
        text = file.read_text(encoding="utf-8")
    except OSError:
        return "-"
    return f"line {text.count(chr(10), 0, entry.span.start) + 1}"


def _entry_id(entry: ast.Message | ast.Term) -> str:
    return ("-" if isinstance(entry, ast.Term) else "") + entry.id.name


def _misfiled(bundle: LanguageBundle) -> Iterator[str]:
    for entry_id, origin in bundle.origin.items():
        if entry_id.startswith("-") or "--" not in entry_id:
            continue  # terms and helpers live beside the messages that use them, or in family.ftl
        if bundle.source_texts is not None and entry_id in bundle.source_texts:
            continue
        expected = message_file(entry_id)
        if origin != expected:
            where = "family.ftl (helpers, ids without --)" if expected == FAMILY_FILE else f"{expected}.ftl"
            yield f"{_where(bundle, entry_id)}: {entry_id} belongs in {where}"


def _language_problems(
    content: Content, language: Language, bundle: LanguageBundle, source: LanguageBundle, required: set[str]
) -> Iterator[str]:
    yield from (str(problem) for problem in bundle.problems)
    yield from _misfiled(bundle)
    own = {entry_id for entry_id in bundle.ids() if "--" in entry_id}
    folder = bundle.folder
    for entry_id in sorted(own - required):
        yield (
            f"{_where(bundle, entry_id)}: {entry_id}: extra message: no line or word has this id in "
            f"{languages_source(content)} (was it renamed or removed?)"
        )
    if language.fallback is None:
        for entry_id in sorted(required - own):
            missing_in = folder / (message_file(entry_id) + ".ftl")
            yield f"{missing_in}: -: {entry_id} is missing (translate it: {_source_words(source, entry_id)})"
    for entry_id in sorted(own & required):
        entry = bundle.entries[entry_id]
        wanted = {attribute.id.name for attribute in source.entries[entry_id].attributes}
        has = {attribute.id.name for attribute in entry.attributes}
        for name in sorted(wanted - has if language.fallback is None else set()):
            yield f"{_where(bundle, entry_id)}: {entry_id}: .{name} is missing (how the parent's pages name it)"
        for name in sorted(has - wanted):
            yield f"{_where(bundle, entry_id)}: {entry_id}: .{name}: there is no such attribute in the source"
        allowed = set(FAMILY_VARIABLES) | variables_used(source.entries[entry_id], source.entries)
        for name in sorted(variables_used(entry, bundle.entries) - allowed):
            known = ", ".join("$" + variable for variable in sorted(allowed))
            yield f"{_where(bundle, entry_id)}: {entry_id}: unknown variable ${name} (this message has: {known})"
        yield from _format_problems(bundle, entry_id, source)
    yield from _kid_line_problems(content, language, bundle, own & required)


def languages_source(content: Content) -> str:
    return f"{content.languages.source.code} (the source)"


def _source_words(source: LanguageBundle, entry_id: str) -> str:
    entry = source.entries.get(entry_id)
    forms = pattern_forms(entry.value, source.entries) if isinstance(entry, ast.Message) else []
    return f"“{forms[0]}”" if forms else entry_id


def _sample_arguments(used: set[str], numbers: set[str]) -> Iterator[dict[str, object]]:
    """Values to format a message with: every place and grown-up, one and several of a count
    (for the ``numbers``, and every count the game names so)."""
    names = {"child": "Mia", "buddy": "Bun", "grownup": "Sam", "teacher": "Rosa", "ritual": "hug"}
    counts = (1, 2, 5)
    for index, place in enumerate(sorted(set(PLACE_IDS.values()))):
        for role in (*ROLES, "other"):
            args: dict[str, object] = dict(names)
            args["place"] = Choice(place, place)
            args["pickup_after"] = Choice("snack", "snack")
            args["grownup_role"] = role
            args["grownup_gender"] = "female" if role in ("mother", "grandmother", "aunt") else "male"
            for name in used - args.keys():
                counted = name in numbers or name in ("count", "days", "more", "page")
                args[name] = counts[index % len(counts)] if counted else "x"
            yield args


def _format_problems(bundle: LanguageBundle, entry_id: str, source: LanguageBundle) -> Iterator[str]:
    entry = bundle.entries[entry_id]
    source_entry = source.entries[entry_id]
    used = variables_used(entry, bundle.entries) | variables_used(source_entry, source.entries)
    numbers = numeric_variables(entry) | numeric_variables(source_entry)
    # A message reads only the variables in it and in what it references: sample arguments that
    # differ elsewhere (a place or a grown-up it never names) format it the same way, so it is
    # formatted once per different reading (most messages once or a few times, not 28 times).
    reads = sorted(
        variables_used(entry, bundle.entries, through_terms=True)
        | variables_used(source_entry, source.entries, through_terms=True)
    )
    tried: set[tuple[str, ...]] = set()
    seen: set[str] = set()
    for args in _sample_arguments(used, numbers):
        reading = tuple(repr(args.get(name)) for name in reads)
        if reading in tried:
            continue
        tried.add(reading)
        _text, errors = bundle.format(entry_id, args)
        for error in errors:
            message = str(error)
            if message not in seen:
                seen.add(message)
                yield f"{_where(bundle, entry_id)}: {entry_id}: {message}"


def _kid_line_problems(
    content: Content, language: Language, bundle: LanguageBundle, entry_ids: set[str]
) -> Iterator[str]:
    rules = language.kid_lines
    for entry_id in sorted(entry_ids):
        try:
            key = key_from_fluent_id(entry_id)
        except ValueError:
            continue
        text = content.texts_by_key.get(key)
        entry = bundle.entries[entry_id]
        if not isinstance(text, Line) or not isinstance(entry, ast.Message):
            continue
        for form in pattern_forms(entry.value, bundle.entries):
            said = re.sub(r"\{[^{}]*\}", "name", form)
            if rules is not None:
                if rules.says("always", said):
                    yield f"{_where(bundle, entry_id)}: {entry_id}: says 'always' (“{said}”): say what happens instead"
                    break
                if rules.says("clock_time", said):
                    yield f"{_where(bundle, entry_id)}: {entry_id}: names a clock time (“{said}”): say the activity"
                    break
                if rules.says("promise", said) and not rules.says("right_after", said):
                    yield (
                        f"{_where(bundle, entry_id)}: {entry_id}: a promise to come back must say right after the "
                        f"activity (“{said}”)"
                    )
                    break
            if language.fallback is not None and language.code.startswith("en") and US_WORDS.search(said):
                yield f"{_where(bundle, entry_id)}: {entry_id}: American words in {language.code} (“{said}”)"
                break
    if language.fallback is not None and language.code.startswith("en"):
        yield from _us_words_left(content, language, bundle, entry_ids)


def _us_words_left(content: Content, language: Language, bundle: LanguageBundle, translated: set[str]) -> Iterator[str]:
    """A British English line left to American English's words that uses an American word."""
    source = content.translations.bundle(content.languages.source.code)
    for entry_id, entry in source.entries.items():
        if "--" not in entry_id or entry_id in translated or not isinstance(entry, ast.Message):
            continue
        if entry_id.startswith(FAMILY_CHOICES):
            continue  # a word the family picks by name ("daycare") stays the word they picked
        for form in pattern_forms(entry.value, source.entries):
            match = US_WORDS.search(form)
            if match:
                file = bundle.folder / (message_file(entry_id) + ".ftl")
                yield f"{file}: -: {entry_id}: “{match.group(0)}” is American; say it the {language.code} way here"
                break


def check_paths(content: Content) -> Mapping[str, Path]:
    """The folders checked, by language (for the summary ``check`` prints)."""
    return {language.code: content.i18n_dir / language.code for language in content.languages.language}
