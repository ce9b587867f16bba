"""Every label of every screen fits: the tour at four window sizes and in Spanish, checked word by word.

``ui/text.py`` lays out every piece of text the game draws; while ``Fonts.drawn`` listens it
records each one (text, lines, box, where it landed). For every screen of the tour this test
checks what a parent would notice: a label outside its box or off the screen, a word cut in two,
letters hidden under something drawn later, two texts on top of each other, a label shrunk too
small to read. Spanish is checked as well: its words are longer.
"""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from dropoff_buddy.tour import TourFrame, tour_frames
from dropoff_buddy.ui.layout import Layout
from dropoff_buddy.ui.theme import Fonts
from dropoff_buddy.ui.widgets import draw_panel, draw_text
from label_check import problems_of

# (width, height, language): the smallest laptop, the design size, a portrait tablet, a big
# screen at twice the design size; Spanish where space is tightest.
# 1024×600 in American English is the tour every tour test shares (``tour_1024x600``): checked below.
CASES = [
    (1280, 800, "en-US"),
    (800, 1280, "en-US"),
    (2560, 1600, "en-US"),
    (1024, 600, "es"),
    (800, 1280, "es"),
]


@pytest.mark.parametrize(("width", "height", "language"), CASES, ids=[f"{w}x{h}-{lang}" for w, h, lang in CASES])
def test_every_label_of_every_screen_fits_its_box(width: int, height: int, language: str, tmp_path: Path) -> None:
    problems: list[str] = []
    names: set[str] = set()
    texts = 0
    for frame in tour_frames(tmp_path / "data", (width, height), language=language):
        names.add(frame.name)
        texts += len(frame.texts)
        problems.extend(problems_of(frame))
    pygame.quit()
    assert len(names) > 100 and texts > 800  # the whole tour was drawn, with its labels
    assert {"home", "story-daycare_day-morning", "shelf", "parent-home"} <= names
    assert not problems, f"{len(problems)} label problems at {width}x{height} in {language}:\n" + "\n".join(problems)


def test_the_check_sees_a_label_that_does_not_fit() -> None:
    """The checks above fail when a label is cut: a panel drawn over it, a box too small for a word."""
    pygame.init()
    screen = pygame.display.set_mode((1024, 600))
    screen.fill((255, 255, 255))
    fonts = Fonts()
    fonts.drawn = []
    layout = Layout(1024, 600)
    draw_text(screen, fonts, layout, "Win with stickers", 30, (0, 0, 0), box=(100, 100, 300, 60))
    assert problems_of(TourFrame("fine", screen, list(fonts.drawn))) == []
    draw_panel(screen, layout, (100, 125, 300, 60), (250, 250, 250), shadow=False)  # a layout mistake
    assert any("covered" in problem for problem in problems_of(TourFrame("covered", screen, fonts.drawn)))
    # A box far too narrow for one long word: the word is never split, it is made smaller.
    fonts.drawn = []
    draw_text(screen, fonts, layout, "Sentimientos", 30, (0, 0, 0), box=(100, 300, 50, 40))
    small = TourFrame("small", screen, fonts.drawn)
    assert small.texts[0].words_whole and small.texts[0].lines == ("Sentimientos",)
    assert any("shrunk" in problem for problem in problems_of(small))
    # Two labels on top of each other.
    fonts.drawn = []
    draw_text(screen, fonts, layout, "Goodbye", 30, (0, 0, 0), box=(500, 300, 200, 50))
    draw_text(screen, fonts, layout, "Breathe", 30, (0, 0, 0), box=(520, 310, 200, 50))
    assert any("run into" in problem for problem in problems_of(TourFrame("overlap", screen, fonts.drawn)))
    pygame.quit()
