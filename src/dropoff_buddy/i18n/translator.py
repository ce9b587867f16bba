"""The game's words for one family in one language: what ``ctx.say``, ``ctx.text`` and ``ctx.t`` use.

A ``Translator`` formats lines and texts (by their keys) and the screens' own words (by key)
with the family's variables (``words.family_variables``) plus any *moment* values (a count,
which sticker). Results are kept until the family's words change, so a label drawn every frame
costs a dictionary lookup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from dropoff_buddy.content.lines import Line, Text
from dropoff_buddy.i18n.fluent import Choice, Translations
from dropoff_buddy.i18n.languages import Language
from dropoff_buddy.words import family_signature, family_variables

if TYPE_CHECKING:
    from dropoff_buddy.content.catalog import CardCatalog, RitualCatalog
    from dropoff_buddy.content.registry import Content
    from dropoff_buddy.storage.models import Profile

Moment = int | float | str | Text | Sequence[Text]

CACHE_LIMIT = 2000


class Translator:
    """Lines, texts and screen words in ``language`` for the family ``values`` describes."""

    def __init__(
        self,
        translations: Translations,
        language: Language,
        profile: Callable[[], Profile],
        cards: CardCatalog,
        steps: RitualCatalog,
    ) -> None:
        self.translations = translations
        self.language = language
        self._profile = profile
        self._cards = cards
        self._steps = steps
        self._signature: tuple[object, ...] | None = None
        self._variables: dict[str, object] = {}
        self._cache: dict[tuple[object, ...], str] = {}

    @property
    def code(self) -> str:
        return self.language.code

    @property
    def speaks_source(self) -> bool:
        """True in the source language and its regional variants (English): the few messages the
        storage layer writes in English with every detail can be shown as they are."""
        source = self.translations.languages.source.code
        return self.language.code.split("-")[0] == source.split("-")[0]

    def family(self) -> dict[str, object]:
        """The family's variables now (made again when a name, the place or the day changed)."""
        profile = self._profile()
        signature = family_signature(profile)
        if signature != self._signature:
            self._cache.clear()
            self._signature = signature
            self._variables = {}  # family_variables formats words through this translator
            self._variables = family_variables(profile, self._cards, self._steps, self)
        return self._variables

    # -- formatting ------------------------------------------------------------------------------

    def message(self, key: str, moment: Mapping[str, Moment] | None = None, *, capitalise: bool = True) -> str:
        """The message keyed ``key`` with the family's variables and ``moment`` values."""
        family = self.family()
        cache_key = (key, capitalise, *sorted((moment or {}).items(), key=lambda item: item[0]))
        try:
            cached = self._cache.get(cache_key)
        except TypeError:  # an unhashable moment value: format without the cache
            cached, cache_key = None, ()
        if cached is not None:
            return cached
        args: dict[str, object] = dict(family)
        for name, value in (moment or {}).items():
            args[name] = self.value(value)
        words = self.translations.format(self.language.code, key, args)
        if capitalise:
            words = capitalised(words)
        if cache_key:
            if len(self._cache) > CACHE_LIMIT:
                self._cache.clear()
            self._cache[cache_key] = words
        return words

    def line(self, line: Text, **moment: Moment) -> str:
        """A line (or text) as this family hears it in this language."""
        return self.message(line.key, moment) if line.key else line.text

    def text(self, text: Text, **moment: Moment) -> str:
        """A content text (a card's label, a part's caption) in this language, names filled in."""
        return self.message(text.key, moment, capitalise=False) if text.key else text.text

    def words_of(self, text: Text) -> str:
        """A text used inside sentences ("snack", "a shiny star"), as it is, not capitalised."""
        return self.text(text)

    def title(self, line: Line) -> str:
        """How the parent's pages name a line ("The promise"), in this language."""
        if not line.key or not line.title:
            return line.title
        self.family()
        return self.translations.format(self.language.code, line.key, dict(self._variables), attribute="title")

    def t(self, key: str, /, **args: Moment) -> str:
        """One of the screens' own words (``screens:home.play``), names filled in."""
        return self.message(key, args, capitalise=False)

    def date_words(self, day: dt.date, pattern: str) -> str:
        """``day`` written with a CLDR ``pattern`` in this language: ``"EEE"`` → "Wed" / "mié"."""
        from babel.dates import format_date  # Babel comes with fluent.runtime; loaded when first used

        return str(format_date(day, pattern, locale=self.language.locale))

    def value(self, value: Moment) -> object:
        """A moment value as Fluent sees it: a text in this language, a list of texts joined."""
        if isinstance(value, Text):
            return self.words_of(value)
        if isinstance(value, (list, tuple)):
            return self.join([self.words_of(item) if isinstance(item, Text) else str(item) for item in value])
        return value

    def join(self, words: Sequence[str]) -> str:
        """``["hug", "kiss", "high five"]`` → "hug, kiss and high five" (in this language)."""
        if len(words) <= 1:
            return "".join(words)
        rest = ", ".join(words[:-1])
        return self.translations.format(self.language.code, "family:and", {"rest": rest, "last": words[-1]})

    def choice(self, choice_id: str, words: Text | str) -> Choice:
        """A family choice as a Fluent value (see ``i18n.fluent.Choice``)."""
        return Choice(choice_id, self.words_of(words) if isinstance(words, Text) else words)


_OPENING = "¡¿\"“‘'(«"


def capitalised(words: str) -> str:
    """``words`` with its first letter in capitals, after any opening marks: "¡una flor!" → "¡Una flor!"."""
    for index, char in enumerate(words):
        if char in _OPENING or char.isspace():
            continue
        if char.islower():
            return words[:index] + char.upper() + words[index + 1 :]
        return words
    return words


def family_translator(content: Content, profile: Profile, code: str | None = None) -> Translator:
    """A translator for ``profile``'s family outside a game (tools, tests): in ``code``, or the
    family's language (the computer's when none is chosen)."""
    from dropoff_buddy.i18n.languages import system_language

    languages = content.languages
    chosen = code or profile.settings.language
    language = languages.resolve(chosen) if chosen else system_language(languages)
    return Translator(content.translations, language, lambda: profile, content.cards, content.ritual_steps)
