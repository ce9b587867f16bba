"""Loading and caching of art at the size it is drawn.

SVG files under ``assets/svg`` are rasterised with ``pygame.image.load_sized_svg`` at the exact
pixel size asked for, so art is crisp at any window size. Results are kept in a small
least-recently-used cache keyed by (source, size), so a redraw at an unchanged size costs a
dictionary lookup. SVG text may carry ``{token}`` colour placeholders, filled in before
rasterising: this is how buddies and people are recoloured.

The goodbye pictures (``svg/ritual/*.svg``: hug, kiss, high five...) draw the family's own
grown-up and child: they use ``{grownup_skin}``, ``{child_hair}``... tokens, filled from
``Assets.family_tokens`` (the game context gives the drop-off grown-up's and the child's looks),
so "Give Mommy a hug" shows Mommy's skin and hair, not a stranger's.
"""

from __future__ import annotations

import io
from collections import OrderedDict
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Final

import pygame

ASSETS_DIR = Path(__file__).resolve().parent.parent.parent / "assets"

#: The family's colours in the goodbye pictures before a family is known (the art's own colours).
FAMILY_TOKEN_DEFAULTS: Final[Mapping[str, str]] = {
    "grownup_skin": "#dba277",
    "grownup_skin_dark": "#a56a45",
    "grownup_hair": "#8a5a3c",
    "grownup_hair_dark": "#5f3b25",
    "grownup_clothes": "#7ac0b8",
    "grownup_clothes_dark": "#4c8f88",
    "child_skin": "#f7c8a4",
    "child_skin_dark": "#c98a62",
    "child_hair": "#3d2b22",
    "child_hair_dark": "#24170f",
    "child_clothes": "#f8cf4a",
    "child_clothes_dark": "#c99a2e",
}
FAMILY_TOKEN_MARKS: Final = ("{grownup_", "{child_")


def find_assets_dir() -> Path:
    """The ``assets/`` folder: beside ``src/`` in a checkout, or inside the package when installed."""
    packaged = Path(__file__).resolve().parent / "assets"
    if packaged.is_dir():
        return packaged
    return ASSETS_DIR


class AssetError(Exception):
    """An asset is missing or cannot be read; the message names the file."""


def fill_tokens(svg_text: str, tokens: Mapping[str, str]) -> str:
    """Replace every ``{name}`` in ``svg_text`` with ``tokens[name]``."""
    for name, value in tokens.items():
        svg_text = svg_text.replace("{" + name + "}", value)
    return svg_text


def rasterise_svg(svg_text: str, size: tuple[int, int]) -> pygame.Surface:
    """Rasterise SVG source text to a per-pixel-alpha surface of exactly ``size`` pixels.

    The SVG's aspect ratio is kept (it is fitted inside ``size`` and centred).
    """
    width, height = max(1, int(size[0])), max(1, int(size[1]))
    raster = pygame.image.load_sized_svg(io.BytesIO(svg_text.encode("utf-8")), (width, height))
    if pygame.display.get_init() and pygame.display.get_surface() is not None:
        raster = raster.convert_alpha()
    if raster.get_size() == (width, height):
        return raster
    canvas = pygame.Surface((width, height), pygame.SRCALPHA)
    canvas.blit(raster, ((width - raster.get_width()) // 2, (height - raster.get_height()) // 2))
    return canvas


class Assets:
    """Art loaded from the assets folder, rasterised on demand and cached by size."""

    def __init__(self, root: Path | None = None, cache_limit: int = 400) -> None:
        self.root = root if root is not None else find_assets_dir()
        self._text: dict[str, str] = {}
        self._surfaces: OrderedDict[tuple[str, tuple[int, int], str], pygame.Surface] = OrderedDict()
        self._cache_limit = cache_limit
        self._family_files: dict[str, bool] = {}
        #: The family's colours for the pictures that draw them (see the module's docstring).
        self.family_tokens: Callable[[], Mapping[str, str]] | None = None

    def path(self, relative: str) -> Path:
        return self.root / relative

    def exists(self, relative: str) -> bool:
        return (self.root / relative).is_file()

    def svg_text(self, relative: str) -> str:
        """The text of ``assets/<relative>`` (read once)."""
        text = self._text.get(relative)
        if text is None:
            path = self.root / relative
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as error:
                raise AssetError(f"{path}: cannot read this art file ({error.strerror or error})") from error
            self._text[relative] = text
        return text

    def svg(self, relative: str, size: tuple[int, int], tokens: Mapping[str, str] | None = None) -> pygame.Surface:
        """``assets/<relative>`` rasterised at ``size`` pixels, with colour tokens filled in."""
        if self.draws_family(relative):
            family = self.family_tokens() if self.family_tokens is not None else {}
            tokens = {**FAMILY_TOKEN_DEFAULTS, **family, **(tokens or {})}
        token_key = "" if not tokens else repr(sorted(tokens.items()))
        key = (relative, (int(size[0]), int(size[1])), token_key)
        cached = self._surfaces.get(key)
        if cached is not None:
            self._surfaces.move_to_end(key)
            return cached
        text = self.svg_text(relative)
        if tokens:
            text = fill_tokens(text, tokens)
        surface = rasterise_svg(text, key[1])
        self.remember(key, surface)
        return surface

    def draws_family(self, relative: str) -> bool:
        """Whether ``assets/<relative>`` draws the family's grown-up or child (carries their tokens)."""
        found = self._family_files.get(relative)
        if found is None:
            text = self.svg_text(relative)
            found = self._family_files[relative] = any(mark in text for mark in FAMILY_TOKEN_MARKS)
        return found

    def remember(self, key: tuple[str, tuple[int, int], str], surface: pygame.Surface) -> None:
        """Keep ``surface`` in the cache under ``key``, dropping the least recently used."""
        self._surfaces[key] = surface
        self._surfaces.move_to_end(key)
        while len(self._surfaces) > self._cache_limit:
            self._surfaces.popitem(last=False)

    def cached(self, key: tuple[str, tuple[int, int], str]) -> pygame.Surface | None:
        surface = self._surfaces.get(key)
        if surface is not None:
            self._surfaces.move_to_end(key)
        return surface

    def clear(self) -> None:
        self._surfaces.clear()
