"""Languages and text: switching the family's language, the Fluent start-up cost, cached text.

- ``language_switch_first_ms`` / ``language_switch_ms``: a parent picks Spanish (then American
  English, then Spanish...) on home's settings: the profile's language is set,
  ``ctx.apply_settings()`` runs (every screen on the stack makes its labels again, the voice gets
  the key lines), and home draws its first frame in the new language. The first switch to a
  language also reads its files; median of the later ones. Budget: ≤ 300 ms.
- ``fluent_startup_ms``: what start-up spends on words before home can greet the child: importing
  fluent.runtime, building the bundle, formatting the greeting and home's labels (in a process that
  has loaded the content, as start-up has). The start-up milestone itself is
  ``startup_game_home_ready_ms`` in run.py; compare it with the figure before Fluent.
- ``text_fit_cached_us`` / ``text_fit_uncached_ms``: one caption laid out and rendered when it
  was drawn before (a dictionary lookup) and the first time. ``home_text_per_frame_ms``: what
  the labels of home cost in a full redraw once cached.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

FLUENT_STARTUP = r"""
import time
from dropoff_buddy.content.registry import load_content
from dropoff_buddy.storage.models import Profile
content = load_content()
profile = Profile()
start = time.perf_counter()
from dropoff_buddy.i18n.translator import family_translator
tr = family_translator(content, profile, "en-US")
tr.line(content.lines.home.greeting)
for part in content.parts.part:
    tr.text(part.caption)
tr.t("screens:home.play")
print((time.perf_counter() - start) * 1000)
"""


def language_switch(rounds: int) -> tuple[float, float]:
    """(first switch, median of the later ones) in ms, as described in the module docstring."""
    import pygame

    from dropoff_buddy.playtest import start_game

    with tempfile.TemporaryDirectory() as data:
        game = start_game(Path(data), (1280, 800))
        ctx = game.ctx
        ctx.narrator.stop()

        def switch(code: str) -> float:
            start = time.perf_counter()
            ctx.profile.settings.language = code
            ctx.apply_settings()
            game.app.render()
            return (time.perf_counter() - start) * 1000

        first = switch("es")
        times = [switch(code) for _ in range(rounds) for code in ("en-US", "es")]
        pygame.quit()
    return first, statistics.median(times)


def fluent_startup(runs: int) -> float:
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", FLUENT_STARTUP], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def text_fit(rounds: int) -> tuple[float, float, float]:
    """(cached fit µs, uncached fit ms, home's labels per full redraw ms)."""
    import pygame

    from dropoff_buddy.playtest import start_game
    from dropoff_buddy.ui.theme import Fonts

    pygame.init()
    fonts = Fonts()
    caption = "Good morning, Little One! It's a daycare day. Shall we play with Buddy?"
    uncached = []
    for index in range(rounds):
        start = time.perf_counter()
        fonts.layout.fit(f"{caption} {index}", 30, (255, 255, 255), 980, 118)
        uncached.append((time.perf_counter() - start) * 1000)
    fonts.layout.fit(caption, 30, (255, 255, 255), 980, 118)
    cached = []
    for _ in range(rounds * 20):
        start = time.perf_counter()
        fonts.layout.fit(caption, 30, (255, 255, 255), 980, 118)
        cached.append((time.perf_counter() - start) * 1_000_000)
    with tempfile.TemporaryDirectory() as data:
        game = start_game(Path(data), (1280, 800))
        game.ctx.narrator.stop()
        game.app.render()
        layout = game.ctx.fonts.layout
        spent = []
        original = layout.fit

        def timed(*args: object, **kwargs: object) -> object:
            start = time.perf_counter()
            result = original(*args, **kwargs)  # type: ignore[arg-type]
            spent.append(time.perf_counter() - start)
            return result

        layout.fit = timed  # type: ignore[method-assign]
        per_frame = []
        for _ in range(rounds):
            spent.clear()
            game.app.render()
            per_frame.append(sum(spent) * 1000)
        pygame.quit()
    return statistics.median(cached), statistics.median(uncached), statistics.median(per_frame)


def run(quick: bool) -> dict[str, float]:
    first, switch = language_switch(3 if quick else 10)
    cached, uncached, per_frame = text_fit(20 if quick else 100)
    return {
        "language_switch_first_ms": first,
        "language_switch_ms": switch,
        "fluent_startup_ms": fluent_startup(3 if quick else 7),
        "text_fit_cached_us": cached,
        "text_fit_uncached_ms": uncached,
        "home_text_per_frame_ms": per_frame,
    }


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:28s} {value:9.3f}")
