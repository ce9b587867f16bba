"""Read the story in your voice: a parent records the child's own story, page by page.

Opened from "Your voice". Each page of *this family's* stories (``family_lines.story_lines``:
every story on the shelf, their day's activities, their place, every page a choice can lead to,
without the lines they switched off) is shown as the child sees it, with its line in big words.
Record (the microphone, through the same ``Recorder`` as "Your voice"), Stop — the take is kept
and played back at once — then Next. A file can be imported instead (Import a file, or drop it
on the window). Lines recorded before whose words no longer match (the pickup activity or a name
changed) are marked "record again", and the page says how many there are and takes the parent
to the next one.

It remembers where the parent stopped (``profile.voice_story_line``), so the next visit goes on
from there. The progress line says how many of the story's lines are in the parent's voice.
Lines not recorded are said by the built-in voice, as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame

from dropoff_buddy.audio.recorder import ScriptedRecorder
from dropoff_buddy.context import GameContext
from dropoff_buddy.family_lines import STORY, VoiceState
from dropoff_buddy.parent.page import action_button
from dropoff_buddy.parent.pages.voice import LineState, ParentVoiceScene, with_recorder
from dropoff_buddy.parent.pages.voice_panel import GOOD
from dropoff_buddy.parts.story import StoryScene
from dropoff_buddy.registry import TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, draw_panel, draw_text

PICTURE = (40.0, 200.0, 540.0, 338.0)  # the page's picture, in layout units (16:10)


class ParentStoryVoiceScene(ParentVoiceScene):
    """The story's lines one at a time, with the page's picture; shares recording with "Your voice"."""

    name = "parent-story-voice"
    title = "parent:story_voice.title"

    def __init__(self, ctx: GameContext) -> None:
        self.picture = StoryScene(ctx, preview=True)  # made again for the story of the line on show
        self._picture_surface: pygame.Surface | None = None
        self._shown_page = ""
        super().__init__(ctx)
        self.group = STORY
        self.refresh()
        self.selected = self._resume_index()
        self._show_picture()
        self.rebuild()

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        self.lines = [state for state in self.all_lines if state.item.group == STORY]
        self.selected = max(0, min(self.selected, len(self.lines) - 1))

    def _resume_index(self) -> int:
        """Where the parent stopped last time; at the start for a first visit."""
        place = self.ctx.profile.voice_story_line
        return next((index for index, state in enumerate(self.lines) if state.item.key == place), 0)

    @property
    def progress(self) -> tuple[int, int]:
        """(lines of the story in the parent's voice, lines of the story)."""
        return sum(1 for state in self.lines if state.state is VoiceState.PARENT), len(self.lines)

    @property
    def to_redo(self) -> list[LineState]:
        """Recordings whose words no longer match the story (the pickup activity or a name changed)."""
        return [state for state in self.lines if state.state is VoiceState.REDO]

    @property
    def page_number(self) -> str:
        """ "Page 3 of “A Home Day”": where in which story the line on show is."""
        if not self.lines:
            return ""
        item = self.current.item
        story = self.ctx.content.stories.get(item.story)
        if story is None:
            return self.ctx.t("parent:story_voice.page", page=item.title)
        return self.ctx.t("parent:story_voice.page_in", page=item.title, story=self.ctx.text(story.title))

    # -- moving through the story ------------------------------------------------------------

    def select(self, index: int) -> None:
        super().select(index)
        self._remember()
        self._show_picture()

    def go(self, step: int) -> None:
        """The line before or after this one (Previous / Next)."""
        if not self.lines:
            return
        index = self.selected + step
        if index >= len(self.lines):
            self.say_message(self._finished_message())
            self.rebuild()
            return
        self.select(max(0, index))

    def next_to_redo(self) -> None:
        """Go to the next line whose recording no longer matches its words."""
        redo = self.to_redo
        if not redo:
            return
        later = [state for state in redo if self.lines.index(state) > self.selected] or redo
        self.select(self.lines.index(later[0]))
        self.say_message(self.ctx.t("parent:story_voice.changed"))
        self.rebuild()

    def _finished_message(self) -> str:
        done, total = self.progress
        if done == total:
            return self.ctx.t("parent:story_voice.whole_story")
        return self.ctx.t("parent:story_voice.last_page", done=done, total=total)

    def _remember(self) -> None:
        if not self.lines:
            return
        key = self.current.item.key
        profile = self.ctx.profile
        if profile.voice_story_line != key:
            profile.voice_story_line = key
            self.ctx.save_profile()

    def _show_picture(self) -> None:
        if not self.lines:
            return
        item = self.current.item
        page = item.page
        if page is None or (item.story, page.id) == (self.picture.story_id, self._shown_page):
            return
        if item.story != self.picture.story_id:
            self.picture.art.close()
            self.picture = StoryScene(self.ctx, preview=True, story_id=item.story)
        self._shown_page = page.id
        self.picture.view_size = self.ctx.layout.rect(PICTURE).size
        self.picture.show_page(page)
        self.picture._fade_from = None

    def finish_recording(self) -> None:
        before = self.store.seconds(self.current.item.key) if self.lines else None
        super().finish_recording()
        if self.lines and self.current.recorded and self.store.seconds(self.current.item.key) != before:
            self.play()  # hear the take back at once; Next goes on whenever the parent is ready

    def import_file(self, path: Path) -> None:
        super().import_file(path)
        self._remember()

    def exit(self) -> None:
        super().exit()
        self.picture.art.close()

    def back(self) -> None:
        self._remember()
        super().back()

    # -- layout --------------------------------------------------------------------------------

    def header_buttons(self) -> list[Button]:
        return []  # no way to itself: this is the story page

    def _build_side(self) -> None:
        x, y, w, h = PICTURE
        row = y + h + 100
        self.buttons.add(
            action_button(
                (x, row, 200, 80),
                self.ctx.t("parent:story_voice.previous"),
                lambda: self.go(-1),
                "previous",
                size=24,
                enabled=self.selected > 0,
            )
        )
        self.buttons.add(
            action_button(
                (x + w - 260, row, 260, 80),
                self.ctx.t("parent:story_voice.next"),
                lambda: self.go(1),
                "next",
                primary=True,
                size=28,
                enabled=bool(self.lines),
            )
        )
        if self.to_redo:
            count = len(self.to_redo)
            self.buttons.add(
                Button(
                    rect=(x, row + 100, w, 64),
                    on_activate=self.next_to_redo,
                    label=self.ctx.t("parent:story_voice.redo", count=count),
                    colour=(255, 236, 214),
                    label_size=22,
                    sound="tap",
                    name="redo",
                )
            )

    def _draw_rows(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        done, total = self.progress
        x, y, _w, h = PICTURE
        draw_text(
            surface,
            ctx.fonts,
            layout,
            ctx.t("parent:story_voice.progress", done=done, total=total),
            24,
            GOOD if done == total and total else theme.INK_SOFT,
            topleft=(x, y + h + 28),
            align="left",
        )
        if self.lines:
            draw_text(
                surface,
                ctx.fonts,
                layout,
                self.page_number,
                24,
                theme.INK,
                topleft=(x, y - 44),
                align="left",
            )

    def _draw_side_under(self, surface: pygame.Surface) -> None:
        layout = self.ctx.layout
        x, y, w, h = PICTURE
        rect = layout.rect((x, y, w, h))
        if self._picture_surface is None or self._picture_surface.get_size() != rect.size:
            self._picture_surface = pygame.Surface(rect.size)
        self.picture.draw_picture(self._picture_surface)
        surface.blit(self._picture_surface, rect)
        pygame.draw.rect(surface, (210, 218, 228), rect.inflate(layout.px(8), layout.px(8)), layout.px(4), 8)
        if not self.lines:
            draw_panel(surface, layout, PICTURE, theme.PARENT_PANEL, radius=12, shadow=False)
            draw_text(
                surface,
                self.ctx.fonts,
                layout,
                self.ctx.t("parent:story_voice.no_story"),
                22,
                theme.INK_SOFT,
                center=(x + w / 2, y + h / 2),
                wrap_width=w - 40,
            )

    def update_page(self, dt: float) -> bool:
        changed = super().update_page(dt)
        return self.picture.update(dt) or changed


SCENES = {"parent-story-voice": ParentStoryVoiceScene}


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    def later_page(scene: Scene) -> None:
        assert isinstance(scene, ParentStoryVoiceScene)
        scene.select(min(len(scene.lines) - 1, 8))

    yield TourShot(
        "parent-story-voice", with_recorder(ScriptedRecorder(), ParentStoryVoiceScene), settle=1.5, prepare=later_page
    )
