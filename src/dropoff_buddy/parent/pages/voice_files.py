"""The sound-file list of the "Your voice" page: which folders and files it offers, its buttons and its words."""

from __future__ import annotations

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


def _build_browser(self, px: float, py: float, pw: float, ph: float) -> None:
    x = px + 20
    tab_w = min(180.0, (pw - 40 - 3 * 12) / 4)
    for index, (label, _path) in enumerate(self.folders):
        open_it = functools.partial(self.open_folder, index)
        self.buttons.add(
            Button(
                rect=(x, py + 70, tab_w, 60),
                on_activate=open_it,
                label=self.ctx.t(f"parent:voice.folder_{label.lower()}"),
                label_size=22,
                sound="tap",
                name=f"folder:{label}",
                colour=theme.PARENT_ACCENT if index == self.folder_index else (226, 232, 240),
                label_colour=theme.WHITE if index == self.folder_index else theme.INK,
            )
        )
        x += tab_w + 12
    y = py + 150
    start = self.file_page * FILE_ROWS
    for offset, path in enumerate(self.files[start : start + FILE_ROWS]):
        self.buttons.add(
            Button(
                rect=(px + 20, y, pw - 40, FILE_ROW_HEIGHT - 10),
                on_activate=functools.partial(self.import_file, path),
                label=path.name,
                label_size=22,
                colour=theme.PARENT_PANEL,
                sound="tap",
                name=f"file:{start + offset}",
            )
        )
        y += FILE_ROW_HEIGHT
    bottom = py + ph - 90
    pages = max(1, -(-len(self.files) // FILE_ROWS))
    self.buttons.add(
        action_button(
            (px + 20, bottom, 200, 70), self.ctx.t("parent:voice.cancel"), self.close_browser, "cancel", size=24
        )
    )
    self.buttons.add(
        action_button(
            (px + pw - 300, bottom, 130, 70),
            self.ctx.t("parent:voice.up"),
            functools.partial(self.turn, -1),
            "page-up",
            size=24,
            enabled=self.file_page > 0,
        )
    )
    self.buttons.add(
        action_button(
            (px + pw - 150, bottom, 130, 70),
            self.ctx.t("parent:voice.down"),
            functools.partial(self.turn, 1),
            "page-down",
            size=24,
            enabled=self.file_page < pages - 1,
        )
    )

def _draw_browser(self, surface: pygame.Surface) -> None:
    ctx = self.ctx
    layout = ctx.layout
    px, py, pw, _ph = self.panel_rect
    draw_text(
        surface,
        ctx.fonts,
        layout,
        ctx.t("parent:voice.choose_file", title=self.current.line.title),
        26,
        theme.PARENT_ACCENT,
        topleft=(px + 28, py + 22),
        align="left",
        wrap_width=pw - 56,
    )
    if not self.folders:
        text = ctx.t("parent:voice.no_folders")
    elif not self.files:
        text = ctx.t("parent:voice.no_files", folder=str(self.folders[self.folder_index][1]))
    else:
        text = ""
    if text:
        draw_text(
            surface,
            ctx.fonts,
            layout,
            text,
            21,
            theme.INK_SOFT,
            topleft=(px + 28, py + 160),
            align="left",
            wrap_width=pw - 56,
        )
