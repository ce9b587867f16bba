"""A child who plays everything: every kid screen, every picture, every wait, through ``Player``.

``play_everything(player)`` starts at home and goes through every door, every face, every
card, every page and picture of the story (going back to hear each hint), every goodbye mode
(waiting for the hints), the sticker book, breathing and the buddy maker, as a child would:
taps, holds, Space, and quiet waits. The voice tests use it to hear every line the game can
say; ``ListeningVoice`` remembers which audio each line played.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pygame

from dropoff_buddy.audio.narration import Spoken
from dropoff_buddy.audio.voices import LayeredVoice
from dropoff_buddy.parts.buddy_maker import TABS, BuddyMakerScene
from dropoff_buddy.parts.evening import NUDGE_AFTER as EVENING_NUDGE_AFTER
from dropoff_buddy.parts.evening import EveningScene
from dropoff_buddy.parts.feelings import NUDGE_AFTER, FeelingsScene
from dropoff_buddy.parts.my_day import MyDayScene
from dropoff_buddy.parts.ritual import IDLE_HINT_SECONDS as RITUAL_HINT_SECONDS
from dropoff_buddy.parts.ritual import RitualScene
from dropoff_buddy.parts.shelf import ShelfScene
from dropoff_buddy.parts.stickers import StickerBookScene
from dropoff_buddy.parts.story import HINT_REPEAT_SECONDS, IDLE_HINT_SECONDS, StoryScene
from dropoff_buddy.playtest import Player
from dropoff_buddy.scene import Scene
from dropoff_buddy.story.shelf import HOME_DAY, on_shelf

S = TypeVar("S", bound=Scene)

QUICK = 0.1  # seconds per frame while waiting (the game runs on simulated time)
#: The keys a child mashes on a keyboard in random-play tests (the screen's own keys and a letter).
MASHED_KEYS = (
    pygame.K_SPACE,
    pygame.K_RETURN,
    pygame.K_TAB,
    pygame.K_LEFT,
    pygame.K_RIGHT,
    pygame.K_UP,
    pygame.K_DOWN,
    pygame.K_ESCAPE,
    pygame.K_a,
)


@dataclass(frozen=True)
class Heard:
    """One line as the child heard it: its key, the screen that said it, and the audio it played."""

    key: str
    scene: str
    text: str
    source: str | None
    played: Path | None


class ListeningVoice:
    """The game's own voice, unchanged, that also notes what each line played (for the tests)."""

    def __init__(self, voice: LayeredVoice) -> None:
        self.voice = voice
        self.heard: list[Heard] = []

    def prepare(self, lines: Iterable[Spoken]) -> None:
        self.voice.prepare(lines)

    def start(self, line: Spoken) -> float | None:
        length = self.voice.start(line)
        self.heard.append(Heard(line.key, line.scene, line.text, self.voice.source, self.voice.played))
        return length

    def stop(self) -> None:
        self.voice.stop()

    def poll(self, dt: float) -> float | None:
        return self.voice.poll(dt)


def listen(player: Player) -> ListeningVoice:
    voice = player.ctx.narrator.voice
    assert isinstance(voice, LayeredVoice)
    listening = ListeningVoice(voice)
    current = player.ctx.narrator.current
    if current is not None:  # the line already playing (home's greeting, as the game opened)
        listening.heard.append(Heard(current.key, current.scene, current.text, voice.source, voice.played))
    player.ctx.narrator.voice = listening
    return listening


def quiet(player: Player, timeout: float = 30.0) -> None:
    """Wait until nothing is being said."""
    player.run_until(lambda: not player.ctx.narrator.speaking, timeout=timeout, dt=QUICK)


def home(player: Player) -> None:
    player.ctx.scenes.pop_to_root()
    player.frames(2)
    assert player.top.name == "home"


# -- each screen ------------------------------------------------------------------------------


def tap_play_and_answer(
    player: Player,
    answer: Callable[[Scene, set[str]], bool],
    limit: int,
    name_of: Callable[[Scene], str] = lambda top: top.name,
) -> list[str]:
    """Tap Play, then answer each screen as a child would until home: ``answer(top, button names)``
    acts on the top screen and returns True to stop there. Returns the screens seen, in order, each
    stay on one screen once (named by ``name_of``); at most ``limit`` answers."""
    seen: list[str] = []
    player.tap_button("play")
    for _ in range(limit):
        top = player.top
        if top.name == "home":
            break
        name = name_of(top)
        if not seen or seen[-1] != name:
            seen.append(name)
        if answer(top, {button.name for button in player.buttons()}):
            break
    return seen


