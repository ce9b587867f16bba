"""Every line is data: keys from where lines live, Fluent ids, one registry, the lines command and check."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from tests.school_day import on_a_school_day

from dropoff_buddy.cli import main
from dropoff_buddy.content.lines import FLUENT_ID_RE, fluent_id, is_key, key_from_fluent_id
from dropoff_buddy.content.loader import ContentError, find_levels_dir
from dropoff_buddy.content.registry import load_content
from dropoff_buddy.parts.shelf import ShelfScene
from dropoff_buddy.playtest import start_game

CONTENT = load_content()


def test_keys_say_where_each_line_lives() -> None:
    keys = set(CONTENT.lines_by_key)
    for key in (
        "ritual_steps:hug.prompt",
        "daycare_day:morning.0",
        "daycare_day:morning.buddy.say",
        "daycare_day:morning.buddy.hint",
        "daycare_day:home.choice.book.say",
        "daycare_day:activity.snack.fruit_bowl.say",
        "daycare_day:activity.snack.fruit_bowl.hint",
        "lines:home.greeting",
        "lines:ritual.promise",
        "lines:buddy_maker.animal.bear",
        "parts:story.bridge",
        "parts:breathe.door_line",
        "cards:snack.say",
        "feelings:sad.reply",
        "feelings:tricky.nap.say",
    ):
        assert key in keys, key
    assert CONTENT.lines_by_key["lines:ritual.promise"].text == "I'll come back right after {pickup_after}."
    # Every list of things with lines names its items by id: no key starts with a bare position.
    assert not [key for key in keys if re.match(r"^[a-z_]+:\d", key)]


def test_every_key_maps_one_to_one_to_a_fluent_message_id() -> None:
    ids = {fluent_id(key): key for key in CONTENT.lines_by_key}
    assert len(ids) == len(CONTENT.lines_by_key)  # no two keys share an id
    for message_id, key in ids.items():
        assert FLUENT_ID_RE.match(message_id), message_id
        assert key_from_fluent_id(message_id) == key
    assert fluent_id("ritual_steps:hug.prompt") == "ritual_steps--hug-prompt"
    assert fluent_id("daycare_day:morning.0") == "daycare_day--morning-0"


@pytest.mark.parametrize(
    ("a", "b"),
    [("a:b.c", "a:b_c"), ("a_b:c", "a:b_c"), ("a:b.c.d", "a:b.c_d"), ("ab:c", "a:bc")],
)
def test_keys_that_look_alike_get_different_fluent_ids(a: str, b: str) -> None:
    assert fluent_id(a) != fluent_id(b)
    assert key_from_fluent_id(fluent_id(a)) == a and key_from_fluent_id(fluent_id(b)) == b


@pytest.mark.parametrize("bad", ["", "promise", "Lines:home.greeting", "lines:home-greeting", "lines:", "lines:a..b"])
def test_what_is_not_a_key_is_refused(bad: str) -> None:
    assert not is_key(bad)
    with pytest.raises(ValueError):
        fluent_id(bad)


@pytest.mark.parametrize("bad", ["lines-home-greeting", "lines--", "lines--home--greeting", "9x--a"])
def test_what_is_not_a_lines_fluent_id_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        key_from_fluent_id(bad)


def test_every_story_line_is_recordable_and_only_lines_of_the_moment_are_not() -> None:
    story = [line for key, line in CONTENT.lines_by_key.items() if key.startswith("daycare_day:")]
    assert story and all(line.recordable for line in story if "{activity}" not in line.text)
    not_recordable = {line.key for line in CONTENT.lines_by_key.values() if not line.recordable}
    for key in not_recordable:
        line = CONTENT.lines_by_key[key]
        assert re.search(r"\{(count|days|more|sticker|prize|page|step|steps|activity)\}", line.text), key


def _levels_copy(tmp_path: Path) -> Path:
    levels = tmp_path / "levels"
    shutil.copytree(find_levels_dir(), levels)
    return levels


def test_a_broken_lines_file_is_reported_as_file_table_and_line(tmp_path: Path) -> None:
    levels = _levels_copy(tmp_path)
    path = levels / "lines.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('play = "Let\'s play!"\n', "").replace("{more} more", "{mor} more"), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content(levels)
    message = str(caught.value)
    assert f"{path}: -: home.play: this field is required" in message
    assert "unknown placeholder {mor}" in message


def test_a_broken_story_leaves_the_story_out_and_the_game_runs_and_tells_the_parent(tmp_path: Path) -> None:
    levels = _levels_copy(tmp_path)
    path = levels / "daycare_day.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('id = "welcome"', 'id = "Welcome!"'), encoding="utf-8")
    content = load_content(levels)
    assert content.story is None
    assert any(problem.startswith(f"{path}: Welcome!: id:") for problem in content.problems)
    player = start_game(tmp_path / "data", content=content, clock=on_a_school_day)
    try:
        assert player.top.name == "home"
        assert any("content file has a mistake" in notice.message for notice in player.ctx.notices)
        player.tap_button("shelf")
        player.frames(2)
        shelf = player.top
        assert isinstance(shelf, ShelfScene) and "daycare_day" not in shelf.stories  # left out; the rest plays
    finally:
        player.ctx.scenes.clear()


def test_two_lines_with_one_key_are_refused(tmp_path: Path) -> None:
    levels = _levels_copy(tmp_path)
    path = levels / "daycare_day.toml"
    text = path.read_text(encoding="utf-8")
    # A second hotspot on the same target gives two lines the key daycare_day:morning.buddy.say.
    text = text.replace(
        '[[page.hotspots]]\ntarget = "grownup"\nreaction = { animation = "wave", sound = "wave", say = { text = "Good',
        '[[page.hotspots]]\ntarget = "buddy"\nreaction = { animation = "wave", sound = "wave", say = { text = "Good',
        1,
    )
    path.write_text(text, encoding="utf-8")
    content = load_content(levels)
    assert content.story is None
    assert any(
        "two lines would have the key 'daycare_day:morning.buddy.say'" in problem for problem in content.problems
    )


# -- the lines command ---------------------------------------------------------------------------


def test_lines_json_lists_every_line_as_this_family_hears_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    player = start_game(data, clock=on_a_school_day)
    try:
        player.ctx.profile.child.name = "Maya"
        player.ctx.profile.pickup_after = "lunch"
        player.ctx.save_profile()
        from dropoff_buddy.audio.recordings import RecordingStore

        store = RecordingStore(player.ctx.profile_folder)
        store.save_take("lines:ritual.promise", "I'll come back right after lunch.", b"\0\1" * 8000, 8000)
        store.save_take("lines:home.greeting", "Good morning, Sam!", b"\0\1" * 8000, 8000)  # old words
    finally:
        player.ctx.scenes.clear()
    capsys.readouterr()
    assert main(["lines", "--json", "--data-dir", str(data)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == len(CONTENT.lines_by_key)
    by_key = {row["key"]: row for row in rows}
    promise = by_key["lines:ritual.promise"]
    assert promise == {
        "key": "lines:ritual.promise",
        "language": "en-US",
        "text": "I'll come back right after lunch.",
        "said_in": ["ritual"],
        "recordable": True,
        "recorded": True,
        "switched_off": False,
    }
    assert by_key["lines:home.greeting"]["recorded"] is False  # recorded, but the words changed
    assert by_key["lines:home.greeting"]["text"].startswith("Good morning, Maya!")
    assert by_key["daycare_day:activity.snack.fruit_bowl.say"]["said_in"] == ["story"]
    assert by_key["cards:snack.say"]["said_in"] == ["my-day", "story"]
    assert by_key["lines:stickers.count"]["recordable"] is False
    assert all(row["said_in"] for row in rows if row["recordable"])


def test_lines_prints_a_table_for_people(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lines", "--data-dir", str(tmp_path / "data")]) == 0
    out = capsys.readouterr().out
    assert "lines:ritual.promise  [ritual]" in out
    assert "I'll come back right after snack." in out


# -- check -------------------------------------------------------------------------------------


def test_check_fails_when_a_recordable_line_is_said_nowhere(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    levels = _levels_copy(tmp_path)
    path = levels / "parts.toml"
    path.write_text(
        path.read_text(encoding="utf-8") + '\n[[part]]\nid = "garden"\nscene = "garden"\nicon = "svg/icons/heart.svg"\n'
        'caption = "Garden"\ndoor = 9\ndoor_line = "Let us go to the garden."\n',
        encoding="utf-8",
    )
    files = sorted(levels.glob("*.toml"))
    assert main(["check", *map(str, files)]) == 1
    out = capsys.readouterr().out
    assert f"{path}: garden: door_line: no screen says this line (parts:garden.door_line)" in out


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Mommy always comes back.", "says 'always'"),
        ("See you at 3.", "names a clock time"),
        ("See you at 3 o'clock.", "names a clock time"),
        ("Home time is 15:00.", "names a clock time"),
        ("Back by 3pm.", "names a clock time"),
    ],
)
def test_check_fails_when_a_kid_line_says_always_or_a_clock_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, why: str
) -> None:
    levels = _levels_copy(tmp_path)
    path = levels / "lines.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('play = "Let\'s play!"', f'play = "{line}"'), encoding="utf-8"
    )
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}: home: play: {why}" in out
