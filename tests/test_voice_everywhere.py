"""The parent's voice works everywhere: every recordable line, heard where the child plays.

Three families record every line their child can hear (as the "Your voice" pages do: one take
per line, with the words on screen). Then a child plays every kid screen (``kid_drive``):
taps, holds, Space and quiet waits, never calling ``say`` itself. For every recordable line in
the content registry, the test asserts that the voice played *that line's* recording at
least once. A line added to ``levels/`` is tested automatically; a line that no screen says,
or says under another key, fails here.

The same play also holds each screen to what it declares it says (``Scene.says``): every key
said matches one of the speaking screen's patterns, and every pattern is said.
"""

from __future__ import annotations

import datetime as dt
import math
import shutil
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

import pygame
import pytest
from tests.kid_drive import (
    Heard,
    listen,
    play_evening,
    play_everything,
    play_feelings,
    play_home,
    play_morning,
    play_the_day,
)
from tests.school_day import SATURDAY, fixed, on_a_school_day

from dropoff_buddy.audio.recordings import RecordingStore
from dropoff_buddy.content.lines import fluent_id
from dropoff_buddy.content.loader import find_levels_dir
from dropoff_buddy.content.registry import Content, load_content
from dropoff_buddy.family_lines import family_lines
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.registry import collect_scene_lines
from dropoff_buddy.storage.models import StickerEntry

CONTENT = load_content()
RECORDABLE = [line.key for line in CONTENT.recordable()]
#: This test is about what the child hears, not what they see (the label, size and tour tests are):
#: a small window plays the same screens through the same taps, with a quarter of the pixels to paint.
WINDOW = (640, 400)


@dataclass
class Family:
    name: str
    folder: Path
    heard: list[Heard]


def _tone(seconds: float = 0.5, rate: int = 8000) -> bytes:
    step = 2 * math.pi * 330 / rate
    return array("h", (round(8000 * math.sin(step * i)) for i in range(int(seconds * rate)))).tobytes()


def _content_with_a_new_card(folder: Path) -> Content:
    """The shipped levels plus a card with no story page of its own (it uses the story's "*" page)."""
    levels = folder / "levels"
    shutil.copytree(find_levels_dir(), levels)
    with (levels / "cards.toml").open("a", encoding="utf-8") as cards:
        cards.write(
            '\n[[card]]\nid = "gardening"\nlabel = "Gardening"\nwords = "gardening"\n'
            'say = { text = "Gardening! {child} waters the plants.", type = "descriptive" }\n'
            'icon = "svg/cards/art.svg"\n'
        )
    return load_content(levels)


def _record_everything(player: Player) -> None:
    """What a parent does on "Your voice": a take of every line the child can hear, with its words."""
    store = RecordingStore(player.ctx.profile_folder)
    tone = _tone()
    for item in family_lines(player.ctx.content, player.ctx.profile, player.ctx.tr):
        store.save_take(item.key, item.words, tone, 8000)


def _play_family(
    tmp: Path,
    name: str,
    setup: dict[str, object],
    choice: str,
    *,
    plays: Callable[[Player, str], None],
    clock: Callable[[], dt.datetime] = on_a_school_day,
    sticker_days: tuple[int, ...] = (),
    every_prize: bool = False,
    content: Content | None = None,
) -> Family:
    # The evening before: the parent sets up the family and records every line on "Your voice".
    player = start_game(tmp / name, WINDOW, content=content, clock=clock)
    try:
        ctx = player.ctx
        data = ctx.profile.model_dump()
        data.update(setup)
        ctx.child.profile = type(ctx.profile).model_validate(data)
        ctx.save_profile()
        now = ctx.clock()
        ctx.progress.stickers = [
            StickerEntry(at=now - dt.timedelta(days=ago), sticker="star", ritual=list(ctx.profile.ritual))
            for ago in sticker_days
        ]
        if every_prize:  # a child who has won every prize can put each one on
            ctx.progress.unlocked_accessories = list(ctx.content.rewards.unlock_order)
        ctx.save_progress()
        _record_everything(player)
    finally:
        _close(player)
    # The morning: the game opens (and greets) and the child plays.
    player = start_game(tmp / name, WINDOW, content=content, clock=clock)
    try:
        heard = listen(player)
        plays(player, choice)
        return Family(name, player.ctx.profile_folder, heard.heard)
    finally:
        _close(player)


def _a_day_someone_else_picks_up(player: Player, choice: str) -> None:
    """The day, and every screen that says who comes back: the feelings' "Missing Mommy", the
    morning's last words, the evening's "Daddy came to get you"."""
    play_the_day(player, choice)
    play_feelings(player)
    play_morning(player)
    play_evening(player)


def _a_home_day(player: Player, choice: str) -> None:
    """Saturday: home greets with "Today is a home day" and Play is a home morning."""
    play_home(player)
    play_morning(player)


def _close(player: Player) -> None:
    player.ctx.scenes.clear()
    voice = player.ctx.narrator.voice
    close = getattr(getattr(voice, "voice", voice), "close", None)
    if close is not None:
        close()
    pygame.quit()


