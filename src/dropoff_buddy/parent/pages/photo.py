"""Parent page "Family photo": add the family photo (or the real toy's photo) and frame it.

Three ways in, all through ``storage.photos.adopt_photo``: drag a file onto the window while this
page is open, tap "Choose from Pictures" for the picture browser (``parent-photo-browser``), or
run ``dropoff-buddy import-photo``. A refused file leaves the previous photo in place and the
page says kindly why and what to do.

Framing: the big box shows exactly what the child's framed photo shows. Drag the photo inside it
to choose what stays in view (``profile.photo_focus``), or tap "Centre".
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.parent.page import MARGIN, ParentPageScene, Tab, action_button
from dropoff_buddy.parent.pages.photo_browser import PhotoBrowserScene, import_into_profile
from dropoff_buddy.registry import ParentPage, TourShot
from dropoff_buddy.storage.photos import PhotoKind, remove_other_copies
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike, contains
from dropoff_buddy.ui.photo import draw_family_photo, draw_toy_photo, load_stored_photo, photo_picture, photo_version
from dropoff_buddy.ui.widgets import Button, draw_panel, write

FRAME_ASPECT = 0.75  # the child's photo frame is 4:3 (see ui.photo.draw_family_photo)


class ParentPhotoScene(ParentPageScene):
    """Add, frame or remove the family photo and the toy photo."""

    name = "parent-photo"

    def __init__(self, ctx: GameContext, kind: PhotoKind = "family") -> None:
        super().__init__(ctx)
        self.kind: PhotoKind = kind
        self._dragging = False
        self._cover: tuple[str, tuple[int, int], pygame.Surface] | None = None
        self.rebuild()

    # -- layout --------------------------------------------------------------------------------

    @property
    def frame_box(self) -> RectLike:
        """The framing area in layout units: 4:3, as large as fits left of the button column."""
        layout = self.ctx.layout
        max_w, max_h = layout.width - 460 - 40, layout.height - 140 - 150
        width = min(max_w, max_h / FRAME_ASPECT)
        height = width * FRAME_ASPECT
        return (40 + (max_w - width) / 2, 140, width, height)

    def tabs(self) -> list[Tab]:
        slots: tuple[tuple[PhotoKind, str], ...] = (
            ("family", self.ctx.t("parent:photo.family_tab")),
            ("toy", self.ctx.t("parent:photo.toy_tab")),
        )
        return [
            Tab(label, kind == self.kind, functools.partial(self.pick_kind, kind), f"kind-{kind}")
            for kind, label in slots
        ]

    def message_area(self) -> RectLike:
        box = self.frame_box
        top = box[1] + box[3] + 44
        return (MARGIN, top, self.ctx.layout.width - 2 * MARGIN, self.ctx.layout.height - top - 8)

    def build(self) -> None:
        layout = self.ctx.layout
        column = layout.width - 420
        self.buttons.add(
            action_button(
                (column, 140, 380, 90), self.ctx.t("parent:photo.browse"), self.browse, "browse", primary=True, size=24
            )
        )
        y = 250.0
        if self.kind == "family" and self.ctx.profile.family_photo:
            self.buttons.add(
                Button(
                    rect=(column, y, 182, 80),
                    on_activate=self.centre,
                    label=self.ctx.t("parent:photo.centre"),
                    colour=theme.PARENT_PANEL,
                    label_size=24,
                    name="centre",
                )
            )
        if self.current_name:
            self.buttons.add(
                Button(
                    rect=(column + 198, y, 182, 80),
                    on_activate=self.remove,
                    label=self.ctx.t("parent:photo.remove"),
                    colour=theme.PARENT_PANEL,
                    label_colour=theme.WARNING,
                    label_size=24,
                    name="remove",
                )
            )

    @property
    def current_name(self) -> str | None:
        profile = self.ctx.profile
        return profile.family_photo if self.kind == "family" else profile.buddy.toy_photo

    # -- actions --------------------------------------------------------------------------------

    def back(self) -> None:
        self.ctx.save_profile()
        self.ctx.scenes.pop()

    def pick_kind(self, kind: PhotoKind) -> None:
        self.kind = kind
        self.say("")
        self.rebuild()

    def browse(self) -> None:
        self.ctx.scenes.push(PhotoBrowserScene(self.ctx, self.kind, on_result=self.show_result))

    def show_result(self, worked: bool, message: str) -> None:
        """Called with the outcome of an import (here or from the browser)."""
        self.say(message, worked)
        self._cover = None
        self.rebuild()

    def import_file(self, path: Path) -> None:
        worked, message = import_into_profile(self.ctx, path, self.kind)
        self.ctx.play_sound("sparkle" if worked else "soft_no")
        self.show_result(worked, message)

    def centre(self) -> None:
        self.ctx.profile.photo_focus = (0.5, 0.5)
        self.ctx.save_profile()
        self.show_result(True, self.ctx.t("parent:photo.centred"))

    def remove(self) -> None:
        profile = self.ctx.profile
        if self.kind == "family":
            profile.family_photo = None
            profile.photo_focus = (0.5, 0.5)
        else:
            profile.buddy.toy_photo = None
        if self.ctx.save_profile() and self.ctx.persist:
            remove_other_copies(self.ctx.profile_folder, self.kind, keep=None)
        self.show_result(True, self.ctx.t(f"parent:photo.removed_{self.kind}"))

    def handle_page(self, action: Action) -> bool:
        if action.kind is ActionKind.DROP_FILE and action.path:
            self.import_file(Path(action.path))
            return True
        if self.kind != "family" or not self.ctx.profile.family_photo:
            return False
        if action.kind is ActionKind.DRAG and action.start is not None and contains(self.frame_box, action.start):
            self._dragging = True
            self._move_focus(action.delta)
            return True
        if action.kind is ActionKind.DRAG_END and self._dragging:
            self._dragging = False
            self.ctx.save_profile()
            return True
        return False

    def _move_focus(self, delta: tuple[float, float]) -> None:
        """Slide the photo by ``delta`` layout units under the frame (the focus moves the other way)."""
        photo = load_stored_photo(self.ctx, self.ctx.profile.family_photo)
        if photo is None:
            return
        _x, _y, box_w, box_h = self.frame_box
        scale = max(box_w / photo.get_width(), box_h / photo.get_height())
        shown_w, shown_h = photo.get_width() * scale, photo.get_height() * scale
        fx, fy = self.ctx.profile.photo_focus
        half_x, half_y = box_w / 2 / shown_w, box_h / 2 / shown_h
        fx = min(max(half_x, fx - delta[0] / shown_w), 1 - half_x)
        fy = min(max(half_y, fy - delta[1] / shown_h), 1 - half_y)
        self.ctx.profile.photo_focus = (round(fx, 4), round(fy, 4))

    # -- drawing -----------------------------------------------------------------------------------

    def _framed_view(self, size: tuple[int, int]) -> pygame.Surface:
        """What the child's frame shows, at ``size`` pixels; the scaled photo is kept while dragging."""
        ctx = self.ctx
        photo = load_stored_photo(ctx, ctx.profile.family_photo)
        if photo is None:
            return photo_picture(ctx, size)
        version = photo_version(ctx, ctx.profile.family_photo)
        if self._cover is None or self._cover[0] != version or self._cover[1] != size:
            scale = max(size[0] / photo.get_width(), size[1] / photo.get_height())
            cover_size = (
                max(size[0], round(photo.get_width() * scale)),
                max(size[1], round(photo.get_height() * scale)),
            )
            self._cover = (version, size, pygame.transform.smoothscale(photo.convert(), cover_size))
        cover = self._cover[2]
        fx, fy = ctx.profile.photo_focus
        left = round(min(max(0.0, fx * cover.get_width() - size[0] / 2), cover.get_width() - size[0]))
        top = round(min(max(0.0, fy * cover.get_height() - size[1] / 2), cover.get_height() - size[1]))
        return cover.subsurface(pygame.Rect(left, top, size[0], size[1]))

    def draw_page(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        box = self.frame_box
        pixel_box = draw_panel(surface, layout, box, theme.PARENT_PANEL, radius=12)
        column = layout.width - 420
        if self.kind == "family":
            surface.blit(self._framed_view(pixel_box.size), pixel_box)
            pygame.draw.rect(surface, theme.PARENT_ACCENT, pixel_box, width=layout.px(4))
            hint = ctx.t("parent:photo.drag" if ctx.profile.family_photo else "parent:photo.none_family")
            write(surface, ctx, ctx.t("parent:photo.child_sees"), 20, theme.INK_SOFT, at=(column, 350))
            draw_family_photo(surface, ctx, layout.point(column + 190, 350 + 170), layout.px(300))
        else:
            cx, cy = box[0] + box[2] / 2, box[1] + box[3] / 2
            buddy_size = layout.px(box[3] * 0.8)
            buddy = ctx.buddy_renderer.render(ctx.profile.buddy, buddy_size)
            surface.blit(buddy, buddy.get_rect(center=layout.point(cx - box[2] * 0.18, cy)))
            holder = layout.point(cx + box[2] * 0.2, cy + box[3] * 0.12)
            if draw_toy_photo(surface, ctx, holder, layout.px(box[3] * 0.42)) is None:
                write(surface, ctx, ctx.t("parent:photo.none_toy"), 26, theme.INK_SOFT, center=(cx + box[2] * 0.24, cy))
            hint = ctx.t("parent:photo.toy_hint")
        write(surface, ctx, hint, 20, theme.INK, at=(box[0], box[1] + box[3] + 14), wrap=box[2])
        if not self.message:
            self.write_across(
                surface, ctx.t(f"parent:photo.help_{self.kind}"), 20, theme.INK_SOFT, box[1] + box[3] + 50
            )


SCENES = {"parent-photo": ParentPhotoScene}
PARENT_PAGES = [ParentPage("parent-photo", "Family & toy photos", order=32)]


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    yield TourShot("parent-photo", ParentPhotoScene, settle=0.1)
    yield TourShot("parent-photo-toy", lambda c: ParentPhotoScene(c, "toy"), settle=0.1)
