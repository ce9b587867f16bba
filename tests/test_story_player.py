"""The story player, played through the input seam as a child would: taps only, keys only."""

from __future__ import annotations

import pygame
import pytest

from dropoff_buddy.parts.story import IDLE_HINT_SECONDS, StoryScene
from dropoff_buddy.playtest import Player
from dropoff_buddy.storage.models import Profile
from dropoff_buddy.story.plan import plan_pages


def open_story(player: Player) -> StoryScene:
    assert player.ctx.open_scene("story")
    player.frames(2)
    scene = player.top
    assert isinstance(scene, StoryScene)
    return scene


def set_profile(player: Player, **changes: object) -> None:
    data = player.ctx.profile.model_dump()
    data.update(changes)
    player.ctx.child.profile = Profile.model_validate(data)


def empty_spot(player: Player, scene: StoryScene) -> tuple[float, float]:
    """A place on the page with nothing to tap on it (not a hotspot, a button or the parent lock)."""
    layout = player.ctx.layout
    for fy in (0.55, 0.35, 0.7, 0.25):
        for fx in (0.5, 0.35, 0.65, 0.25, 0.75):
            spot = (layout.width * fx, layout.height * fy)
            if scene.hotspot_at(spot) is None and scene.buttons.button_at(spot) is None:
                return spot
    raise AssertionError(f"no empty spot on page {scene.page.id if scene.page else '?'}")


def listen(player: Player, scene: StoryScene) -> None:
    """Wait, as a child who listens, until the page has said what it shows (a tap on it may turn it then)."""
    assert player.run_until(lambda: scene.may_turn_on_a_stray_tap, timeout=30)


def play_with_keys(player: Player, scene: StoryScene, *, stop_at: str = "") -> list[str]:
    seen: list[str] = []
    presses = 0
    while player.top is scene and scene.page is not None:
        if scene.page.id == stop_at:
            break
        seen.append(scene.page.id)
        listen(player, scene)
        if presses % 2:
            player.enter()
        else:
            player.space()
        presses += 1
        assert presses < 40, seen
    return seen


def said(player: Player) -> list[str]:
    return [line.text for line in player.ctx.narrator.history]


def test_a_child_plays_the_whole_story_with_taps_only(player: Player) -> None:
    scene = open_story(player)
    seen: list[str] = []
    while player.top is scene:
        page = scene.page
        assert page is not None
        seen.append(page.id)
        opening = page.title or page.lines[0]  # the first page opens with the story's title
        assert said(player)[-1] == player.ctx.line_words(opening, **page.moment)
        player.wait(2.5)  # people walking in have arrived
        for hotspot in page.hotspots:
            box_visible = scene.picture.target_box(hotspot.target) is not None
            if not box_visible:
                continue
            player.tap(scene.hotspot_center(hotspot))
            # The answer comes in the very frame of the tap: the line is being said.
            assert player.ctx.narrator.caption == player.ctx.line_words(hotspot.reaction.say, **page.moment)
        listen(player, scene)
        player.tap(empty_spot(player, scene))
        assert len(seen) <= 20
    assert seen == [page.id for page in scene.plan]
    assert 9 <= len(seen) <= 14
    assert player.top.name == "home"


def test_a_child_plays_the_whole_story_with_space_and_enter_alone(player: Player) -> None:
    scene = open_story(player)
    seen = play_with_keys(player, scene)
    assert seen == [page.id for page in scene.plan]
    assert player.top.name == "home"


def test_the_story_is_the_morning_flows_story_part_and_hands_back_when_done(player: Player) -> None:
    settings = player.ctx.profile.settings
    settings.flow_parts = ["story"]
    player.tap_button("play")
    assert player.run_until(lambda: isinstance(player.top, StoryScene), timeout=20)  # past the bridge
    scene = player.top
    assert isinstance(scene, StoryScene)
    play_with_keys(player, scene)
    assert player.top.name == "flow"


def test_personalised_names_show_in_the_captions(player: Player) -> None:
    profile = player.ctx.profile
    profile.child.name = "Ayla"
    profile.grownups[0].name = "Papa"
    profile.teacher.name = "Mr Tom"
    profile.buddy.name = "Bun"
    profile.place = "nursery"
    scene = open_story(player)
    play_with_keys(player, scene)
    lines = said(player)
    assert "Today Ayla goes to nursery." in lines
    assert "Papa says: I'll come back right after snack." in lines
    assert "Miss Rosa" not in " ".join(lines)
    text = " ".join(lines)
    for name in ("Mr Tom", "Bun", "nursery"):
        assert name in text