@pytest.fixture(scope="module")
def families(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Family]]:
    tmp = tmp_path_factory.mktemp("voices")
    yield [
        _play_family(
            tmp,
            "maya",
            {
                "place": "daycare",
                "ritual": ["hug", "kiss", "high_five", "fist_bump"],
                "schedule": [
                    "arrive",
                    "circle_time",
                    "free_play",
                    "snack",
                    "outdoor_play",
                    "lunch",
                    "nap",
                    "pickup",
                ],
                "pickup_after": "nap",
            },
            "book",
            plays=play_everything,
        ),
        _play_family(
            tmp,
            "sam",
            {
                "place": "childminder's",
                "ritual": ["wave", "blow_kiss", "kissing_hand", "nose_rub"],
                "schedule": ["art", "music", "story_time", "quiet_time", "sand_play", "building", "pickup"],
                "pickup_after": "building",
                "grownups": [{"name": "Mama"}, {"name": "Nana"}],  # so "Someone Else Picks Me Up" is on the shelf
            },
            "ball",
            plays=play_the_day,
            sticker_days=(0,),  # one sticker, today
        ),
        _play_family(
            tmp,
            "zoe",
            {
                "place": "nursery",
                "ritual": ["secret_handshake", "thumbs_up"],
                "schedule": ["arrive", "circle_time", "gardening", "snack", "pickup"],
                "pickup_after": "snack",
            },
            "bubbles",
            plays=play_the_day,
            sticker_days=(1, 1, 0, 0),  # four stickers: one more to the next prize
            every_prize=True,
            content=_content_with_a_new_card(tmp),
        ),
        _play_family(  # Daddy picks up; and the story shows 2 activities before the pickup one at most
            tmp,
            "ada",
            {
                "place": "daycare",
                "ritual": ["hug"],
                "schedule": ["arrive", "circle_time", "free_play", "art", "music", "pickup"],
                "pickup_after": "music",
                "grownups": [{"name": "Mommy"}, {"name": "Daddy"}],
                "pickup": 1,
            },
            "book",
            plays=_a_day_someone_else_picks_up,
        ),
        _play_family(  # a Saturday: a home day, with no goodbye
            tmp,
            "lena",
            {"place": "nursery", "ritual": ["hug", "wave"], "pickup_after": "lunch"},
            "ball",
            plays=_a_home_day,
            clock=fixed(SATURDAY),
        ),
        _play_family(  # the last activity page: twelve cards and the "*" page, two a day before pick-up
            tmp,
            "kai",
            {
                "place": "preschool",
                "schedule": ["arrive", "story_time", "lunch", "pickup"],
                "pickup_after": "lunch",
            },
            "ball",
            plays=play_the_day,
        ),
    ]


@pytest.mark.parametrize("key", RECORDABLE)
def test_every_recordable_line_is_heard_in_the_parents_voice(families: list[Family], key: str) -> None:
    heard = [(family, line) for family in families for line in family.heard if line.key == key]
    assert heard, f"no screen said {key} while a child played everything"
    recording = f"{fluent_id(key)}.wav"
    assert any(
        line.source == "recording" and line.played == family.folder / "recordings" / recording for family, line in heard
    ), f"{key} was said ({heard[0][1].text!r}) but not in the parent's voice"


def test_every_line_said_is_one_its_screen_declares_and_every_declared_line_is_said(families: list[Family]) -> None:
    declared = collect_scene_lines(CONTENT.stories)
    said = [line for family in families for line in family.heard]
    assert said
    undeclared = sorted(
        {
            f"{line.scene}: {line.key}"
            for line in said
            if not any(fnmatchcase(line.key, pattern) for pattern in declared.get(line.scene, ()))
        }
    )
    assert undeclared == [], "said without being declared in the scene's says"
    unknown = sorted(
        {line.key for line in said if CONTENT.line(line.key) is None and not line.key.startswith("cards:gardening")}
    )
    assert unknown == [], "said under a key no content file has"
    kid_scenes = {
        "home",
        "flow",
        "feelings",
        "my-day",
        "story",
        "shelf",
        "ritual",
        "breathe",
        "stickers",
        "buddy-maker",
        "evening",
    }
    never = sorted(
        f"{scene}: {pattern}"
        for scene, patterns in declared.items()
        if scene in kid_scenes
        for pattern in patterns
        if not any(line.scene == scene and fnmatchcase(line.key, pattern) for line in said)
    )
    assert never == [], "declared but never said while a child played everything"


def test_old_recordings_move_to_their_lines_and_the_promise_is_heard_at_the_goodbye(tmp_path: Path) -> None:
    """A parent who recorded under the old keys keeps every recording; the promise and "I love you" play."""
    fixture = Path(__file__).parent / "fixtures" / "recordings_v1"
    profile_folder = tmp_path / "data" / "profiles" / "default"
    shutil.copytree(fixture, profile_folder / "recordings")
    player = start_game(tmp_path / "data", clock=on_a_school_day)
    try:
        store = RecordingStore(player.ctx.profile_folder)
        for key in ("lines:ritual.promise", "lines:ritual.love_you", "lines:home.greeting", "ritual_steps:hug.prompt"):
            assert store.has(key), key
        assert not (profile_folder / "recordings" / "promise.wav").exists()
        assert store.has("daycare_day:goodbye.0")  # kept, and marked: its words are not the story's
        heard = listen(player)
        from tests.kid_drive import play_ritual

        play_ritual(player)
        played = {line.key for line in heard.heard if line.source == "recording"}
        assert {"lines:ritual.promise", "lines:ritual.love_you", "ritual_steps:hug.prompt"} <= played
        assert "daycare_day:goodbye.0" not in played
    finally:
        player.ctx.scenes.clear()
        pygame.quit()
