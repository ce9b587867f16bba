"""The tour's pictures of the story: every page of every story."""

from __future__ import annotations

from collections.abc import Iterator

from dropoff_buddy.context import GameContext
from dropoff_buddy.parts.story.scene import StoryScene
from dropoff_buddy.registry import TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.story.plan import StoryPage, every_page


def story_screens(ctx: GameContext) -> Iterator[TourShot]:
    """Every page of every story, as ``story-<story id>-<page id>`` (and ``…-then`` for a page whose
    people act on its last line: the walk out of the door, the hug)."""
    for story_id, story in ctx.content.stories.items():
        for page in every_page(story, ctx.profile, ctx.content.cards):
            yield from _page_shots(story_id, page)


def _page_shots(story_id: str, page: StoryPage) -> Iterator[TourShot]:
    name = f"story-{story_id}-{page.id}"

    def make(ctx: GameContext) -> Scene:
        return StoryScene(ctx, story_id=story_id)

    def prepare(scene: Scene) -> None:
        assert isinstance(scene, StoryScene)
        scene.history = ["tour"]  # show the back arrow as on every page but the first
        scene.show_page(page)
        scene._fade_from = None

    walking = any(actor.animation in ("walk_in", "walk_out") for actor in page.actors)
    yield TourShot(name, make, settle=2.2 if walking else 1.2, prepare=prepare)
    cued = any(actor.cue_line >= 0 for actor in page.actors) or any(pair.cue_line >= 0 for pair in page.pairs)
    if cued and len(page.lines) > 1:

        def later(scene: Scene) -> None:
            prepare(scene)
            assert isinstance(scene, StoryScene)
            scene.ctx.say(page.lines[-1], **page.moment)

        yield TourShot(f"{name}-then", make, settle=3.5, prepare=later)
