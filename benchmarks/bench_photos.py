"""Photo import, the picture browser and the buddy maker: how long the slow moments take.

- header check of a 12-megapixel JPEG vs decoding it (the check is what stands between a
  "decompression bomb" and memory; it must cost next to nothing);
- a full import of a 12 MP JPEG (read, check, decode, downscale to 1600 px, encode, atomic write);
- the picture browser's frame time (update + draw) while a worker makes thumbnails of six
  12 MP photos, against the time one decode takes on the main thread (what a naive browser
  would stall for);
- the buddy maker's first frame after switching to the colour tab with an empty art cache
  (twelve buddies rasterised), a warm redraw, the longest ``update`` while the maker draws the
  other tabs' pictures ahead of time (one per frame), and the colour tab's first frame after that.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from pathlib import Path

import pygame

from measure import percentile, times_ms


def _photo(size: tuple[int, int]) -> pygame.Surface:
    image = pygame.Surface(size)
    image.fill((120, 160, 210))
    for index in range(0, size[0], 37):
        pygame.draw.line(image, (index % 255, 90, 140), (index, 0), (size[0] - index, size[1]), 9)
    return image


def _jpeg(size: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    pygame.image.save(_photo(size), buffer, "photo.jpg")
    return buffer.getvalue()


def run(quick: bool) -> dict[str, float]:
    from dropoff_buddy.parent.pages.photo_browser import PhotoBrowserScene
    from dropoff_buddy.parts.buddy_maker import BuddyMakerScene
    from dropoff_buddy.playtest import start_game
    from dropoff_buddy.storage.photos import import_photo, read_header

    pygame.init()
    results: dict[str, float] = {}
    big = _jpeg((4000, 3000))
    repeats = 3 if quick else 7
    header_ms = statistics.median(times_ms(lambda: read_header(big), repeats * 10))
    decode_ms = statistics.median(times_ms(lambda: pygame.image.load(io.BytesIO(big), "x.jpg"), repeats))
    results["photo_header_check_12mp_ms"] = header_ms
    results["photo_decode_12mp_ms"] = decode_ms
    results["photo_header_vs_decode_ratio"] = header_ms / decode_ms
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        source = folder / "big.jpg"
        source.write_bytes(big)
        results["photo_import_12mp_ms"] = statistics.median(
            times_ms(lambda: import_photo(source, folder / "profile"), repeats)
        )

        pictures = folder / "pictures"
        pictures.mkdir()
        for index in range(6):
            (pictures / f"photo-{index}.jpg").write_bytes(big)
        game = start_game(folder / "data")
        ctx = game.ctx
        warm_up = PhotoBrowserScene(ctx, "family", folder=folder)  # fonts and art made once, before measuring
        ctx.scenes.push(warm_up)
        warm_up.draw(game.app.frame)
        ctx.scenes.pop()
        browser = PhotoBrowserScene(ctx, "family", folder=pictures)
        ctx.scenes.push(browser)
        frames: list[float] = []
        deadline = time.perf_counter() + 60
        while not browser.thumbnails_ready and time.perf_counter() < deadline:
            start = time.perf_counter()
            browser.update(1 / 60)
            browser.draw(game.app.frame)
            frames.append((time.perf_counter() - start) * 1000)
            time.sleep(max(0.0, 1 / 60 - (time.perf_counter() - start)))
        results["browser_frames_while_loading"] = float(len(frames))
        results["browser_frame_median_ms"] = statistics.median(frames)
        results["browser_frame_p95_ms"] = percentile(frames, 0.95)
        results["browser_frame_p99_ms"] = percentile(frames, 0.99)
        results["browser_frame_p99_vs_one_decode_ratio"] = results["browser_frame_p99_ms"] / decode_ms
        ctx.scenes.pop()

        maker = BuddyMakerScene(ctx)
        ctx.scenes.push(maker)
        ctx.assets.clear()
        maker.show_tab("colour")
        start = time.perf_counter()
        maker.draw(game.app.frame)
        results["maker_colour_tab_cold_draw_ms"] = (time.perf_counter() - start) * 1000
        results["maker_colour_tab_warm_draw_ms"] = statistics.median(
            times_ms(lambda: maker.draw(game.app.frame), repeats * 5)
        )
        ctx.assets.clear()
        maker.show_tab("animal")
        maker.draw(game.app.frame)
        warm_up_frames = []
        for _ in range(60):  # the maker draws the other tabs' pictures one per frame while the child looks
            start = time.perf_counter()
            maker.update(1 / 60)
            warm_up_frames.append((time.perf_counter() - start) * 1000)
        results["maker_warm_up_update_max_ms"] = max(warm_up_frames)
        maker.show_tab("colour")
        start = time.perf_counter()
        maker.draw(game.app.frame)
        results["maker_colour_tab_after_warm_up_draw_ms"] = (time.perf_counter() - start) * 1000
        ctx.scenes.clear()
    return results
