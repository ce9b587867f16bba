"""Build the Dropoff Buddy app bundle: one folder a parent unpacks and double-clicks.

    python tools/build_app.py [--archive] [--smoke] [--dist DIR]

The same command on Linux, Windows and macOS (run it on each system for that system's bundle;
PyInstaller does not cross-build). It needs the game installed with its build extra:
``pip install -e ".[build]"``. It:

1. checks the checked-in icons match their PNGs (``tools/make_icons.py --check``);
2. runs PyInstaller on ``packaging/dropoff_buddy.spec`` from a clean state, into ``dist/dropoff-buddy/``
   (``dist/Dropoff Buddy.app`` too on macOS);
3. adds what a parent reads first: ``READ ME FIRST.txt``, ``LICENSE.txt`` and, on Linux, ``install.sh``;
4. says how long it took and how big the folder is, and fails over the budget (120 MB unpacked);
5. with ``--archive``, packs the folder for download (``.tar.gz`` on Linux and macOS, ``.zip`` on Windows);
6. with ``--smoke``, runs the frozen program: ``doctor`` must pass with speech working, ``tour``
   must render every screen the game has, ``check`` must pass, and on Linux the install script
   must install into (and uninstall from) a scratch home folder.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "dropoff_buddy.spec"
NAME = "dropoff-buddy"
BUDGET_MB = 120.0

READ_ME_FIRST = """Dropoff Buddy {version}
=======================

A calm five-minute morning game that helps small children with daycare and nursery drop-off.

To play
-------
{how_to_play}

The game keeps everything on this computer and never uses the internet.
Grown-ups: press and hold the small lock at the top right for 3 seconds to reach settings and Quit.

If something does not work
--------------------------
Run the check-up and read (or read out) what it says:
{how_to_doctor}

Licences
--------
Dropoff Buddy is free software under the MIT licence (LICENSE.txt). It comes with the espeak-ng
voice (GPL-3.0), pygame-ce and SDL (LGPL-2.1 and zlib) and the Andika font (SIL OFL 1.1).
The check-up lists them all and where their full texts are:  {how_to_licences}
"""

HOW_TO = {
    "Linux": (
        "Double-click 'dropoff-buddy' in this folder, or run ./install.sh once to add Dropoff Buddy\n"
        "to your applications menu (./install.sh --uninstall takes it out again).",
        "    ./dropoff-buddy doctor",
        "./dropoff-buddy doctor --licences",
    ),
    "Windows": (
        "Double-click 'Dropoff Buddy.exe' in this folder. To add it to the Start menu, right-click it\n"
        "and choose 'Pin to Start'.",
        "    open a Command Prompt in this folder and type:  dropoff-buddy.exe doctor",
        "dropoff-buddy.exe doctor --licences",
    ),
    "Darwin": (
        "Drag 'Dropoff Buddy.app' into your Applications folder and double-click it. The first time,\n"
        "right-click it and choose Open (it is not from the App Store).",
        "    in Terminal:  '/Applications/Dropoff Buddy.app/Contents/MacOS/dropoff-buddy' doctor",
        "'.../Contents/MacOS/dropoff-buddy' doctor --licences",
    ),
}


def folder_size_mb(folder: Path) -> float:
    """Unpacked size: every file counted once (links are not followed)."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total / 1e6


def game_version() -> str:
    sys.path.insert(0, str(ROOT / "src"))
    from dropoff_buddy import __version__

    return __version__


def check_icons() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "make_icons.py"), "--check"], check=False)
    if result.returncode:
        raise SystemExit("the icons are out of date: run python tools/make_icons.py")


