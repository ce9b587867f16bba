"""Which pages a child sees, in which order, for their profile.

``plan_pages`` expands the activity markers from the profile's schedule (each card its own
page, made from the story's ``[[activity]]`` template) and drops pages whose conditions do not
hold (the profile's facts, the choices made so far, and how many sleeps until the next daycare
day, which the family's week gives), and the lines the parent switched off
(``profile.shelf.lines_off``: not true for this family; a page always keeps at least one line).
The first page carries the story's title, said before its lines. The result is a list of
``StoryPage`` values the player shows. Their lines are the story's own ``Line`` objects (so each
is said under its key and a parent's recording of it plays); a page carries the values of its own
placeholders (``{activity}``) in ``moment``, and the family's placeholders are filled when a line
is said (``ctx.say``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace

from dropoff_buddy.content.catalog import Card, CardCatalog
from dropoff_buddy.content.lines import Line, Text
from dropoff_buddy.storage.models import Profile
from dropoff_buddy.story.schema import (
    Activity,
    Actor,
    Choice,
    Condition,
    Door,
    Hotspot,
    Page,
    PairSpec,
    Photo,
    Portrait,
    Prop,
    Story,
    sleeps_bucket,
)
from dropoff_buddy.words import pickup_variables


@dataclass(frozen=True)
class StoryPage:
    """A page ready to show. ``id`` is the page's id, or the card's id for an activity page."""

    id: str
    background: str
    lines: tuple[Line, ...]
    actors: tuple[Actor, ...] = ()
    pairs: tuple[PairSpec, ...] = ()
    props: tuple[Prop, ...] = ()
    hotspots: tuple[Hotspot, ...] = ()
    photo: Photo | None = None
    door: Door | None = None
    portrait: Portrait | None = None
    hint: Line = field(default_factory=lambda: Line(""))
    choice: Choice | None = None
    next: str = ""
    breathing: bool = False
    ritual: bool = False
    card: str = ""  # the schedule card, on an activity page
    title: Line | None = None  # the story's title, said before the lines of the first page
    #: Values of the page's own placeholders, given with every line said on it ({activity}).
    moment: Mapping[str, Text | str] = field(default_factory=dict)


def spoken(lines: tuple[Line, ...], off: Collection[str]) -> tuple[Line, ...]:
    """``lines`` without those switched ``off`` (by key); never none: a page's last line stays."""
    kept = tuple(line for line in lines if line.key not in off)
    return kept or lines[:1]


def _staged(source: Page | Activity, id: str, background: str, lines: tuple[Line, ...]) -> StoryPage:
    """A page showing ``lines`` on ``background``, staged as ``source`` says (actors, props, door...)."""
    return StoryPage(
        id=id,
        background=background,
        lines=lines,
        actors=tuple(source.actors),
        pairs=tuple(source.pairs),
        props=tuple(source.props),
        hotspots=tuple(source.hotspots),
        photo=source.photo,
        door=source.door,
        portrait=source.portrait,
        hint=source.hint,
    )


def page_from(page: Page, off: Collection[str] = ()) -> StoryPage:
    return replace(
        _staged(page, page.id, page.background, spoken(tuple(page.say), off)),
        choice=page.choice,
        next=page.next,
        breathing=page.breathing,
        ritual=page.ritual,
    )


def activity_page(activity: Activity, card: Card, off: Collection[str] = ()) -> StoryPage:
    """The page for schedule card ``card``: the card's own line, then the template's."""
    return replace(
        _staged(activity, card.id, activity.background, spoken((card.say, *activity.say), off)),
        card=card.id,
        moment={"activity": card.words},
    )


# How a page's animation is shown standing still (a hug is the page's own pair pose, drawn as is).
STILL_POSES: Mapping[str, str] = {"wave": "wave"}


def still_page(page: StoryPage) -> StoryPage:
    """``page`` standing still at the moment its words describe (the printed storybook, a shelf
    cover): people who walk in have arrived, someone about to walk out is still there, a wave is a
    wave, the page's pair poses (a hug, reading together) are as they are once their moment comes,
    a sleeper lies with eyes closed."""
    actors = []
    for actor in page.actors:
        update: dict[str, object] = {"animation": "none", "delay": 0.0, "cue_line": -1}
        if actor.animation == "sleep":
            update["expression"] = "sleepy"  # lying as staged, eyes closed
        elif actor.animation in STILL_POSES:
            update["pose"] = STILL_POSES[actor.animation]
        actors.append(actor.model_copy(update=update))
    pairs = tuple(pair.model_copy(update={"delay": 0.0, "cue_line": -1}) for pair in page.pairs)
    props = [prop.model_copy(update={"animation": "none"}) for prop in page.props]
    return replace(page, actors=tuple(actors), pairs=pairs, props=tuple(props), next="")


