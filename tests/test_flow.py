"""The morning flow: the parts in order with bridges between them, each part alone, parts switched off."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pygame
import pytest

from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action
from dropoff_buddy.parts.flow import MorningFlowScene, available_parts
from dropoff_buddy.playtest import FRAME, Player, start_game
from dropoff_buddy.scene import Scene
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, ButtonGroup
from kid_drive import answer_the_morning, tap_play_and_answer
from school_day import on_a_school_day


class FakePart(Scene):
    """A stand-in for a part another engineer builds (story, ritual): one button that ends it."""

    kid_screen = True

    def __init__(self, ctx: GameContext, name: str) -> None:
        super().__init__(ctx)
        self.name = name
        self.buttons = ButtonGroup(ctx)
        self.buttons.add(
            Button(
                rect=(540, 300, 200, 200), on_activate=ctx.scenes.pop, label="Done", colour=theme.LEAF, name="fake-done"
            )
        )

    def handle(self, action: Action) -> None:
        self.buttons.handle(action)


def install_fake_parts(player: Player, *names: str) -> None:
    for name in names:
        factory: Callable[[GameContext], Scene] = lambda ctx, name=name: FakePart(ctx, name)  # noqa: E731
        player.ctx.factories[name] = factory


def play_morning(player: Player, feeling: str = "happy") -> list[str]:
    """Tap Play and go through every part as a child would; the parts seen, in order."""

    def answer(top: Scene, names: set[str]) -> bool:
        if answer_the_morning(player, top, names, feeling):
            pass
        elif top.name == "feelings" and "all-done" in names:
            player.tap_button("all-done")
        elif top.name == "breathe":
            player.tap_button("done")
        elif top.name in ("story", "ritual"):
            player.tap_button("fake-done")
        else:
            player.wait(0.5)
        return False

    seen = tap_play_and_answer(player, answer, 400)
    assert player.top.name == "home", f"stuck on {player.top.name}"
    return seen


def parts_only(seen: list[str]) -> list[str]:
    """The parts in ``seen``, without bridges and breathing (a part seen again after breathing counts once)."""
    parts: list[str] = []
    for name in seen:
        if name not in ("flow", "breathe") and (not parts or parts[-1] != name):
            parts.append(name)
    return parts


def test_play_runs_feelings_my_day_story_ritual_in_order_then_all_ready(player: Player) -> None:
    install_fake_parts(player, "story", "ritual")
    seen = play_morning(player)
    assert parts_only(seen) == ["feelings", "my-day", "story", "ritual"]
    # A bridge before each part, and the finale at the end.
    assert seen == ["flow", "feelings", "flow", "my-day", "flow", "story", "flow", "ritual", "flow"]
    session = player.ctx.progress.sessions[-1]
    assert session.parts_done == ["feelings", "my_day", "story", "ritual"]
    said = [line.text for line in player.ctx.narrator.history]
    assert "You're all ready for daycare, Little One! Mommy comes back right after snack." in said


def test_parts_that_are_not_installed_are_left_out(player: Player) -> None:
    for name in ("story", "ritual"):  # as in a build without those parts
        player.ctx.factories.pop(name, None)
    seen = play_morning(player)
    assert parts_only(seen) == ["feelings", "my-day"]


def test_a_hard_feeling_breathes_inside_the_flow_and_the_flow_goes_on(player: Player) -> None:
    install_fake_parts(player, "story", "ritual")
    seen = play_morning(player, feeling="scared")
    assert seen[:4] == ["flow", "feelings", "breathe", "feelings"]
    assert parts_only(seen) == ["feelings", "my-day", "story", "ritual"]


@pytest.mark.parametrize(
    ("switched_on", "expected"),
    [
        (["feelings", "story"], ["feelings", "story"]),
        (["my_day", "ritual"], ["my-day", "ritual"]),
        (["ritual"], ["ritual"]),
        ([], []),
    ],
)
def test_a_part_the_parent_switched_off_is_skipped(player: Player, switched_on: list[str], expected: list[str]) -> None:
    install_fake_parts(player, "story", "ritual")
    player.ctx.profile.settings.flow_parts = switched_on  # type: ignore[assignment]
    assert player.ctx.save_profile()
    seen = play_morning(player)
    assert parts_only(seen) == expected
    assert player.ctx.progress.sessions[-1].parts_done == switched_on


def test_the_bridge_shows_progress_and_starts_the_part_by_itself_or_at_a_tap(player: Player) -> None:
    install_fake_parts(player, "story", "ritual")
    player.tap_button("play")
    flow = player.top
    assert isinstance(flow, MorningFlowScene)
    assert flow.state == "bridge" and [part.id for part in flow.parts] == ["feelings", "my_day", "story", "ritual"]
    assert player.run_until(lambda: player.top.name == "feelings", timeout=20)  # by itself
    player.tap_button("face-happy")
    player.tap_button("go-on")
    assert player.top is flow and flow.state == "bridge" and [part.id for part in flow.done] == ["feelings"]
    player.run_until(lambda: not player.ctx.narrator.speaking, timeout=20)
    assert player.ctx.narrator.history[-1].text == "Now, let's look at your day at daycare."
    player.tap_button("go")  # a tap starts it sooner
    assert player.top.name == "my-day"
    assert player.top.go_button.label == "Go on"  # type: ignore[attr-defined]


@pytest.mark.parametrize(("door", "part"), [("my-day", "my-day"), ("feelings", "feelings")])
def test_each_of_my_parts_plays_alone_from_home_and_comes_back_home(player: Player, door: str, part: str) -> None:
    player.tap_button(door)
    assert player.top.name == part
    if part == "feelings":
        player.tap_button("face-happy")
    player.tap_button("go-on")
    assert player.top.name == "home"
    assert player.ctx.progress.sessions == []  # alone is not a morning flow


def test_fake_parts_play_alone_too(player: Player) -> None:
    install_fake_parts(player, "story", "ritual")
    for name in ("story", "ritual"):
        assert player.ctx.open_scene(name)
        player.tap_button("fake-done")
        assert player.top.name == "home"


def test_available_parts_follow_the_settings_in_the_canonical_order(player: Player) -> None:
    install_fake_parts(player, "story")
    player.ctx.profile.settings.flow_parts = ["story", "feelings"]  # type: ignore[assignment]
    assert [part.id for part in available_parts(player.ctx)] == ["feelings", "story"]


def test_feelings_and_my_day_leave_most_of_five_minutes_for_the_story_and_ritual(
    player: Player, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child who answers sad, follows all three breaths, names a tricky thing and hears three cards."""
    install_fake_parts(player, "story", "ritual")
    elapsed = [0.0]
    frames = player.frames

    def counted_frames(count: int = 1, events: Iterable[pygame.event.Event] = (), dt: float = FRAME) -> None:
        elapsed[0] += count * dt
        frames(count, events, dt)

    monkeypatch.setattr(player, "frames", counted_frames)
    player.tap_button("play")
    assert player.run_until(lambda: player.top.name == "feelings", timeout=30, dt=0.1)
    player.wait(3, dt=0.1)  # listens to the question
    player.tap_button("face-sad")
    assert player.run_until(lambda: player.top.name == "breathe", timeout=30, dt=0.1)
    assert player.run_until(lambda: player.top.name == "feelings", timeout=90, dt=0.1)  # all three breaths
    player.wait(2, dt=0.1)
    player.tap_button("tricky-goodbye")
    player.wait(5, dt=0.1)
    player.tap_button("all-done")
    assert player.run_until(lambda: player.top.name == "my-day", timeout=30, dt=0.1)
    player.wait(6, dt=0.1)
    for card in ("card-circle_time", "card-snack", "card-pickup"):
        player.tap_button(card)
        player.wait(5, dt=0.1)
    player.tap_button("go-on")
    assert player.run_until(lambda: player.top.name == "story", timeout=30, dt=0.1)
    before_story = elapsed[0]
    player.tap_button("fake-done")
    assert player.run_until(lambda: player.top.name == "ritual", timeout=30, dt=0.1)
    player.tap_button("fake-done")
    flow = player.top
    assert isinstance(flow, MorningFlowScene)
    assert player.run_until(lambda: flow.in_finale, timeout=30, dt=0.1)
    bridges_after = elapsed[0] - before_story
    assert before_story + bridges_after < 150, f"{before_story:.0f} s before the story, {bridges_after:.0f} s after"


def test_on_a_tall_screen_the_bridge_and_the_finale_fill_the_screen(tmp_path: Path) -> None:
    """A portrait tablet: the buddy big in the middle, the next part's card and a big Go under it;
    at the end a big Home under the buddy (both were a small landscape row at the top)."""
    player = start_game(tmp_path, (800, 1280), clock=on_a_school_day)
    install_fake_parts(player, "feelings", "my-day", "story", "ritual")
    layout = player.ctx.layout
    player.tap_button("play")
    flow = player.top
    assert isinstance(flow, MorningFlowScene) and flow.state == "bridge"
    go = player.button("go").rect
    assert go[2] >= 280 and go[1] >= 0.5 * layout.height  # landscape's Go: 190 units, near the top
    for _ in range(10):
        if flow.state == "finale":
            break
        player.tap_button("go")
        assert player.top.name != "flow"  # Go opened the part
        player.tap_button("fake-done")
    assert player.top is flow and flow.state == "finale"
    home = player.button("home").rect
    assert home[2] >= 280 and home[1] >= 0.5 * layout.height
    assert home[1] + home[3] <= layout.height - 170  # clear of the caption
    player.tap_button("home")
    assert player.top.name == "home"
