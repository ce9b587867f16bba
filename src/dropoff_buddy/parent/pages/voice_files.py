"""The sound-file list of the "Your voice" page: which folders and files it offers, its buttons and its words."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Final

import pygame

from dropoff_buddy.audio.recordings import IMPORT_SUFFIXES
from dropoff_buddy.parent.page import action_button
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, write

if TYPE_CHECKING:
    from dropoff_buddy.parent.pages.voice import ParentVoiceScene

FILE_ROW_HEIGHT: Final = 72.0
FILE_ROWS: Final = 6
MAX_FILES: Final = 300


def browse_folders() -> list[tuple[str, Path]]:
    """The folders the import list offers (those that exist), big and few: no typing needed."""
    home = Path.home()
    candidates = [
        ("Home", home),
        ("Music", home / "Music"),
        ("Documents", home / "Documents"),
        ("Downloads", home / "Downloads"),
    ]
    return [(label, path) for label, path in candidates if path.is_dir()]


def audio_files_in(folder: Path) -> list[Path]:
    """Sound files directly in ``folder`` that can be imported, newest first."""
    found: list[tuple[float, Path]] = []
    try:
        for entry in folder.iterdir():
            if entry.suffix.lower() in IMPORT_SUFFIXES and not entry.name.startswith("."):
                try:
                    if entry.is_file():
                        found.append((entry.stat().st_mtime, entry))
                except OSError:
                    continue
            if len(found) >= MAX_FILES:
                break
    except OSError:
        return []
    found.sort(key=lambda item: (-item[0], item[1].name.lower()))
    return [path for _, path in found]


def build_file_list(scene: ParentVoiceScene, px: float, py: float, pw: float, ph: float) -> None:
    """The folder tabs, a page of files (a tap imports one), Cancel and the page arrows."""
    x = px + 20
    tab_w = min(180.0, (pw - 40 - 3 * 12) / 4)
    for index, (label, _path) in enumerate(scene.folders):
        open_it = functools.partial(scene.open_folder, index)
        scene.buttons.add(
            Button(
                rect=(x, py + 70, tab_w, 60),
                on_activate=open_it,
                label=scene.ctx.t(f"parent:voice.folder_{label.lower()}"),
                label_size=22,
                sound="tap",
                name=f"folder:{label}",
                colour=theme.PARENT_ACCENT if index == scene.folder_index else (226, 232, 240),
                label_colour=theme.WHITE if index == scene.folder_index else theme.INK,
            )
        )
        x += tab_w + 12
    y = py + 150
    start = scene.file_page * FILE_ROWS
    for offset, path in enumerate(scene.files[start : start + FILE_ROWS]):
        scene.buttons.add(
            Button(
                rect=(px + 20, y, pw - 40, FILE_ROW_HEIGHT - 10),
                on_activate=functools.partial(scene.import_file, path),
                label=path.name,
                label_size=22,
                colour=theme.PARENT_PANEL,
                sound="tap",
                name=f"file:{start + offset}",
            )
        )
        y += FILE_ROW_HEIGHT
    bottom = py + ph - 90
    pages = max(1, -(-len(scene.files) // FILE_ROWS))
    scene.buttons.add(
        action_button(
            (px + 20, bottom, 200, 70), scene.ctx.t("parent:voice.cancel"), scene.close_browser, "cancel", size=24
        )
    )
    for name, step, from_right in (("up", -1, 300), ("down", 1, 150)):
        scene.buttons.add(
            action_button(
                (px + pw - from_right, bottom, 130, 70),
                scene.ctx.t(f"parent:voice.{name}"),
                functools.partial(scene.turn, step),
                f"page-{name}",
                size=24,
                enabled=scene.file_page > 0 if step < 0 else scene.file_page < pages - 1,
            )
        )


def draw_file_list(scene: ParentVoiceScene, surface: pygame.Surface) -> None:
    """What to do, and why there is nothing to pick when there is nothing."""
    ctx = scene.ctx
    px, py, pw, _ph = scene.panel_rect
    title = ctx.t("parent:voice.choose_file", title=scene.current.line.title)
    write(surface, ctx, title, 26, theme.PARENT_ACCENT, at=(px + 28, py + 22), wrap=pw - 56)
    if not scene.folders:
        text = ctx.t("parent:voice.no_folders")
    elif not scene.files:
        text = ctx.t("parent:voice.no_files", folder=str(scene.folders[scene.folder_index][1]))
    else:
        text = ""
    if text:
        write(surface, ctx, text, 21, theme.INK_SOFT, at=(px + 28, py + 160), wrap=pw - 56)
