"""Golden images: key screens compared with approved PNGs, within a tolerance.

On a mismatch a side-by-side "computed | expected | difference" PNG is written and its path
shown. A missing golden image fails the test (it is never written silently). After an
intended change, or to add a screen, regenerate with ``DROPOFF_BUDDY_UPDATE_GOLDEN=1 python -m
pytest tests/test_golden.py`` and look at the new images before committing them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest

from dropoff_buddy.tour import render_tour

GOLDEN = Path(__file__).parent / "golden"
SIZE = (1280, 800)
SCREENS = ["home", "parent-gate"]
MEAN_TOLERANCE = 1.5  # mean absolute difference per channel, 0–255
PIXEL_TOLERANCE = 0.01  # fraction of pixels allowed to differ by more than 48 in some channel


def compare(computed: pygame.Surface, expected: pygame.Surface) -> tuple[float, float, pygame.Surface]:
    """Mean channel difference, fraction of clearly different pixels, and a difference image."""
    width, height = computed.get_size()
    diff = pygame.Surface((width, height))
    total = 0
    different = 0
    # Compare on a 2-pixel grid: plenty to catch a moved button, cheap enough for a test.
    samples = 0
    for y in range(0, height, 2):
        for x in range(0, width, 2):
            a = computed.get_at((x, y))
            b = expected.get_at((x, y))
            delta = max(abs(a[0] - b[0]), abs(a[1] - b[1]), abs(a[2] - b[2]))
            total += abs(a[0] - b[0]) + abs(a[1] - b[1]) + abs(a[2] - b[2])
            samples += 1
            if delta > 48:
                different += 1
                diff.fill((255, 0, 80), (x, y, 2, 2))
    return total / (samples * 3), different / samples, diff


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("golden-render")
    data = tmp_path_factory.mktemp("golden-data")
    paths = {}
    for name in SCREENS:
        for path in render_tour(out, data, SIZE, only=name):
            paths[path.stem] = path
    pygame.quit()
    return paths


@pytest.mark.parametrize("name", SCREENS)
def test_screen_matches_its_golden_image(rendered: dict[str, Path], name: str, tmp_path: Path) -> None:
    computed_path = rendered[name]
    golden_path = GOLDEN / f"{name}.png"
    if os.environ.get("DROPOFF_BUDDY_UPDATE_GOLDEN") == "1":
        GOLDEN.mkdir(exist_ok=True)
        golden_path.write_bytes(computed_path.read_bytes())
        pytest.skip(f"wrote {golden_path}; look at it and commit it")
    if not golden_path.exists():
        # Never written silently: a missing image would otherwise approve whatever is drawn today.
        pytest.fail(
            f"{golden_path} is missing. To create it on purpose, run "
            f"DROPOFF_BUDDY_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py, "
            f"open the new PNG to check it looks right, and commit it."
        )
    computed = pygame.image.load(str(computed_path))
    expected = pygame.image.load(str(golden_path))
    assert computed.get_size() == expected.get_size()
    mean, fraction, diff = compare(computed, expected)
    if mean > MEAN_TOLERANCE or fraction > PIXEL_TOLERANCE:
        width, height = computed.get_size()
        sheet = pygame.Surface((width * 3, height))
        sheet.blit(computed, (0, 0))
        sheet.blit(expected, (width, 0))
        sheet.blit(diff, (width * 2, 0))
        sheet_path = tmp_path / f"{name}-computed-expected-diff.png"
        pygame.image.save(sheet, str(sheet_path))
        pytest.fail(
            f"{name} differs from its golden image (mean {mean:.2f}, {fraction:.1%} of pixels); see {sheet_path}"
        )
