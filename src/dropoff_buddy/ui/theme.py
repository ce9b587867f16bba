"""The game's look: a warm, calm palette, sizes and fonts.

Sizes are in layout units (see ``ui.layout``). Child targets are at least ``MIN_TARGET``
units (2 cm on a laptop screen at 1280×800).
"""

from __future__ import annotations

from pathlib import Path

import pygame

from dropoff_buddy.assets import find_assets_dir
from dropoff_buddy.ui.text import DrawnText, TextLayout

Colour = tuple[int, int, int]

BACKGROUND: Colour = (255, 246, 232)
BACKGROUND_DEEP: Colour = (252, 232, 205)
PANEL: Colour = (255, 252, 246)
INK: Colour = (74, 58, 52)
INK_SOFT: Colour = (128, 108, 98)
OUTLINE: Colour = (214, 188, 160)
FOCUS: Colour = (64, 132, 214)
SUNSHINE: Colour = (255, 200, 87)
CORAL: Colour = (244, 134, 112)
LEAF: Colour = (126, 196, 128)
SKY: Colour = (124, 182, 232)
LILAC: Colour = (182, 156, 222)
ROSE: Colour = (240, 150, 176)
DUSK: Colour = (166, 172, 226)
WHITE: Colour = (255, 255, 255)
CAPTION_BG: Colour = (62, 48, 44)
PARENT_BG: Colour = (238, 242, 246)
PARENT_PANEL: Colour = (255, 255, 255)
PARENT_ACCENT: Colour = (70, 110, 160)
WARNING: Colour = (196, 92, 52)

MIN_TARGET = 96
GAP = 32
CORNER = 28

FADE_SECONDS = 0.25


#: The colours content files may name ("sky", "sunshine", ...), e.g. a feeling's or a part's.
NAMED_COLOURS: dict[str, Colour] = {
    "sunshine": SUNSHINE,
    "coral": CORAL,
    "leaf": LEAF,
    "sky": SKY,
    "lilac": LILAC,
    "rose": ROSE,
    "dusk": DUSK,
}


def colour_named(name: str) -> Colour:
    """The colour a content file names (``NAMED_COLOURS``); a soft panel colour for any other name."""
    return NAMED_COLOURS.get(name, PANEL)


def darker(colour: Colour, amount: float = 0.18) -> Colour:
    r, g, b = colour
    return (round(r * (1 - amount)), round(g * (1 - amount)), round(b * (1 - amount)))


def lighter(colour: Colour, amount: float = 0.35) -> Colour:
    r, g, b = colour
    return (round(r + (255 - r) * amount), round(g + (255 - g) * amount), round(b + (255 - b) * amount))


# System fonts tried, in order, for letters the game font cannot draw (Greek, CJK, Arabic, Thai...).
FALLBACK_FONT_FAMILIES: tuple[str, ...] = (
    "notosans",
    "dejavusans",
    "notosanscjksc",
    "notosanscjkjp",
    "notosanscjktc",
    "notosanscjkkr",
    "notosanscjk",
    "sourcehansans",
    "sourcehansanssc",
    "wenquanyizenhei",
    "wenquanyimicrohei",
    "droidsansfallback",
    "droidsansfallbackfull",
    "microsoftyahei",
    "msgothic",
    "yugothic",
    "malgungothic",
    "pingfangsc",
    "hiraginosans",
    "applesdgothicneo",
    "notosansarabic",
    "notonaskharabic",
    "arialunicodems",
    "freesans",
    "unifont",
)
_NO_GLYPH_PROBE = "\U0010ffff"  # a private-use code point no font draws: gives the "missing" box
_PROBE_PIXELS = 24

#: The game font: Andika (SIL, OFL), made for beginning readers. See assets/fonts/README.md.
GAME_FONT_REGULAR = "fonts/Andika-Regular.ttf"
GAME_FONT_BOLD = "fonts/Andika-Bold.ttf"
#: Point size per unit of text size: Andika's capitals are 0.72 em, so a size-30 label has
#: capitals about 20 pixels tall at 1280×800, as the labels had before Andika.
GAME_FONT_SCALE = 0.95
#: The same for system fonts (their capitals are about 0.72 em too).
FALLBACK_FONT_SCALE = 0.95


def _same_pixels(a: pygame.Surface, b: pygame.Surface) -> bool:
    return a.get_size() == b.get_size() and pygame.image.tobytes(a, "RGBA") == pygame.image.tobytes(b, "RGBA")


