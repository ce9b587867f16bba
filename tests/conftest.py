"""Shared test set-up: headless SDL drivers (set before pygame is imported) and a game fixture."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import shutil
import sys
import tempfile
import threading
from collections import OrderedDict

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
# A new family's language is the computer's (until a parent chooses): tests start in American
# English whatever the machine running them speaks; tests of other languages choose them.
os.environ["LC_ALL"] = ""
os.environ["LC_MESSAGES"] = ""
os.environ["LANGUAGE"] = ""
os.environ["LANG"] = "en_US.UTF-8"
# The suite starts many Python processes (the xdist workers, the command-line tests). Where the
# environment turns compiled bytecode off (PYTHONDONTWRITEBYTECODE), each one compiled every module
# it imports again. The suite keeps compiled modules in a folder of its own (never in the checkout),
# shared by its processes and by later runs from this checkout (``pytest_configure`` does the same
# for this process).
os.environ["PYTHONDONTWRITEBYTECODE"] = ""
os.environ["PYTHONPYCACHEPREFIX"] = os.path.join(
    tempfile.gettempdir(), "dropoff-buddy-pycache-" + hashlib.sha1(__file__.encode()).hexdigest()[:8]
)

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pygame
import pytest
from tests.school_day import on_a_school_day

import dropoff_buddy.audio.voices
from dropoff_buddy.app import build_context
from dropoff_buddy.audio.speech_cache import CACHE_ENV, SpeechCache
from dropoff_buddy.content.registry import Content, load_content
from dropoff_buddy.context import GameContext
from dropoff_buddy.playtest import Player, no_network_sockets, start_game
from dropoff_buddy.storage.store import ProfileStore

# Synthesised speech is cached once for the whole run, never in the real user cache folder: the
# folder is made by the first process (``pytest_configure``), and the xdist workers inherit it.
RUN_SPEECH_CACHE = "DROPOFF_BUDDY_TEST_RUN_SPEECH_CACHE"


@pytest.fixture(autouse=True)
def no_network() -> Iterator[None]:
    """Every test fails if anything in it opens a network socket (local AF_UNIX ones are fine)."""
    with no_network_sockets() as attempts:
        yield
    assert not attempts, f"a network socket was opened: {attempts}"


# Draw the frames a test can see (input, and the end of each wait), not every frame of a long
# wait: the same code runs, the suite paints a fraction of the pixels.
Player.draw_every_frame = False


class SvgRasters:
    """``pygame.image.load_sized_svg``, remembering each picture it drew for the whole run.

    Every game a test starts has its own art cache, so the same buddy, backdrop and cards were
    rasterised again for each of several hundred games (a fifth of some tests' time). The same
    SVG text at the same size always gives the same pixels: the first game draws it, later ones
    get a copy (so a caller that paints on its surface changes nothing here). At most
    ``budget`` bytes of pixels are kept, the least recently used dropped first.
    """

    def __init__(self, load: Callable[..., pygame.Surface], budget: int = 256 * 1024 * 1024) -> None:
        self._load = load
        self._budget = budget
        self._kept: OrderedDict[tuple[bytes, tuple[int, int]], pygame.Surface] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()  # the story draws its next pages' pictures on worker threads

    def __call__(self, file: object, size: tuple[int, int]) -> pygame.Surface:
        data = file.read() if hasattr(file, "read") else Path(str(file)).read_bytes()
        key = (data, (int(size[0]), int(size[1])))
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None:
                self._kept.move_to_end(key)
                return kept.copy()
        raster = self._load(io.BytesIO(data), size)
        with self._lock:
            if key not in self._kept:
                self._kept[key] = raster.copy()
                self._bytes += raster.get_width() * raster.get_height() * 4
                while self._bytes > self._budget and self._kept:
                    _, dropped = self._kept.popitem(last=False)
                    self._bytes -= dropped.get_width() * dropped.get_height() * 4
        return raster


pygame.image.load_sized_svg = SvgRasters(pygame.image.load_sized_svg)


def pytest_configure(config: pytest.Config) -> None:
    """Compile into the suite's own bytecode folder (see the top of this file), and keep the
    tests' files in memory where the system offers it (/dev/shm on Linux).

    Every save is flushed to the disk (fsync) as it must be for a family's data; on a memory
    file system that costs nothing, which takes about a tenth off the suite on a slow disk. The
    folder is emptied at the start of the next run, so the last run's files (a golden image's
    difference picture, say) can still be looked at.
    """
    sys.dont_write_bytecode = False
    sys.pycache_prefix = os.environ["PYTHONPYCACHEPREFIX"]
    shm = Path("/dev/shm")
    memory = shm.is_dir() and os.access(shm, os.W_OK)
    # One folder per checkout: suites run from two worktrees at once must not empty each other's.
    checkout = hashlib.sha1(str(config.rootpath).encode()).hexdigest()[:8]
    uid = os.getuid() if hasattr(os, "getuid") else 0
    if config.option.basetemp is None and memory:
        config.option.basetemp = shm / f"dropoff-buddy-tests-{uid}-{checkout}"
    _one_speech_cache_for_the_run(shm / f"dropoff-buddy-speech-{uid}-{checkout}" if memory else None)


class RunSpeechCache(SpeechCache):
    """The game's speech cache with room for every line the suite says (~200 MB of WAV files).

    With the game's own cap (48 MB, a few hundred lines) the suite's lines pushed each other out
    and a third of them were synthesised two or three times; tests of the cap make their own cache.
    """

    def __init__(self, folder: Path, max_bytes: int = 1024 * 1024 * 1024) -> None:
        super().__init__(folder, max_bytes)


def _one_speech_cache_for_the_run(folder: Path | None) -> None:
    """Every game the suite starts, in every xdist worker, caches its speech in one folder.

    The first process of a run (the only one, or the xdist controller) empties the folder the last
    run left and names it in the environment before the workers start; they inherit it. A line is
    then synthesised once per run (a worker's espeak and resampling took ~12 s of processor time
    for lines the other worker had already made). Without a memory file system the folder is a new
    temporary one.
    """
    inherited = os.environ.get(RUN_SPEECH_CACHE)
    if inherited is None:
        if folder is None:
            folder = Path(tempfile.mkdtemp(prefix="dropoff-buddy-test-speech-"))
        else:
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True, exist_ok=True)
        inherited = os.environ[RUN_SPEECH_CACHE] = str(folder)
    os.environ[CACHE_ENV] = inherited
    dropoff_buddy.audio.voices.SpeechCache = RunSpeechCache  # type: ignore[misc]


#: The test files that take longest (processor seconds in a run, measured at issue 17: monkey 23,
#: labels_fit 20, voice_everywhere 19, every_size 10...), run first. With ``-n 2`` each file runs
#: on one worker (``--dist loadfile``); a long file started last kept one worker busy for up to
#: 20 s while the other had nothing left to do. ``--no-loadscope-reorder`` (pyproject) keeps this
#: order: xdist would otherwise start the files holding the most tests first, and three of the
#: four longest hold 6 to 26 tests. The rest keep their order.
LONGEST_FIRST = (
    "test_monkey.py",
    "test_labels_fit.py",
    "test_voice_everywhere.py",
    "test_every_size.py",
    "test_printing.py",
    "test_doctor.py",
    "test_story_player.py",
    "test_tour.py",
    "test_kid_proof.py",
    "test_ritual.py",
    "test_story_voice.py",
    "test_shelf.py",
    "test_evening.py",
    "test_languages.py",
    "test_week.py",
    "test_rig.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: index for index, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: a file's own order is kept


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> ProfileStore:
    """The profile store on this test's data folder (what the game opens at start)."""
    return ProfileStore(data_dir)


