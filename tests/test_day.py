"""The family's day (day.py), the card and feelings catalogues, and their art."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dropoff_buddy.assets import Assets, rasterise_svg
from dropoff_buddy.content.catalog import load_cards
from dropoff_buddy.content.feelings import load_feelings
from dropoff_buddy.content.loader import ContentError
from dropoff_buddy.content.registry import load_content
from dropoff_buddy.day import (
    MAX_CARDS,
    ScheduleError,
    family_day,
    schedule_notes,
    schedule_problems,
    suggest_pickup_after,
    with_day,
)
from dropoff_buddy.i18n.translator import family_translator
from dropoff_buddy.storage.models import Profile

CONTENT = load_content()
CARDS = load_cards()
PROMISE = CONTENT.lines.my_day.promise


def promise_words(profile: Profile) -> str:
    return family_translator(CONTENT, profile, "en-US").line(PROMISE)


CLOCK_TIME = re.compile(r"\d\s*(:|\.)\s*\d\d|\d\s*(am|pm)\b|o'clock|\bo’clock|\bhours?\b|\bminutes?\b", re.IGNORECASE)


def test_the_catalogue_has_the_cards_the_issue_names_each_with_a_line_and_art() -> None:
    ids = set(CARDS.ids)
    for needed in (
        "arrive",
        "circle_time",
        "free_play",
        "snack",
        "outdoor_play",
        "art",
        "music",
        "story_time",
        "lunch",
        "nap",
        "quiet_time",
        "pickup",
    ):
        assert needed in ids
    assets = Assets()
    for card in CARDS.card:
        assert card.say.text.strip()
        assert assets.exists(card.icon), f"{card.id}: {card.icon} is not drawn"


def test_every_card_feeling_and_tricky_picture_is_a_256_square_svg_that_renders() -> None:
    assets = Assets()
    feelings = load_feelings()
    icons = [card.icon for card in CARDS.card] + [face.icon for face in feelings.feeling]
    icons += [thing.icon for thing in feelings.tricky]
    for icon in icons:
        text = assets.svg_text(icon)
        assert 'viewBox="0 0 256 256"' in text, icon
        surface = rasterise_svg(text, (64, 64))
        opaque = sum(1 for x in range(0, 64, 4) for y in range(0, 64, 4) if surface.get_at((x, y)).a > 0)
        assert opaque > 40, f"{icon} draws almost nothing"


def test_no_line_a_child_hears_names_a_clock_time_or_promises_always() -> None:
    lines = list(load_content().lines_by_key.values())
    assert len(lines) > 250  # every kid line of every file, stories included
    for line in lines:
        assert not CLOCK_TIME.search(line.text), line
        assert "always" not in line.text.lower(), line


def test_feelings_content_covers_every_feeling_and_tricky_thing_progress_can_save() -> None:
    feelings = load_feelings()
    assert feelings.feeling_ids == ("happy", "okay", "sad", "scared", "cross")
    assert "missing_grownup" in feelings.tricky_ids and "dont_know" in feelings.tricky_ids
    breathers = {face.id for face in feelings.feeling if face.breathe}
    assert breathers == {"sad", "scared", "cross"}
    assert feelings.face("sad").reply.text == "It's OK to feel sad. {buddy} feels sad sometimes too."


def test_a_broken_feelings_file_is_reported_with_file_item_and_field(tmp_path: Path) -> None:
    source = (Path(__file__).resolve().parents[1] / "levels" / "feelings.toml").read_text(encoding="utf-8")
    broken = tmp_path / "feelings.toml"
    broken.write_text(
        source.replace('reaction = "hug"', 'reaction = "cartwheel"').replace('id = "cross"', 'id = "sad"'),
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as caught:
        load_feelings(broken)
    message = str(caught.value)
    assert "feelings.toml: scared: reaction: " in message and "cartwheel" in message
    not_toml = tmp_path / "bad.toml"
    not_toml.write_text("feeling = [", encoding="utf-8")
    with pytest.raises(ContentError, match="not valid TOML"):
        load_feelings(not_toml)


def test_the_day_stops_after_pickup_and_ends_with_home_time() -> None:
    profile = Profile()  # default: eight cards, back right after snack
    day = family_day(profile, CARDS)
    assert day.ids == ["arrive", "circle_time", "free_play", "snack", "pickup"]
    assert day.pickup.id == "snack"
    assert day.pickup_index == 3
    assert [card.id for card in day.before_pickup] == ["arrive", "circle_time", "free_play", "snack"]
    assert [card.id for card in day.left_out] == ["outdoor_play", "lunch", "nap"]
    assert promise_words(profile) == "Mommy comes back right after snack."


def test_a_new_day_is_saved_in_order_with_its_pickup() -> None:
    schedule = ["arrive", "music", "lunch", "nap", "pickup"]
    profile = with_day(Profile(), schedule, "nap", CARDS)
    assert profile.schedule == schedule and profile.pickup_after == "nap"
    assert family_day(profile, CARDS).ids == schedule
    assert promise_words(profile) == "Mommy comes back right after nap time."
    assert schedule_problems(schedule, "nap", CARDS) == []
    assert schedule_notes(schedule, "nap", CARDS) == []


@pytest.mark.parametrize(
    ("schedule", "pickup_after", "expected"),
    [
        (["arrive", "snack"], "snack", "at least 3"),
        (["arrive", *CARDS.ids[1:9], "pickup"], "snack", f"at most {MAX_CARDS}"),
        (["arrive", "snack", "trampoline"], "snack", "not in the game: trampoline"),
        (["arrive", "snack", "music", "snack"], "snack", "snack is there twice"),
        (["arrive", "snack", "pickup"], "pickup", "Home time is when you arrive"),
        (["arrive", "snack", "pickup"], "nap", "has to be one of the day's cards"),
    ],
)
def test_a_day_that_cannot_be_kept_is_refused_kindly_and_changes_nothing(
    schedule: list[str], pickup_after: str, expected: str
) -> None:
    problems = schedule_problems(schedule, pickup_after, CARDS)
    assert any(expected in problem for problem in problems), problems
    profile = Profile()
    with pytest.raises(ScheduleError) as caught:
        with_day(profile, schedule, pickup_after, CARDS)
    assert caught.value.problems == problems
    assert profile.schedule == Profile().schedule


def test_cards_after_pickup_get_a_gentle_note_not_a_refusal() -> None:
    schedule = ["arrive", "snack", "lunch", "nap", "pickup"]
    assert schedule_problems(schedule, "snack", CARDS) == []
    notes = schedule_notes(schedule, "snack", CARDS)
    assert notes == ["You come back right after snack, so lunch and nap time are left out of your child's day."]


def test_suggested_pickup_keeps_the_choice_then_prefers_snack_then_the_card_before_home_time() -> None:
    assert suggest_pickup_after(["arrive", "lunch", "nap", "pickup"], CARDS, current="lunch") == "lunch"
    assert suggest_pickup_after(["arrive", "snack", "nap", "pickup"], CARDS, current="music") == "snack"
    assert suggest_pickup_after(["arrive", "lunch", "nap", "pickup", "art"], CARDS) == "nap"
    assert suggest_pickup_after(["arrive", "lunch", "art"], CARDS) == "art"
    assert suggest_pickup_after(["pickup"], CARDS) is None


def test_a_feelings_picture_that_is_not_drawn_is_reported_at_load(tmp_path: Path) -> None:
    source = (Path(__file__).resolve().parents[1] / "levels" / "feelings.toml").read_text(encoding="utf-8")
    typo = tmp_path / "feelings.toml"
    typo.write_text(source.replace("svg/tricky/food.svg", "svg/tricky/fod.svg"), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_feelings(typo)
    assert caught.value.problems == [f"{typo}: food: icon: there is no picture at assets/svg/tricky/fod.svg"]
