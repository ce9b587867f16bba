"""Cross-reference checks for content files (``dropoff-buddy check``).

After the shape is valid (``story.loader``), a story is checked completely: every background,
prop and sound exists; every actor, pose, expression, hotspot target and page it names exists;
every page can be reached; every placeholder is known; every kid-facing line can be spoken.
The catalogues (``cards.toml``, ``ritual_steps.toml``, ``feelings.toml``, ``lines.toml``,
``parts.toml``, ``rewards.toml``) are checked the same way; every kid line anywhere must never
say "always" or a clock time. Checking a whole levels folder also checks that every recordable
line is said by some screen and every screen says only lines that exist (``check_said``), and
every translation (``levels/i18n``: ``i18n.check``). Each problem is one line:
``file: page id: field: what is wrong``.
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

from dropoff_buddy.assets import find_assets_dir
from dropoff_buddy.audio.sound import SoundBoard
from dropoff_buddy.content.catalog import CardCatalog, RitualCatalog, load_cards, load_ritual_steps
from dropoff_buddy.content.evening import ACTIVITY, load_evening
from dropoff_buddy.content.feelings import load_feelings
from dropoff_buddy.content.lines import Line, SentenceType, Text
from dropoff_buddy.content.loader import ContentError, find_levels_dir, read_toml
from dropoff_buddy.content.printables import load_printables
from dropoff_buddy.content.tips import load_tips
from dropoff_buddy.rig.figure import EXPRESSIONS
from dropoff_buddy.rig.poses import PoseBook, pose_problems
from dropoff_buddy.story.figures import MOST_WORDS, PAGES, RATIO, StoryFigures, story_figures
from dropoff_buddy.story.loader import load_story, story_from_data
from dropoff_buddy.story.schema import (
    CAST,
    DOOR_TARGET,
    PHOTO_TARGET,
    PORTRAIT_TARGET,
    Activity,
    Actor,
    Condition,
    Page,
    Story,
)
from dropoff_buddy.words import PLACEHOLDERS

# Placeholders a story line may use beyond the profile's: the family's goodbye steps in words,
# and, on an activity page, how the activity is said ("snack", "outdoor play").
STORY_PLACEHOLDERS = ("ritual",)
ACTIVITY_PLACEHOLDERS = ("activity",)

# The kind of figure each of the cast is drawn as (friends say their own).
CAST_KINDS = {"child": "child", "buddy": "buddy", "grownup": "adult", "pickup": "adult", "teacher": "adult"}

MAX_LINE_CHARS = 170
MAX_LINE_WORDS = 30

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# What a speech engine (and a grown-up reading the caption aloud) can say: letters, digits,
# spaces and ordinary sentence punctuation. No markup, symbols or emoji.
_SPEAKABLE = re.compile(r"^[\w\s.,!?'’\"“”\-–—;:…()]*$")
_CLOCK_TIME = re.compile(
    r"\b\d{1,2}\s*[:.]\s*\d{2}\b"  # 15:00, 3.30
    r"|\b\d{1,2}\s*(am|pm|a\.m\.|p\.m\.)"  # 3pm, 3 a.m.
    r"|o'clock|o’clock"
    r"|\b(at|by|until|till|before|after)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?!\s+(sleep|sleeps|night|nights)\b)"  # "after two sleeps" is how a child counts days
    r"|\bnoon\b|\bmidday\b",
    re.I,
)
_ALWAYS = re.compile(r"\balways\b", re.I)
# Words that tell the child what to do on the screen: those go in a hint, never in a story's sentences.
_INSTRUCTION = re.compile(r"\b(tap|taps|tapping|press|click|swipe|arrow)\b", re.I)
_PROMISE = re.compile(r"\b(come|comes|coming|be)\s+back\b", re.I)
_RIGHT_AFTER = "right after {pickup_after}"


def check_line(text: Text | str, known: Iterable[str]) -> list[str]:
    """What stops ``text`` from being a good kid-facing line (empty list: it is fine).

    Every kid line is checked: never "always" (a promise that cannot be kept), never a clock
    time ("at 3", "3 o'clock", "15:00", "3pm"): children live by activities, not clocks. A line
    with Fluent syntax (a plural) is checked in every form it can take.
    """
    text = text.text if isinstance(text, Text) else text
    if "$" in text or "->" in text:
        return _check_fluent_line(text, known)
    problems = []
    known = set(known)
    if not text.strip():
        return ["the line is empty, so nothing would be said"]
    unknown = [name for name in _PLACEHOLDER.findall(text) if name not in known]
    if unknown:
        names = ", ".join("{" + name + "}" for name in sorted(known))
        problems.append(f"unknown placeholder {{{unknown[0]}}} (known: {names})")
    bare = _PLACEHOLDER.sub("name", text)
    if "{" in bare or "}" in bare:
        problems.append("a brace is not closed, so the line cannot be spoken")
    elif not _SPEAKABLE.match(bare):
        odd = sorted({char for char in bare if not _SPEAKABLE.match(char)})
        problems.append(f"cannot be spoken: remove {' '.join(repr(char) for char in odd)}")
    if len(text) > MAX_LINE_CHARS or len(bare.split()) > MAX_LINE_WORDS:
        problems.append(f"too long to say in one breath (at most {MAX_LINE_WORDS} words, {MAX_LINE_CHARS} characters)")
    if _CLOCK_TIME.search(bare):
        problems.append("names a clock time; say the activity instead (right after {pickup_after})")
    if _ALWAYS.search(text):
        problems.append("says 'always', a promise no one can keep; say what happens instead")
    if _PROMISE.search(text) and _RIGHT_AFTER not in text.lower():
        problems.append("a coming-back promise must say 'right after {pickup_after}'")
    return problems


def sentence_problems(line: Line) -> list[str]:
    """What stops ``line`` from being a sentence of a social story (its words are checked by ``check_line``)."""
    problems = []
    if line.sentence_type is None:
        kinds = ", ".join(kind.value for kind in SentenceType)
        problems.append(f'say what kind of sentence this is: {{ text = "...", type = "descriptive" }} ({kinds})')
    if _INSTRUCTION.search(line.text):
        problems.append("an instruction for the screen belongs in a hint, not in the story's words")
    return problems


def _check_fluent_line(text: str, known: Iterable[str]) -> list[str]:
    from dropoff_buddy.i18n.fluent import pattern_forms, source_message

    message = source_message("line", text)
    if message is None:
        return ["this is not valid Fluent (see docs/TRANSLATING.md): check the braces and the [variants]"]
    problems: list[str] = []
    for form in pattern_forms(message.value):
        problems.extend(problem for problem in check_line(form, known) if problem not in problems)
    return problems


@dataclass
class _Context:
    path: Path
    assets: Path
    cards: CardCatalog
    friends: dict[str, str]  # friend id -> kind of figure
    poses: PoseBook | None = None  # the rig's poses (None when poses.toml itself is broken)
    problems: list[str] = field(default_factory=list)

    def add(self, where: str, what: str, message: str) -> None:
        self.problems.append(f"{self.path}: {where}: {what}: {message}")

    def line(self, where: str, what: str, text: Line | str, known: Iterable[str]) -> None:
        for problem in check_line(text, known):
            self.add(where, what, problem)

    def sentence(self, where: str, what: str, line: Line, known: Iterable[str]) -> None:
        """A line of the story itself (narration, a tap's answer, a choice): a speakable line that says
        its sentence type and gives no instructions for the screen."""
        self.line(where, what, line, known)
        for problem in sentence_problems(line):
            self.add(where, what, problem)

    drawn: dict[tuple[str, str], bool] = field(default_factory=dict)

    def art(self, where: str, what: str, folder: str, name: str) -> None:
        key = (folder, name)
        if key not in self.drawn:  # each picture is looked for on disk once, however many pages use it
            self.drawn[key] = (self.assets / "svg" / folder / f"{name}.svg").is_file()
        if not self.drawn[key]:
            self.add(where, what, f"no art called {name!r} (expected assets/svg/{folder}/{name}.svg)")


def _a(kind: str | None) -> str:
    """ "a child", "an adult"."""
    return f"an {kind}" if kind and kind[0] in "aeiou" else f"a {kind}"


def _kind_of(ctx: _Context, who: str) -> str | None:
    """The kind of figure ``who`` is drawn as (adult, child, buddy), or None for nobody known."""
    return CAST_KINDS.get(who) or ctx.friends.get(who)


def _check_actor(ctx: _Context, where: str, index: int, actor: Actor) -> None:
    what = f"actors.{index}"
    kind = _kind_of(ctx, actor.who)
    if kind is None:
        ctx.add(where, f"{what}.who", f"unknown actor {actor.who!r} (use {', '.join(CAST)} or a friend's id)")
        return
    if ctx.poses is not None:
        if actor.pose not in ctx.poses.poses:
            ctx.add(
                where,
                f"{what}.pose",
                f"unknown pose {actor.pose!r} (poses are in levels/poses.toml: {', '.join(ctx.poses.names(kind))})",
            )
        elif actor.pose not in ctx.poses.names(kind):
            choose = ", ".join(ctx.poses.names(kind))
            ctx.add(where, f"{what}.pose", f"{_a(kind)} has no pose {actor.pose!r} (choose {choose})")
    if actor.expression not in EXPRESSIONS:
        ctx.add(
            where,
            f"{what}.expression",
            f"unknown expression {actor.expression!r} for {actor.who} (choose {', '.join(EXPRESSIONS)})",
        )


def _buddy_carried(ctx: _Context, staged: Page | Activity) -> bool:
    """True if someone on the page holds the buddy in their pose (arms, backpack, at nap)."""
    if ctx.poses is None:
        return False
    for actor in staged.actors:
        kind = _kind_of(ctx, actor.who)
        if kind in ("adult", "child") and actor.pose in ctx.poses.names(kind):
            track = ctx.poses.track(actor.pose, kind)
            if any(prop.name == "buddy" for state in track.states for prop in state.props):
                return True
    return False


def _check_pairs(ctx: _Context, where: str, staged: Page | Activity) -> None:
    on_stage = {actor.who for actor in staged.actors}
    for index, pair in enumerate(staged.pairs):
        what = f"pairs.{index}"
        for field_name in ("first", "second"):
            who = getattr(pair, field_name)
            if who not in on_stage:
                ctx.add(where, f"{what}.{field_name}", f"{who!r} is not on the stage of this page")
        if pair.first == pair.second:
            ctx.add(where, what, "a pair pose needs two different actors")
        if ctx.poses is None:
            continue
        if pair.pose not in ctx.poses.pairs:
            ctx.add(where, f"{what}.pose", f"unknown pair pose {pair.pose!r} (choose {', '.join(ctx.poses.pairs)})")
            continue
        kinds = (_kind_of(ctx, pair.first), _kind_of(ctx, pair.second))
        allowed = [tuple(item) for item in ctx.poses.pairs[pair.pose].kinds]
        if None not in kinds and kinds not in allowed:
            made_for = "; ".join(f"{_a(a)} and {_a(b)}" for a, b in allowed)
            message = f"{pair.pose!r} is not made for {_a(kinds[0])} and {_a(kinds[1])} (only {made_for})"
            ctx.add(where, f"{what}.pose", message)


def _check_staged(ctx: _Context, where: str, staged: Page | Activity, known: Sequence[str]) -> None:
    """Checks shared by pages and activity templates."""
    ctx.art(where, "background", "backgrounds", staged.background)
    on_stage = [actor.who for actor in staged.actors]
    for index, actor in enumerate(staged.actors):
        _check_actor(ctx, where, index, actor)
    _check_pairs(ctx, where, staged)
    if len(set(on_stage)) != len(on_stage):
        ctx.add(where, "actors", "the same actor is on the stage twice")
    prop_names = [prop.name for prop in staged.props]
    for index, prop in enumerate(staged.props):
        ctx.art(where, f"props.{index}.name", "props", prop.name)
    targets = set(on_stage) | set(prop_names) | ({PHOTO_TARGET} if staged.photo is not None else set())
    if _buddy_carried(ctx, staged):
        targets.add("buddy")  # in the child's arms or backpack: tap it there
    targets |= {DOOR_TARGET} if staged.door is not None else set()
    if staged.portrait is not None:
        targets.add(PORTRAIT_TARGET)
        if staged.portrait.who not in CAST and staged.portrait.who not in ctx.friends:
            ctx.add(
                where, "portrait.who", f"unknown person {staged.portrait.who!r} (the cast or a friend of the story)"
            )
    _check_hotspots(ctx, where, staged, targets, on_stage, known)
    if staged.hint:
        ctx.line(where, "hint", staged.hint, known)
    for index, line in enumerate(staged.say):
        ctx.sentence(where, f"say.{index}", line, known)


def _check_hotspots(
    ctx: _Context, where: str, staged: Page | Activity, targets: set[str], on_stage: list[str], known: Sequence[str]
) -> None:
    """Each hotspot taps something on the page and reacts with actors on the stage and a known sound."""
    for index, hotspot in enumerate(staged.hotspots):
        what = f"hotspots.{index}"
        if hotspot.target not in targets:
            ctx.add(
                where,
                f"{what}.target",
                f"nothing called {hotspot.target!r} on this page to tap "
                f"(on the page: {', '.join(sorted(targets)) or 'nothing'})",
            )
        reaction = hotspot.reaction
        for attribute in ("actor", "with_actor"):
            name = getattr(reaction, attribute)
            if name and name not in on_stage:
                ctx.add(where, f"{what}.reaction.{attribute}", f"{name!r} is not on the stage of this page")
        if reaction.sound not in SoundBoard.EFFECT_NAMES:
            ctx.add(
                where,
                f"{what}.reaction.sound",
                f"unknown sound {reaction.sound!r} "
                f"(sounds come from tools/make_sounds.py: {', '.join(SoundBoard.EFFECT_NAMES)})",
            )
        ctx.sentence(where, f"{what}.reaction.say", reaction.say, known)
        if hotspot.hint:
            ctx.line(where, f"{what}.hint", hotspot.hint, known)


def _successors(story: Story, index: int, positions: dict[str, int]) -> set[int]:
    """Pages that can follow page ``index`` (by position); ``positions`` maps page ids to positions."""
    page = story.page[index]
    result: set[int] = set()

    def fall_through(start: int) -> None:
        # The following page, and the ones after it while a page may be skipped by its condition.
        position = start
        while position < len(story.page):
            result.add(position)
            if story.page[position].when is None:
                break
            position += 1

    if page.choice is not None:
        for option in page.choice.options:
            if option.goto in positions:
                result.add(positions[option.goto])
            elif not option.goto:
                fall_through(index + 1)
    elif page.next:
        if page.next in positions:
            result.add(positions[page.next])
    else:
        fall_through(index + 1)
    return result


def lint_story(path: Path, story: Story, *, assets: Path | None = None, cards: CardCatalog | None = None) -> list[str]:
    """Every cross-reference problem in ``story`` (already shape-valid), one line each."""
    cards = cards if cards is not None else load_cards()
    try:
        poses: PoseBook | None = PoseBook.load()
    except ContentError:
        poses = None  # check reports poses.toml's own problems
    friends: dict[str, str] = {friend.id: friend.kind for friend in story.friend}
    ctx = _Context(path, assets if assets is not None else find_assets_dir(), cards, friends, poses=poses)
    _check_ids(ctx, story, cards)
    ctx.line("-", "title", story.title, PLACEHOLDERS)
    _check_pages(ctx, story, cards)
    _check_reachable(ctx, story)
    _check_activities(ctx, story, cards)
    return ctx.problems


def _check_ids(ctx: _Context, story: Story, cards: CardCatalog) -> None:
    """Friends, pages and insert markers are named once, and never like the cast or a card."""
    for friend in story.friend:
        if friend.id in CAST:
            ctx.add(friend.id, "id", f"a friend cannot be called {friend.id!r}: that is one of the cast")
    seen: set[str] = set()
    for page in story.page:
        if page.id in seen:
            ctx.add(page.id, "id", "this page id is used twice")
        seen.add(page.id)
        if page.id in cards.ids:
            ctx.add(page.id, "id", f"{page.id!r} is a schedule card's id, which names that card's activity page")
    if story.cover:
        cover = story.page_by_id(story.cover)
        if cover is None:
            ctx.add("-", "cover", f"there is no page {story.cover!r} to draw as the cover")
        elif cover.insert:
            ctx.add("-", "cover", f"{story.cover!r} is a marker, not a page with a picture")
    markers = [page.insert for page in story.page if page.insert]
    for marker in set(markers):
        if markers.count(marker) > 1:
            ctx.add("-", "insert", f"there are {markers.count(marker)} {marker!r} markers; a story has at most one")


def _check_pages(ctx: _Context, story: Story, cards: CardCatalog) -> None:
    """Each page's links, conditions, stage and choices."""
    page_known = (*PLACEHOLDERS, *STORY_PLACEHOLDERS)
    positions = {page.id: index for index, page in enumerate(story.page)}
    variables: dict[str, set[str]] = {}
    for page in story.page:
        if page.choice is not None:
            variables.setdefault(page.choice.variable, set()).update(option.id for option in page.choice.options)
    for page in story.page:
        where = page.id
        if page.next and page.next not in positions:
            ctx.add(where, "next", f"there is no page {page.next!r}")
        if page.when is not None:
            _check_when(ctx, where, page.when, cards, variables)
        if page.insert:
            continue
        _check_staged(ctx, where, page, page_known)
        if page.choice is not None:
            for index, option in enumerate(page.choice.options):
                ctx.art(where, f"choice.options.{index}.picture", "props", option.picture)
                ctx.sentence(where, f"choice.options.{index}.say", option.say, page_known)
                if option.goto and option.goto not in positions:
                    ctx.add(where, f"choice.options.{index}.goto", f"there is no page {option.goto!r}")


def _check_when(ctx: _Context, where: str, when: Condition, cards: CardCatalog, variables: dict[str, set[str]]) -> None:
    """A page's condition names a real card, or a variable a choice sets and one of its options."""
    if when.schedule_has and when.schedule_has not in cards.ids:
        ctx.add(where, "when.schedule_has", f"there is no schedule card {when.schedule_has!r}")
    if not when.variable:
        return
    if when.variable not in variables:
        ctx.add(where, "when.variable", f"no choice sets the variable {when.variable!r}")
    elif when.equals not in variables[when.variable]:
        ctx.add(
            where,
            "when.equals",
            f"{when.equals!r} is not one of the options of "
            f"{when.variable!r} ({', '.join(sorted(variables[when.variable]))})",
        )


def _check_reachable(ctx: _Context, story: Story) -> None:
    """Every page must be reachable from the first one."""
    positions = {page.id: index for index, page in enumerate(story.page)}
    reached = {0}
    frontier = [0]
    while frontier:
        for successor in _successors(story, frontier.pop(), positions):
            if successor not in reached:
                reached.add(successor)
                frontier.append(successor)
    for index, page in enumerate(story.page):
        if index not in reached:
            ctx.add(page.id, "-", "no page leads here, so this page can never be seen")


def _check_activities(ctx: _Context, story: Story, cards: CardCatalog) -> None:
    """Activity templates, skipped cards, and an activity page for every card when the story inserts them."""
    activity_known = (*PLACEHOLDERS, *STORY_PLACEHOLDERS, *ACTIVITY_PLACEHOLDERS)
    for activity in story.activity:
        where = f"activity {activity.card}"
        if activity.card != "*" and activity.card not in cards.ids:
            ctx.add(where, "card", f"there is no schedule card {activity.card!r} in cards.toml")
        _check_staged(ctx, where, activity, activity_known)
    for name in story.skip_cards:
        if name not in cards.ids:
            ctx.add("-", "skip_cards", f"there is no schedule card {name!r} in cards.toml")
    if any(page.insert for page in story.page):
        missing = [card for card in cards.ids if story.activity_for(card) is None]
        if missing:
            ctx.add("-", "activity", f"no activity page for the card(s) {', '.join(missing)} and no card = '*' one")


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
    from dropoff_buddy.content.loader import load_model
    from dropoff_buddy.content.parts import PartCatalog

    catalog = load_model(path, PartCatalog, "part")
    for part in catalog.part:
        for what in ("door_line", "bridge"):
            line = getattr(part, what)
            if line:
                for problem in check_line(line, PLACEHOLDERS):
                    result.problems.append(f"{path}: {part.id}: {what}: {problem}")
        if not (assets / part.icon).is_file():
            result.problems.append(f"{path}: {part.id}: icon: there is no picture at assets/{part.icon}")


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

    try:
        content = load_content(levels, assets)
    except ContentError:
        return  # each broken file has been reported by its own check
    result.files += len(list(content.i18n_dir.glob("*/*.ftl")))
    result.problems.extend(translation_problems(content))
