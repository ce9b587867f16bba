"""The story's art, rasterised ahead of time on a worker thread.

A background is a big SVG (about 50 ms to rasterise at 1920 px) and each prop a few
milliseconds more (people are the rig's: the story scene has it prepare the next page's
figures, one a frame). When a page opens, the player asks for the *next* page's pictures; a single
worker thread rasterises them (the SVG renderer releases the interpreter lock, so frames keep
coming), and ``collect`` hands finished pictures to the shared asset cache on the main thread,
under the same keys the renderers use. A page turn then finds its art ready. Backgrounds are
kept opaque, because an opaque full-window blit is several times cheaper.
"""

from __future__ import annotations

import io
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import pygame

from dropoff_buddy.assets import AssetError, Assets

_BACKGROUND_PREFIX = "story-background:"

CacheKey = tuple[str, tuple[int, int], str]


def background_path(name: str) -> str:
    return f"svg/backgrounds/{name}.svg"


@dataclass
class _Job:
    future: Future[pygame.Surface]
    opaque: bool


class StoryArt:
    """Backgrounds for the story, plus look-ahead rasterising of any page's pictures."""

    def __init__(self, assets: Assets) -> None:
        self.assets = assets
        self._pool: ThreadPoolExecutor | None = None
        self._jobs: dict[CacheKey, _Job] = {}

    # -- backgrounds -------------------------------------------------------------------------

    def _background_key(self, name: str, size: tuple[int, int]) -> CacheKey:
        return (_BACKGROUND_PREFIX + name, size, "")

    def exists(self, name: str) -> bool:
        return self.assets.exists(background_path(name))

    def background(self, name: str, size: tuple[int, int]) -> pygame.Surface | None:
        """The background at ``size`` (made now if it is not ready), or None if there is no such art."""
        key = self._background_key(name, size)
        cached = self.assets.cached(key)
        if cached is not None:
            return cached
        job = self._jobs.pop(key, None)
        if job is not None:
            try:
                return self._keep(key, job.future.result(), opaque=True)
            except (pygame.error, OSError, ValueError):
                pass
        if not self.exists(name):
            return None
        try:
            raster = pygame.image.load_sized_svg(io.BytesIO(self._text(background_path(name))), size)
        except (pygame.error, AssetError):
            return None
        return self._keep(key, raster, opaque=True)

    def request_background(self, name: str, size: tuple[int, int]) -> None:
        if self.exists(name):
            self._request(self._background_key(name, size), background_path(name), size, opaque=True)

    # -- props -----------------------------------------------------------------------------------

    def request_svg(self, relative: str, size: tuple[int, int]) -> None:
        """Make ``assets/<relative>`` at ``size`` ahead of time, for ``Assets.svg`` to find."""
        if self.assets.exists(relative):
            self._request((relative, (int(size[0]), int(size[1])), ""), relative, size, opaque=False)

    # -- the worker ------------------------------------------------------------------------------

    def _text(self, relative: str) -> bytes:
        return self.assets.svg_text(relative).encode("utf-8")

    def _request(self, key: CacheKey, relative: str, size: tuple[int, int], *, opaque: bool) -> None:
        if key in self._jobs or self.assets.cached(key) is not None:
            return
        try:
            data = self._text(relative)
        except AssetError:
            return
        self._submit(key, data, size, opaque=opaque)

    def _submit(self, key: CacheKey, data: bytes, size: tuple[int, int], *, opaque: bool) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="story-art")
        future = self._pool.submit(pygame.image.load_sized_svg, io.BytesIO(data), size)
        self._jobs[key] = _Job(future, opaque)

    def _keep(self, key: CacheKey, raster: pygame.Surface, *, opaque: bool) -> pygame.Surface:
        width, height = key[1]
        raster_width, raster_height = raster.get_size()
        if (raster_width, raster_height) != (width, height):
            if raster_width >= width and raster_height >= height:  # a pixel over from rounding: trim it
                left, top = (raster_width - width) // 2, (raster_height - height) // 2
                raster = raster.subsurface((left, top, width, height))  # converted into its own surface below
            elif opaque:
                raster = pygame.transform.scale(raster, (width, height))
            else:  # fitted inside the box: centre it, as rasterise_svg does
                canvas = pygame.Surface((width, height), pygame.SRCALPHA)
                canvas.blit(raster, ((width - raster_width) // 2, (height - raster_height) // 2))
                raster = canvas
        if pygame.display.get_init() and pygame.display.get_surface() is not None:
            raster = raster.convert() if opaque else raster.convert_alpha()
        self.assets.remember(key, raster)
        return raster

    def collect(self) -> bool:
        """Move finished pictures into the cache (call once a frame). True if one was moved."""
        moved = False
        for key, job in list(self._jobs.items()):
            if not job.future.done():
                continue
            del self._jobs[key]
            try:
                raster = job.future.result()
            except (pygame.error, OSError, ValueError):
                continue
            if self.assets.cached(key) is None:
                self._keep(key, raster, opaque=job.opaque)
                moved = True
        return moved

    def close(self) -> None:
        """Stop the worker (pictures still being made are dropped)."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        self._jobs.clear()
