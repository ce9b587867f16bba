"""Sound: music, voice and effects volumes (bars, steps, a try button), and music off alone."""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.parent.editors.base import CHOICE, OFF, ON, Editor, EditorHost
from dropoff_buddy.parent.page import action_button
from dropoff_buddy.storage.models import SoundSettings
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike, contains, inflate
from dropoff_buddy.ui.widgets import Button

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext


VOLUME_STEP = 0.1
BAR_WIDTH = 330.0


class SoundEditor(Editor):
    key = "sound"

    #: The volumes, each with its name on the page (parent:editor.sound.<row>).
    ROWS = (("music", "music"), ("voice", "voice"), ("effects", "effects"))

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
                action_button(
                    (bx - 100, by - 16, 80, 76), "−", functools.partial(self._step, row, -1), f"{row}-down", size=40
                )
            )
            found.append(
                action_button(
                    (bx + bw + 20, by - 16, 80, 76), "+", functools.partial(self._step, row, 1), f"{row}-up", size=40
                )
            )
            found.append(
                Button(
                    rect=(bx + bw + 200, by - 16, 110, 76),
                    on_activate=functools.partial(self._try, row),
                    label=self.t("try"),
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
                        label=self.t("music_off" if muted else "music_on"),
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
        if self.sound.music_muted:
            return self.t("summary_music_off")
        return self.t("summary_music", percent=round(self.sound.music_volume * 100))

    def draw(self, surface: pygame.Surface) -> None:
        layout = self.ctx.layout
        x = self.area[0]
        for index, (row, label) in enumerate(self.ROWS):
            y = self._row_y(index)
            self._text(surface, self.t(label), 30, (x + 44, y + 22))
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