@dataclass(frozen=True)
class TourRun:
    """Every screen of the tour for a brand-new family at 1024×600 (``dropoff-buddy tour OUT --size
    1024x600`` does the same), drawn once for the whole run: the pictures in ``out``, the data folder
    it made, and what the label check (``label_check``) found on each screen as it was drawn."""

    out: Path
    data: Path
    screens: int
    texts: int
    label_problems: list[str]
    #: Screens that left pixels unpainted (the window keeps the last frame, so they would show it).
    unpainted: list[str]

    @property
    def names(self) -> set[str]:
        return {path.stem for path in self.out.glob("*.png")}


UNPAINTED = (255, 0, 255)


@pytest.fixture(scope="session")
def tour_1024x600(tmp_path_factory: pytest.TempPathFactory, shipped_levels_read_once: None) -> TourRun:
    """The tour, rendered once; the tour tests look at its pictures, the label test at its text."""
    from dropoff_buddy.app import App
    from dropoff_buddy.tour import tour_frames
    from label_check import problems_of

    base = tmp_path_factory.mktemp("tour-1024x600")
    out, data = base / "tour", base / "data"
    out.mkdir(parents=True)
    screens, texts, problems, unpainted = 0, 0, [], []
    real_render = App.render

    def render_over_magenta(app: App) -> None:  # what a screen does not paint stays magenta
        app.screen.fill(UNPAINTED)
        real_render(app)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(App, "render", render_over_magenta)
        for frame in tour_frames(data, (1024, 600)):
            pygame.image.save(frame.screen, str(out / f"{frame.name}.png"))
            screens += 1
            texts += len(frame.texts)
            problems += problems_of(frame)
            left = pygame.mask.from_threshold(frame.screen, UNPAINTED, (1, 1, 1, 255)).count()
            if left:
                unpainted.append(f"{frame.name}: {left} pixels")
    pygame.quit()
    return TourRun(out, data, screens, texts, problems, unpainted)


