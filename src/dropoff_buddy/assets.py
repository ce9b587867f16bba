"""Loading and caching of art at the size it is drawn.

SVG files under ``assets/svg`` are rasterised with ``pygame.image.load_sized_svg`` at the exact
pixel size asked for, so art is crisp at any window size. Results are kept in a small
least-recently-used cache keyed by (source, size), so a redraw at an unchanged size costs a
dictionary lookup. SVG text may carry ``{token}`` colour placeholders, filled in before
rasterising: this is how buddies and people are recoloured.
"""

from __future__ import annotations

import io
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path

import pygame

ASSETS_DIR = Path(__file__).resolve().parent.parent.parent / "assets"


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