def answer_the_morning(player: Player, top: Scene, names: set[str], feeling: str = "happy") -> bool:
    """Answer the morning's own screens as a child would: ``feeling``'s face on the check-in, snack
    on My Day, Home on the last bridge. False, doing nothing, on any other screen."""
    if top.name == "feelings" and f"face-{feeling}" in names:
        player.tap_button(f"face-{feeling}")
    elif top.name == "my-day":
        player.tap_button("card-snack")
        player.tap_button("go-on")
    elif top.name == "flow" and "home" in names:
        player.tap_button("home")
    else:
        return False
    return True


def open_door(player: Player, door: str, kind: type[S]) -> S:
    """From home, tap ``door``: the screen it opens (a ``kind``), once it has said its first words."""
    home(player)
    player.tap_button(door)
    scene = player.top
    assert isinstance(scene, kind)
    quiet(player)
    return scene


def play_home(player: Player) -> None:
    home(player)
    scene = player.top
    player.tap((scene.buddy_center[0], scene.buddy_center[1]))  # type: ignore[attr-defined]
    quiet(player)


def play_doors(player: Player) -> None:
    """Every door on home says its line (and opens its part, which we leave again)."""
    for part in player.ctx.content.parts.doors:
        home(player)
        if part.scene in player.ctx.factories:
            player.tap_button(part.scene)
            player.wait(0.3, dt=QUICK)
    home(player)
    player.tap_button("stickers")
    player.wait(0.3, dt=QUICK)
    home(player)


def play_my_day(player: Player) -> None:
    scene = open_door(player, "my-day", MyDayScene)
    for button in scene.card_buttons:
        player.tap(button.center)
        quiet(player)
    player.tap(scene.buddy_center)
    quiet(player)
    player.tap_button("go-on")
    walk_my_day_by_keyboard(player)


def walk_my_day_by_keyboard(player: Player) -> None:
    """My Day on the keyboard alone: Space says each card in turn, then the way on, then goes."""
    if player.top.name == "home":
        player.tap_button("my-day")
    scene = player.top
    assert isinstance(scene, MyDayScene)
    quiet(player)
    for _ in range(len(scene.card_buttons) + 2):
        if player.top is not scene:
            break
        player.space()
        quiet(player)


def play_feelings(player: Player) -> None:
    """Each face in turn, breathing when asked, every tricky card, and the gentle nudges."""
    catalog = player.ctx.content.feelings
    for number, face in enumerate(catalog.feeling):
        home(player)
        player.tap_button("feelings")
        scene = player.top
        assert isinstance(scene, FeelingsScene)
        if number == 0:
            player.wait(NUDGE_AFTER + 4, dt=0.25)  # quiet: the buddy says how to answer
            player.tap_button("breathe")  # breathing any time, then "How do you feel now?"
            player.tap_button("done")
            quiet(player)
        player.tap_button(f"face-{face.id}")
        player.run_until(
            lambda scene=scene: player.top.name == "breathe" or scene.phase != "reply", timeout=40, dt=QUICK
        )
        if player.top.name == "breathe":
            player.wait(2, dt=QUICK)
            player.tap_button("done")
        player.run_until(lambda scene=scene: scene.phase != "reply", timeout=40, dt=QUICK)
        if scene.phase == "tricky":
            if number == 1:
                player.wait(NUDGE_AFTER + 4, dt=0.25)
                for thing in catalog.tricky:
                    player.tap_button(f"tricky-{thing.id}")
                    quiet(player)
            player.tap_button("all-done")
        quiet(player)


def play_breathe(player: Player) -> None:
    home(player)
    player.tap_button("breathe")
    player.run_until(lambda: player.top.name == "home", timeout=60, dt=0.1)


def _story_page(player: Player, scene: StoryScene) -> None:
    """Hear the page, then each hint and each picture; come back to the page for more hints."""
    page = scene.page
    assert page is not None
    quiet(player)
    if page.hotspots and not page.hint and not any(hotspot.hint for hotspot in page.hotspots):
        player.wait(IDLE_HINT_SECONDS + 0.5, dt=0.25)  # "Tap a picture to see what happens..."
    for hotspot in page.hotspots:
        if hotspot.hint and scene.hints_given < 2:
            player.wait(IDLE_HINT_SECONDS + 0.5, dt=0.25)
        player.tap(scene.hotspot_center(hotspot))
        quiet(player)
    if scene.hints_given < 2:
        player.wait(HINT_REPEAT_SECONDS + 1, dt=0.25)  # the page's own hint, or the gentle default
        quiet(player)
    if page.ritual:
        for step_id in player.ctx.profile.ritual:
            player.tap_button(f"ritual-{step_id}")
            quiet(player)


