"""The goodbye game's scene: the steps, the child's input, and the phases after the steps.

Every input that means "do it" counts (any mouse button, a tap anywhere, Space/Enter; for a
hold step, holding any of them). There are no wrong answers and no fail sounds; after about
5 s without input a gentle hint is spoken and the target pulses slowly, and after two
unanswered hints the buddy helps the step along. Opened from the morning flow the scene plays
the practice and pops itself after the sticker; opened alone it starts with a picture chooser.
"""

from __future__ import annotations

import pygame

from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.content.catalog import RitualStep
from dropoff_buddy.content.kid_lines import RitualLines
from dropoff_buddy.content.lines import Line
from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.parts.ritual import chooser
from dropoff_buddy.parts.ritual.effects import SPARK, Particle, Spots, burst, celebration
from dropoff_buddy.parts.ritual.overlay import RitualOverlay
from dropoff_buddy.parts.ritual.phases import (
    AFTER_STEPS,
    CELEBRATE_SECONDS,
    FIRST_AFTER_STEPS,
    HELP_AFTER_HINTS,
    HINT_REPEAT_SECONDS,
    IDLE_HINT_SECONDS,
    NEXT_STEP_MAX_WAIT,
    TABLES,
    Phase,
)
from dropoff_buddy.parts.ritual.stage import MOVE_OFFSETS, RitualStage
from dropoff_buddy.rewards import Award
from dropoff_buddy.scene import Scene
from dropoff_buddy.ui.widgets import ButtonGroup
from dropoff_buddy.week import someone_else_picks_up

MODES = ("practice", "together", "buddy_turn")

HOLD_DECAY_PER_SECOND = 0.08  # a hold let go early drains slowly: never a fail
HOLD_DECAY_AFTER = 2.0  # ... and only once nobody has touched for this long
TAP_ON_HOLD_BONUS = 0.3  # each tap on a hold step fills almost a third of the heart, however slow the taps


