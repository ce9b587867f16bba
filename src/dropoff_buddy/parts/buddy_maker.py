"""The buddy maker: the child makes the buddy look like their real soft toy, with pictures only.

Five picture tabs along the top (animal, colour, things to wear, pattern, name) switch the big
picture choices below. Every choice is spoken, changes the buddy at once (it squeezes and
giggles) and is saved straight away, so home and every other screen show the new look. Things
to wear toggle on and off; the neck things (scarf, bandana, bow tie) replace each other. The
name tab offers a few spoken name pictures and the name a grown-up set. A photo of the real toy,
if the grown-up added one, is shown beside the buddy.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pygame

from dropoff_buddy.assets import rasterise_svg
from dropoff_buddy.buddy.poke import poke_buddy
from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.content.lines import Line
from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.registry import TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.storage.models import (
    BUDDY_ACCESSORIES,
    BUDDY_ANIMALS,
    BUDDY_COLOURS,
    BUDDY_PATTERNS,
    BuddyLook,
)
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.backdrop import Backdrop
from dropoff_buddy.ui.kid_buttons import all_done_button
from dropoff_buddy.ui.photo import draw_toy_photo
from dropoff_buddy.ui.widgets import Button, ButtonGroup, write

TABS = ("animal", "colour", "wear", "pattern", "name")
TAB_ICONS = {
    "colour": "svg/icons/palette.svg",
    "pattern": "svg/icons/patterns.svg",
    "name": "svg/icons/name_bubble.svg",
}

NECK_THINGS = ("scarf", "bandana", "bowtie")
"""Worn at the neck: only one at a time, so they never pile up on each other."""

# Name suggestions a child can pick by picture: (id, picture); the names are words of the
# family's language (screens:buddy_maker.names.<id>).
NAME_SUGGESTIONS = (
    ("honey", "svg/icons/honey_pot.svg"),
    ("sunny", "svg/icons/sun.svg"),
    ("star", "svg/icons/star_sticker.svg"),
    ("patch", "svg/buddy/accessories/heart_patch.svg"),
    ("cloud", "svg/icons/cloud.svg"),
    ("moony", "svg/icons/moon.svg"),
    ("button", "svg/icons/button_toy.svg"),
)

# Accessory art is drawn around its anchor in a 256-unit frame; these boxes frame each one tightly.
ACCESSORY_VIEWS = {
    "bow": "-76 -52 152 104",
    "scarf": "-118 -32 236 156",
    "hat": "-110 -84 220 140",
    "glasses": "-112 -44 224 88",
    "bandana": "-104 -22 208 126",
    "star_badge": "-42 -42 84 84",
    "heart_patch": "-44 -44 88 80",
    "crown": "-74 -76 148 112",
    "bowtie": "-70 -28 140 72",
}

BUDDY_SIZE = 420
TAB_SIZE = 112
OPTION_COLOUR = theme.PANEL
LOCKED_COLOUR = (236, 230, 224)  # a prize not won yet: quieter, still tappable
CHOSEN_COLOUR = theme.lighter(theme.SUNSHINE, 0.35)


def name_caption(name: str) -> str:
    """A name under its picture, whole: the text layout wraps it between words or shrinks it to fit."""
    return name


def caption_room(caption: str) -> float:
    """Layout units under a picture for its caption: two small lines when it has several words."""
    return 0 if not caption else (40 if " " in caption.strip() else 26)


def picture_box(width: float, height: float, caption: str) -> float:
    """The side, in layout units, of the picture drawn on a ``width`` × ``height`` button."""
    room = caption_room(caption)
    return min(width, height - room) * (0.74 if caption else 0.84)


@dataclass(frozen=True)
class Option:
    """One picture choice on the current tab."""

    key: str  # the value chosen (an animal, a colour, an accessory, a pattern, a name)
    speak: Line  # said when it is chosen (levels/lines.toml, [buddy_maker])


class BuddyMakerScene(Scene):
    """Make the buddy with pictures; every choice is saved at once. Pops itself on "All done"."""

    name = "buddy-maker"
    says = ("lines:buddy_maker.*",)

    def __init__(self, ctx: GameContext, tab: str = "animal") -> None:
        super().__init__(ctx)
        self.backdrop = Backdrop("morning")
        self.buddy = BuddyActor(ctx.buddy_renderer, ctx.profile.buddy, ctx.rng, ctx.reduced_motion)
        self.tab = tab if tab in TABS else "animal"
        self.buttons = ButtonGroup(ctx)
        self.parent_name = ctx.profile.buddy.name  # the grown-up's name stays offered even after a child picks another
        self.finished = False
        self._pictures: dict[str, Callable[[int], pygame.Surface]] = {}
        self._captions: dict[str, str] = {}  # small words under a picture, for the grown-up
        self._warm_up: list[Callable[[], object]] = []
        self._build()

    # -- layout ------------------------------------------------------------------------------

    @property
    def buddy_center(self) -> tuple[float, float]:
        return (290.0, self.ctx.layout.height * 0.5 + 50)

    @property
    def choices_area(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of the picture choices, in layout units."""
        layout = self.ctx.layout
        return (540.0, 196.0, layout.width - 40.0, layout.height - 150.0)

    def _build(self) -> None:
        """Lay out the tabs and the current tab's pictures, keeping the keyboard focus where it was.

        On a fresh tab the focus goes to the picture chosen now (or the first), never to "All done",
        so pressing Space again and again keeps choosing instead of leaving.
        """
        focused = self.buttons.focused
        keep = focused.name if focused is not None and self.buttons.buttons else ""
        self.buttons.clear()
        self._pictures = {}
        self._captions = {}
        self.buttons.add(all_done_button(self.finish, self.ctx.t("screens:common.all_done")))
        left, _top, right, _bottom = self.choices_area
        gap = 22.0
        row_width = len(TABS) * TAB_SIZE + (len(TABS) - 1) * gap
        x = min(left + (right - left - row_width) / 2, self.ctx.layout.width - 120 - row_width)
        for tab in TABS:
            chosen = tab == self.tab
            button = Button(
                rect=(x, 40, TAB_SIZE, TAB_SIZE + 18),
                on_activate=functools.partial(self.show_tab, tab),
                sound="page_turn",
                colour=theme.lighter(theme.LILAC, 0.1) if chosen else theme.lighter(theme.LILAC, 0.6),
                name=f"tab-{tab}",
            )
            self.buttons.add(button)
            self._captions[button.name] = self.ctx.t(f"screens:buddy_maker.tab.{tab}")
            self._pictures[button.name] = functools.partial(self._tab_picture, tab)
            x += TAB_SIZE + gap
        options = self.options()
        columns, cell_w, cell_h = self._grid_shape(self.tab)
        for rect, option in zip(self._grid(len(options), columns, cell_w, cell_h), options, strict=True):
            locked = self.tab == "wear" and self.is_locked(option.key)
            colour = CHOSEN_COLOUR if self.is_chosen(option) else (LOCKED_COLOUR if locked else OPTION_COLOUR)
            button = Button(
                rect=rect,
                on_activate=functools.partial(self.choose, option),
                sound="",  # choose() plays the sound that fits (giggle, sparkle, chime...)
                colour=colour,
                name=f"{self.tab}-{option.key}",
            )
            self.buttons.add(button)
            if locked:
                self._captions[button.name] = self.ctx.t("screens:buddy_maker.locked")
            self._pictures[button.name] = functools.partial(self._option_picture, option)
            if self.tab == "name":  # a long name the grown-up chose is shortened to fit under its picture
                self._captions[button.name] = name_caption(option.key)
        names = [button.name for button in self.buttons.buttons]
        picked = [f"{self.tab}-{option.key}" for option in options if self.is_chosen(option)]
        target = keep if keep in names else (picked[0] if picked else f"{self.tab}-{options[0].key}")
        self.buttons.focus(self.buttons.buttons[names.index(target)])
        self._queue_warm_up()

    def _grid_shape(self, tab: str) -> tuple[int, float, float]:
        """(columns, cell width, cell height) of ``tab``'s pictures."""
        if tab == "colour":
            return 4, 132, 132
        if tab == "wear":
            return 3, 134, 134
        if tab == "name":
            return 4, 148, 148
        return 3, 176, 176  # animals and patterns

    def _grid(self, count: int, columns: int, cell_w: float, cell_h: float) -> list[tuple[float, float, float, float]]:
        left, top, right, bottom = self.choices_area
        gap = 26.0
        rows = (count + columns - 1) // columns
        width = columns * cell_w + (columns - 1) * gap
        height = rows * cell_h + (rows - 1) * gap
        x0 = left + (right - left - width) / 2
        y0 = top + max(0.0, (bottom - top - height) / 2)
        rects = []
        for index in range(count):
            row, column = divmod(index, columns)
            in_row = min(columns, count - row * columns)
            row_x = x0 + (columns - in_row) * (cell_w + gap) / 2  # centre a short last row
            rects.append((row_x + column * (cell_w + gap), y0 + row * (cell_h + gap), cell_w, cell_h))
        return rects

    def resized(self) -> None:
        self._build()

    # -- the choices --------------------------------------------------------------------------

    def options(self, tab: str | None = None) -> list[Option]:
        """The picture choices of ``tab`` (the current tab by default)."""
        tab = tab or self.tab
        lines = self.ctx.content.lines.buddy_maker
        if tab == "animal":
            return [Option(animal, lines.animal[animal]) for animal in BUDDY_ANIMALS]
        if tab == "colour":
            return [Option(colour, lines.colour[colour]) for colour in BUDDY_COLOURS]
        if tab == "wear":
            return [Option(item, lines.wear_on[item]) for item in BUDDY_ACCESSORIES]
        if tab == "pattern":
            return [Option(pattern, lines.pattern[pattern]) for pattern in BUDDY_PATTERNS]
        # Said after the name is chosen, so {buddy} is the new name.
        suggested = self.suggested_names()
        names = [Option(name, lines.name) for name in suggested]
        if self.parent_name not in suggested:
            names.insert(0, Option(self.parent_name, lines.name))
        return names

    def suggested_names(self) -> dict[str, str]:
        """The names a child can pick, in the family's language, and each one's picture."""
        return {self.ctx.t(f"screens:buddy_maker.names.{name_id}"): icon for name_id, icon in NAME_SUGGESTIONS}

    def is_locked(self, item: str) -> bool:
        """An accessory that is a sticker prize (``levels/rewards.toml``) the child has not won yet.

        Something the buddy already wears is never locked, so nothing is taken away.
        """
        return (
            item in self.ctx.content.rewards.unlock_order
            and item not in self.ctx.progress.unlocked_accessories
            and item not in self.ctx.profile.buddy.accessories
        )

    def is_chosen(self, option: Option) -> bool:
        look = self.ctx.profile.buddy
        value = {"animal": look.animal, "colour": look.colour, "pattern": look.pattern, "name": look.name}
        if self.tab == "wear":
            return option.key in look.accessories
        return value.get(self.tab) == option.key

    def show_tab(self, tab: str) -> None:
        self.tab = tab
        self._build()
        self.buddy.react("bounce")
        self.ctx.say(getattr(self.ctx.content.lines.buddy_maker.tab, tab))

    def choose(self, option: Option) -> None:
        """Apply a choice of the current tab to the buddy, say it, react, and save."""
        look = self.ctx.profile.buddy
        data = look.model_dump()
        speak = option.speak
        reaction, sound = "happy", "sparkle"
        if self.tab == "wear" and self.is_locked(option.key):
            # A prize for later: explained kindly, nothing changes, no "no" sound.
            self.buddy.react("wave")
            self.ctx.play_sound("hint")
            self.ctx.say(
                self.ctx.content.lines.buddy_maker.locked,
                prize=self.ctx.content.rewards.prize_words([option.key]),
            )
            return
        if self.tab == "animal":
            data["animal"] = option.key
        elif self.tab == "colour":
            data["colour"] = option.key
        elif self.tab == "pattern":
            data["pattern"] = option.key
        elif self.tab == "name":
            data["name"] = option.key
            reaction, sound = "wave", "chime"
        else:
            worn = list(look.accessories)
            if option.key in worn:
                worn.remove(option.key)
                speak = self.ctx.content.lines.buddy_maker.wear_off[option.key]
                reaction, sound = "squeeze", "pop"
            else:
                if option.key in NECK_THINGS:
                    worn = [item for item in worn if item not in NECK_THINGS]
                worn.append(option.key)
                reaction, sound = "giggle", "giggle"
            data["accessories"] = worn
        self.ctx.profile.buddy = BuddyLook.model_validate(data)
        self.buddy.look = self.ctx.profile.buddy
        self.buddy.react(reaction)
        self.ctx.play_sound(sound)
        self.ctx.say(speak)
        self.ctx.save_profile()
        self._build()

    def finish(self) -> None:
        if self.finished:
            return
        self.finished = True
        self.ctx.save_profile()
        self.ctx.play_sound("chime")
        self.ctx.say(self.ctx.content.lines.buddy_maker.done)
        self.ctx.scenes.pop()

    # -- life cycle, input, time -----------------------------------------------------------------

    def enter(self) -> None:
        self.ctx.say(self.ctx.content.lines.buddy_maker.intro)

    def resume(self) -> None:
        self.buddy.look = self.ctx.profile.buddy
        self.buddy.reduced_motion = self.ctx.reduced_motion
        self._build()

    def handle(self, action: Action) -> None:
        if action.kind is ActionKind.PRESS and action.pos is not None:
            pressed = self.buttons.button_at(action.pos)
            if pressed is not None and pressed.name.startswith(self.tab + "-"):
                self.buddy.react("squeeze")  # the buddy feels the press at once; the choice comes on release
        if self.buttons.handle(action):
            return
        said = self.ctx.content.lines.buddy_maker.buddy_tap
        poke_buddy(self.ctx, self.buddy, action, self.buddy_center, BUDDY_SIZE * 0.45, said)

    def _queue_warm_up(self) -> None:
        """Line up the other tabs' pictures (they follow the buddy's look) to be drawn ahead of time."""
        queue: list[Callable[[], object]] = []
        for tab in TABS:
            if tab == self.tab:
                continue
            options = self.options(tab)
            _columns, cell_w, cell_h = self._grid_shape(tab)
            for option in options:
                caption = name_caption(option.key) if tab == "name" else ""
                size = self.ctx.layout.px(picture_box(cell_w, cell_h, caption))
                queue.append(functools.partial(self._option_picture, option, size, tab))
        self._warm_up = queue

    def update(self, dt: float) -> bool:
        # One picture per frame (a few milliseconds), so a later tab switch finds them ready.
        if self._warm_up:
            self._warm_up.pop(0)()
        return self.buddy.update(dt)

    # -- pictures ------------------------------------------------------------------------------

    def _look_with(self, **changes: object) -> BuddyLook:
        data = self.ctx.profile.buddy.model_dump()
        data.update(changes)
        return BuddyLook.model_validate(data)

    def _tab_picture(self, tab: str, size: int) -> pygame.Surface:
        if tab == "animal":
            look = self._look_with(accessories=[], pattern="none")
            return self.ctx.buddy_renderer.render(look, size)
        if tab == "wear":
            return self._accessory_picture("hat", size)
        return self.ctx.assets.svg(TAB_ICONS[tab], (size, size))

    def _accessory_picture(self, item: str, size: int) -> pygame.Surface:
        key = (f"maker-accessory:{item}", (size, size), "")
        cached = self.ctx.assets.cached(key)
        if cached is not None:
            return cached
        text = self.ctx.assets.svg_text(f"svg/buddy/accessories/{item}.svg")
        text = text.replace('viewBox="-128 -128 256 256"', f'viewBox="{ACCESSORY_VIEWS[item]}"', 1)
        picture = rasterise_svg(text, (size, size))
        self.ctx.assets.remember(key, picture)
        return picture

    def _option_picture(self, option: Option, size: int, tab: str | None = None) -> pygame.Surface:
        renderer = self.ctx.buddy_renderer
        tab = tab or self.tab
        if tab == "animal":
            return renderer.render(self._look_with(animal=option.key), size)
        if tab == "colour":
            return renderer.render(self._look_with(colour=option.key, accessories=[]), size)
        if tab == "pattern":
            return renderer.render(self._look_with(pattern=option.key, accessories=[]), size)
        if tab == "wear":
            picture = self._accessory_picture(option.key, size)
            if not self.is_locked(option.key):
                return picture
            key = (f"maker-accessory-locked:{option.key}", (size, size), "")
            cached = self.ctx.assets.cached(key)
            if cached is not None:
                return cached
            faded = picture.copy()
            faded.set_alpha(110)
            locked = pygame.Surface((size, size), pygame.SRCALPHA)
            locked.blit(faded, (0, 0))
            star_size = max(8, size // 3)
            star = self.ctx.assets.svg("svg/icons/star_sticker.svg", (star_size, star_size))
            locked.blit(star, (size - star_size, size - star_size))
            self.ctx.assets.remember(key, locked)
            return locked
        icon = self.suggested_names().get(option.key)
        if icon is None:  # the grown-up's own name: the buddy's face is its picture
            return renderer.render(self._look_with(accessories=[]), size)
        if icon.startswith("svg/buddy/accessories/"):
            return self._accessory_picture(icon.rsplit("/", 1)[1].removesuffix(".svg"), size)
        return self.ctx.assets.svg(icon, (size, size))

    # -- drawing ----------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        self.backdrop.draw(surface, layout)
        cx, cy = self.buddy_center
        shadow = layout.rect((cx - 150, cy + BUDDY_SIZE * 0.4, 300, 44))
        pygame.draw.ellipse(surface, theme.darker((186, 222, 160), 0.15), shadow)
        self.buddy.draw(surface, layout.point(cx, cy), layout.px(BUDDY_SIZE))
        draw_toy_photo(surface, ctx, layout.point(cx + 170, cy + 110), layout.px(128))
        name_box = (cx - 250, cy - BUDDY_SIZE * 0.5 - 62, 500, 56)
        write(surface, ctx, ctx.profile.buddy.name, 38, theme.INK, box=name_box)
        self.buttons.draw(surface)
        for button in self.buttons.buttons:
            make = self._pictures.get(button.name)
            if make is None:
                continue
            x, y, w, h = button.rect
            offset = 5 if button is self.buttons.pressed else 0
            caption = self._captions.get(button.name, "")
            room = caption_room(caption)
            picture = make(layout.px(picture_box(w, h, caption)))
            center = layout.point(x + w / 2, y + offset + (h - room) / 2 + (5 if caption else 0))
            surface.blit(picture, picture.get_rect(center=center))
            if caption:
                caption_box = (x + 5, y + offset + h - room - 5, w - 10, room)
                write(surface, ctx, caption, 19, theme.INK, box=caption_box)
            if button.name.startswith(self.tab + "-") and self._chosen_name(button.name):
                tick = ctx.assets.svg("svg/icons/check.svg", (layout.px(44), layout.px(44)))
                surface.blit(tick, tick.get_rect(center=layout.point(x + w - 12, y + offset + 12)))

    def _chosen_name(self, button_name: str) -> bool:
        key = button_name.split("-", 1)[1]
        return any(option.key == key and self.is_chosen(option) for option in self.options())


SCENES = {"buddy-maker": BuddyMakerScene}


def _open_tab(tab: str) -> Callable[[Scene], None]:
    def prepare(scene: Scene) -> None:
        assert isinstance(scene, BuddyMakerScene)
        scene.show_tab(tab)  # as if the child tapped the tab: its line is said

    return prepare


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    yield TourShot("buddy-maker", BuddyMakerScene, settle=1.0)
    for tab in TABS[1:]:
        name = {"colour": "colours", "wear": "accessories", "pattern": "patterns", "name": "names"}[tab]
        yield TourShot(f"buddy-maker-{name}", BuddyMakerScene, settle=1.0, prepare=_open_tab(tab))
