"""The content registry: every piece of content the game has, loaded once, with one error policy.

``load_content()`` reads ``levels/`` once at start-up (``app.build_context`` puts the result in
``ctx.content``): the parts (``parts.toml``), the screens' lines (``lines.toml``), the schedule
cards, the goodbye steps, the feelings, the stickers and prizes (``rewards.toml``), the evening
"How was your day?" (``evening.toml``), the tips and every story (any other ``*.toml`` with
pages) and the words on printed pages (``printables.toml``, for grown-ups, never spoken).
Then it keys every kid-facing line by where it lives (``content.lines``) and keeps them in
``lines_by_key``.

**One error policy.** Every problem is a ``file: id: field: what is wrong`` line. The game
cannot run without its parts, lines, cards, goodbye steps, feelings, rewards and evening: if one of
those is broken, ``load_content`` raises ``ContentError`` listing every problem (the command
line prints them kindly). A broken story, tips or printables file is left out and its problems are kept in
``problems``: the game runs with what it can, the part that needs it is not offered, and the
parent is told (``app.build_context`` turns ``problems`` into a notice).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel

from dropoff_buddy.assets import find_assets_dir
from dropoff_buddy.content.catalog import CardCatalog, RitualCatalog, load_cards, load_ritual_steps
from dropoff_buddy.content.evening import EveningScript
from dropoff_buddy.content.feelings import FeelingsCatalog, load_feelings
from dropoff_buddy.content.kid_lines import KidLines
from dropoff_buddy.content.lines import Line, Text, bind_lines
from dropoff_buddy.content.loader import ContentError, find_levels_dir, load_model, read_toml
from dropoff_buddy.content.parts import PartCatalog
from dropoff_buddy.content.printables import PrintableWords, load_printables
from dropoff_buddy.content.tips import TipDeck, load_tips
from dropoff_buddy.i18n.languages import LanguageCatalog, find_i18n_dir, load_languages
from dropoff_buddy.rewards import RewardCatalog
from dropoff_buddy.story.loader import story_from_data
from dropoff_buddy.story.schema import Story

#: The story the morning flow tells.
DEFAULT_STORY = "daycare_day"
#: Files with a fixed meaning; every other ``*.toml`` in ``levels/`` is a story.
CATALOGUE_FILES = ("parts", "lines", "cards", "ritual_steps", "feelings", "rewards", "evening", "tips", "printables")

if TYPE_CHECKING:
    from dropoff_buddy.i18n.fluent import Translations

ModelT = TypeVar("ModelT", bound=BaseModel)


@dataclass
class Content:
    """Everything in ``levels/``, validated, with every kid-facing line keyed."""

    parts: PartCatalog
    lines: KidLines
    cards: CardCatalog
    ritual_steps: RitualCatalog
    feelings: FeelingsCatalog
    rewards: RewardCatalog
    evening: EveningScript
    languages: LanguageCatalog
    #: Where the translations are (``levels/i18n``).
    i18n_dir: Path
    tips: TipDeck | None = None
    #: The words on printed pages (None when ``printables.toml`` is broken: see ``problems``).
    printables: PrintableWords | None = None
    stories: dict[str, Story] = field(default_factory=dict)
    #: Problems with optional files (a story, the tips), ``file: id: field: what`` each.
    problems: list[str] = field(default_factory=list)
    #: Every kid-facing line by key, in file order.
    lines_by_key: dict[str, Line] = field(default_factory=dict)
    #: Every line and every other keyed text (labels, words, tips), by key, in file order: the
    #: English source of every translated message that comes from ``levels/*.toml``.
    texts_by_key: dict[str, Text] = field(default_factory=dict)
    _translations: Translations | None = field(default=None, init=False, repr=False)

    @property
    def story(self) -> Story | None:
        """The story of the morning (``daycare_day``), or None if its file is broken."""
        return self.stories.get(DEFAULT_STORY)

    def line(self, key: str) -> Line | None:
        """The line with ``key`` (for tools, tests and the parent's pages; scenes hold lines themselves)."""
        return self.lines_by_key.get(key)

    def recordable(self) -> Iterator[Line]:
        """Every line a parent can record, in file order."""
        return (line for line in self.lines_by_key.values() if line.recordable)

    def titled(self) -> list[Line]:
        """The key lines a parent sees first on "Your voice" (those with a title), in file order."""
        return [line for line in self.lines_by_key.values() if line.title]

    @property
    def translations(self) -> Translations:
        """Every language's words (``levels/i18n``), loaded a file at a time as they are needed."""
        if self._translations is None:
            from dropoff_buddy.i18n.fluent import Translations

            self._translations = Translations(self.languages, self.i18n_dir, self.texts_by_key)
        return self._translations


def _essential(problems: list[str], load: object, *args: object) -> object:
    assert callable(load)
    try:
        return load(*args)
    except ContentError as error:
        problems.extend(error.problems)
        return None


def load_content(levels_dir: Path | None = None, assets_dir: Path | None = None) -> Content:
    """Read, validate and key every content file in ``levels_dir`` (default: the shipped ``levels/``).

    Raises ``ContentError`` (every problem, ``file: id: field: what``) when an essential file is
    broken; a broken story or tips file is reported in ``Content.problems`` instead.
    """
    levels = levels_dir if levels_dir is not None else find_levels_dir()
    assets = assets_dir if assets_dir is not None else find_assets_dir()
    fatal: list[str] = []
    parts = _essential(fatal, load_model, levels / "parts.toml", PartCatalog, "part")
    lines = _essential(fatal, load_model, levels / "lines.toml", KidLines)
    cards = _essential(fatal, load_cards, levels / "cards.toml")
    steps = _essential(fatal, load_ritual_steps, levels / "ritual_steps.toml", assets)
    feelings = _essential(fatal, load_feelings, levels / "feelings.toml", assets)
    rewards = _essential(fatal, load_model, levels / "rewards.toml", RewardCatalog, "sticker")
    evening = _essential(fatal, load_model, levels / "evening.toml", EveningScript, "reply")
    if isinstance(evening, EveningScript) and isinstance(feelings, FeelingsCatalog) and isinstance(cards, CardCatalog):
        fatal.extend(evening.check_against(feelings, cards, str(levels / "evening.toml")))
    i18n_dir = find_i18n_dir(levels)
    languages = _essential(fatal, load_languages, i18n_dir)
    if fatal:
        raise ContentError(fatal)
    assert isinstance(parts, PartCatalog) and isinstance(lines, KidLines) and isinstance(cards, CardCatalog)
    assert isinstance(steps, RitualCatalog) and isinstance(feelings, FeelingsCatalog)
    assert isinstance(rewards, RewardCatalog) and isinstance(evening, EveningScript)
    assert isinstance(languages, LanguageCatalog)
    content = Content(parts, lines, cards, steps, feelings, rewards, evening, languages, i18n_dir)
    _load_optional(content, levels)
    keyed: list[tuple[str, BaseModel]] = [
        ("parts", parts),
        ("lines", lines),
        ("cards", cards),
        ("ritual_steps", steps),
        ("feelings", feelings),
        ("rewards", rewards),
        ("evening", evening),
        *([("tips", content.tips)] if content.tips is not None else []),
        *([("printables", content.printables)] if content.printables is not None else []),
        *content.stories.items(),
    ]
    for file, model in keyed:
        found, problems = bind_lines(model, file, str(levels / f"{file}.toml"))
        if problems and file in CATALOGUE_FILES and file not in ("tips", "printables"):
            raise ContentError(problems)
        if problems:
            content.problems.extend(problems)
            content.stories.pop(file, None)
            if file == "tips":
                content.tips = None
            if file == "printables":
                content.printables = None
            continue
        content.texts_by_key.update(found)
        content.lines_by_key.update((key, text) for key, text in found.items() if isinstance(text, Line))
    return content


def _load_optional(content: Content, levels: Path) -> None:
    """The tips, the printed pages' words and the stories: each left out (its problems kept) when broken."""
    try:
        content.tips = load_tips(levels / "tips.toml")
    except ContentError as error:
        content.problems.extend(error.problems)
    try:
        content.printables = load_printables(levels / "printables.toml")
    except ContentError as error:
        content.problems.extend(error.problems)
    for path in sorted(levels.glob("*.toml")):
        if path.stem in CATALOGUE_FILES:
            continue
        try:
            data = read_toml(path)  # read once: a story is long, and is told from other files by its pages
            if "page" in data:
                content.stories[path.stem] = story_from_data(path, data)
        except ContentError as error:
            content.problems.extend(error.problems)
