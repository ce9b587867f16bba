"""One story checked completely, after its shape is valid (``lint_story``).

Every background, prop and sound exists; every actor, pose, expression, hotspot target and page
it names exists; pair poses name two figures on the page; every page can be reached; every
condition names what exists; every schedule card has an activity page; every placeholder is
known; every line can be spoken (``story.line_rules``). Each problem is one line:
``file: page id: field: what is wrong``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dropoff_buddy.assets import find_assets_dir
from dropoff_buddy.audio.sound import SoundBoard
from dropoff_buddy.content.catalog import CardCatalog, load_cards
from dropoff_buddy.content.lines import Line
from dropoff_buddy.content.loader import ContentError
from dropoff_buddy.rig.figure import EXPRESSIONS
from dropoff_buddy.rig.poses import PoseBook
from dropoff_buddy.story.line_rules import check_line, sentence_problems
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
