"""The goodbye ritual, played as a child plays it: mouse, touch and keys, through the input seam.

Kept as one file because its helpers (how a child does each kind of step) serve every test here;
the acting-it-out tests (where the people stand and where they touch) are in test_ritual_acting.py.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

import pygame
import pytest
from tests.school_day import on_a_school_day

from dropoff_buddy.buddy.palette import person_tokens
from dropoff_buddy.content.catalog import ContentError, load_ritual_steps
from dropoff_buddy.content.loader import find_levels_dir
from dropoff_buddy.parts.ritual import PULSE_HZ, WALK_SECONDS, RitualScene
from dropoff_buddy.playtest import Player, start_game
from dropoff_buddy.storage.migrations import V1_RITUAL_STEP_IDS
from dropoff_buddy.storage.models import AvatarLook, StickerEntry

ALL_KINDS = ["hug", "kiss", "secret_handshake", "kissing_hand"]  # hold, tap, sequence, hold


@pytest.fixture
def sounds(player: Player, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every effect the game asks for, in order (the speakers are the only thing spied on)."""
    played: list[str] = []
    real = player.ctx.sound.play

    def spy(name: str) -> None:
        played.append(name)
        real(name)

    monkeypatch.setattr(player.ctx.sound, "play", spy)
    return played


def set_ritual(player: Player, steps: list[str]) -> None:
    """The parent changes the family's ritual (as the parent area does: assign, then save)."""
    player.ctx.profile.ritual = list(steps)
    assert player.ctx.save_profile()


def lines(player: Player) -> list[str]:
    return [line.text for line in player.ctx.narrator.history]


def keys(player: Player) -> list[str]:
    return [line.key for line in player.ctx.narrator.history]


def open_alone(player: Player, mode: str = "practice") -> RitualScene:
    """From home: the Goodbye door, then a mode picture."""
    player.tap_button("ritual")
    scene = player.top
    assert isinstance(scene, RitualScene)
    assert scene.phase == "choose"
    player.tap_button(f"mode-{mode}")
    assert scene.phase == "prompt" and scene.mode == mode
    return scene


def wait_for_prompt(player: Player, scene: RitualScene, index: int) -> None:
    assert player.run_until(lambda: scene.phase == "prompt" and scene.index == index, timeout=10, dt=0.1)


# -- ways a child does a step ---------------------------------------------------------------


def finger(player: Player, kind: int, pos: tuple[float, float]) -> pygame.event.Event:
    layout = player.ctx.layout
    px, py = layout.point(*pos)
    return pygame.event.Event(
        kind,
        touch_id=1,
        finger_id=3,
        x=px / layout.pixel_width,
        y=py / layout.pixel_height,
        dx=0.0,
        dy=0.0,
        pressure=1.0,
    )


def do_with_mouse(player: Player, scene: RitualScene) -> None:
    step = scene.step
    target = scene.stage.target_center()
    if step.kind == "hold":
        player.hold(target, step.hold_seconds + 0.2)
    elif step.kind == "sequence":
        for button in (1, 3, 2)[: len(step.sequence)]:  # any mouse button will do
            player.tap(target, button=button)
    else:
        player.tap(target, button=3)


def do_with_touch(player: Player, scene: RitualScene) -> None:
    step = scene.step
    # Anywhere near the people counts, not only the exact spot.
    spot = (scene.stage.target_center()[0] - 150, scene.stage.target_center()[1] + 120)
    if step.kind == "hold":
        player.frames(1, [finger(player, pygame.FINGERDOWN, spot)])
        player.wait(step.hold_seconds + 0.2)
        player.frames(1, [finger(player, pygame.FINGERUP, spot)])
    else:
        for _ in range(max(1, len(step.sequence))):
            player.touch(spot)


def do_with_keys(player: Player, scene: RitualScene) -> None:
    step = scene.step
    if step.kind == "hold":
        down = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_SPACE, mod=0, unicode=" ", scancode=0)
        up = pygame.event.Event(pygame.KEYUP, key=pygame.K_SPACE, mod=0, unicode=" ", scancode=0)
        player.frames(1, [down])
        player.wait(step.hold_seconds + 0.2)
        player.frames(1, [up])
    else:
        for index in range(max(1, len(step.sequence))):
            player.enter() if index % 2 else player.space()