class Fonts:
    """Fonts by size, loaded once: Andika (regular and bold) and system fonts for other scripts.

    Letters Andika lacks (a Greek, Chinese or Arabic name, say) are drawn with a system font that
    has them, when the computer has one: ``fallback_for`` picks it per word and
    ``missing_characters`` says which letters no font here can draw. If Andika itself is missing
    (a broken install), pygame's built-in font stands in. ``layout`` is the one text layout
    (``ui.text``); ``drawn``, when a list, collects every piece of text drawn (for tests).
    """

    def __init__(
        self, fallback_families: tuple[str, ...] = FALLBACK_FONT_FAMILIES, fonts_dir: Path | None = None
    ) -> None:
        self._fonts: dict[tuple[str | None, int, bool], pygame.font.Font] = {}
        self._fallback_families = fallback_families
        self._fallback_files: list[str] | None = None
        self._covered: dict[tuple[str | None, str], bool] = {}
        self._probe_fonts: dict[str | None, tuple[pygame.font.Font, pygame.Surface]] = {}
        self._fonts_dir = fonts_dir
        self._game_files: dict[bool, str | None] | None = None
        self._fallback_of: dict[str, str | None] = {}
        self.layout = TextLayout(self)
        self.drawn: list[DrawnText] | None = None

    def game_font_file(self, bold: bool = True) -> str | None:
        """The Andika file for this weight, or None (pygame's own font) if it is missing."""
        if self._game_files is None:
            folder = self._fonts_dir if self._fonts_dir is not None else find_assets_dir()
            files: dict[bool, str | None] = {}
            for weight, name in ((True, GAME_FONT_BOLD), (False, GAME_FONT_REGULAR)):
                path = folder / name if self._fonts_dir is None else folder / Path(name).name
                files[weight] = str(path) if path.is_file() else None
            self._game_files = files
        return self._game_files[bold]

    def get(self, pixel_size: int, file: str | None = None, *, bold: bool = True) -> pygame.font.Font:
        """The game font (or the system font in ``file``) for text of ``pixel_size``: capitals about
        0.68 × ``pixel_size`` pixels tall. ``bold`` picks Andika Bold (a system font is emboldened)."""
        key = (file, max(6, pixel_size), bold)
        font = self._fonts.get(key)
        if font is None:
            font = self._load(key[0], key[1], bold)
            self._fonts[key] = font
        return font

    def _load(self, file: str | None, pixels: int, bold: bool) -> pygame.font.Font:
        if file is None:
            game_file = self.game_font_file(bold)
            if game_file is not None:
                try:
                    return pygame.font.Font(game_file, round(pixels * GAME_FONT_SCALE))
                except (OSError, pygame.error):
                    self._game_files = {True: None, False: None}
            font = pygame.font.Font(None, round(pixels * 1.35))
            font.bold = bold
            return font
        font = pygame.font.Font(file, round(pixels * FALLBACK_FONT_SCALE))
        font.bold = bold  # keep names in other scripts the same weight as the words around them
        return font

    def for_text(self, pixel_size: int, text: str, *, bold: bool = True) -> pygame.font.Font:
        """The game font, or a system font that can draw every letter of ``text`` when the game font can't."""
        return self.get(pixel_size, self.fallback_for(text), bold=bold)

    def fallback_for(self, text: str) -> str | None:
        """None when the game font draws every letter of ``text``; else the system font file that draws most."""
        if text.isascii():
            return None
        known = self._fallback_of.get(text, "")
        if known != "":
            return known
        file = self._font_file_for(text)
        if len(self._fallback_of) > 5000:
            self._fallback_of.clear()
        self._fallback_of[text] = file
        return file

    def missing_characters(self, text: str) -> list[str]:
        """The letters of ``text`` that no font on this computer can draw (in order, without repeats)."""
        if text.isascii():
            return []
        files: list[str | None] = [None, *self._fallbacks()]
        missing: list[str] = []
        for char in dict.fromkeys(text):
            if char.isspace() or not char.isprintable():
                continue
            if not any(self._covers(file, char) for file in files):
                missing.append(char)
        return missing

    def _font_file_for(self, text: str) -> str | None:
        chars = [char for char in dict.fromkeys(text) if not char.isspace() and char.isprintable()]
        if all(self._covers(None, char) for char in chars):
            return None
        best: str | None = None
        best_count = sum(self._covers(None, char) for char in chars)
        for file in self._fallbacks():
            count = sum(self._covers(file, char) for char in chars)
            if count == len(chars):
                return file
            if count > best_count:
                best, best_count = file, count
        return best

    def _fallbacks(self) -> list[str]:
        if self._fallback_files is None:
            files: list[str] = []
            for family in self._fallback_families:
                try:
                    path = pygame.font.match_font(family)
                except (OSError, ValueError):  # a broken font cache must not stop the game
                    path = None
                if path and path not in files:
                    files.append(path)
            self._fallback_files = files
        return self._fallback_files

    def _covers(self, file: str | None, char: str) -> bool:
        key = (file, char)
        known = self._covered.get(key)
        if known is not None:
            return known
        if ord(char) < 128:
            covered = True
        else:
            probe = self._probe_fonts.get(file)
            if probe is None:
                try:
                    font = pygame.font.Font(self.game_font_file() if file is None else file, _PROBE_PIXELS)
                except (OSError, pygame.error):
                    self._covered[key] = False
                    return False
                probe = (font, font.render(_NO_GLYPH_PROBE, True, (0, 0, 0)))
                self._probe_fonts[file] = probe
            font, no_glyph = probe
            drawn = font.render(char, True, (0, 0, 0))
            covered = not _same_pixels(drawn, no_glyph)
        self._covered[key] = covered
        return covered
