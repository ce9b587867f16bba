"""Files for the parent to keep: the feelings, rituals and "How was your day?" answers as spreadsheets (CSV).

Files go to the user's Documents folder (``platformdirs.user_documents_dir``), or the home
folder when there is no Documents folder. They are written atomically and never overwrite an
earlier export: a second export on the same day gets ``-2``, ``-3``... in its name. Writing
raises ``SaveError`` (with a kind ``reason``) when the disk refuses.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from dropoff_buddy.storage.atomic import atomic_write_bytes
from dropoff_buddy.storage.models import BEST_DONT_KNOW, EveningEntry, FeelingEntry, Progress, StickerEntry

FILE_PREFIX = "dropoff-buddy"
MAX_SAME_DAY_FILES = 999

#: The spreadsheets' own words by id (column headings, yes/no), in English; the parent page
#: passes ``heading`` to write them in the family's language (``parent:export.<id>``).
HEADINGS = {
    "date": "date",
    "time": "time",
    "feeling": "feeling",
    "tricky": "tricky",
    "ritual": "ritual",
    "sticker": "sticker",
    "mode": "mode",
    "part": "part of the day",
    "how": "how it was",
    "best": "best part",
    "yes": "yes",
    "no": "no",
    "best_part": "(best part)",
    "not_sure": "not sure",
}


def english_heading(word: str) -> str:
    return HEADINGS.get(word, word)


def export_folder() -> Path:
    """Where files for the parent go: Documents if it exists, else the home folder."""
    documents = Path(platformdirs.user_documents_dir())
    try:
        if documents.is_dir():
            return documents
    except OSError:
        pass
    return Path.home()


def backup_search_folders() -> list[Path]:
    """Where backups are looked for: the export folder, Downloads (a backup sent by e-mail), and home."""
    folders = [export_folder()]
    with contextlib.suppress(OSError):
        folders.append(Path(platformdirs.user_downloads_dir()))
    folders.append(Path.home())
    return list(dict.fromkeys(folders))


def safe_file_part(text: str, fallback: str = "child") -> str:
    """``text`` as a piece of a file name that every OS accepts ("Zoë Ann" -> "Zoë-Ann").

    Letters of any script and digits are kept; everything else becomes a single ``-``.
    """
    normal = unicodedata.normalize("NFC", text)
    part = re.sub(r"[^\w]+|_+", "-", normal, flags=re.UNICODE).strip("-")
    return part[:40].rstrip("-") or fallback


def free_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem.suffix``, or ``stem-2.suffix``, ``stem-3.suffix``... if that is taken."""
    for number in range(1, MAX_SAME_DAY_FILES + 1):
        name = f"{stem}{'' if number == 1 else f'-{number}'}{suffix}"
        candidate = folder / name
        if not candidate.exists():
            return candidate
    raise FileExistsError(f"too many files called {stem}{suffix} in {folder}")


