"""Stories are social stories: each line says what kind of sentence it is, the title is said first,
and a home day says when daycare comes again in sleeps, never a date."""

from __future__ import annotations

from pathlib import Path

import pytest

from dropoff_buddy.content.lines import SentenceType
from dropoff_buddy.content.loader import ContentError
from dropoff_buddy.story.loader import story_from_data

STORY = {
    "schema_version": 1,
    "title": "Tiny story",
    "page": [
        {
            "id": "hello",
            "background": "classroom",
            "say": [
                {"text": "{child} is at {place}.", "type": "descriptive"},
                {"text": "{child} can hug {buddy}.", "type": "coaching"},
            ],
        },
    ],
}


def test_a_story_line_says_its_sentence_type() -> None:
    story = story_from_data(Path("tiny.toml"), STORY)
    kinds = [line.sentence_type for line in story.page[0].say]
    assert kinds == [SentenceType.DESCRIPTIVE, SentenceType.COACHING]
    assert [kind.describes for kind in SentenceType] == [True, True, True, False]


def test_an_unknown_sentence_type_is_refused_naming_the_four() -> None:
    data = {**STORY, "page": [{**STORY["page"][0], "say": [{"text": "Hello.", "type": "instructive"}]}]}
    with pytest.raises(ContentError) as error:
        story_from_data(Path("tiny.toml"), data)
    assert error.value.problems == [
        "tiny.toml: hello: say.0: a line's 'type' is one of descriptive, perspective, affirmative, coaching, "
        "not 'instructive'"
    ]


def _home_day() -> dict[str, object]:
    def page(id: str, sleeps: object, text: str) -> dict[str, object]:
        return {
            "id": id,
            "background": "classroom",
            "when": {"sleeps_until_daycare": sleeps},
            "say": [{"text": text, "type": "descriptive"}],
        }

    return {
        **STORY,
        "page": [
            STORY["page"][0],
            page("one", 1, "{child} goes to {place} again after one sleep."),
            page("two", 2, "{child} goes to {place} again after two sleeps."),
            page("three", 3, "{child} goes to {place} again after three sleeps."),
            page("many", "more", "{child} goes to {place} again after lots of sleeps."),
            page("unknown", "unknown", "{child} goes to {place} again another day."),
        ],
    }


@pytest.mark.parametrize(
    ("sleeps", "shown"), [(1, "one"), (2, "two"), (3, "three"), (4, "many"), (9, "many"), (None, "unknown")]
)
def test_a_home_day_says_the_sleeps_until_daycare_from_the_familys_week(sleeps: int | None, shown: str) -> None:
    from dropoff_buddy.content.catalog import load_cards
    from dropoff_buddy.storage.models import Profile
    from dropoff_buddy.story.plan import plan_pages, reading_pages

    story = story_from_data(Path("home.toml"), _home_day())
    pages = plan_pages(story, Profile(), load_cards(), sleeps=sleeps)
    assert [page.id for page in pages] == ["hello", shown]
    assert pages[0].title is story.title and pages[1].title is None  # the title opens the first page only
    # A parent reading the story aloud for recordings reads every way it can say it.
    assert [page.id for page in reading_pages(story, Profile(), load_cards())][1:] == [
        "one",
        "two",
        "three",
        "many",
        "unknown",
    ]


# -- dropoff-buddy check: each story's pages, words and describing to coaching ---------------------

FIXTURES = Path(__file__).parent / "fixtures" / "levels"


def test_the_check_reports_a_storys_pages_words_and_describing_to_coaching(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dropoff_buddy.cli import main

    path = FIXTURES / "social_story.toml"
    assert main(["check", str(path)]) == 0
    err = capsys.readouterr().err
    report = f'{path}: "Tiny social story": 2 pages, 19 words before any tap, describing to coaching 4:1 (4.0 to 1)'
    assert report in err.splitlines()
    assert f'{path}: -: page: note: "Tiny social story" is 2 pages; a social story is 10–12' in err


def test_a_story_that_coaches_more_than_half_as_much_as_it_describes_fails_naming_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dropoff_buddy.cli import main

    path = FIXTURES / "coaching_story.toml"
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f'{path}: -: say: "Do as you are told" coaches too much: describing to coaching 1:2 (0.5 to 1); '
        "a social story has at least 2 describing lines (descriptive, perspective, affirmative) for each coaching one"
    ]


def test_a_story_line_without_a_type_or_with_an_instruction_is_refused(tmp_path: Path) -> None:
    from dropoff_buddy.story.lint import check_files

    path = tmp_path / "bossy.toml"
    path.write_text(
        (FIXTURES / "social_story.toml")
        .read_text(encoding="utf-8")
        .replace('{ text = "{child} waves.", type = "descriptive" }', '"Tap the teacher."'),
        encoding="utf-8",
    )
    problems = check_files([path]).problems
    assert [problem.split(": ", 3)[1:] for problem in problems] == [
        [
            "hello",
            "hotspots.0.reaction.say",
            'say what kind of sentence this is: { text = "...", type = "descriptive" } '
            "(descriptive, perspective, affirmative, coaching)",
        ],
        [
            "hello",
            "hotspots.0.reaction.say",
            "an instruction for the screen belongs in a hint, not in the story's words",
        ],
    ]


@pytest.mark.parametrize("name", ["daycare_day", "my_first_day", "someone_else_picks_up", "home_day", "sad_at_daycare"])
def test_every_shipped_story_is_a_social_storys_length_and_mostly_describes(name: str) -> None:
    from dropoff_buddy.content.registry import load_content
    from dropoff_buddy.story.figures import MOST_WORDS, story_figures

    content = load_content()
    figures = story_figures(content.stories[name], content.cards, content.ritual_steps)
    assert 10 <= figures.fewest_pages <= figures.most_pages <= 12, figures
    assert figures.words <= MOST_WORDS, figures  # for every family's day, the longest cards' lines included
    assert figures.untyped == () and figures.ratio >= 2, figures