@pytest.fixture(scope="session")
def shipped_content() -> Content:
    """Everything in levels/, read once for the whole run."""
    return load_content()


def own_copy(shipped: Content) -> Content:
    """A copy of the shipped content a test may change: swap a catalogue, drop a story."""
    return dataclasses.replace(
        shipped,
        stories=dict(shipped.stories),
        problems=list(shipped.problems),
        lines_by_key=dict(shipped.lines_by_key),
    )


@pytest.fixture
def content(shipped_content: Content) -> Content:
    """This test's own copy of the shipped content: a test may swap a catalogue or drop a story in it."""
    return own_copy(shipped_content)


@pytest.fixture(scope="session", autouse=True)
def shipped_levels_read_once(shipped_content: Content) -> Iterator[None]:
    """A game a test starts without handing it content reads the shipped ``levels/`` as it always
    does, but gets its own copy of the session's reading instead of parsing and validating the same
    files again (a tenth of a second for each of several hundred games). Content from any other
    folder (``load_content(levels)``) is still read from its files."""
    import dropoff_buddy.app

    real = dropoff_buddy.app.load_content

    def load_content_once(levels_dir: Path | None = None, assets_dir: Path | None = None) -> Content:
        if levels_dir is None and assets_dir is None:
            return own_copy(shipped_content)
        return real(levels_dir, assets_dir)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dropoff_buddy.app, "load_content", load_content_once)
        yield


@pytest.fixture
def player(data_dir: Path, content: Content, request: pytest.FixtureRequest) -> Iterator[Player]:
    """A game at home for a brand-new family, in a 1280×800 dummy window (or the test module's
    ``WINDOW``: random play uses the smallest laptop's, where the layout is tightest)."""
    window = getattr(request.module, "WINDOW", (1280, 800))
    game = start_game(data_dir, window, content=content, clock=on_a_school_day)
    yield game
    game.ctx.scenes.clear()
    _close(game.ctx)


@pytest.fixture
def context(data_dir: Path, content: Content) -> Iterator[GameContext]:
    """The game's context for a brand-new family, with no window and no scene: for tests of data and sound."""
    pygame.init()
    ctx = build_context(data_dir, None, (1280, 800), seed=1, content=content, clock=on_a_school_day)
    yield ctx
    _close(ctx)


def _close(ctx: GameContext) -> None:
    """End a test's game: its voice, its sounds and its window. The audio device stays open for
    the next test (closing it waits ~30 ms for SDL's audio thread, several seconds over a run);
    every sound is stopped, so nothing one test played is still playing in the next."""
    close_voice = getattr(ctx.narrator.voice, "close", None)
    if close_voice is not None:
        close_voice()
    if pygame.mixer.get_init() is not None:
        pygame.mixer.stop()
    pygame.display.quit()
