"""What a parent would notice about the text on one screen of the tour (``test_labels_fit``)."""

from __future__ import annotations

from dropoff_buddy.tour import TourFrame
from dropoff_buddy.ui.text import MIN_SHRINK, DrawnText


def problems_of(frame: TourFrame) -> list[str]:
    """What is wrong with the text on one screen (empty: every label fits)."""
    found: list[str] = []
    screen = frame.screen.get_rect()
    texts: list[DrawnText] = frame.texts
    for drawn in texts:
        where = f"{frame.name}: {drawn.text[:60]!r}"
        if not drawn.fits:
            found.append(f"{where}: a word is wider than its box even at the smallest size")
        if not drawn.box.contains(drawn.rect):
            found.append(f"{where}: drawn at {drawn.rect}, outside its box {drawn.box}")
        if not screen.contains(drawn.ink):
            found.append(f"{where}: off the screen ({drawn.ink})")
        if not drawn.words_whole:
            found.append(f"{where}: words split across lines: {drawn.lines}")
        if drawn.pixels < MIN_SHRINK * drawn.asked_pixels:
            found.append(f"{where}: shrunk to {drawn.pixels}px of {drawn.asked_pixels}px to fit")
        hidden = drawn.hidden(frame.screen)
        if hidden:
            found.append(f"{where}: {hidden} pixels of its letters are covered by something drawn later")
    for index, first in enumerate(texts):
        for second in texts[index + 1 :]:
            if first.ink.colliderect(second.ink):
                found.append(f"{frame.name}: {first.text[:40]!r} and {second.text[:40]!r} run into each other")
    return found
