"""The lines one family's child can hear, as a parent records them: titled, grouped, with their state.

Every recordable line (``content.lines``) that this family's child can meet: the key lines
first (the promise, "I love you", the family's goodbye steps, good morning), then the stories on
the child's shelf, each from its title page by page (the family's own pages, every choice's pages
included, without the lines they switched off), then every other line the child's screens say.
Each comes with the words as this family hears it now and whether the parent's recording of it
exists and still says those words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from dropoff_buddy.audio.recordings import RecordingStore, same_words
from dropoff_buddy.content.lines import Line
from dropoff_buddy.content.registry import Content
from dropoff_buddy.i18n.translator import Moment, Translator
from dropoff_buddy.storage.models import Profile
from dropoff_buddy.story.plan import StoryPage, reading_pages
from dropoff_buddy.story.schema import Story
from dropoff_buddy.story.shelf import on_shelf

KEY_LINES = "key"
STORY = "story"
OTHER = "other"
GROUPS = (KEY_LINES, STORY, OTHER)
#: Each group's title, a message of the voice page (``parent_voice:group.<group>``).
GROUP_TITLES = {group: f"parent_voice:group.{group}" for group in GROUPS}
# The rest are named by the file or table they live in (``parent_voice:where.<file>_<table>``).
_PLACES = (
    "parts",
    "cards",
    "feelings",
    "ritual_steps",
    "evening",
    *(f"lines_{table}" for table in ("home", "flow", "feelings", "my_day", "story", "ritual", "breathe")),
    *(f"lines_{table}" for table in ("stickers", "buddy_maker")),
)


class VoiceState(Enum):
    COMPUTER = "computer"  # no recording: the built-in voice says it
    PARENT = "parent"  # the parent's recording plays
    REDO = "redo"  # recorded, but the words changed since (pickup, a name): the built-in voice says it


@dataclass(frozen=True)
class FamilyLine:
    """One line as this family's parent sees it."""

    line: Line
    title: str
    group: str
    words: str  # as the child hears it now, in the family's language
    moment: Mapping[str, Moment] = field(default_factory=dict)
    page: StoryPage | None = None  # the story page it is read on
    story: str = ""  # ... of this story (its id)

    @property
    def key(self) -> str:
        return self.line.key


def family_stories(content: Content, profile: Profile) -> list[tuple[str, Story]]:
    """The stories on this family's shelf, in shelf order (hidden ones are never heard)."""
    return [(story_id, content.stories[story_id]) for story_id in on_shelf(content.stories, profile)]


def story_lines(content: Content, profile: Profile, tr: Translator) -> list[FamilyLine]:
    """The narration of every page of this family's stories, story by story from its title, in
    reading order, in ``tr``'s language."""
    found: list[FamilyLine] = []
    seen: set[str] = set()
    for story_id, story in family_stories(content, profile):
        pages = reading_pages(story, profile, content.cards)
        for number, page in enumerate(pages, start=1):
            titled = [(page.title, tr.t("parent_voice:title.story_title"))] if page.title else []
            for index, line in enumerate(page.lines):
                if len(page.lines) > 1:
                    title = tr.t("parent_voice:title.page_part", page=number, part=index + 1, parts=len(page.lines))
                else:
                    title = tr.t("parent_voice:title.page", page=number)
                titled.append((line, title))
            for line, title in titled:
                if not line.recordable or line.key in seen:
                    continue
                seen.add(line.key)
                found.append(FamilyLine(line, title, STORY, tr.line(line, **page.moment), page.moment, page, story_id))
    return found


def family_lines(content: Content, profile: Profile, tr: Translator) -> list[FamilyLine]:
    """Every recordable line this family's child can hear, key lines first, then the story, then the rest.

    The words are in ``tr``'s language (the family's), as the child hears them now.
    """
    found: list[FamilyLine] = []
    seen: set[str] = set()

    def add(line: Line, title: str, group: str, moment: Mapping[str, Moment] | None = None) -> None:
        if line.recordable and line.key not in seen:
            seen.add(line.key)
            found.append(FamilyLine(line, title, group, tr.line(line, **(moment or {})), moment or {}))

    steps = content.ritual_steps.steps_for(list(profile.ritual))
    goodbye = content.lines.ritual
    for line in (goodbye.promise, goodbye.love_you):  # the grown-up's own words at the door lead
        add(line, tr.title(line), KEY_LINES)
    for step in steps:
        add(step.prompt, tr.t("parent_voice:title.goodbye_step", step=tr.text(step.label)), KEY_LINES)
    for line in content.titled():
        add(line, tr.title(line), KEY_LINES)
    for item in story_lines(content, profile, tr):
        if item.key not in seen:
            seen.add(item.key)
            found.append(item)
    _tap_and_hint_lines(add, content, profile, tr)
    _other_lines(add, content, profile, {step.id for step in steps}, tr)
    return found


_Add = Callable[[Line, str, str, Mapping[str, Moment] | None], None]


def _tap_and_hint_lines(add: _Add, content: Content, profile: Profile, tr: Translator) -> None:
    """Taps, hints and choices on the pages of the family's stories ("“A Home Day”: tap on page 5")."""
    for _story_id, story in family_stories(content, profile):
        name = tr.line(story.title)
        for number, page in enumerate(reading_pages(story, profile, content.cards), start=1):
            tap = tr.t("parent_voice:title.shelf_tap", story=name, page=number)
            hint = tr.t("parent_voice:title.shelf_hint", story=name, page=number)
            for hotspot in page.hotspots:
                add(hotspot.reaction.say, tap, OTHER, page.moment)
                add(hotspot.hint, hint, OTHER, page.moment)
            if page.hint:
                add(page.hint, hint, OTHER, page.moment)
            if page.choice is not None:
                for option in page.choice.options:
                    label = tr.text(option.label) if option.label else option.id.replace("_", " ")
                    add(option.say, tr.t("parent_voice:title.shelf_choice", story=name, choice=label), OTHER, None)


def _other_lines(add: _Add, content: Content, profile: Profile, family_steps: set[str], tr: Translator) -> None:
    """Every other line, but cards, ritual steps and story lines this family's child never hears."""
    family_cards = set(profile.schedule)
    for key, line in content.lines_by_key.items():
        file, _, path = key.partition(":")
        first = path.split(".")[0]
        if file == "cards" and first not in family_cards:
            continue
        if file == "ritual_steps" and first not in family_steps:
            continue
        if file == "evening" and first == "card" and path.split(".")[1] not in family_cards:
            continue  # a card's own evening words, for a card not in this family's day
        if file in content.stories:
            continue  # story lines not on this family's pages (or shelf) are never heard
        table = f"{file}_{first}" if file == "lines" else file
        where = tr.t(f"parent_voice:where.{table}") if table in _PLACES else file.replace("_", " ").capitalize()
        add(line, where, OTHER, None)


def voice_state(store: RecordingStore, item: FamilyLine) -> VoiceState:
    """Whether the child hears the parent's recording of ``item``, the built-in voice, or must be re-recorded."""
    recorded = store.recorded_words(item.key) if store.has(item.key) else None
    if not store.has(item.key):
        return VoiceState.COMPUTER
    if recorded is None or not same_words(recorded, item.words):
        return VoiceState.REDO
    return VoiceState.PARENT
