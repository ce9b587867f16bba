"""The right of the "Your voice" page for the chosen line.

Its words, what the child hears now, Record, Play, Delete and Import, and the level meter while
recording (or, while importing, the sound-file list of ``voice_files``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import pygame

from dropoff_buddy.audio.recordings import MAX_SECONDS
from dropoff_buddy.parent.page import action_button, draw_message_box
from dropoff_buddy.parent.pages.voice_files import build_file_list
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, write

if TYPE_CHECKING:
    from dropoff_buddy.parent.pages.voice import ParentVoiceScene

GOOD: Final = (56, 142, 88)


def build_panel(scene: ParentVoiceScene) -> None:
    """Record, Play, Delete and Import for the chosen line, or the file list (the right of the page)."""
    px, py, pw, ph = scene.panel_rect
    if scene.browsing:
        build_file_list(scene, px, py, pw, ph)
        return
    if not scene.lines:
        return
    bottom = py + ph - 110
    width = (pw - 40 - 3 * 20) / 4
    recording = scene.recorder.recording
    record = "parent:voice.stop" if recording else "parent:voice.record"
    strong = (  # (words, action, colour, enabled, name): the two big coloured buttons
        (record, scene.toggle_recording, theme.CORAL, recording or scene.mic_problem is None, "record"),
        ("parent:voice.play", scene.play, theme.PARENT_ACCENT, not recording, "play"),
    )
    x = px + 20
    for words, action, colour, enabled, name in strong:
        scene.buttons.add(
            Button(
                rect=(x, bottom, width, 90),
                on_activate=action,
                label=scene.ctx.t(words),
                colour=colour,
                label_colour=theme.WHITE,
                label_size=28,
                sound="",
                enabled=enabled,
                name=name,
            )
        )
        x += width + 20
    quiet = (  # (name, action, label size, enabled): the two plain ones
        ("delete", scene.delete, 26, scene.current.recorded and not recording),
        ("import", scene.open_browser, 24, not recording),
    )
    for name, action, size, enabled in quiet:
        scene.buttons.add(
            action_button(
                (x, bottom, width, 90), scene.ctx.t(f"parent:voice.{name}"), action, name, size=size, enabled=enabled
            )
        )
        x += width + 20


def draw_line_panel(scene: ParentVoiceScene, surface: pygame.Surface) -> None:
    """The chosen line's title and words, what the child hears now, and the meter while recording."""
    ctx = scene.ctx
    px, py, pw, _ph = scene.panel_rect
    state = scene.current
    write(surface, ctx, state.line.title, 28, theme.PARENT_ACCENT, at=(px + 28, py + 24))
    write(surface, ctx, f"“{state.words}”", 30, theme.INK, at=(px + 28, py + 76), wrap=pw - 56)
    if state.recorded and not state.words_changed:
        if state.seconds is None:
            status = ctx.t("parent:voice.hears_yours")
        else:
            status = ctx.t("parent:voice.hears_yours_for", seconds=round(state.seconds, 1))
    elif state.words_changed:
        status = ctx.t("parent:voice.words_changed")
    else:
        status = ctx.t("parent:voice.hears_computer")
    write(surface, ctx, status, 21, theme.INK_SOFT, at=(px + 28, py + 210), wrap=pw - 56)
    meter_y = py + 290
    if scene.recorder.recording:
        draw_meter(scene, surface, (px + 28, meter_y, pw - 56, 44))
        seconds = ctx.t("parent:voice.recording", seconds=round(scene.recorder.seconds), most=round(MAX_SECONDS))
        write(surface, ctx, seconds, 24, theme.CORAL, at=(px + 28, meter_y + 72))
    elif scene.playing:
        write(surface, ctx, ctx.t("parent:voice.playing"), 24, theme.PARENT_ACCENT, at=(px + 28, meter_y))
    else:
        if scene.mic_problem is None:
            tips = ctx.t("parent:voice.how_to", seconds=round(MAX_SECONDS))
            write(surface, ctx, tips, 20, theme.INK_SOFT, at=(px + 28, meter_y), wrap=pw - 56)
        # Above the message box: two lines at most, smaller if the words need it.
        room = (px + 28, meter_y + 56, pw - 56, scene.message_area()[1] - meter_y - 64)
        write(surface, ctx, ctx.t("parent:voice.drop_file"), 20, theme.INK_SOFT, box=room, align="left", valign="top")
    if not scene.message and scene.mic_problem:
        draw_message_box(surface, ctx, scene.message_area(), scene.mic_problem, ok=False)


def draw_meter(scene: ParentVoiceScene, surface: pygame.Surface, rect: tuple[float, float, float, float]) -> None:
    """How loud the microphone is now, and the time used as a thin bar under it."""
    layout = scene.ctx.layout
    x, y, w, h = rect
    pygame.draw.rect(surface, (226, 232, 240), layout.rect(rect), border_radius=layout.px(h / 2))
    level = max(0.0, min(1.0, scene.recorder.level))
    if level > 0.01:
        colour = GOOD if level < 0.85 else theme.WARNING
        pygame.draw.rect(surface, colour, layout.rect((x, y, max(h, w * level), h)), border_radius=layout.px(h / 2))
    # The time used, as a thin bar under the meter.
    used = min(1.0, scene.recorder.seconds / MAX_SECONDS)
    pygame.draw.rect(surface, theme.CORAL, layout.rect((x, y + h + 6, w * used, 6)), border_radius=layout.px(3))
