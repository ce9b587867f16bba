"""Which pages a child sees, in which order, for their profile.

``plan_pages`` expands the activity markers from the profile's schedule (each card its own
page, made from the story's ``[[activity]]`` template), drops pages whose conditions do not
hold, and fills the story's own placeholders (``{ritual}``, ``{activity}``). The result is a
list of ``StoryPage`` values the player shows; the profile's placeholders are filled when a
line is said (``ctx.words``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dropoff_buddy.content.catalog import Card, CardCatalog, RitualCatalog
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
    Prop,
    Story,
)


@dataclass(frozen=True)
class StoryPage:
    """A page ready to show. ``id`` is the page's id, or the card's id for an activity page."""

    id: str
    background: str
    lines: tuple[str, ...]
    actors: tuple[Actor, ...] = ()
    pairs: tuple[PairSpec, ...] = ()
    props: tuple[Prop, ...] = ()
    hotspots: tuple[Hotspot, ...] = ()
    photo: Photo | None = None
    door: Door | None = None
    hint: str = ""
    choice: Choice | None = None
    next: str = ""
    breathing: bool = False
    ritual: bool = False
    card: str = ""  # the schedule card, on an activity page

    @property
    def tour_name(self) -> str:
        return f"story-{self.id}"


def ritual_words(profile: Profile, steps: RitualCatalog) -> str:
    """The family's goodbye steps as said aloud: "hug, kiss and high five"."""
    names = []
    for step_id in profile.ritual:
        step = steps.get(step_id)
        names.append(step.label.lower() if step is not None else step_id.replace("_", " "))
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _fill(text: str, values: Mapping[str, str]) -> str:
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


def _filled_hotspots(hotspots: list[Hotspot], values: Mapping[str, str]) -> tuple[Hotspot, ...]:
    result = []
    for hotspot in hotspots:
        reaction = hotspot.reaction.model_copy(update={"say": _fill(hotspot.reaction.say, values)})
        result.append(hotspot.model_copy(update={"reaction": reaction, "hint": _fill(hotspot.hint, values)}))
    return tuple(result)


def page_from(page: Page, values: Mapping[str, str]) -> StoryPage:
    choice = page.choice
    if choice is not None:
        options = [option.model_copy(update={"say": _fill(option.say, values)}) for option in choice.options]
        choice = choice.model_copy(update={"options": options})
    return StoryPage(
        id=page.id,
        background=page.background,
        lines=tuple(_fill(line, values) for line in page.say),
        actors=tuple(page.actors),
        pairs=tuple(page.pairs),
        props=tuple(page.props),
        hotspots=_filled_hotspots(page.hotspots, values),
        photo=page.photo,
        door=page.door,
        hint=_fill(page.hint, values),
        choice=choice,
        next=page.next,
        breathing=page.breathing,
        ritual=page.ritual,
    )


def activity_page(activity: Activity, card: Card, values: Mapping[str, str]) -> StoryPage:
    """The page for schedule card ``card``: the card's own line, then the template's."""
    values = {**values, "activity": card.words}
    return StoryPage(
        id=card.id,
        background=activity.background,
        lines=(card.say, *(_fill(line, values) for line in activity.say)),
        actors=tuple(activity.actors),
        pairs=tuple(activity.pairs),
        props=tuple(activity.props),
        hotspots=_filled_hotspots(activity.hotspots, values),
        photo=activity.photo,
        door=activity.door,
        hint=_fill(activity.hint, values),
        card=card.id,
    )


def condition_holds(when: Condition | None, profile: Profile, variables: Mapping[str, str]) -> bool:
    if when is None:
        return True
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


def plan_pages(
    story: Story,
    profile: Profile,
    cards: CardCatalog,
    steps: RitualCatalog,
    variables: Mapping[str, str] | None = None,
) -> list[StoryPage]:
    """The pages this child sees, in order, given the choices made so far (``variables``)."""
    variables = variables or {}
    values = {"ritual": ritual_words(profile, steps)}
    before, pickup = day_activities(story, profile)
    pages: list[StoryPage] = []
    for page in story.page:
        if not condition_holds(page.when, profile, variables):
            continue
        if page.insert:
            chosen = before if page.insert == "activities" else [pickup]
            for card_id in chosen:
                card = cards.get(card_id)
                activity = story.activity_for(card_id)
                if card is not None and activity is not None:
                    pages.append(activity_page(activity, card, values))
            continue
        pages.append(page_from(page, values))
    return pages


def every_page(story: Story, profile: Profile, cards: CardCatalog, steps: RitualCatalog) -> list[StoryPage]:
    """Every page the story can show (for the tour): each written page, whatever its conditions,
    and an activity page for each card of this profile's day and each card with its own template."""
    values = {"ritual": ritual_words(profile, steps)}
    pages = [page_from(page, values) for page in story.page if not page.insert]
    card_ids = list(
        dict.fromkeys([*profile.schedule, *(activity.card for activity in story.activity if activity.card != "*")])
    )
    for card_id in card_ids:
        if card_id in story.skip_cards and card_id != profile.pickup_after:
            continue
        card = cards.get(card_id)
        activity = story.activity_for(card_id)
        if card is not None and activity is not None:
            pages.append(activity_page(activity, card, values))
    return pages


__all__ = ["StoryPage", "every_page", "plan_pages", "ritual_words"]
