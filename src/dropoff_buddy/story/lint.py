"""Cross-reference checks for content files (``dropoff-buddy check``).

After the shape is valid (``story.loader``), a story is checked completely
(``story.story_check``): every background, prop and sound exists; every actor, pose,
expression, hotspot target and page it names exists; every page can be reached; every
placeholder is known; every kid-facing line can be spoken (``story.line_rules``). The
catalogues (``cards.toml``, ``ritual_steps.toml``, ``feelings.toml``, ``lines.toml``,
``parts.toml``, ``rewards.toml``) are checked the same way; every kid line anywhere must never
say "always" or a clock time. Checking a whole levels folder also checks that every recordable
line is said by some screen and every screen says only lines that exist (``check_said``), and
every translation (``levels/i18n``: ``i18n.check``). Each problem is one line:
``file: page id: field: what is wrong``.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

from dropoff_buddy.assets import find_assets_dir
from dropoff_buddy.audio.sound import SoundBoard
from dropoff_buddy.content.catalog import CardCatalog, RitualCatalog, load_cards, load_ritual_steps
from dropoff_buddy.content.evening import ACTIVITY, load_evening
from dropoff_buddy.content.feelings import load_feelings
from dropoff_buddy.content.loader import ContentError, find_levels_dir, read_toml
from dropoff_buddy.content.printables import load_printables
from dropoff_buddy.content.tips import load_tips
from dropoff_buddy.rig.pose_file import pose_problems
from dropoff_buddy.story.figures import MOST_WORDS, PAGES, RATIO, StoryFigures, story_figures
from dropoff_buddy.story.line_rules import check_line, sentence_problems
from dropoff_buddy.story.loader import load_story, story_from_data
from dropoff_buddy.story.schema import (
    Story,
)
from dropoff_buddy.story.story_check import lint_story
from dropoff_buddy.words import PLACEHOLDERS


def _icon_notes(path: Path, items: Iterable[tuple[str, str]], assets: Path) -> list[str]:
    return [
        f"{path}: {item_id}: icon: note: the picture {icon!r} is not drawn yet"
        for item_id, icon in items
        if not (assets / icon).is_file()
    ]


@dataclass
class CheckResult:
    problems: list[str] = field(default_factory=list)  # errors: the file must be fixed
    notes: list[str] = field(default_factory=list)  # worth knowing, not errors
    files: int = 0
    stories: list[tuple[Path, StoryFigures]] = field(default_factory=list)  # each story's pages, words, ratio


def check_cards(path: Path, result: CheckResult, assets: Path) -> None:
    catalog = load_cards(path)
    for card in catalog.card:
        for what, text in (("say", card.say), ("words", card.words)):
            for problem in check_line(text, PLACEHOLDERS):
                result.problems.append(f"{path}: {card.id}: {what}: {problem}")
        for problem in sentence_problems(card.say):  # it opens the card's page in the story
            result.problems.append(f"{path}: {card.id}: say: {problem}")
    result.notes.extend(_icon_notes(path, ((card.id, card.icon) for card in catalog.card), assets))


def check_ritual_steps(path: Path, result: CheckResult, assets: Path) -> None:
    catalog: RitualCatalog = load_ritual_steps(path)
    for step in catalog.step:
        for what in ("prompt", "praise", "together"):
            for problem in check_line(getattr(step, what), PLACEHOLDERS):
                result.problems.append(f"{path}: {step.id}: {what}: {problem}")
        if step.sound not in SoundBoard.EFFECT_NAMES:
            result.problems.append(f"{path}: {step.id}: sound: unknown sound {step.sound!r}")
    result.notes.extend(_icon_notes(path, ((step.id, step.icon) for step in catalog.step), assets))


def check_feelings(path: Path, result: CheckResult, assets: Path) -> None:
    catalog = load_feelings(path, assets)
    for feeling in catalog.feeling:
        for what in ("say", "reply"):
            for problem in check_line(getattr(feeling, what), PLACEHOLDERS):
                result.problems.append(f"{path}: {feeling.id}: {what}: {problem}")
    for thing in catalog.tricky:
        for what in ("say", "say_other"):
            line = getattr(thing, what)
            for problem in check_line(line, PLACEHOLDERS) if line or what == "say" else ():
                result.problems.append(f"{path}: {thing.id}: {what}: {problem}")


def check_lines_file(path: Path, result: CheckResult) -> None:
    """``lines.toml``: every line speakable, with family or moment placeholders only."""
    from dropoff_buddy.content.kid_lines import KidLines
    from dropoff_buddy.content.lines import MOMENT_PLACEHOLDERS, iter_lines
    from dropoff_buddy.content.loader import load_model

    model = load_model(path, KidLines)
    for where, line, _ in iter_lines(model):
        for problem in check_line(line, (*PLACEHOLDERS, *MOMENT_PLACEHOLDERS)):
            table, _, name = where.partition(".")
            result.problems.append(f"{path}: {table}: {name}: {problem}")


def check_parts(path: Path, result: CheckResult, assets: Path) -> None:
    """``parts.toml``: door and bridge lines speakable, pictures drawn."""
    from dropoff_buddy.content.loader import load_model, missing_pictures
    from dropoff_buddy.content.parts import PartCatalog

    catalog = load_model(path, PartCatalog, "part")
    for part in catalog.part:
        for what in ("door_line", "bridge"):
            line = getattr(part, what)
            if line:
                for problem in check_line(line, PLACEHOLDERS):
                    result.problems.append(f"{path}: {part.id}: {what}: {problem}")
        result.problems.extend(missing_pictures(path, [part], assets))


def check_rewards(path: Path, result: CheckResult, assets: Path) -> None:
    from dropoff_buddy.content.loader import load_model
    from dropoff_buddy.rewards import RewardCatalog

    catalog = load_model(path, RewardCatalog, "sticker")
    result.notes.extend(_icon_notes(path, ((item.id, item.icon) for item in catalog.sticker), assets))


def check_said(levels: Path, assets: Path, result: CheckResult) -> None:
    """Every recordable line is said by some screen, and every line a screen says exists.

    Screens declare what they say (``Scene.says``, key patterns); a test plays every kid screen
    and holds them to it, so this is the lines' real ``said_in``.
    """
    from dropoff_buddy.content.registry import load_content
    from dropoff_buddy.registry import collect_scene_lines, scenes_saying

    try:
        content = load_content(levels, assets)
    except ContentError:
        return  # each broken file has been reported by its own check
    from dropoff_buddy.registry import collect_scene_factories

    scene_lines = collect_scene_lines(content.stories)
    scenes = collect_scene_factories()
    for key, line in content.lines_by_key.items():
        file, _, where = key.partition(":")
        item, _, field_name = where.partition(".")
        part = content.parts.get(item) if file == "parts" else None
        if part is not None and part.scene not in scenes:
            result.problems.append(f"{levels / 'parts.toml'}: {item}: scene: there is no scene called {part.scene!r}")
        elif not (line.recordable and not scenes_saying(key, scene_lines)):
            continue
        result.problems.append(
            f"{levels / (file + '.toml')}: {item}: {field_name or '-'}: "
            f"no screen says this line ({key}), so a recording of it would never be heard"
        )
    for scene, patterns in sorted(scene_lines.items()):
        for pattern in patterns:
            if not any(fnmatchcase(key, pattern) for key in content.lines_by_key):
                result.problems.append(
                    f"{levels}: scene {scene}: says: it says lines {pattern!r}, but there is no such line"
                )


def measure_story(path: Path, story: Story, cards: CardCatalog, result: CheckResult) -> None:
    """Report the story's pages, words and describing-to-coaching ratio; fail it below 2:1 (a social
    story describes at least twice as much as it coaches); note a length outside a social story's."""
    try:
        steps: RitualCatalog | None = load_ritual_steps()
    except ContentError:
        steps = None
    figures = story_figures(story, cards, steps)
    result.stories.append((path, figures))
    title = f'"{figures.title}"'
    if figures.coaching and figures.ratio < RATIO:
        result.problems.append(
            f"{path}: -: say: {title} coaches too much: {figures.ratio_words}; a social story has at least "
            f"{RATIO:g} describing lines (descriptive, perspective, affirmative) for each coaching one"
        )
    low, high = PAGES
    if not low <= figures.fewest_pages <= figures.most_pages <= high:
        result.notes.append(f"{path}: -: page: note: {title} is {figures.pages_words}; a social story is {low}–{high}")
    if figures.words > MOST_WORDS:
        result.notes.append(
            f"{path}: -: say: note: {title} says {figures.words} words before any tap; a social story says "
            f"at most {MOST_WORDS}"
        )


