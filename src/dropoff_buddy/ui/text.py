"""The one place text is laid out: every label, caption, card and parent page goes through here.

``fit_text`` puts text into a box in pixels: it wraps between words (never inside one) and, when
the words do not fit at the size asked for, shrinks the text step by step until they do. A word
wider than the box at every size left (a very long name) is the only way text can end up
smaller than ``MIN_SHRINK`` of its size; it is still never cut and never split.

**Text runs.** A line is made of runs of words drawn with one font each: the game font
(Andika) for Latin and Cyrillic, and a system font for a name in a script Andika lacks (Greek,
Chinese, Arabic...), so "Hola, Ελένη" keeps Andika for "Hola,". Runs are laid out in reading
order; for a right-to-left language (``direction="rtl"``) the runs of a line are placed from the
right and "start" alignment is the right edge. The game has no right-to-left language yet, so
the shaping of mixed-direction text inside a run is left to SDL_ttf; Unicode isolation marks
(which Fluent adds around values when a language asks for them) are taken out before drawing.

Results are cached by everything that changes the picture (text, size, box, colour, weight,
alignment, direction), so a label drawn every frame is laid out and rendered once.

**Looking at what was drawn.** When ``Fonts.drawn`` is a list, every ``draw_text`` appends a
``DrawnText``: the text, the pixel rect its lines cover, the box it had to fit, its lines and
the pixel size it got. The label test collects these for every screen of the tour.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import pygame

if TYPE_CHECKING:
    from dropoff_buddy.ui.theme import Colour, Fonts

Align = Literal["left", "center", "right", "start", "end"]
VAlign = Literal["top", "middle", "bottom"]
Direction = Literal["ltr", "rtl"]

#: Line pitch, as a fraction of the font's size.
LINE_PITCH = 1.22
#: How far above the baseline and below it a line's ink may reach (accented capitals, descenders).
ABOVE_BASELINE = 1.02
BELOW_BASELINE = 0.27
#: Each try is this much smaller than the one before (the first try is the size asked for).
SHRINK_STEP = 0.93
#: Text shrinks to this fraction of its size before a too-long word is allowed to go smaller still.
MIN_SHRINK = 0.55
#: Below this many pixels nothing is readable; a word that still does not fit is drawn at this size.
SMALLEST_PIXELS = 7
CACHE_LIMIT = 500

_ISOLATION_MARKS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))
_SPACES = re.compile(r"[ \t]+")


@dataclass(frozen=True)
class Run:
    """Words drawn with one font, ``x`` pixels from the start of their line."""

    text: str
    x: int
    width: int
    fallback: str | None  # None: the game font; else the file of the system font used


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    width: int

    @property
    def text(self) -> str:
        return " ".join(run.text for run in self.runs)


@dataclass(frozen=True)
class FittedText:
    """Text laid out for a box: its picture, its lines and the pixel size it got."""

    image: pygame.Surface
    lines: tuple[str, ...]
    pixels: int
    asked_pixels: int
    fits: bool  # False only when a single word is wider than the box even at SMALLEST_PIXELS
    ink: pygame.Rect  # where the letters are, inside ``image``


@dataclass(frozen=True)
class DrawnText:
    """One piece of text as it was drawn (for tests that check every label's bounds)."""

    text: str
    rect: pygame.Rect
    box: pygame.Rect
    lines: tuple[str, ...]
    pixels: int
    asked_pixels: int
    fits: bool
    explicit_box: bool
    ink: pygame.Rect  # where the letters are, in pixels on the screen
    image: pygame.Surface  # the letters as drawn (shared: never change it)
    cut_by: pygame.Rect | None = None  # something painted later over part of it (see widgets.note_cover)

    @property
    def words_whole(self) -> bool:
        """True when the lines hold exactly the words of the text, none cut or split."""
        return [word for line in self.lines for word in line.split()] == clean(self.text).split()

    def hidden(self, screen: pygame.Surface) -> int:
        """How many of this text's solid letter pixels ``screen`` no longer shows in their colour:
        0 when nothing was drawn over it, more when a panel or a picture covers part of it."""
        solid = pygame.mask.from_surface(self.image, 250)
        count = solid.count()
        if not count:
            return 0
        x, y = solid.centroid()
        colour = self.image.get_at((x, y)) if solid.get_at((x, y)) else self.image.get_at(_first_set(solid))
        area = self.rect.clip(screen.get_rect())
        if area.width <= 0 or area.height <= 0:
            return count
        shown = pygame.mask.from_threshold(screen.subsurface(area), colour, (41, 41, 41, 255))
        return count - solid.overlap_area(shown, (area.x - self.rect.x, area.y - self.rect.y))


def _first_set(mask: pygame.mask.Mask) -> tuple[int, int]:
    """The first set pixel of ``mask`` in reading order (top row first), or (0, 0) if none is."""
    width, height = mask.get_size()
    row = pygame.mask.Mask((width, 1), fill=True)
    for y in range(height):
        if mask.overlap_area(row, (0, y)):  # a whole row at a time (in C), then its pixels
            for x in range(width):
                if mask.get_at((x, y)):
                    return (x, y)
    return (0, 0)


def clean(text: str) -> str:
    """``text`` without the invisible isolation marks Fluent may put around values."""
    return text.translate(_ISOLATION_MARKS)


def _paragraphs(text: str) -> list[list[str]]:
    return [[word for word in _SPACES.split(paragraph.strip()) if word] for paragraph in clean(text).split("\n")]


class TextLayout:
    """Lays out and renders text for ``Fonts`` (one per ``Fonts``); see the module docstring."""

    def __init__(self, fonts: Fonts) -> None:
        self.fonts = fonts
        self._cache: OrderedDict[tuple[object, ...], FittedText] = OrderedDict()
        self._widths: dict[tuple[str, int, bool, str | None], int] = {}

    # -- measuring -------------------------------------------------------------------------------

    def _width(self, text: str, pixels: int, bold: bool, fallback: str | None) -> int:
        key = (text, pixels, bold, fallback)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > 20_000:
                self._widths.clear()
            width = self.fonts.get(pixels, fallback, bold=bold).size(text)[0]
            self._widths[key] = width
        return width

    def _lines(
        self, paragraphs: list[list[str]], pixels: int, bold: bool, max_width: int, direction: Direction
    ) -> tuple[list[Line], bool]:
        """Greedy wrapping between words; False when a word alone is wider than ``max_width``."""
        lines: list[Line] = []
        fits = True
        for words in paragraphs:
            current: list[tuple[str, str | None]] = []
            for word in words:
                fallback = self.fonts.fallback_for(word)
                trial = [*current, (word, fallback)]
                if current and self._measure(trial, pixels, bold) > max_width:
                    lines.append(self._line(current, pixels, bold))
                    current = [(word, fallback)]
                else:
                    current = trial
                if self._measure([(word, fallback)], pixels, bold) > max_width:
                    fits = False
            lines.append(self._line(current, pixels, bold))
        if direction == "rtl":
            lines = [self._mirrored(line) for line in lines]
        return lines, fits

    def _runs(self, words: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
        runs: list[tuple[str, str | None]] = []
        for word, fallback in words:
            if runs and runs[-1][1] == fallback:
                runs[-1] = (runs[-1][0] + " " + word, fallback)
            else:
                runs.append((word, fallback))
        return runs

    def _measure(self, words: list[tuple[str, str | None]], pixels: int, bold: bool) -> int:
        runs = self._runs(words)
        space = self._width(" ", pixels, bold, None)
        return sum(self._width(text, pixels, bold, fallback) for text, fallback in runs) + space * (len(runs) - 1)

    def _line(self, words: list[tuple[str, str | None]], pixels: int, bold: bool) -> Line:
        space = self._width(" ", pixels, bold, None)
        x = 0
        runs = []
        for text, fallback in self._runs(words):
            width = self._width(text, pixels, bold, fallback)
            runs.append(Run(text, x, width, fallback))
            x += width + space
        return Line(tuple(runs), max(0, x - space))

    @staticmethod
    def _mirrored(line: Line) -> Line:
        return Line(
            tuple(Run(run.text, line.width - run.x - run.width, run.width, run.fallback) for run in line.runs),
            line.width,
        )

    # -- fitting ---------------------------------------------------------------------------------

    def fit(
        self,
        text: str,
        pixels: int,
        colour: Colour,
        max_width: int,
        max_height: int,
        *,
        bold: bool = True,
        align: Align = "center",
        direction: Direction = "ltr",
    ) -> FittedText:
        """``text`` at ``pixels`` (or smaller) wrapped into ``max_width`` × ``max_height`` pixels."""
        key = (text, pixels, tuple(colour), max_width, max_height, bold, align, direction)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        fitted = self._fit(text, pixels, colour, max(1, max_width), max(1, max_height), bold, align, direction)
        self._cache[key] = fitted
        if len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)
        return fitted

    # The same arguments as fit(), on purpose: fit() is the cache in front of this.
    def _fit(
        self,
        text: str,
        pixels: int,
        colour: Colour,
        max_width: int,
        max_height: int,
        bold: bool,
        align: Align,
        direction: Direction,
    ) -> FittedText:
        paragraphs = _paragraphs(text)
        asked = max(SMALLEST_PIXELS, pixels)
        size = float(asked)
        best: tuple[list[Line], int, bool] | None = None
        while True:
            trial = max(SMALLEST_PIXELS, round(size))
            lines, words_fit = self._lines(paragraphs, trial, bold, max_width, direction)
            fits = words_fit and block_height(len(lines), trial) <= max_height
            if fits or best is None or trial <= SMALLEST_PIXELS:
                best = (lines, trial, fits)
            if fits or trial <= SMALLEST_PIXELS:
                break
            size *= SHRINK_STEP
        lines, trial, fits = best
        image = self._render(lines, trial, colour, bold, align, direction)
        return FittedText(image, tuple(line.text for line in lines), trial, asked, fits, image.get_bounding_rect())

    def _render(
        self, lines: list[Line], pixels: int, colour: Colour, bold: bool, align: Align, direction: Direction
    ) -> pygame.Surface:
        width = max((line.width for line in lines), default=1)
        height = block_height(len(lines), pixels)
        image = pygame.Surface((max(1, width), max(1, height)), pygame.SRCALPHA)
        # Transparent pixels of the text's own colour: anti-aliased edges blend to the colour, not to black.
        image.fill((*colour, 0))
        pitch = line_pitch(pixels)
        above = round(ABOVE_BASELINE * pixels)
        side = _side(align, direction)
        for index, line in enumerate(lines):
            left = {"left": 0, "right": width - line.width}.get(side, (width - line.width) // 2)
            baseline = index * pitch + above
            for run in line.runs:
                font = self.fonts.get(pixels, run.fallback, bold=bold)
                glyphs = font.render(run.text, True, colour)
                image.blit(glyphs, (left + run.x, baseline - font.get_ascent()))
        return image


def _side(align: Align, direction: Direction) -> str:
    if align == "start":
        return "right" if direction == "rtl" else "left"
    if align == "end":
        return "left" if direction == "rtl" else "right"
    return align


def line_pitch(pixels: int) -> int:
    return max(1, round(LINE_PITCH * pixels))


def block_height(lines: int, pixels: int) -> int:
    """The pixel height ``lines`` lines of text need: the pitch between them plus the last line's ink."""
    if lines <= 0:
        return 1
    return (lines - 1) * line_pitch(pixels) + round((ABOVE_BASELINE + BELOW_BASELINE) * pixels)


def place(image: pygame.Surface, box: pygame.Rect, align: Align, valign: VAlign, direction: Direction) -> pygame.Rect:
    """Where ``image`` sits inside ``box`` for this alignment."""
    rect = image.get_rect()
    side = _side(align, direction)
    if side == "left":
        rect.left = box.left
    elif side == "right":
        rect.right = box.right
    else:
        rect.centerx = box.centerx
    if valign == "top":
        rect.top = box.top
    elif valign == "bottom":
        rect.bottom = box.bottom
    else:
        rect.centery = box.centery
    return rect