def play_story(player: Player, choice: str) -> None:
    """The story door opens the shelf: every story on it, touched (its title), touched again (opened)
    and read to the end, back at the shelf each time; the buddy's hint once, by tapping it."""
    shelf = open_door(player, "shelf", ShelfScene)
    x, y, _size = shelf.buddy_place
    player.tap((x, y))  # the buddy says how the shelf works
    quiet(player)
    for story_id in shelf.stories:
        player.tap_button(f"cover-{story_id}")  # its title
        quiet(player)
        player.tap_button(f"cover-{story_id}")  # and open it
        read_story(player, choice)
        assert player.top is shelf
    home(player)


def play_home_day_sleeps(player: Player) -> None:
    """ "A Home Day" on each kind of home day, opened from the shelf and turned to the page that
    says when daycare comes again: a Sunday (one sleep), a Saturday (two), a Friday (three), a
    Tuesday in a week whose only daycare day is Monday (lots of sleeps), and a week with no daycare
    days (it does not say). The week is set as a parent sets it on the Week page; the clock says
    which day it is."""
    ctx = player.ctx
    if HOME_DAY not in on_shelf(ctx.content.stories, ctx.profile):
        return
    clock, week = ctx.clock, list(ctx.profile.week.daycare_days)
    saturday = dt.datetime(2026, 12, 5, 9, 0).astimezone()
    days = [(1, [0, 1, 2, 3, 4]), (0, [0, 1, 2, 3, 4]), (-1, [0, 1, 2, 3, 4]), (3, [0]), (0, [])]
    try:
        for ahead, daycare_days in days:
            ctx.profile.week.daycare_days = daycare_days
            moment = saturday + dt.timedelta(days=ahead)
            ctx.clock = lambda moment=moment: moment
            scene = open_from_shelf(player, HOME_DAY)
            while scene.page is not None and not scene.page.id.startswith("sleeps"):
                player.tap_button("next")
                player.wait(0.5, dt=QUICK)
            if scene.page is not None:
                _story_page(player, scene)
    finally:
        ctx.clock, ctx.profile.week.daycare_days = clock, week
    home(player)


def open_from_shelf(player: Player, story_id: str) -> StoryScene:
    """From home: the Story door, then the story's cover touched twice (its title, then open)."""
    home(player)
    player.tap_button("shelf")
    player.tap_button(f"cover-{story_id}")
    player.tap_button(f"cover-{story_id}")
    scene = player.top
    assert isinstance(scene, StoryScene) and scene.story_id == story_id
    return scene


def read_story(player: Player, choice: str) -> None:
    """Read the story on top to its end: every page, every picture and hint, every choice (``choice`` last)."""
    scene = player.top
    assert isinstance(scene, StoryScene)
    seen: set[str] = set()
    while player.top is scene and scene.page is not None:
        page = scene.page
        if page.id not in seen:
            seen.add(page.id)
            _story_page(player, scene)
        if page.choice is not None:
            options = [option.id for option in page.choice.options]
            for option in options:
                player.tap_button(f"choice-{option}")
                quiet(player)
            player.tap_button(f"choice-{choice if choice in options else options[0]}")
            quiet(player)
        player.tap_button("next")
        player.wait(0.5, dt=QUICK)


def play_ritual(player: Player) -> None:
    """Each way to play the goodbye, waiting once for each kind of hint."""
    waited: set[str] = set()
    for mode in ("practice", "together", "buddy_turn"):
        home(player)
        player.tap_button("ritual")
        scene = player.top
        assert isinstance(scene, RitualScene)
        quiet(player)
        player.tap((scene.ctx.layout.center_x, 760))  # not a picture: "Tap a picture to choose a game."
        player.tap_button(f"mode-{mode}")
        for index in range(len(scene.steps)):
            player.run_until(
                lambda i=index, scene=scene: scene.phase == "prompt" and scene.index == i, timeout=20, dt=QUICK
            )
            step = scene.step
            kind = "together" if mode == "together" else step.kind
            if kind not in waited:
                waited.add(kind)
                quiet(player)  # the hint comes after a quiet while, not while the prompt is said
                player.wait(RITUAL_HINT_SECONDS + 0.5, dt=QUICK)
            target = scene.stage.target_center()
            if mode != "together" and step.kind == "hold":
                player.hold(target, step.hold_seconds + 0.3)
            else:
                for _ in range(max(1, len(step.sequence)) if mode != "together" else 1):
                    player.tap(target)
        if mode == "together":
            player.run_until(lambda scene=scene: scene.phase == "promise", timeout=20, dt=QUICK)
            player.wait(6, dt=QUICK)  # "When you've done it together, tap anywhere to go on."
            player.tap((scene.ctx.layout.center_x, 500))
        player.run_until(lambda scene=scene: scene.phase == "sticker", timeout=60, dt=QUICK)
        quiet(player)
        player.wait(4, dt=QUICK)
        player.tap((scene.ctx.layout.center_x, 500))
        player.run_until(lambda scene=scene: scene.phase == "choose", timeout=20, dt=QUICK)


