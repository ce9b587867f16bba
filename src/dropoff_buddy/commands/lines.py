"""``dropoff-buddy lines [--json] [--language L] [--data-dir D] [--profile NAME]``: every kid-facing line.

One row per line: its key (where it lives), its words as this family hears them today (in the
family's language, or in ``--language``), the screens that say it (``said_in``, from each
scene's ``says``), whether a parent can record it, whether this family's recording of it in
that language exists and still says those words, and whether the family switched it off (a
story line that is not true for them: no screen says it to their child). ``--json`` prints a
JSON list of ``{key, language, text, said_in, recordable, recorded, switched_off}`` objects; the
keys are the same in every language.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from dropoff_buddy.commands.options import add_family_options, data_dir_of

NAME = "lines"
HELP = "list every kid-facing line: key, words, where it is said, recordable, recorded"
DESCRIPTION = "List every line the game says to a child, as the family in the data folder hears it."


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    add_family_options(parser)
    parser.add_argument(
        "--language", default=None, help="the words in this language (en-US, en-GB, es; default: the family's)"
    )


def line_rows(data_dir: Path, profile: str | None, language: str | None = None) -> list[dict[str, object]]:
    """The rows ``lines`` prints, for the family in ``data_dir`` (nothing is written there).

    ``language``: the words in this language instead of the family's. Raises ``ValueError`` for a
    language the game does not have.
    """
    import datetime as dt

    from dropoff_buddy.audio.recordings import RecordingStore
    from dropoff_buddy.content.registry import load_content
    from dropoff_buddy.i18n.translator import family_translator
    from dropoff_buddy.registry import collect_scene_lines, scenes_saying
    from dropoff_buddy.storage.paths import DEFAULT_PROFILE_ID, profile_id_from_name
    from dropoff_buddy.storage.store import ProfileStore
    from dropoff_buddy.week import day_profile

    content = load_content()
    languages = content.languages
    if language is not None and languages.get(language) is None:
        raise ValueError(f"there is no language {language!r} (the game has {', '.join(languages.codes)})")
    store = ProfileStore(data_dir)
    wanted = profile_id_from_name(profile) if profile else (store.last_profile_id() or DEFAULT_PROFILE_ID)
    child = store.open(wanted if wanted in store.list_profiles() else DEFAULT_PROFILE_ID)
    today = dt.date.today()  # who picks up today is {pickup_grownup}
    tr = family_translator(content, day_profile(child.profile, today), language)
    shown = tr.language
    recordings = RecordingStore(child.folder, shown.code)
    scene_lines = collect_scene_lines(content.stories)
    rows: list[dict[str, object]] = []
    switched_off = set(child.profile.shelf.lines_off)
    for key, line in content.lines_by_key.items():
        text = tr.line(line, **_moment(key, content))
        off = key in switched_off
        rows.append(
            {
                "key": key,
                "language": shown.code,
                "text": text,
                "said_in": [] if off else scenes_saying(key, scene_lines),
                "recordable": line.recordable,
                "recorded": line.recordable and recordings.recording_for(key, text) is not None,
                "switched_off": off,
            }
        )
    return rows


def _moment(key: str, content: Any) -> dict[str, Any]:
    """A story activity page's own words: ``{activity}`` is its card's ("snack")."""
    file, _, path = key.partition(":")
    parts = path.split(".")
    if file in content.stories and len(parts) > 1 and parts[0] == "activity":
        card = content.cards.get(parts[1])
        if card is not None:
            return {"activity": card.words}
    return {}


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    from dropoff_buddy.content.loader import ContentError

    data_dir = data_dir_of(args)
    try:
        rows = line_rows(data_dir, args.profile, args.language)
    except ValueError as error:
        print(f"dropoff-buddy lines: {error}", file=sys.stderr)
        return 2
    except ContentError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print("The game's content files have mistakes; run `dropoff-buddy check`.", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        marks = ("R" if row["recordable"] else "-") + ("V" if row["recorded"] else "-")
        said = "switched off by your family" if row["switched_off"] else ",".join(row["said_in"]) or "(nowhere)"  # type: ignore[arg-type]
        print(f"{marks} {row['key']}  [{said}]\n      {row['text']}")
    recordable = sum(1 for row in rows if row["recordable"])
    recorded = sum(1 for row in rows if row["recorded"])
    off = sum(1 for row in rows if row["switched_off"])
    print(
        f"{len(rows)} lines: {recordable} can be recorded, {recorded} in your voice, {off} switched off "
        "(R = recordable, V = your voice)"
    )
    return 0