def test_changing_the_schedule_changes_the_pages(player: Player) -> None:
    set_profile(player, schedule=["arrive", "music", "art", "story_time", "snack", "pickup"], pickup_after="snack")
    scene = open_story(player)
    seen = play_with_keys(player, scene)
    # The last two activities before pick-up, then the pick-up one: the story stays 10-12 pages.
    assert seen[seen.index("welcome") + 1 : seen.index("comeback")] == ["art", "story_time", "missing", "snack"]
    assert "circle_time" not in seen and "music" not in seen
    assert "Art time! Little One paints a picture." in said(player)


def test_changing_the_pickup_activity_changes_the_promise_and_the_ending(player: Player) -> None:
    set_profile(player, pickup_after="outdoor_play")
    scene = open_story(player)
    seen = play_with_keys(player, scene)
    lines = said(player)
    assert "Mommy says: I'll come back right after outdoor play." in lines
    assert "Right after outdoor play, Mommy comes back." in lines
    assert "Mommy said goodbye. Little One played. Right after outdoor play, Mommy came back." in lines
    assert not any("right after snack" in line.lower() for line in lines)
    # Snack now happens before the grown-up comes back; outdoor play is the last thing before.
    assert seen[seen.index("missing") - 1 : seen.index("comeback")] == ["snack", "missing", "outdoor_play"]


@pytest.mark.parametrize(
    ("schedule", "pickup_after"),
    [
        (["snack", "nap", "pickup"], "snack"),
        (["arrive", "circle_time", "free_play", "art", "music", "outdoor_play", "lunch", "story_time"], "story_time"),
    ],
)
def test_the_story_stays_10_to_12_pages_for_short_and_long_days(
    player: Player, schedule: list[str], pickup_after: str
) -> None:
    set_profile(player, schedule=schedule, pickup_after=pickup_after)
    scene = open_story(player)
    # A social story's length, and short enough that the whole morning fits in five minutes
    # (benchmarks/bench_morning.py): the pages turned, the home page's first picture chosen.
    assert scene.story is not None
    turned = plan_pages(scene.story, player.ctx.profile, player.ctx.content.cards, {"home_play": "book"})
    assert 10 <= len(turned) <= 12
    assert pickup_after in [page.id for page in scene.plan]


def test_a_hotspot_answers_in_the_frame_of_the_tap(player: Player, monkeypatch: pytest.MonkeyPatch) -> None:
    scene = open_story(player)
    played: list[str] = []
    real_play = player.ctx.sound.play
    monkeypatch.setattr(player.ctx.sound, "play", lambda name: (played.append(name), real_play(name))[1])
    assert scene.page is not None
    buddy = next(hotspot for hotspot in scene.page.hotspots if hotspot.target == "buddy")
    player.tap(scene.hotspot_center(buddy))
    assert played[-1] == "giggle"
    assert player.ctx.narrator.caption == player.ctx.line_words(buddy.reaction.say)
    assert scene.actors["child"].animation == "bounce"  # the buddy rides in the child's backpack: a hop
    assert scene.page.id == "morning"  # a hotspot tap does not turn the page


def test_after_six_quiet_seconds_the_buddy_gives_a_gentle_hint(player: Player) -> None:
    scene = open_story(player)
    player.run_until(lambda: not player.ctx.narrator.speaking)
    player.wait(IDLE_HINT_SECONDS - 1)
    assert player.ctx.narrator.history[-1].key != "daycare_day:morning.buddy.hint"
    player.wait(1.5)
    last = player.ctx.narrator.history[-1]
    assert last.key == "daycare_day:morning.buddy.hint"
    assert last.text == "Can you tap Buddy?"
    assert scene.page is not None and scene.page.id == "morning"


def test_the_back_arrow_goes_back_a_page(player: Player) -> None:
    scene = open_story(player)
    player.tap_button("next")
    assert scene.page is not None and scene.page.id == "door"
    player.tap_button("back")
    assert scene.page.id == "morning"
    assert scene.page.title is not None  # back on the first page: its title is said again, as when it opened
    assert said(player)[-1] == player.ctx.line_words(scene.page.title)


def test_the_next_arrow_sits_at_mid_height_away_from_the_bottom_corners(player: Player) -> None:
    scene = open_story(player)
    player.tap_button("next")
    layout = player.ctx.layout
    for name in ("next", "back"):
        _, y, w, h = player.button(name).rect
        assert w >= 96 and h >= 96
        assert y + h < layout.height * 0.7
    assert player.button("next").rect[2] >= 140
    assert scene.page is not None


def test_a_picture_choice_sets_what_happens_next(player: Player) -> None:
    scene = open_story(player)
    play_with_keys(player, scene, stop_at="home")
    assert scene.page is not None and scene.page.id == "home"
    player.tap_button("choice-ball")
    assert player.ctx.narrator.caption == "The ball!"
    listen(player, scene)
    player.space()
    assert scene.page.id == "home_ball"


