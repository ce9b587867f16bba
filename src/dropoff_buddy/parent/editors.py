"""The editors of the parent screens: one small panel per thing a parent sets.

The same editors make up the first-run set-up (one per step) and the settings pages (one per
page). Every editor works *live*: a change goes straight into ``ctx.profile`` (and sound
settings straight to the mixer), so the spoken-line preview under it is always true; the host
scene saves when the parent moves on. A name field that is empty changes nothing.

An editor lays itself out in the area the host gives (``place``), hands the host its buttons
(``buttons``) and text fields (``fields``), may take other actions (``handle``, e.g. a click on a
volume bar) and draws its labels (``draw``) under the buttons.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.content.lines import Line
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.looks import grownup_roles_after_removal, look_after_rename
from dropoff_buddy.storage.models import (
    AvatarLook,
    Person,
    Place,
    Profile,
    SoundSettings,
)
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike, contains, inflate
from dropoff_buddy.ui.photo import draw_family_photo
from dropoff_buddy.ui.text_field import TextField
from dropoff_buddy.ui.widgets import Button, draw_panel, draw_text
from dropoff_buddy.words import apply_swaps, grownup_words, language_swaps

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext

CHOICE = (226, 232, 240)
CHOSEN = theme.PARENT_ACCENT
ON = theme.LEAF
OFF = (214, 220, 228)
LABEL = 24.0
HELP = 20.0

PLACES: tuple[Place, ...] = ("daycare", "nursery", "preschool", "childminder's")
MAX_GROWNUPS = 4
# Looks for grown-ups added here (the "People & looks" page changes them).
_NEW_GROWNUP_LOOKS = (
    AvatarLook(skin="peach", hair_style="short", hair_colour="dark_brown", clothes="blue"),
    AvatarLook(skin="olive", hair_style="bun", hair_colour="grey", clothes="purple"),
    AvatarLook(skin="umber", hair_style="afro", hair_colour="black", clothes="orange"),
)


class EditorHost:
    """What an editor needs from the scene that shows it."""

    def rebuild(self) -> None:
        """Lay out and make the buttons again (after a choice changed what shows)."""
        raise NotImplementedError

    def touched(self) -> None:
        """The profile changed: save it when the parent moves on."""
        raise NotImplementedError


class Editor:
    """Base editor: a title, a line of help, and nothing to edit."""

    key = "editor"
    title = ""
    help = ""

    def __init__(self, ctx: GameContext, host: EditorHost) -> None:
        self.ctx = ctx
        self.host = host
        self.area: RectLike = (0, 0, 0, 0)
        self.fields: list[TextField] = []
        self.message = ""
        #: First-run set-up: name fields start empty, with the kind default shown as a hint.
        self.fresh = False

    @property
    def profile(self) -> Profile:
        return self.ctx.profile

    def place(self, area: RectLike) -> None:
        self.area = area

    def buttons(self) -> list[Button]:
        return []

    def handle(self, action: Action) -> bool:
        return False

    def update(self, dt: float) -> bool:
        changed = False
        for text_field in self.fields:
            changed = text_field.update(dt) or changed
        return changed

    def draw(self, surface: pygame.Surface) -> None:
        for text_field in self.fields:
            text_field.draw(surface)

    def problem(self) -> str:
        """Why the parent can't go on yet ("" when they can). Skipping is always possible."""
        return ""

    def preview(self) -> Line | None:
        """A line the child will hear that shows what this editor changes (None for none)."""
        return None

    def summary(self) -> str:
        """A few words for the settings tile: what is set now."""
        return ""

    def enter(self) -> None:
        """The editor is shown (again): read what is set now."""

    def leave(self) -> None:
        """The editor is going away."""
        for text_field in self.fields:
            text_field.blur()

    # -- helpers -------------------------------------------------------------------------------

    def _text(
        self,
        surface: pygame.Surface,
        text: str,
        size: float,
        pos: tuple[float, float],
        colour: theme.Colour = theme.INK,
        wrap: float = 0,
    ) -> None:
        draw_text(
            surface, self.ctx.fonts, self.ctx.layout, text, size, colour, topleft=pos, align="left", wrap_width=wrap
        )

    def _changed(self) -> None:
        self.host.touched()


def choice_button(
    rect: RectLike,
    label: str,
    chosen: bool,
    on_activate: Callable[[], None],
    name: str,
    icon: str = "",
    size: float = 24,
) -> Button:
    return Button(
        rect=rect,
        on_activate=on_activate,
        label=label,
        icon=icon,
        colour=CHOSEN if chosen else CHOICE,
        label_colour=theme.WHITE if chosen else theme.INK,
        label_size=size,
        sound="tap",
        name=name,
        icon_scale=0.55,
    )


def toggle_button(rect: RectLike, on: bool, on_activate: Callable[[], None], name: str) -> Button:
    return Button(
        rect=rect,
        on_activate=on_activate,
        label="On" if on else "Off",
        colour=ON if on else OFF,
        label_colour=theme.INK,
        label_size=24,
        sound="tap",
        name=name,
    )