def check_tips(path: Path, result: CheckResult) -> None:
    deck = load_tips(path)  # parent-facing text: validated completely, not spoken to the child
    cards = load_cards()
    for tip in deck.tip:
        for card_id in tip.activities:
            if card_id != "*" and cards.get(card_id) is None:
                result.problems.append(f"{path}: {tip.id}: activities: there is no card {card_id!r} in cards.toml")


def check_evening(path: Path, result: CheckResult) -> None:
    """The evening "How was your day?" lines: each can be spoken; it has a reply to every face and
    names only real cards."""
    from dropoff_buddy.content.lines import iter_lines

    script = load_evening(path)
    with_activity = (*PLACEHOLDERS, ACTIVITY)
    for where, line, _ in iter_lines(script):
        for problem in check_line(line, with_activity if ACTIVITY in line.placeholders else PLACEHOLDERS):
            item, _, name = where.rpartition(".")
            result.problems.append(f"{path}: {item or '-'}: {name}: {problem}")
    result.problems.extend(script.check_against(load_feelings(), load_cards(), str(path)))


def check_printables(path: Path, result: CheckResult) -> None:
    load_printables(path)  # words on paper for grown-ups: validated completely, not spoken


def check_poses(path: Path, result: CheckResult, assets: Path) -> None:
    result.problems.extend(pose_problems(path, assets))


