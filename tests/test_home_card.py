"""Home's card: the game starts on home itself, drawn from a picture the last session left, and the
child's taps count from the first frame (``storage.home_card``, ``window.TapsWhileLoading``).

Each test starts the real game the way a family does (``dropoff-buddy --windowed``), in this
process, and watches every frame that reaches the screen. The loop runs a few frames and ends as
a parent's Quit ends it; only the loop's clock is fixed (the user never touches it).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pygame
import pytest

from dropoff_buddy import cli
from dropoff_buddy.app import App
from dropoff_buddy.parts import home_card as home_card_keeper
from dropoff_buddy.storage import home_card
from dropoff_buddy.storage.models import StickerEntry
from dropoff_buddy.storage.store import ProfileStore
from dropoff_buddy.window import SPLASH_SUN


class Start:
    """One start of the game: every frame flipped onto the screen, and the game's last top scene."""

    def __init__(self, frames_to_run: int, during: Callable[[int, App], None] | None) -> None:
        self.frames_to_run = frames_to_run
        self.during = during
        self.frames: list[pygame.Surface] = []
        self.top: str | None = None
        self.size: tuple[int, int] = (0, 0)


@pytest.fixture
def start_game(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Callable[..., Start]]:
    data = tmp_path / "data"
    real_flip = pygame.display.flip
    real_run = App.run
    current: list[Start] = []

    def flip() -> None:
        surface = pygame.display.get_surface()
        assert surface is not None
        current[-1].frames.append(surface.copy())
        real_flip()

    def run(app: App, before_frame: Callable[[int], None] | None = None) -> int:
        this = current[-1]

        def watch(frame: int) -> None:
            if before_frame is not None:
                before_frame(frame)
            if this.during is not None:
                this.during(frame, app)
            top = app.ctx.scenes.top
            this.top = top.name if top is not None else None

        this.size = app.screen.get_size()
        return real_run(app, max_frames=this.frames_to_run, fixed_dt=1 / 60, before_frame=watch)

    monkeypatch.setattr(pygame.display, "flip", flip)
    monkeypatch.setattr(App, "run", run)

    def start(
        frames: int = 4,
        before_loading: Callable[[], None] | None = None,
        during: Callable[[int, App], None] | None = None,
    ) -> Start:
        this = Start(frames, during)
        current.append(this)
        if before_loading is not None:
            real_read = home_card.read_card

            def read_then(data_dir: Path, size: tuple[int, int]) -> home_card.HomeCard | None:
                card = real_read(data_dir, size)
                before_loading()
                return card

            monkeypatch.setattr(home_card, "read_card", read_then)
        try:
            assert cli.main(["--windowed", "--data-dir", str(data)]) == 0
        finally:
            if before_loading is not None:
                monkeypatch.setattr(home_card, "read_card", real_read)
        return this

    yield start


def same(a: pygame.Surface, b: pygame.Surface) -> bool:
    return a.get_size() == b.get_size() and pygame.image.tobytes(a, "RGB") == pygame.image.tobytes(b, "RGB")


def is_splash(frame: pygame.Surface) -> bool:
    width, height = frame.get_size()
    return tuple(frame.get_at((width // 2, height // 2)))[:3] == SPLASH_SUN


def only_the_caption_came_in(card: pygame.Surface, live: pygame.Surface) -> bool:
    """True when the real home's first frame is the card plus the greeting's caption at the bottom."""
    width, height = card.get_size()
    changed = [
        (x, y)
        for y in range(0, height, 4)
        for x in range(0, width, 4)
        if card.get_at((x, y))[:3] != live.get_at((x, y))[:3]
    ]
    assert changed, "the greeting's caption should come in with the real home"
    caption_top = min(y for _x, y in changed)
    assert caption_top > height * 0.8, f"home changed above its caption (from y={caption_top})"
    return True


def card_files(data: Path) -> dict[str, Any]:
    return dict(json.loads((data / "home-card" / "card.json").read_text(encoding="utf-8")))


def test_the_next_start_opens_on_home_itself_and_home_then_looks_the_same(
    start_game: Callable[..., Start], tmp_path: Path
) -> None:
    first = start_game()
    assert is_splash(first.frames[0]), "a first start has no card: the morning sky comes first"
    live_first = first.frames[1]

    second = start_game()
    shown = second.frames[0]
    assert not is_splash(shown), "the second start did not open on home's card"
    # The real home then draws exactly that picture: only the greeting's caption comes in.
    live = second.frames[1]
    assert only_the_caption_came_in(shown, live)
    assert same(live, live_first), "the real home looks different when it starts after its card"


def test_a_sticker_earned_since_shows_on_the_card_and_a_stale_card_is_never_shown(
    start_game: Callable[..., Start], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    start_game()
    before = start_game().frames[0]

    # Between two starts the child's progress changes (a sticker from the evening, a restore...).
    store = ProfileStore(data)
    child = store.open("default")
    child.progress.stickers.append(StickerEntry(at=dt.datetime.now().astimezone(), sticker="star"))
    store.save_progress(child)

    third = start_game()
    assert is_splash(third.frames[0]), "a card drawn before the sticker was shown"
    assert not same(third.frames[1], before)  # the real home counts the new sticker
    fourth = start_game()
    assert not is_splash(fourth.frames[0])
    assert same(fourth.frames[0].subsurface((0, 0, 300, 160)), third.frames[1].subsurface((0, 0, 300, 160)))


def test_a_tap_on_play_while_the_game_loads_presses_play_and_opens_the_morning(
    start_game: Callable[..., Start], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    start_game()
    play = next(button for button in card_files(data)["buttons"] if button[0] == "play")
    x, y, w, h = play[1]
    centre = (x + w // 2, y + h // 2)

    def tap_play() -> None:  # the child taps Play the moment the window shows home
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=centre, button=1))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=centre, button=1))

    tapped = start_game(frames=30, before_loading=tap_play)
    card, pressed_in = tapped.frames[0], tapped.frames[1]
    assert not is_splash(card)
    area = pygame.Rect(play[2])
    assert not same(card.subsurface(area), pressed_in.subsurface(area)), "Play did not go down at once"
    outside = pygame.Rect(0, 0, area.left, card.get_height())
    assert same(card.subsurface(outside), pressed_in.subsurface(outside))
    assert tapped.top == "flow", f"the tap made while loading was lost (top scene: {tapped.top})"


def test_a_window_resized_during_play_still_opens_on_the_card_next_time(start_game: Callable[..., Start]) -> None:
    def resize_then_earn(frame: int, app: App) -> None:
        if frame == 2:  # a grown-up drags the window smaller
            pygame.display.set_mode((700, 520), pygame.RESIZABLE)
            pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, size=(700, 520), w=700, h=520))
        if frame == 4:  # and the child earns a sticker, so the card is drawn again when the game ends
            ctx = app.ctx
            ctx.child.progress.stickers.append(StickerEntry(at=ctx.now(), sticker="star"))
            assert ctx.save_progress()

    first = start_game(frames=6, during=resize_then_earn)
    assert first.frames[-1].get_size() == (700, 520)
    second = start_game()
    assert not is_splash(second.frames[0]) and second.frames[0].get_size() == first.frames[0].get_size()
    assert only_the_caption_came_in(second.frames[0], second.frames[1])


