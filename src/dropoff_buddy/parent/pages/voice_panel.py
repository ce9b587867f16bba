"""The right of the "Your voice" page for the chosen line: its words, what the child hears, Record, Play, Delete, Import and the level meter."""

from __future__ import annotations


def _build_panel(self) -> None:
    """Record, Play, Delete and Import for the chosen line, or the file list (the right of the page)."""
    px, py, pw, ph = self.panel_rect
    if self.browsing:
        build_file_list(self, px, py, pw, ph)
        return
    if not self.lines:
        return
    bottom = py + ph - 110
    width = (pw - 40 - 3 * 20) / 4
    recording = self.recorder.recording
    record = "parent:voice.stop" if recording else "parent:voice.record"
    strong = (  # (words, action, colour, enabled, name): the two big coloured buttons
        (record, self.toggle_recording, theme.CORAL, recording or self.mic_problem is None, "record"),
        ("parent:voice.play", self.play, theme.PARENT_ACCENT, not recording, "play"),
    )
    for index, (words, action, colour, enabled, name) in enumerate(strong):
        self.buttons.add(
            Button(
                rect=(px + 20 + index * (width + 20), bottom, width, 90),
                on_activate=action,
                label=self.ctx.t(words),
                colour=colour,
                label_colour=theme.WHITE,
                label_size=28,
                sound="",
                enabled=enabled,
                name=name,
            )
        )
    quiet = (  # (name, action, label size, enabled): the two plain ones
        ("delete", self.delete, 26, self.current.recorded and not recording),
        ("import", self.open_browser, 24, not recording),
    )
    for index, (name, action, size, enabled) in enumerate(quiet, start=len(strong)):
        rect = (px + 20 + index * (width + 20), bottom, width, 90)
        self.buttons.add(
            action_button(rect, self.ctx.t(f"parent:voice.{name}"), action, name, size=size, enabled=enabled)
        )

def _draw_line_panel(self, surface: pygame.Surface) -> None:
    ctx = self.ctx
    px, py, pw, _ph = self.panel_rect
    state = self.current
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
    if self.recorder.recording:
        self._draw_meter(surface, (px + 28, meter_y, pw - 56, 44))
        seconds = ctx.t("parent:voice.recording", seconds=round(self.recorder.seconds), most=round(MAX_SECONDS))
        write(surface, ctx, seconds, 24, theme.CORAL, at=(px + 28, meter_y + 72))
    elif self.playing:
        write(surface, ctx, ctx.t("parent:voice.playing"), 24, theme.PARENT_ACCENT, at=(px + 28, meter_y))
    else:
        if self.mic_problem is None:
            tips = ctx.t("parent:voice.how_to", seconds=round(MAX_SECONDS))
            write(surface, ctx, tips, 20, theme.INK_SOFT, at=(px + 28, meter_y), wrap=pw - 56)
        # Above the message box: two lines at most, smaller if the words need it.
        room = (px + 28, meter_y + 56, pw - 56, self.message_area()[1] - meter_y - 64)
        write(
            surface, ctx, ctx.t("parent:voice.drop_file"), 20, theme.INK_SOFT, box=room, align="left", valign="top"
        )
    if not self.message and self.mic_problem:
        draw_message_box(surface, ctx, self.message_area(), self.mic_problem, ok=False)

def _draw_meter(self, surface: pygame.Surface, rect: tuple[float, float, float, float]) -> None:
    layout = self.ctx.layout
    x, y, w, h = rect
    pygame.draw.rect(surface, (226, 232, 240), layout.rect(rect), border_radius=layout.px(h / 2))
    level = max(0.0, min(1.0, self.recorder.level))
    if level > 0.01:
        colour = GOOD if level < 0.85 else theme.WARNING
        pygame.draw.rect(surface, colour, layout.rect((x, y, max(h, w * level), h)), border_radius=layout.px(h / 2))
    # The time used, as a thin bar under the meter.
    used = min(1.0, self.recorder.seconds / MAX_SECONDS)
    pygame.draw.rect(surface, theme.CORAL, layout.rect((x, y + h + 6, w * used, 6)), border_radius=layout.px(3))
