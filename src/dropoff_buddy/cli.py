"""The ``dropoff-buddy`` command.

``dropoff-buddy [--windowed] [--data-dir DIR] [--profile NAME]`` plays (full screen unless
``--windowed``). Sub-commands (``tour``, and those later parts add) live in
``dropoff_buddy.commands``.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dropoff_buddy import __version__
from dropoff_buddy.commands.registry import add_command_parsers
from dropoff_buddy.logs import crash_message, setup_logging, write_crash_report

if TYPE_CHECKING:
    from dropoff_buddy.app import App
    from dropoff_buddy.parts.home_card import HomeCardKeeper
    from dropoff_buddy.stop import StopRequest

ALREADY_RUNNING = (
    "Dropoff Buddy is already open on this computer. "
    "Look for its window (it may be behind another one); only one can run at a time."
)
EXIT_ALREADY_RUNNING = 3
EXIT_CRASHED = 70  # EX_SOFTWARE
EXIT_INTERRUPTED = 130
#: Options that mean the same before or after a sub-command.
GLOBAL_OPTIONS = frozenset({"data_dir", "profile", "verbose"})


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dropoff-buddy",
        description=(
            "Dropoff Buddy: a calm five-minute morning game that helps small children with daycare drop-off. "
            "Grown-ups: press and hold the lock at the top right for 3 seconds to reach settings and Quit."
        ),
    )
    parser.add_argument("--version", action="version", version=f"dropoff-buddy {__version__}")
    parser.add_argument("--windowed", action="store_true", help="play in a resizable window instead of full screen")
    parser.add_argument("--data-dir", type=Path, default=None, help="where profiles and progress are kept")
    parser.add_argument("--profile", default=None, help="the child profile to play (created if new)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens to the terminal")
    # Used by benchmarks/run.py: report when the first frame and home are on screen, then exit.
    parser.add_argument("--startup-benchmark", action="store_true", help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_command_parsers(subparsers)
    # A sub-command may repeat a global option (``import-photo P --data-dir X``). Its default must
    # not overwrite the value given before the sub-command (``--data-dir X import-photo P``).
    for command in subparsers.choices.values():
        for action in command._actions:
            if action.dest in GLOBAL_OPTIONS:
                action.default = argparse.SUPPRESS
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line. ``argv`` None means the real program: logging then goes to the data
    folder's log file (and C libraries' chatter with it), never to the terminal."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    parser = build_parser()
    args = parser.parse_args(argv)
    data_dir: Path | None = args.data_dir
    if data_dir is None and getattr(args, "command", None) != "check":
        from dropoff_buddy.storage.paths import default_data_dir

        data_dir = default_data_dir()
    if argv is None:
        # C libraries speak only where pictures or the window are involved; other commands need
        # no log file until something is logged.
        native = getattr(args, "command", None) in (None, "import-photo", "tour")
        setup_logging(args.verbose, data_dir, capture_native_output=native)
    try:
        func = getattr(args, "func", None)
        if func is not None:
            status: int = func(args)
            return status
        return play(args)
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # the last resort: a kind sentence and a report, never a traceback
        report = write_crash_report(data_dir, error)
        print(crash_message(report), file=sys.stderr)
        if getattr(args, "func", None) is None:
            _message_box(crash_message(report))  # the game was started from a menu: no terminal to read
        return EXIT_CRASHED


def play(args: argparse.Namespace) -> int:
    """Open the window and play until a grown-up quits from the parent area."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from dropoff_buddy.stop import StopRequest
    from dropoff_buddy.storage.home_card import read_card
    from dropoff_buddy.storage.instance_lock import InstanceLock
    from dropoff_buddy.storage.paths import default_data_dir
    from dropoff_buddy.window import TapsWhileLoading, open_window, show_splash

    data_dir = args.data_dir if args.data_dir is not None else default_data_dir()
    lock = InstanceLock(data_dir)
    if not lock.acquire():
        print(ALREADY_RUNNING, file=sys.stderr)
        _message_box(ALREADY_RUNNING)
        return EXIT_ALREADY_RUNNING
    # The operating system is not a child: SIGTERM (kill, log-out, shutdown), SIGHUP (the terminal
    # closed) and SIGINT (Ctrl+C) save and end the game from any screen. Ours are installed before
    # SDL starts, and SDL is asked not to install its own (it would turn them into a QUIT event,
    # which the children's screens ignore, as they ignore the close button).
    stop = StopRequest()
    os.environ["SDL_NO_SIGNAL_HANDLERS"] = "1"
    previous_handlers = _install_stop_handlers(stop)
    ctx = None
    try:
        from dropoff_buddy.audio.mixer import open_mixer

        # Open the mixer before pygame.init(): init() opens it too, with whatever defaults this
        # pygame build has, and a mixer once open keeps its buffer. Ours: 44.1 kHz, 512 frames.
        open_mixer()
        pygame.init()
        fullscreen = not args.windowed
        screen = open_window(fullscreen)
        # A first frame at once, while the rest of the game loads: home itself when its card is
        # still true (the child's taps are read from now on), else a calm morning sky.
        card = read_card(data_dir, screen.get_size()) if args.profile is None else None
        if card is not None:
            screen.blit(card.picture, (0, 0))
            pygame.display.flip()
            _startup_mark(args, "home-card")
        else:
            show_splash(screen)
        _startup_mark(args, "first-frame")
        with contextlib.ExitStack() as loading:
            taps = loading.enter_context(TapsWhileLoading(screen, card)) if card is not None else None
            if taps is not None:
                _startup_mark(args, "home-ready")  # home is on screen and a tap is read
                _startup_mark(args, f"home-ready-cpu-ms {time.process_time() * 1000:.1f}")
            from dropoff_buddy.app import App, build_context
            from dropoff_buddy.parts.home_card import HomeCardKeeper

            ctx = build_context(data_dir, args.profile, screen.get_size())
            ctx.store.remember_last_profile(ctx.child.profile_id)
            ctx.fullscreen = fullscreen
            if fullscreen:
                # Keep Alt+Tab and the Windows key inside the game where the OS allows it.
                pygame.Window.from_display_module().grab_keyboard = True
            home = ctx.make_scene("home")
            assert home is not None
            ctx.scenes.push(home)
            app = App(ctx, pygame.display.get_surface() or screen, stop)
        if taps is not None:
            taps.hand_over()
        if stop.requested:
            app.save_what_is_in_memory()
            return 0
        cards = HomeCardKeeper(app.ctx, card)
        if args.startup_benchmark:
            return _startup_benchmark(args, app, cards)
        status = app.run(before_frame=cards.before_frame)
        if not stop.requested:
            cards.write()  # what the next start shows first: home as this child has left it
        close_voice = getattr(ctx.narrator.voice, "close", None)
        if close_voice is not None:
            # Let the speech thread finish its line, unless the system is waiting for us to end.
            close_voice(timeout=0.2 if stop.requested else 5.0)
        return status
    except Exception:
        if ctx is not None and ctx.persist:
            with contextlib.suppress(Exception):  # keep what the child did, then report the error
                ctx.store.save_profile(ctx.child)
                ctx.store.save_progress(ctx.child)
        raise
    finally:
        _restore_handlers(previous_handlers)
        pygame.quit()
        lock.release()


