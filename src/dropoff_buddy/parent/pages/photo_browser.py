"""Parent page: pick a photo from the computer with big thumbnails, no typing.

It opens in the Pictures folder (or the home folder when there is none). Big buttons jump to
Pictures, Home, Desktop and Downloads, or up one folder; tapping a folder opens it; tapping a
picture imports it as the family (or toy) photo and goes back to the photo page. Pages of
thumbnails turn with big Previous / Next buttons.

Thumbnails are made lazily for the page on screen by one background thread (SDL_image decodes
with Python's lock released), and ``update`` collects a few finished ones per frame, so the
page never stalls on a big photo. Each file's header is checked first, so a "decompression
bomb" is never decoded, here or on import.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.parent.page import HEADER_HEIGHT, HEADER_TOP, MARGIN, ParentPageScene, action_button
from dropoff_buddy.registry import TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.storage.photos import (
    PICTURE_EXTENSIONS,
    PhotoKind,
    PhotoRefused,
    adopt_photo,
    decode_image,
    read_header,
    read_source,
)
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button, draw_panel, write

TILE_W, TILE_H, TILE_GAP = 196.0, 188.0, 20.0
THUMB_PIXELS = (240, 170)  # thumbnails are made once at this size and scaled to the tile when drawn
MAX_ENTRIES = 3000
IN_FLIGHT = 3  # thumbnails queued on the worker at once
COLLECT_PER_FRAME = 3

ResultCallback = Callable[[bool, str], None]


@dataclass(frozen=True)
class Entry:
    """A tile: a folder to open or a picture to import."""

    path: Path
    is_folder: bool


def list_folder(folder: Path) -> tuple[list[Entry], str]:
    # The second value names a problem (a message of the page, ``parent:photo_browser.<problem>``), "" for none.
    """Sub-folders then pictures in ``folder`` (hidden ones left out), by name; and a problem to show, if any."""
    folders: list[Entry] = []
    pictures: list[Entry] = []
    try:
        with os.scandir(folder) as scan:
            for item in scan:
                if item.name.startswith("."):
                    continue
                try:
                    if item.is_dir():
                        folders.append(Entry(Path(item.path), True))
                    elif item.is_file() and item.name.lower().endswith(PICTURE_EXTENSIONS):
                        pictures.append(Entry(Path(item.path), False))
                except OSError:
                    continue  # an entry we can't look at is simply not offered
                if len(folders) + len(pictures) >= MAX_ENTRIES:
                    break
    except OSError:
        return [], "cannot_look"
    folders.sort(key=lambda entry: entry.path.name.casefold())
    pictures.sort(key=lambda entry: entry.path.name.casefold())
    return folders + pictures, ""


def make_thumbnail(path: Path) -> pygame.Surface:
    """A small upright copy of the picture at ``path`` (fits ``THUMB_PIXELS``); ``PhotoRefused`` if unusable.

    Safe to call from a worker thread: it only reads, checks the header and decodes.
    """
    data = read_source(path)
    header = read_header(data, path.name)
    image = decode_image(data, header, path.name)
    scale = min(THUMB_PIXELS[0] / image.get_width(), THUMB_PIXELS[1] / image.get_height(), 1.0)
    size = (max(1, round(image.get_width() * scale)), max(1, round(image.get_height() * scale)))
    if image.get_bitsize() not in (24, 32):
        image = image.convert(32, 0)
    if scale < 0.5:
        # A plain scale to twice the size first: it lets the main thread run, and smoothscale then has little to do.
        image = pygame.transform.scale(image, (size[0] * 2, size[1] * 2))
    return pygame.transform.smoothscale(image, size)


def start_places() -> list[tuple[str, Path]]:
    """The big jump buttons: Pictures, Home, Desktop, Downloads (those that exist), by name."""
    home = Path.home()
    places = [
        ("Pictures", home / "Pictures"),
        ("Home", home),
        ("Desktop", home / "Desktop"),
        ("Downloads", home / "Downloads"),
    ]
    return [(label, path) for label, path in places if path.is_dir()]


def import_into_profile(ctx: GameContext, source: Path, kind: PhotoKind) -> tuple[bool, str]:
    """Import ``source`` as the family or toy photo of the profile in use: (worked, message for the parent)."""
    try:
        message = adopt_photo(ctx.child, source, kind, ctx.save_profile)
        return True, message + (" " + ctx.t("parent:photo_browser.frame_it") if kind == "family" else "")
    except PhotoRefused as refused:
        return False, refused.message


class PhotoBrowserScene(ParentPageScene):
    """Browse folders by thumbnails and import the tapped picture."""

    name = "parent-photo-browser"

    def __init__(
        self,
        ctx: GameContext,
        kind: PhotoKind = "family",
        on_result: ResultCallback | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(ctx)
        self.kind: PhotoKind = kind
        self.on_result = on_result
        self.places = start_places()
        self.folder = folder if folder is not None else (self.places[0][1] if self.places else Path.home())
        self.entries: list[Entry] = []
        self.problem = ""
        self.page = 0
        self.thumbnails: dict[Path, pygame.Surface | None] = {}  # None: not a picture we can show
        self._pending: dict[Path, Future[pygame.Surface]] = {}
        self._worker: ThreadPoolExecutor | None = None
        self.keep_alive: object = None  # anything that must live as long as the scene (the tour's sample folder)
        self.open_folder(self.folder)

    # -- layout --------------------------------------------------------------------------------

    def _grid(self) -> tuple[int, int, float, float]:
        """(columns, rows, left, top) of the thumbnail grid."""
        layout = self.ctx.layout
        columns = max(1, int((layout.width - 80 + TILE_GAP) // (TILE_W + TILE_GAP)))
        rows = max(1, int((layout.height - 190 - 130 + TILE_GAP) // (TILE_H + TILE_GAP)))
        width = columns * TILE_W + (columns - 1) * TILE_GAP
        return columns, rows, (layout.width - width) / 2, 190.0

    @property
    def per_page(self) -> int:
        columns, rows, _, _ = self._grid()
        return columns * rows

    @property
    def page_count(self) -> int:
        return max(1, -(-len(self.entries) // self.per_page))

    def visible(self) -> list[Entry]:
        start = self.page * self.per_page
        return self.entries[start : start + self.per_page]

    def page_title(self) -> str:
        return self.ctx.t(f"parent:photo_browser.title_{self.kind}")

    def header_buttons(self) -> list[Button]:
        # The folders a parent keeps photos in, from the right; "Up a folder" first.
        parent = self.folder.parent
        up_label = self.ctx.t("parent:photo_browser.up")
        up = action_button((0, 0, 0, 0), up_label, functools.partial(self.open_folder, parent), "up")
        up.enabled = parent != self.folder
        found = [up]
        for label, path in self.places:
            found.append(
                action_button(
                    (0, 0, 0, 0),
                    self.ctx.t(f"parent:photo_browser.place_{label.lower()}"),
                    functools.partial(self.open_folder, path),
                    f"place-{label}",
                )
            )
        right = self.ctx.layout.width - MARGIN
        for button in reversed(found):
            width = 170.0 if button.name == "up" else 160.0
            button.rect = (right - width, HEADER_TOP, width, HEADER_HEIGHT)
            button.colour, button.label_size = theme.PARENT_PANEL, 22
            right -= width + 12
        return [button for button in found if button.rect[0] >= 560]

    def build(self) -> None:
        layout = self.ctx.layout
        columns, _rows, left, top = self._grid()
        for index, entry in enumerate(self.visible()):
            row, column = divmod(index, columns)
            rect = (left + column * (TILE_W + TILE_GAP), top + row * (TILE_H + TILE_GAP), TILE_W, TILE_H)
            colour = theme.lighter(theme.SUNSHINE, 0.6) if entry.is_folder else theme.PARENT_PANEL
            self.buttons.add(
                Button(
                    rect=rect,
                    on_activate=functools.partial(self.pick, entry),
                    colour=colour,
                    sound="tap",
                    name=f"entry-{entry.path.name}",
                )
            )
        bottom = layout.height - 110
        for rect, label, step, name, enabled in (
            ((MARGIN, bottom, 240, 80), self.ctx.t("parent:photo_browser.previous"), -1, "previous", self.page > 0),
            (
                (layout.width - 280, bottom, 240, 80),
                self.ctx.t("parent:photo_browser.next"),
                1,
                "next",
                self.page + 1 < self.page_count,
            ),
        ):
            turn = self.buttons.add(action_button(rect, label, functools.partial(self.turn, step), name))
            turn.colour, turn.enabled = theme.PARENT_PANEL, enabled

    def message_area(self) -> RectLike:
        layout = self.ctx.layout
        return (320, layout.height - 124, layout.width - 640, 110)

    def resized(self) -> None:
        self.page = min(self.page, self.page_count - 1)
        super().resized()

    # -- actions --------------------------------------------------------------------------------

    def open_folder(self, folder: Path) -> None:
        self.folder = folder
        self.entries, self.problem = list_folder(folder)
        self.page = 0
        self.say("")
        self._cancel_pending()
        self.rebuild()

    def turn(self, step: int) -> None:
        self.page = min(max(0, self.page + step), self.page_count - 1)
        self._cancel_pending()
        self.rebuild()

    def pick(self, entry: Entry) -> None:
        if entry.is_folder:
            self.open_folder(entry.path)
            return
        worked, message = import_into_profile(self.ctx, entry.path, self.kind)
        if not worked:
            self.say(message, ok=False)
            self.ctx.play_sound("soft_no")
            return
        self.ctx.play_sound("sparkle")
        if self.on_result is not None:
            self.on_result(True, message)
        self.ctx.scenes.pop()

    def handle_page(self, action: Action) -> bool:
        if action.kind is ActionKind.DROP_FILE and action.path:
            self.pick(Entry(Path(action.path), is_folder=False))  # a file dropped here works as on the photo page
            return True
        return False

    # -- thumbnails ----------------------------------------------------------------------------------

    def enter(self) -> None:
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="thumbnails")
        super().enter()

    def exit(self) -> None:
        self._cancel_pending()
        if self._worker is not None:
            self._worker.shutdown(wait=False, cancel_futures=True)
            self._worker = None

    def _cancel_pending(self) -> None:
        for future in self._pending.values():
            future.cancel()
        self._pending.clear()

    @property
    def thumbnails_ready(self) -> bool:
        """True when every picture on this page has its thumbnail (or is known to be unusable)."""
        return all(entry.path in self.thumbnails for entry in self.visible() if not entry.is_folder)

    def update_page(self, dt: float) -> bool:
        changed = False
        collected = 0
        for path, future in list(self._pending.items()):
            if collected >= COLLECT_PER_FRAME:
                break
            if not future.done():
                continue
            del self._pending[path]
            collected += 1
            changed = True
            try:
                thumbnail: pygame.Surface | None = future.result()
            except (PhotoRefused, pygame.error, OSError, ValueError, MemoryError):
                thumbnail = None
            if thumbnail is not None and pygame.display.get_surface() is not None:
                thumbnail = thumbnail.convert_alpha()
            self.thumbnails[path] = thumbnail
        if self._worker is not None:
            for entry in self.visible():
                if len(self._pending) >= IN_FLIGHT:
                    break
                if entry.is_folder or entry.path in self.thumbnails or entry.path in self._pending:
                    continue
                self._pending[entry.path] = self._worker.submit(make_thumbnail, entry.path)
        return changed or bool(self._pending)

    # -- drawing ---------------------------------------------------------------------------------------

    def draw_page(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        self.write_across(
            surface, ctx.t(f"parent:photo_browser.tap_{self.kind}", folder=str(self.folder)), 20, theme.INK, 130
        )
        if self.problem or not self.entries:
            text = ctx.t(f"parent:photo_browser.{self.problem or 'empty'}")
            write(surface, ctx, text, 24, theme.INK_SOFT, center=(layout.center_x, 400))
        if not self.message:
            write(
                surface,
                ctx,
                ctx.t("parent:photo_browser.page", page=self.page + 1, pages=self.page_count),
                19,
                theme.INK_SOFT,
                center=(layout.center_x, layout.height - 70),
            )

    def draw_over_buttons(self, surface: pygame.Surface) -> None:
        for button in self.buttons.buttons:
            if button.name.startswith("entry-"):
                self._draw_tile(surface, button)

    def _draw_tile(self, surface: pygame.Surface, button: Button) -> None:
        ctx = self.ctx
        layout = ctx.layout
        entry = self.visible()[[b for b in self.buttons.buttons if b.name.startswith("entry-")].index(button)]
        x, y, w, h = button.rect
        offset = 5 if button is self.buttons.pressed else 0
        picture_box = (x + 10, y + offset + 10, w - 20, h - 52)
        center = layout.point(picture_box[0] + picture_box[2] / 2, picture_box[1] + picture_box[3] / 2)
        if entry.is_folder:
            size = layout.px(picture_box[3])
            icon = ctx.assets.svg("svg/icons/folder.svg", (size, size))
            surface.blit(icon, icon.get_rect(center=center))
        else:
            thumbnail = self.thumbnails.get(entry.path, False)
            if isinstance(thumbnail, pygame.Surface):
                box_w, box_h = layout.px(picture_box[2]), layout.px(picture_box[3])
                scale = min(box_w / thumbnail.get_width(), box_h / thumbnail.get_height())
                shown = (max(1, round(thumbnail.get_width() * scale)), max(1, round(thumbnail.get_height() * scale)))
                key = (f"thumb:{entry.path}", shown, "")
                scaled = ctx.assets.cached(key)
                if scaled is None:
                    scaled = pygame.transform.smoothscale(thumbnail, shown)
                    ctx.assets.remember(key, scaled)
                surface.blit(scaled, scaled.get_rect(center=center))
            else:
                draw_panel(surface, layout, picture_box, theme.PARENT_BG, radius=10, shadow=False)
                text = "…" if thumbnail is False else ctx.t("parent:photo_browser.cannot_open")
                write(
                    surface,
                    ctx,
                    text,
                    20,
                    theme.INK_SOFT,
                    center=(picture_box[0] + picture_box[2] / 2, picture_box[1] + picture_box[3] / 2),
                )
        name = entry.path.name
        if len(name) > 20:
            name = name[:12] + "…" + name[-7:]
        write(surface, ctx, name, 17, theme.INK, center=(x + w / 2, y + offset + h - 22))


SCENES = {"parent-photo-browser": PhotoBrowserScene}


def sample_photo(ctx: GameContext, size: tuple[int, int], sky: theme.Colour) -> pygame.Surface:
    """A made-up "family photo" for the tour: the family's avatars outdoors under a sun."""
    width, height = size
    photo = pygame.Surface(size)
    for row in range(height):
        share = row / height
        photo.fill(theme.lighter(sky, 0.5 * share), (0, row, width, 1))
    pygame.draw.circle(photo, theme.SUNSHINE, (round(width * 0.82), round(height * 0.2)), round(height * 0.1))
    pygame.draw.ellipse(photo, theme.LEAF, (-width // 4, round(height * 0.7), width * 3 // 2, height))
    people = [(ctx.profile.grownup.look, "adult", 0.4, 0.8), (ctx.profile.child.look, "child", 0.6, 0.8 * 0.58)]
    for look, kind, where, share in people:
        still = ctx.rig.still(kind, look, "wave", height=height * share)
        still.blit_at(photo, (width * where, height * 0.98))
    return photo


def _tour_browser(ctx: GameContext) -> PhotoBrowserScene:
    import tempfile

    samples = tempfile.TemporaryDirectory(prefix="dropoff-buddy-tour-")
    folder = Path(samples.name)
    (folder / "Holidays").mkdir()
    skies = [theme.SKY, theme.LILAC, theme.CORAL, theme.LEAF, theme.ROSE]
    for index, name in enumerate(("family.jpg", "garden.png", "grandma.jpg", "park.bmp", "beach.png")):
        pygame.image.save(sample_photo(ctx, (640, 480), skies[index]), str(folder / name))
    scene = PhotoBrowserScene(ctx, "family", folder=folder)
    scene.keep_alive = samples  # removed with the scene
    return scene


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    def prepare(scene: Scene) -> None:
        # Let the worker finish the first page's thumbnails so the tour shows them.
        assert isinstance(scene, PhotoBrowserScene)
        import time

        deadline = time.monotonic() + 10
        while not scene.thumbnails_ready and time.monotonic() < deadline:
            scene.update(0.0)
            time.sleep(0.01)

    yield TourShot("parent-photo-browser", _tour_browser, settle=0.2, prepare=prepare)