def play_steps(
    player: Player, scene: RitualScene, do: Callable[[Player, RitualScene], None], reaction: float = 0.8
) -> None:
    for index in range(len(scene.steps)):
        wait_for_prompt(player, scene, index)
        player.wait(reaction)
        do(player, scene)
        assert scene.done_steps == [step.id for step in scene.steps[: index + 1]]


# -- the game ------------------------------------------------------------------------------


@pytest.mark.parametrize("do", [do_with_mouse, do_with_touch, do_with_keys], ids=["mouse", "touch", "keys"])
def test_a_child_completes_every_step_kind(
    player: Player, sounds: list[str], do: Callable[[Player, RitualScene], None]
) -> None:
    set_ritual(player, ALL_KINDS)
    scene = open_alone(player)
    assert {step.kind for step in scene.steps} == {"hold", "tap", "sequence"}
    play_steps(player, scene, do)
    for step in scene.steps:
        assert f"ritual_steps:{step.id}.prompt" in keys(player)
        assert f"ritual_steps:{step.id}.praise" in keys(player)
    assert player.run_until(lambda: scene.phase == "sticker", timeout=40, dt=0.1)
    assert player.ctx.progress.sticker_count == 1
    assert "soft_no" not in sounds
    assert {"heart_fill", "kiss", "pop", "sticker_fanfare", "door", "footsteps"} <= set(sounds)


def test_each_step_is_prompted_with_its_picture_and_its_own_words(player: Player) -> None:
    set_ritual(player, ["fist_bump", "nose_rub"])
    scene = open_alone(player)
    assert scene.step.icon == "svg/ritual/fist_bump.svg"
    assert "Fist bump! Tap Mommy's fist!" in lines(player)
    play_steps(player, scene, do_with_mouse)
    assert "Nose rub! Tap the noses together!" in lines(player)


def test_the_whole_morning_ritual_takes_under_a_minute_for_a_prompt_child(player: Player) -> None:
    # The longest ritual a parent can choose, with the slowest kinds: a hold and a handshake.
    set_ritual(player, ["hug", "secret_handshake", "kissing_hand", "high_five"])
    player.ctx.profile.settings.flow_parts = ["ritual"]
    player.tap_button("play")  # the morning flow, with only the ritual switched on
    assert player.run_until(lambda: isinstance(player.top, RitualScene), timeout=20)
    scene = player.top
    assert isinstance(scene, RitualScene) and scene.mode == "practice" and scene.phase == "prompt"
    started = scene.time
    play_steps(player, scene, do_with_mouse, reaction=1.0)
    assert player.run_until(lambda: player.top.name == "flow", timeout=60, dt=0.1)
    assert scene.time - started <= 60.0
    assert player.ctx.progress.stickers[-1].ritual == ["hug", "secret_handshake", "kissing_hand", "high_five"]


def test_the_goodbye_has_the_promise_the_teacher_and_praise_naming_the_steps(player: Player) -> None:
    scene = open_alone(player)
    play_steps(player, scene, do_with_mouse)
    assert player.run_until(lambda: scene.phase == "sticker", timeout=40, dt=0.1)
    said = lines(player)
    # The grown-up's own words at the door: the promise, then "I love you" (a parent's recordings play here).
    promise = said.index("I'll come back right after snack.")
    assert said[promise + 1] == "I love you, see you right after snack."
    assert any(line.startswith("Good morning, Little One!") for line in said)  # Miss Rosa welcomes
    assert "You did hug, kiss and high five! What a brave, happy goodbye." in said
    assert not any("always" in line.lower() or "o'clock" in line.lower() for line in said)
    assert (
        keys(player).index("lines:ritual.promise")
        < keys(player).index("lines:ritual.love_you")
        < keys(player).index("lines:ritual.teacher")
        < keys(player).index("lines:ritual.praise")
        < keys(player).index("lines:ritual.sticker")
    )