def _startup_benchmark(args: argparse.Namespace, app: App, cards: HomeCardKeeper) -> int:
    """For ``benchmarks/run.py``: home's first frame, then two seconds at home, then the peak memory.

    Ends as the game ends, by leaving home's card for the next start.
    """
    import pygame

    clock = pygame.time.Clock()
    end = None
    frame = 0
    while end is None or time.monotonic() < end:
        cards.before_frame(frame)
        if app.step(pygame.event.get(), min(0.25, clock.tick(60) / 1000)):
            app.render()
            pygame.display.flip()
        frame += 1
        if end is None:
            if cards.card is None:  # without a card, home is ready for a tap only now
                _startup_mark(args, "home-ready")
                _startup_mark(args, f"home-ready-cpu-ms {time.process_time() * 1000:.1f}")
            _startup_mark(args, "home-live")  # the real home drawn, and the next events are read
            _startup_mark(args, f"home-live-cpu-ms {time.process_time() * 1000:.1f}")
            end = time.monotonic() + 2.0  # the buddy idles, the voice gets the family's lines ready
    _startup_mark(args, f"peak-memory-kb {_peak_memory_kb()}")
    app.ctx.scenes.clear()
    cards.write()
    return 0


STOP_SIGNALS = ("SIGTERM", "SIGHUP", "SIGINT")


def _install_stop_handlers(stop: StopRequest) -> dict[int, object]:
    """Point the stop signals this OS has at ``stop``; returns the handlers they had."""
    previous: dict[int, object] = {}

    def handle(signum: int, _frame: object) -> None:
        stop.request(f"the system sent {signal.Signals(signum).name}")

    for name in STOP_SIGNALS:
        number = getattr(signal, name, None)
        if number is None:
            continue
        try:
            previous[number] = signal.signal(number, handle)
        except (OSError, ValueError):  # not the main thread, or not allowed here
            continue
    return previous


def _restore_handlers(previous: dict[int, object]) -> None:
    for number, handler in previous.items():
        with contextlib.suppress(OSError, ValueError, TypeError):
            signal.signal(number, handler)  # type: ignore[arg-type]


def _startup_mark(args: argparse.Namespace, what: str) -> None:
    """For ``benchmarks/run.py``: say on stdout when a start-up milestone is on screen."""
    if args.startup_benchmark:
        print(what, flush=True)


def _peak_memory_kb() -> int:
    """The most memory this process has held so far (resident set), in KiB; 0 where unknown."""
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes, Linux KiB


def _message_box(text: str) -> None:
    """Show ``text`` in a system message box where there is a screen; never opens a game window."""
    if os.environ.get("SDL_VIDEODRIVER") == "dummy":
        return
    try:
        import pygame

        pygame.display.init()
        pygame.display.message_box("Dropoff Buddy", text, message_type="info")
    except Exception as error:
        logging.getLogger(__name__).info("no message box: %s", error)
    finally:
        import pygame

        pygame.display.quit()
