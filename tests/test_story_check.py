"""`dropoff-buddy check`: every shipped level passes; each broken level gets its own right message."""

from __future__ import annotations

from pathlib import Path

import pytest

from dropoff_buddy.cli import main
from dropoff_buddy.content.loader import find_levels_dir
from dropoff_buddy.story.lint import check_line, shipped_level_files

FIXTURES = Path(__file__).parent / "fixtures" / "levels"


def run_check(capsys: pytest.CaptureFixture[str], *files: Path) -> tuple[int, list[str]]:
    status = main(["check", *map(str, files)])
    out = capsys.readouterr().out
    return status, [line for line in out.splitlines() if line.startswith(tuple(str(f) for f in files))]


def test_every_shipped_level_passes_the_check(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check"])
    out = capsys.readouterr()
    problems = [line for line in out.out.splitlines() if not line.startswith("pygame")]
    assert problems == []
    assert status == 0
    assert {path.name for path in shipped_level_files()} >= {"daycare_day.toml", "cards.toml", "ritual_steps.toml"}
    assert "all fine" in out.err


def test_the_check_with_no_files_checks_every_shipped_level(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check"])
    translations = list((find_levels_dir() / "i18n").glob("*/*.ftl"))  # every language's messages too
    assert f"{len(shipped_level_files()) + len(translations)} file(s) checked" in capsys.readouterr().err


def test_a_well_formed_small_story_passes(capsys: pytest.CaptureFixture[str]) -> None:
    status, problems = run_check(capsys, FIXTURES / "good_story.toml")
    assert (status, problems) == (0, [])


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("unknown_field.toml", "hello: backgorund: unknown field (is it misspelt?)"),
        ("missing_background.toml", "bye: background: no art called 'moon_base'"),
        ("unknown_actor.toml", "hello: actors.0.who: unknown actor 'granny'"),
        ("bad_pose.toml", "hello: actors.0.pose: unknown pose 'cartwheel' (poses are in levels/poses.toml"),
        ("pose_not_for_kind.toml", "hello: actors.0.pose: a buddy has no pose 'carry_buddy'"),
        ("unknown_pair.toml", "hello: pairs.0.pose: unknown pair pose 'tango'"),
        ("pair_not_for_kinds.toml", "hello: pairs.0.pose: 'hug' is not made for an adult and an adult"),
        ("unknown_sound.toml", "hello: hotspots.0.reaction.sound: unknown sound 'trumpet'"),
        ("missing_target.toml", "hello: hotspots.0.target: nothing called 'drum' on this page to tap"),
        ("bad_next.toml", "bye: next: there is no page 'nowhere'"),
        ("unreachable.toml", "lost: -: no page leads here"),
        ("unknown_placeholder.toml", "hello: say.0: unknown placeholder {granny}"),
        ("unspeakable.toml", "hello: say.0: cannot be spoken: remove '#' '/' '<' '>'"),
        ("always_promise.toml", "bye: say.0: says 'always'"),
        ("duplicate_page.toml", "hello: id: this page id is used twice"),
        ("newer_version.toml", "-: schema_version: this game reads story version 1, not 2"),
        ("not_toml.toml", "-: -: this is not valid TOML"),
        ("bad_choice_goto.toml", "hello: choice.options.0.goto: there is no page 'park'"),
        ("broken_cards.toml", "snack: words: this field is required"),
    ],
)
def test_each_broken_level_gets_its_own_message(
    capsys: pytest.CaptureFixture[str], fixture: str, expected: str
) -> None:
    path = FIXTURES / fixture
    status = main(["check", str(path)])
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith(str(path))]
    assert status == 1
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{path}: {expected}")


def test_a_clock_time_promise_is_refused_with_both_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    path = FIXTURES / "clock_promise.toml"
    assert main(["check", str(path)]) == 1
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith(str(path))]
    assert [line.split(": ", 3)[1:3] for line in lines] == [["bye", "say.0"], ["bye", "say.0"]]
    assert "names a clock time" in lines[0]
    assert "must say 'right after {pickup_after}'" in lines[1]


def test_a_missing_file_is_reported_not_crashed_on(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    assert main(["check", str(path)]) == 1
    assert f"{path}: -: -: the file does not exist" in capsys.readouterr().out


def test_problems_in_several_files_are_all_reported(capsys: pytest.CaptureFixture[str]) -> None:
    files = [FIXTURES / "bad_pose.toml", FIXTURES / "unknown_sound.toml"]
    assert main(["check", *map(str, files)]) == 1
    out = capsys.readouterr().out
    assert "unknown pose 'cartwheel'" in out and "unknown sound 'trumpet'" in out


def test_the_promise_line_of_the_story_is_the_one_promise_allowed() -> None:
    known = ("grownup", "pickup_after")
    assert check_line("{grownup} says: I'll come back right after {pickup_after}.", known) == []
    assert check_line("I'll come back soon.", known) == ["a coming-back promise must say 'right after {pickup_after}'"]
