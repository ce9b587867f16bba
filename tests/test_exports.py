"""Spreadsheet files: safe names for any child's name, local times, and no overwriting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dropoff_buddy.content.registry import load_content
from dropoff_buddy.i18n.translator import family_translator
from dropoff_buddy.storage.exports import feelings_csv, free_path, safe_file_part
from dropoff_buddy.storage.models import FeelingEntry, Person, Profile

CONTENT = load_content()
FEELINGS = CONTENT.feelings


def test_any_childs_name_becomes_a_safe_piece_of_a_file_name() -> None:
    assert safe_file_part("Zoë Ann") == "Zoë-Ann"
    assert safe_file_part("李雷") == "李雷"
    assert safe_file_part("Саша") == "Саша"
    assert safe_file_part("../../etc/passwd") == "etc-passwd"
    assert safe_file_part("a:b*c?<d>|e") == "a-b-c-d-e"
    assert safe_file_part("   ") == "child"
    assert safe_file_part("😀") == "child"


def test_csv_times_are_local_and_tricky_answers_are_plain_words() -> None:
    tz = dt.timezone(dt.timedelta(hours=10))
    entry = FeelingEntry(
        at=dt.datetime(2026, 11, 19, 22, 30, tzinfo=dt.UTC), feeling="scared", tricky=["loud_noises", "missing_grownup"]
    )

    tr = family_translator(CONTENT, Profile(grownups=[Person(name="Papa")]), "en-US")

    def feeling(answer: str) -> str:
        return tr.text(FEELINGS.feeling_words(answer))  # type: ignore[arg-type]

    def tricky(thing: str) -> str:
        return tr.text(FEELINGS.tricky_words(thing))  # type: ignore[arg-type]

    text = feelings_csv([entry], tz, feeling, tricky).decode("utf-8-sig")
    assert text.splitlines() == ["date,time,feeling,tricky", "2026-11-20,08:30,scared,loud noises; missing Papa"]
    spanish = family_translator(CONTENT, Profile(grownups=[Person(name="Papá")]), "es")
    heading = {"date": "fecha", "time": "hora", "feeling": "emoción", "tricky": "difícil"}
    text = feelings_csv([entry], tz, lambda answer: spanish.text(FEELINGS.feeling_words(answer)), tricky, heading.get)  # type: ignore[arg-type]
    assert text.decode("utf-8-sig").splitlines()[0] == "fecha,hora,emoción,difícil"


def test_a_taken_name_gets_a_number_instead_of_being_overwritten(tmp_path: Path) -> None:
    (tmp_path / "report.csv").write_text("old", encoding="utf-8")
    (tmp_path / "report-2.csv").write_text("old", encoding="utf-8")
    assert free_path(tmp_path, "report", ".csv") == tmp_path / "report-3.csv"
