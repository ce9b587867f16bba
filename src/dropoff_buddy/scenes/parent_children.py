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
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.parent.host import MARGIN, nav_button
from dropoff_buddy.scene import Scene
from dropoff_buddy.scenes.registry import ParentPage, TourShot
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.text_field import TextField
from dropoff_buddy.ui.widgets import Button, ButtonGroup, draw_panel, draw_text, note_cover

MAX_CHILDREN = 6
ROW_TOP = 140.0
ROW_HEIGHT = 84.0
ROW_GAP = 14.0
CHOICE = (226, 232, 240)


@dataclass
class ChildEntry:
    profile_id: str
    name: str


@dataclass
class DeleteRequest:
    entry: ChildEntry
    stage: int  # 1: first question, 2: "really?"
    switch_to: ChildEntry | None  # the child to switch to first, when deleting the one playing


class ChildrenScene(Scene):
    name = "parent-children"
    kid_screen = False

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.buttons = ButtonGroup(ctx, parent_style=True)
        self.entries: list[ChildEntry] = []
        self.message = ""
        self.renaming: str | None = None  # profile id being renamed
        self.just_added: ChildEntry | None = None  # offered "set up now" after adding
        self.deleting: DeleteRequest | None = None
        self.add_field = TextField(
            ctx, (0, 0, 480, 76), placeholder="New child's name", name="new-child", on_submit=self.add_child
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
        self._build()

    def is_playing(self, entry: ChildEntry) -> bool:
        return entry.profile_id == self.ctx.child.profile_id

    # -- layout ------------------------------------------------------------------------------------

    @property
    def fields(self) -> list[TextField]:
        if self.deleting is not None:
            return []
        return [self.rename_field, self.add_field] if self.renaming else [self.add_field]

    def _build(self) -> None:
        layout = self.ctx.layout
        self.buttons.clear()
        right = layout.width - MARGIN
        if self.deleting is not None:
            self._build_confirm()
            return
        self.buttons.add(nav_button((right - 240, 30, 240, 76), "Done", self.back, "done", primary=True))
        for index, entry in enumerate(self.entries):
            y = self._row_y(index) + (self._row_height() - self._button_height()) / 2
            bh = self._button_height()
            if self.renaming == entry.profile_id:
                self.rename_field.rect = (MARGIN + 20, y, 420, bh)
                self.buttons.add(
                    nav_button((right - 400, y, 180, bh), "Save", self.save_rename, "rename-save", primary=True)
                )
                self.buttons.add(nav_button((right - 200, y, 180, bh), "Cancel", self.cancel_rename, "rename-cancel"))
                continue
            if not self.is_playing(entry):
                self.buttons.add(
                    nav_button(
                        (right - 640, y, 240, bh),
                        f"Play as {entry.name}",
                        functools.partial(self.switch_to, entry),
                        f"switch-{entry.profile_id}",
                        primary=True,
                    )
                )
            self.buttons.add(
                nav_button(
                    (right - 390, y, 180, bh),
                    "Rename",
                    functools.partial(self.start_rename, entry),
                    f"rename-{entry.profile_id}",
                )
            )
            self.buttons.add(
                nav_button(
                    (right - 200, y, 180, bh),
                    "Delete",
                    functools.partial(self.ask_delete, entry),
                    f"delete-{entry.profile_id}",
                )
            )
        add_y = self._add_y()
        self.add_field.rect = (MARGIN + 20, add_y, 480, 76)
        self.buttons.add(
            nav_button((MARGIN + 520, add_y, 220, 76), "Add child", self.add_child, "add-child", primary=True)
        )
        if self.just_added is not None:
            self.buttons.add(
                nav_button(
                    (MARGIN + 760, add_y, 360, 76),
                    f"Set up {self.just_added.name} now",
                    self.set_up_new_child,
                    "set-up-new",
                )
            )
        for button in self.buttons.buttons:
            if button.name.startswith("switch-") or button.name.startswith("rename-"):
                button.label_size = 22

    def _pitch(self) -> float:
        """Row spacing: roomy for a few children, tighter so six still fit above the add row."""
        room = self.ctx.layout.height - ROW_TOP - 250
        return min(ROW_HEIGHT + ROW_GAP, room / max(1, len(self.entries)))

    def _row_y(self, index: int) -> float:
        return ROW_TOP + index * self._pitch()

    def _row_height(self) -> float:
        return self._pitch() - ROW_GAP

    def _button_height(self) -> float:
        return min(64.0, self._row_height() - 12)

    def _add_y(self) -> float:
        return ROW_TOP + max(1, len(self.entries)) * self._pitch() + 40

    def _build_confirm(self) -> None:
        request = self.deleting
        assert request is not None
        layout = self.ctx.layout
        cx = layout.center_x
        y = layout.height / 2 + 60
        final = request.stage == 2
        self.buttons.add(nav_button((cx - 330, y, 300, 84), "No, keep", self.cancel_delete, "keep", primary=True))
        self.buttons.add(
            Button(
                rect=(cx + 30, y, 300, 84),
                on_activate=self.confirm_delete,
                label="Yes, delete for good" if final else "Delete…",
                colour=theme.WARNING,
                label_colour=theme.WHITE,
                label_size=24,
                sound="tap",
                name="confirm-delete" if final else "delete-first",
            )
        )

    def resized(self) -> None:
        self._build()

    # -- actions ---------------------------------------------------------------------------------------

    def back(self) -> None:
        if self.deleting is not None:
            self.cancel_delete()
            return
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
            self.message = "Type the new child's name first."
            self.add_field.focus()
            return
        if len(self.entries) >= MAX_CHILDREN:
            self.message = f"Dropoff Buddy keeps up to {MAX_CHILDREN} children. Delete one to add another."
            return
        child = self.ctx.store.create_profile(name)
        self.add_field.set_text("")
        self.add_field.blur()
        added = child.profile.child.name
        self.just_added = ChildEntry(child.profile_id, added)
        self.message = f"Added {added}. Set {added} up now, or later with “Play as {added}”."
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
        self.message = ""
        self._build()

    def cancel_rename(self) -> None:
        self.renaming = None
        self.rename_field.blur()
        self._build()

    def save_rename(self) -> None:
        profile_id = self.renaming
        if profile_id is None:
            return
        name = self.rename_field.value
        if not name:
            self.message = "A name can't be empty. Type one, or press Cancel."
            return
        ctx = self.ctx
        if profile_id == ctx.child.profile_id:
            ctx.profile.child.name = name
            ctx.save_profile()
        else:
            child = ctx.store.open(profile_id)
            child.profile.child.name = name
            ctx.store.save_profile(child)
        self.message = f"Renamed to {name}."
        self.renaming = None
        self.rename_field.blur()
        self.refresh()

    def ask_delete(self, entry: ChildEntry) -> None:
        switch_to = None
        if self.is_playing(entry):
            others = [other for other in self.entries if other.profile_id != entry.profile_id]
            if not others:
                self.message = (
                    f"{entry.name} is the only child here, so there's no one to switch to. Add another child first."
                )
                return
            switch_to = others[0]
        self.message = ""
        self.just_added = None
        self.add_field.blur()
        self.deleting = DeleteRequest(entry, 1, switch_to)
        self._build()

    def cancel_delete(self) -> None:
        self.deleting = None
        self._build()

    def confirm_delete(self) -> None:
        request = self.deleting
        if request is None:
            return
        if request.stage == 1:
            self.deleting = DeleteRequest(request.entry, 2, request.switch_to)
            self._build()
            return
        ctx = self.ctx
        self.deleting = None
        if self.is_playing(request.entry):
            assert request.switch_to is not None
            ctx.save_progress()
            ctx.switch_child(ctx.store.open(request.switch_to.profile_id))
        if ctx.store.delete_profile(request.entry.profile_id):
            self.message = f"{request.entry.name}'s profile was deleted."
        else:
            self.message = f"{request.entry.name}'s profile could not be deleted just now. Nothing was removed."
        self.refresh()

    # -- input, time, drawing -----------------------------------------------------------------------

    def handle(self, action: Action) -> None:
        if action.kind is ActionKind.BACK:
            self.back()
            return
        fields = self.fields
        if action.pos is not None and action.kind in (ActionKind.PRESS, ActionKind.TAP):
            hit = next((text_field for text_field in fields if text_field.hit(action.pos)), None)
            if action.kind is ActionKind.TAP:
                for text_field in fields:
                    if text_field is not hit:
                        text_field.blur()
            if hit is not None:
                hit.handle(action)
                return
        else:
            active = next((text_field for text_field in fields if text_field.active), None)
            if active is not None and active.handle(action):
                return
            if active is None and action.kind is ActionKind.TEXT and fields and action.text.isprintable():
                fields[-1].focus()
                fields[-1].handle(action)
                return
        self.buttons.handle(action)

    def update(self, dt: float) -> bool:
        changed = False
        for text_field in (self.add_field, self.rename_field):
            changed = text_field.update(dt) or changed
        return changed

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        surface.fill(theme.PARENT_BG)
        draw_text(
            surface, ctx.fonts, layout, "Children", 40, theme.PARENT_ACCENT, topleft=(MARGIN + 4, 30), align="left"
        )
        draw_text(
            surface,
            ctx.fonts,
            layout,
            "Each child has their own buddy, day, stickers and feelings.",
            22,
            theme.INK_SOFT,
            topleft=(MARGIN + 4, 92),
            align="left",
            wrap_width=layout.width - 2 * MARGIN - 280,
        )
        for index, entry in enumerate(self.entries):
            y = self._row_y(index)
            row_h = self._row_height()
            draw_panel(
                surface,
                layout,
                (MARGIN, y, layout.width - 2 * MARGIN, row_h),
                theme.PARENT_PANEL,
                radius=20,
                shadow=False,
                outline=(210, 218, 228),
                outline_width=2,
            )
            if self.renaming == entry.profile_id:
                continue
            name_rect = draw_text(
                surface,
                ctx.fonts,
                layout,
                entry.name,
                30,
                theme.INK,
                topleft=(MARGIN + 28, y + row_h / 2 - 18),
                align="left",
            )
            if self.is_playing(entry):
                after_name = name_rect.right / layout.scale + 24
                draw_text(
                    surface,
                    ctx.fonts,
                    layout,
                    "playing now",
                    20,
                    theme.PARENT_ACCENT,
                    topleft=(after_name, y + row_h / 2 - 9),
                    align="left",
                )
        add_y = self._add_y()
        draw_text(
            surface,
            ctx.fonts,
            layout,
            "Add a brother or sister:",
            22,
            theme.INK_SOFT,
            topleft=(MARGIN + 24, add_y - 34),
            align="left",
        )
        if self.message:
            draw_text(
                surface,
                ctx.fonts,
                layout,
                self.message,
                22,
                theme.INK,
                topleft=(MARGIN + 24, add_y + 110),
                align="left",
                wrap_width=layout.width - 2 * MARGIN - 40,
            )
        if self.deleting is None:
            self.buttons.draw(surface)
            for text_field in self.fields:
                text_field.draw(surface)
        else:
            self._draw_confirm(surface)

    def _draw_confirm(self, surface: pygame.Surface) -> None:
        request = self.deleting
        assert request is not None
        ctx = self.ctx
        layout = ctx.layout
        veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        veil.fill((*theme.PARENT_BG, 215))
        surface.blit(veil, (0, 0))
        note_cover(ctx.fonts, surface.get_rect())  # the page beneath is only a calm backdrop now
        cx, cy = layout.center_x, layout.height / 2
        draw_panel(
            surface,
            layout,
            (cx - 420, cy - 220, 840, 400),
            theme.PARENT_PANEL,
            radius=24,
            shadow=False,
            outline=theme.WARNING,
            outline_width=3,
        )
        name = request.entry.name
        if request.stage == 1:
            title = f"Delete {name}'s profile?"
            text = (
                f"{name}'s buddy, day, stickers, feelings check-ins, photos and recordings will be removed "
                "from this computer."
            )
            if request.switch_to is not None:
                text += f" {request.switch_to.name} will play from now on."
        else:
            title = "Are you sure?"
            text = f"This can't be undone. {name}'s things will be gone for good."
        draw_text(surface, ctx.fonts, layout, title, 34, theme.WARNING, center=(cx, cy - 160))
        draw_text(surface, ctx.fonts, layout, text, 23, theme.INK, midtop=(cx, cy - 110), wrap_width=740)
        self.buttons.draw(surface)


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