# -- names -----------------------------------------------------------------------------------------


class NameEditor(Editor):
    """One name in one text field (the child's, the teacher's or the buddy's)."""

    label = "Name"
    placeholder = ""

    def __init__(self, ctx: GameContext, host: EditorHost) -> None:
        super().__init__(ctx, host)
        self.field = TextField(
            ctx,
            (0, 0, 560, 76),
            self.current(),
            placeholder=self.placeholder,
            name=f"{self.key}-name",
            on_change=self._typed,
        )
        self.fields = [self.field]
        self.named = False  # the parent typed a name here this time
        self.original = self.current()  # the name when the page opened

    def current(self) -> str:
        raise NotImplementedError

    def store(self, name: str) -> None:
        raise NotImplementedError

    def enter(self) -> None:
        self.original = self.current()
        blank = self.fresh and not self.named
        self.field.set_text("" if blank else self.current())
        self.field.placeholder = f"{self.current()} (or type a name)" if blank else self.placeholder

    def place(self, area: RectLike) -> None:
        super().place(area)
        x, y, _w, _h = area
        self.field.rect = (x + 40, y + 80, 560, 76)

    def _typed(self) -> None:
        name = self.field.value or self.original  # an emptied field means "as it was"
        if name != self.current():
            self.store(name)
            self.named = True
            self._changed()

    def problem(self) -> str:
        if not self.field.value and not self.fresh:
            return f"Type a name, or press Skip to keep “{self.current()}”."
        return ""

    def summary(self) -> str:
        return self.current()

    def draw(self, surface: pygame.Surface) -> None:
        x, y, _w, _h = self.area
        self._text(surface, self.label, LABEL, (x + 44, y + 36), theme.INK_SOFT)
        super().draw(surface)


class ChildNameEditor(NameEditor):
    key = "child"
    title = "Your child's name"
    help = "The name the story and the buddy will use."
    label = "Child's name"
    placeholder = "e.g. Mia"

    def current(self) -> str:
        return self.profile.child.name

    def store(self, name: str) -> None:
        self.profile.child.name = name

    def preview(self) -> Line | None:
        return self.ctx.content.lines.home.greeting


class TeacherEditor(NameEditor):
    key = "teacher"
    title = "The teacher"
    help = "What your child calls the grown-up who looks after them there."
    label = "Teacher's name"
    placeholder = "e.g. Miss Rosa"

    def current(self) -> str:
        return self.profile.teacher.name

    def store(self, name: str) -> None:
        self.profile.teacher.name = name

    def preview(self) -> Line | None:
        card = self.ctx.content.cards.get("arrive")
        return card.say if card is not None else None


class BuddyNameEditor(NameEditor):
    key = "buddy"
    title = "The buddy's name"
    help = "The buddy is your child's comfort toy in the game. Use the real toy's name if it has one."
    label = "Buddy's name"
    placeholder = "e.g. Bun-Bun"

    def current(self) -> str:
        return self.profile.buddy.name

    def store(self, name: str) -> None:
        self.profile.buddy.name = name

    def preview(self) -> Line | None:
        return self.ctx.content.lines.home.buddy_tap

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        x, y, w, h = self.area
        size = min(300.0, h - 40)
        layout = self.ctx.layout
        image = self.ctx.buddy_renderer.render(self.profile.buddy, layout.px(size))
        surface.blit(image, image.get_rect(center=layout.point(x + w - size / 2 - 60, y + h / 2)))