def test_the_goodbye_page_plays_the_familys_own_ritual_steps(player: Player) -> None:
    set_profile(player, ritual=["wave", "fist_bump"])
    scene = open_story(player)
    play_with_keys(player, scene, stop_at="goodbye")
    assert "Mommy and Little One say goodbye: wave and fist bump." in said(player)[-1]
    names = [button.name for button in player.buttons() if button.name.startswith("ritual-")]
    assert names == ["ritual-wave", "ritual-fist_bump"]
    player.tap_button("ritual-fist_bump")
    assert player.ctx.narrator.caption == "Do a fist bump."
    cast = scene.picture.cast
    assert cast is not None and cast.figures["grownup"].pose == cast.figures["child"].pose == "fist_bump"
    player.tap_button("ritual-wave")
    assert cast.figures["grownup"].pose == cast.figures["child"].pose == "wave"


def test_the_missing_page_offers_choices_a_hug_the_photo_and_the_teacher(player: Player) -> None:
    scene = open_story(player)
    play_with_keys(player, scene, stop_at="missing")
    page = scene.page
    assert page is not None and page.photo is not None
    assert said(player)[-1] == "Sometimes Little One misses Mommy. That's OK."
    assert player.run_until(lambda: said(player)[-1].startswith("Little One can hug Buddy"), timeout=20)
    assert said(player)[-1] == "Little One can hug Buddy, look at the photo, or go to Miss Rosa."
    assert {"buddy", "photo", "teacher"} <= {hotspot.target for hotspot in page.hotspots}  # each one is there
    photo = next(hotspot for hotspot in page.hotspots if hotspot.target == "photo")
    player.tap(scene.hotspot_center(photo))
    assert player.ctx.narrator.caption == "There is Mommy. Mommy comes back right after snack."


def test_reduced_motion_puts_walkers_in_place_without_sliding(player: Player) -> None:
    player.ctx.profile.settings.reduced_motion = True
    scene = open_story(player)
    play_with_keys(player, scene, stop_at="door")
    player.wait(0.1)
    child = scene.actors["child"]
    assert child.x == child.spec.x


def test_a_broken_story_file_tells_the_parent_and_play_goes_on(player: Player) -> None:
    # What the registry does with a broken story file: left out, with its problem kept.
    player.ctx.content.stories.pop("daycare_day")
    player.ctx.content.problems.append("levels/daycare_day.toml: morning: say: broken")
    player.ctx.open_scene("story")
    player.frames(2)
    assert player.top.name == "home"
    assert any("story could not be opened" in notice.message for notice in player.ctx.notices)


def test_the_grownup_leaves_through_the_door_which_opens_and_then_closes(player: Player) -> None:
    scene = open_story(player)
    play_with_keys(player, scene, stop_at="promise")
    grownup = scene.actors["grownup"]
    assert grownup.visible and scene.picture.door_open == 0.0
    player.run_until(lambda: scene.picture.door_open > 0, timeout=20)
    assert grownup.animation == "walk_out"
    assert player.run_until(lambda: scene.picture.in_doorway(grownup), timeout=5)  # steps through the doorway
    player.run_until(lambda: not grownup.visible, timeout=5)
    assert scene.picture.in_doorway(grownup)  # still seen in the doorway while the door shuts behind them
    player.wait(1.0)
    assert scene.picture.door_open == 0.0 and not scene.picture.in_doorway(
        grownup
    )  # gone out, the door shut: no sneaking


def test_one_door_the_same_art_outside_inside_and_in_the_goodbye_game(player: Player) -> None:
    story = player.ctx.content.story
    assert story is not None
    doors = {page.id: page.door for page in story.page if page.door is not None}
    assert {"door", "promise", "comeback"} <= set(doors)
    grownup_height = 515  # a grown-up at full size on the stage (story.cast.GROWNUP_HEIGHT)
    for page_id, door in doors.items():
        assert door.height >= 1.1 * grownup_height, page_id  # full height: well above a grown-up's head
    # The art of the one door, and nothing else that looks like a door in the props or the ritual.
    assets = player.ctx.assets
    assert not any(assets.exists(f"svg/props/{name}.svg") for name in ("door", "door_open"))
    assert not assets.exists("svg/ritual/door_leaf.svg")
    from dropoff_buddy.parts.ritual.cast import GROWNUP_HEIGHT
    from dropoff_buddy.parts.ritual.stage import DOOR_HEIGHT

    assert DOOR_HEIGHT >= 1.2 * GROWNUP_HEIGHT


