"""The parent's "Your voice" page: record, play back, replace or delete the lines the child hears.

The page is three modules: this one (the lines, what the buttons do, the line list on the left),
``voice_panel`` (the chosen line's panel on the right) and ``voice_files`` (the sound-file list
that takes the panel's place while importing).

The left column lists every line this family's child can hear (``family_lines``) in three
groups: the key lines (the promise, "I love you", each goodbye step, good morning), the story
page by page, and everything else; each row says what the child hears now: the parent's
voice, the computer voice, or "record again" when the words changed since the recording. A
big button opens "Read the story in your voice" (``parent-story-voice``), which goes through
the story page by page, and shows how many of its lines are in the parent's voice.

The right panel works on the chosen line: Record (20 s at most, with a
live level meter), Play, Delete, or Import a sound file (WAV, OGG, MP3) from a simple list of
the Home, Music, Documents and Downloads folders, or by dropping a file on the window.

The microphone sits behind ``audio.recorder.Recorder``; a test or the tour puts its own in
``ctx.services["audio.recorder"]``. No microphone → a kind message, and import still works.
A refused file or a failed save shows a message and keeps the old recording.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import pygame

from dropoff_buddy.audio.recorder import Recorder, ScriptedRecorder, SdlRecorder
from dropoff_buddy.audio.recordings import MAX_SECONDS, RecordingError, RecordingStore
from dropoff_buddy.context import GameContext
from dropoff_buddy.family_lines import GROUP_TITLES, GROUPS, KEY_LINES, STORY, FamilyLine, VoiceState, voice_state
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.parent.page import ParentPageScene, action_button, draw_card
from dropoff_buddy.parent.pages.voice_files import (
    FILE_ROWS,
    audio_files_in,
    browse_folders,
    draw_file_list,
)
from dropoff_buddy.parent.pages.voice_panel import GOOD, build_panel, draw_line_panel
from dropoff_buddy.registry import ParentPage, TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button, draw_text

logger = logging.getLogger(__name__)

RECORDER_SERVICE: Final = "audio.recorder"
ROW_HEIGHT: Final = 52.0
ROW_GAP: Final = 8.0
LIST_TOP: Final = 212.0


@dataclass(frozen=True)
class LineState:
    """One recordable line as the parent sees it now."""

    item: FamilyLine
    state: VoiceState
    seconds: float | None

    @property
    def line(self) -> FamilyLine:
        return self.item

    @property
    def words(self) -> str:
        return self.item.words

    @property
    def recorded(self) -> bool:
        return self.state is not VoiceState.COMPUTER

    @property
    def words_changed(self) -> bool:
        return self.state is VoiceState.REDO


class ParentVoiceScene(ParentPageScene):
    name = "parent-voice"
    title = "parent:voice.title"

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        service = ctx.services.get(RECORDER_SERVICE)
        self.recorder: Recorder = service if service is not None else SdlRecorder()  # type: ignore[assignment]
        self.store = RecordingStore(ctx.profile_folder, ctx.language.code)
        self.all_lines: list[LineState] = []
        self.lines: list[LineState] = []
        self.group = KEY_LINES
        self.list_page = 0
        self.selected = 0
        self.playing = False
        self.browsing = False
        self.folders: list[tuple[str, Path]] = browse_folders()
        self.folder_index = 0
        self.files: list[Path] = []
        self.file_page = 0
        self.mic_problem = self.recorder.microphone_problem()
        self.rows: list[Button] = []  # one per line, also in ``buttons`` (one focus order for the keyboard)
        self.refresh()
        self.rebuild()

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the lines and which of them are recorded."""
        from dropoff_buddy.family_lines import family_lines

        states = []
        for item in family_lines(self.ctx.content, self.ctx.profile, self.ctx.tr):
            state = voice_state(self.store, item)
            seconds = self.store.seconds(item.key) if state is not VoiceState.COMPUTER else None
            states.append(LineState(item, state, seconds))
        self.all_lines = states
        self.lines = [state for state in states if state.item.group == self.group]
        self.selected = max(0, min(self.selected, len(self.lines) - 1))

    @property
    def rows_per_page(self) -> int:
        return max(3, int((self.ctx.layout.height - LIST_TOP - 130) // (ROW_HEIGHT + ROW_GAP)))

    @property
    def story_progress(self) -> tuple[int, int]:
        """(story lines in the parent's voice, story lines) for this family."""
        story = [state for state in self.all_lines if state.item.group == STORY]
        return sum(1 for state in story if state.state is VoiceState.PARENT), len(story)

    def show_group(self, group: str) -> None:
        self.group = group
        self.selected = 0
        self.list_page = 0
        self.ctx.sound.stop_voice()
        self.playing = False
        self.refresh()
        self.rebuild()

    def turn_list(self, step: int) -> None:
        pages = max(1, -(-len(self.lines) // self.rows_per_page))
        self.list_page = max(0, min(pages - 1, self.list_page + step))
        self.selected = min(len(self.lines) - 1, self.list_page * self.rows_per_page)
        self.rebuild()

    def read_story(self) -> None:
        if self.recorder.recording:
            self.finish_recording()
        self.ctx.open_scene("parent-story-voice")

    @property
    def current(self) -> LineState:
        return self.lines[self.selected]

    # -- layout --------------------------------------------------------------------------------

    @property
    def panel_rect(self) -> tuple[float, float, float, float]:
        layout = self.ctx.layout
        return (600.0, 130.0, layout.width - 640.0, layout.height - 170.0)

    @property
    def message_is_problem(self) -> bool:
        return bool(self.message) and not self.message_ok

    def message_area(self) -> RectLike:
        px, py, pw, ph = self.panel_rect
        return (px + 20, py + ph - 240, pw - 40, 110)

    def header_buttons(self) -> list[Button]:
        done, total = self.story_progress
        label = self.ctx.t("parent:voice.read_story", done=done, total=total)
        read = self.header_button(label, self.read_story, "read-story", width=480)
        read.label_size, read.enabled = 22, total > 0
        return [read]

    def build(self) -> None:
        self.rows = []
        self._build_side()
        build_panel(self)

    def _build_side(self) -> None:
        """The group tabs and the rows of lines (the left of the page)."""
        tab_w = (530 - 2 * 10) / 3
        for index, group in enumerate(GROUPS):
            chosen = group == self.group
            self.buttons.add(
                Button(
                    rect=(40 + index * (tab_w + 10), 130, tab_w, 64),
                    on_activate=functools.partial(self.show_group, group),
                    label=self.ctx.t(GROUP_TITLES[group]),
                    label_size=20,
                    colour=theme.PARENT_ACCENT if chosen else (226, 232, 240),
                    label_colour=theme.WHITE if chosen else theme.INK,
                    sound="tap",
                    enabled=any(state.item.group == group for state in self.all_lines),
                    name=f"group:{group}",
                )
            )
        y = LIST_TOP
        per_page = self.rows_per_page
        self.list_page = min(self.list_page, max(0, (len(self.lines) - 1) // per_page))
        start = self.list_page * per_page
        for index in range(start, min(len(self.lines), start + per_page)):
            state = self.lines[index]
            self.rows.append(
                Button(
                    rect=(40, y, 530, ROW_HEIGHT),
                    on_activate=functools.partial(self.select, index),
                    colour=theme.PARENT_PANEL if index != self.selected else (222, 232, 246),
                    sound="tap",
                    name=f"line:{state.line.key}",
                )
            )
            self.buttons.add(self.rows[-1])
            y += ROW_HEIGHT + ROW_GAP
        pages = max(1, -(-len(self.lines) // per_page))
        if pages > 1:
            for offset, (name, step) in enumerate((("up", -1), ("down", 1))):
                self.buttons.add(
                    action_button(
                        (40 + offset * 140, y + 4, 130, 60),
                        self.ctx.t(f"parent:voice.{name}"),
                        functools.partial(self.turn_list, step),
                        f"list-{name}",
                        size=22,
                        enabled=self.list_page > 0 if step < 0 else self.list_page < pages - 1,
                    )
                )

    # -- life cycle ------------------------------------------------------------------------

    def enter(self) -> None:
        super().enter()
        self.ctx.sound.stop_music()

    def exit(self) -> None:
        self.recorder.stop()  # leaving mid-take (Back) throws the unfinished take away
        self.recorder.close()
        self.ctx.sound.stop_voice()

    def back(self) -> None:
        if self.browsing:
            self.close_browser()
        else:
            self.ctx.scenes.pop()

    # -- actions -------------------------------------------------------------------------------

    def say_message(self, text: str, *, problem: bool = False) -> None:
        self.say(text, ok=not problem)

    def select_key(self, key: str) -> None:
        """Show the line with ``key`` (in whichever group it is)."""
        state = next((state for state in self.all_lines if state.item.key == key), None)
        if state is None:
            return
        if state.item.group != self.group:
            self.show_group(state.item.group)
        index = next(index for index, item in enumerate(self.lines) if item.item.key == key)
        self.list_page = index // self.rows_per_page
        self.select(index)

    def resume(self) -> None:
        self.refresh()  # lines recorded in "Read the story" show here at once
        self.rebuild()

    def select(self, index: int) -> None:
        if self.recorder.recording:
            self.finish_recording()
        self.selected = index
        self.ctx.sound.stop_voice()
        self.playing = False
        self.say_message("")
        self.rebuild()

    def toggle_recording(self) -> None:
        if self.recorder.recording:
            self.finish_recording()
        else:
            self.start_recording()

    def start_recording(self) -> None:
        self.ctx.sound.stop_voice()
        self.playing = False
        if not self.recorder.start():
            self.mic_problem = self.recorder.microphone_problem() or self.ctx.t("parent:voice.no_microphone")
            self.say_message(self.mic_problem, problem=True)
        else:
            self.say_message("")
        self.rebuild()

    def finish_recording(self) -> None:
        take = self.recorder.stop()
        if take is None:
            return
        state = self.current
        if not self.ctx.persist:
            self.say_message(self.ctx.t("parent:voice.preview_not_saved"))
            return
        self._keep(
            lambda: self.store.save_take(state.line.key, state.words, take.samples, take.sample_rate, take.channels),
            self.ctx.t("parent:voice.saved"),
        )

    def _keep(self, store: Callable[[], float], done: str) -> None:
        """Keep a take or an imported file (``store`` returns its length); say how it went."""
        try:
            seconds = store()
        except RecordingError as error:
            self.say_message(str(error), problem=True)
        else:
            self.ctx.play_sound("chime")
            self.say_message(self.ctx.t("parent:voice.kept", done=done, seconds=round(seconds, 1)))
        self.refresh()
        self.rebuild()

    def play(self) -> None:
        state = self.current
        self.ctx.narrator.stop()
        if state.recorded:
            self.ctx.sound.play_voice(self.store.path(state.line.key))
            self.playing = True
            if state.words_changed:
                self.say_message(self.ctx.t("parent:voice.old_recording"))
        else:
            # No recording yet: let the parent hear what the child hears now.
            self.ctx.say(state.item.line, **state.item.moment)
            self.say_message(self.ctx.t("parent:voice.computer_voice_now"))
        if not self.ctx.sound.available:
            self.say_message(self.ctx.t("parent:voice.no_sound"), problem=True)

    def delete(self) -> None:
        state = self.current
        self.ctx.sound.stop_voice()
        if not self.ctx.persist:
            self.say_message(self.ctx.t("parent:voice.preview_not_deleted"))
        elif self.store.delete(state.line.key):
            self.say_message(self.ctx.t("parent:voice.deleted"))
        else:
            self.say_message(self.ctx.t("parent:voice.not_deleted"), problem=True)
        self.refresh()
        self.rebuild()

    def import_file(self, path: Path) -> None:
        state = self.current
        self.browsing = False
        if not self.ctx.persist:
            self.say_message(self.ctx.t("parent:voice.preview_not_saved"))
            self.rebuild()
            return
        added = self.ctx.t("parent:voice.added", file=path.name)
        self._keep(lambda: self.store.import_file(state.line.key, state.words, path), added)

    def open_browser(self) -> None:
        self.browsing = True
        self.say_message("")
        self.open_folder(self.folder_index)

    def open_folder(self, index: int) -> None:
        self.folder_index = index
        self.file_page = 0
        self.files = audio_files_in(self.folders[index][1]) if 0 <= index < len(self.folders) else []
        self.rebuild()

    def close_browser(self) -> None:
        self.browsing = False
        self.rebuild()

    def turn(self, step: int) -> None:
        pages = max(1, -(-len(self.files) // FILE_ROWS))
        self.file_page = max(0, min(pages - 1, self.file_page + step))
        self.rebuild()

    # -- input, time, drawing ----------------------------------------------------------------

    def handle_page(self, action: Action) -> bool:
        if action.kind is ActionKind.DROP_FILE and action.path:
            self.import_file(Path(action.path))
            return True
        return False

    def update_page(self, dt: float) -> bool:
        changed = False
        if self.recorder.recording:
            self.recorder.update(dt)
            if self.recorder.seconds >= MAX_SECONDS:
                self.finish_recording()
                longest = self.ctx.t("parent:voice.longest", seconds=round(MAX_SECONDS))
                self.say_message(f"{self.message} {longest}", problem=self.message_is_problem)
            changed = True
        else:
            self.recorder.update(dt)
        if self.playing and not self.ctx.sound.voice_busy():
            self.playing = False
            changed = True
        return changed

    def draw_page(self, surface: pygame.Surface) -> None:
        draw_card(surface, self.ctx, self.panel_rect, 24)
        self._draw_side_under(surface)

    def draw_over_buttons(self, surface: pygame.Surface) -> None:
        self._draw_rows(surface)  # the rows' words go on top of their buttons
        if self.browsing:
            draw_file_list(self, surface)
        elif self.lines:
            draw_line_panel(self, surface)

    def _draw_side_under(self, surface: pygame.Surface) -> None:
        """What the left side draws under the buttons (nothing here; the story mode's picture)."""

    def _draw_rows(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        start = self.list_page * self.rows_per_page
        for button, state in zip(self.rows, self.lines[start:], strict=False):
            x, y, w, _h = button.rect
            label = state.item.title if state.item.group == KEY_LINES else f"{state.item.title}: {state.words}"
            if len(label) > 34:  # a row shows the start of a line; cut between words
                label = label[:33].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
            draw_text(surface, ctx.fonts, layout, label, 20, theme.INK, topleft=(x + 20, y + 14), align="left")
            if state.recorded and not state.words_changed:
                status, colour = ctx.t("parent:voice.status_yours"), GOOD
            elif state.words_changed:
                status, colour = ctx.t("parent:voice.status_redo"), theme.WARNING
            else:
                status, colour = ctx.t("parent:voice.status_computer"), theme.INK_SOFT
            draw_text(surface, ctx.fonts, layout, status, 19, colour, topleft=(x + w - 190, y + 15), align="left")


SCENES = {"parent-voice": ParentVoiceScene}
PARENT_PAGES = [ParentPage("parent-voice", "Your voice", order=30)]


def with_recorder(
    recorder: Recorder, page: Callable[[GameContext], ParentVoiceScene] = ParentVoiceScene
) -> Callable[[GameContext], ParentVoiceScene]:
    """A maker of ``page`` that records with ``recorder`` (the tour's scripted microphone)."""

    def make(ctx: GameContext) -> ParentVoiceScene:
        ctx.services[RECORDER_SERVICE] = recorder
        try:
            return page(ctx)
        finally:
            del ctx.services[RECORDER_SERVICE]

    return make


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    def start(scene: Scene) -> None:
        assert isinstance(scene, ParentVoiceScene)
        scene.select(0)
        scene.start_recording()

    def browse(scene: Scene) -> None:
        assert isinstance(scene, ParentVoiceScene)
        # A made-up folder, so the picture never shows the files of whoever renders the tour.
        music = Path.home() / "Music"
        scene.folders = [("Home", Path.home()), ("Music", music), ("Documents", Path.home() / "Documents")]
        scene.open_browser()
        scene.folder_index = 1
        scene.files = [
            music / name for name in ("Goodbye song.mp3", "I love you.ogg", "Promise (Mum).wav", "Voice memo 12.mp3")
        ]
        scene.rebuild()

    yield TourShot("parent-voice", with_recorder(ScriptedRecorder()), settle=0.2)
    yield TourShot("parent-voice-recording", with_recorder(ScriptedRecorder(loudness=0.2)), settle=2.6, prepare=start)
    yield TourShot("parent-voice-no-mic", with_recorder(ScriptedRecorder(has_microphone=False)), settle=0.2)
    yield TourShot("parent-voice-import", with_recorder(ScriptedRecorder()), settle=0.2, prepare=browse)