class GrownupsEditor(Editor):
    """Up to four grown-ups, named as the child calls them; the first one does drop-off."""

    key = "grownups"
    title = "Grown-ups"
    help = "What your child calls you. The first grown-up is the one who does drop-off."

    def __init__(self, ctx: GameContext, host: EditorHost) -> None:
        super().__init__(ctx, host)
        self.chip_target: int | None = None
        self.original = list(self.profile.grownups)  # as they were when the page opened
        self._make_fields([person.name for person in self.profile.grownups])

    def _make_fields(self, names: list[str]) -> None:
        self.fields = [
            TextField(
                self.ctx,
                (0, 0, 400, 64),
                name_text,
                placeholder="e.g. Mommy",
                name=f"grownup-{index}",
                on_change=self._typed,
            )
            for index, name_text in enumerate(names)
        ]

    def enter(self) -> None:
        self.original = list(self.profile.grownups)
        self._make_fields([person.name for person in self.profile.grownups])
        self.host.rebuild()

    @property
    def words(self) -> list[str]:
        """The names the family's language offers for a grown-up ("Mommy", "Mamá"...)."""
        return grownup_words(self.ctx.tr)

    def place(self, area: RectLike) -> None:
        super().place(area)
        x, y, _w, _h = area
        for index, text_field in enumerate(self.fields):
            text_field.rect = (x + 40, y + 70 + index * 92, 400, 64)

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        found: list[Button] = []
        if len(self.fields) > 1:
            for index, text_field in enumerate(self.fields):
                fx, fy, fw, fh = text_field.rect
                found.append(
                    Button(
                        rect=(fx + fw + 16, fy, 120, fh),
                        on_activate=functools.partial(self._remove, index),
                        label="Remove",
                        colour=CHOICE,
                        label_size=20,
                        sound="tap",
                        name=f"remove-grownup-{index}",
                    )
                )
        if len(self.fields) < MAX_GROWNUPS:
            top = y + 70 + len(self.fields) * 92
            found.append(
                Button(
                    rect=(x + 40, top, 300, 64),
                    on_activate=self._add,
                    label="+ Another grown-up",
                    colour=CHOICE,
                    label_size=22,
                    sound="tap",
                    name="add-grownup",
                )
            )
        chips_x = x + 620
        chip_w, chip_h, gap = 160, 62, 16
        columns = max(1, int((x + w - 30 - chips_x) // (chip_w + gap)))
        for index, word in enumerate(self.words):
            row, column = divmod(index, columns)
            rect: RectLike = (chips_x + column * (chip_w + gap), y + 70 + row * (chip_h + gap), chip_w, chip_h)
            found.append(choice_button(rect, word, False, functools.partial(self._chip, word), f"word-{word}"))
        return found

    def handle(self, action: Action) -> bool:
        # Remember which field was being typed in: a tap on a word chip blurs it before the chip acts.
        for index, text_field in enumerate(self.fields):
            if text_field.active:
                self.chip_target = index
        return False

    def _chip(self, word: str) -> None:
        target_index = (
            self.chip_target
            if self.chip_target is not None and self.chip_target < len(self.fields)
            else next((i for i, f in enumerate(self.fields) if not f.value), None)
        )
        if target_index is None:
            if len(self.fields) >= MAX_GROWNUPS:
                self.message = "That's four grown-ups already. Tap a name box first to change it."
                return
            self._add()
            target_index = len(self.fields) - 1
        target = self.fields[target_index]
        target.set_text(word)
        for text_field in self.fields:
            text_field.blur()
        target.focus()
        self.chip_target = target_index
        self._typed()

    def _add(self) -> None:
        if len(self.fields) >= MAX_GROWNUPS:
            return
        for text_field in self.fields:
            text_field.blur()
        self.fields.append(
            TextField(
                self.ctx,
                (0, 0, 400, 64),
                "",
                placeholder="e.g. Daddy",
                name=f"grownup-{len(self.fields)}",
                on_change=self._typed,
            )
        )
        self.host.rebuild()
        self.fields[-1].focus()

    def _remove(self, index: int) -> None:
        if len(self.fields) <= 1:
            return
        del self.fields[index]
        self.chip_target = None
        self.profile.dropoff, self.profile.pickup = grownup_roles_after_removal(self.profile, index)
        for number, text_field in enumerate(self.fields):
            text_field.name = f"grownup-{number}"
        self._typed()
        self.host.rebuild()

    def _typed(self) -> None:
        names = [text_field.value for text_field in self.fields if text_field.value]
        if not names:
            if self.profile.grownups != self.original:
                self.profile.grownups = list(self.original)  # all emptied means "as they were"
                self._changed()
            return
        old = self.profile.grownups
        people = []
        for index, name in enumerate(names):
            look = old[index].look if index < len(old) else _NEW_GROWNUP_LOOKS[(index - 1) % len(_NEW_GROWNUP_LOOKS)]
            # "Daddy" or "Grandpa" brings its own look, unless the parent chose one on the looks page.
            look = look_after_rename(old[index].name if index < len(old) else "", name, look)
            people.append(Person(name=name, look=look))
        if [person.name for person in people] != [person.name for person in old]:
            self.profile.grownups = people
            self._changed()

    def problem(self) -> str:
        if not any(text_field.value for text_field in self.fields):
            return f"Type what your child calls you, or press Skip to keep “{self.profile.grownup.name}”."
        return ""

    def summary(self) -> str:
        return ", ".join(person.name for person in self.profile.grownups)

    def preview(self) -> Line | None:
        return self.ctx.content.lines.my_day.promise

    def draw(self, surface: pygame.Surface) -> None:
        x, y, _w, _h = self.area
        self._text(surface, "Names (what your child says)", LABEL, (x + 44, y + 28), theme.INK_SOFT)
        self._text(surface, "Tap a word to use it:", LABEL, (x + 620, y + 28), theme.INK_SOFT)
        if self.fields:
            fx, fy, _fw, fh = self.fields[0].rect
            self._text(surface, "does drop-off", 18, (fx + 4, fy + fh + 4), theme.PARENT_ACCENT)
        if self.message:
            self._text(surface, self.message, HELP, (x + 620, y + 330), theme.WARNING, wrap=self.area[2] - 660)
        super().draw(surface)


# -- place, photo ----------------------------------------------------------------------------------


class PlaceEditor(Editor):
    key = "place"
    title = "The place"
    help = "The word your family uses for where your child goes."

    def buttons(self) -> list[Button]:
        x, y, _w, _h = self.area
        found = []
        for index, place in enumerate(PLACES):
            rect = (x + 40 + index * 280, y + 70, 256, 120)
            found.append(
                choice_button(
                    rect,
                    place,
                    place == self.profile.place,
                    functools.partial(self._choose, place),
                    f"place-{place}",
                    size=28,
                )
            )
        return found

    def _choose(self, place: Place) -> None:
        self.profile.place = place
        self._changed()
        self.host.rebuild()

    def summary(self) -> str:
        return self.profile.place

    def preview(self) -> Line | None:
        return self.ctx.content.lines.home.greeting


class PhotoEditor(Editor):
    key = "photo"
    title = "Family photo"
    help = "A photo of your family to keep your child company in the story."

    @property
    def can_add(self) -> bool:
        return "parent-photo" in self.ctx.factories

    def buttons(self) -> list[Button]:
        if not self.can_add:
            return []
        x, y, _w, _h = self.area
        label = "Change the photo…" if self.profile.family_photo else "Choose a photo…"
        return [
            Button(
                rect=(x + 40, y + 90, 360, 90),
                on_activate=self._open,
                label=label,
                colour=theme.PARENT_ACCENT,
                label_colour=theme.WHITE,
                label_size=26,
                sound="tap",
                name="choose-photo",
            )
        ]

    def _open(self) -> None:
        self.ctx.open_scene("parent-photo")

    def summary(self) -> str:
        return "Photo chosen" if self.profile.family_photo else "Drawn family"

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, h = self.area
        layout = self.ctx.layout
        if not self.can_add:
            self._text(
                surface,
                "Photos can be added later, here in the grown-ups' corner.",
                LABEL,
                (x + 44, y + 60),
                theme.INK,
                wrap=w * 0.5,
            )
            self._text(
                surface,
                "Until then, your child sees your family drawn as little pictures, like this.",
                HELP,
                (x + 44, y + 150),
                theme.INK_SOFT,
                wrap=w * 0.45,
            )
        elif not self.profile.family_photo:
            self._text(
                surface,
                "Without a photo, your child sees your family drawn like this.",
                HELP,
                (x + 44, y + 210),
                theme.INK_SOFT,
                wrap=w * 0.45,
            )
        width = min(420.0, w * 0.38)
        draw_family_photo(surface, self.ctx, layout.point(x + w - width / 2 - 70, y + h / 2), layout.px(width))


# -- ritual, day, coming back ----------------------------------------------------------------------


class OrderedPicker(Editor):
    """Pick some items in order: tap to add at the end, tap again to take out."""

    minimum = 1
    maximum = 4
    noun = "step"

    def __init__(self, ctx: GameContext, host: EditorHost) -> None:
        super().__init__(ctx, host)
        self.chosen = list(self.current())

    def options(self) -> list[tuple[str, str, str]]:
        """(id, label, icon path) of every item there is."""
        raise NotImplementedError

    def current(self) -> list[str]:
        raise NotImplementedError

    def store(self, chosen: list[str]) -> None:
        raise NotImplementedError

    def enter(self) -> None:
        self.chosen = list(self.current())
        self.message = ""

    def _icon(self, path: str) -> str:
        return path if path and self.ctx.assets.exists(path) else ""

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        labels = {item_id: label for item_id, label, _icon in self.options()}
        found: list[Button] = []
        slot_w = min(150.0, (w - 80 - (self.maximum - 1) * 12) / self.maximum)
        for index, item_id in enumerate(self.chosen):
            rect: RectLike = (x + 40 + index * (slot_w + 12), y + 64, slot_w, 70)
            found.append(
                Button(
                    rect=rect,
                    on_activate=functools.partial(self._toggle, item_id),
                    label=f"{index + 1}. {labels.get(item_id, item_id)}",
                    colour=CHOSEN,
                    label_colour=theme.WHITE,
                    label_size=20,
                    sound="tap",
                    name=f"slot-{item_id}",
                )
            )
        options = self.options()
        columns = 7 if len(options) > 10 else 5
        gap = 14
        tile_w = min(200.0, (w - 80 - (columns - 1) * gap) / columns)
        tile_h = 112.0
        top = y + 200
        for index, (item_id, label, icon) in enumerate(options):
            row, column = divmod(index, columns)
            rect = (x + 40 + column * (tile_w + gap), top + row * (tile_h + gap), tile_w, tile_h)
            chosen = item_id in self.chosen
            shown = f"{self.chosen.index(item_id) + 1}. {label}" if chosen else label
            found.append(
                choice_button(
                    rect,
                    shown,
                    chosen,
                    functools.partial(self._toggle, item_id),
                    f"pick-{item_id}",
                    icon=self._icon(icon),
                    size=20,
                )
            )
        found.append(
            Button(
                rect=(x + w - 220, y + 14, 180, 50),
                on_activate=self._clear,
                label="Start again",
                colour=CHOICE,
                label_size=20,
                sound="tap",
                name="start-again",
            )
        )
        return found

    def _toggle(self, item_id: str) -> None:
        if item_id in self.chosen:
            self.chosen.remove(item_id)
        elif len(self.chosen) >= self.maximum:
            self.message = f"That's {self.maximum} already. Tap one to take it out first."
            self.host.rebuild()
            return
        else:
            self.chosen.append(item_id)
        self.message = ""
        self._store_if_ready()
        self.host.rebuild()

    def _clear(self) -> None:
        self.chosen = []
        self.message = ""
        self.host.rebuild()

    def _store_if_ready(self) -> None:
        if self.minimum <= len(self.chosen) <= self.maximum and self.chosen != self.current():
            self.store(list(self.chosen))
            self._changed()

    def problem(self) -> str:
        if len(self.chosen) < self.minimum:
            return f"Pick at least {self.minimum} {self.noun}s, or press Skip."
        return ""

    def leave(self) -> None:
        super().leave()
        self.chosen = list(self.current())  # an unfinished pick changes nothing

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, _h = self.area
        self._text(
            surface, f"In this order ({self.minimum} to {self.maximum}):", LABEL, (x + 44, y + 26), theme.INK_SOFT
        )
        if not self.chosen:
            self._text(
                surface, f"Tap the {self.noun}s below in the order you do them.", HELP, (x + 44, y + 88), theme.INK_SOFT
            )
        if self.message or len(self.chosen) < self.minimum:
            text = self.message or f"Pick at least {self.minimum}. Until then, nothing changes."
            self._text(surface, text, HELP, (x + 44, y + 150), theme.WARNING, wrap=w - 80)
        else:
            self._text(surface, "Tap one to take it out.", HELP, (x + 44, y + 150), theme.INK_SOFT)


class RitualEditor(OrderedPicker):
    key = "ritual"
    title = "The goodbye ritual"
    help = "The same short goodbye every morning. Your child practises it as a game."
    minimum = 1
    maximum = 4
    noun = "step"

    def options(self) -> list[tuple[str, str, str]]:
        return [(step.id, self.ctx.text(step.label), step.icon) for step in self.ctx.content.ritual_steps.step]

    def current(self) -> list[str]:
        return list(self.profile.ritual)

    def store(self, chosen: list[str]) -> None:
        self.profile.ritual = chosen

    def summary(self) -> str:
        labels = [
            (self.ctx.text(step.label) if step else step_id)
            for step_id in self.profile.ritual
            for step in [self.ctx.content.ritual_steps.get(step_id)]
        ]
        return ", ".join(labels)

    def preview(self) -> Line | None:
        return self.ctx.content.lines.ritual.praise


def sensible_pickup(schedule: list[str], wanted: str) -> str:
    """``wanted`` if it is in the day; else the card just before home time, else the second-to-last."""
    if wanted in schedule:
        return wanted
    if "pickup" in schedule:
        index = schedule.index("pickup")
        if index > 0:
            return schedule[index - 1]
    return schedule[max(0, len(schedule) - 2)]


class DayEditor(OrderedPicker):
    key = "day"
    title = "The day"
    help = "The picture cards of a day there, in order, ending when you come back."
    minimum = 3
    maximum = 8
    noun = "card"

    def options(self) -> list[tuple[str, str, str]]:
        return [(card.id, self.ctx.text(card.label), card.icon) for card in self.ctx.content.cards.card]

    def current(self) -> list[str]:
        return list(self.profile.schedule)

    def store(self, chosen: list[str]) -> None:
        pickup = sensible_pickup(chosen, self.profile.pickup_after)
        data = self.profile.model_dump()
        data.update(schedule=chosen, pickup_after=pickup)
        self.ctx.child.profile = Profile.model_validate(data)

    def summary(self) -> str:
        return f"{len(self.profile.schedule)} cards"

    def preview(self) -> Line | None:
        return self.ctx.content.lines.my_day.promise


class PickupEditor(Editor):
    key = "pickup"
    title = "Coming back"
    help = "Promise a moment you can keep: you come back right after this part of the day."

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        schedule = self.profile.schedule
        # Arriving and going home are the day's edges, not moments to come back after.
        choices = [card_id for card_id in schedule if card_id not in ("arrive", "pickup")] or list(schedule)
        columns = 4
        gap = 16
        tile_w = min(240.0, (w - 80 - (columns - 1) * gap) / columns)
        found = []
        for index, card_id in enumerate(choices):
            row, column = divmod(index, columns)
            card = self.ctx.content.cards.get(card_id)
            label = self.ctx.text(card.label) if card else card_id
            icon = card.icon if card and self.ctx.assets.exists(card.icon) else ""
            rect = (x + 40 + column * (tile_w + gap), y + 70 + row * (116 + gap), tile_w, 116)
            found.append(
                choice_button(
                    rect,
                    label,
                    card_id == self.profile.pickup_after,
                    functools.partial(self._choose, card_id),
                    f"pickup-{card_id}",
                    icon=icon,
                )
            )
        return found

    def _choose(self, card_id: str) -> None:
        self.profile.pickup_after = card_id
        self._changed()
        self.host.rebuild()

    def summary(self) -> str:
        card = self.ctx.content.cards.get(self.profile.pickup_after)
        return f"after {self.ctx.text(card.words) if card else self.profile.pickup_after}"

    def preview(self) -> Line | None:
        return self.ctx.content.lines.my_day.promise

    def draw(self, surface: pygame.Surface) -> None:
        x, y, _w, _h = self.area
        self._text(surface, "I come back right after:", LABEL, (x + 44, y + 28), theme.INK_SOFT)
        super().draw(surface)


# -- sound, voice and screen, words, morning parts ---------------------------------------------------

VOLUME_STEP = 0.1
BAR_WIDTH = 330.0


class SoundEditor(Editor):
    key = "sound"
    title = "Sound"
    help = "Music, the voice and the little sounds each have their own volume. Music can be turned off alone."

    ROWS = (("music", "Music"), ("voice", "Voice"), ("effects", "Sounds"))

    def __init__(self, ctx: GameContext, host: EditorHost) -> None:
        super().__init__(ctx, host)
        self.dragging: str | None = None

    @property
    def sound(self) -> SoundSettings:
        return self.profile.settings.sound

    def volume(self, row: str) -> float:
        return float(getattr(self.sound, f"{row}_volume"))

    def set_volume(self, row: str, value: float) -> None:
        value = round(min(1.0, max(0.0, value)), 2)
        if value == self.volume(row):
            return
        self.profile.settings.sound = self.sound.model_copy(update={f"{row}_volume": value})
        self.ctx.apply_settings()
        self._changed()

    def set_muted(self, muted: bool) -> None:
        self.profile.settings.sound = self.sound.model_copy(update={"music_muted": muted})
        self.ctx.apply_settings()
        self._changed()
        self.host.rebuild()

    def _row_y(self, index: int) -> float:
        return self.area[1] + 60 + index * 130

    def bar_rect(self, index: int) -> RectLike:
        x = self.area[0]
        return (x + 290, self._row_y(index) + 18, BAR_WIDTH, 44)

    def buttons(self) -> list[Button]:
        found = []
        for index, (row, label) in enumerate(self.ROWS):
            bx, by, bw, _bh = self.bar_rect(index)
            found.append(
                Button(
                    rect=(bx - 100, by - 16, 80, 76),
                    on_activate=functools.partial(self._step, row, -1),
                    label="−",
                    colour=CHOICE,
                    label_size=40,
                    sound="tap",
                    name=f"{row}-down",
                )
            )
            found.append(
                Button(
                    rect=(bx + bw + 20, by - 16, 80, 76),
                    on_activate=functools.partial(self._step, row, 1),
                    label="+",
                    colour=CHOICE,
                    label_size=40,
                    sound="tap",
                    name=f"{row}-up",
                )
            )
            found.append(
                Button(
                    rect=(bx + bw + 200, by - 16, 110, 76),
                    on_activate=functools.partial(self._try, row),
                    label="Try",
                    colour=CHOICE,
                    label_size=24,
                    sound="",
                    name=f"{row}-try",
                )
            )
            if row == "music":
                muted = self.sound.music_muted
                found.append(
                    Button(
                        rect=(bx + bw + 330, by - 16, 190, 76),
                        on_activate=functools.partial(self.set_muted, not muted),
                        label="Music off" if muted else "Music on",
                        colour=OFF if muted else ON,
                        label_size=24,
                        sound="tap",
                        name="music-mute",
                    )
                )
            del label
        return found

    def _step(self, row: str, direction: int) -> None:
        # To the next tenth in that direction: 35 % goes down to 30 % and up to 40 %.
        steps = self.volume(row) / VOLUME_STEP
        target = math.ceil(steps - 1e-6) - 1 if direction < 0 else math.floor(steps + 1e-6) + 1
        self.set_volume(row, target * VOLUME_STEP)

    def _try(self, row: str) -> None:
        if row == "music":
            if self.sound.music_muted:
                self.set_muted(False)
            self.ctx.sound.play_music("calm_morning")
        elif row == "voice":
            self.ctx.say(self.ctx.content.lines.home.greeting)  # a line the child really hears
        else:
            self.ctx.play_sound("chime")

    def handle(self, action: Action) -> bool:
        if action.pos is None:
            if action.kind in (ActionKind.RELEASE, ActionKind.DRAG_END):
                self.dragging = None
            return False
        for index, (row, _label) in enumerate(self.ROWS):
            bar = self.bar_rect(index)
            if action.kind is ActionKind.PRESS and contains(inflate(bar, 10), action.pos):
                self.dragging = row
                self.ctx.play_sound("press")
                return True
            if action.kind in (ActionKind.TAP, ActionKind.DRAG, ActionKind.DRAG_END) and self.dragging == row:
                fraction = (action.pos[0] - bar[0]) / bar[2]
                self.set_volume(row, round(fraction * 20) / 20)
                if action.kind is not ActionKind.DRAG:
                    self.dragging = None
                return True
        return False

    def enter(self) -> None:
        self.ctx.sound.play_music("calm_morning")  # so the music volume can be heard while set

    def leave(self) -> None:
        super().leave()
        self.ctx.sound.stop_music()

    def summary(self) -> str:
        return "music off" if self.sound.music_muted else f"music {round(self.sound.music_volume * 100)}%"

    def draw(self, surface: pygame.Surface) -> None:
        layout = self.ctx.layout
        x = self.area[0]
        for index, (row, label) in enumerate(self.ROWS):
            y = self._row_y(index)
            self._text(surface, label, 30, (x + 44, y + 22))
            bx, by, bw, bh = self.bar_rect(index)
            muted = row == "music" and self.sound.music_muted
            track = layout.rect((bx, by, bw, bh))
            pygame.draw.rect(surface, OFF, track, border_radius=layout.px(bh / 2))
            value = self.volume(row)
            if value > 0:
                fill = layout.rect((bx, by, max(bh, bw * value), bh))
                colour = theme.lighter(theme.PARENT_ACCENT, 0.5) if muted else theme.PARENT_ACCENT
                pygame.draw.rect(surface, colour, fill, border_radius=layout.px(bh / 2))
            knob = layout.point(bx + max(bh / 2, min(bw - bh / 2, bw * value)), by + bh / 2)
            pygame.draw.circle(surface, theme.WHITE, knob, layout.px(bh / 2 + 6))
            pygame.draw.circle(surface, theme.PARENT_ACCENT, knob, layout.px(bh / 2 + 6), layout.px(4))
            self._text(
                surface, f"{round(value * 100)}%", 26, (bx + bw + 114, by + 8), theme.INK_SOFT if muted else theme.INK
            )


class VoiceScreenEditor(Editor):
    key = "voice"
    title = "Voice and screen"
    help = "How lines reach your child, and how much moves on the screen."

    ROWS = (
        ("narration", "Read lines aloud", "Every line is spoken, so your child needs no reading."),
        ("captions", "Show captions", "The spoken words also appear at the bottom, for grown-ups."),
        ("reduced_motion", "Calm motion", "Less movement: no bouncing and no cross-fades between screens."),
        ("read_to_me", "Read to me", "The story turns its own page a moment after each page is read. Taps still work."),
    )
    ROW_STEP = 116

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        settings = self.profile.settings
        return [
            toggle_button(
                (x + w - 200, y + 40 + index * self.ROW_STEP, 150, 80),
                bool(getattr(settings, setting)),
                functools.partial(self._toggle, setting),
                setting,
            )
            for index, (setting, _title, _text) in enumerate(self.ROWS)
        ]

    def _toggle(self, setting: str) -> None:
        settings = self.profile.settings
        setattr(settings, setting, not getattr(settings, setting))
        self.ctx.apply_settings()
        self._changed()
        self.host.rebuild()

    def summary(self) -> str:
        settings = self.profile.settings
        parts = ["voice on" if settings.narration else "voice off"]
        if settings.reduced_motion:
            parts.append("calm motion")
        if settings.read_to_me:
            parts.append("read to me")
        return ", ".join(parts)

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, _h = self.area
        for index, (_setting, title, text) in enumerate(self.ROWS):
            top = y + 34 + index * self.ROW_STEP
            self._text(surface, title, 30, (x + 44, top + 4))
            self._text(surface, text, HELP, (x + 44, top + 50), theme.INK_SOFT, wrap=w - 320)


class LanguageEditor(Editor):
    """The family's language: every line, caption and page follows at once (no restart)."""

    key = "language"
    title = "Language"
    help = "The language your child hears and sees, and these pages too. You can change it any time."

    def __init__(self, ctx: GameContext, host: EditorHost) -> None:
        super().__init__(ctx, host)
        self.offer: dict[str, str] = {}

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        languages = self.ctx.content.languages.language
        chosen = self.ctx.language.code
        gap = 24.0
        tile_w = min(360.0, (w - 80 - gap * (len(languages) - 1)) / len(languages))
        found = [
            choice_button(
                (x + 40 + index * (tile_w + gap), y + 60, tile_w, 120),
                f"{language.name}\n{language.example}" if language.example else language.name,
                language.code == chosen,
                functools.partial(self._choose, language.code),
                f"language-{language.code}",
                size=26,
            )
            for index, language in enumerate(languages)
        ]
        if self.offer:
            found.append(
                Button(
                    rect=(x + 40, y + 360, 300, 80),
                    on_activate=self._accept,
                    label="Yes, change them",
                    colour=theme.PARENT_ACCENT,
                    label_colour=theme.WHITE,
                    label_size=24,
                    sound="tap",
                    name="swap-yes",
                )
            )
            found.append(
                Button(
                    rect=(x + 360, y + 360, 300, 80),
                    on_activate=self._decline,
                    label="No, keep them",
                    colour=CHOICE,
                    label_size=24,
                    sound="tap",
                    name="swap-no",
                )
            )
        return found

    def _choose(self, code: str) -> None:
        ctx = self.ctx
        if code == ctx.language.code and ctx.profile.settings.language:
            self.host.rebuild()
            return
        before = ctx.tr
        ctx.profile.settings.language = code
        ctx.apply_settings()
        self._changed()
        self.offer = language_swaps(ctx.profile, before, ctx.tr)
        if self.fresh and self.offer:
            self._accept()  # first set-up: the game's own defaults simply follow the language
        self.host.rebuild()

    def _accept(self) -> None:
        swaps, self.offer = self.offer, {}
        apply_swaps(self.profile, swaps)
        self.ctx.apply_settings()
        self._changed()
        self.host.rebuild()

    def _decline(self) -> None:
        self.offer = {}
        self.host.rebuild()

    def leave(self) -> None:
        super().leave()
        self.offer = {}

    def summary(self) -> str:
        return self.ctx.language.name

    def preview(self) -> Line | None:
        return self.ctx.content.lines.home.greeting

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, _h = self.area
        if self.offer:
            pairs = ", ".join(
                f"“{self._said(old)}” to “{self._said(new, place=old.startswith('place:'))}”"
                for old, new in self.offer.items()
            )
            draw_panel(
                surface,
                self.ctx.layout,
                (x + 24, y + 220, w - 48, 240),
                (246, 249, 252),
                radius=18,
                shadow=False,
                outline=(210, 218, 228),
            )
            self._text(surface, f"Also change {pairs}?", LABEL, (x + 44, y + 240), theme.INK, wrap=w - 100)
            self._text(
                surface,
                "Names you typed yourself stay as they are unless they are exactly these words.",
                HELP,
                (x + 44, y + 310),
                theme.INK_SOFT,
                wrap=w - 100,
            )

    def _said(self, words: str, *, place: bool = False) -> str:
        """An offered word as the parent reads it (a place is an id: its words in the language)."""
        place_id = words.removeprefix("place:")
        if words.startswith("place:") or place:
            return self.ctx.t(f"family:place.{place_id}")
        return words


class FlowEditor(Editor):
    key = "flow"
    title = "Morning parts"
    help = "Which parts Play runs each morning, in this order. Keep the morning short."

    @property
    def on(self) -> list[str]:
        """The morning parts switched on now (``levels/parts.toml`` order)."""
        return [part.id for part in self.ctx.content.parts.flow(self.profile.settings.flow_parts)]

    def buttons(self) -> list[Button]:
        x, y, w, _h = self.area
        parts = self.on
        return [
            toggle_button(
                (x + w - 200, y + 36 + index * 104, 150, 76),
                part.id in parts,
                functools.partial(self._toggle, part.id),
                f"flow-{part.id}",
            )
            for index, part in enumerate(self.ctx.content.parts.morning)
        ]

    def _toggle(self, part: str) -> None:
        parts = self.on
        if part in parts:
            if len(parts) == 1:
                self.message = "Keep at least one part on, so Play has something to play."
                self.host.rebuild()
                return
            parts.remove(part)
        else:
            parts.append(part)
        self.message = ""
        self.profile.settings.flow_parts = parts
        self._changed()
        self.host.rebuild()

    def summary(self) -> str:
        return f"{len(self.on)} of {len(self.ctx.content.parts.morning)} on"

    def draw(self, surface: pygame.Surface) -> None:
        x, y, w, _h = self.area
        morning = self.ctx.content.parts.morning
        for index, part in enumerate(morning):
            text = self.ctx.text(part.parent_description)
            top = y + 30 + index * 104
            self._text(surface, f"{index + 1}. {self.ctx.text(part.parent_title)}", 28, (x + 44, top + 4))
            if part.scene not in self.ctx.factories:
                text += " (Not in this version yet.)"
            self._text(surface, text, HELP, (x + 44, top + 44), theme.INK_SOFT, wrap=w - 320)
        if self.message:
            self._text(surface, self.message, HELP, (x + 44, y + 30 + len(morning) * 104), theme.WARNING, wrap=w - 80)


SETUP_STEPS: tuple[type[Editor], ...] = (
    LanguageEditor,
    ChildNameEditor,
    GrownupsEditor,
    TeacherEditor,
    PlaceEditor,
    BuddyNameEditor,
    PhotoEditor,
    RitualEditor,
    DayEditor,
    PickupEditor,
)
SETTINGS_PAGES: tuple[type[Editor], ...] = (
    LanguageEditor,
    ChildNameEditor,
    GrownupsEditor,
    TeacherEditor,
    PlaceEditor,
    BuddyNameEditor,
    PhotoEditor,
    RitualEditor,
    DayEditor,
    PickupEditor,
    SoundEditor,
    VoiceScreenEditor,
    FlowEditor,
)
EDITORS: dict[str, type[Editor]] = {editor.key: editor for editor in SETTINGS_PAGES}
