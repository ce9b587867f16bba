"""The story player: a page-turning picture book of the child's own day ("A Daycare Day").

Each page opens with its narration (spoken, captioned by the app). Tapping a hotspot (a
person, the buddy, a prop, the family photo) answers at once with an animation, a sound and a
spoken line. Tapping anywhere else, the big next arrow, Space or Enter goes on; the back arrow
goes back a page. After about six quiet seconds the buddy gives a gentle spoken hint. When the
last page is done the scene pops itself (the morning flow then starts its next part).

With "Read to me" on (``settings.read_to_me``) a page turns by itself a moment after its
narration has been said and its people have finished moving; a page that waits for the child
(a choice, the goodbye pictures) never turns by itself. Taps work as ever.

Pages come from ``levels/daycare_day.toml`` (``ctx.content.story``, see ``story.schema``),
personalised from the profile and with one page per activity of the child's day
(``story.plan``). Every line is said as the story's own ``Line``, under its key, so a parent's
recording of it plays.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator
from dataclasses import dataclass

import pygame

from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.content.lines import Line, Text
from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.scene import Scene
from dropoff_buddy.scenes.registry import TourShot
from dropoff_buddy.storage.models import AvatarLook
from dropoff_buddy.storage.store import Notice
from dropoff_buddy.story.art import StoryArt
from dropoff_buddy.story.plan import StoryPage, every_page, plan_pages
from dropoff_buddy.story.schema import PHOTO_TARGET, Actor, ChoiceOption, Hotspot, Prop, Story
from dropoff_buddy.story.stage import ActorMotion, Stage, TransformCache
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.backdrop import Backdrop
from dropoff_buddy.ui.photo import draw_family_photo
from dropoff_buddy.ui.widgets import Button, ButtonGroup

IDLE_HINT_SECONDS = 6.0
HINT_REPEAT_SECONDS = 14.0
HINTS_PER_PAGE = 2
HINT_SHOW_SECONDS = 4.0  # how long the next arrow glows (and an absent buddy peeps in) for a hint
TURN_GUARD = 0.35  # taps on the page this soon after a turn are a double tap, not "go on"
FADE_SECONDS = 0.3
LOOK_AHEAD_AFTER = 0.25  # seconds after a page opens before its next page's art is made
PERSON_SIZE = 560.0  # stage units: the person canvas height (an adult stands about 510 tall)
BUDDY_SIZE = 190.0
HOTSPOT_MARGIN = 24.0  # stage units of forgiveness around every tap target
BREATH_CYCLE = 9.0  # in 4 s, hold 1 s, out 4 s, like the breathe scene
READ_TO_ME_PAUSE = 2.0  # "Read to me": seconds of quiet after the narration before the page turns
READ_TO_ME_AFTER_MOVES = 1.0  # ... and after the last person has finished walking or waving

# Ritual animations (from ritual_steps.toml) → how the child and grown-up show them here.
RITUAL_MOTION = {
    "hug": "hug",
    "kiss": "hug",
    "kissing_hand": "hug",
    "nose_rub": "hug",
    "wave": "wave",
    "blow_kiss": "wave",
}


@dataclass
class _Prop:
    spec: Prop
    time: float = 0.0
    animation: str = "none"
    open: bool = False  # a door someone is walking through

    def update(self, dt: float) -> bool:
        if self.animation == "none":
            return False
        self.time += dt
        if self.time >= 1.0:
            self.animation = "none"
        return True

    def offset(self, reduced_motion: bool) -> tuple[float, float]:
        """(lift, angle) now."""
        if self.animation == "none" or reduced_motion:
            return 0.0, 0.0
        p = min(1.0, self.time)
        if self.animation == "wave":
            return 0.0, 8.0 * math.sin(2 * math.pi * 2 * p) * math.sin(math.pi * p)
        return 30.0 * abs(math.sin(2 * math.pi * p)) * math.sin(math.pi * p), 0.0


class StoryScene(Scene):
    """Plays the story for the profile in use; pops itself after the last page."""

    name = "story"
    says = (
        "daycare_day:*",
        "cards:*.say",
        "ritual_steps:*.together",
        "lines:story.*",
    )

    def __init__(self, ctx: GameContext, *, preview: bool = False, story: Story | None = None) -> None:
        super().__init__(ctx)
        #: A picture of a page for a parent's page (never on the stack): it says nothing, gives no
        #: hints and never turns a page by itself.
        self.preview = preview
        #: The morning's story unless another is given (the printed storybook can print any story).
        self.story: Story | None = story if story is not None else ctx.content.story
        self.variables: dict[str, str] = {}
        self.plan: list[StoryPage] = self._plan()
        self.index = 0
        self.history: list[str] = []
        self.page: StoryPage | None = None
        self.finished = False
        self.art = StoryArt(ctx.assets)
        self.buddy = BuddyActor(ctx.buddy_renderer, ctx.profile.buddy, ctx.rng, ctx.reduced_motion)
        self.transforms = TransformCache()
        self.backdrop = Backdrop("morning")
        self.buttons = ButtonGroup(ctx)
        self.actors: dict[str, ActorMotion] = {}
        self.props: dict[str, _Prop] = {}
        self.photo_bounce = 0.0
        self.page_time = 0.0
        self.idle = 0.0
        self.hints_given = 0
        self.quiet = 0.0  # seconds the narrator has been quiet on this page
        self.still = 0.0
        self.tapped: set[str] = set()
        self.pressed_target: str | None = None
        self.hint_glow = 0.0
        self.ripples: list[tuple[tuple[float, float], float]] = []
        self._look_ahead_due = False
        self._fade_from: pygame.Surface | None = None
        self._fade_left = 0.0
        self.looks = self._looks()

    # -- pages -------------------------------------------------------------------------------

    def _plan(self) -> list[StoryPage]:
        if self.story is None:
            return []
        ctx = self.ctx
        return plan_pages(self.story, ctx.profile, ctx.content.cards, self.variables)

    def _looks(self) -> dict[str, tuple[AvatarLook, str]]:
        profile = self.ctx.profile
        looks = {
            "child": (profile.child.look, "child"),
            "grownup": (profile.grownup.look, "adult"),
            "teacher": (profile.teacher.look, "adult"),
        }
        if self.story is not None:
            for friend in self.story.friend:
                looks[friend.id] = (friend.look, friend.kind)
        return looks

    @property
    def stage(self) -> Stage:
        return Stage.for_size((self.ctx.layout.pixel_width, self.ctx.layout.pixel_height))

    def enter(self) -> None:
        if self.story is None or not self.plan:
            problems = [problem for problem in self.ctx.content.problems if "daycare_day" in problem]
            reason = problems[0] if problems else "the story has no pages"
            self.ctx.store.notices.append(Notice("The story could not be opened: " + reason, "load_failed"))
            self.finished = True
            self.ctx.scenes.pop()
            return
        self.ctx.sound.play_music("gentle_day")
        self.show(0)

    def exit(self) -> None:
        self.art.close()

    def show(self, index: int, *, remember: bool = True) -> None:
        """Open page ``index`` of the plan: set the stage, say its narration, get the next page's art ready."""
        if self.page is not None and remember:
            self.history.append(self.page.id)
        self.index = index
        self.show_page(self.plan[index])

    def show_page(self, page: StoryPage) -> None:
        """Open ``page`` (which may also be a page outside the plan, for the tour)."""
        ctx = self.ctx
        self.page = page
        self.page_time = 0.0
        self.idle = 0.0
        self.hints_given = 0
        self.quiet = 0.0
        self.still = 0.0  # seconds since every person on the page stopped moving
        self.tapped = set()
        self.pressed_target = None
        self.actors = {actor.who: ActorMotion(actor, ctx.reduced_motion) for actor in page.actors}
        self.props = {prop.name: _Prop(prop) for prop in page.props}
        buddy = self.actors.get("buddy")
        if self.buddy.reaction == "sleepy" and not (buddy is not None and buddy.sleeping):
            self.buddy.react("bounce")  # wake up: the buddy was asleep on the page before
        self._layout_buttons()
        for number, line in enumerate(page.lines if not self.preview else ()):
            if number == 0:
                ctx.say(line, **page.moment)
            else:
                ctx.say_then(line, **page.moment)
        self.art.background(page.background, self.stage.art_size)
        self._look_ahead_due = True

    def look_ahead(self, page: StoryPage) -> None:
        """Start making ``page``'s pictures on the worker thread, so turning to it is quick."""
        stage = self.stage
        self.art.request_background(page.background, stage.art_size)
        for actor in page.actors:
            if actor.who not in self.looks:
                continue
            look, kind = self.looks[actor.who]
            height = stage.length(actor.size or PERSON_SIZE)
            extra = {"walk_in": "walk", "walk_out": "walk", "wave": "wave", "hug": "arms_out"}.get(actor.animation)
            for pose in dict.fromkeys([actor.pose, *([extra] if extra else [])]):
                self.art.request_person(self.ctx.person_renderer, look, kind, pose, actor.expression, height)
            if actor.animation == "sleep":
                self.art.request_person(self.ctx.person_renderer, look, kind, "sit", "calm", height)
        for prop in page.props:
            size = stage.length(prop.size)
            for name in filter(None, (prop.name, prop.open_picture)):
                self.art.request_svg(f"svg/props/{name}.svg", (size, size))

    def _following_index(self) -> int | None:
        page = self.page
        if page is None:
            return None
        target = page.next
        if target:
            return self._position(target)
        return self.index + 1

    def _position(self, page_id: str) -> int | None:
        return next((index for index, page in enumerate(self.plan) if page.id == page_id), None)

    # -- buttons -----------------------------------------------------------------------------

    def language_changed(self) -> None:
        self._layout_buttons()

    def _layout_buttons(self) -> None:
        ctx = self.ctx
        layout = ctx.layout
        page = self.page
        self.buttons.clear()
        mid = layout.height * 0.45
        self.buttons.add(
            Button(
                rect=(layout.width - 24 - 150, mid - 75, 150, 150),
                on_activate=self.go_on,
                icon="svg/icons/next_arrow.svg",
                colour=theme.lighter(theme.SUNSHINE, 0.3),
                sound="",
                icon_scale=0.86,
                name="next",
            )
        )
        if self.history:
            self.buttons.add(
                Button(
                    rect=(24, mid - 60, 120, 120),
                    on_activate=self.go_back,
                    icon="svg/icons/back_arrow.svg",
                    colour=theme.lighter(theme.SKY, 0.45),
                    sound="",
                    icon_scale=0.86,
                    name="back",
                )
            )
        if page is None:
            return
        pictures: list[tuple[str, str, str, object]] = []  # name, picture, caption, action
        if page.ritual:
            for step_id in ctx.profile.ritual:
                step = ctx.content.ritual_steps.get(step_id)
                if step is None:
                    continue
                icon = step.icon if ctx.assets.exists(step.icon) else "svg/icons/heart.svg"
                pictures.append(
                    (f"ritual-{step.id}", icon, ctx.text(step.label), functools.partial(self._do_ritual_step, step.id))
                )
        if page.choice is not None:
            for option in page.choice.options:
                icon = f"svg/props/{option.picture}.svg"
                if not ctx.assets.exists(icon):
                    icon = "svg/icons/star_sticker.svg"
                pictures.append(
                    (
                        f"choice-{option.id}",
                        icon,
                        ctx.text(option.label) if option.label else option.id.replace("_", " ").capitalize(),
                        functools.partial(self.choose, option),
                    )
                )
        size, gap = 160.0, 44.0
        row = len(pictures) * size + max(0, len(pictures) - 1) * gap
        x = layout.center_x - row / 2
        for name, icon, label, action in pictures:
            assert callable(action)
            self.buttons.add(
                Button(
                    rect=(x, 28, size, size + 24),
                    on_activate=action,
                    icon=icon,
                    label=label,
                    sound="",
                    colour=theme.PANEL,
                    label_size=22,
                    icon_scale=0.72,
                    name=name,
                )
            )
            x += size + gap

    def resized(self) -> None:
        self._layout_buttons()
        self._fade_from = None

    # -- going on and back ---------------------------------------------------------------------

    def go_on(self) -> None:
        """Turn to the next page (after a choice: the one it leads to); after the last page, finish."""
        page = self.page
        if page is None or self.finished:
            return
        target = page.next
        if page.choice is not None:
            chosen = self.variables.get(page.choice.variable)
            option = next((o for o in page.choice.options if o.id == chosen), None)
            if option is None:
                option = page.choice.options[0]
                self._set_choice(option)
            target = option.goto
        self.ctx.play_sound("page_turn")
        position = self._position(target) if target else None
        if position is None:
            current = self._position(page.id)
            position = (current if current is not None else self.index) + 1
        if position >= len(self.plan):
            self.finish()
            return
        self._start_fade()
        self.show(position)

    def go_back(self) -> None:
        if not self.history or self.finished:
            return
        previous = self.history.pop()
        position = self._position(previous)
        if position is None:
            return
        self.ctx.play_sound("page_turn")
        self._start_fade()
        self.show(position, remember=False)

    def finish(self) -> None:
        if self.finished:
            return
        self.finished = True
        self.ctx.play_sound("chime")
        self.ctx.scenes.pop()

    def _set_choice(self, option: ChoiceOption) -> None:
        page = self.page
        assert page is not None and page.choice is not None
        self.variables[page.choice.variable] = option.id
        self.plan = self._plan()

    def choose(self, option: ChoiceOption) -> None:
        """The child picked ``option``: remember it and say why it's a good pick."""
        self._set_choice(option)
        self.ctx.play_sound("sparkle")
        self.ctx.say(option.say)
        self.buddy.react("happy")
        for motion in self.actors.values():
            if motion.spec.who == "child":
                motion.start("bounce")

    def _start_fade(self) -> None:
        if self.ctx.reduced_motion:
            return
        size = (self.ctx.layout.pixel_width, self.ctx.layout.pixel_height)
        snapshot = pygame.Surface(size)
        self._draw_page(snapshot)
        self._fade_from = snapshot
        self._fade_left = FADE_SECONDS

    # -- hotspots ----------------------------------------------------------------------------

    def _target_box(self, target: str) -> pygame.Rect | None:
        """The stage-unit box of a tap target on this page."""
        page = self.page
        if page is None:
            return None
        if target == PHOTO_TARGET and page.photo is not None:
            photo = page.photo
            return pygame.Rect(
                round(photo.x - photo.width / 2),
                round(photo.y - photo.width * 0.45),
                round(photo.width),
                round(photo.width * 0.9),
            )
        prop = self.props.get(target)
        if prop is not None:
            item = prop.spec
            return pygame.Rect(
                round(item.x - item.size / 2), round(item.y - item.size / 2), round(item.size), round(item.size)
            )
        motion = self.actors.get(target)
        if motion is not None and motion.visible:
            actor = motion.spec
            if actor.who == "buddy":
                size = actor.size or BUDDY_SIZE
                return pygame.Rect(
                    round(motion.x - size * 0.45), round(actor.y - size * 0.9), round(size * 0.9), round(size * 0.9)
                )
            kind = self.looks[actor.who][1] if actor.who in self.looks else "adult"
            # The person canvas: an adult fills about 92 % of its height, a child about 56 %.
            height = (actor.size or PERSON_SIZE) * (0.92 if kind == "adult" else 0.56)
            return pygame.Rect(
                round(motion.x - height * 0.22), round(actor.y - height), round(height * 0.44), round(height)
            )
        return None

    def hotspot_at(self, pos: tuple[float, float]) -> Hotspot | None:
        """The hotspot under ``pos`` (layout units), nearest centre first."""
        page = self.page
        if page is None:
            return None
        stage = self.stage
        point = stage.to_stage(self.ctx.layout.point(*pos))
        best: tuple[float, Hotspot] | None = None
        for hotspot in page.hotspots:
            box = self._target_box(hotspot.target)
            if box is None or not box.inflate(HOTSPOT_MARGIN * 2, HOTSPOT_MARGIN * 2).collidepoint(point):
                continue
            distance = (box.centerx - point[0]) ** 2 + (box.centery - point[1]) ** 2
            if best is None or distance < best[0]:
                best = (distance, hotspot)
        return best[1] if best is not None else None

    def hotspot_center(self, hotspot: Hotspot) -> tuple[float, float]:
        """Where to tap ``hotspot``, in layout units (for tests and the tour)."""
        box = self._target_box(hotspot.target)
        assert box is not None
        return self.ctx.layout.to_layout(*self.stage.point(*box.center))

    def react(self, hotspot: Hotspot) -> None:
        """Answer a tap on ``hotspot`` now: animation, sound and spoken line together."""
        reaction = hotspot.reaction
        self.tapped.add(hotspot.target)
        self.ctx.play_sound(reaction.sound)
        self.ctx.say(reaction.say, **(self.page.moment if self.page is not None else {}))
        who = reaction.actor or hotspot.target
        self._animate(who, reaction.animation, reaction.with_actor)

    def _animate(self, who: str, animation: str, with_actor: str = "") -> None:
        if animation == "none":
            return
        partner = self.actors.get(with_actor) if with_actor else None
        if who == "buddy":
            self.buddy.react(
                {"bounce": "bounce", "wave": "wave", "hug": "hug", "sleep": "sleepy"}.get(animation, "happy")
            )
        if who == PHOTO_TARGET:
            self.photo_bounce = 1.0
        motion = self.actors.get(who)
        if motion is not None:
            motion.start(animation, partner.x if partner is not None else None)
            if partner is not None and animation == "hug":
                partner.start("hug", motion.x)
        prop = self.props.get(who)
        if prop is not None:
            prop.animation, prop.time = ("wave" if animation == "wave" else "bounce"), 0.0

    def _do_ritual_step(self, step_id: str) -> None:
        step = self.ctx.content.ritual_steps.get(step_id)
        if step is None:
            return
        self.tapped.add(f"ritual-{step_id}")
        self.ctx.play_sound(step.sound)
        self.ctx.say(step.together)
        motion_name = RITUAL_MOTION.get(step.animation, "bounce")
        child, grownup = self.actors.get("child"), self.actors.get("grownup")
        if child is not None:
            child.start(motion_name, grownup.x if grownup is not None else None)
        if grownup is not None:
            grownup.start(motion_name, child.x if child is not None else None)
        self.buddy.react("happy")

    # -- input -------------------------------------------------------------------------------

    def handle(self, action: Action) -> None:
        if self.finished or self.page is None:
            return
        kind = action.kind
        if kind in (ActionKind.PRESS, ActionKind.TAP, ActionKind.ACTIVATE, ActionKind.KEY, ActionKind.FOCUS):
            self.idle = 0.0
        if kind is ActionKind.ACTIVATE and not self.buttons.focus_visible:
            # Space / Enter alone play the whole story: they turn the page (or pick the first picture).
            self.buttons.pressed = None
            self.go_on()
            return
        if kind is ActionKind.PRESS and action.pos is None and not self.buttons.focus_visible:
            self.buttons.pressed = self.buttons.buttons[0] if self.buttons.buttons else None
            self.ctx.play_sound("press")
            return
        if self.buttons.handle(action):
            return
        if action.pos is None:
            return
        if kind is ActionKind.PRESS:
            hotspot = self.hotspot_at(action.pos)
            self.pressed_target = hotspot.target if hotspot is not None else None
            self.ripples.append((action.pos, 0.0))
            self.ctx.play_sound("press")
        elif kind is ActionKind.TAP:
            self.pressed_target = None
            hotspot = self.hotspot_at(action.pos)
            if hotspot is not None:
                self.react(hotspot)
            elif self.page_time >= TURN_GUARD:
                self.go_on()
        elif kind in (ActionKind.RELEASE, ActionKind.DRAG_END):
            self.pressed_target = None

    # -- time --------------------------------------------------------------------------------

    def update(self, dt: float) -> bool:
        if self.finished or self.page is None:
            return False
        changed = self.art.collect()
        self.page_time += dt
        if self._look_ahead_due and self.page_time >= LOOK_AHEAD_AFTER:
            # Once this page is on screen, make the next page's pictures in the background.
            self._look_ahead_due = False
            following = {self._following_index(), self.index + 1}
            for position in sorted(index for index in following if index is not None and index < len(self.plan)):
                self.look_ahead(self.plan[position])
        if not self.ctx.narrator.speaking:
            self.idle += dt
            self.quiet += dt
        else:
            self.quiet = 0.0
        if self.preview:
            self.idle = self.quiet = 0.0
        elif self._reads_on():
            self.go_on()
            return True
        if self.idle >= IDLE_HINT_SECONDS and self.hints_given < HINTS_PER_PAGE:
            self.give_hint()
        for motion in self.actors.values():
            changed = motion.update(dt) or changed
        self.still = 0.0 if any(motion.busy for motion in self.actors.values()) else self.still + dt
        for prop in self.props.values():
            changed = prop.update(dt) or changed
            if prop.spec.open_picture:
                opened = self._someone_walks_through(prop.spec)
                if opened and not prop.open:
                    self.ctx.play_sound("door")
                if opened != prop.open:
                    prop.open = opened
                    changed = True
        buddy = self.actors.get("buddy")
        if buddy is not None and buddy.sleeping and self.buddy.reaction is None:
            self.buddy.react("sleepy")  # a sleeping buddy stays asleep for the whole page
        changed = self.buddy.update(dt) or changed
        if self.photo_bounce > 0:
            self.photo_bounce = max(0.0, self.photo_bounce - dt)
            changed = True
        if self.hint_glow > 0:
            self.hint_glow = max(0.0, self.hint_glow - dt)
            changed = True
        if self.ripples:
            self.ripples = [(pos, age + dt) for pos, age in self.ripples if age + dt < 0.4]
            changed = True
        if self._fade_left > 0:
            self._fade_left = max(0.0, self._fade_left - dt)
            if self._fade_left == 0:
                self._fade_from = None
            changed = True
        if self.page.breathing and not self.ctx.reduced_motion:
            changed = True
        elif self.page.breathing and int((self.page_time - dt) * 4) != int(self.page_time * 4):
            changed = True  # reduced motion: the circle still grows and shrinks, in small calm steps
        return changed

    def _someone_walks_through(self, door: Prop) -> bool:
        half = door.size / 2
        return any(
            motion.animation in ("walk_in", "walk_out")
            and (abs(motion.start_x - door.x) <= half or abs(motion.end_x - door.x) <= half)
            for motion in self.actors.values()
        )

    def _reads_on(self) -> bool:
        """ "Read to me": time to turn the page by itself (never on a page that waits for the child)."""
        page = self.page
        if not self.ctx.profile.settings.read_to_me or page is None or page.choice is not None or page.ritual:
            return False
        return self.quiet >= READ_TO_ME_PAUSE and self.still >= READ_TO_ME_AFTER_MOVES

    def hint_line(self) -> tuple[Line, dict[str, Text]]:
        """What the buddy says when the child waits, and the values to say it with."""
        page = self.page
        assert page is not None
        for hotspot in page.hotspots:
            if hotspot.target not in self.tapped and hotspot.hint:
                return hotspot.hint, dict(page.moment)
        if page.hint:
            return page.hint, dict(page.moment)
        lines = self.ctx.content.lines.story
        if page.hotspots and not self.tapped:
            return lines.hotspot_hint, {}
        return lines.default_hint, {}

    def give_hint(self) -> None:
        """The buddy gently says what can be done here."""
        self.hints_given += 1
        self.idle = -(HINT_REPEAT_SECONDS - IDLE_HINT_SECONDS)
        self.ctx.play_sound("hint")
        line, moment = self.hint_line()
        self.ctx.say(line, **moment)
        self.buddy.react("wave")
        self.hint_glow = HINT_SHOW_SECONDS

    # -- drawing -----------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        self._draw_page(surface)
        if self._fade_from is not None and self._fade_left > 0 and self._fade_from.get_size() == surface.get_size():
            self._fade_from.set_alpha(round(255 * self._fade_left / FADE_SECONDS))
            surface.blit(self._fade_from, (0, 0))
        self._draw_ripples(surface)
        self._draw_buttons(surface)

    def draw_picture(self, surface: pygame.Surface) -> None:
        """The open page's picture alone, at ``surface``'s size: no buttons, taps or page-turn fade.

        The printed storybook draws its pages through this, so paper shows what the screen shows.
        """
        self._draw_page(surface)

    def _draw_page(self, surface: pygame.Surface) -> None:
        page = self.page
        stage = Stage.for_size(surface.get_size())
        if page is None:
            self.backdrop.draw(surface, self.ctx.layout)
            return
        background = self.art.background(page.background, stage.art_size)
        if background is None:
            self.backdrop.draw(surface, self.ctx.layout)
        else:
            surface.blit(background, (round(stage.left), round(stage.top)))
        for prop in self.props.values():
            if not prop.spec.front:
                self._draw_prop(surface, stage, prop)
        if page.breathing:
            self._draw_breathing(surface, stage)
        if page.photo is not None:
            lift = 0.0 if self.ctx.reduced_motion else 24 * math.sin(math.pi * self.photo_bounce)
            width = stage.length(page.photo.width)
            center = stage.point(page.photo.x, page.photo.y - lift)
            draw_family_photo(surface, self.ctx, center, width)
        # Back to front: higher feet (further away) first.
        for motion in sorted(self.actors.values(), key=lambda m: m.spec.y):
            self._draw_actor(surface, stage, motion)
        for prop in self.props.values():
            if prop.spec.front:
                self._draw_prop(surface, stage, prop)

    def _draw_prop(self, surface: pygame.Surface, stage: Stage, prop: _Prop) -> None:
        spec = prop.spec
        path = f"svg/props/{spec.open_picture if prop.open else spec.name}.svg"
        if not self.ctx.assets.exists(path):
            return
        size = stage.length(spec.size)
        image = self.ctx.assets.svg(path, (size, size))
        lift, angle = prop.offset(self.ctx.reduced_motion)
        if self.pressed_target == spec.name:
            image = self.transforms.get(image, flip=False, angle=0, sx=0.95, sy=0.95, alpha=255)
        if angle:
            image = self.transforms.get(image, flip=False, angle=angle, sx=1, sy=1, alpha=255)
        surface.blit(image, image.get_rect(center=stage.point(spec.x, spec.y - lift)))

    def _draw_actor(self, surface: pygame.Surface, stage: Stage, motion: ActorMotion) -> None:
        spec: Actor = motion.spec
        place = motion.placement()
        if not place.visible or place.alpha <= 0:
            return
        if spec.who == "buddy":
            size = stage.length(spec.size or BUDDY_SIZE)
            feet = stage.point(place.x, place.y)
            self.buddy.draw(surface, (feet[0], feet[1] - size // 2), size)
            return
        look, kind = self.looks.get(spec.who, (AvatarLook(), "adult"))
        height = stage.length(spec.size or PERSON_SIZE)
        image = self.ctx.person_renderer.render(look, kind, place.pose, place.expression, height)
        squeeze = 0.96 if self.pressed_target == spec.who else 1.0
        image = self.transforms.get(
            image, flip=spec.flip, angle=place.angle, sx=place.sx * squeeze, sy=place.sy * squeeze, alpha=place.alpha
        )
        feet = stage.point(place.x, place.y)
        rect = image.get_rect(midbottom=(feet[0], feet[1] + round(image.get_height() * 0.025)))
        surface.blit(image, rect)

    def _draw_breathing(self, surface: pygame.Surface, stage: Stage) -> None:
        buddy = self.actors.get("buddy")
        if buddy is None:
            return
        size = buddy.spec.size or BUDDY_SIZE
        t = self.page_time % BREATH_CYCLE
        if t < 4.0:
            fraction = 0.5 - 0.5 * math.cos(math.pi * t / 4.0)
        elif t < 5.0:
            fraction = 1.0
        else:
            fraction = 0.5 + 0.5 * math.cos(math.pi * (t - 5.0) / 4.0)
        if self.ctx.reduced_motion:
            fraction = round(fraction * 4) / 4
        radius = stage.length(size * (0.62 + 0.3 * fraction))
        center = stage.point(buddy.x, buddy.spec.y - size * 0.5)
        glow = pygame.Surface((radius * 2 + 4, radius * 2 + 4), pygame.SRCALPHA)
        pygame.draw.circle(glow, (*theme.lighter(theme.SKY, 0.35), 120), (radius + 2, radius + 2), radius)
        surface.blit(glow, glow.get_rect(center=center))

    def _draw_ripples(self, surface: pygame.Surface) -> None:
        layout = self.ctx.layout
        for pos, age in self.ripples:
            radius = layout.px(30 + (0 if self.ctx.reduced_motion else 60 * age))
            alpha = round(140 * (1 - age / 0.4))
            ring = pygame.Surface((radius * 2 + 2, radius * 2 + 2), pygame.SRCALPHA)
            pygame.draw.circle(ring, (*theme.WHITE, alpha), (radius + 1, radius + 1), radius, width=layout.px(8))
            surface.blit(ring, ring.get_rect(center=layout.point(*pos)))

    def _draw_buttons(self, surface: pygame.Surface) -> None:
        if self.hint_glow > 0 and "buddy" not in self.actors:
            # The buddy is not in this picture: it peeps in at the top while it gives its hint.
            layout = self.ctx.layout
            pygame.draw.circle(surface, theme.OUTLINE, layout.point(120, 120), layout.px(100))
            pygame.draw.circle(surface, theme.PANEL, layout.point(120, 120), layout.px(94))
            self.buddy.draw(surface, layout.point(120, 116), layout.px(160))
        if self.hint_glow > 0:
            layout = self.ctx.layout
            button = self.buttons.buttons[0]
            # A soft halo round the next arrow while the buddy gives a hint (pulses once a second).
            strength = 0.5 + 0.5 * math.sin(2 * math.pi * self.hint_glow) if not self.ctx.reduced_motion else 1
            x, y, w, h = button.rect
            halo = layout.rect((x - 14, y - 14 + 4, w + 28, h + 28))
            ring = pygame.Surface(halo.size, pygame.SRCALPHA)
            pygame.draw.rect(
                ring, (*theme.SUNSHINE, round(90 + 100 * strength)), ring.get_rect(), border_radius=layout.px(40)
            )
            surface.blit(ring, halo)
        self.buttons.draw(surface)


SCENES = {"story": StoryScene}


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    story = ctx.content.story
    if story is None:
        return
    for page in every_page(story, ctx.profile, ctx.content.cards):

        def prepare(scene: Scene, page: StoryPage = page) -> None:
            assert isinstance(scene, StoryScene)
            scene.history = ["tour"]  # show the back arrow as on every page but the first
            scene.show_page(page)
            scene._fade_from = None

        walking = any(actor.animation in ("walk_in", "walk_out") for actor in page.actors)
        yield TourShot(page.tour_name, StoryScene, settle=2.2 if walking else 1.2, prepare=prepare)
