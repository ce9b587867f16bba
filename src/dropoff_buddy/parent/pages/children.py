"""Children: one profile per child (siblings), each with their own buddy, day, stickers and feelings.

Add a child (a name is enough; set-up can follow), switch which child plays (the kid screens
show that child at once), rename, and delete. Deleting asks twice, and the child who is
playing is never deleted without first switching to another child.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.parent.page import CONTENT_TOP, MARGIN, ParentPageScene, Question, action_button, draw_card
from dropoff_buddy.registry import ParentPage, TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.text_field import TextField
from dropoff_buddy.ui.widgets import write

MAX_CHILDREN = 6
ROW_HEIGHT = 84.0
ROW_GAP = 14.0


@dataclass
class ChildEntry:
    profile_id: str
    name: str


class ChildrenScene(ParentPageScene):
    name = "parent-children"
    title = "parent:children.title"
    back_label = "parent:frame.done"
    back_name = "done"

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.entries: list[ChildEntry] = []
        self.renaming: str | None = None  # profile id being renamed
        self.just_added: ChildEntry | None = None  # offered "set up now" after adding
        self.add_field = TextField(
            ctx,
            (0, 0, 480, 76),
            placeholder=ctx.t("parent:children.new_name"),
            name="new-child",
            on_submit=self.add_child,
        )
        self.rename_field = TextField(ctx, (0, 0, 420, 64), name="rename", on_submit=self.save_rename)
        self.refresh()

    # -- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self.ctx
        current = ctx.child.profile_id
        entries = []
        ids = ctx.store.list_profiles()
        if current not in ids:
            ids = [current, *ids]
        for profile_id in ids:
            profile = ctx.profile if profile_id == current else ctx.store.open(profile_id).profile
            entries.append(ChildEntry(profile_id, profile.child.name))
        entries.sort(key=lambda entry: (entry.profile_id != current, entry.name.casefold()))
        self.entries = entries
        self.rebuild()

    def is_playing(self, entry: ChildEntry) -> bool:
        return entry.profile_id == self.ctx.child.profile_id

    # -- layout ------------------------------------------------------------------------------------

    def subtitle(self) -> str:
        return self.ctx.t("parent:children.help")

    @property
    def fields(self) -> list[TextField]:
        return [self.rename_field, self.add_field] if self.renaming else [self.add_field]

    def typing_field(self) -> TextField | None:
        return self.fields[-1]

    def build(self) -> None:
        right = self.ctx.layout.width - MARGIN
        bh = self._button_height()
        for index, entry in enumerate(self.entries):
            y = self._row_y(index) + (self._row_height() - bh) / 2
            if self.renaming == entry.profile_id:
                self.rename_field.rect = (MARGIN + 20, y, 420, bh)
                self.buttons.add(
                    action_button(
                        (right - 400, y, 180, bh),
                        self.ctx.t("parent:children.save"),
                        self.save_rename,
                        "rename-save",
                        primary=True,
                    )
                )
                self.buttons.add(
                    action_button(
                        (right - 200, y, 180, bh),
                        self.ctx.t("parent:children.cancel"),
                        self.cancel_rename,
                        "rename-cancel",
                    )
                )
                continue
            self._build_row(entry, y, right, bh)
        add_y = self._add_y()
        self.add_field.rect = (MARGIN + 20, add_y, 480, 76)
        self.buttons.add(
            action_button(
                (MARGIN + 520, add_y, 220, 76),
                self.ctx.t("parent:children.add"),
                self.add_child,
                "add-child",
                primary=True,
            )
        )
        if self.just_added is not None:
            self.buttons.add(
                action_button(
                    (MARGIN + 760, add_y, 360, 76),
                    self.ctx.t("parent:children.set_up_now", name=self.just_added.name),
                    self.set_up_new_child,
                    "set-up-new",
                )
            )

    def _build_row(self, entry: ChildEntry, y: float, right: float, bh: float) -> None:
        if not self.is_playing(entry):
            switch = self.buttons.add(
                action_button(
                    (right - 640, y, 240, bh),
                    self.ctx.t("parent:children.play_as", name=entry.name),
                    functools.partial(self.switch_to, entry),
                    f"switch-{entry.profile_id}",
                    primary=True,
                )
            )
            switch.label_size = 22
        rename = self.buttons.add(
            action_button(
                (right - 390, y, 180, bh),
                self.ctx.t("parent:children.rename"),
                functools.partial(self.start_rename, entry),
                f"rename-{entry.profile_id}",
            )
        )
        rename.label_size = 22
        self.buttons.add(
            action_button(
                (right - 200, y, 180, bh),
                self.ctx.t("parent:children.delete"),
                functools.partial(self.ask_delete, entry),
                f"delete-{entry.profile_id}",
            )
        )

    def _pitch(self) -> float:
        """Row spacing: roomy for a few children, tighter so six still fit above the add row."""
        room = self.ctx.layout.height - CONTENT_TOP - 250
        return min(ROW_HEIGHT + ROW_GAP, room / max(1, len(self.entries)))

    def _row_y(self, index: int) -> float:
        return CONTENT_TOP + index * self._pitch()

    def _row_height(self) -> float:
        return self._pitch() - ROW_GAP

    def _button_height(self) -> float:
        return min(64.0, self._row_height() - 12)

    def _add_y(self) -> float:
        return CONTENT_TOP + max(1, len(self.entries)) * self._pitch() + 40

    def message_area(self) -> RectLike:
        top = self._add_y() + 96
        return (MARGIN, top, self.ctx.layout.width - 2 * MARGIN, self.ctx.layout.height - top - 16)

    # -- actions ---------------------------------------------------------------------------------------

    def back(self) -> None:
        if self.renaming is not None:
            self.cancel_rename()
            return
        self.ctx.scenes.pop()

    def switch_to(self, entry: ChildEntry) -> None:
        ctx = self.ctx
        ctx.save_profile()
        ctx.save_progress()
        ctx.switch_child(ctx.store.open(entry.profile_id))
        ctx.scenes.pop_to_root()

    def add_child(self) -> None:
        name = self.add_field.value
        if not name:
            self.say(self.ctx.t("parent:children.type_first"), ok=False)
            self.add_field.focus()
            return
        if len(self.entries) >= MAX_CHILDREN:
            self.say(self.ctx.t("parent:children.too_many", count=MAX_CHILDREN), ok=False)
            return
        child = self.ctx.store.create_profile(name)
        self.add_field.set_text("")
        self.add_field.blur()
        added = child.profile.child.name
        self.just_added = ChildEntry(child.profile_id, added)
        self.say(self.ctx.t("parent:children.added", name=added))
        self.refresh()

    def set_up_new_child(self) -> None:
        """Switch to the child just added and go straight into their set-up."""
        entry = self.just_added
        if entry is None:
            return
        ctx = self.ctx
        ctx.save_profile()
        ctx.save_progress()
        ctx.switch_child(ctx.store.open(entry.profile_id))
        setup = ctx.make_scene("parent-setup")
        if setup is None:
            ctx.scenes.pop_to_root()
            return
        ctx.scenes.replace(setup)

    def start_rename(self, entry: ChildEntry) -> None:
        self.just_added = None
        self.renaming = entry.profile_id
        self.rename_field.set_text(entry.name)
        self.add_field.blur()
        self.rename_field.focus()
        self.say("")
        self.rebuild()

    def cancel_rename(self) -> None:
        self.renaming = None
        self.rename_field.blur()
        self.rebuild()

    def save_rename(self) -> None:
        profile_id = self.renaming
        if profile_id is None:
            return
        name = self.rename_field.value
        if not name:
            self.say(self.ctx.t("parent:children.empty_name"), ok=False)
            return
        ctx = self.ctx
        if profile_id == ctx.child.profile_id:
            ctx.profile.child.name = name
            ctx.save_profile()
        else:
            child = ctx.store.open(profile_id)
            child.profile.child.name = name
            ctx.store.save_profile(child)
        self.say(self.ctx.t("parent:children.renamed", name=name))
        self.renaming = None
        self.rename_field.blur()
        self.refresh()

    def ask_delete(self, entry: ChildEntry) -> None:
        switch_to = None
        if self.is_playing(entry):
            others = [other for other in self.entries if other.profile_id != entry.profile_id]
            if not others:
                self.say(
                    self.ctx.t("parent:children.only_child", name=entry.name),
                    ok=False,
                )
                return
            switch_to = others[0]
        self.say("")
        self.just_added = None
        text = self.ctx.t("parent:children.delete_text", name=entry.name)
        if switch_to is not None:
            text += " " + self.ctx.t("parent:children.will_play", name=switch_to.name)
        self.confirm(
            Question(
                self.ctx.t("parent:children.delete_title", name=entry.name),
                text,
                self.ctx.t("parent:children.delete_yes"),
                functools.partial(self._ask_again, entry, switch_to),
                no_label=self.ctx.t("parent:children.keep"),
                yes_name="delete-first",
            )
        )

    def _ask_again(self, entry: ChildEntry, switch_to: ChildEntry | None) -> None:
        self.confirm(
            Question(
                self.ctx.t("parent:children.sure"),
                self.ctx.t("parent:children.sure_text", name=entry.name),
                self.ctx.t("parent:children.sure_yes"),
                functools.partial(self._delete, entry, switch_to),
                no_label=self.ctx.t("parent:children.keep"),
                yes_name="confirm-delete",
            )
        )

    def _delete(self, entry: ChildEntry, switch_to: ChildEntry | None) -> None:
        ctx = self.ctx
        if self.is_playing(entry):
            assert switch_to is not None
            ctx.save_progress()
            ctx.switch_child(ctx.store.open(switch_to.profile_id))
        if ctx.store.delete_profile(entry.profile_id):
            self.say(self.ctx.t("parent:children.deleted", name=entry.name))
        else:
            self.say(self.ctx.t("parent:children.not_deleted", name=entry.name), ok=False)
        self.refresh()

    # -- drawing -------------------------------------------------------------------------------------

    def draw_page(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        for index, entry in enumerate(self.entries):
            y = self._row_y(index)
            row_h = self._row_height()
            draw_card(surface, ctx, (MARGIN, y, layout.width - 2 * MARGIN, row_h), 20)
            if self.renaming == entry.profile_id:
                continue
            name_rect = write(surface, ctx, entry.name, 30, theme.INK, at=(MARGIN + 28, y + row_h / 2 - 18))
            if self.is_playing(entry):
                after_name = name_rect.right / layout.scale + 24
                write(
                    surface,
                    ctx,
                    ctx.t("parent:children.playing_now"),
                    20,
                    theme.PARENT_ACCENT,
                    at=(after_name, y + row_h / 2 - 9),
                )
        write(
            surface, ctx, ctx.t("parent:children.add_label"), 22, theme.INK_SOFT, at=(MARGIN + 24, self._add_y() - 34)
        )


SCENES = {"parent-children": ChildrenScene}
PARENT_PAGES = [ParentPage("parent-children", "Children", order=30)]


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    def ask(scene: Scene) -> None:
        assert isinstance(scene, ChildrenScene)
        # A brother shown only in this picture (the tour writes nothing), so the question can be asked.
        scene.entries.append(ChildEntry("tour-sibling", "Leo"))
        scene.ask_delete(scene.entries[0])

    yield TourShot("parent-children", ChildrenScene, settle=0.2)
    yield TourShot("parent-children-delete", ChildrenScene, settle=0.2, prepare=ask)
