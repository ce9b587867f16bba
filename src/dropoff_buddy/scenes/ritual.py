"""The goodbye ritual: the child practises the family's own goodbye at the {place} door.

Three ways to play it:

- **practice** (the morning flow's part, and the first picture of the chooser): the buddy
  prompts each step with its picture and voice; the child does it with the drawn grown-up.
  Then the grown-up says the promise, waves and walks out through the door, the teacher
  welcomes, the child runs off to play, the buddy praises the steps by name and a sticker is
  given.
- **together**: the screen asks the real grown-up and child to do each step for real, with
  a big picture; a tap goes on. A rehearsal for the morning.
- **buddy_turn**: the child does the ritual with the buddy and sends the buddy off to its own
  daycare, saying the promise themself.

Every input that means "do it" counts (any mouse button, a tap anywhere, Space/Enter; for a
hold step, holding any of them). There are no wrong answers and no fail sounds; after about
5 s without input a gentle hint is spoken and the target pulses slowly. Opened from the
morning flow the scene plays the practice and pops itself after the sticker; opened alone it
starts with a picture chooser of the three modes.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pygame

from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.content.catalog import RitualStep
from dropoff_buddy.content.kid_lines import RitualLines
from dropoff_buddy.content.lines import Line
from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.rewards import Award
from dropoff_buddy.scene import Scene
from dropoff_buddy.scenes.registry import TourShot
from dropoff_buddy.storage.models import AvatarLook
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.widgets import Button, ButtonGroup, draw_panel, draw_text

MODES = ("practice", "together", "buddy_turn")

IDLE_HINT_SECONDS = 5.0  # quiet time before a gentle hint
HINT_REPEAT_SECONDS = 9.0
PULSE_HZ = 0.8  # the target's slow pulse after a hint (well under 3 per second)
CELEBRATE_SECONDS = 1.6  # the little animation after a step
NEXT_STEP_MAX_WAIT = 3.2  # wait at most this long for the praise line before the next prompt
HOLD_DECAY_PER_SECOND = 0.25  # a hold let go early drains slowly: never a fail
TAP_ON_HOLD_BONUS = 0.22  # quick taps on a hold step fill the heart too
HELP_AFTER_HINTS = 2  # after this many unanswered hints the buddy helps the step along

GOODBYE_MIN, GOODBYE_MAX = 2.5, 9.0  # the promise, then "I love you": both are heard
WALK_SECONDS = 2.6
DOORWAY_WAVE_SECONDS = 1.0
DOOR_SECONDS = 0.6
TEACHER_WALK_SECONDS = 1.6
TEACHER_MIN, TEACHER_MAX = 2.2, 5.5
RUN_SECONDS = 1.4
PRAISE_MIN, PRAISE_MAX = 2.0, 5.5
STICKER_MIN, STICKER_MAX = 3.0, 7.5

PEOPLE_HEIGHT = 480.0  # both people render at this height; the child is drawn smaller in the canvas
PERSON_ASPECT = 0.5  # canvas width / height
CANVAS_H = 800.0
DOOR_WIDTH, DOOR_HEIGHT = 300.0, 480.0  # door_frame.svg, in layout units
FLOOR_Y = 672.0
TARGET_RADIUS = 92.0
# Where each target sits, in the person canvas (400 x 800) of whoever the child does it with.
PERSON_TARGETS: dict[str, tuple[float, float]] = {
    "arms": (200, 300),
    "cheek": (350, 170),
    "raised_hand": (322, 92),
    "fist": (96, 420),
    "waving_hand": (322, 92),
    "lips": (40, 180),
    "palm": (96, 420),
    "nose": (40, 150),
    "hands": (200, 300),
    "thumb": (96, 410),
}
# The same targets on the buddy, as fractions of the buddy's box.
BUDDY_TARGETS: dict[str, tuple[float, float]] = {
    "arms": (0.5, 0.66),
    "cheek": (0.66, 0.42),
    "raised_hand": (0.18, 0.6),
    "fist": (0.18, 0.62),
    "waving_hand": (0.18, 0.6),
    "lips": (0.5, 0.5),
    "palm": (0.18, 0.62),
    "nose": (0.5, 0.36),
    "hands": (0.5, 0.6),
    "thumb": (0.18, 0.62),
}
# Handshake moves: where each hand lights up, relative to the target centre.
MOVE_OFFSETS = {"up": (-70.0, -90.0), "down": (70.0, 60.0), "bump": (0.0, -10.0), "clap": (0.0, 80.0)}
MOVE_ICONS = {
    "up": "svg/ritual/high_five.svg",
    "down": "svg/ritual/wave.svg",
    "bump": "svg/ritual/fist_bump.svg",
    "clap": "svg/ritual/high_five.svg",
}
# The grown-up's pose while a step is prompted (the raised hand is a real raised hand).
PROMPT_POSES = {"raised_hand": "wave", "waving_hand": "wave", "arms": "arms_out"}


@dataclass
class Particle:
    """A heart or sparkle that flies from ``start`` to ``end`` after ``delay`` seconds."""

    icon: str
    start: tuple[float, float]
    end: tuple[float, float]
    size: float
    delay: float = 0.0
    duration: float = 1.2
    age: float = 0.0

    @property
    def alive(self) -> bool:
        return self.age < self.delay + self.duration

    def position(self, reduced_motion: bool) -> tuple[float, float] | None:
        t = (self.age - self.delay) / self.duration
        if t < 0:
            return None
        if reduced_motion:
            return self.end
        ease = 1 - (1 - min(1.0, t)) ** 2
        arc = math.sin(math.pi * min(1.0, t)) * 40
        return (
            self.start[0] + (self.end[0] - self.start[0]) * ease,
            self.start[1] + (self.end[1] - self.start[1]) * ease - arc,
        )


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
        self.sequence_index = 0
        self.particles: list[Particle] = []
        self.press_ripples: list[tuple[tuple[float, float], float]] = []
        self.award: Award | None = None
        self.time = 0.0
        self.finished = False
        self.kept_kiss = False  # the kissing-hand heart stays in the child's palm
        self.buddy = BuddyActor(ctx.buddy_renderer, ctx.profile.buddy, ctx.rng, ctx.reduced_motion)
        self.buttons = ButtonGroup(ctx)
        self.wall: tuple[tuple[int, int], pygame.Surface] | None = None
        self.veil: pygame.Surface | None = None
        self.faded: dict[tuple[str, int], pygame.Surface] = {}
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

    def language_changed(self) -> None:
        self._layout_buttons()

    def _layout_buttons(self) -> None:
        layout = self.ctx.layout
        self.buttons.clear()
        home = Button(
            rect=(32, 32, 120, 132),
            on_activate=self._go_home,
            icon="svg/icons/home.svg",
            label=self.ctx.t("screens:common.home"),
            colour=theme.SUNSHINE,
            label_size=22,
            name="home",
        )
        if self.phase != "choose":
            self.buttons.add(home)
            return
        size, gap = 300, 60
        left = layout.center_x - (3 * size + 2 * gap) / 2
        top = layout.height * 0.5 - size / 2 + 10
        choices = (
            ("practice", "svg/ritual/mode_practice.svg", self.ctx.t("screens:ritual.practice"), theme.SKY),
            ("together", "svg/ritual/mode_together.svg", self.ctx.t("screens:ritual.together"), theme.ROSE),
            ("buddy_turn", "", "", theme.LEAF),  # the child's own buddy and the caption, drawn live
        )
        for index, (mode, icon, label, colour) in enumerate(choices):
            self.buttons.add(
                Button(
                    rect=(left + index * (size + gap), top, size, size),
                    on_activate=functools.partial(self.start, mode),
                    icon=icon,
                    label=label,
                    colour=colour,
                    label_size=30,
                    name=f"mode-{mode}",
                    icon_scale=0.7,
                )
            )
        self.buttons.add(home)

    def resized(self) -> None:
        self._layout_buttons()

    def _go_home(self) -> None:
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

    def _prompt(self, first: bool = False) -> None:
        ctx = self.ctx
        step = self.step
        self.phase = "prompt"
        self.phase_time = 0.0
        self.idle = 0.0
        self.hints_given = 0
        self.next_hint = IDLE_HINT_SECONDS
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

    def _press(self, action: Action) -> None:
        """Instant feedback for any press; a hold step starts filling at once."""
        self.idle = 0.0
        pos = action.pos if action.pos is not None else self.target_center()
        self.press_ripples.append((pos, 0.0))
        if self.phase == "prompt" and self.mode != "together" and self.step.kind == "hold":
            pointer = action.pointer if action.pos is not None else -100 - action.key
            if not self.holders:
                self.ctx.play_sound("heart_fill")
            self.holders.add(pointer)
        else:
            self.ctx.play_sound("press")
        if self.phase in ("goodbye", "walk", "teacher", "run", "praise", "sticker"):
            self.buddy.react("giggle")

    def _let_go(self, pointer: int) -> None:
        if pointer in self.holders:
            self.holders.discard(pointer)
            if not self.holders:
                self.ctx.sound.stop_effect("heart_fill")

    def _do_it(self, action: Action) -> None:
        """A tap, a click or a released Space/Enter: "do it"."""
        self.idle = 0.0
        if action.pos is None:
            self._let_go(-100 - action.key)
        else:
            self._let_go(action.pointer)
        if self.phase == "sticker":
            if self.phase_time >= STICKER_MIN:
                self._end()
            return
        if self.phase == "promise":
            self.ctx.play_sound("wave")
            self._start_praise()
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
            centre = self.target_center()
            move = step.sequence[self.sequence_index - 1]
            spot = (centre[0] + MOVE_OFFSETS[move][0], centre[1] + MOVE_OFFSETS[move][1])
            self._burst(spot, "svg/ritual/sparkle.svg", 3, 50)
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
        self.done_steps.append(step.id)
        self.phase = "celebrate"
        self.phase_time = 0.0
        self._celebrate(step)

    def _celebrate(self, step: RitualStep) -> None:
        """Start the step's own little animation where it happened (hearts, sparkles, a flying picture)."""
        target = self.target_center()
        child_face = self.child_face()
        child_hand = self.person_point(self.child_home_x, (290, 432))
        heart, spark = "svg/icons/heart.svg", "svg/ritual/sparkle.svg"
        animation = step.animation
        if self.mode == "together":
            self._burst(target, heart if animation in ("hug", "kiss", "kissing_hand") else spark, 6, 200, circle=True)
        elif animation == "hug":  # big hearts bloom from the hug
            self._burst(target, heart, 5, 120)
        elif animation == "kiss":  # a kiss flies to the cheek and leaves little hearts
            self.particles.append(Particle(heart, child_face, target, 60, duration=0.6))
            self._burst(target, heart, 3, 70, delay=0.55, size=44)
        elif animation == "blow_kiss":  # the kiss floats all the way across
            self.particles.append(Particle(heart, child_face, target, 90, duration=1.1))
            self._burst(target, spark, 4, 80, delay=1.0)
        elif animation == "kissing_hand":  # the kiss lands in the child's palm and stays there
            self.particles.append(Particle(heart, self.partner_face(), self.child_palm(), 80, duration=1.1))
            self.kept_kiss = True
        elif animation == "fist_bump":  # the fists meet, then bump!
            self.particles.append(Particle(step.icon, child_hand, target, 120, duration=0.45))
            self._burst(target, spark, 8, 130, delay=0.45, circle=True)
        elif animation == "wave":  # waving hands float up from both
            self.particles.append(Particle(step.icon, child_hand, (child_hand[0], child_hand[1] - 140), 100))
            self.particles.append(Particle(step.icon, target, (target[0], target[1] - 140), 100, delay=0.2))
        elif animation == "nose_rub":  # tiny hearts between the noses
            self._burst(target, heart, 4, 60, size=40)
        elif animation == "handshake":  # a ring of sparkles for the secret
            self._burst(target, spark, 8, 150, circle=True)
        elif animation == "thumbs_up":  # a big thumb rises with a twinkle
            self.particles.append(Particle(step.icon, target, (target[0], target[1] - 150), 140, duration=1.3))
            self._burst((target[0], target[1] - 150), spark, 3, 90, delay=0.9)
        else:  # high five: a burst of stars from the hands
            self._burst(target, spark, 6, 120)

    def _burst(
        self,
        centre: tuple[float, float],
        icon: str,
        count: int,
        spread: float,
        delay: float = 0.0,
        *,
        size: float = 56,
        circle: bool = False,
    ) -> None:
        for index in range(count):
            if circle:
                angle = 2 * math.pi * index / count - math.pi / 2
            else:
                angle = -math.pi / 2 + (index - (count - 1) / 2) * 0.6
            end = (centre[0] + math.cos(angle) * spread, centre[1] + math.sin(angle) * spread - (0 if circle else 30))
            self.particles.append(Particle(icon, centre, end, size + 10 * (index % 2), delay=delay + 0.06 * index))

    def _after_celebration(self) -> None:
        self.index += 1
        if self.index < len(self.steps):
            self._prompt()
        elif self.mode == "together":
            self._set_phase("promise")
            self.ctx.say(self.lines.together_promise)
        else:
            self._start_goodbye()

    def _set_phase(self, phase: str) -> None:
        self.phase = phase
        self.phase_time = 0.0
        self.idle = 0.0
        self.next_hint = IDLE_HINT_SECONDS

    # -- the goodbye -------------------------------------------------------------------------

    def _start_goodbye(self) -> None:
        self._set_phase("goodbye")
        self.ctx.play_sound("door")
        if self.mode == "buddy_turn":
            self.buddy.react("wave")
            self.ctx.say(self.lines.buddy_goodbye)
        else:
            # The grown-up's own words, so a parent's recordings of them are heard here.
            self.ctx.say(self.lines.promise)
            self.ctx.say_then(self.lines.love_you)

    @property
    def lines(self) -> RitualLines:
        return self.ctx.content.lines.ritual

    def _praise_line(self) -> Line:
        if self.mode == "buddy_turn":
            return self.lines.praise_buddy
        if self.mode == "together":
            return self.lines.praise_together
        return self.lines.praise

    def _start_praise(self) -> None:
        self._set_phase("praise")
        self.buddy.react("happy")
        self.ctx.play_sound("chime")
        self.ctx.say(self._praise_line())

    def _start_sticker(self) -> None:
        ctx = self.ctx
        self._set_phase("sticker")
        rewards = ctx.content.rewards
        self.award = rewards.award_sticker(
            ctx.progress, ctx.rng, ctx.clock(), [step.id for step in self.steps], self.mode
        )
        ctx.save_progress()
        ctx.play_sound("sticker_fanfare")
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
        ctx = self.ctx
        self.time += dt
        self.phase_time += dt
        self.buddy.update(dt)
        for particle in self.particles:
            particle.age += dt
        self.particles = [particle for particle in self.particles if particle.alive]
        self.press_ripples = [(pos, age + dt) for pos, age in self.press_ripples if age + dt < 0.45]
        speaking = ctx.narrator.speaking
        phase, t = self.phase, self.phase_time
        if phase == "prompt":
            self._update_prompt(dt)
        elif phase == "celebrate":
            if t >= CELEBRATE_SECONDS and (not speaking or t >= NEXT_STEP_MAX_WAIT):
                self._after_celebration()
        elif phase == "promise":
            self.idle += dt
            if self.idle >= self.next_hint and not speaking:
                self.next_hint = self.idle + HINT_REPEAT_SECONDS
                self.ctx.play_sound("hint")
                self.ctx.say(self.lines.hint_together)
        elif phase == "goodbye":
            if t >= GOODBYE_MIN and (not speaking or t >= GOODBYE_MAX):
                self._set_phase("walk")
                self.ctx.play_sound("footsteps")
        elif phase == "walk":
            if t >= WALK_SECONDS + DOORWAY_WAVE_SECONDS + DOOR_SECONDS:
                ctx.play_sound("door")
                if self.mode == "buddy_turn":
                    self._start_praise()
                else:
                    self._set_phase("teacher")
                    ctx.say(self.lines.teacher)
        elif phase == "teacher":
            if t >= TEACHER_MIN and (not speaking or t >= TEACHER_MAX):
                self._set_phase("run")
                ctx.play_sound("whoosh")
        elif phase == "run":
            if t >= RUN_SECONDS:
                self._start_praise()
        elif phase == "praise":
            if t >= PRAISE_MIN and (not speaking or t >= PRAISE_MAX):
                self._start_sticker()
        elif phase == "sticker" and t >= STICKER_MAX and not speaking:
            self._end()
        return True

    def _update_prompt(self, dt: float) -> None:
        step = self.step
        if self.mode != "together" and step.kind == "hold":
            if self.holders:
                self.idle = 0.0
                self.hold_progress = min(1.0, self.hold_progress + dt / step.hold_seconds)
                if self.hold_progress >= 1.0:
                    self._complete_step()
                    return
            else:
                self.hold_progress = max(0.0, self.hold_progress - HOLD_DECAY_PER_SECOND * dt)
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

    # -- geometry (layout units) ----------------------------------------------------------------

    @property
    def door_center_x(self) -> float:
        return self.ctx.layout.width - 230

    @property
    def partner_x(self) -> float:
        """Where the grown-up (or, in Buddy's turn, the buddy) stands while the steps are played."""
        return self.ctx.layout.center_x + 60

    @property
    def child_home_x(self) -> float:
        return self.ctx.layout.center_x - 130

    def child_x(self) -> float:
        x = self.child_home_x
        if self.phase == "celebrate" and self.step.animation in ("hug", "nose_rub") and self.mode != "together":
            x += 60 if self.ctx.reduced_motion else 60 * min(1.0, self.phase_time / 0.3)
        if self.phase == "run":
            x += (self.play_spot_x - x) * self._ease(self.phase_time / RUN_SECONDS)
        elif self.phase in ("praise", "sticker") and self.mode == "practice":
            x = self.play_spot_x
        return x

    @property
    def play_spot_x(self) -> float:
        return 330.0

    def _ease(self, t: float) -> float:
        # Reduced motion still moves people (nobody may pop out of sight), just evenly.
        t = max(0.0, min(1.0, t))
        return t if self.ctx.reduced_motion else t * t * (3 - 2 * t)

    def partner_walk(self) -> tuple[float, float, bool]:
        """(x, scale, in doorway) of whoever leaves: the grown-up, or the buddy in Buddy's turn."""
        x0, door = self.partner_x, self.door_center_x
        if self.phase in ("goodbye", "prompt", "celebrate", "choose", "promise"):
            return x0, 1.0, False
        if self.phase != "walk":
            return door, 0.72, True
        t = self.phase_time
        if t < WALK_SECONDS:
            p = self._ease(t / WALK_SECONDS)
            return x0 + (door - x0) * p, 1.0 - 0.18 * p, p > 0.8
        return door, 0.82 - 0.1 * min(1.0, (t - WALK_SECONDS) / (DOORWAY_WAVE_SECONDS + DOOR_SECONDS)), True

    def door_open(self) -> float:
        """How open the door is: 0 shut, 1 wide open."""
        phase, t = self.phase, self.phase_time
        if phase == "goodbye":
            return min(1.0, t / DOOR_SECONDS) if not self.ctx.reduced_motion else 1.0
        if phase == "walk":
            close_at = WALK_SECONDS + DOORWAY_WAVE_SECONDS
            if t < close_at:
                return 1.0
            return 0.0 if self.ctx.reduced_motion else max(0.0, 1.0 - (t - close_at) / DOOR_SECONDS)
        return 0.0

    def person_point(self, x: float, canvas: tuple[float, float], scale: float = 1.0) -> tuple[float, float]:
        height = PEOPLE_HEIGHT * scale
        s = height / CANVAS_H
        top = FLOOR_Y - height * 0.975
        return (x - height * PERSON_ASPECT / 2 + canvas[0] * s, top + canvas[1] * s)

    @property
    def buddy_turn_size(self) -> float:
        return 330.0

    def buddy_box(self) -> tuple[float, float, float]:
        """(centre x, centre y, size) of the buddy."""
        if self.mode == "buddy_turn":
            x, scale, _ = self.partner_walk()
            size = self.buddy_turn_size * round(scale * 25) / 25
            hop = 0.0
            if self.phase == "walk" and not self.ctx.reduced_motion and self.phase_time < WALK_SECONDS:
                hop = abs(math.sin(self.phase_time * math.pi * 1.6)) * 26
            return x, FLOOR_Y - size / 2 - hop, size
        size = 250.0
        return 190.0, FLOOR_Y - size / 2 + 6, size

    def target_center(self) -> tuple[float, float]:
        target = self.step.target if self.steps else "arms"
        if self.mode == "together":  # the big picture card is the target
            return (self.ctx.layout.center_x, self.ctx.layout.height * 0.5 + 40)
        if self.mode == "buddy_turn":
            x, y, size = self.buddy_box()
            fx, fy = BUDDY_TARGETS[target]
            return (x - size / 2 + fx * size, y - size / 2 + fy * size)
        if target == "palm":  # the kiss goes into the child's own hand, to keep for later
            x, y = self.person_point(self.child_home_x, (258, 624))
            return (x + 30, y - 40)
        return self.person_point(self.partner_x, PERSON_TARGETS[target])

    def child_face(self) -> tuple[float, float]:
        return self.person_point(self.child_x(), (210, 430))

    def child_palm(self) -> tuple[float, float]:
        return self.person_point(self.child_x(), (258, 624))

    def partner_face(self) -> tuple[float, float]:
        if self.mode == "buddy_turn":
            x, y, size = self.buddy_box()
            return (x, y - size * 0.15)
        return self.person_point(self.partner_x, (200, 150))

    # -- drawing ---------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        self._draw_room(surface)
        if self.phase == "choose":
            self._draw_chooser(surface)
        elif self.mode == "together" and self.phase in ("prompt", "celebrate", "promise"):
            self._draw_together(surface)
        else:
            self._draw_stage(surface)
        self._draw_particles(surface)
        if self.phase == "sticker":
            self._draw_sticker(surface)
        self._draw_ripples(surface)
        self.buttons.draw(surface)
        if self.phase == "choose":
            self._draw_buddy_on_its_card(surface)

    def _draw_room(self, surface: pygame.Surface) -> None:
        """The wall, floor, bunting and window, painted once per window size."""
        size = surface.get_size()
        if self.wall is None or self.wall[0] != size:
            self.wall = (size, self._paint_room(size))
        surface.blit(self.wall[1], (0, 0))

    def _paint_room(self, size: tuple[int, int]) -> pygame.Surface:
        layout = self.ctx.layout
        picture = pygame.Surface(size)
        picture.fill((255, 240, 218))
        floor = layout.point(0, FLOOR_Y)[1]
        pygame.draw.rect(picture, (248, 226, 196), pygame.Rect(0, layout.point(0, FLOOR_Y - 120)[1], size[0], size[1]))
        pygame.draw.rect(
            picture, (226, 196, 160), pygame.Rect(0, layout.point(0, FLOOR_Y - 124)[1], size[0], layout.px(8))
        )
        pygame.draw.rect(picture, (224, 186, 142), pygame.Rect(0, floor, size[0], size[1] - floor))
        for index in range(0, int(layout.width) + 200, 160):
            x = layout.point(index, 0)[0]
            pygame.draw.line(picture, (206, 168, 126), (x, floor), (x - layout.px(60), size[1]), layout.px(3))
        pygame.draw.line(picture, (190, 150, 110), (0, floor), (size[0], floor), layout.px(5))
        # A window with sky and a cloud, on the wall between the child and the buddy's corner.
        window = layout.rect((layout.center_x - 330, 150, 200, 170))
        pygame.draw.rect(
            picture, (196, 160, 112), window.inflate(layout.px(20), layout.px(20)), border_radius=layout.px(22)
        )
        pygame.draw.rect(picture, (190, 226, 246), window, border_radius=layout.px(16))
        pygame.draw.circle(picture, (255, 255, 255), layout.point(layout.center_x - 270, 210), layout.px(22))
        pygame.draw.circle(picture, (255, 255, 255), layout.point(layout.center_x - 240, 204), layout.px(28))
        pygame.draw.line(picture, (196, 160, 112), window.midtop, window.midbottom, layout.px(8))
        pygame.draw.line(picture, (196, 160, 112), window.midleft, window.midright, layout.px(8))
        # Bunting across the top.
        colours = (theme.CORAL, theme.SUNSHINE, theme.LEAF, theme.SKY, theme.LILAC, theme.ROSE)
        pygame.draw.line(
            picture, theme.OUTLINE, layout.point(180, 24), layout.point(layout.width - 150, 24), layout.px(4)
        )
        for index, x in enumerate(range(200, int(layout.width) - 170, 70)):
            points = [layout.point(x, 26), layout.point(x + 48, 26), layout.point(x + 24, 70)]
            pygame.draw.polygon(picture, colours[index % len(colours)], points)
        play = self.ctx.assets.svg("svg/ritual/play_corner.svg", (layout.px(420), layout.px(220)))
        picture.blit(play, play.get_rect(midbottom=layout.point(230, FLOOR_Y + 60)))
        return picture

    def opening_rect(self) -> tuple[float, float, float, float]:
        """The doorway's opening in layout units (door_frame.svg leaves x 30..270, y 44..480 open)."""
        scale = DOOR_WIDTH / 300
        return (
            self.door_center_x - DOOR_WIDTH / 2 + 30 * scale,
            FLOOR_Y - DOOR_HEIGHT + 44 * scale,
            240 * scale,
            436 * scale,
        )

    def door_window(self) -> tuple[float, float, float]:
        """(x, y, radius) of the closed door's round window (door_leaf.svg: centre 120, 96; r 50)."""
        x, y, w, h = self.opening_rect()
        return (x + w * 120 / 240, y + h * 96 / 436, w * 50 / 240)

    def _draw_door(self, surface: pygame.Surface, leaving: pygame.Surface | None, leaving_pos: tuple[int, int]) -> None:
        """The doorway, whoever is stepping through it (clipped to it), the door leaf and the frame."""
        layout = self.ctx.layout
        assets = self.ctx.assets
        cx = self.door_center_x
        frame_rect = layout.rect((cx - DOOR_WIDTH / 2, FLOOR_Y - DOOR_HEIGHT, DOOR_WIDTH, DOOR_HEIGHT))
        opening = layout.rect(self.opening_rect())
        surface.blit(assets.svg("svg/ritual/door_outside.svg", opening.size), opening)
        if leaving is not None:
            clip = surface.get_clip()
            surface.set_clip(opening)
            surface.blit(leaving, leaving.get_rect(midbottom=leaving_pos))
            surface.set_clip(clip)
        open_amount = self.door_open()
        leaf_width = max(1, round(opening.width * (1.0 - 0.82 * open_amount)))
        leaf = assets.svg("svg/ritual/door_leaf.svg", opening.size)
        if leaf_width != opening.width:
            leaf = pygame.transform.smoothscale(leaf, (leaf_width, opening.height))
        surface.blit(leaf, leaf.get_rect(topright=opening.topright))
        surface.blit(assets.svg("svg/ritual/door_frame.svg", frame_rect.size), frame_rect)

    def _person(
        self, look: AvatarLook, kind: str, pose: str, scale: float = 1.0, expression: str = "happy"
    ) -> pygame.Surface:
        scale = round(scale * 25) / 25  # a few sizes only: each is rasterised once and cached
        return self.ctx.person_renderer.render(look, kind, pose, expression, self.ctx.layout.px(PEOPLE_HEIGHT * scale))

    def _walk_pose(self) -> str:
        if self.ctx.reduced_motion:
            return "walk"
        return "walk" if int(self.phase_time / 0.3) % 2 == 0 else "stand"

    def _draw_stage(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        profile = ctx.profile
        phase = self.phase
        # Who leaves: the grown-up (practice) or the buddy (Buddy's turn).
        x, scale, in_doorway = self.partner_walk()
        leaving: pygame.Surface | None = None
        leaving_pos = layout.point(x, FLOOR_Y)
        if self.mode != "buddy_turn":
            pose = "stand"
            if phase == "prompt":
                pose = PROMPT_POSES.get(self.step.target, "stand")
            elif phase == "celebrate":
                pose = {"hug": "arms_out", "high_five": "wave", "wave": "wave", "thumbs_up": "wave"}.get(
                    self.step.animation, "stand"
                )
            elif phase == "goodbye":
                pose = "wave"
            elif phase == "walk":
                pose = self._walk_pose() if self.phase_time < WALK_SECONDS else "wave"
            leaving = self._person(profile.grownup.look, "adult", pose, scale)
        in_room = not in_doorway and phase not in ("teacher", "run", "praise", "sticker")
        self._draw_door(
            surface, leaving if (leaving is not None and in_doorway and phase == "walk") else None, leaving_pos
        )
        if leaving is not None and in_room:
            surface.blit(leaving, leaving.get_rect(midbottom=leaving_pos))
        # The teacher comes in from the left once the grown-up has gone.
        if self.mode == "practice" and phase in ("teacher", "run", "praise", "sticker"):
            start, end = -120.0, self.partner_x
            walking = phase == "teacher" and self.phase_time < TEACHER_WALK_SECONDS
            tx = (
                start + (end - start) * self._ease(self.phase_time / TEACHER_WALK_SECONDS)
                if phase == "teacher"
                else end
            )
            pose = self._walk_pose() if walking else "wave"
            teacher = self._person(profile.teacher.look, "adult", pose)
            surface.blit(teacher, teacher.get_rect(midbottom=layout.point(tx, FLOOR_Y)))
        # The child.
        child_pose = "stand"
        if phase == "celebrate":
            child_pose = {"hug": "arms_out", "wave": "wave", "high_five": "wave", "thumbs_up": "wave"}.get(
                self.step.animation, "stand"
            )
        elif phase in ("goodbye",) or (phase == "walk" and self.phase_time >= WALK_SECONDS * 0.6):
            child_pose = "wave"
        elif phase == "run":
            child_pose = self._walk_pose()
        elif phase in ("praise", "sticker") and self.mode == "practice":
            child_pose = "sit"
        child = self._person(profile.child.look, "child", child_pose)
        surface.blit(child, child.get_rect(midbottom=layout.point(self.child_x(), FLOOR_Y)))
        if self.kept_kiss:
            palm = self.child_palm()
            if child_pose != "sit":
                heart = ctx.assets.svg("svg/icons/heart.svg", (layout.px(40), layout.px(40)))
                surface.blit(heart, heart.get_rect(center=layout.point(*palm)))
        # The buddy: prompting from the rug, or (Buddy's turn) the one who leaves.
        bx, by, bsize = self.buddy_box()
        if self.mode == "buddy_turn":
            if phase in ("prompt", "celebrate", "goodbye") or (phase == "walk" and not in_doorway):
                if phase in ("goodbye", "walk"):  # off to buddy daycare with its own little backpack
                    pack = ctx.assets.svg("svg/ritual/backpack.svg", (layout.px(bsize * 0.4), layout.px(bsize * 0.4)))
                    surface.blit(pack, pack.get_rect(center=layout.point(bx - bsize * 0.3, by + bsize * 0.1)))
                self.buddy.draw(surface, layout.point(bx, by), layout.px(bsize))
            elif phase == "walk" and self.door_open() > 0.0:
                clip = surface.get_clip()
                surface.set_clip(layout.rect(self.opening_rect()))
                self.buddy.draw(surface, layout.point(bx, by), layout.px(bsize))
                surface.set_clip(clip)
            elif phase in ("praise", "sticker") or (phase == "walk" and self.door_open() == 0.0):
                # Gone to buddy daycare: waving from the door's round window, never vanished.
                wx, wy, wr = self.door_window()
                clip = surface.get_clip()
                surface.set_clip(layout.rect((wx - wr, wy - wr, 2 * wr, 2 * wr)))
                self.buddy.draw(surface, layout.point(wx, wy + wr * 0.35), layout.px(wr * 2.4))
                surface.set_clip(clip)
        else:
            self.buddy.draw(surface, layout.point(bx, by), layout.px(bsize))
        if phase == "prompt":
            self._draw_prompt_bubble(surface)
            self._draw_target(surface)
        self._draw_step_dots(surface)

    def _draw_prompt_bubble(self, surface: pygame.Surface) -> None:
        """The step's picture in a speech bubble from the buddy (or, in Buddy's turn, from above the child)."""
        ctx = self.ctx
        layout = ctx.layout
        if self.mode == "buddy_turn":
            cx, cy = self.child_home_x - 250, 250.0
        else:
            cx, cy = 330.0, 250.0
        w, h = 250.0, 220.0
        rect = draw_panel(
            surface, layout, (cx - w / 2, cy - h / 2, w, h), theme.PANEL, radius=46, outline=theme.OUTLINE
        )
        if self.mode != "buddy_turn":
            tail = [
                layout.point(cx - 70, cy + h / 2 - 6),
                layout.point(cx - 20, cy + h / 2 - 6),
                layout.point(cx - 120, cy + h / 2 + 50),
            ]
            pygame.draw.polygon(surface, theme.PANEL, tail)
            pygame.draw.lines(surface, theme.OUTLINE, False, tail[1:] + tail[:1], layout.px(4))
        icon_px = layout.px(180)
        icon = ctx.assets.svg(self.step.icon, (icon_px, icon_px))
        surface.blit(icon, icon.get_rect(center=rect.center))

    def _pulse(self) -> float:
        """0..1 slow pulse of the target after a hint (0 under reduced motion)."""
        if not self.hinting or self.ctx.reduced_motion:
            return 0.0
        return 0.5 - 0.5 * math.cos(2 * math.pi * PULSE_HZ * self.phase_time)

    def _draw_target(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        step = self.step
        cx, cy = self.target_center()
        radius = TARGET_RADIUS * (1.0 + 0.12 * self._pulse())
        outer = layout.px(radius + 18)
        glow = pygame.Surface((2 * outer, 2 * outer), pygame.SRCALPHA)
        ring_alpha = 150 if self.hinting else 100
        pygame.draw.circle(glow, (255, 236, 150, ring_alpha), (outer, outer), outer)
        pygame.draw.circle(glow, (255, 250, 236, 120), (outer, outer), layout.px(radius))
        ring_width = 10 if self.hinting and ctx.reduced_motion else 6
        pygame.draw.circle(glow, (*theme.SUNSHINE, 255), (outer, outer), layout.px(radius), layout.px(ring_width))
        surface.blit(glow, glow.get_rect(center=layout.point(cx, cy)))
        if step.kind == "hold":
            self._draw_heart_meter(surface, (cx, cy), radius * 1.3)
        elif step.kind == "sequence":
            for index, move in enumerate(step.sequence):
                dx, dy = MOVE_OFFSETS[move]
                lit = index == self.sequence_index
                done = index < self.sequence_index
                size = 120 if lit else 84
                spot = layout.point(cx + dx, cy + dy)
                if lit:
                    pygame.draw.circle(surface, theme.SUNSHINE, spot, layout.px(size * 0.62))
                elif done:
                    pygame.draw.circle(surface, theme.LEAF, spot, layout.px(size * 0.58))
                if lit or done:
                    icon = ctx.assets.svg(MOVE_ICONS[move], (layout.px(size), layout.px(size)))
                else:
                    icon = self._faded(MOVE_ICONS[move], layout.px(size))
                surface.blit(icon, icon.get_rect(center=spot))
        else:
            size = layout.px(radius * 1.5)
            icon = ctx.assets.svg(step.icon, (size, size))
            surface.blit(icon, icon.get_rect(center=layout.point(cx, cy)))

    def _faded(self, path: str, px: int) -> pygame.Surface:
        """A see-through copy of a picture (a hand still to come, the empty heart), made once per size."""
        key = (path, px)
        faded = self.faded.get(key)
        if faded is None:
            faded = self.ctx.assets.svg(path, (px, px)).copy()
            faded.fill((255, 255, 255, 110), special_flags=pygame.BLEND_RGBA_MULT)
            self.faded[key] = faded
        return faded

    def _draw_heart_meter(self, surface: pygame.Surface, centre: tuple[float, float], size: float) -> None:
        """A heart that fills from the bottom as the hold goes on."""
        layout = self.ctx.layout
        px = layout.px(size)
        heart = self.ctx.assets.svg("svg/icons/heart.svg", (px, px))
        empty = self._faded("svg/icons/heart.svg", px)
        rect = heart.get_rect(center=layout.point(*centre))
        surface.blit(empty, rect)
        # The heart art spans about y 44..216 of its 256 canvas.
        top, bottom = 0.17 * px, 0.86 * px
        level = round(bottom - (bottom - top) * self.hold_progress)
        if self.hold_progress > 0:
            area = pygame.Rect(0, level, px, px - level)
            surface.blit(heart, (rect.x, rect.y + level), area)

    def _draw_step_dots(self, surface: pygame.Surface) -> None:
        """The ritual's steps as small pictures along the top, done ones ticked."""
        ctx = self.ctx
        layout = ctx.layout
        size, gap = 84.0, 22.0
        total = len(self.steps) * size + (len(self.steps) - 1) * gap
        x = layout.center_x - total / 2
        for index, step in enumerate(self.steps):
            done = index < len(self.done_steps)
            current = index == self.index and self.phase == "prompt"
            colour = theme.LEAF if done else (theme.SUNSHINE if current else theme.PANEL)
            draw_panel(surface, layout, (x, 96, size, size), colour, radius=24, outline=theme.OUTLINE, shadow=False)
            icon = ctx.assets.svg(step.icon, (layout.px(size * 0.8), layout.px(size * 0.8)))
            surface.blit(icon, icon.get_rect(center=layout.point(x + size / 2, 96 + size / 2)))
            if done:
                tick = ctx.assets.svg("svg/icons/check.svg", (layout.px(40), layout.px(40)))
                surface.blit(tick, tick.get_rect(center=layout.point(x + size - 6, 96 + size - 6)))
            x += size + gap

    def _draw_together(self, surface: pygame.Surface) -> None:
        """Together mode: a big picture of the step for the real grown-up and child to do."""
        ctx = self.ctx
        layout = ctx.layout
        profile = ctx.profile
        card = 420.0
        cx, cy = layout.center_x, layout.height * 0.5 + 40
        pulse = 1.0 + 0.04 * self._pulse()
        w = card * pulse
        rect = draw_panel(
            surface, layout, (cx - w / 2, cy - w / 2, w, w), theme.PANEL, radius=56, outline=theme.ROSE, outline_width=8
        )
        icon_path = "svg/ritual/mode_together.svg" if self.phase == "promise" else self.step.icon
        icon = ctx.assets.svg(icon_path, (layout.px(w * 0.78), layout.px(w * 0.78)))
        surface.blit(icon, icon.get_rect(center=rect.center))
        adult_pose = "wave" if self.phase == "promise" else "stand"
        adult = ctx.person_renderer.render(profile.grownup.look, "adult", adult_pose, "happy", layout.px(420))
        child = ctx.person_renderer.render(
            profile.child.look, "child", "wave" if self.phase == "celebrate" else "stand", "happy", layout.px(420)
        )
        surface.blit(adult, adult.get_rect(midbottom=layout.point(cx + card / 2 + 140, FLOOR_Y + 20)))
        surface.blit(child, child.get_rect(midbottom=layout.point(cx - card / 2 - 140, FLOOR_Y + 20)))
        self.buddy.draw(surface, layout.point(cx - card / 2 - 150, 300), layout.px(170))
        promise = ctx.line_words(self.lines.promise)
        caption = ctx.t("screens:ritual.say", promise=promise) if self.phase == "promise" else ctx.text(self.step.label)
        caption_box = (cx - 560, cy + w / 2 + 8, 1120, 56)
        draw_text(surface, ctx.fonts, layout, caption, 30, theme.INK_SOFT, box=caption_box)
        arrow = ctx.assets.svg("svg/icons/next_arrow.svg", (layout.px(90), layout.px(90)))
        surface.blit(
            arrow, arrow.get_rect(center=layout.point(rect.right / layout.scale - 10, rect.bottom / layout.scale - 10))
        )
        if self.phase != "promise":
            self._draw_step_dots(surface)

    def _draw_chooser(self, surface: pygame.Surface) -> None:
        layout = self.ctx.layout
        self.buddy.draw(surface, layout.point(layout.center_x, 150), layout.px(200))

    def _draw_buddy_on_its_card(self, surface: pygame.Surface) -> None:
        """The "Buddy's turn" card shows the child's own buddy with a little backpack, waving."""
        layout = self.ctx.layout
        card = next((button for button in self.buttons.buttons if button.name == "mode-buddy_turn"), None)
        if card is None:
            return
        x, y, w, h = card.rect
        offset = 5 if self.buttons.pressed is card else 0
        label_height = 30 * 1.5
        draw_text(
            surface,
            self.ctx.fonts,
            layout,
            self.ctx.t("screens:ritual.buddy_turn"),
            30,
            theme.INK,
            box=(x + 8, y + offset + h - label_height - 6, w - 16, label_height),
        )
        size = min(w, h - label_height) * 0.78
        centre = (x + w / 2 + size * 0.1, y + offset + (h - label_height) / 2 + 12)
        pack = self.ctx.assets.svg("svg/ritual/backpack.svg", (layout.px(size * 0.42), layout.px(size * 0.42)))
        surface.blit(pack, pack.get_rect(center=layout.point(centre[0] - size * 0.34, centre[1] + size * 0.12)))
        picture = self.ctx.buddy_renderer.render(self.ctx.profile.buddy, layout.px(size), expression="happy")
        surface.blit(picture, picture.get_rect(center=layout.point(*centre)))

    def _draw_particles(self, surface: pygame.Surface) -> None:
        layout = self.ctx.layout
        for particle in self.particles:
            pos = particle.position(self.ctx.reduced_motion)
            if pos is None:
                continue
            px = layout.px(particle.size)
            image = self.ctx.assets.svg(particle.icon, (px, px))
            surface.blit(image, image.get_rect(center=layout.point(*pos)))

    def _draw_ripples(self, surface: pygame.Surface) -> None:
        """A soft ring where a press landed: every press shows something at once."""
        layout = self.ctx.layout
        for pos, age in self.press_ripples:
            radius = 40 + (0 if self.ctx.reduced_motion else 120 * age)
            pygame.draw.circle(surface, theme.SUNSHINE, layout.point(*pos), layout.px(radius), layout.px(6))

    def _draw_sticker(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        if self.award is None:
            return
        if self.veil is None or self.veil.get_size() != surface.get_size():
            self.veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
            self.veil.fill((255, 246, 232, 150))
        surface.blit(self.veil, (0, 0))
        grow = 1.0 if ctx.reduced_motion else min(1.0, 0.4 + self.phase_time / 0.5)
        size = 360 * grow
        cx, cy = layout.center_x, layout.height * 0.46
        sticker = ctx.assets.svg(self.award.sticker.icon, (layout.px(size), layout.px(size)))
        surface.blit(sticker, sticker.get_rect(center=layout.point(cx, cy)))
        book = ctx.assets.svg("svg/icons/sticker_book.svg", (layout.px(110), layout.px(110)))
        surface.blit(book, book.get_rect(center=layout.point(cx + 250, cy + 130)))
        draw_text(surface, ctx.fonts, layout, str(self.award.count), 40, theme.INK, box=(cx + 190, cy + 184, 120, 52))
        if self.award.unlocked:
            look = ctx.profile.buddy.model_copy(deep=True)
            extra = [item for item in self.award.unlocked if item not in look.accessories]
            look = look.model_copy(update={"accessories": [*look.accessories, *extra]})
            picture = ctx.buddy_renderer.render(look, layout.px(230), expression="giggle")
            surface.blit(picture, picture.get_rect(center=layout.point(cx - 300, cy + 60)))
            star = ctx.assets.svg("svg/ritual/sparkle.svg", (layout.px(60), layout.px(60)))
            surface.blit(star, star.get_rect(center=layout.point(cx - 390, cy - 50)))


SCENES = {"ritual": RitualScene}


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    def in_mode(mode: str | None, steps: list[str] | None = None) -> Callable[[GameContext], Scene]:
        return lambda c: RitualScene(c, mode, steps)

    yield TourShot("ritual-choose", in_mode(None), settle=0.6)
    for step in ctx.content.ritual_steps.step:
        yield TourShot(f"ritual-{step.id}", in_mode("practice", [step.id]), settle=0.8)

    def goodbye(scene: Scene) -> None:
        assert isinstance(scene, RitualScene)
        scene.done_steps = [step.id for step in scene.steps]
        scene.index = len(scene.steps)
        scene._start_goodbye()
        scene._set_phase("walk")
        scene.phase_time = WALK_SECONDS * 0.55 - 0.9

    def sticker(scene: Scene) -> None:
        assert isinstance(scene, RitualScene)
        scene.done_steps = [step.id for step in scene.steps]
        scene.index = len(scene.steps)
        scene._start_sticker()

    def buddy_goodbye(scene: Scene) -> None:
        goodbye(scene)

    yield TourShot("ritual-goodbye", in_mode("practice"), settle=0.9, prepare=goodbye)
    yield TourShot("ritual-sticker", in_mode("practice"), settle=0.8, prepare=sticker)
    yield TourShot("ritual-together", in_mode("together"), settle=0.6)
    yield TourShot("ritual-buddy-turn", in_mode("buddy_turn"), settle=0.6)
    yield TourShot("ritual-buddy-turn-goodbye", in_mode("buddy_turn"), settle=0.9, prepare=buddy_goodbye)