def test_the_grown_up_walks_out_through_the_door_and_never_vanishes(player: Player) -> None:
    profile = player.ctx.profile
    profile.grownups = [profile.grownup.model_copy(update={"look": AvatarLook(clothes="red", hair_style="bald")})]
    profile.child = profile.child.model_copy(update={"look": AvatarLook(clothes="blue")})
    red = pygame.Color(person_tokens(profile.grownup.look)["clothes"])
    scene = open_alone(player)

    def red_in_room() -> int:
        """The grown-up's red in the room, below the row of step pictures (which draw the family too)."""
        top = player.ctx.layout.point(0, 230)[1]
        screen = player.app.screen
        room = screen.subsurface((0, top, screen.get_width(), screen.get_height() - top))
        return int(pygame.mask.from_threshold(room, red, (2, 2, 2, 255)).count())

    play_steps(player, scene, do_with_mouse)
    assert player.run_until(lambda: scene.phase == "walk", timeout=15, dt=0.1)
    xs, seen, opened = [], [], []
    while scene.phase == "walk":
        xs.append(scene.stage.partner_walk()[0])
        opened.append(scene.stage.door_open())
        if scene.stage.door_open() >= 1.0:  # until the door starts to close, the grown-up is on screen
            player.app.finish_fade()
            player.app.render()
            seen.append(red_in_room())
        player.wait(0.2)
    assert xs == sorted(xs) and xs[-1] == scene.stage.door_center_x  # walks all the way to the door
    assert len(seen) >= 10 and min(seen) > 0  # visible at every moment until the door closes on them
    assert max(opened) == 1.0 and opened[-1] < 0.5  # the door opened, then closed behind them
    player.app.render()
    assert red_in_room() == 0  # gone out, door shut


def test_idle_child_gets_a_gentle_hint_and_a_slow_pulse(player: Player, sounds: list[str]) -> None:
    scene = open_alone(player)
    assert player.run_until(lambda: not player.ctx.narrator.speaking, timeout=10)  # the prompt is said first
    player.wait(4.0)
    assert not scene.hinting
    player.wait(1.5)
    assert scene.hinting and "lines:ritual.hint_hold" in keys(player)
    assert "hint" in sounds and "soft_no" not in sounds
    assert PULSE_HZ <= 3
    samples = []
    for _ in range(120):  # two seconds
        player.frames(1)
        samples.append(scene.stage.pulse())
    peaks = sum(1 for a, b, c in zip(samples, samples[1:], samples[2:], strict=False) if a < b >= c)
    assert 1 <= peaks <= 6  # it pulses, at most 3 times a second


def test_a_child_who_only_watches_is_helped_along_and_never_stuck(player: Player, sounds: list[str]) -> None:
    scene = open_alone(player)
    assert player.run_until(lambda: scene.done_steps == ["hug"], timeout=45, dt=0.1)  # two hints, then help
    assert scene.helped_steps == ["hug"]
    assert keys(player).count("lines:ritual.hint_hold") == 2
    assert "Let's do it together. Hug! There we go." in lines(player)
    assert "soft_no" not in sounds


def test_letting_go_of_a_hug_early_is_never_a_fail(player: Player, sounds: list[str]) -> None:
    scene = open_alone(player)
    target = scene.stage.target_center()
    player.hold(target, 0.6)
    kept = scene.hold_progress
    assert 0.2 < kept < 1.0
    player.wait(0.5)
    assert scene.hold_progress == kept  # a moment's pause loses nothing
    player.wait(2.5)
    assert 0.0 < scene.hold_progress < kept  # then it drains slowly, keeping most of the hug
    assert scene.phase == "prompt" and "soft_no" not in sounds
    player.hold(target, 1.2)  # finishing the hug needs less time now
    assert scene.done_steps == ["hug"]


@pytest.mark.parametrize("every", [1.0, 2.0, 3.0])
def test_slow_taps_finish_a_hold_step_before_any_help(player: Player, every: float) -> None:
    scene = open_alone(player)
    taps = 0
    while scene.done_steps != ["hug"]:
        player.tap((900, 400))
        taps += 1
        assert taps <= 5, scene.hold_progress  # every tap fills the heart more than the pause drains it
        if scene.done_steps != ["hug"]:
            player.wait(every)
    assert scene.helped_steps == []


