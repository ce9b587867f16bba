"""The soak suite: a child who never stops, a computer that dies at the worst moment, hostile files.

Kept as one file (beside its corpora in ``hostile_corpora.py``) because it is one command whose
five parts share the runner, the forked children, the time limits and the one JSON summary CI reads.

``python tools/soak.py [--quick] [--seed N] [--only monkey,kills,hostile,memory,quits]`` prints one JSON
summary and exits 1 if any figure is out of bounds. ``--quick`` (CI) runs each part small, in
well under a minute; the full run is what the closing notes quote.

- **monkey**: seeded random child input (taps, holds, drags with every mouse button, touches
  with one and two fingers, key mashing with modifiers and auto-repeat, window resizes, focus
  loss, the close button) on every children's screen and through the morning flow. After every
  frame: no crash, no quit, no grown-ups' screen; and at the input seam no tap is counted twice
  (each press-and-release gives at most one TAP action).
- **kills**: a forked copy of the game's storage code saves progress, imports photos, restores
  backups and keeps recordings in a loop, and is SIGKILLed at a random moment; then the data is
  opened as the game opens it: nothing may be unreadable, damaged or older than what was reported
  saved, and a restore must have left exactly the old or exactly the new data.
- **hostile**: the corpora of ``tools/hostile_corpora.py`` (images, saves, levels, backups,
  recordings; generated here, not stored) go through the game's own entry points, each in its own
  forked process: every one must be refused with a kind message naming the file, or accepted
  safely, without a crash or a hang, and with peak memory (``ru_maxrss``) within 600 MB.
- **memory**: how much more memory showing the largest photo the game accepts costs (budget
  100 MB), measured in a forked process around real frames of home, My Day and the story.
- **quits**: the audio device opened the game's way, sounds ending at random moments while a
  Python thread wants the interpreter lock (as the speech worker does), then ``pygame.quit()``,
  over and over in a fresh process: it must never hang (pygame-ce's mixer quit and its audio
  thread could wait for each other; ``audio.mixer.halt_before_quit`` prevents it).

The whole run, and every forked process, sits inside a socket guard: opening a network socket
fails the soak.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import random
import resource
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from dropoff_buddy.logs import setup_logging  # noqa: E402
from dropoff_buddy.playtest import NetworkSocketOpened, no_network_sockets  # noqa: E402
from hostile_corpora import Case, generate  # noqa: E402

MEMORY_BUDGET_MB = 600
PHOTO_EXTRA_BUDGET_MB = 100
CASE_TIMEOUT_S = 120.0
NOW = dt.datetime(2026, 11, 20, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def maxrss_mb(usage: resource.struct_rusage) -> float:
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, kilobytes elsewhere
    return usage.ru_maxrss * scale / (1024 * 1024)


def in_child(work: Callable[[], dict[str, Any]], timeout: float = CASE_TIMEOUT_S) -> dict[str, Any]:
    """Run ``work`` in a forked process inside the socket guard; its result, peak memory and fate."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_end)
        try:
            with no_network_sockets() as attempts:
                result = work()
            result.setdefault("sockets", attempts)
        except NetworkSocketOpened as error:
            result = {"outcome": "crash", "detail": f"network socket: {error}"}
        except BaseException as error:  # everything a person could see as a crash
            result = {"outcome": "crash", "detail": "".join(traceback.format_exception(error))[-2000:]}
        data = json.dumps(result, default=str).encode()
        with contextlib.suppress(OSError):
            os.write(write_end, data)
        os._exit(0)
    os.close(write_end)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    timed_out = False
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            timed_out = True
            os.kill(pid, signal.SIGKILL)
            break
        ready, _, _ = select.select([read_end], [], [], min(left, 1.0))
        if ready:
            chunk = os.read(read_end, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
    os.close(read_end)
    _, status, usage = os.wait4(pid, 0)
    if timed_out:
        result = {"outcome": "hang", "detail": f"no answer in {timeout:.0f} s"}
    elif not chunks:
        result = {"outcome": "crash", "detail": f"the process died (status {status})"}
    else:
        result = json.loads(b"".join(chunks))
    result["peak_mb"] = round(maxrss_mb(usage), 1)
    return result


# --- hostile corpora --------------------------------------------------------------------------------


def _kind(message: str, names: tuple[str, ...]) -> str:
    """Why a refusal message is not kind ("" when it is): empty, technical, or not naming the file."""
    if not message.strip():
        return "empty message"
    for word in ("Traceback", "Error(", "Exception", "errno", "[Errno", "pydantic", "Input should be"):
        if word in message:
            return f"technical words ({word})"
    if names and not any(name in message for name in names):
        return f"does not name the file ({' or '.join(names)})"
    return ""


def _place(source: Path, target: Path) -> None:
    """Put ``source`` at ``target``: FIFOs and links as themselves, files copied."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if source.is_symlink():
        target.symlink_to(os.readlink(source))
    elif source.exists() and not source.is_file() and not source.is_dir():
        os.mkfifo(target)
    elif source.is_dir():
        target.mkdir()
    else:
        shutil.copyfile(source, target)


def _image(case: Case, work: Path) -> dict[str, Any]:
    import pygame

    from dropoff_buddy.storage.photos import (
        PhotoRefused,
        adopt_photo,
        load_stored_photo,
        photo_notices,
        refusal_notice,
    )
    from dropoff_buddy.storage.store import ProfileStore

    store = ProfileStore(work / "data")
    child = store.create_profile("Sam")
    if case.target == "import":
        try:
            message = adopt_photo(child, case.path, "family", lambda: store.save_profile(child))
        except PhotoRefused as refused:
            return {
                "outcome": "refused",
                "message": refused.message,
                "unkind": _kind(refused.message, (case.path.name,)),
            }
        image = load_stored_photo(child.folder, child.profile.family_photo)
        return {"outcome": "accepted", "message": message, "shown": list(image.get_size())}
    _place(case.path, child.folder / "family-photo.png")
    child.profile.family_photo = "family-photo.png"
    store.save_profile(child)
    photo_notices(child)  # what the game tells the parent at start (files and headers)
    try:
        image = load_stored_photo(child.folder, "family-photo.png")
    except PhotoRefused as refused:  # what the game tells the parent when it can't show it
        message = refusal_notice("family", "family-photo.png", refused, child.profile.child.name)
        return {"outcome": "refused", "message": message, "unkind": _kind(message, ("family-photo.png",))}
    assert max(image.get_size()) <= 1600, image.get_size()
    pygame.quit()
    return {"outcome": "accepted", "shown": list(image.get_size())}


def _save(case: Case, work: Path) -> dict[str, Any]:
    from dropoff_buddy.content.feelings import load_feelings
    from dropoff_buddy.history import history_stats
    from dropoff_buddy.rewards import streak, week
    from dropoff_buddy.storage.exports import feelings_csv, rituals_csv
    from dropoff_buddy.storage.store import ProfileStore

    data = work / "data"
    ProfileStore(data).create_profile("Sam")
    name = "profile.json" if case.target == "profile" else "progress.json"
    target = data / "profiles" / "sam" / name
    target.unlink()
    (target.parent / (name + ".bak")).unlink(missing_ok=True)
    _place(case.path, target)
    store = ProfileStore(data)
    child = store.open("sam")
    today = NOW.date()
    history_stats(child.progress.feelings, child.progress.stickers, today, 60, NOW.tzinfo, load_feelings())
    streak(child.progress, NOW)
    week(child.progress, NOW)
    feelings_csv(child.progress.feelings, NOW.tzinfo, str, str)
    rituals_csv(child.progress.stickers, NOW.tzinfo, str)
    child.profile.buddy.name = "Bun"
    saved = store.save_profile(child) and store.save_progress(child)
    notices = [notice.message for notice in store.take_notices()]
    if not notices:
        return {"outcome": "accepted", "saved_again": saved}
    message = " ".join(notices)
    if not saved and child.profile_writable and child.progress_writable:
        return {"outcome": "crash", "detail": "a file that loaded could not be saved again", "message": message}
    return {"outcome": "refused", "message": message, "unkind": _kind(message, (name,))}


def _level(case: Case, work: Path) -> dict[str, Any]:
    from dropoff_buddy.cli import main

    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["check", str(case.path)])
    seconds = time.perf_counter() - started
    text = out.getvalue() + err.getvalue()
    if status == 0:
        return {"outcome": "accepted", "seconds": round(seconds, 2)}
    first = out.getvalue().splitlines()[0] if out.getvalue() else text
    return {
        "outcome": "refused",
        "message": first,
        "unkind": _kind(text, (case.path.name,)),
        "seconds": round(seconds, 2),
    }


def _backup(case: Case, work: Path) -> dict[str, Any]:
    from dropoff_buddy.storage.backup import BackupError, inspect_backup, restore_backup
    from dropoff_buddy.storage.store import ProfileStore

    data = work / "data"
    ProfileStore(data).create_profile("Old")
    try:
        valid = inspect_backup(case.path)
        restore_backup(valid, data, NOW)
    except BackupError as error:
        return {"outcome": "refused", "message": error.message, "unkind": _kind(error.message, (case.path.name,))}
    store = ProfileStore(data)
    names = [store.open(profile_id).profile.child.name for profile_id in store.list_profiles()]
    return {"outcome": "accepted", "children": names, "notices": [n.message for n in store.notices]}


def _recording(case: Case, work: Path) -> dict[str, Any]:
    import pygame

    from dropoff_buddy.audio.recordings import RecordingError, RecordingStore

    pygame.mixer.init(44_100, -16, 2, 512)
    folder = work / "data" / "profiles" / "sam"
    folder.mkdir(parents=True)
    store = RecordingStore(folder)
    name = case.path.name if case.path.suffix in (".wav", ".ogg", ".mp3") else case.path.name + ".wav"
    source = work / name
    _place(case.path, source)
    try:
        seconds = store.import_file("lines:ritual.promise", "Bye", source)
    except RecordingError as error:
        message = str(error)
        imported: dict[str, Any] = {"outcome": "refused", "message": message, "unkind": _kind(message, (name,))}
    else:
        imported = {"outcome": "accepted", "seconds": round(seconds, 2)}
    # The same bytes kept as a recording (as a restore or a hand copy would leave them): the voice
    # must check them before the mixer decodes them.
    kept = store.path("lines:ritual.love_you")
    kept.parent.mkdir(parents=True, exist_ok=True)
    _place(case.path, kept)
    store.words_path("lines:ritual.love_you").write_text("Love you", encoding="utf-8")
    path = store.recording_for("lines:ritual.love_you", "Love you")
    if path is not None:
        pygame.mixer.Sound(file=str(path))
    imported["kept_playable"] = path is not None
    return imported


HANDLERS: dict[str, Callable[[Case, Path], dict[str, Any]]] = {
    "image": _image,
    "save": _save,
    "level": _level,
    "backup": _backup,
    "recording": _recording,
}


def hostile(quick: bool, scratch: Path) -> dict[str, Any]:
    corpus = scratch / "corpus"
    started = time.perf_counter()
    cases = generate(corpus, quick)
    generated_s = time.perf_counter() - started
    results = []
    for number, case in enumerate(cases):
        work = scratch / f"case-{number}"
        work.mkdir()

        def run(case: Case = case, work: Path = work) -> dict[str, Any]:
            return HANDLERS[case.kind](case, work)

        result = in_child(run)
        result.update(kind=case.kind, name=case.name, target=case.target, note=case.note)
        results.append(result)
        shutil.rmtree(work, ignore_errors=True)
    bad = [
        result
        for result in results
        if result["outcome"] in ("crash", "hang")
        or result.get("unkind")
        or result["peak_mb"] > MEMORY_BUDGET_MB
        or result.get("sockets")
    ]
    by_kind: dict[str, dict[str, int]] = {}
    for result in results:
        counts = by_kind.setdefault(result["kind"], {"refused": 0, "accepted": 0, "crash": 0, "hang": 0})
        counts[result["outcome"]] = counts.get(result["outcome"], 0) + 1
    peak = max(results, key=lambda result: result["peak_mb"])
    examples = {}
    for result in results:
        if result["outcome"] == "refused":
            examples.setdefault(result["kind"], f"{result['name']}: {result['message'][:300]}")
    return {
        "cases": len(results),
        "generated_s": round(generated_s, 1),
        "by_kind": by_kind,
        "unkind": sum(1 for result in results if result.get("unkind")),
        "crashes": sum(1 for result in results if result["outcome"] == "crash"),
        "hangs": sum(1 for result in results if result["outcome"] == "hang"),
        "peak_mb": peak["peak_mb"],
        "peak_case": f"{peak['kind']}/{peak['target']}/{peak['name']}".replace("//", "/"),
        "over_budget": sum(1 for result in results if result["peak_mb"] > MEMORY_BUDGET_MB),
        "examples": examples,
        "failures": bad,
        "ok": not bad,
    }


# --- kills during saves, imports, restores and recordings ----------------------------------------


def _family(data: Path, name: str, stickers: int) -> None:
    from dropoff_buddy.storage.models import StickerEntry
    from dropoff_buddy.storage.store import ProfileStore

    store = ProfileStore(data)
    child = store.create_profile(name)
    child.progress.stickers = [StickerEntry(at=NOW, sticker="star") for _ in range(stickers)]
    store.save_progress(child)
    store.remember_last_profile(child.profile_id)


def _kill_worker(op: str, data: Path, assets: Path, write_end: int) -> None:
    """The forked worker: do ``op`` forever, saying "committed N" after each step that is safe on disk."""
    from dropoff_buddy.audio.recordings import RecordingStore
    from dropoff_buddy.storage.backup import inspect_backup, restore_backup
    from dropoff_buddy.storage.models import StickerEntry
    from dropoff_buddy.storage.photos import adopt_photo
    from dropoff_buddy.storage.store import ProfileStore

    def say(text: str) -> None:
        os.write(write_end, (text + "\n").encode())

    if op == "restore":
        backups = [inspect_backup(assets / "a.zip"), inspect_backup(assets / "b.zip")]
        say("ready")
        number = 0
        while True:
            restore_backup(backups[number % 2], data, NOW + dt.timedelta(seconds=number))
            say(f"committed {number % 2}")
            number += 1
    store = ProfileStore(data)
    child = store.open("sam")
    say("ready")
    number = len(child.progress.stickers)
    while True:
        if op == "save":
            child.progress.stickers = [*child.progress.stickers, StickerEntry(at=NOW, sticker="star")]
            child.profile.buddy.name = "Bun" if number % 2 else "Buddy"
            if store.save_progress(child) and store.save_profile(child):
                say(f"committed {len(child.progress.stickers)}")
        elif op == "import":
            adopt_photo(child, assets / f"photo-{number % 2}.jpg", "family", lambda: store.save_profile(child))
            say(f"committed {child.profile.family_photo}")
        elif op == "record":
            recordings = RecordingStore(child.folder)
            take = bytes((number * 7 + index) % 256 for index in range(2)) * 16_000
            recordings.save_take(f"lines:ritual.line_{number % 3}", f"Line {number}", take, 16_000)
            say(f"committed {number}")
        number += 1


def _check_after_kill(op: str, data: Path, committed: str | None) -> list[str]:
    """What is wrong with ``data`` after a kill ([] when every file is readable and nothing is lost)."""
    from dropoff_buddy.audio.recordings import RecordingStore
    from dropoff_buddy.storage.photos import stored_photo_state
    from dropoff_buddy.storage.store import ProfileStore

    problems: list[str] = []
    store = ProfileStore(data)  # finishes or undoes an interrupted restore, as the game's start does
    if op == "restore":
        names = sorted(store.open(pid).profile.child.name for pid in store.list_profiles())
        stickers = sorted(len(store.open(pid).progress.stickers) for pid in store.list_profiles())
        if (names, stickers) not in ((["Mia"], [7]), (["Sam"], [3])):
            problems.append(f"after an interrupted restore the data is neither the old nor the new: {names} {stickers}")
        leftovers = [entry.name for entry in data.iterdir() if entry.name.startswith((".restore-", ".before-restore-"))]
        if leftovers:
            problems.append(f"left behind: {leftovers}")
    else:
        child = store.open("sam")
        if op == "save" and committed is not None and len(child.progress.stickers) < int(committed):
            problems.append(f"lost stickers: {len(child.progress.stickers)} on disk, {committed} reported saved")
        if op == "import" and child.profile.family_photo is not None:
            state = stored_photo_state(child.folder, child.profile.family_photo)
            if state.status != "ok":
                problems.append(f"the photo in use can't be shown: {state.status} {state.problem}")
        if op == "record":
            recordings = RecordingStore(child.folder)
            for number in range(3):
                key = f"lines:ritual.line_{number}"
                if recordings.has(key) and recordings.stored_header(key) is None:
                    problems.append(f"recording {key} can't be played")
    for notice in store.take_notices():
        if notice.kind != "recovered" or "interrupted" not in notice.message:
            problems.append(f"{notice.kind}: {notice.message}")
    return problems


def _kill_assets(folder: Path) -> None:
    import pygame

    from dropoff_buddy.storage.backup import create_backup

    folder.mkdir(parents=True)
    for number, colour in enumerate(((200, 120, 40), (40, 120, 200))):
        picture = pygame.Surface((2400, 1800))
        picture.fill(colour)
        for x in range(0, 2400, 60):
            pygame.draw.line(picture, (x % 255, 80, 160), (x, 0), (2400 - x, 1800), 9)
        pygame.image.save(picture, str(folder / f"photo-{number}.jpg"))
    for name, child, stickers in (("a", "Mia", 7), ("b", "Sam", 3)):
        source = folder / f"source-{name}"
        _family(source, child, stickers)
        made = create_backup(source, folder, NOW)
        made.rename(folder / f"{name}.zip")


def kills(count: int, seed: int, scratch: Path) -> dict[str, Any]:
    rng = random.Random(seed)
    assets = scratch / "kill-assets"
    assets_ready = in_child(lambda: (_kill_assets(assets), {"outcome": "ok"})[1])
    if assets_ready["outcome"] != "ok":
        return {"ok": False, "detail": assets_ready}
    ops = ("save", "import", "restore", "record")
    per_op: dict[str, dict[str, Any]] = {}
    failures: list[dict[str, Any]] = []
    total = 0
    started = time.perf_counter()
    for op in ops:
        data = scratch / f"kill-{op}"
        _family(data, "Sam", 3 if op == "restore" else 0)
        stats = {"kills": 0, "problems": 0, "committed_steps": 0}
        for _ in range(count):
            read_end, write_end = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read_end)
                try:
                    with no_network_sockets():
                        _kill_worker(op, data, assets, write_end)
                finally:
                    os._exit(3)
            os.close(write_end)
            lines = _read_until(read_end, "ready", timeout=60)
            time.sleep(rng.uniform(0.0, {"save": 0.25, "record": 0.3, "restore": 0.6, "import": 1.0}[op]))
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            lines += _read_all(read_end)
            os.close(read_end)
            committed = [line.split(" ", 1)[1] for line in lines if line.startswith("committed ")]
            stats["kills"] += 1
            stats["committed_steps"] += len(committed)
            total += 1
            outcome = in_child(
                lambda op=op, data=data, last=committed[-1] if committed else None: {
                    "outcome": "ok",
                    "problems": _check_after_kill(op, data, last),
                }
            )
            problems = (
                outcome.get("problems", [outcome.get("detail", "")])
                if outcome["outcome"] != "ok"
                else outcome["problems"]
            )
            if outcome["outcome"] != "ok" or problems:
                stats["problems"] += 1
                failures.append({"op": op, "kill": stats["kills"], "problems": problems or [outcome.get("detail")]})
        per_op[op] = stats
    return {
        "kills": total,
        "seconds": round(time.perf_counter() - started, 1),
        "by_operation": per_op,
        "unreadable_or_lost": sum(stats["problems"] for stats in per_op.values()),
        "failures": failures[:20],
        "ok": not failures,
    }


def _read_until(handle: int, word: str, timeout: float) -> list[str]:
    buffer = b""
    deadline = time.monotonic() + timeout
    while word.encode() not in buffer and time.monotonic() < deadline:
        ready, _, _ = select.select([handle], [], [], 0.5)
        if ready:
            chunk = os.read(handle, 1 << 16)
            if not chunk:
                break
            buffer += chunk
    return buffer.decode(errors="replace").splitlines()


def _read_all(handle: int) -> list[str]:
    buffer = b""
    while True:
        ready, _, _ = select.select([handle], [], [], 0.2)
        if not ready:
            break
        chunk = os.read(handle, 1 << 16)
        if not chunk:
            break
        buffer += chunk
    return buffer.decode(errors="replace").splitlines()


# --- memory to show the largest accepted photo ---------------------------------------------------


def _make_photos(folder: Path) -> dict[str, Any]:
    """The largest photos the game accepts: a stored one at the stored limit, and a 40 MP JPEG to import."""
    import pygame

    from dropoff_buddy.storage.photos import MAX_PIXELS, MAX_STORED_SIDE

    folder.mkdir(parents=True, exist_ok=True)
    side = MAX_STORED_SIDE
    picture = pygame.Surface((side, side))
    picture.fill((90, 140, 200))
    pygame.draw.circle(picture, (250, 200, 90), (side // 2, side // 2), side // 3)
    pygame.image.save(picture, str(folder / "stored.png"))
    width = int((MAX_PIXELS * 4 / 3) ** 0.5)
    height = MAX_PIXELS // width
    picture = pygame.transform.scale(picture, (width, height))
    pygame.image.save(picture, str(folder / "camera.jpg"))
    return {"outcome": "ok", "stored_mp": round(side * side / 1e6, 1), "camera_mp": round(width * height / 1e6, 1)}


def _photo_memory(kind: str, photos: Path, data: Path) -> dict[str, Any]:
    """Peak memory while the game shows home, My Day (the photo on the pickup card) and the story's
    photo pages: ``none`` (no photo), ``stored`` (the largest photo the game keeps), ``imported``
    (whatever is in ``data`` already); or ``import``: the peak while importing the largest photo."""
    from dropoff_buddy.audio.narration import SilentVoice
    from dropoff_buddy.playtest import start_game
    from dropoff_buddy.storage.photos import adopt_photo

    player = start_game(data, (1280, 800))
    ctx = player.ctx
    ctx.narrator.voice = SilentVoice()
    player.wait(1.0)
    baseline = maxrss_mb(resource.getrusage(resource.RUSAGE_SELF))
    if kind == "import":
        adopt_photo(ctx.child, photos / "camera.jpg", "family", ctx.save_profile)
        extra = maxrss_mb(resource.getrusage(resource.RUSAGE_SELF)) - baseline
        return {"outcome": "ok", "baseline_mb": round(baseline, 1), "import_extra_mb": round(extra, 1)}
    if kind == "stored":
        shutil.copyfile(photos / "stored.png", ctx.profile_folder / "family-photo.png")
        ctx.profile.family_photo = "family-photo.png"
        ctx.save_profile()
    for scene in ("my-day", "story"):
        ctx.scenes.pop_to_root()
        player.wait(0.5)
        ctx.open_scene(scene)
        player.wait(2.0)
        if scene == "story":
            for _ in range(14):
                player.space()
                player.wait(0.3)
    shown = maxrss_mb(resource.getrusage(resource.RUSAGE_SELF))
    return {"outcome": "ok", "baseline_mb": round(baseline, 1), "shown_mb": round(shown, 1)}


def memory(scratch: Path) -> dict[str, Any]:
    photos = scratch / "memory-photos"
    made = in_child(lambda: _make_photos(photos), timeout=300)
    results: dict[str, dict[str, Any]] = {}
    for kind, folder in (("none", "none"), ("stored", "stored"), ("import", "camera"), ("imported", "camera")):
        data = scratch / f"memory-{folder}"
        results[kind] = in_child(lambda kind=kind, data=data: _photo_memory(kind, photos, data), timeout=300)
    if any(result["outcome"] != "ok" for result in [made, *results.values()]):
        return {"ok": False, "detail": [made, results]}
    control = results["none"]["shown_mb"] - results["none"]["baseline_mb"]
    extra = {
        kind: round(results[kind]["shown_mb"] - results[kind]["baseline_mb"] - control, 1)
        for kind in ("stored", "imported")
    }
    worst = max(extra.values())
    import_peak = results["import"]["import_extra_mb"]
    return {
        "largest_stored_photo_mp": made["stored_mp"],
        "largest_imported_photo_mp": made["camera_mp"],
        "extra_to_show_mb": extra,
        "import_peak_extra_mb": import_peak,
        "budget_mb": PHOTO_EXTRA_BUDGET_MB,
        "ok": worst <= PHOTO_EXTRA_BUDGET_MB and results["import"]["peak_mb"] <= MEMORY_BUDGET_MB,
    }


# --- quitting while sounds end ---------------------------------------------------------------------

QUIT_STRESS = """
import os, random, sys, threading, time
os.environ["SDL_AUDIODRIVER"] = os.environ["SDL_VIDEODRIVER"] = "dummy"
import pygame
from dropoff_buddy.audio.mixer import open_mixer
rng = random.Random(int(sys.argv[1]))

def busy():
    while True:
        sum(range(1000))

threading.Thread(target=busy, daemon=True).start()
for cycle in range(int(sys.argv[2])):
    assert open_mixer()
    pygame.mixer.set_num_channels(16)
    sounds = [pygame.mixer.Sound(buffer=bytes(4 * rng.randint(100, 900))) for _ in range(16)]
    for sound in sounds:
        sound.play()
    del sounds
    time.sleep(rng.uniform(0.0, 0.015))
    pygame.quit()
    print(cycle + 1, flush=True)
"""


def quits(cycles: int, seed: int) -> dict[str, Any]:
    """Open the mixer, let sounds end, quit: ``cycles`` times in a fresh process; no hang allowed."""
    started = time.perf_counter()
    timeout = 30 + cycles * 0.5
    try:
        result = subprocess.run(
            [sys.executable, "-c", QUIT_STRESS, str(seed), str(cycles)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        done = int((result.stdout.split() or ["0"])[-1])
        outcome = "ok" if result.returncode == 0 and done == cycles else f"exit {result.returncode}"
    except subprocess.TimeoutExpired as stopped:
        done = int(((stopped.stdout or b"").split() or [b"0"])[-1])
        outcome = f"hung after {done} quits"
    return {
        "cycles": cycles,
        "quits_done": done,
        "outcome": outcome,
        "seconds": round(time.perf_counter() - started, 1),
        "ok": outcome == "ok",
    }


# --- the monkey -----------------------------------------------------------------------------------


def monkey(events_wanted: int, seed: int, scratch: Path) -> dict[str, Any]:
    from monkey_play import run_monkey

    with no_network_sockets() as attempts:
        result = run_monkey(events_wanted, seed, scratch / "monkey")
    result["sockets"] = attempts
    result["ok"] = result["ok"] and not attempts
    return result


# --- main -----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small runs for CI (well under a minute)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--only", default="hostile,kills,memory,quits,monkey", help="comma-separated parts to run")
    parser.add_argument("--events", type=int, default=None, help="monkey events (default 6000 quick, 200000 full)")
    parser.add_argument("--kills", type=int, default=None, help="kills per operation (default 8 quick, 130 full)")
    args = parser.parse_args(argv)
    parts = [part.strip() for part in args.only.split(",") if part.strip()]
    summary: dict[str, Any] = {"quick": args.quick, "seed": args.seed}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dropoff-buddy-soak-") as folder:
        scratch = Path(folder)
        os.environ["DROPOFF_BUDDY_CACHE_DIR"] = str(scratch / "speech-cache")
        os.environ["HOME"] = str(scratch / "home")  # Documents, Pictures: never the real ones
        os.environ["XDG_DATA_HOME"] = str(scratch / "home" / "share")
        setup_logging(False, scratch, capture_native_output=False)  # the game's log lines go to a file
        # Forked parts first: the monkey starts SDL's threads, and a process is not forked after that.
        if "hostile" in parts:
            summary["hostile"] = hostile(args.quick, scratch)
        if "kills" in parts:
            summary["kills"] = kills(args.kills or (8 if args.quick else 130), args.seed, scratch)
        if "memory" in parts:
            summary["memory"] = memory(scratch)
        if "quits" in parts:
            summary["quits"] = quits(150 if args.quick else 1000, args.seed)
        if "monkey" in parts:
            summary["monkey"] = monkey(args.events or (6_000 if args.quick else 200_000), args.seed, scratch)
    summary["seconds"] = round(time.perf_counter() - started, 1)
    summary["ok"] = all(summary[part]["ok"] for part in parts if part in summary)
    print(json.dumps(summary, indent=2, default=str))
    return 0 if summary["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
