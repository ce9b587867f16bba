"""``dropoff-buddy check`` on hostile level files: deep nesting, enormous numbers, a byte-order mark,
a huge file, something that is not a file. Each gets one plain line naming the file; no traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dropoff_buddy.cli import main
from dropoff_buddy.content.loader import MAX_LEVEL_BYTES, find_levels_dir


def check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["check", str(path)])
    captured = capsys.readouterr()
    output = captured.out + captured.err
    assert "Traceback" not in output
    return status, output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a = " + "[" * 5000 + "]" * 5000 + "\n", "nested far too deeply"),
        ("a = " + "{ b = " * 3000 + "1" + " }" * 3000 + "\n", "nested far too deeply"),
        ('title = "x"\nschema_version = ' + "9" * 5000 + "\n", "a number is thousands of digits long"),
    ],
    ids=["deep-arrays", "deep-tables", "5000-digit-int"],
)
def test_a_hostile_level_gets_one_plain_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    path = tmp_path / "hostile.toml"
    path.write_text(text, encoding="utf-8")
    status, output = check(path, capsys)
    assert status == 1
    assert f"{path}: -: -: " in output and expected in output


def test_a_level_saved_with_a_byte_order_mark_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shipped = (find_levels_dir() / "daycare_day.toml").read_bytes()
    path = tmp_path / "daycare_day_bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + shipped)
    status, output = check(path, capsys)
    assert status == 0, output
    assert "all fine" in output


def test_a_level_far_too_big_is_refused_before_it_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.toml"
    with path.open("wb") as stream:
        stream.truncate(MAX_LEVEL_BYTES + 1)  # sparse: costs no disk
    status, output = check(path, capsys)
    assert status == 1 and "the file is too big for a level" in output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_given_as_a_level_is_refused_without_waiting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pipe.toml"
    os.mkfifo(path)
    status, output = check(path, capsys)
    assert status == 1 and "not an ordinary file" in output