def test_a_child_who_taps_now_and_then_on_a_hug_still_gets_hints_then_help(player: Player) -> None:
    scene = open_alone(player)
    elapsed = 0.0
    while not scene.done_steps:  # one lonely tap every 4 s (slower than a hint comes)
        player.tap((900, 400))
        player.wait(4.0)
        elapsed += 4.0
        assert elapsed <= 32
    assert "lines:ritual.hint_hold" in keys(player)  # the taps did not silence the hints


def test_quick_taps_fill_a_hold_step_too(player: Player) -> None:
    scene = open_alone(player)
    for _ in range(6):
        player.tap((200, 500))
    assert scene.done_steps == ["hug"]


def test_reduced_motion_still_walks_the_grown_up_out(player: Player) -> None:
    player.ctx.profile.settings.reduced_motion = True
    scene = open_alone(player)
    play_steps(player, scene, do_with_keys)
    assert player.run_until(lambda: scene.phase == "walk", timeout=15, dt=0.1)
    player.wait(WALK_SECONDS / 2)
    x, _, _ = scene.stage.partner_walk()
    assert scene.stage.partner_x < x < scene.stage.door_center_x


def test_escape_and_close_do_not_leave_the_ritual(player: Player) -> None:
    scene = open_alone(player)
    player.key(pygame.K_ESCAPE)
    player.close_window()
    assert player.top is scene and not player.ctx.quit_requested


# -- modes -----------------------------------------------------------------------------------


def test_together_mode_asks_the_real_grown_up_and_child_then_a_tap_goes_on(player: Player) -> None:
    scene = open_alone(player, "together")
    assert lines(player)[-1] == "Let's do it for real!"
    player.run_until(lambda: lines(player)[-1] != "Let's do it for real!", timeout=10, dt=0.1)
    assert lines(player)[-1] == "Give each other a big hug."
    for index in range(3):
        wait_for_prompt(player, scene, index)
        player.wait(2.0)  # doing it for real takes a moment; nothing happens without a tap
        assert scene.index == index
        player.tap((900, 300))
    assert player.run_until(lambda: scene.phase == "promise", timeout=10, dt=0.1)
    assert any("I'll come back right after snack" in line for line in lines(player))
    player.space()
    assert player.run_until(lambda: scene.phase == "sticker", timeout=15, dt=0.1)
    assert player.ctx.progress.stickers[-1].mode == "together"


def test_buddys_turn_the_child_plays_the_grownup_leaves_buddy_and_comes_back(player: Player) -> None:
    scene = open_alone(player, "buddy_turn")
    stage = scene.stage
    assert "Give Buddy a big hug. Press and hold!" in lines(player)
    buddy_x = stage.buddy_box()[0]
    assert stage.owl_box()[0] < buddy_x  # the teacher at buddy daycare is there from the start
    assert [shown.who for shown in stage.people()] == ["buddy", "child"]  # no grown-up: the child is the grown-up
    play_steps(player, scene, do_with_mouse)
    assert player.run_until(lambda: scene.phase == "walk", timeout=15, dt=0.1)
    # The child says the promise, then walks out through the door; the buddy stays.
    assert "Bye bye, Buddy! Have a lovely day at buddy daycare. I'll come back right after snack!" in lines(player)
    start_x = stage.child_x()
    player.wait(WALK_SECONDS)
    assert stage.child_x() > start_x and stage.door_open() == 1.0
    buddy = stage.cast.figure("buddy")
    assert buddy.position[0] == player.ctx.layout.point(stage.child_home_x, 0)[0]  # the buddy stays
    assert player.run_until(lambda: scene.phase == "welcome", timeout=10, dt=0.1)
    assert [shown.who for shown in stage.people()] == ["buddy"] and stage.door_open() == 0.0  # gone, door shut
    assert player.run_until(lambda: scene.phase == "back", timeout=20, dt=0.1)
    assert any(line.startswith("Hello, Buddy! Welcome to buddy daycare") for line in lines(player))
    player.wait(0.5)
    child = next(shown for shown in stage.people() if shown.who == "child")
    assert stage.door_open() > 0 and child.doorway  # back in through the same door
    assert player.run_until(lambda: scene.phase == "sticker", timeout=30, dt=0.1)
    said = lines(player)
    assert "Here I am! I came back right after snack, just like I said." in said
    assert "You did hug, kiss and high five with Buddy, and you came back, just like a grown-up!" in said
    assert player.ctx.progress.stickers[-1].mode == "buddy_turn"


