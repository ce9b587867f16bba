"""``dropoff-buddy doctor``: driven as the command a parent (or a helper on the phone) runs.

Healthy and broken data folders: each check is a line in plain words, the exit status is 0 when
the game can run and 1 with the reason otherwise, and the doctor changes nothing it looks at.
"""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from pathlib import Path

import pygame
import pytest

from dropoff_buddy.cli import main
from dropoff_buddy.storage.instance_lock import InstanceLock
from dropoff_buddy.storage.store import ProfileStore


def doctor(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(["doctor", *args])
    return status, capsys.readouterr().out


def doctor_process(data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """The doctor in its own process, as a parent runs it (its own SDL, its own audio device)."""
    environment = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", **env}
    return subprocess.run(
        [sys.executable, "-m", "dropoff_buddy", "doctor", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        check=False,
    )


def line_about(output: str, topic: str) -> str:
    lines = [line for line in output.splitlines() if f"  {topic}" in line]
    assert lines, f"no line about {topic!r} in:\n{output}"
    return lines[0]


def make_family(data_dir: Path, *, photo: bool = True, recordings: int = 1) -> Path:
    """A family that has set up: Sam, a family photo, and a recording of a grown-up's voice."""
    store = ProfileStore(data_dir)
    child = store.create_profile("Sam")
    if photo:
        picture = pygame.Surface((64, 48))
        picture.fill((200, 120, 80))
        pygame.image.save(picture, str(child.folder / "family.png"))
        child.profile.family_photo = "family.png"
    for index in range(recordings):
        folder = child.folder / "recordings"
        folder.mkdir(exist_ok=True)
        with wave.open(str(folder / f"promise{index}.wav"), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(22050)
            wav.writeframes(b"\0\1" * 22050)
        (folder / f"promise{index}.txt").write_text("See you right after snack", encoding="utf-8")
    assert store.save_profile(child)
    assert store.save_progress(child)
    store.remember_last_profile(child.profile_id)
    return child.folder


def test_a_healthy_family_gets_every_check_in_plain_words_and_exit_0(data_dir: Path) -> None:
    make_family(data_dir)
    result = doctor_process(data_dir)
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    assert "Traceback" not in out + result.stderr
    assert "ok       Version: Dropoff Buddy 0.1.0" in out
    assert "(can be written)" in line_about(out, "Data folder")
    assert "ok       Child 'Sam': settings and stickers load" in out
    assert "family.png opens (64×48)" in line_about(out, "Family photo (Sam)")
    assert "1 recording of your voice" in line_about(out, "Recordings (Sam)")
    speech = line_about(out, "Speech")
    assert speech.lstrip().startswith("ok") and "espeak-ng" in speech and "voice en-us" in speech
    assert "test driver" in line_about(out, "Sound")  # a dummy device is named, not hidden
    assert line_about(out, "Font").lstrip().startswith("ok")
    assert "none running" in line_about(out, "Other copies")
    assert out.rstrip().endswith("All good: Dropoff Buddy can run (2 notes above).")


def test_no_sound_device_means_captions_only_and_the_game_still_runs(data_dir: Path) -> None:
    make_family(data_dir)
    result = doctor_process(data_dir, SDL_AUDIODRIVER="no-such-sound-driver")
    assert result.returncode == 0, result.stdout
    assert "note     Sound: no sound device: captions only" in result.stdout
    assert "ALSA" not in result.stderr and "Traceback" not in result.stderr


def test_a_data_folder_that_cannot_be_written_is_a_problem_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    status, out = doctor(capsys, "--data-dir", str(blocker))
    assert status == 1
    assert "PROBLEM  Data folder:" in out
    assert "is a file, not a folder" in out
    assert out.rstrip().splitlines()[-1].startswith("Dropoff Buddy cannot run properly here. Data folder:")
    status, out = doctor(capsys, "--data-dir", str(blocker / "inside"))
    assert status == 1 and "cannot be made" in line_about(out, "Data folder")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root (and Windows) ignore folder permissions")
def test_a_read_only_data_folder_is_a_problem(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_family(data_dir)
    data_dir.chmod(0o500)
    try:
        status, out = doctor(capsys, "--data-dir", str(data_dir))
    finally:
        data_dir.chmod(0o700)
    assert status == 1 and "cannot be written" in line_about(out, "Data folder")


def test_a_damaged_profile_is_named_with_what_the_game_will_do_and_nothing_is_changed(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = make_family(data_dir)
    profile_file = folder / "profile.json"
    progress_file = folder / "progress.json"
    (folder / "profile.json.bak").unlink(missing_ok=True)
    profile_file.write_text("{ this is not json", encoding="utf-8")
    progress_file.write_bytes(b"\x00\x01garbage")
    before = sorted(path.name for path in folder.iterdir())

    status, out = doctor(capsys, "--data-dir", str(data_dir))

    assert status == 0, out  # the game recovers and plays; the parent is told
    line = line_about(out, "Child 'sam'")
    assert line.lstrip().startswith("note")
    assert "profile.json (saved settings) is damaged" in line and "the game will start it fresh" in line
    assert "progress.json (stickers and feelings) is damaged" in line
    assert sorted(path.name for path in folder.iterdir()) == before
    assert profile_file.read_text(encoding="utf-8") == "{ this is not json"


def test_a_damaged_profile_with_a_good_copy_says_the_copy_will_be_used(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = make_family(data_dir)
    (folder / "profile.json.bak").write_bytes((folder / "profile.json").read_bytes())
    (folder / "profile.json").write_text("[]", encoding="utf-8")
    status, out = doctor(capsys, "--data-dir", str(data_dir))
    assert status == 0
    line = line_about(out, "Child 'Sam'")  # the name comes from the good copy
    assert "is damaged" in line and "its last good copy will be used" in line


def test_a_missing_family_photo_is_a_note_and_play_goes_on(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_family(data_dir)
    (folder / "family.png").unlink()
    status, out = doctor(capsys, "--data-dir", str(data_dir))
    assert status == 0
    line = line_about(out, "Family photo (Sam)")
    assert line.lstrip().startswith("note") and "family.png is missing" in line and "add it again" in line


def test_a_photo_that_is_not_a_picture_and_a_broken_recording_are_named(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = make_family(data_dir, recordings=2)
    (folder / "family.png").write_text("not a picture", encoding="utf-8")
    (folder / "recordings" / "promise1.wav").write_bytes(b"RIFF....nope")
    status, out = doctor(capsys, "--data-dir", str(data_dir))
    assert status == 0
    assert "does not open as a picture" in line_about(out, "Family photo (Sam)")
    assert "promise1.wav" in line_about(out, "Recordings (Sam)")


def test_speech_that_does_not_work_is_a_problem(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import espeakng_loader

    def no_data() -> str:
        raise RuntimeError("data path not exists at /nowhere/espeak-ng-data")

    monkeypatch.setattr(espeakng_loader, "get_data_path", no_data)
    status, out = doctor(capsys, "--data-dir", str(data_dir))
    assert status == 1
    assert "PROBLEM  Speech: the built-in voice does not work" in out
    assert "lines would only be shown as words" in out
    assert "Speech: the built-in voice does not work" in out.rstrip().splitlines()[-1]


def test_missing_game_pictures_are_a_problem(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import dropoff_buddy.assets

    monkeypatch.setattr(dropoff_buddy.assets, "find_assets_dir", lambda: tmp_path / "gone")
    status, out = doctor(capsys, "--data-dir", str(data_dir))
    assert status == 1
    assert "the game's pictures are missing" in line_about(out, "Game files")


def test_another_copy_running_is_said(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_family(data_dir)
    with InstanceLock(data_dir) as lock:
        assert lock.acquired
        status, out = doctor(capsys, "--data-dir", str(data_dir))
    assert status == 0
    assert "open right now" in line_about(out, "Other copies")


def test_licences_lists_the_game_the_voice_the_libraries_and_the_font_with_their_full_texts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out = doctor(capsys, "--licences")
    assert status == 0
    for expected in (
        "Dropoff Buddy 0.1.0: MIT",
        "espeak-ng 1.52: GPL-3.0",
        "pygame-ce",
        "LGPL-2.1",
        "Open Font License",
    ):
        assert expected in out
    assert "https://github.com/espeak-ng/espeak-ng" in out
    texts = [line.split("full text: ", 1)[1] for line in out.splitlines() if "full text: " in line]
    main_texts = texts[:4]  # the game, espeak-ng, pygame-ce, Andika: always shipped
    assert all(Path(text).is_file() for text in main_texts), main_texts
    assert "GNU GENERAL PUBLIC LICENSE" in Path(main_texts[1]).read_text(encoding="utf-8")
    assert "pydantic" in out  # dependencies are listed from their metadata


def test_the_game_licence_beside_the_code_is_the_repository_licence() -> None:
    root = Path(__file__).resolve().parent.parent
    shipped = root / "src" / "dropoff_buddy" / "licences" / "Dropoff-Buddy-MIT.txt"
    assert shipped.read_text(encoding="utf-8") == (root / "LICENSE").read_text(encoding="utf-8")
