"""How long a story is and how it talks: its pages, its words, and describing to coaching.

A social story (Carol Gray, 10.2) is short and mostly *describes*: for each sentence that coaches
("{child} can hug {buddy}") there are at least two that describe, give a perspective or affirm.
``story_figures`` measures a story the way a child meets it:

* **pages**: the fewest and the most pages a child turns through, over every family (place,
  pick-up, photo, the sleeps until daycare) and every choice; activity pages count as the story
  inserts them (none before the pick-up one at the least, ``max_activity_pages`` at the most).
* **words**: the most words narrated before any tap, as the default family hears them (names and
  places filled in): the title, every page's lines and the chosen picture's line, on the longest
  way through, with the longest schedule cards' lines on the activity pages.
* **describing : coaching**: every line the child can hear in the story (pages, taps, choices, the
  title aside, and the schedule cards' lines its activity pages open with), by sentence type.
  Hints are the game's voice, not the story's, and are not counted.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import get_args

from dropoff_buddy.content.catalog import Card, CardCatalog, RitualCatalog
from dropoff_buddy.content.lines import Line, SentenceType, iter_lines
from dropoff_buddy.storage.models import Person, Place, Profile
from dropoff_buddy.story.plan import StoryPage, plan_pages
from dropoff_buddy.story.schema import Condition, Story
from dropoff_buddy.words import card_words, fill

#: A social story is 10–12 pages; it says at most this many words before any tap.
PAGES = (10, 12)
MOST_WORDS = 150
#: At least this many describing lines for each coaching one.
RATIO = 2.0


@dataclass(frozen=True)
class StoryFigures:
    title: str
    fewest_pages: int
    most_pages: int
    words: int  # the most narrated words before any tap (the default family's words)
    describing: int  # descriptive + perspective + affirmative lines
    coaching: int
    untyped: tuple[str, ...] = field(default=())  # where heard lines say no sentence type

    @property
    def ratio(self) -> float:
        """Describing lines per coaching line (infinite when nothing coaches)."""
        return self.describing / self.coaching if self.coaching else float("inf")

    @property
    def ratio_words(self) -> str:
        ratio = "no coaching" if not self.coaching else f"{self.ratio:.1f} to 1"
        return f"describing to coaching {self.describing}:{self.coaching} ({ratio})"

    @property
    def pages_words(self) -> str:
        pages = (
            f"{self.fewest_pages}" if self.fewest_pages == self.most_pages else f"{self.fewest_pages}–{self.most_pages}"
        )
        return f"{pages} pages"

    def summary(self) -> str:
        return f'"{self.title}": {self.pages_words}, {self.words} words before any tap, {self.ratio_words}'


def heard_lines(story: Story, cards: CardCatalog) -> Iterator[tuple[str, Line]]:
    """Every line a child can hear in ``story`` (its title and hints aside), with where it is:
    its pages', taps' and choices' lines, then the lines of the schedule cards it shows."""
    for path, line, _ in iter_lines(story):
        if isinstance(line, Line) and path != "title" and not path.endswith(".hint") and path != "hint":
            yield path, line  # (a choice's label is a Text, shown, never said)
    for card in _shown_cards(story, cards):
        yield f"card {card.id}", card.say


def _shown_cards(story: Story, cards: CardCatalog) -> list[Card]:
    """The schedule cards whose lines open an activity page of ``story`` (none if it inserts none)."""
    if not any(page.insert for page in story.page):
        return []
    return [card for card in cards.card if story.activity_for(card.id) is not None]


def story_figures(story: Story, cards: CardCatalog, steps: RitualCatalog | None = None) -> StoryFigures:
    """Pages, words and describing to coaching of ``story`` (see the module docstring)."""
    kinds = {kind: 0 for kind in SentenceType}
    untyped: list[str] = []
    for path, line in heard_lines(story, cards):
        if line.sentence_type is None:
            untyped.append(path)
        else:
            kinds[line.sentence_type] += 1
    coaching = kinds[SentenceType.COACHING]
    lengths: list[int] = []
    words = 0
    for profile, sleeps in _families(story, cards):
        values = placeholder_values(profile, cards, steps)  # the default family's words, in this family's day

        def said(page: StoryPage, chosen: Line | None, values: Mapping[str, str] = values) -> int:
            lines = (page.title, *page.lines, chosen)
            moment = {name: str(words) for name, words in page.moment.items()}  # {activity}: the card's words
            return sum(_word_count(line, moment, values) for line in lines if line is not None)

        for turned, narrated in _ways(story, profile, cards, sleeps, said):
            lengths.append(turned)
            words = max(words, narrated)
    return StoryFigures(
        title=fill(story.title.text, placeholder_values(Profile(), cards, steps)),
        fewest_pages=min(lengths, default=0),
        most_pages=max(lengths, default=0),
        words=words,
        describing=sum(kinds.values()) - coaching,
        coaching=coaching,
        untyped=tuple(untyped),
    )