def test_stray_taps_never_skip_the_goodbye_or_the_walk_out(player: Player) -> None:
    scene = open_alone(player)
    play_steps(player, scene, do_with_mouse)
    assert player.run_until(lambda: scene.phase == "goodbye", timeout=15, dt=0.1)
    phases = []
    while scene.phase in ("goodbye", "walk"):
        player.tap((640, 300))
        player.space()
        phases.append((scene.phase, round(scene.phase_time, 1)))
        player.wait(0.2)
    walked = [time for phase, time in phases if phase == "walk"]
    assert max(walked) >= WALK_SECONDS  # the whole walk to the door was shown, tapped through or not
    assert scene.phase == "teacher"


def test_after_the_sticker_the_chooser_comes_back_to_practise_again(player: Player) -> None:
    scene = open_alone(player)
    play_steps(player, scene, do_with_mouse)
    assert player.run_until(lambda: scene.phase == "choose", timeout=60, dt=0.1)
    assert player.top is scene


# -- data ------------------------------------------------------------------------------------


def test_stickers_persist_across_a_restart(player: Player, data_dir: Path) -> None:
    scene = open_alone(player)
    play_steps(player, scene, do_with_mouse)
    assert player.run_until(lambda: scene.phase == "sticker", timeout=40, dt=0.1)
    earned = player.ctx.progress.stickers[-1].sticker
    player.ctx.scenes.clear()
    pygame.quit()
    again = start_game(data_dir, clock=on_a_school_day)
    try:
        stickers = again.ctx.progress.stickers
        assert [entry.sticker for entry in stickers] == [earned]
        assert stickers[0].ritual == ["hug", "kiss", "high_five"] and stickers[0].mode == "practice"
        again.tap_button("stickers")
        assert "You have one sticker!" in [line.text for line in again.ctx.narrator.history]
    finally:
        again.ctx.scenes.clear()


def test_editing_the_ritual_changes_the_game(player: Player, data_dir: Path) -> None:
    set_ritual(player, ["wave", "thumbs_up"])
    player.ctx.scenes.clear()
    pygame.quit()
    game = start_game(data_dir, clock=on_a_school_day)  # the saved profile is what the game reads
    try:
        game.tap_button("ritual")
        game.tap_button("mode-practice")
        scene = game.top
        assert isinstance(scene, RitualScene)
        assert [step.id for step in scene.steps] == ["wave", "thumbs_up"]
        play_steps(game, scene, do_with_mouse)
        assert game.run_until(lambda: scene.phase == "sticker", timeout=40, dt=0.1)
        said = [line.text for line in game.ctx.narrator.history]
        assert "Wave bye-bye to Mommy. Tap to wave!" in said and "Thumbs up! Tap the thumb!" in said
        assert "Give Mommy a big hug. Press and hold!" not in said
        assert "You did wave and thumbs up! What a brave, happy goodbye." in said
        assert game.ctx.progress.stickers[-1].ritual == ["wave", "thumbs_up"]
        # The story's goodbye page reads the same saved ritual through the same catalogue call.
        steps = game.ctx.content.ritual_steps.said(game.ctx.profile.ritual)
        assert game.ctx.tr.join([game.ctx.text(step) for step in steps]) == "wave and thumbs up"
    finally:
        game.ctx.scenes.clear()