def condition_holds(
    when: Condition | None, profile: Profile, variables: Mapping[str, str], sleeps: int | None = None
) -> bool:
    """True when every fact ``when`` gives holds; ``sleeps``: sleeps until the next daycare day (None: not known)."""
    if when is None:
        return True
    if when.sleeps_until_daycare is not None and sleeps_bucket(sleeps) != when.sleeps_until_daycare:
        return False
    if when.place and profile.place not in when.place:
        return False
    if when.not_place and profile.place in when.not_place:
        return False
    if when.has_family_photo is not None and bool(profile.family_photo) != when.has_family_photo:
        return False
    if when.schedule_has and when.schedule_has not in profile.schedule:
        return False
    same = profile.pickup_grownup == profile.grownup
    if when.pickup_is_dropoff is not None and same != when.pickup_is_dropoff:
        return False
    return not (when.variable and variables.get(when.variable) != when.equals)


def day_activities(story: Story, profile: Profile) -> tuple[list[str], str]:
    """(the activity cards before the pickup one, the pickup card), from the profile's schedule."""
    schedule = list(profile.schedule)
    pickup = profile.pickup_after
    before = schedule[: schedule.index(pickup)] if pickup in schedule else schedule
    before = [card for card in before if card not in story.skip_cards]
    return before[-story.max_activity_pages :], pickup


def _pages(story: Story, profile: Profile, cards: CardCatalog, shows: Callable[[Page], bool]) -> list[StoryPage]:
    """The story's pages that ``shows`` lets through, with the activity markers expanded."""
    before, pickup = day_activities(story, profile)
    off = set(profile.shelf.lines_off)
    pages: list[StoryPage] = []
    for page in story.page:
        if not shows(page):
            continue
        if page.insert:
            chosen = before if page.insert == "activities" else [pickup]
            for card_id in chosen:
                card = cards.get(card_id)
                activity = story.activity_for(card_id)
                if card is not None and activity is not None:
                    pages.append(activity_page(activity, card, off))
            continue
        pages.append(page_from(page, off))
    return _titled(story, pages, profile)


def plan_pages(
    story: Story,
    profile: Profile,
    cards: CardCatalog,
    variables: Mapping[str, str] | None = None,
    *,
    sleeps: int | None = None,
) -> list[StoryPage]:
    """The pages this child sees, in order, given the choices made so far (``variables``) and the
    sleeps until the next daycare day (``sleeps``, from the family's week; None: not known)."""
    chosen = variables or {}
    return _pages(story, profile, cards, lambda page: condition_holds(page.when, profile, chosen, sleeps))


def _titled(story: Story, pages: list[StoryPage], profile: Profile) -> list[StoryPage]:
    """``pages`` with the story's title on the first one, each saying who picks up as ``profile``
    has it (``{pickup_grownup}``: the story may be told of another day than today, see
    ``story.shelf.story_profile``)."""
    pickup = pickup_variables(profile)
    pages = [replace(page, moment={**page.moment, **pickup}) for page in pages]
    if pages:
        pages[0] = replace(pages[0], title=story.title)
    return pages


def reading_pages(story: Story, profile: Profile, cards: CardCatalog) -> list[StoryPage]:
    """Every page this family's child can see, in order, whichever pictures they choose and however
    many sleeps it is until daycare: the pages to read aloud for a recording of the whole story (a
    page that follows a choice is there once for each option)."""

    def shows(page: Page) -> bool:
        when = page.when
        if when is None:
            return True
        return condition_holds(
            when.model_copy(update={"variable": "", "equals": "", "sleeps_until_daycare": None}), profile, {}
        )

    return _pages(story, profile, cards, shows)


def every_page(story: Story, profile: Profile, cards: CardCatalog) -> list[StoryPage]:
    """Every page the story can show (for the tour): each written page, whatever its conditions,
    and an activity page for each card of this profile's day and each card with its own template."""
    off = set(profile.shelf.lines_off)
    pages = [page_from(page, off) for page in story.page if not page.insert]
    card_ids = list(
        dict.fromkeys([*profile.schedule, *(activity.card for activity in story.activity if activity.card != "*")])
    )
    for card_id in card_ids:
        if card_id in story.skip_cards and card_id != profile.pickup_after:
            continue
        card = cards.get(card_id)
        activity = story.activity_for(card_id)
        if card is not None and activity is not None:
            pages.append(activity_page(activity, card, off))
    return _titled(story, pages, profile)


__all__ = ["StoryPage", "every_page", "plan_pages", "reading_pages", "spoken", "still_page"]