def placeholder_values(profile: Profile, cards: CardCatalog, steps: RitualCatalog | None = None) -> dict[str, str]:
    """The family's words in the English source, as a count of narrated words sees them."""
    if steps is not None:
        said = [words.text for words in steps.said(list(profile.ritual))]
    else:
        said = [step_id.replace("_", " ") for step_id in profile.ritual]
    ritual = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1] if said else ""
    return {
        "child": profile.child.name,
        "buddy": profile.buddy.name,
        "grownup": profile.grownup.name,
        "pickup_grownup": profile.pickup_grownup.name,
        "teacher": profile.teacher.name,
        "place": profile.place,
        "pickup_after": card_words(profile.pickup_after, cards),
        "ritual": ritual,
    }


def _word_count(line: Line, moment: Mapping[str, str], values: Mapping[str, str]) -> int:
    return len(fill(fill(line.text, dict(moment)), dict(values)).split())


# -- the families and the ways through ---------------------------------------------------------------


def _conditions(story: Story) -> list[Condition]:
    return [page.when for page in story.page if page.when is not None]


def _families(story: Story, cards: CardCatalog) -> Iterator[tuple[Profile, int | None]]:
    """A family for each combination of the facts the story's pages depend on, once with its day
    as short as it can be and once as long (the longest cards' lines), with each sleeps count."""
    conditions = _conditions(story)
    places: tuple[Place, ...] = get_args(Place) if any(c.place or c.not_place for c in conditions) else ("daycare",)
    photo = (False, True) if any(c.has_family_photo is not None for c in conditions) else (False,)
    apart = (False, True) if any(c.pickup_is_dropoff is not None for c in conditions) else (False,)
    sleeps_used = any(c.sleeps_until_daycare is not None for c in conditions)
    sleeps: tuple[int | None, ...] = (1, 2, 3, 4, None) if sleeps_used else (None,)
    wanted = sorted({c.schedule_has for c in conditions if c.schedule_has})
    for place, has_photo, other_pickup, count, day in itertools.product(
        places, photo, apart, sleeps, _days(story, cards, wanted)
    ):
        update: dict[str, object] = {"place": place, "schedule": day, "pickup_after": day[-1]}
        if has_photo:
            update["family_photo"] = "family.jpg"
        if other_pickup:
            update["grownups"] = [*Profile().grownups, Person(name="Grandpa")]
            update["pickup"] = len(Profile().grownups)
        yield Profile().model_copy(update=update), count


def _days(story: Story, cards: CardCatalog, wanted: list[str]) -> list[list[str]]:
    """The shortest and the longest day the story can show: the pick-up card alone, and the cards
    with the longest lines, as many as the story shows before it (cards that pages ask for kept in)."""
    shown = [card for card in _shown_cards(story, cards) if card.id not in story.skip_cards]
    if not shown:
        return [[*wanted, "snack"] if "snack" not in wanted else wanted]
    shown.sort(key=lambda card: -len(card.say.text.split()))
    longest = [card.id for card in shown[: story.max_activity_pages + 1]]
    extra = [card for card in wanted if card not in longest]
    return [[*extra, longest[0]], [*extra, *longest[1:], longest[0]]]


def _ways(
    story: Story,
    profile: Profile,
    cards: CardCatalog,
    sleeps: int | None,
    said: Callable[[StoryPage, Line | None], int],
) -> Iterator[tuple[int, int]]:
    """(pages turned, words narrated) for every way a child can turn through the story for
    ``profile``, choosing each picture in turn; ``said`` counts a page's words (and the picture's)."""
    plans: dict[tuple[tuple[str, str], ...], tuple[list[StoryPage], dict[str, int]]] = {}

    def plan(variables: dict[str, str]) -> tuple[list[StoryPage], dict[str, int]]:
        key = tuple(sorted(variables.items()))
        if key not in plans:
            pages = plan_pages(story, profile, cards, variables, sleeps=sleeps)
            plans[key] = pages, {page.id: index for index, page in reversed(list(enumerate(pages)))}
        return plans[key]

    limit = 2 * (len(story.page) + story.max_activity_pages + 2)  # a loop of "next" jumps ends here
    stack: list[tuple[dict[str, str], int, int, int]] = [({}, 0, 0, 0)]
    while stack:
        variables, index, turned, words = stack.pop()
        pages, positions = plan(variables)
        if index >= len(pages) or turned >= limit:
            yield turned, words
            continue
        page = pages[index]
        if page.choice is None:
            following = positions.get(page.next, index + 1) if page.next else index + 1
            stack.append((variables, following, turned + 1, words + said(page, None)))
            continue
        for option in reversed(page.choice.options):
            chosen = {**variables, page.choice.variable: option.id}
            after, where = plan(chosen)
            following = where.get(option.goto, len(after)) if option.goto else where.get(page.id, index) + 1
            stack.append((chosen, following, turned + 1, words + said(page, option.say)))


__all__ = ["MOST_WORDS", "PAGES", "RATIO", "StoryFigures", "heard_lines", "story_figures"]