def test_a_tap_on_the_page_while_its_first_line_is_said_only_ripples(player: Player) -> None:
    scene = open_story(player)
    first = scene.line_keys[0]
    player.wait(0.5)
    for _ in range(5):  # a toddler tapping the floor
        player.tap(empty_spot(player, scene))
        assert scene.ripples  # every tap shows something
        player.space()
        player.wait(0.3)
    assert scene.page is not None and scene.page.id == "morning"
    assert player.ctx.narrator.current is not None and player.ctx.narrator.current.key == first
    player.run_until(lambda: player.ctx.narrator.current is None or player.ctx.narrator.current.key != first)
    player.tap(empty_spot(player, scene))
    assert scene.page.id == "door"  # once the line is said, a tap on the page goes on


def test_the_big_arrow_always_turns_the_page_at_once(player: Player) -> None:
    scene = open_story(player)
    for expected in ("door", "goodbye"):
        player.wait(0.5)
        player.tap_button("next")
        assert scene.page is not None and scene.page.id == expected


def test_stray_taps_and_keys_never_skip_the_promise_or_the_grownup_walking_out(player: Player) -> None:
    scene = open_story(player)
    play_with_keys(player, scene, stop_at="promise")
    grownup = scene.actors["grownup"]
    layout = player.ctx.layout
    taps = 0
    while grownup.visible:
        player.tap((layout.width * 0.5, layout.height * 0.2))  # high on the wall: nothing there
        player.key(pygame.K_SPACE, " ")
        player.wait(0.25)
        taps += 1
        assert scene.page is not None and scene.page.id == "promise", f"skipped after {taps} taps"
        assert taps < 80
    keys = [line.key for line in player.ctx.narrator.history]
    assert "daycare_day:promise.0" in keys and "daycare_day:promise.1" in keys  # the promise, then the walk-out
    assert taps > 10  # it took its time: the promise was said in full before the walk
    player.tap((layout.width * 0.5, layout.height * 0.2))
    assert scene.page.id == "welcome"


def test_the_grownup_walks_out_while_the_walk_out_line_is_said(player: Player) -> None:
    scene = open_story(player)
    play_with_keys(player, scene, stop_at="promise")
    grownup = scene.actors["grownup"]
    assert player.run_until(lambda: grownup.animation == "walk_out", timeout=30)
    current = player.ctx.narrator.current
    assert current is not None and current.key == "daycare_day:promise.1"


def test_the_hint_on_a_page_with_nothing_tapped_yet_invites_a_tap_or_a_turn(player: Player) -> None:
    scene = open_story(player)
    play_with_keys(player, scene, stop_at="home")
    player.tap_button("choice-ball")
    listen(player, scene)
    player.space()
    assert scene.page is not None and scene.page.id == "home_ball"  # its ball has no hint of its own
    player.run_until(lambda: scene.hints_given == 1, timeout=60)
    assert (
        player.ctx.narrator.history[-1].text == "Tap a picture to see what happens. Or tap the big arrow to turn "
        "the page."
    )
    assert scene.page.id == "home_ball"  # hints never turn the page themselves


@pytest.mark.parametrize("seed", range(2))
def test_random_child_input_in_the_story_never_breaks_or_leaves_it_wrongly(player: Player, seed: int) -> None:
    """Seeded taps, touches, holds, drags, arrow keys and key mashing, with a resize now and then."""
    import random

    import pygame

    rng = random.Random(seed)
    scene = open_story(player)
    layout = player.ctx.layout
    for step in range(200):
        if player.top is not scene:
            assert player.top.name == "home", f"seed {seed}: left the story for {player.top.name} at step {step}"
            scene = open_story(player)
        choice = rng.random()
        pos = (rng.uniform(0, layout.width), rng.uniform(0, layout.height))
        if choice < 0.4:
            player.tap(pos, button=rng.choice([1, 2, 3]))
        elif choice < 0.5:
            player.touch(pos)
        elif choice < 0.55:
            player.hold(pos, rng.uniform(0.2, 1.5), dt=0.25)
        elif choice < 0.6:
            player.drag(pos, (rng.uniform(0, layout.width), rng.uniform(0, layout.height)), steps=3)
        elif choice < 0.62:
            size = rng.choice([(1024, 600), (1280, 800), (1600, 900)])
            pygame.display.set_mode(size, pygame.RESIZABLE)
            player.frames(1, [pygame.event.Event(pygame.VIDEORESIZE, size=size, w=size[0], h=size[1])])
            layout = player.ctx.layout
        else:
            key = rng.choice(
                [
                    pygame.K_RETURN,
                    pygame.K_SPACE,
                    pygame.K_ESCAPE,
                    pygame.K_LEFT,
                    pygame.K_RIGHT,
                    pygame.K_TAB,
                    pygame.K_a,
                    pygame.K_z,
                ]
            )
            player.key(key)
        assert player.top.name != "parent-home", f"seed {seed} opened the parent area at step {step}"
        assert not player.ctx.quit_requested, f"seed {seed} quit at step {step}"
        if player.top is scene:
            assert scene.page is not None and scene.page.id in {page.id for page in scene.plan}
