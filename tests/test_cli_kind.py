"""What a person sees in a terminal: global options work before or after the command, library and
log warnings stay out of it, and an error nobody expected is a kind sentence and a report, never a
traceback."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest

from dropoff_buddy.cli import main
from dropoff_buddy.storage.store import ProfileStore
from image_files import encoded, quadrants, write


def run_cli(*args: str, code: str | None = None, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", HOME=str(home))
    env.pop("PYGAME_HIDE_SUPPORT_PROMPT", None)
    env["XDG_DATA_HOME"] = str(home / "share")
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "dropoff_buddy", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=env, check=False)


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def png_that_makes_libpng_complain() -> bytes:
    """A good 4 × 4 picture with a broken colour profile (iCCP) and a text chunk with a wrong checksum."""
    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\xff\x80\x00" * 4 for _ in range(4))
    broken_text = struct.pack(">I", 4) + b"tEXtabcd" + b"\x00\x00\x00\x00"
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"iCCP", b"bad\x00\x00" + zlib.compress(b"not a profile" * 8))
        + broken_text
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("where", ["before", "after"])
def test_data_dir_works_before_or_after_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "usual"))  # the usual place must stay empty
    data = tmp_path / "family"
    photo = write(tmp_path / "us.png", encoded(quadrants(), "png"))
    option = ["--data-dir", str(data)]
    argv = [*option, "import-photo", str(photo)] if where == "before" else ["import-photo", str(photo), *option]
    assert main(argv) == 0, capsys.readouterr().err
    assert str(data) in capsys.readouterr().out
    assert ProfileStore(data).open().profile.family_photo is not None
    assert not (tmp_path / "usual").exists()


def test_libpng_and_log_warnings_stay_out_of_the_terminal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = ProfileStore(data)
    child = store.open()
    (child.folder / "progress.json").write_text("{ this is not json", encoding="utf-8")  # logged as damaged
    photo = tmp_path / "scan.png"
    photo.write_bytes(png_that_makes_libpng_complain())
    result = run_cli("import-photo", str(photo), "--data-dir", str(data), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Added the family photo (4 × 4 pixels" in result.stdout
    assert "Please note: Your child's stickers and feelings were damaged" in result.stdout
    assert result.stderr == "", result.stderr  # no "libpng warning", no "WARNING ...", no pygame greeting
    log = (data / "logs" / "dropoff-buddy.log").read_text(encoding="utf-8")
    assert "damaged" in log


def test_an_unexpected_error_is_a_kind_sentence_and_a_report_not_a_traceback(tmp_path: Path) -> None:
    data = tmp_path / "data"
    code = textwrap.dedent(
        """
        import sys
        from dropoff_buddy import cli
        from dropoff_buddy.storage import store

        def broken(self, profile_id="default"):
            raise RuntimeError("a bug nobody expected")

        store.ProfileStore.open = broken
        sys.argv = ["dropoff-buddy", *sys.argv[1:]]
        raise SystemExit(cli.main())
        """
    )
    photo = write(tmp_path / "us.png", encoded(quadrants(), "png"))
    result = run_cli("import-photo", str(photo), "--data-dir", str(data), code=code, home=tmp_path)
    assert result.returncode == 70
    assert "Traceback" not in result.stderr + result.stdout
    assert "Sorry, Dropoff Buddy stopped because of a problem it didn't expect" in result.stderr
    reports = sorted((data / "logs").glob("crash-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in result.stderr
    report = reports[0].read_text(encoding="utf-8")
    assert "Traceback" in report and "a bug nobody expected" in report