#: Files known by their name, which their own loaders read (everything else is parsed once in ``check_files``).
CATALOG_FILE_NAMES = (
    "cards.toml",
    "ritual_steps.toml",
    "feelings.toml",
    "tips.toml",
    "poses.toml",
    "lines.toml",
    "parts.toml",
    "rewards.toml",
    "evening.toml",
    "printables.toml",
)


#: A catalogue's kind by the table its file holds (a story holds pages, never these alone).
_KIND_BY_TABLE = {
    "card": "cards",
    "step": "ritual_steps",
    "feeling": "feelings",
    "tip": "tips",
    "pose": "poses",
    "reply": "evening",
    "about_me": "printables",
}


def file_kind(path: Path, data: dict[str, object] | None = None) -> str:
    """ "cards", "ritual_steps", "feelings", "tips", "poses", "evening", "printables", "lines", "parts",
    "rewards" or "story", by file name or, failing that, contents (``data``, when the file was parsed
    already)."""
    if path.name in CATALOG_FILE_NAMES:
        return path.stem
    if data is None:
        try:
            data = read_toml(path)
        except ContentError:
            return "story"
    if "page" in data:
        return "story"
    return next((kind for table, kind in _KIND_BY_TABLE.items() if table in data), "story")


def shipped_level_files() -> list[Path]:
    """Every content file the game ships, in name order."""
    return sorted(find_levels_dir().glob("*.toml"))


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Parsing and validating a long level makes hundreds of thousands of objects, none in cycles;
    Python's cycle collector would walk all of them again and again as they grow (the time then
    grows faster than the file). Reference counting frees them all the same."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


#: How each catalogue is checked (path, result, assets); every other file is a story.
_CATALOGUE_CHECKS: dict[str, Callable[[Path, CheckResult, Path], None]] = {
    "cards": check_cards,
    "ritual_steps": check_ritual_steps,
    "feelings": check_feelings,
    "tips": lambda path, result, _assets: check_tips(path, result),
    "poses": check_poses,
    "evening": lambda path, result, _assets: check_evening(path, result),
    "printables": lambda path, result, _assets: check_printables(path, result),
    "lines": lambda path, result, _assets: check_lines_file(path, result),
    "parts": check_parts,
    "rewards": check_rewards,
}


def check_files(paths: Sequence[Path], *, assets: Path | None = None) -> CheckResult:
    """Check each file completely; every problem found in every file is in the result."""
    assets = assets if assets is not None else find_assets_dir()
    result = CheckResult()
    cards: CardCatalog | None = None
    for path in paths:
        result.files += 1
        try:
            # Parsed once here (a 10 MB story takes seconds); catalogues known by name read themselves.
            data = None if path.name in CATALOG_FILE_NAMES else read_toml(path)
            check = _CATALOGUE_CHECKS.get(file_kind(path, data))
            if check is not None:
                check(path, result, assets)
            else:
                story = story_from_data(path, data) if data is not None else load_story(path)
                if cards is None:
                    cards = load_cards()
                result.problems.extend(lint_story(path, story, assets=assets, cards=cards))
                measure_story(path, story, cards, result)
        except ContentError as error:
            result.problems.extend(error.problems)
    levels = {path.resolve().parent for path in paths}
    if len(levels) == 1 and {path.name for path in paths} >= {"lines.toml", "parts.toml", "cards.toml"}:
        check_said(next(iter(levels)), assets, result)
        check_translations(next(iter(levels)), assets, result)
    return result


def check_translations(levels: Path, assets: Path, result: CheckResult) -> None:
    """Every language in ``levels/i18n`` has every message, no extra ones, no unknown variables (``i18n.check``)."""
    from dropoff_buddy.content.registry import load_content
    from dropoff_buddy.i18n.check import translation_problems
    from dropoff_buddy.i18n.languages import find_i18n_dir, load_languages

    try:
        load_languages(find_i18n_dir(levels))  # not a levels/*.toml file: no check of its own
    except ContentError as error:
        result.problems.extend(error.problems)
        return
    try:
        content = load_content(levels, assets)
    except ContentError:
        return  # each broken file has been reported by its own check
    result.files += len(list(content.i18n_dir.glob("*/*.ftl")))
    result.problems.extend(translation_problems(content))
