"""The story's pictures show what its words say: the rules a three-year-old takes literally.

Each page's TOML names what its people do (pose, pair pose, where), so the rules can be stated
about the story itself, for every card of the day, and checked on the figures as they are drawn.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.school_day import on_a_school_day

from dropoff_buddy.app import build_context
from dropoff_buddy.content.registry import load_content
from dropoff_buddy.context import GameContext
from dropoff_buddy.parts.story import StoryScene
from dropoff_buddy.playtest import Player
from dropoff_buddy.storage.models import AvatarLook, Person, Profile
from dropoff_buddy.story.cast import carries_buddy
from dropoff_buddy.story.plan import StoryPage, every_page, plan_pages
from dropoff_buddy.story.schema import Story

SEATED_EATING = ("eat", "drink")
LYING = ("lie", "lie_buddy")
KNEELING = ("kneel", "kneel_low")


@pytest.fixture(scope="module")
def story() -> Story:
    story = load_content().story
    assert story is not None
    return story


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[GameContext]:
    yield build_context(tmp_path / "data", None, (1280, 800), seed=1, audio=False, clock=on_a_school_day)


def pages(story: Story, ctx: GameContext) -> dict[str, StoryPage]:
    return {page.id: page for page in every_page(story, ctx.profile, ctx.content.cards)}


def actor(page: StoryPage, who: str) -> object:
    found = next((item for item in page.actors if item.who == who), None)
    assert found is not None, f"{who} is not on page {page.id}"
    return found


def poses(page: StoryPage) -> dict[str, str]:
    return {item.who: item.pose for item in page.actors}


def pairs(page: StoryPage) -> set[tuple[str, str, str]]:
    return {(pair.pose, pair.first, pair.second) for pair in page.pairs}


def buddy_is_there(ctx: GameContext, page: StoryPage) -> bool:
    """The buddy stands on the page itself, or someone holds it (arms, backpack, at nap)."""
    kinds = {"child": "child", "grownup": "adult", "pickup": "adult", "teacher": "adult"}
    return any(
        item.who == "buddy" or carries_buddy(ctx.rig, item.pose, kinds.get(item.who, "child")) for item in page.actors
    )


def test_the_buddy_comes_along_on_every_page_from_the_morning_to_home(story: Story, ctx: GameContext) -> None:
    for day in (ctx.profile.schedule, ["circle_time", "free_play", "art", "outdoor_play", "lunch", "nap"]):
        profile = ctx.profile.model_copy(update={"schedule": day, "pickup_after": day[-2]})
        for choice in ("book", "ball", "bubbles"):
            plan = plan_pages(story, profile, ctx.content.cards, {"home_play": choice})
            missing = [page.id for page in plan if not buddy_is_there(ctx, page)]
            assert missing == [], f"no buddy on {missing}"
    # And in the first picture: in the backpack, peeking out, as the words say.
    assert poses(pages(story, ctx)["morning"])["child"] == "backpack"


def test_the_nap_is_lying_down_under_a_blanket_hugging_the_buddy(story: Story, ctx: GameContext) -> None:
    nap = pages(story, ctx)["nap"]
    assert poses(nap)["child"] == "lie_buddy"
    assert nap.background == "nap_room"


def test_snack_and_lunch_are_eaten_sitting_at_the_table_and_lunch_is_not_the_snack(
    story: Story, ctx: GameContext
) -> None:
    every = pages(story, ctx)
    for card in ("snack", "lunch"):
        assert poses(every[card])["child"] in SEATED_EATING, card
    snack_food = {prop.name for prop in every["snack"].props}
    lunch_food = {prop.name for prop in every["lunch"].props}
    assert "fruit_bowl" in snack_food and "lunch_plate" in lunch_food and not (snack_food & lunch_food)


def test_art_has_someone_painting_and_the_book_at_home_is_read_together(story: Story, ctx: GameContext) -> None:
    every = pages(story, ctx)
    assert "paint" in poses(every["art"]).values()
    assert ("read_together", "pickup", "child") in pairs(every["home_book"])


def test_missing_the_grownup_the_child_hugs_the_buddy_by_the_family_photo(story: Story, ctx: GameContext) -> None:
    missing = pages(story, ctx)["missing"]
    # The three choices the words offer are all in the picture: the buddy in the child's arms, the
    # family photo beside the child, the teacher kneeling near.
    assert poses(missing)["child"] == "carry_buddy" and missing.photo is not None
    assert poses(missing)["teacher"] in KNEELING
    child = actor(missing, "child")
    assert abs(missing.photo.x - child.x) < 300  # beside the child, not across the room
    assert child.flip == (missing.photo.x < child.x)  # and the child faces it


def test_the_goodbye_has_the_teacher_kneeling_by_the_child_and_a_real_hug(story: Story, ctx: GameContext) -> None:
    every = pages(story, ctx)
    goodbye = every["goodbye"]
    assert ("hug", "grownup", "child") in pairs(goodbye)
    assert poses(goodbye)["teacher"] in KNEELING
    assert actor(goodbye, "child").expression == "sad"  # feelings shown, not hidden
    promise = every["promise"]
    assert poses(promise)["teacher"] in KNEELING and promise.door is not None
    grownup = actor(promise, "grownup")
    assert grownup.animation == "walk_out" and grownup.to_x == promise.door.x  # out through the door
    assert actor(every["welcome"], "child").expression != "sad"  # and OK soon after


def test_the_grownup_comes_back_through_the_door_to_a_real_hug_by_the_family_photo(
    story: Story, ctx: GameContext
) -> None:
    comeback = pages(story, ctx)["comeback"]
    assert comeback.door is not None and comeback.photo is not None
    walker = actor(comeback, "pickup")
    assert walker.animation == "walk_in" and walker.from_x == comeback.door.x
    assert ("hug", "pickup", "child") in pairs(comeback)


def test_nothing_on_any_page_is_a_toy_bear_that_could_be_taken_for_the_buddy(story: Story, ctx: GameContext) -> None:
    for page in pages(story, ctx).values():
        assert not any("teddy" in prop.name or "bear" in prop.name for prop in page.props), page.id
    assets = ctx.assets
    assert not assets.exists("svg/props/teddy_bed.svg")


def test_the_story_shows_who_the_parent_picked_for_drop_off_and_for_pick_up(player: Player) -> None:
    profile = player.ctx.profile
    daddy = Person(name="Daddy", look=AvatarLook(clothes="red", hair_style="short", beard="short"))
    player.ctx.child.profile = Profile.model_validate(
        {
            **profile.model_dump(),
            "grownups": [*(p.model_dump() for p in profile.grownups), daddy.model_dump()],
            "pickup": 1,
        }
    )
    assert player.ctx.open_scene("story")
    player.frames(2)
    scene = player.top
    assert isinstance(scene, StoryScene)
    ids = [page.id for page in scene.plan]
    assert "promise_other" in ids and "promise" not in ids
    promise = scene.plan[ids.index("promise_other")]
    assert player.ctx.line_words(promise.lines[0]) == "Mommy says: Daddy comes right after snack."
    scene.show_page(scene.plan[ids.index("comeback")])
    assert scene.members["pickup"].look == daddy.look and scene.members["grownup"].look == profile.grownup.look
    assert player.ctx.line_words(scene.page.lines[0]).startswith("Right after snack, Daddy comes back")


def test_the_comeback_hug_happens_as_the_hug_line_is_said(player: Player) -> None:
    assert player.ctx.open_scene("story")
    player.frames(2)
    scene = player.top
    assert isinstance(scene, StoryScene)
    comeback = next(page for page in scene.plan if page.id == "comeback")
    scene.show_page(comeback)
    cast = scene.picture.cast
    assert cast is not None and not cast.pairings
    assert player.run_until(lambda: bool(cast.pairings), timeout=30)
    current = player.ctx.narrator.current
    assert current is not None and current.key == comeback.lines[1].key  # "A big hug!"
    assert cast.figures["pickup"].pose == cast.figures["child"].pose == "hug"


# -- the pictures issue 11 left weak, and the shelf's four stories ------------------------------------

SHELF = ("my_first_day", "someone_else_picks_up", "home_day", "sad_at_daycare")


def shelf_story(name: str) -> Story:
    story = load_content().stories.get(name)
    assert story is not None, name
    return story


def test_the_nap_bed_is_bigger_than_the_child_who_lies_on_it_with_the_buddy_tucked_in(player: Player) -> None:
    assert player.ctx.open_scene("story")
    player.frames(2)
    scene = player.top
    assert isinstance(scene, StoryScene)
    nap = pages(scene.story, player.ctx)["nap"]  # type: ignore[arg-type]
    scene.show_page(nap)
    player.frames(3)
    bed = scene.picture.target_box("nap_bed")
    child = scene.picture.cast.rect("child") if scene.picture.cast is not None else None
    buddy = scene.picture.target_box("buddy")
    assert bed is not None and child is not None and buddy is not None
    assert bed.width > 1.3 * child.width  # a bed a child fits in, not a toy bed under a big child
    assert bed.top < child.bottom < bed.centery + bed.height // 4  # lying on the mattress, not above it
    assert buddy.bottom > child.centery  # the buddy lies against the child, not held up in the air
    assert poses(nap)["child"] == "lie_buddy"


def test_someone_is_on_the_slide_and_the_bubbles_are_blown_with_a_wand(story: Story, ctx: GameContext) -> None:
    every = pages(story, ctx)
    assert poses(every["outdoor_play"])["child"] == "slide"
    assert poses(every["home_bubbles"])["pickup"] == "blow_bubbles"  # not a blown kiss


@pytest.mark.parametrize("name", SHELF)
def test_the_buddy_is_on_every_page_of_every_shelf_story(name: str, ctx: GameContext) -> None:
    story = shelf_story(name)
    away = ctx.profile.model_copy(
        update={"grownups": [*ctx.profile.grownups, Person(name="Grandpa")], "pickup": len(ctx.profile.grownups)}
    )
    for profile in (ctx.profile, away):
        for sleeps in (1, 2, 3, 5, None):
            plan = plan_pages(story, profile, ctx.content.cards, sleeps=sleeps)
            assert 10 <= len(plan) <= 12, (name, len(plan))
            missing = [page.id for page in plan if not buddy_is_there(ctx, page)]
            assert missing == [], f"no buddy on {name}: {missing}"


def test_my_first_day_shows_the_teacher_the_childs_own_hook_and_the_toilet(ctx: GameContext) -> None:
    every = pages(shelf_story("my_first_day"), ctx)
    assert poses(every["teacher"])["teacher"] == "wave"
    hook = every["hook"]
    assert hook.portrait is not None and hook.portrait.who == "child"  # the child's own picture...
    coat_hooks = next(prop for prop in hook.props if prop.name == "coat_hooks")
    assert abs(hook.portrait.x - coat_hooks.x) < 60  # ... right on their hook
    toilet = every["toilet"]
    assert {"toilet", "sink"} <= {prop.name for prop in toilet.props} and poses(toilet)["teacher"] == "point"
    assert "grownup" in poses(every["play"])  # the grown-up stays a little while, in the picture too
    assert actor(every["promise"], "grownup").animation == "walk_out"


def test_someone_else_comes_in_through_the_same_door(ctx: GameContext) -> None:
    every = pages(shelf_story("someone_else_picks_up"), ctx)
    arrives = every["arrives"]
    walker = actor(arrives, "pickup")
    assert arrives.door is not None and walker.animation == "walk_in" and walker.from_x == arrives.door.x
    assert ("hug", "pickup", "child") in pairs(arrives)
    for page_id in ("morning", "promise", "remember"):  # who comes, shown as the child thinks of them
        portrait = every[page_id].portrait
        assert portrait is not None and portrait.who == "pickup" and portrait.frame == "thought"
    assert ("walk_hand_in_hand", "pickup", "child") in pairs(every["going_home"])


def test_a_home_day_counts_the_sleeps_in_moons_on_a_chart(ctx: GameContext) -> None:
    every = pages(shelf_story("home_day"), ctx)
    for page_id, chart in (("sleeps_one", "1"), ("sleeps_two", "2"), ("sleeps_three", "3"), ("sleeps_more", "more")):
        assert [prop.name for prop in every[page_id].props] == [f"sleep_chart_{chart}"]
    assert not every["sleeps_unknown"].props  # no count known: no chart that would say one
    assert poses(every["slide"])["child"] == "slide" and every["slide"].background == "park"
    assert every["morning"].background == "home_morning"


def test_feeling_sad_each_way_to_feel_better_is_in_the_picture(ctx: GameContext) -> None:
    every = pages(shelf_story("sad_at_daycare"), ctx)
    assert actor(every["sad"], "child").expression == "sad"
    assert every["sad"].portrait is not None and every["sad"].portrait.who == "grownup"  # misses them
    assert poses(every["hug"])["child"] == "sit_buddy"
    photo = every["photo"]
    child = actor(photo, "child")
    assert photo.photo is not None and abs(photo.photo.x - child.x) < 300 and child.expression != "calm"  # eyes open
    breathe = every["breathe"]
    assert breathe.breathing and poses(breathe)["child"] == "carry_buddy"
    assert poses(every["tell"])["teacher"] in KNEELING
    assert ("hug", "teacher", "child") in pairs(every["cuddle"])
    assert actor(every["better"], "child").expression == "happy"