def play_stickers(player: Player) -> None:
    scene = open_door(player, "stickers", StickerBookScene)
    layout = player.ctx.layout
    player.tap((layout.width - 260, 100))  # the buddy in the corner: its prizes
    quiet(player)
    player.tap((layout.center_x, 660))  # the week of suns
    quiet(player)
    for _entry, centre in scene.sticker_slots():
        player.tap(centre)
        quiet(player)
        break
    if scene.next_button.enabled:
        player.tap_button("next")
        quiet(player)


def play_buddy_maker(player: Player) -> None:
    scene = open_door(player, "buddy-maker", BuddyMakerScene)
    player.tap(scene.buddy_center)
    quiet(player)
    for tab in TABS:
        player.tap_button(f"tab-{tab}")
        quiet(player)
        options = scene.options(tab)
        for option in reversed(options) if tab == "name" else options:  # the family's own name last
            name = f"{tab}-{option.key}"
            if any(button.name == name for button in player.buttons()):
                player.tap_button(name)
                player.wait(0.1, dt=QUICK)
                if tab == "wear":
                    player.tap_button(name)  # on and off again (or off and on)
                    player.wait(0.1, dt=QUICK)
    quiet(player)
    player.tap_button("done")
    quiet(player)


def play_morning(player: Player) -> None:
    """Play: the whole morning flow, with a child who picks "happy" and taps through each part."""
    home(player)
    player.tap_button("play")
    for _ in range(4000):
        top = player.top
        if top.name == "home":
            break
        if isinstance(top, FeelingsScene) and top.phase == "ask":
            player.tap_button("face-happy")
        elif isinstance(top, MyDayScene):
            walk_my_day_by_keyboard(player)  # the morning from the keyboard: "Press again to go on"
        elif isinstance(top, StoryScene):
            player.space()
        elif isinstance(top, RitualScene) and top.phase == "prompt":
            if top.step.kind == "hold":
                player.hold(top.stage.target_center(), top.step.hold_seconds + 0.3)
            else:
                for _ in range(max(1, len(top.step.sequence))):
                    player.tap(top.stage.target_center())
        elif isinstance(top, RitualScene) and top.phase == "sticker":
            player.wait(4, dt=QUICK)
            player.tap((top.ctx.layout.center_x, 500))
        player.wait(0.3, dt=QUICK)
    assert player.top.name == "home"


def play_evening(player: Player) -> None:
    """ "How was your day?" twice: every face, "I don't know" and skip once each (waiting once for
    the nudges, and breathing once), the first card as the best part; then every card skipped
    and "I don't know" for the best part."""
    catalog = player.ctx.content.feelings
    for evening in range(2):
        home(player)
        player.tap_button("evening")
        scene = player.top
        assert isinstance(scene, EveningScene)
        answers = [f"face-{face.id}" for face in catalog.feeling] + ["dont-know", "skip"]
        if evening == 1:
            answers = ["skip"] * len(scene.cards)
        for number in range(len(scene.cards)):
            player.run_until(lambda scene=scene: scene.phase == "ask", timeout=30, dt=QUICK)
            quiet(player)
            if evening == 0 and number == 0:
                player.wait(EVENING_NUDGE_AFTER + 2, dt=0.25)  # quiet: the buddy says how to answer
                quiet(player)
                player.tap_button("breathe")  # breathing any time; then the question again
                player.tap_button("done")
                quiet(player)
            player.tap_button(answers[number % len(answers)])
        player.run_until(lambda scene=scene: scene.phase == "best", timeout=30, dt=QUICK)
        quiet(player)
        if evening == 0:
            player.wait(EVENING_NUDGE_AFTER + 2, dt=0.25)
            quiet(player)
            player.tap_button(f"best-{scene.cards[0].id}")
        else:
            player.tap_button("best-dont-know")
        player.run_until(lambda scene=scene: player.top is not scene, timeout=60, dt=QUICK)
    home(player)


def play_everything(player: Player, choice: str = "book") -> None:
    """Every kid screen, everything in it (the buddy maker last: it renames the buddy)."""
    play_home(player)
    play_doors(player)
    play_stickers(player)
    play_my_day(player)
    play_feelings(player)
    play_breathe(player)
    play_story(player, choice)
    play_home_day_sleeps(player)
    play_ritual(player)
    play_stickers(player)
    play_morning(player)
    play_evening(player)
    play_buddy_maker(player)


def play_the_day(player: Player, choice: str) -> None:
    """What differs between families: their day, their story, their goodbye, their sticker book."""
    play_stickers(player)
    play_my_day(player)
    play_story(player, choice)
    play_ritual(player)
    play_buddy_maker(player)
