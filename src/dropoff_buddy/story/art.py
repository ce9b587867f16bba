"""Background art for the story, rasterised ahead of time on a worker thread.

A background is a big SVG (about 50 ms to rasterise at 1920 px). The player asks for the next
page's background as soon as a page opens; a single worker thread rasterises it (the SVG
renderer releases the interpreter lock, so frames keep coming), and ``collect`` hands
finished pictures to the shared asset cache on the main thread. A page turn then finds its
art ready. Opaque copies are kept, because an opaque full-window blit is several times cheaper.
"""

from __future__ import annotations

import io
from concurrent.futures import Future, ThreadPoolExecutor

import pygame

from dropoff_buddy.assets import AssetError, Assets

_KEY_PREFIX = "story-background:"


def background_path(name: str) -> str:
    return f"svg/backgrounds/{name}.svg"


class BackgroundArt:
    """Opaque, window-sized background pictures, cached in ``assets`` and made ahead of time."""

    def __init__(self, assets: Assets) -> None:
        self.assets = assets
        self._pool: ThreadPoolExecutor | None = None
        self._pending: dict[tuple[str, tuple[int, int]], Future[pygame.Surface]] = {}

    def _key(self, name: str, size: tuple[int, int]) -> tuple[str, tuple[int, int], str]:
        return (_KEY_PREFIX + name, size, "")

    def exists(self, name: str) -> bool:
        return self.assets.exists(background_path(name))

    def get(self, name: str, size: tuple[int, int]) -> pygame.Surface | None:
        """The background at ``size`` (made now if it is not ready), or None if there is no such art."""
        key = self._key(name, size)
        cached = self.assets.cached(key)
        if cached is not None:
            return cached
        future = self._pending.pop((name, size), None)
        raster: pygame.Surface | None = None
        if future is not None:
            try:
                raster = future.result()
            except (pygame.error, OSError, ValueError):
                raster = None
        if raster is None:
            if not self.exists(name):
                return None
            try:
                raster = pygame.image.load_sized_svg(io.BytesIO(self._text(name)), size)
            except (pygame.error, AssetError):
                return None
        return self._keep(key, raster)

    def _text(self, name: str) -> bytes:
        return self.assets.svg_text(background_path(name)).encode("utf-8")

    def _keep(self, key: tuple[str, tuple[int, int], str], raster: pygame.Surface) -> pygame.Surface:
        if pygame.display.get_init() and pygame.display.get_surface() is not None:
            raster = raster.convert()
        self.assets.remember(key, raster)
        return raster

    def request(self, name: str, size: tuple[int, int]) -> None:
        """Start making the background at ``size`` in the background, if it is not cached already."""
        if (name, size) in self._pending or self.assets.cached(self._key(name, size)) is not None:
            return
        if not self.exists(name):
            return
        try:
            data = self._text(name)
        except AssetError:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="story-art")
        self._pending[(name, size)] = self._pool.submit(pygame.image.load_sized_svg, io.BytesIO(data), size)

    def collect(self) -> bool:
        """Move finished pictures into the cache (call once a frame). True if one was moved."""
        moved = False
        for (name, size), future in list(self._pending.items()):
            if not future.done():
                continue
            del self._pending[(name, size)]
            try:
                raster = future.result()
            except (pygame.error, OSError, ValueError):
                continue
            self._keep(self._key(name, size), raster)
            moved = True
        return moved

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def close(self) -> None:
        """Stop the worker (pictures still being made are dropped)."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        self._pending.clear()
