"""The game's look: a warm, calm palette, sizes and fonts.

Sizes are in layout units (see ``ui.layout``). Child targets are at least ``MIN_TARGET``
units (2 cm on a laptop screen at 1280×800).
"""

from __future__ import annotations

import pygame

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


# System fonts tried, in order, for letters the bundled font cannot draw (CJK, Thai, ...).
FALLBACK_FONT_FAMILIES: tuple[str, ...] = (
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
    "arialunicodems",
    "notosans",
    "dejavusans",
    "freesans",
    "unifont",
)
_NO_GLYPH_PROBE = "\U0010ffff"  # a private-use code point no font draws: gives the "missing" box
_PROBE_PIXELS = 24


def _same_pixels(a: pygame.Surface, b: pygame.Surface) -> bool:
    return a.get_size() == b.get_size() and pygame.image.tobytes(a, "RGBA") == pygame.image.tobytes(b, "RGBA")


RENDERED_TEXT_LIMIT = 300


class Fonts:
    """Fonts by pixel size, loaded once. Uses pygame's bundled font so no system font is needed.

    Letters the bundled font lacks (Chinese or Japanese names, say) are drawn with a system
    font that has them, when the computer has one: ``for_text`` picks it and
    ``missing_characters`` says which letters no font here can draw.
    """

    def __init__(self, fallback_families: tuple[str, ...] = FALLBACK_FONT_FAMILIES) -> None:
        self._fonts: dict[tuple[str | None, int], pygame.font.Font] = {}
        self._fallback_families = fallback_families
        self._fallback_files: list[str] | None = None
        self._covered: dict[tuple[str | None, str], bool] = {}
        self._probe_fonts: dict[str | None, tuple[pygame.font.Font, pygame.Surface]] = {}
        # Text drawn recently, so a label redrawn every frame is rendered once (least recently used goes).
        self._rendered: dict[tuple[object, ...], pygame.Surface] = {}

    def rendered(self, key: tuple[object, ...]) -> pygame.Surface | None:
        """Text rendered earlier under ``key`` (see ``widgets.render_text``); callers never change it."""
        image = self._rendered.pop(key, None)
        if image is not None:
            self._rendered[key] = image  # now the most recently used
        return image

    def remember_rendered(self, key: tuple[object, ...], image: pygame.Surface) -> None:
        self._rendered[key] = image
        if len(self._rendered) > RENDERED_TEXT_LIMIT:
            del self._rendered[next(iter(self._rendered))]

    def get(self, pixel_size: int, file: str | None = None) -> pygame.font.Font:
        """The game font (or the font in ``file``) with capital letters about ``pixel_size`` pixels tall."""
        key = (file, max(6, pixel_size))
        font = self._fonts.get(key)
        if font is None:
            font = pygame.font.Font(file, round(key[1] * 1.35))
            if file is not None:
                font.bold = True  # the game font is bold; keep names in other scripts the same weight
            self._fonts[key] = font
        return font

    def for_text(self, pixel_size: int, text: str) -> pygame.font.Font:
        """The game font, or a system font that can draw every letter of ``text`` when the game font can't."""
        if text.isascii():
            return self.get(pixel_size)
        file = self._font_file_for(text)
        return self.get(pixel_size, file)

    def missing_characters(self, text: str) -> list[str]:
        """The letters of ``text`` that no font on this computer can draw (in order, without repeats)."""
        if text.isascii():
            return []
        files: list[str | None] = [None, *self._fallbacks()]
        missing: list[str] = []
        for char in dict.fromkeys(text):
            if not any(self._covers(file, char) for file in files):
                missing.append(char)
        return missing

    def _font_file_for(self, text: str) -> str | None:
        chars = [char for char in dict.fromkeys(text) if not char.isspace()]
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
                    font = pygame.font.Font(file, _PROBE_PIXELS)
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
