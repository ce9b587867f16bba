"""One printable PDF: paper, the game's font as real text, and pictures embedded at 300 dpi.

``PrintDocument`` wraps ``fpdf2``: lengths are millimetres from the top left of the page;
``picture`` embeds a pygame surface (drawn at ``px(mm)`` pixels so it prints at 300 dpi);
``text`` sets Andika text in a box, shrinking it until it fits. Letters Andika lacks (a Chinese
name, say) are set in a system font that has them, when the computer has one; otherwise the
document carries a note saying so. ``notes`` collects kind messages for the parent (a missing
photo, missing art) so a problem never stops the print.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pygame
from fontTools.ttLib import TTCollection, TTFont, TTLibError
from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos
from PIL import Image

from dropoff_buddy.assets import find_assets_dir
from dropoff_buddy.ui.theme import FALLBACK_FONT_FAMILIES, Colour

Paper = Literal["a4", "letter"]
Orientation = Literal["portrait", "landscape"]

#: Paper sizes in millimetres, portrait (width, height).
PAPERS: dict[str, tuple[float, float]] = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
PAPER_NAMES: dict[str, str] = {"a4": "A4", "letter": "US Letter"}
DPI = 300
JPEG_QUALITY = 88
FONT = "Andika"
FALLBACK_FONT = "Fallback"

INK: Colour = (74, 58, 52)
INK_SOFT: Colour = (128, 108, 98)
CUT_LINE: Colour = (150, 150, 150)


@dataclass(frozen=True)
class TextStyle:
    """How a piece of printed text looks, named once per kind of text on a page (a heading, a
    footer...). ``size`` is where it starts, in points: ``PrintDocument.text`` shrinks it in half
    points, down to ``smallest``, until the words fit their box."""

    size: float = 14
    smallest: float = 8.0
    bold: bool = False
    colour: Colour = INK
    align: Literal["left", "center", "right"] = "left"
    valign: Literal["top", "middle", "bottom"] = "top"
    leading: float = 1.3  # line height, as a multiple of the size


BODY = TextStyle()
#: The small grey line at the foot of a page (who made it, the story's name).
FOOTER = TextStyle(size=9, colour=INK_SOFT)
#: The word or two under a small picture card (a goodbye step, a story's choice).
PICTURE_LABEL = TextStyle(size=11, bold=True, align="center")


# fontTools reports every table it can't subset, and fpdf2 every missing glyph, on the root
# logger's handlers; the notes below say what matters to a parent instead.
for _noisy in ("fontTools", "fontTools.subset", "fpdf", "fpdf.fonts", "fpdf.output"):
    logging.getLogger(_noisy).setLevel(logging.ERROR)


class PrintError(Exception):
    """A printable could not be made at all (the story file is broken, say). The message is kind."""


@dataclass(frozen=True)
class Printable:
    """A finished PDF: its bytes, how many pages, and kind notes about anything left out."""

    data: bytes
    pages: int
    notes: tuple[str, ...] = ()


def px(mm: float) -> int:
    """Pixels for ``mm`` millimetres at 300 dpi (at least 1)."""
    return max(1, round(mm / 25.4 * DPI))


def fonts_dir() -> Path:
    return find_assets_dir() / "fonts"


def _cmap(path: Path, number: int = 0) -> set[int]:
    try:
        if path.suffix.lower() == ".ttc":
            collection = TTCollection(str(path), lazy=True)
            font = collection.fonts[number]
        else:
            font = TTFont(str(path), lazy=True, fontNumber=number)
        table = font.getBestCmap() or {}
        return set(table)
    except (OSError, TTLibError, KeyError, IndexError, AssertionError):
        return set()


@dataclass
class _FontCoverage:
    """Which letters the game font has, and where to find the others."""

    andika: set[int]
    fallback_path: Path | None = None
    fallback: set[int] = field(default_factory=set)


class PrintDocument:
    """A PDF being made: pages of one orientation on A4 or US Letter, millimetres from the top left."""

    def __init__(self, paper: Paper, orientation: Orientation, *, title: str, author: str, subject: str = "") -> None:
        if paper not in PAPERS:
            raise PrintError(f"Paper must be a4 or letter, not {paper!r}.")
        self.paper = paper
        self.orientation = orientation
        width, height = PAPERS[paper]
        self.pdf = FPDF(orientation="L" if orientation == "landscape" else "P", unit="mm", format=(width, height))
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margin(0)
        self.pdf.c_margin = 0
        self.pdf.set_title(title)
        self.pdf.set_author(author)
        self.pdf.set_subject(subject or title)
        self.pdf.set_creator("Dropoff Buddy")
        self.pdf.set_lang("en")
        self.pdf.set_creation_date(dt.datetime.now(dt.UTC))
        folder = fonts_dir()
        self.pdf.add_font(FONT, "", str(folder / "Andika-Regular.ttf"))
        self.pdf.add_font(FONT, "B", str(folder / "Andika-Bold.ttf"))
        self._coverage = _FontCoverage(andika=_cmap(folder / "Andika-Regular.ttf"))
        self._fallback_added = False
        self._missing: set[str] = set()
        self.notes: list[str] = []

    # -- pages -------------------------------------------------------------------------------

    @property
    def width(self) -> float:
        return float(self.pdf.w)

    @property
    def height(self) -> float:
        return float(self.pdf.h)

    def new_page(self) -> None:
        self.pdf.add_page()

    @property
    def pages(self) -> int:
        return int(self.pdf.page_no())

    def note(self, message: str) -> None:
        """Tell the parent something kind about this print (each message once)."""
        if message not in self.notes:
            self.notes.append(message)

    def finish(self) -> Printable:
        if self._missing:
            letters = " ".join(sorted(self._missing))
            self.note(
                f"This computer has no font with these letters, so they are left out on paper: {letters}. "
                "Installing a font for that script (for example Noto Sans CJK) fixes it."
            )
        return Printable(bytes(self.pdf.output()), self.pages, tuple(self.notes))

    # -- pictures ----------------------------------------------------------------------------

    def picture(self, surface: pygame.Surface, x: float, y: float, w: float, h: float, *, alt: str = "") -> None:
        """Embed ``surface`` (drawn at ``px(w)`` × ``px(h)`` for 300 dpi) in the box; transparent parts show white."""
        width, height = surface.get_size()
        raw = pygame.image.tobytes(surface, "RGBA")
        image = Image.frombuffer("RGBA", (width, height), raw, "raw", "RGBA", 0, 1)
        if surface.get_flags() & pygame.SRCALPHA:
            flat = Image.new("RGB", (width, height), (255, 255, 255))
            flat.paste(image, mask=image.getchannel("A"))
        else:
            flat = image.convert("RGB")
        # JPEG at high quality without colour subsampling: flat art with crisp outlines prints clean,
        # at about a tenth of the size of lossless (which keeps a storybook well under 15 MB).
        encoded = io.BytesIO()
        flat.save(encoded, format="JPEG", quality=JPEG_QUALITY, subsampling=0, optimize=False)
        encoded.seek(0)
        self.pdf.image(encoded, x=x, y=y, w=w, h=h, alt_text=alt or None)

    # -- text --------------------------------------------------------------------------------

    def _prepare(self, text: str) -> str:
        """``text`` ready to set: a fallback font for letters Andika lacks, if this computer has one."""
        wanted = {ord(char) for char in text if not char.isspace()}
        missing = wanted - self._coverage.andika
        if not missing:
            return text
        if self._coverage.fallback_path is None or not missing <= self._coverage.fallback:
            self._find_fallback(missing)
        if self._coverage.fallback_path is not None and not self._fallback_added:
            try:
                number = 0
                self.pdf.add_font(FALLBACK_FONT, "", str(self._coverage.fallback_path), collection_font_number=number)
                self.pdf.set_fallback_fonts([FALLBACK_FONT.lower()], exact_match=False)
                self._fallback_added = True
            except (OSError, RuntimeError, ValueError, TTLibError):
                self._coverage.fallback_path = None
                self._coverage.fallback = set()
        unprintable = missing - (self._coverage.fallback if self._fallback_added else set())
        if unprintable:
            self._missing.update(chr(code) for code in unprintable)
            return "".join(char for char in text if ord(char) not in unprintable)
        return text

    def _find_fallback(self, missing: set[int]) -> None:
        if self._fallback_added:
            return  # fpdf2 takes one set of fallback fonts; keep the first that helped
        best: tuple[int, Path, set[int]] | None = None
        for family in FALLBACK_FONT_FAMILIES:
            try:
                found = pygame.font.match_font(family)
            except (OSError, ValueError):
                found = None
            if not found or Path(found).suffix.lower() not in (".ttf", ".otf", ".ttc"):
                continue
            cmap = _cmap(Path(found))
            covered = len(missing & cmap)
            if covered and (best is None or covered > best[0]):
                best = (covered, Path(found), cmap)
            if covered == len(missing):
                break
        if best is not None:
            self._coverage.fallback_path, self._coverage.fallback = best[1], best[2]

    def _lines(self, text: str, w: float, size: float, bold: bool) -> list[str]:
        self.pdf.set_font(FONT, "B" if bold else "", size)
        lines = self.pdf.multi_cell(w, size * 0.45, text, dry_run=True, output="LINES", align=Align.L)
        return [str(line) for line in lines] if isinstance(lines, list) else [text]

    def _height(self, text: str, w: float, size: float, style: TextStyle) -> float:
        """How tall ``text`` is when set at ``size`` points in ``style`` in a box ``w`` mm wide."""
        return len(self._lines(text, w, size, style.bold)) * size * 0.3528 * style.leading

    def _fit_size(self, text: str, w: float, h: float, style: TextStyle) -> float:
        """The largest size from ``style.size`` down to ``style.smallest`` at which ``text`` fits ``w`` × ``h`` mm."""
        size = style.size
        while size > style.smallest and self._height(text, w, size, style) > h:
            size -= 0.5
        return max(size, style.smallest)

    def text(self, text: str, x: float, y: float, w: float, h: float, style: TextStyle = BODY) -> float:
        """Set ``text`` in the box in ``style``, shrinking it until it fits; returns the height used (mm)."""
        text = self._prepare(text)
        size = self._fit_size(text, w, h, style)
        used = self._height(text, w, size, style)
        valign = style.valign
        top = y if valign == "top" else (y + (h - used) / 2 if valign == "middle" else y + h - used)
        self.pdf.set_font(FONT, "B" if style.bold else "", size)
        self.pdf.set_text_color(*style.colour)
        self.pdf.set_xy(x, top)
        aligns = {"left": Align.L, "center": Align.C, "right": Align.R}
        line_h = size * 0.3528 * style.leading
        self.pdf.multi_cell(w, line_h, text, align=aligns[style.align], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        return used

    # -- shapes ------------------------------------------------------------------------------

    def box(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        fill: Colour | None = None,
        line: Colour | None = None,
        width: float = 0.4,
        radius: float = 4.0,
    ) -> None:
        """A rounded rectangle, filled and/or outlined."""
        style = ("F" if fill is not None else "") + ("D" if line is not None else "")
        if not style:
            return
        if fill is not None:
            self.pdf.set_fill_color(*fill)
        if line is not None:
            self.pdf.set_draw_color(*line)
            self.pdf.set_line_width(width)
        self.pdf.rect(x, y, w, h, style=style, round_corners=radius > 0, corner_radius=radius)

    def cut_line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        """A dashed grey line to cut along."""
        self.pdf.set_draw_color(*CUT_LINE)
        self.pdf.set_line_width(0.3)
        with self.pdf.local_context():
            self.pdf.set_dash_pattern(dash=2.2, gap=1.6)
            self.pdf.line(x1, y1, x2, y2)
        self.pdf.set_dash_pattern()

    def scissors(self, x: float, y: float, size: float = 5.0) -> None:
        """A small pair of open scissors (two rings and two blades) at ``x, y`` pointing right."""
        pdf = self.pdf
        pdf.set_draw_color(*INK_SOFT)
        pdf.set_line_width(0.35)
        ring = size * 0.26
        pdf.ellipse(x, y - size * 0.42, ring, ring)
        pdf.ellipse(x, y + size * 0.42 - ring, ring, ring)
        pdf.line(x + ring * 0.9, y - size * 0.3, x + size, y + size * 0.08)
        pdf.line(x + ring * 0.9, y + size * 0.3, x + size, y - size * 0.08)
