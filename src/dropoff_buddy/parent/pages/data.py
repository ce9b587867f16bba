"""The data page: where it lives, back up everything, restore from a backup, delete everything.

A parent page (behind the gate), one scene with a few steps:

- ``main``: the folders, and three big buttons;
- ``restore``: the backups found in Documents (or home) as big rows, no typing; a backup file
  dropped on the window works from any step;
- ``confirm-restore``: what the chosen (already fully checked) backup holds, and Restore;
- ``confirm-delete`` and ``confirm-delete-2``: delete asks twice, the second time naming
  what will be lost;
- ``delete-files``: after the data is deleted, the backups and spreadsheets the parent saved in
  Documents are listed by name, and kept unless the parent says to delete them too.

The work itself is done by ``storage.backup``; nothing is replaced unless the whole backup
passed every check, and messages say kindly what happened and what to do.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator
from pathlib import Path

import pygame

from dropoff_buddy import __version__
from dropoff_buddy.audio.speech_cache import default_cache_dir
from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.parent.page import CONTENT_TOP, MARGIN, ParentPageScene, Question, action_button, draw_card
from dropoff_buddy.registry import ParentPage, TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.storage.backup import (
    BackupChild,
    BackupError,
    BackupListing,
    BackupManifest,
    ValidBackup,
    child_to_open,
    create_backup,
    inspect_backup,
    list_backups,
    restore_backup,
)
from dropoff_buddy.storage.contents import ProfileContents, describe_profiles
from dropoff_buddy.storage.erase import erase_everything, erase_files, saved_family_files
from dropoff_buddy.storage.exports import backup_search_folders, export_folder
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button, write

ROWS_PER_PAGE = 4
NEUTRAL: theme.Colour = (226, 232, 240)


def _size_words(ctx: GameContext, size: int) -> str:
    if size < 1024 * 1024:
        return ctx.t("parent:data.kilobytes", size=max(1, round(size / 1024)))
    return ctx.t("parent:data.megabytes", size=round(size / (1024 * 1024), 1))


def _when_words(ctx: GameContext, moment: dt.datetime) -> str:
    return f"{ctx.date_words(moment.date(), 'd MMM y')}, {moment.strftime('%H:%M')}"


class ParentDataScene(ParentPageScene):
    name = "parent-data"

    def __init__(self, ctx: GameContext, step: str = "main") -> None:
        super().__init__(ctx)
        self.step = "main"
        self.backups: list[BackupListing] = []
        self.search_folders: list[Path] = []
        self.backup_page = 0
        self.chosen: ValidBackup | None = None
        self.going: list[ProfileContents] = []
        self.saved_files: list[Path] = []  # backups and spreadsheets in Documents, asked about after a delete
        self.go_to(step)

    # -- steps -------------------------------------------------------------------------------

    def go_to(self, step: str) -> None:
        """Show ``step``; the last message is cleared (callers set a new one after)."""
        self.step = step
        self.say("")
        self.question = None
        if step == "restore":
            self.search_folders = backup_search_folders()
            found = {listing.path: listing for folder in self.search_folders for listing in list_backups(folder)}
            self.backups = sorted(found.values(), key=lambda item: (item.modified, item.path.name), reverse=True)
            self.backup_page = 0
        if step == "confirm-delete-2":
            self.going = describe_profiles(self.ctx.store.data_dir)
        question = self._question(step)
        if question is not None:
            self.confirm(question)
        else:
            self.rebuild()

    def _question(self, step: str) -> Question | None:
        # The safe answer comes first and has the focus, so Enter never destroys anything.
        if step == "confirm-restore":
            return Question(
                self.ctx.t("parent:data.restore_title"),
                self._restore_words(),
                self.ctx.t("parent:data.restore_yes"),
                self.restore,
                no_label=self.ctx.t("parent:data.restore_no"),
                yes_name="restore-now",
                danger=False,
                on_no=self.cancel,
            )
        if step == "confirm-delete":
            next_step = functools.partial(self.go_to, "confirm-delete-2")
            return Question(
                self.ctx.t("parent:data.delete_title"),
                self.ctx.t("parent:data.delete_text"),
                self.ctx.t("parent:data.delete_continue"),
                next_step,
                no_label=self.ctx.t("parent:data.keep"),
                yes_name="continue",
                on_no=self.cancel,
            )
        if step == "confirm-delete-2":
            return Question(
                self.ctx.t("parent:data.last_check"),
                self._delete_words(),
                self.ctx.t("parent:data.delete_yes"),
                self.delete_everything,
                no_label=self.ctx.t("parent:data.keep"),
                yes_name="delete-now",
                on_no=self.cancel,
            )
        if step == "delete-files":
            return Question(
                self.ctx.t("parent:data.files_title"),
                self._saved_files_words(),
                self.ctx.t("parent:data.files_yes"),
                self.delete_saved_files,
                no_label=self.ctx.t("parent:data.files_no"),
                yes_name="delete-files-now",
                on_no=functools.partial(self._after_delete, kept=self.saved_files),
            )
        return None

    def page_title(self) -> str:
        if self.step == "restore" or self.step == "confirm-restore":
            return self.ctx.t("parent:data.restore")
        return self.ctx.t("parent:data.title")

    def build(self) -> None:
        if self.step == "main":
            self._build_main()
        elif self.step == "restore":
            self._build_restore()

    def _build_main(self) -> None:
        width = (self.ctx.layout.width - 2 * MARGIN - 2 * 32) / 3
        specs: list[tuple[str, str, Callable[[], None], theme.Colour]] = [
            ("backup", self.ctx.t("parent:data.backup"), self.back_up, theme.PARENT_ACCENT),
            (
                "restore",
                self.ctx.t("parent:data.restore"),
                functools.partial(self.go_to, "restore"),
                theme.PARENT_ACCENT,
            ),
            (
                "delete",
                self.ctx.t("parent:data.delete_all"),
                functools.partial(self.go_to, "confirm-delete"),
                theme.WARNING,
            ),
        ]
        for index, (name, label, action, colour) in enumerate(specs):
            self.buttons.add(
                Button(
                    rect=(MARGIN + index * (width + 32), 410, width, 100),
                    on_activate=action,
                    label=label,
                    colour=colour,
                    label_colour=theme.WHITE,
                    label_size=26,
                    sound="tap",
                    name=name,
                )
            )

    def _build_restore(self) -> None:
        layout = self.ctx.layout
        shown = self.backups[self.backup_page * ROWS_PER_PAGE : (self.backup_page + 1) * ROWS_PER_PAGE]
        y = 250.0
        for index, listing in enumerate(shown):
            ctx = self.ctx
            label = (
                f"{_when_words(ctx, listing.modified)}   ·   {_size_words(ctx, listing.size)}   ·   {listing.path.name}"
            )
            self.buttons.add(
                Button(
                    rect=(MARGIN, y, layout.width - 2 * MARGIN, 96),
                    on_activate=functools.partial(self.choose, listing.path),
                    label=label,
                    colour=theme.PARENT_PANEL,
                    label_size=23,
                    sound="tap",
                    name=f"backup-{self.backup_page * ROWS_PER_PAGE + index + 1}",
                )
            )
            y += 112
        pages = (len(self.backups) + ROWS_PER_PAGE - 1) // ROWS_PER_PAGE
        if self.backup_page > 0:
            turn = functools.partial(self.turn_backup_page, -1)
            self.buttons.add(action_button((MARGIN, y + 4, 240, 72), self.ctx.t("parent:data.newer"), turn, "newer"))
        if self.backup_page < pages - 1:
            turn = functools.partial(self.turn_backup_page, 1)
            self.buttons.add(
                action_button(
                    (layout.width - MARGIN - 240, y + 4, 240, 72), self.ctx.t("parent:data.older"), turn, "older"
                )
            )

    def message_area(self) -> RectLike:
        layout = self.ctx.layout
        top = 600.0
        if self.step == "restore":
            paging = 90 if len(self.backups) > ROWS_PER_PAGE else 0
            top = 250 + 112 * min(ROWS_PER_PAGE, len(self.backups)) + paging + 16
        return (MARGIN, top, layout.width - 2 * MARGIN, layout.height - top - 24)

    # -- actions -----------------------------------------------------------------------------

    def back(self) -> None:
        if self.step == "main":
            self.ctx.scenes.pop()
        else:
            self.cancel()

    def cancel(self) -> None:
        self.chosen = None
        if self.step == "delete-files":
            self._after_delete(kept=self.saved_files)
            return
        self.go_to("main")

    def back_up(self) -> None:
        ctx = self.ctx
        # Save what is in memory first, so the backup holds this morning's stickers too.
        ctx.save_profile()
        ctx.save_progress()
        try:
            path = create_backup(ctx.store.data_dir, export_folder(), ctx.clock())
        except BackupError as error:
            self.say(self._problem_words(error, str(export_folder())), ok=False)
            return
        self.say(ctx.t("parent:data.backed_up", path=str(path)))

    def turn_backup_page(self, step: int) -> None:
        self.backup_page += step
        self.rebuild()

    def choose(self, path: Path) -> None:
        """Check the whole backup at ``path``; show what it holds, or why it can't be used."""
        try:
            self.chosen = inspect_backup(path)
        except BackupError as error:
            self.chosen = None
            if self.step not in ("main", "restore"):
                self.go_to("main")
            self.say(self._problem_words(error, path.name), ok=False)
            return
        self.go_to("confirm-restore")

    def restore(self) -> None:
        ctx = self.ctx
        backup = self.chosen
        self.chosen = None
        self.go_to("main")
        if backup is None:
            return
        if not ctx.persist:
            self.say(ctx.t("parent:data.preview_not_restored"), ok=False)
            return
        try:
            restore_backup(backup, ctx.store.data_dir, ctx.clock())
        except BackupError as error:
            self.say(self._problem_words(error, backup.path.name), ok=False)
            return
        ctx.switch_child(ctx.store.open(child_to_open(backup, ctx.child.profile_id)))
        names = ctx.tr.join([child.name for child in backup.children])
        self.say(ctx.t("parent:data.restored", file=backup.path.name, names=names))

    def delete_everything(self) -> None:
        ctx = self.ctx
        self.go_to("main")
        if not ctx.persist:
            self.say(ctx.t("parent:data.preview_not_deleted"), ok=False)
            return
        forget = getattr(ctx.narrator.voice, "forget_everything", None)
        if forget is not None:
            forget()  # nothing more of the old lines may reach the speech cache once it is emptied
        result = erase_everything(ctx.store, speech_cache=default_cache_dir())
        ctx.switch_child(result.child)
        self.saved_files = saved_family_files([export_folder()])
        if result.left_behind:
            files = ", ".join(result.left_behind)
            self.say(ctx.t("parent:data.left_behind", files=files, folder=str(ctx.store.data_dir)), ok=False)
        elif self.saved_files:
            self.go_to("delete-files")  # the parent's own files in Documents: asked, listed by name
        else:
            self._after_delete(kept=[])

    def delete_saved_files(self) -> None:
        left = erase_files(self.saved_files)
        if left:
            self.saved_files = []
            self.go_to("main")
            files = ", ".join(left)
            self.say(self.ctx.t("parent:data.files_left", files=files, folder=str(export_folder())), ok=False)
            return
        self._after_delete(kept=[])

    def _after_delete(self, kept: list[Path]) -> None:
        self.saved_files = []
        self.go_to("main")
        folder = str(kept[0].parent) if kept else ""
        self.say(self.ctx.t("parent:data.deleted", kept=len(kept), folder=folder))

    def _problem_words(self, error: BackupError, file: str) -> str:
        """What went wrong with a backup, for the parent. The storage layer says it in English with
        every detail; a family reading another language gets the same news, in its words, by kind."""
        if self.ctx.tr.speaks_source:
            return error.message
        return self.ctx.t(f"parent:data.problem_{error.problem}", file=file)

    def handle_page(self, action: Action) -> bool:
        if action.kind is ActionKind.DROP_FILE and action.path:
            self.choose(Path(action.path))
            return True
        return False

    # -- drawing -----------------------------------------------------------------------------

    def draw_page(self, surface: pygame.Surface) -> None:
        if self.step == "restore":
            self._draw_restore(surface)
        else:
            self._draw_main(surface)

    def _draw_main(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        box = (MARGIN, CONTENT_TOP, layout.width - 2 * MARGIN, 240)
        draw_card(surface, ctx, box, 22)
        lines = [
            (ctx.t("parent:data.folder_all"), str(ctx.store.data_dir)),
            (ctx.t("parent:data.folder_child"), str(ctx.profile_folder)),
            (ctx.t("parent:data.folder_exports"), str(export_folder())),
        ]
        y = 160.0
        text_width = layout.width - 2 * MARGIN - 48
        for caption, path in lines:
            write(surface, ctx, caption, 19, theme.INK_SOFT, at=(MARGIN + 24, y), wrap=text_width)
            write(surface, ctx, path, 21, theme.INK, at=(MARGIN + 24, y + 26), wrap=text_width)
            y += 70
        width = (layout.width - 2 * MARGIN - 2 * 32) / 3
        notes = [ctx.t(f"parent:data.note_{name}") for name in ("backup", "restore", "delete")]
        for index, note in enumerate(notes):
            write(
                surface,
                ctx,
                note,
                18,
                theme.INK_SOFT,
                midtop=(MARGIN + index * (width + 32) + width / 2, 528),
                wrap=width - 20,
            )
        if not self.message:
            write(
                surface,
                ctx,
                ctx.t("parent:data.nothing_sent"),
                19,
                theme.INK_SOFT,
                center=(layout.center_x, 640),
            )

    def _draw_restore(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        folders = ", ".join(str(folder) for folder in self.search_folders)
        intro = ctx.t("parent:data.found" if self.backups else "parent:data.none_found", folders=folders)
        self.write_across(surface, intro, 21, theme.INK, 150)

    def _restore_words(self) -> str:
        backup = self.chosen
        if backup is None:
            return ""
        ctx = self.ctx
        children = "\n".join(
            "  •  "
            + ctx.t("parent:data.child_holds", name=child.name, stickers=child.stickers, checkins=child.check_ins)
            for child in backup.children[:6]
        )
        if len(backup.children) > 6:
            children += "\n  •  " + ctx.t("parent:data.more", count=len(backup.children) - 6)
        made = _when_words(ctx, backup.created_at.astimezone())
        about = {"file": backup.path.name, "made": made, "version": backup.manifest.app_version}
        return ctx.t("parent:data.restore_text", **about, children=children)

    def _delete_words(self) -> str:
        ctx = self.ctx
        if not self.going:
            return ctx.t("parent:data.nothing_saved")
        lines = []
        for child in self.going[:6]:
            counts = {"stickers": child.stickers, "checkins": child.check_ins, "files": child.other_files}
            lines.append("  •  " + ctx.t("parent:data.child_goes", name=child.name, **counts))
        if len(self.going) > 6:
            lines.append("  •  " + ctx.t("parent:data.more", count=len(self.going) - 6))
        return ctx.t("parent:data.gone_text", children="\n".join(lines))

    def _saved_files_words(self) -> str:
        files = self.saved_files
        names = "\n".join(f"  •  {path.name}" for path in files[:7])
        if len(files) > 7:
            names += "\n  •  " + self.ctx.t("parent:data.more", count=len(files) - 7)
        folder = files[0].parent if files else export_folder()
        return self.ctx.t("parent:data.saved_files", folder=str(folder), names=names)


SCENES = {"parent-data": ParentDataScene}

PARENT_PAGES = [ParentPage("parent-data", "Your data", order=80)]


def _tour_restore(scene: Scene) -> None:
    """Show the restore list with two made-up backups (the tour never touches real Documents)."""
    assert isinstance(scene, ParentDataScene)
    now = scene.ctx.clock()
    scene.backups = [
        BackupListing(
            Path(f"dropoff-buddy-backup-{(now - dt.timedelta(days=days)).strftime('%Y-%m-%d')}-0812.zip"),
            now - dt.timedelta(days=days, hours=1),
            size,
        )
        for days, size in ((0, 2_400_000), (9, 2_150_000), (31, 880_000))
    ]
    # What a parent sees after dropping a zip that is no backup (the storage layer's own words).
    not_backup = BackupError(
        "not_a_backup",
        'old-photos.zip isn\'t a Dropoff Buddy backup. Backups are .zip files made with "Back up everything". '
        "Nothing was changed.",
    )
    scene.say(scene._problem_words(not_backup, "old-photos.zip"), ok=False)
    scene.search_folders = backup_search_folders()  # only the folder names; nothing in them is read
    scene.step = "restore"
    scene.rebuild()


def _tour_confirm_restore(scene: Scene) -> None:
    """The question a parent sees after picking a backup that passed every check (made-up contents)."""
    assert isinstance(scene, ParentDataScene)
    now = scene.ctx.clock()
    manifest = BackupManifest(
        schema_version=1, app="dropoff-buddy", app_version=__version__, created_at=now - dt.timedelta(days=9), files=[]
    )
    scene.chosen = ValidBackup(
        path=Path(f"dropoff-buddy-backup-{(now - dt.timedelta(days=9)).strftime('%Y-%m-%d')}-0812.zip"),
        manifest=manifest,
        children=(BackupChild("sam", "Sam", 23, 31), BackupChild("mia", "Mia", 4, 6)),
        last_profile_id="sam",
        total_bytes=2_150_000,
    )
    scene.go_to("confirm-restore")


def _tour_delete_files(scene: Scene) -> None:
    """The question after "delete all data" about the files the parent saved (made-up names)."""
    assert isinstance(scene, ParentDataScene)
    folder = export_folder()
    day = scene.ctx.clock().strftime("%Y-%m-%d")
    scene.saved_files = [
        folder / f"dropoff-buddy-backup-{day}-0812.zip",
        folder / f"dropoff-buddy-Sam-feelings-{day}.csv",
        folder / f"dropoff-buddy-Sam-rituals-{day}.csv",
    ]
    scene.go_to("delete-files")


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    yield TourShot("parent-data", ParentDataScene, settle=0.1)
    yield TourShot("parent-data-restore", ParentDataScene, settle=0.1, prepare=_tour_restore)
    yield TourShot("parent-data-confirm-restore", ParentDataScene, settle=0.1, prepare=_tour_confirm_restore)
    yield TourShot("parent-data-confirm-delete", lambda ctx: ParentDataScene(ctx, step="confirm-delete"), settle=0.1)
    yield TourShot(
        "parent-data-confirm-delete-2", lambda ctx: ParentDataScene(ctx, step="confirm-delete-2"), settle=0.1
    )
    yield TourShot("parent-data-delete-files", ParentDataScene, settle=0.1, prepare=_tour_delete_files)