def test_the_fifth_sticker_unlocks_a_buddy_accessory(player: Player, data_dir: Path) -> None:
    now = player.ctx.clock()
    player.ctx.progress.stickers = [
        StickerEntry(at=now - dt.timedelta(days=day), sticker="star") for day in range(4, 0, -1)
    ]
    scene = open_alone(player)
    play_steps(player, scene, do_with_mouse)
    assert player.run_until(lambda: scene.phase == "sticker", timeout=40, dt=0.1)
    assert player.ctx.progress.unlocked_accessories == ["star_badge"]
    player.wait(6)
    assert "That's 5 stickers! Buddy gets a star badge to wear!" in lines(player)
    saved = player.ctx.store.open(player.ctx.child.profile_id).progress
    assert saved.unlocked_accessories == ["star_badge"] and saved.sticker_count == 5


# -- the step catalogue ------------------------------------------------------------------------


def broken_catalogue(tmp_path: Path, old: str, new: str) -> Path:
    text = (find_levels_dir() / "ritual_steps.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "ritual_steps.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('animation = "hug"', 'animation = "cartwheel"', ": hug: animation: "),
        ('sound = "kiss"', 'sound = "soft_no"', ": kiss: sound: "),
        ('target = "cheek"', 'taget = "cheek"', ": kiss: taget: unknown field (is it misspelt?)"),
        ('icon = "svg/ritual/wave.svg"', 'icon = "svg/ritual/waving.svg"', ": wave: icon: there is no picture"),
        ('sequence = ["up", "down", "bump"]', 'sequence = ["up"]', ": secret_handshake: -: "),
        ('praise = "A lovely kiss!"', 'praise = "A lovely kiss, {kid}!"', ": kiss: praise: "),
    ],
)
def test_a_broken_step_catalogue_names_the_file_step_and_field(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    with pytest.raises(ContentError) as error:
        load_ritual_steps(broken_catalogue(tmp_path, old, new))
    assert expected in str(error.value)


def test_the_catalogue_has_every_step_the_issue_asks_for_each_with_its_own_picture() -> None:
    catalogue = load_ritual_steps()
    # The ten the issue asks for are the ten a version-1 profile knew (frozen there): every one of
    # them is still in the catalogue, so no migrated family loses a step.
    assert set(V1_RITUAL_STEP_IDS) <= set(catalogue.ids)
    assert catalogue.get("hug").kind == "hold"  # type: ignore[union-attr]
    assert catalogue.get("secret_handshake").kind == "sequence"  # type: ignore[union-attr]
    assert len({step.icon for step in catalogue.step}) == len(catalogue.step)
    assert len({step.praise for step in catalogue.step}) == len(catalogue.step)


# -- random play ---------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [11, 12])
def test_random_mashing_in_the_ritual_and_the_book_never_crashes_quits_or_gets_stuck(player: Player, seed: int) -> None:
    """Seeded taps, touches, holds, drags and keys anywhere; the ritual still finishes and saves."""
    rng = random.Random(seed)
    layout = player.ctx.layout
    player.tap_button("ritual")
    for step in range(260):
        pos = (rng.uniform(0, layout.width), rng.uniform(170, layout.height))  # the home button stays safe
        choice = rng.random()
        if choice < 0.4:
            player.tap(pos, button=rng.choice([1, 2, 3]))
        elif choice < 0.55:
            player.touch(pos)
        elif choice < 0.65:
            player.hold(pos, rng.uniform(0.1, 2.0), dt=0.1)
        elif choice < 0.7:
            player.drag(pos, (rng.uniform(0, layout.width), rng.uniform(170, layout.height)), steps=3)
        else:
            key = rng.choice([pygame.K_RETURN, pygame.K_SPACE, pygame.K_ESCAPE, pygame.K_a, pygame.K_LEFT])
            player.key(key)
        assert not player.ctx.quit_requested, f"seed {seed} quit at step {step}"
        assert player.top.name in ("ritual", "stickers", "home"), f"seed {seed} reached {player.top.name}"
        if player.top.name == "home":
            player.tap_button(rng.choice(["ritual", "stickers"]))
        player.wait(0.15, dt=0.05)
    assert player.ctx.progress.sticker_count >= 1  # mashing through the game still earns its stickers
    saved = player.ctx.store.open(player.ctx.child.profile_id).progress
    assert saved.sticker_count == player.ctx.progress.sticker_count