def test_a_sticker_earned_then_a_shutdown_still_opens_on_home_with_that_sticker(
    start_game: Callable[..., Start], monkeypatch: pytest.MonkeyPatch
) -> None:
    start_game()
    seconds = [0.0]
    monkeypatch.setattr(home_card_keeper, "monotonic", lambda: seconds[0])

    def earn_then_shut_down(frame: int, app: App) -> None:
        ctx = app.ctx
        if frame == 3:  # back home from the goodbye game with a new sticker
            ctx.child.progress.stickers.append(StickerEntry(at=ctx.clock().astimezone(), sticker="star"))
            assert ctx.save_progress()
        seconds[0] += 0.5  # the child looks at home for a few seconds...
        if frame == 12:
            app.stop.request("the laptop is shutting down")  # ...then the lid closes: no Quit

    played = start_game(frames=20, during=earn_then_shut_down)
    next_morning = start_game()
    assert not is_splash(next_morning.frames[0]), "the card from before the sticker was thrown away, none made"
    count = pygame.Rect(0, 0, 300, 160)
    assert same(next_morning.frames[0].subsurface(count), next_morning.frames[1].subsurface(count))
    assert not same(next_morning.frames[0].subsurface(count), played.frames[0].subsurface(count)), "0 stickers"


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda folder: (folder / "home.png").write_bytes(b"not a picture"), id="picture-broken"),
        pytest.param(lambda folder: (folder / "card.json").write_text("{", encoding="utf-8"), id="card-file-broken"),
        pytest.param(
            lambda folder: (folder / "card.json").write_text(
                json.dumps({**json.loads((folder / "card.json").read_text()), "key": "0" * 64}), encoding="utf-8"
            ),
            id="key-changed",
        ),
        pytest.param(lambda folder: (folder / "home.png").unlink(), id="picture-missing"),
    ],
)
def test_a_card_that_is_broken_or_not_true_is_not_shown_and_is_drawn_again(
    start_game: Callable[..., Start], tmp_path: Path, spoil: Callable[[Path], object]
) -> None:
    data = tmp_path / "data"
    start_game()
    spoil(data / "home-card")
    spoiled = start_game()
    assert is_splash(spoiled.frames[0])
    assert not is_splash(start_game().frames[0]), "the card was not drawn again after a spoiled one"


def test_another_child_or_another_window_size_gets_no_card(tmp_path: Path) -> None:
    pygame.display.init()
    data = tmp_path / "data"
    picture = pygame.Surface((640, 400))
    store = ProfileStore(data)
    store.create_profile("Maya")
    store.remember_last_profile("maya")
    assert home_card.write_card(data, "maya", picture, picture, [])
    assert home_card.read_card(data, (640, 400)) is not None
    assert home_card.read_card(data, (800, 600)) is None, "a card for another window size"
    store.remember_last_profile("default")
    store.open("default")
    assert home_card.read_card(data, (640, 400)) is None, "Maya's home shown to another child"
    # The card is only ever written for the child the next start opens.
    assert not home_card.write_card(data, "maya", picture, picture, [])
    assert not (data / "home-card").exists()


def test_deleting_a_child_removes_the_picture_of_their_home(tmp_path: Path) -> None:
    pygame.display.init()
    data = tmp_path / "data"
    store = ProfileStore(data)
    store.create_profile("Maya")
    store.remember_last_profile("maya")
    picture = pygame.Surface((64, 40))
    assert home_card.write_card(data, "maya", picture, picture, [])
    assert store.delete_profile("maya")
    assert not (data / "home-card").exists(), "the card (with the family photo on it) outlived the child"


def test_a_card_that_cannot_be_saved_leaves_play_as_it_was(start_game: Callable[..., Start], tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "home-card").write_text("a file where the card's folder would go, as a full disk refuses it")
    first = start_game()
    second = start_game()  # each start and each ending tried to save a card, and could not
    assert is_splash(first.frames[0]) and is_splash(second.frames[0])
    assert same(first.frames[1], second.frames[1]), "home itself is as always"
    assert (data / "profiles" / "default" / "progress.json").is_file()
