"""``dropoff-buddy check`` on very long stories: its time must grow with the file's size, not its square.

Generated stories of N pages (each page a background, two lines, two actors and a hotspot, like
the shipped story's) are checked in-process with ``check_files``, as the command runs it.
Reported: seconds for N and 2N pages and their ratio (linear ≈ 2, quadratic ≈ 4), and the time
for a story of about 10 MB (the budget: ≤ 10 s). ``story_text`` is shared with ``tools/soak.py``.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

PAGE = """
[[page]]
id = "p{number}"
background = "home_morning"
say = [
    {{ text = "{{child}} plays with the blocks, page {number}.", type = "descriptive" }},
    {{ text = "{{buddy}} claps for {{child}}.", type = "descriptive" }},
]
actors = [{{ who = "child", x = 600 }}, {{ who = "buddy", x = 900 }}]

[[page.hotspots]]
target = "buddy"
reaction = {{ animation = "bounce", sound = "giggle", say = {{ text = "Hello, {{child}}!", type = "descriptive" }} }}
"""


def story_text(pages: int) -> str:
    """A valid story of ``pages`` pages, each reachable from the one before."""
    head = 'schema_version = 1\ntitle = "A very long day"\n'
    return head + "".join(PAGE.format(number=number) for number in range(pages))


def pages_for_bytes(size: int) -> int:
    return max(1, size // len(PAGE.format(number=10_000)))


def _check_seconds(text: str, folder: Path, repeats: int) -> float:
    from dropoff_buddy.story.lint import check_files, collector_paused

    path = folder / "long.toml"
    path.write_text(text, encoding="utf-8")
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        with collector_paused():  # as the command does
            result = check_files([path])
        times.append(time.perf_counter() - start)
        assert not result.problems, result.problems[:3]
    return statistics.median(times)


def run(quick: bool) -> dict[str, float]:
    small = 1000 if quick else 4000
    repeats = 1 if quick else 3
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)
        one = _check_seconds(story_text(small), where, repeats)
        two = _check_seconds(story_text(2 * small), where, repeats)
        results[f"check_{small}_pages_s"] = one
        results[f"check_{2 * small}_pages_s"] = two
        results["check_doubling_ratio"] = two / one if one else 0.0
        if not quick:
            big = story_text(pages_for_bytes(10 * 1024 * 1024))
            results["check_10mb_pages"] = float(big.count("[[page]]"))
            results["check_10mb_s"] = _check_seconds(big, where, 1)
    return results


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run("--quick" in sys.argv), indent=2))