def _csv_text(header: list[str], rows: Iterable[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    # The byte-order mark makes spreadsheet programs read accented and non-Latin names right.
    return buffer.getvalue().encode("utf-8-sig")


def _local(at: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    return at if at.tzinfo is None else at.astimezone(tz)


def feelings_csv(
    entries: Iterable[FeelingEntry],
    tz: dt.tzinfo | None,
    feeling_words: Callable[[str], str],
    tricky_words: Callable[[str], str],
    heading: Callable[[str], str] = english_heading,
) -> bytes:
    """The feelings check-ins as CSV: date, time, feeling, tricky (plain words, ``; ``-separated).

    ``feeling_words`` and ``tricky_words`` say an id in a parent's words (``FeelingsCatalog``).
    """
    rows = []
    for entry in sorted(entries, key=lambda item: item.at.timestamp()):
        local = _local(entry.at, tz)
        tricky = "; ".join(tricky_words(thing) for thing in entry.tricky)
        rows.append([local.date().isoformat(), local.strftime("%H:%M"), feeling_words(entry.feeling), tricky])
    return _csv_text([heading(word) for word in ("date", "time", "feeling", "tricky")], rows)


def rituals_csv(
    stickers: Iterable[StickerEntry],
    tz: dt.tzinfo | None,
    step_label: Callable[[str], str],
    heading: Callable[[str], str] = english_heading,
) -> bytes:
    """The goodbye rituals done as CSV: date, time, ritual steps, sticker, how it was played."""
    rows = []
    for sticker in sorted(stickers, key=lambda item: item.at.timestamp()):
        local = _local(sticker.at, tz)
        steps = ", ".join(step_label(step) for step in sticker.ritual)
        rows.append(
            [local.date().isoformat(), local.strftime("%H:%M"), steps, sticker.sticker.replace("_", " "), sticker.mode]
        )
    return _csv_text([heading(word) for word in ("date", "time", "ritual", "sticker", "mode")], rows)


def days_csv(
    evenings: Iterable[EveningEntry],
    tz: dt.tzinfo | None,
    card_words: Callable[[str], str],
    answer_words: Callable[[str], str],
    heading: Callable[[str], str] = english_heading,
) -> bytes:
    """The evening "How was your day?" answers as CSV, one row per part of the day asked about:
    date, time, part of the day, how it was (``answer_words``: a feeling, "not sure" or
    "skipped"), best part (yes/no).

    A best part the child was not asked about (or "I don't know") gets a row of its own.
    """
    rows = []
    for entry in sorted(evenings, key=lambda item: item.at.timestamp()):
        local = _local(entry.at, tz)
        date, time = local.date().isoformat(), local.strftime("%H:%M")
        asked = {answer.card for answer in entry.answers}
        for answer in entry.answers:
            best = heading("yes" if entry.best == answer.card else "no")
            rows.append([date, time, card_words(answer.card), answer_words(answer.answer), best])
        if entry.best == BEST_DONT_KNOW:
            rows.append([date, time, heading("best_part"), heading("not_sure"), ""])
        elif entry.best is not None and entry.best not in asked:
            rows.append([date, time, card_words(entry.best), "", heading("yes")])
    return _csv_text([heading(word) for word in ("date", "time", "part", "how", "best")], rows)


@dataclass(frozen=True)
class HistoryExport:
    """The files one export wrote."""

    feelings: Path
    rituals: Path
    days: Path

    @property
    def files(self) -> tuple[Path, ...]:
        return (self.feelings, self.rituals, self.days)


def export_history(
    folder: Path,
    child_name: str,
    progress: Progress,
    today: dt.date,
    tz: dt.tzinfo | None,
    feeling_words: Callable[[str], str],
    tricky_words: Callable[[str], str],
    step_label: Callable[[str], str],
    card_words: Callable[[str], str] = lambda card: card.replace("_", " "),
    answer_words: Callable[[str], str] | None = None,
    heading: Callable[[str], str] = english_heading,
) -> HistoryExport:
    """Write ``dropoff-buddy-<child>-feelings-<date>.csv``, ``...-rituals-<date>.csv`` and
    ``...-days-<date>.csv`` (the evening answers) into ``folder``.

    Raises ``SaveError`` (from ``atomic_write_bytes``) or ``OSError`` when the disk refuses;
    a file that could not be written removes those written just before, so a failure leaves
    nothing half-done.
    """
    child = safe_file_part(child_name)
    stamp = today.isoformat()
    contents = (
        ("feelings", feelings_csv(progress.feelings, tz, feeling_words, tricky_words, heading)),
        ("rituals", rituals_csv(progress.stickers, tz, step_label, heading)),
        ("days", days_csv(progress.evenings, tz, card_words, answer_words or feeling_words, heading)),
    )
    written: list[Path] = []
    try:
        for kind, data in contents:
            path = free_path(folder, f"{FILE_PREFIX}-{child}-{kind}-{stamp}", ".csv")
            atomic_write_bytes(path, data, keep_backup=False)
            written.append(path)
    except OSError:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return HistoryExport(feelings=written[0], rituals=written[1], days=written[2])