class RitualScene(Scene):
    """The goodbye ritual in one of ``MODES``; ``mode=None`` means: the chooser, or practice in the flow.

    ``steps`` overrides the family's ritual (the tour uses it to show one step); by default the
    steps are ``ctx.profile.ritual`` as it is when the game starts.
    """

    name = "ritual"
    says = (
        "lines:ritual.*",
        "ritual_steps:*.prompt",
        "ritual_steps:*.buddy_prompt",
        "ritual_steps:*.together",
        "ritual_steps:*.praise",
    )

    def __init__(self, ctx: GameContext, mode: str | None = None, steps: list[str] | None = None) -> None:
        super().__init__(ctx)
        if mode is not None and mode not in MODES:
            raise ValueError(f"unknown ritual mode {mode!r}; choose one of {', '.join(MODES)}")
        self.requested_mode = mode
        self.step_override = steps
        self.mode = mode or "practice"
        self.in_flow = False
        self.phase = "choose"
        self.phase_time = 0.0
        self.steps: list[RitualStep] = []
        self.index = 0
        self.done_steps: list[str] = []
        self.helped_steps: list[str] = []  # steps the buddy helped with after long quiet
        self.idle = 0.0
        self.hints_given = 0
        self.next_hint = IDLE_HINT_SECONDS
        self.hold_progress = 0.0
        self.holders: set[int] = set()
        self.since_touch = 0.0  # seconds since the last press on a hold step (the heart drains after a while)
        self.sequence_index = 0
        self.particles: list[Particle] = []
        self.press_ripples: list[tuple[tuple[float, float], float]] = []
        self.award: Award | None = None
        self.time = 0.0
        self.finished = False
        self.kept_kiss = False  # the kissing-hand heart stays in the child's palm
        self.buddy = BuddyActor(ctx.buddy_renderer, ctx.profile.buddy, ctx.rng, ctx.reduced_motion)
        self.buttons = ButtonGroup(ctx)
        self.stage = RitualStage(self)
        self.overlay = RitualOverlay(self)
        self._layout_buttons()

    # -- set-up --------------------------------------------------------------------------------

    def enter(self) -> None:
        if self.requested_mode is not None or self.in_flow:
            self.start(self.mode)
        else:
            self._show_chooser()

    def _show_chooser(self) -> None:
        self.phase = "choose"
        self.phase_time = 0.0
        self._layout_buttons()
        self.ctx.say(self.lines.choose)

    def _layout_buttons(self) -> None:
        self.buttons.clear()
        if self.phase == "choose":
            for button in chooser.chooser_buttons(self):
                self.buttons.add(button)
        self.buttons.add(chooser.home_button(self))

    def resized(self) -> None:
        self._layout_buttons()

    def go_home(self) -> None:
        self.ctx.sound.stop_effect("heart_fill")
        self.ctx.scenes.pop_to_root()

    def start(self, mode: str) -> None:
        """Begin playing the ritual in ``mode`` (from the chooser, the flow or a test)."""
        ctx = self.ctx
        self.mode = mode
        ids = self.step_override if self.step_override is not None else list(ctx.profile.ritual)
        self.steps = ctx.content.ritual_steps.steps_for(ids)
        if not self.steps:  # a ritual this version cannot play: fall back to the first known step
            self.steps = [ctx.content.ritual_steps.step[0]]
        self.index = 0
        self.done_steps = []
        self.helped_steps = []
        self.award = None
        self.kept_kiss = False
        self.particles.clear()
        self.phase = "prompt"
        self._layout_buttons()
        self._prompt(first=True)

    @property
    def step(self) -> RitualStep:
        return self.steps[min(self.index, len(self.steps) - 1)]

    @property
    def lines(self) -> RitualLines:
        return self.ctx.content.lines.ritual

    @property
    def table(self) -> dict[str, Phase]:
        return dict(TABLES[self.mode])

    def _prompt(self, first: bool = False) -> None:
        ctx = self.ctx
        step = self.step
        self._set_phase("prompt")
        self.stage.cast.apart()
        self.hints_given = 0
        self.hold_progress = 0.0
        self.holders.clear()
        self.sequence_index = 0
        if self.mode == "together":
            if first:
                ctx.say(self.lines.for_real)
                ctx.say_then(step.together)
            else:
                ctx.say(step.together)
            self.buddy.react("bounce")
            return
        ctx.say(step.buddy_prompt if self.mode == "buddy_turn" else step.prompt)
        self.buddy.react("wave")

    # -- input -----------------------------------------------------------------------------

    def handle(self, action: Action) -> None:
        kind = action.kind
        keyboard_do_it = action.pos is None and kind in (ActionKind.PRESS, ActionKind.ACTIVATE)
        # While playing, Space/Enter always mean "do it" (a mashed arrow key must not aim them at Home);
        # keyboard focus moves between buttons only on the chooser.
        playing = self.phase != "choose"
        buttons_may_take = not playing or (action.pos is not None and kind is not ActionKind.FOCUS)
        if buttons_may_take and self.buttons.handle(action):
            return
        if self.phase == "choose":
            if kind is ActionKind.TAP and action.pos is not None:
                self.ctx.say(self.lines.choose_hint)
            return
        if kind is ActionKind.PRESS:
            self._press(action)
        elif kind is ActionKind.TAP or (kind is ActionKind.ACTIVATE and keyboard_do_it):
            self._do_it(action)
        elif kind in (ActionKind.RELEASE, ActionKind.DRAG_END):
            self._let_go(action.pointer)

    @property
    def _on_hold_step(self) -> bool:
        return self.phase == "prompt" and self.mode != "together" and self.step.kind == "hold"

    def _press(self, action: Action) -> None:
        """Instant feedback for any press; a hold step starts filling at once.

        On a hold step a press does not count as an answer to the hints until the heart is full,
        so a child who taps slowly still gets the hints and, after two, the buddy's help.
        """
        if not self._on_hold_step:
            self.idle = 0.0
        self.since_touch = 0.0
        pos = action.pos if action.pos is not None else self.stage.target_center()
        self.press_ripples.append((pos, 0.0))
        if self._on_hold_step:
            pointer = action.pointer if action.pos is not None else -100 - action.key
            if not self.holders:
                self.ctx.play_sound("heart_fill")
            self.holders.add(pointer)
        else:
            self.ctx.play_sound("press")
        if self.phase == "prompt" and self.mode != "together":
            self._step_together()
        if self.phase in AFTER_STEPS:
            self.buddy.react("giggle")

    def _step_together(self) -> None:
        """The child's figure steps in and does the step with the grown-up (or with the buddy)."""
        animation = self.step.animation
        if self.mode == "buddy_turn":
            self.stage.cast.do_together(animation, "child", "buddy")
        else:
            self.stage.cast.do_together(animation, "grownup", "child")

    def _let_go(self, pointer: int) -> None:
        if pointer in self.holders:
            self.holders.discard(pointer)
            if not self.holders:
                self.ctx.sound.stop_effect("heart_fill")
                if self.phase == "prompt":
                    self.stage.cast.apart()  # a hug let go of early: back to arms open, never a fail

    def _do_it(self, action: Action) -> None:
        """A tap, a click or a released Space/Enter: "do it"."""
        if not self._on_hold_step:
            self.idle = 0.0
        self._let_go(-100 - action.key if action.pos is None else action.pointer)
        phase = self.table.get(self.phase)
        if phase is not None:
            if phase.tap_after is not None and self.phase_time >= phase.tap_after:
                if phase.tap_sound:
                    self.ctx.play_sound(phase.tap_sound)
                self._go_to(phase.tap_next)
            return
        if self.phase != "prompt":
            return
        step = self.step
        if self.mode == "together" or step.kind == "tap":
            self._complete_step()
        elif step.kind == "sequence":
            self.sequence_index += 1
            self.ctx.play_sound("pop")
            self.buddy.react("squeeze")
            centre = self.stage.target_center()
            move = step.sequence[self.sequence_index - 1]
            spot = (centre[0] + MOVE_OFFSETS[move][0], centre[1] + MOVE_OFFSETS[move][1])
            self.particles.extend(burst(spot, SPARK, 3, 50))
            if self.sequence_index >= len(step.sequence):
                self._complete_step()
        elif step.kind == "hold" and action.held < 0.35:
            self.hold_progress = min(1.0, self.hold_progress + TAP_ON_HOLD_BONUS)
            if self.hold_progress >= 1.0:
                self._complete_step()

    # -- steps -----------------------------------------------------------------------------

    def _complete_step(self, helped: bool = False) -> None:
        ctx = self.ctx
        step = self.step
        self.holders.clear()
        ctx.sound.stop_effect("heart_fill")
        ctx.play_sound(step.sound)
        ctx.play_sound("sparkle")
        if helped:
            ctx.say(self.lines.helped, step=step.label)
        else:
            ctx.say(step.praise)
        self.buddy.react("happy")
        if helped:
            self._step_together()
        self.done_steps.append(step.id)
        self._set_phase("celebrate")
        stage = self.stage
        spots = Spots(
            target=stage.target_center(),
            child_face=stage.child_face(),
            child_hand=stage.child_hand(),
            child_palm=stage.child_palm(),
            partner_face=stage.partner_face(),
        )
        self.particles.extend(celebration(step, spots, together=self.mode == "together"))
        self.kept_kiss = self.kept_kiss or (step.animation == "kissing_hand" and self.mode != "together")

    def _after_celebration(self) -> None:
        self.index += 1
        if self.index < len(self.steps):
            self._prompt()
        else:
            self._go_to(FIRST_AFTER_STEPS[self.mode])

    def line_for(self, name: str) -> Line:
        """A phase's line: on a day someone else picks up, the one that says who comes."""
        return self.lines.line_for(name, someone_else_picks_up(self.ctx.profile, self.ctx.today))

    def _set_phase(self, phase: str) -> None:
        self.phase = phase
        self.phase_time = 0.0
        self.idle = 0.0
        self.next_hint = IDLE_HINT_SECONDS

    # -- the phases after the steps (see phases.py) ---------------------------------------------

    def _go_to(self, name: str) -> None:
        """Enter phase ``name`` of this mode's table: its sound, its line, and what it starts."""
        if name == "end":
            self._end()
            return
        phase = self.table[name]
        self._set_phase(name)
        self.stage.cast.apart()
        if name == "reunion":
            self.stage.cast.do_together("hug", "child", "buddy")
        if phase.sound:
            self.ctx.play_sound(phase.sound)
        if phase.line:
            self.ctx.say(self.line_for(phase.line))
        if phase.then:
            self.ctx.say_then(self.line_for(phase.then))
        if name == "goodbye" or (name == "walk" and self.mode == "buddy_turn"):
            self.buddy.react("wave")
        elif name in ("welcome", "later"):
            self.buddy.react("happy")
        elif name == "reunion":
            self.buddy.react("hug")
        elif name == "praise":
            self.buddy.react("happy")
            self.ctx.say(self._praise_line())
        elif name == "sticker":
            self._give_sticker()

    def _praise_line(self) -> Line:
        if self.mode == "buddy_turn":
            return self.lines.praise_buddy
        if self.mode == "together":
            return self.lines.praise_together
        return self.lines.praise

    def _give_sticker(self) -> None:
        ctx = self.ctx
        rewards = ctx.content.rewards
        self.award = rewards.award_sticker(
            ctx.progress, ctx.rng, ctx.clock(), [step.id for step in self.steps], self.mode
        )
        ctx.save_progress()
        self.buddy.react("bounce")
        ctx.say(self.lines.sticker, sticker=self.award.sticker.words)
        if self.award.unlocked:
            ctx.say_then(self.lines.unlock, count=self.award.count, prize=rewards.prize_words(self.award.unlocked))

    def _end(self) -> None:
        if self.finished:
            return
        if self.requested_mode is None and not self.in_flow:
            self._show_chooser()
            return
        self.finished = True
        self.ctx.scenes.pop()

    # -- time ----------------------------------------------------------------------------------

    def update(self, dt: float) -> bool:
        if self.finished:
            return False
        self.time += dt
        self.phase_time += dt
        self.buddy.update(dt)
        if self.phase != "choose":
            self.stage.cast.follow(self.stage.people())  # where everyone is and what they do now
        self.stage.cast.update(dt)
        for particle in self.particles:
            particle.age += dt
        self.particles = [particle for particle in self.particles if particle.alive]
        self.press_ripples = [(pos, age + dt) for pos, age in self.press_ripples if age + dt < 0.45]
        speaking = self.ctx.narrator.speaking
        t = self.phase_time
        if self.phase == "prompt":
            self._update_prompt(dt)
        elif self.phase == "celebrate":
            if t >= CELEBRATE_SECONDS and (not speaking or t >= NEXT_STEP_MAX_WAIT):
                self._after_celebration()
        elif (phase := self.table.get(self.phase)) is not None:
            self._update_phase(phase, dt, speaking)
        return True

    def _update_phase(self, phase: Phase, dt: float, speaking: bool) -> None:
        t = self.phase_time
        if phase.next:
            line_done = not (phase.wait_for_line and speaking)
            if t >= phase.min_seconds and (line_done or t >= phase.max_seconds):
                self._go_to(phase.next)
            return
        if phase.hint:
            self.idle += dt
            if self.idle >= self.next_hint and not speaking:
                self.next_hint = self.idle + HINT_REPEAT_SECONDS
                self.ctx.play_sound("hint")
                self.ctx.say(getattr(self.lines, phase.hint))

    def _update_prompt(self, dt: float) -> None:
        step = self.step
        if self.mode != "together" and step.kind == "hold":
            if self.holders:
                self.since_touch = 0.0
                self.hold_progress = min(1.0, self.hold_progress + dt / step.hold_seconds)
                if self.hold_progress >= 1.0:
                    self._complete_step()
                    return
            else:
                self.since_touch += dt
                if self.since_touch >= HOLD_DECAY_AFTER:
                    self.hold_progress = max(0.0, self.hold_progress - HOLD_DECAY_PER_SECOND * dt)
        if not self.ctx.narrator.speaking:  # quiet time only: the hint never talks over the prompt
            self.idle += dt
        if self.idle >= self.next_hint and self.hints_given >= HELP_AFTER_HINTS and self.mode != "together":
            # A child who does not tap at all (too little, or just watching) is helped, never stuck.
            self.helped_steps.append(step.id)
            self._complete_step(helped=True)
            return
        if self.idle >= self.next_hint:
            self.hints_given += 1
            self.next_hint = self.idle + HINT_REPEAT_SECONDS
            self.ctx.play_sound("hint")
            self.ctx.say(self.lines.hint("together" if self.mode == "together" else step.kind))
            self.buddy.react("bounce")

    @property
    def hinting(self) -> bool:
        """True once a hint was given for the step on screen (the target pulses)."""
        return self.phase == "prompt" and self.hints_given > 0

    # -- drawing ---------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        stage, overlay = self.stage, self.overlay
        stage.draw_room(surface)
        if self.phase == "choose":
            chooser.draw_chooser(self, surface)
        elif self.mode == "together" and self.phase in ("prompt", "celebrate", "promise"):
            chooser.draw_together(self, surface)
        else:
            stage.draw_stage(surface)
            if self.phase == "prompt":
                overlay.draw_prompt(surface)
            overlay.draw_step_dots(surface)
        overlay.draw_particles(surface)
        if self.phase == "sticker":
            overlay.draw_sticker(surface)
        overlay.draw_ripples(surface)
        self.buttons.draw(surface)
        if self.phase == "choose":
            chooser.draw_buddy_on_its_card(self, surface)