def run_pyinstaller(dist: Path, work: Path) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit('PyInstaller is not installed: pip install -e ".[build]"') from None
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print("building:", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def add_parent_files(bundle: Path) -> None:
    system = platform.system()
    how_to_play, how_to_doctor, how_to_licences = HOW_TO.get(system, HOW_TO["Linux"])
    text = READ_ME_FIRST.format(
        version=game_version(), how_to_play=how_to_play, how_to_doctor=how_to_doctor, how_to_licences=how_to_licences
    )
    newline = "\r\n" if system == "Windows" else "\n"
    (bundle / "READ ME FIRST.txt").write_text(text.replace("\n", newline), encoding="utf-8")
    shutil.copyfile(ROOT / "LICENSE", bundle / "LICENSE.txt")
    if system == "Linux":
        target = bundle / "install.sh"
        shutil.copyfile(ROOT / "tools" / "install_linux.sh", target)
        target.chmod(0o755)


def make_archive(dist: Path, bundle: Path) -> Path:
    machine = platform.machine().lower() or "unknown"
    base = dist / f"{NAME}-{game_version()}-{platform.system().lower()}-{machine}"
    archive_format = "zip" if platform.system() == "Windows" else "gztar"
    # macOS: the .app is what a parent drags to Applications; it goes in the archive, not the bare folder.
    app = dist / "Dropoff Buddy.app"
    source = app if app.is_dir() else bundle
    return Path(shutil.make_archive(str(base), archive_format, root_dir=source.parent, base_dir=source.name))


def executable(bundle: Path) -> Path:
    suffix = ".exe" if platform.system() == "Windows" else ""
    return bundle / f"{NAME}{suffix}"


def smoke_test(bundle: Path) -> None:
    """Run the frozen program as CI does; raise SystemExit on the first failure."""
    program = executable(bundle)
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    with tempfile.TemporaryDirectory(prefix="dropoff-buddy-smoke-") as scratch:
        data = Path(scratch) / "data"
        doctor = run([str(program), "doctor", "--data-dir", str(data)], env)
        speech = [line for line in doctor.splitlines() if "Speech:" in line]
        if not speech or not speech[0].lstrip().startswith("ok"):
            raise SystemExit(f"smoke: the frozen game has no working voice:\n{doctor}")
        run([str(program), "check"], env)
        frozen_shots = tour_files(
            run([str(program), "tour", str(Path(scratch) / "tour"), "--data-dir", str(data)], env)
        )
        expected = source_tour_names(Path(scratch), env)
        if not frozen_shots or (expected and frozen_shots != expected):
            missing = sorted(expected - frozen_shots)
            raise SystemExit(
                f"smoke: tour rendered {len(frozen_shots)} screens, {len(expected)} expected; missing {missing}"
            )
        starts_on_home_card(program, Path(scratch) / "plays", env)
        licences = run([str(program), "doctor", "--licences"], env)
        for needed in ("MIT", "GPL-3.0", "LGPL-2.1", "Open Font License"):
            if needed not in licences:
                raise SystemExit(f"smoke: doctor --licences does not list {needed}")
        if platform.system() == "Linux":
            smoke_install(bundle, Path(scratch) / "home", env)
    print(f"smoke: doctor passed with speech ({speech[0].split('Speech:')[1].strip()}); ", end="")
    print(f"tour rendered all {len(frozen_shots)} screens; check passed; ", end="")
    print("the second start opened on home's card; licences listed", flush=True)


def starts_on_home_card(program: Path, data: Path, env: dict[str, str]) -> None:
    """Play twice as a family does: the first start leaves home's card, the second opens on it."""
    command = [str(program), "--windowed", "--data-dir", str(data), "--startup-benchmark"]
    run(command, env)
    if not (data / "home-card" / "card.json").is_file():
        raise SystemExit("smoke: the frozen game left no home card for the next start")
    marks = [line.split()[0] for line in run(command, env).splitlines() if line.strip()]
    if marks[:3] != ["home-card", "first-frame", "home-ready"]:
        raise SystemExit(f"smoke: the second start did not open on home's card: {marks}")


def run(command: list[str], env: dict[str, str], expect: int = 0) -> str:
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600, check=False)
    if result.returncode != expect:
        raise SystemExit(
            f"smoke: {' '.join(command)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}".rstrip()
        )
    return result.stdout


def tour_files(output: str) -> set[str]:
    return {Path(line.strip()).name for line in output.splitlines() if line.strip().endswith(".png")}


def source_tour_names(scratch: Path, env: dict[str, str]) -> set[str]:
    """The screens the game has, from the source (empty when the source can't run here)."""
    try:
        output = run(
            [
                sys.executable,
                "-m",
                "dropoff_buddy",
                "tour",
                str(scratch / "source-tour"),
                "--data-dir",
                str(scratch / "d2"),
            ],
            {**env, "PYTHONPATH": str(ROOT / "src")},
        )
    except SystemExit as error:
        print(f"smoke: could not run the source tour to compare ({error}); checking the frozen one alone")
        return set()
    return tour_files(output)


def smoke_install(bundle: Path, home: Path, env: dict[str, str]) -> None:
    """The install script in a scratch home: menu entry, icons and program there; gone after --uninstall."""
    home.mkdir()
    environment = {key: value for key, value in env.items() if not key.startswith("XDG_")}
    environment["HOME"] = str(home)
    run(["bash", str(bundle / "install.sh")], environment)
    share = home / ".local" / "share"
    entry = share / "applications" / f"{NAME}.desktop"
    if not entry.is_file() or not (share / "icons" / "hicolor" / "256x256" / "apps" / f"{NAME}.png").is_file():
        raise SystemExit("smoke: install.sh did not add the menu entry and icons")
    installed = home / ".local" / "bin" / NAME
    run([str(installed), "doctor", "--data-dir", str(home / "data")], environment)
    run(["bash", str(bundle / "install.sh"), "--uninstall"], environment)
    if entry.exists() or (share / f"{NAME}-app").exists() or installed.exists():
        raise SystemExit("smoke: install.sh --uninstall left things behind")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Dropoff Buddy app bundle (one folder) with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app folder goes (default: dist/)")
    parser.add_argument("--archive", action="store_true", help="also pack the folder for download")
    parser.add_argument("--smoke", action="store_true", help="run the frozen program's smoke test after building")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    start = time.perf_counter()
    check_icons()
    with tempfile.TemporaryDirectory(prefix="dropoff-buddy-build-") as work:
        run_pyinstaller(dist, Path(work))
    bundle = dist / NAME
    add_parent_files(bundle)
    seconds = time.perf_counter() - start
    size = folder_size_mb(bundle)
    print(f"built {bundle} in {seconds:.0f} s: {size:.1f} MB unpacked (budget {BUDGET_MB:.0f} MB)", flush=True)
    if size > BUDGET_MB:
        raise SystemExit(f"the bundle is {size:.1f} MB, over the {BUDGET_MB:.0f} MB budget")
    if args.archive:
        archive = make_archive(dist, bundle)
        print(f"packed {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
    if args.smoke:
        smoke_start = time.perf_counter()
        smoke_test(bundle)
        print(f"smoke test took {time.perf_counter() - smoke_start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
