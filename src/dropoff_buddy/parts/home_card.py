"""Drawing home's card and keeping it true (the files and the start-up side: ``storage.home_card``).

The card is home as a fresh start draws it, before the greeting's caption, plus the same picture
with every button pressed in and where the buttons are. ``HomeCardKeeper`` runs beside the game's
loop: once the first frame is on screen it checks the card the start showed against a fresh home;
whenever the child has been back at home for a few seconds and something home is drawn from has
changed (a sticker, the buddy, the photo, a setting), it writes the card again, so a game ended by
a shutdown or a closed lid still opens on the right home next time; and it writes it once more
when a grown-up quits.
"""

from __future__ import annotations

import logging
from time import monotonic

import pygame

from dropoff_buddy.context import GameContext
from dropoff_buddy.parts.home import HomeScene
from dropoff_buddy.storage.home_card import CardButton, HomeCard, card_key, card_picture_matches, write_card
from dropoff_buddy.ui.layout import Layout
from dropoff_buddy.ui.parent_button import ParentButton
from dropoff_buddy.ui.widgets import Button

log = logging.getLogger(__name__)

#: How far a button's edge shows under it (``ButtonGroup.draw_button``), and a little room round it.
BUTTON_EDGE = 7
CARD_MARGIN = 2
#: How long the child has been back at home before the card is brought up to date.
SETTLED_AT_HOME_SECONDS = 3.0


class FreshHome:
    """Home as a new start draws it, before the greeting's caption."""

    def __init__(self, ctx: GameContext) -> None:
        self.layout = ctx.layout
        self.home = HomeScene(ctx)
        self.lock = ParentButton(ctx)

    def picture(self, pressed: Button | None = None) -> pygame.Surface:
        picture = pygame.Surface((self.layout.pixel_width, self.layout.pixel_height))
        self.home.buttons.pressed = pressed
        self.home.draw(picture)
        self.lock.draw(picture)
        return picture


def card_pictures(ctx: GameContext) -> tuple[pygame.Surface, pygame.Surface, list[CardButton]]:
    """A fresh home, the same with every button pressed in, and where the buttons are."""
    fresh = FreshHome(ctx)
    layout = fresh.layout
    normal = fresh.picture()
    pressed_in = normal.copy()
    buttons = []
    screen = normal.get_rect()
    for button in fresh.home.buttons.buttons:
        x, y, w, h = button.rect
        changes = layout.rect((x, y, w, h + BUTTON_EDGE)).inflate(2 * CARD_MARGIN, 2 * CARD_MARGIN).clip(screen)
        pressed_in.blit(fresh.picture(button), changes, changes)
        buttons.append(CardButton(button.name, _ints(layout.rect(button.rect)), _ints(changes)))
    return normal, pressed_in, buttons


def _ints(rect: pygame.Rect) -> tuple[int, int, int, int]:
    return (rect.x, rect.y, rect.width, rect.height)


class HomeCardKeeper:
    """Keeps home's card true for the next start (see the module's docstring)."""

    def __init__(self, ctx: GameContext, card: HomeCard | None) -> None:
        self.ctx = ctx
        self.card = card
        #: The next start opens its window as this one did (a resize during play is not kept).
        self.start_size = (ctx.layout.pixel_width, ctx.layout.pixel_height)
        #: The key of the card on disk, as far as this game knows ("" = none it trusts).
        self.written_key = ""
        self._home_since: float | None = None

    def before_frame(self, frame: int) -> None:
        if frame == 1:  # the first frame is on screen: check the card without delaying it
            self.check()
            return
        scenes = self.ctx.scenes
        top = scenes.top
        if top is None or top.name != "home" or len(scenes.scenes) != 1:
            self._home_since = None
            return
        now = monotonic()
        if self._home_since is None:
            self._home_since = now
        elif now - self._home_since >= SETTLED_AT_HOME_SECONDS:
            self._home_since = float("inf")  # once per visit home
            self.write()

    def check(self) -> None:
        """Write a card now if the one shown was missing or not what home really looks like."""
        if self.card is not None:
            if card_picture_matches(self.card, FreshHome(self.ctx).picture()):
                self.written_key = self.card.key  # (written again below if starting changed a file)
            else:
                log.warning("home's card did not match home; drawing it again")
        self.write()

    def _key(self) -> str:
        return card_key(self.ctx.store.data_dir, self.start_size, self.ctx.child.profile_id)

    def write(self) -> bool:
        """Save the card for home as it is now, unless nothing it is drawn from changed since the
        last one; True when there is a card for it. Never raises."""
        ctx = self.ctx
        if not ctx.persist:
            return False
        key = self._key()
        if key == self.written_key:
            return True
        layout = ctx.layout
        try:
            ctx.layout = Layout(*self.start_size)
            home, pressed, buttons = card_pictures(ctx)
        except Exception:  # a card is a nicety: never let it end the game
            log.exception("could not draw home's card")
            return False
        finally:
            ctx.layout = layout
        written = write_card(ctx.store.data_dir, ctx.child.profile_id, home, pressed, buttons)
        self.written_key = key if written else ""
        return written
