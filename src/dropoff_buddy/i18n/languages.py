"""The languages a family can choose: ``levels/i18n/languages.toml``.

Each language has a folder of Fluent files beside that file. The first language listed is the
*source*: its words come from the content files themselves (``levels/*.toml``) and, for the
screens' own words, from its folder. A language with a ``fallback`` is a regional variant of
another (British English of American English): its folder holds only what differs.
"""

from __future__ import annotations

import locale
import os
import re
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from dropoff_buddy.content.loader import StrictContent, find_levels_dir, load_model

LANGUAGES_FILE = "languages.toml"


def find_i18n_dir(levels_dir: Path | None = None) -> Path:
    """The folder of translations, ``levels/i18n``."""
    return (levels_dir if levels_dir is not None else find_levels_dir()) / "i18n"


def _compiles(value: str) -> str:
    try:
        re.compile(value)
    except re.error as error:
        raise ValueError(f"not a pattern Python can read: {error}") from None
    return value


class KidLineRules(StrictContent):
    """What a kid line may not say in one language, and how it promises to come back: patterns,
    matched without regard to case in each form of a translated line."""

    #: "always" in the language (a promise no one can keep).
    always: str = Field(min_length=1)
    #: A clock time ("at three", "a las tres", "15:00").
    clock_time: str = Field(min_length=1)
    #: A promise to come back ("comes back", "vuelve")...
    promise: str = Field(min_length=1)
    #: ...which must then say "right after" the activity.
    right_after: str = Field(min_length=1)

    _patterns_ok = field_validator("always", "clock_time", "promise", "right_after")(_compiles)

    def says(self, rule: str, text: str) -> bool:
        """Whether ``text`` matches the pattern ``rule`` names (``"always"``, ``"clock_time"``...)."""
        return re.search(getattr(self, rule), text, re.I) is not None


class Language(StrictContent):
    """One language: its tag, its name in itself, its voice and how its text runs."""

    code: str = Field(pattern=r"^[a-z]{2,3}(-[A-Z]{2}|-[0-9]{3})?$")
    name: str = Field(min_length=1)
    #: A few words in it, for the picker ("daycare, Mommy, mad").
    example: str = ""
    #: The espeak-ng voice that reads it aloud ("en-us", "en-gb", "es").
    espeak: str = Field(pattern=r"^[a-z]{2,3}(-[a-z0-9]+)?$")
    direction: Literal["ltr", "rtl"] = "ltr"
    #: Unicode isolation marks around values (names) in its messages: Fluent's default, needed
    #: for right-to-left text; off keeps names exactly as typed in a left-to-right language.
    isolate: bool = False
    #: The language this one is a regional variant of: messages missing here come from there.
    fallback: str | None = None
    #: What its kid lines may not say; every language but the source has them (the source's
    #: lines are checked by ``story.line_rules``).
    kid_lines: KidLineRules | None = None

    @property
    def locale(self) -> str:
        """The tag as Babel writes it (plural rules, numbers): ``en_US``."""
        return self.code.replace("-", "_")


class LanguageCatalog(StrictContent):
    schema_version: Literal[1]
    language: list[Language] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> LanguageCatalog:
        codes = [language.code for language in self.language]
        repeated = sorted({code for code in codes if codes.count(code) > 1})
        if repeated:
            raise ValueError(f"language {repeated[0]!r} is listed twice")
        if self.language[0].fallback is not None:
            raise ValueError("the first language is the source of the others: it cannot have a fallback")
        for language in self.language[1:]:
            if language.kid_lines is None:
                raise ValueError(f"{language.code}: kid_lines is missing: say what its kid lines may not say")
        for language in self.language:
            if language.fallback is not None and language.fallback not in codes:
                raise ValueError(f"{language.code}: fallback {language.fallback!r} is not a language here")
        return self

    @property
    def source(self) -> Language:
        """The language the content is written in (the first one)."""
        return self.language[0]

    @property
    def codes(self) -> list[str]:
        return [language.code for language in self.language]

    def get(self, code: str) -> Language | None:
        return next((language for language in self.language if language.code == code), None)

    def resolve(self, code: str | None) -> Language:
        """The language ``code`` names, or the closest one here (``es-MX`` → ``es``), else the source."""
        if code:
            exact = self.get(code)
            if exact is not None:
                return exact
            base = code.split("-")[0].split("_")[0].lower()
            for language in self.language:
                if language.code.split("-")[0] == base:
                    return language
        return self.source

    def chain(self, code: str) -> list[Language]:
        """Where a message is looked for: the language, the languages it varies, then the source."""
        found: list[Language] = []
        language: Language | None = self.resolve(code)
        while language is not None and language not in found:
            found.append(language)
            language = self.get(language.fallback) if language.fallback else None
        if self.source not in found:
            found.append(self.source)
        return found


def load_languages(i18n_dir: Path | None = None) -> LanguageCatalog:
    """``levels/i18n/languages.toml``, validated; raises ``ContentError`` listing every problem."""
    folder = i18n_dir if i18n_dir is not None else find_i18n_dir()
    return load_model(folder / LANGUAGES_FILE, LanguageCatalog, "language")


def system_language(catalog: LanguageCatalog) -> Language:
    """The language of this computer's user, if the game has it (``es_ES.UTF-8`` → Spanish).

    A first guess for a new family; the parent picks the language in set-up.
    """
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return catalog.resolve(_tag(value.split(":")[0]))
    try:
        guessed = locale.getlocale()[0]
    except ValueError:
        guessed = None
    return catalog.resolve(_tag(guessed) if guessed else None)


#: Regions whose English is spelt the British way ("colour", "cosy", "practise").
_BRITISH_SPELLING = ("GB", "UK", "IE", "AU", "NZ", "ZA", "IN")


def _tag(value: str) -> str:
    """``es_ES.UTF-8`` → ``es-ES``; ``en_GB`` → ``en-GB``; ``en_AU`` → ``en-GB`` (British spelling)."""
    base = value.split(".")[0].split("@")[0]
    language, _, region = base.replace("-", "_").partition("_")
    language, region = language.lower(), region.upper()
    if language == "en" and region in _BRITISH_SPELLING:
        return "en-GB"
    return f"{language}-{region}" if region else language
