"""The window and the main loop.

Only this module calls ``pygame.event.get``. Each frame: raw events → ``InputTranslator`` →
actions → the parent button (on kid screens) or the top scene; then ``update(dt)``; then, only
if something changed, ``draw`` + captions + a cross-fade, and ``display.flip``. While nothing
moves the loop sleeps in ``pygame.event.wait``, so an idle screen costs almost no CPU.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from collections.abc import Callable
from pathlib import Path

import pygame

from dropoff_buddy.assets import Assets
from dropoff_buddy.audio.espeak import VoiceSettings
from dropoff_buddy.audio.narration import Narrator
from dropoff_buddy.audio.recordings import RecordingStore
from dropoff_buddy.audio.sound import SoundBoard
from dropoff_buddy.audio.voices import make_voice
from dropoff_buddy.content.registry import Content, load_content
from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind, InputTranslator
from dropoff_buddy.registry import lazy_scene_factories
from dropoff_buddy.scene import Scene
from dropoff_buddy.stop import StopRequest
from dropoff_buddy.storage.paths import DEFAULT_PROFILE_ID, profile_id_from_name
from dropoff_buddy.storage.store import Notice, ProfileStore
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.layout import Layout
from dropoff_buddy.ui.parent_button import ParentButton
from dropoff_buddy.ui.text import FittedText
from dropoff_buddy.ui.widgets import note_drawn

log = logging.getLogger(__name__)

FPS = 60
IDLE_WAIT_MS = 120  # how long the idle loop sleeps waiting for an event (timers stay responsive)
MAX_DT = 0.25  # longer gaps (a sleeping laptop) are not played as one giant step


def build_context(
    data_dir: Path,
    profile: str | None,
    size: tuple[int, int],
    *,
    seed: int | None = None,
    audio: bool = True,
    content: Content | None = None,
    clock: Callable[[], dt.datetime] | None = None,
) -> GameContext:
    """Open the child's profile and build every service the scenes need.

    ``profile`` is a child's name or profile id; a new name creates a profile for that child.
    None means the profile used last time (or the default one). The content is loaded here,
    once (``content`` may hand in one already loaded); a broken essential file raises
    ``ContentError``, a broken story or tips file becomes a notice for the parent. ``clock`` gives
    "now" (default: the computer's clock; tests and benchmarks pass a fixed day).
    """
    content = content if content is not None else load_content()
    store = ProfileStore(data_dir)
    if profile:
        profile_id = profile_id_from_name(profile)
        if profile_id in store.list_profiles() or profile_id == DEFAULT_PROFILE_ID:
            child = store.open(profile_id)
        else:
            child = store.create_profile(profile.strip())
    else:
        child = store.open(store.last_profile_id() or DEFAULT_PROFILE_ID)
    if audio:
        SoundBoard.init_mixer()
    assets = Assets()
    sound = SoundBoard(assets.root, child.profile.settings.sound)
    narrator = Narrator(narration=child.profile.settings.narration, on_speaking=sound.duck_music)
    ctx = GameContext(
        store=store,
        child=child,
        assets=assets,
        sound=sound,
        narrator=narrator,
        layout=Layout(*size),
        rng=random.Random(seed),
        factories=lazy_scene_factories(),
        content=content,
    )
    if clock is not None:
        ctx.clock = clock
    for problem in content.problems:
        store.notices.append(
            Notice(f"A content file has a mistake, so part of the game is left out: {problem}", "load_failed")
        )
    # Voices in order: the parent's recording of a line → speech synthesis → captions alone.
    ctx.narrator.voice = make_voice(
        sound,
        lambda: RecordingStore(ctx.profile_folder, ctx.language.code),
        lambda: VoiceSettings(language=ctx.language.espeak),
    )
    ctx.fit_child()
    ctx.apply_settings()
    ctx.check_photos()
    return ctx


class App:
    """Runs the scene stack in a window until a parent quits (or ``max_frames`` pass in tests)."""

    def __init__(self, ctx: GameContext, screen: pygame.Surface, stop: StopRequest | None = None) -> None:
        self.ctx = ctx
        self.screen = screen
        self.stop = stop if stop is not None else StopRequest()
        self.translator = InputTranslator(ctx.layout)
        self.parent_button = ParentButton(ctx)
        self._fade_from: pygame.Surface | None = None
        self._fade_left = 0.0
        self._seen_generation = -1
        self._dirty = True
        self._last_caption: str | None = None
        self._scene_animating = False
        self._caption_cache: tuple[tuple[str, int, int], pygame.Surface, FittedText] | None = None
        self.frames_drawn = 0
        self.frames_run = 0

    # -- one frame -----------------------------------------------------------------------

    def step(self, events: list[pygame.event.Event], dt: float) -> bool:
        """Process one frame's events and time; returns True if the screen must be redrawn."""
        for event in events:
            if event.type in (pygame.VIDEOEXPOSE, pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED):
                self._dirty = True
            elif event.type == pygame.APP_TERMINATING:
                self.stop.request("the system is closing Dropoff Buddy")
        actions = self.translator.translate(events)
        actions.extend(self.translator.tick(dt))
        for action in actions:
            top = self.ctx.scenes.top
            if top is None:
                break
            self._dispatch(top, action)
        changed = self._advance(dt)
        redraw = changed or self._dirty
        self._dirty = False
        return redraw

    def _dispatch(self, top: Scene, action: Action) -> None:
        """One action to the app (resize, quit), the parent lock on kid screens, or the top scene."""
        if action.kind is ActionKind.RESIZE:
            self._resize()
            return
        kid_screen = top.kid_screen
        if action.kind is ActionKind.QUIT_REQUEST:
            if kid_screen:
                self.parent_button.show_hint()  # a child cannot close the game
                self._dirty = True
            else:
                self.ctx.quit_requested = True
            return
        if kid_screen and getattr(top, "show_parent_button", True) and self.parent_button.handle(action):
            self._dirty = True
            return
        if action.kind is ActionKind.BACK and kid_screen:
            self.parent_button.show_hint()
            self._dirty = True
        if action.kind is not ActionKind.HOLD:
            self._dirty = True
        top.handle(action)

    def _advance(self, dt: float) -> bool:
        """Let ``dt`` pass for the scene, the lock, the narrator and a cross-fade; True if anything changed."""
        ctx = self.ctx
        changed = False
        top = ctx.scenes.top
        if top is not None:
            changed = top.update(dt)
        self._scene_animating = changed
        if self.parent_button.update(dt):
            changed = True
        if ctx.narrator.update(dt):
            changed = True
        if ctx.scenes.generation != self._seen_generation:
            if self._seen_generation >= 0 and not ctx.reduced_motion:
                self._fade_from = self.screen.copy()  # what is on screen now fades out
                self._fade_left = theme.FADE_SECONDS
            self._seen_generation = ctx.scenes.generation
            changed = True
        if self._fade_left > 0:
            self._fade_left = max(0.0, self._fade_left - dt)
            changed = True
        caption = ctx.narrator.caption
        if caption != self._last_caption:
            self._last_caption = caption
            changed = True
        return changed

    @property
    def animating(self) -> bool:
        """True when the next frame should come without waiting for an event."""
        return (
            self._dirty
            or self._scene_animating
            or self._fade_left > 0
            or self.translator.busy
            or self.parent_button.animating
        )

    def finish_fade(self) -> None:
        """Skip the rest of a cross-fade (for screenshots)."""
        self._fade_from = None
        self._fade_left = 0.0

    def render(self) -> None:
        """Draw the top scene, the parent lock, the caption and any cross-fade into the window.

        Straight into the window's surface: every screen paints every pixel (the tour test checks
        it), so no picture of the last frame is needed except the one a cross-fade fades out.
        """
        ctx = self.ctx
        top = ctx.scenes.top
        if top is None:
            return
        frame = self.screen
        top.draw(frame)
        if top.kid_screen and getattr(top, "show_parent_button", True):
            self.parent_button.draw(frame)
        self._draw_caption(frame)
        if self._fade_from is not None and self._fade_left > 0:
            fade = self._fade_from
            if fade.get_size() == self.screen.get_size():
                fade.set_alpha(round(255 * self._fade_left / theme.FADE_SECONDS))
                self.screen.blit(fade, (0, 0))
        elif self._fade_from is not None:
            self._fade_from = None
        self.frames_drawn += 1

    @property
    def frame(self) -> pygame.Surface:
        """The picture on screen (the window's surface, which ``render`` draws into)."""
        return self.screen

    def _draw_caption(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        caption = ctx.narrator.caption
        if not caption or not ctx.profile.settings.captions:
            return
        layout = ctx.layout
        key = (caption, layout.pixel_width, layout.pixel_height)
        if self._caption_cache is None or self._caption_cache[0] != key:
            # Rendered once per line and window size, not every frame it is on screen. At most three
            # lines tall: a long line is made smaller rather than covering the picture.
            max_width = layout.px(min(980, layout.width - 200))
            fitted = ctx.fonts.layout.fit(caption, layout.px(30), theme.WHITE, max_width, layout.px(118))
            image = fitted.image
            pad = layout.px(18)
            box = image.get_rect()
            box.inflate_ip(pad * 2, pad)
            panel = pygame.Surface(box.size, pygame.SRCALPHA)
            pygame.draw.rect(panel, (*theme.CAPTION_BG, 225), panel.get_rect(), border_radius=layout.px(22))
            panel.blit(image, image.get_rect(center=panel.get_rect().center))
            self._caption_cache = (key, panel, fitted)
        _key, panel, fitted = self._caption_cache
        top = ctx.scenes.top
        placed = top.caption_top() if top is not None else None
        if placed is not None:
            box = panel.get_rect(midtop=(surface.get_width() // 2, layout.point(0, placed)[1]))
        else:
            box = panel.get_rect(midbottom=(surface.get_width() // 2, surface.get_height() - layout.px(22)))
        surface.blit(panel, box)
        text_rect = fitted.image.get_rect(center=box.center)
        room = pygame.Rect(0, 0, layout.px(min(980, layout.width - 200)), layout.px(118))
        room.center = text_rect.center
        note_drawn(ctx.fonts, caption, fitted, text_rect, room)

    def _resize(self) -> None:
        surface = pygame.display.get_surface()
        if surface is not None:
            self.screen = surface
        width, height = self.screen.get_size()
        self.ctx.layout = Layout(width, height)
        self.translator.layout = self.ctx.layout
        for scene in self.ctx.scenes.scenes:
            scene.resized()
        self._fade_from = None
        self._fade_left = 0.0
        self._dirty = True

    # -- the loop ----------------------------------------------------------------------------

    def run(
        self,
        *,
        max_frames: int | None = None,
        fixed_dt: float | None = None,
        before_frame: Callable[[int], None] | None = None,
    ) -> int:
        """Run until a parent quits. Returns the exit status (0).

        Tests pass ``max_frames`` to stop after that many frames, ``fixed_dt`` to run without
        sleeping, and ``before_frame(n)`` to post scripted events before frame ``n``.
        """
        clock = pygame.time.Clock()
        ctx = self.ctx
        while not ctx.quit_requested and not self.stop.requested:
            if max_frames is not None and self.frames_run >= max_frames:
                break
            if before_frame is not None:
                before_frame(self.frames_run)
            if self.animating or fixed_dt is not None:
                events = pygame.event.get()
            else:
                first = pygame.event.wait(IDLE_WAIT_MS)
                events = ([first] if first.type != pygame.NOEVENT else []) + pygame.event.get()
            dt = fixed_dt if fixed_dt is not None else min(MAX_DT, clock.tick(FPS) / 1000.0)
            if self.step(events, dt):
                self.render()
                pygame.display.flip()
            self.frames_run += 1
        if self.stop.requested:
            log.info("stopping: %s", self.stop.reason)
        self.save_what_is_in_memory()
        ctx.scenes.clear()
        ctx.save_progress()
        return 0

    def save_what_is_in_memory(self) -> None:
        """Save the child's profile and progress now (the game is ending); never raises."""
        ctx = self.ctx
        if not ctx.persist:
            return
        try:
            ctx.store.save_profile(ctx.child)  # not ctx.save_profile: no new lines to prepare now
            ctx.store.save_progress(ctx.child)
        except Exception:  # the last chance to save must not hide why the game is ending
            log.exception("could not save while ending")
