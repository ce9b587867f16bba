"""The story player's scene: which page is open, turning on and back, taps and keys, time, drawing.

Kept as one file (its picture, cast and tour are modules beside it) because what a tap or a key
does depends on the page's time: whether its first line is still being said, who is still walking.
"""

from __future__ import annotations

import pygame

from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.content.lines import Line, Text
from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.parts.part import PartScene
from dropoff_buddy.parts.story.buttons import draw_buttons, layout_buttons
from dropoff_buddy.parts.story.taps import _Prop, animate, hotspot_at
from dropoff_buddy.rig import Figure
from dropoff_buddy.storage.store import Notice
from dropoff_buddy.story.art import StoryArt
from dropoff_buddy.story.cast import Member, PageCast
from dropoff_buddy.story.picture import PagePicture
from dropoff_buddy.story.plan import StoryPage, plan_pages
from dropoff_buddy.story.schema import ChoiceOption, Hotspot, Story
from dropoff_buddy.story.shelf import stories_for_day, story_for_day, story_profile
from dropoff_buddy.story.stage import ActorMotion, Stage, TransformCache
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.backdrop import Backdrop
from dropoff_buddy.ui.layout import FigureBox
from dropoff_buddy.ui.widgets import ButtonGroup
from dropoff_buddy.week import sleeps_until_daycare

IDLE_HINT_SECONDS = 6.0
HINT_REPEAT_SECONDS = 14.0
HINTS_PER_PAGE = 2
HINT_SHOW_SECONDS = 4.0  # how long the next arrow glows (and an absent buddy peeps in) for a hint
TURN_GUARD = 0.35  # taps on the page this soon after a turn are a double tap, not "go on"
FADE_SECONDS = 0.3
LOOK_AHEAD_AFTER = 0.25  # seconds after a page opens before its next page's art is made
READ_TO_ME_PAUSE = 2.0  # "Read to me": seconds of quiet after the narration before the page turns
READ_TO_ME_AFTER_MOVES = 1.0  # ... and after the last person has finished walking or waving


class StoryScene(PartScene):
    """Plays the story for the profile in use; pops itself after the last page."""

    name = "story"
    end_sound = "chime"
    says = (
        "{story}:*",
        "cards:*.say",
        "ritual_steps:*.together",
        "lines:story.*",
    )

    def __init__(self, ctx: GameContext, *, preview: bool = False, story_id: str | None = None) -> None:
        super().__init__(ctx)
        #: A picture of a page for a parent's page (never on the stack): it says nothing, gives no
        #: hints and never turns a page by itself.
        self.preview = preview
        self.view_size: tuple[int, int] | None = None  # a preview's picture size (None: the window)
        today = ctx.today
        #: Which story: the one asked for (the shelf, printing, a preview), else the one Play tells
        #: today (``story.shelf.story_for_day``).
        self.story_id = story_id if story_id is not None else story_for_day(ctx.content.stories, ctx.profile, today)
        self.story: Story | None = ctx.content.stories.get(self.story_id) if self.story_id else None
        #: The profile as the story tells today (who picks up), for the pages and the people on them.
        self.profile = story_profile(ctx.profile, self.story_id, today)
        self.variables: dict[str, str] = {}
        #: Sleeps until the next daycare day (from the family's week; None: the week has none), for
        #: the pages of "A Home Day" that say when daycare comes again.
        self.sleeps_until_daycare: int | None = sleeps_until_daycare(ctx.profile, today)
        self.plan: list[StoryPage] = self._plan()
        self.index = 0
        self.history: list[str] = []
        self.page: StoryPage | None = None
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
        self._to_prepare: list[Figure] = []  # the next page's figures, their pictures made one a frame
        self.line_keys: list[str] = []
        self._fade_from: pygame.Surface | None = None
        self._fade_left = 0.0
        self.members = self._members()
        self.picture = PagePicture(self)

    # -- pages -------------------------------------------------------------------------------

    def _plan(self) -> list[StoryPage]:
        if self.story is None:
            return []
        return plan_pages(
            self.story, self.profile, self.ctx.content.cards, self.variables, sleeps=self.sleeps_until_daycare
        )

    def _members(self) -> dict[str, Member]:
        """Who can stand on a page: the family (the grown-up who does drop-off, and who picks up), the
        teacher, the buddy and the story's friends."""
        profile = self.profile
        members = {
            "child": Member("child", profile.child.look),
            "grownup": Member("adult", profile.grownup.look),
            "pickup": Member("adult", profile.pickup_grownup.look),
            "teacher": Member("adult", profile.teacher.look),
            "buddy": Member("buddy", profile.buddy),
        }
        if self.story is not None:
            for friend in self.story.friend:
                members[friend.id] = Member(friend.kind, friend.look)
        return members

    @property
    def stage(self) -> Stage:
        """The page's stage: the window's, or (a preview) the size of the picture it is drawn into."""
        size = self.view_size or (self.ctx.layout.pixel_width, self.ctx.layout.pixel_height)
        return Stage.for_size(size)

    def draw_picture(self, surface: pygame.Surface) -> None:
        """The open page's picture alone, at ``surface``'s size: no buttons, taps or page-turn fade.

        The parent's preview (``view_size``) and the printed storybook (a context the paper's size)
        draw pages through this, so they show what the screen shows.
        """
        self.picture.draw(surface)

    def enter(self) -> None:
        if self.story is None or not self.plan:
            self._tell_why_not()
            self.finished = True
            self.ctx.scenes.pop()
            return
        self.ctx.sound.play_music("gentle_day")
        self.show(0)

    def _tell_why_not(self) -> None:
        """The story can't be told: tell the parent when a story file has a mistake (a story the
        parent hid, or none for today, is nothing to tell)."""
        ctx = self.ctx
        wanted = [self.story_id] if self.story_id else stories_for_day(ctx.profile, ctx.today)
        problems = [problem for problem in ctx.content.problems if any(f"{s}.toml" in problem for s in wanted)]
        if problems or self.story is not None:
            reason = problems[0] if problems else "the story has no pages"
            ctx.store.notices.append(Notice("The story could not be opened: " + reason, "load_failed"))

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
        self.props = {}
        for index, prop in enumerate(page.props):  # a second plate of the same kind gets its own key
            self.props[prop.name if prop.name not in self.props else f"{prop.name}.{index}"] = _Prop(prop)
        buddy = self.actors.get("buddy")
        if self.buddy.reaction == "sleepy" and not (buddy is not None and buddy.sleeping):
            self.buddy.react("bounce")  # wake up: the buddy was asleep on the page before
        self.picture.show(self.stage)
        layout_buttons(self)
        self.line_keys = [line.key for line in page.lines]
        spoken = (page.title, *page.lines) if page.title else page.lines  # the title first, on the first page
        for number, line in enumerate(spoken if not self.preview else ()):
            if number == 0:
                ctx.say(line, **page.moment)
            else:
                ctx.say_then(line, **page.moment)
        self.art.background(page.background, self.stage.art_size)
        self._look_ahead_due = True
        self._to_prepare = []

    def look_ahead(self, page: StoryPage) -> None:
        """Get ``page``'s pictures ready, so turning to it is quick: the background and props on the
        worker thread, and its people's poses one figure a frame here (the rig keeps them)."""
        stage = self.stage
        self.art.request_background(page.background, stage.art_size)
        for prop in page.props:
            size = (stage.length(prop.width or prop.size), stage.length(prop.size))
            self.art.request_svg(f"svg/props/{prop.name}.svg", size)
        ahead = PageCast(
            self.ctx.rig,
            page.actors,
            (),
            self.members,
            self.ctx.profile.buddy,
            stage,
            reduced_motion=self.ctx.reduced_motion,
        )
        self._to_prepare.extend(ahead.figures.values())

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
        layout_buttons(self)

    def caption_top(self) -> float | None:
        """In portrait the caption sits right under the picture, above the pictures and arrows."""
        if not self.stage.portrait:
            return None
        return self.ctx.layout.to_layout(0, self.stage.bottom)[1] + 24

    def resized(self) -> None:
        layout_buttons(self)
        self.picture.resized(self.stage)
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
        self.picture.draw(snapshot)
        self._fade_from = snapshot
        self._fade_left = FADE_SECONDS

    # -- hotspots ----------------------------------------------------------------------------

    def hotspot_at(self, pos: tuple[float, float]) -> Hotspot | None:
        """The hotspot under ``pos`` (layout units), nearest centre first."""
        return hotspot_at(self, pos)

    def hotspot_center(self, hotspot: Hotspot) -> tuple[float, float]:
        """Where to tap ``hotspot``, in layout units (for tests and the tour)."""
        box = self.picture.target_box(hotspot.target)
        assert box is not None
        return self.ctx.layout.to_layout(*box.center)

    def figure_boxes(self) -> list[FigureBox]:
        """Everyone on the page as drawn now, and the door (for tests of every window size)."""
        return self.picture.figure_boxes()

    def react(self, hotspot: Hotspot) -> None:
        """Answer a tap on ``hotspot`` now: animation, sound and spoken line together."""
        reaction = hotspot.reaction
        self.tapped.add(hotspot.target)
        self.ctx.play_sound(reaction.sound)
        self.ctx.say(reaction.say, **(self.page.moment if self.page is not None else {}))
        who = reaction.actor or hotspot.target
        animate(self, who, reaction.animation, reaction.with_actor)

    # -- input -------------------------------------------------------------------------------

    def handle(self, action: Action) -> None:
        if self.finished or self.page is None:
            return
        kind = action.kind
        if kind in (ActionKind.PRESS, ActionKind.TAP, ActionKind.ACTIVATE, ActionKind.KEY, ActionKind.FOCUS):
            self.idle = 0.0
        if kind is ActionKind.ACTIVATE and not self.buttons.focus_visible:
            # Space / Enter alone play the whole story: they turn the page (or pick the first picture),
            # once the page has said what it shows, like a tap on the page.
            self.buttons.pressed = None
            if self.may_turn_on_a_stray_tap:
                self.go_on()
            return
        if kind is ActionKind.PRESS and action.pos is None and not self.buttons.focus_visible:
            self.buttons.pressed = self.buttons.buttons[0] if self.buttons.buttons else None
            self.ctx.play_sound("press")
            return
        if self.buttons.handle(action):
            return
        if action.pos is not None:
            self._handle_pointer(kind, action.pos)

    def _handle_pointer(self, kind: ActionKind, pos: tuple[float, float]) -> None:
        """A press, tap or release on the page itself: a person or thing reacts, or the page turns."""
        if kind is ActionKind.PRESS:
            hotspot = self.hotspot_at(pos)
            self.pressed_target = hotspot.target if hotspot is not None else None
            self.ripples.append((pos, 0.0))
            self.ctx.play_sound("press")
        elif kind is ActionKind.TAP:
            self.pressed_target = None
            hotspot = self.hotspot_at(pos)
            if hotspot is not None:
                self.react(hotspot)
            elif self.may_turn_on_a_stray_tap:
                self.go_on()
        elif kind in (ActionKind.RELEASE, ActionKind.DRAG_END):
            self.pressed_target = None

    @property
    def may_turn_on_a_stray_tap(self) -> bool:
        """True once a tap on nothing (or Space/Enter) may turn the page; before that it only ripples.

        Not while the story's title or the page's first line is being said (a toddler tapping the
        floor must not cut it off), nor while someone is still to walk in or out (the grown-up's walk
        through the door is the moment the page is about). The big arrow always turns the page.
        """
        if self.page_time < TURN_GUARD or self.page is None:
            return False
        current = self.ctx.narrator.current
        first = [line.key for line in (self.page.title, *self.page.lines[:1]) if line is not None]
        if current is not None and current.key in first:
            return False
        return not any(motion.walk_to_come for motion in self.actors.values())

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
        elif self._to_prepare:
            self._to_prepare.pop(0).prepare()  # one figure of the next page a frame
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
        self._cue_actors()
        for motion in self.actors.values():
            changed = motion.update(dt) or changed
        self.still = 0.0 if any(motion.busy for motion in self.actors.values()) else self.still + dt
        for prop in self.props.values():
            changed = prop.update(dt) or changed
        changed = self.picture.update(dt, self._line_started()) or changed
        buddy = self.actors.get("buddy")
        if buddy is not None and buddy.sleeping and self.buddy.reaction is None:
            self.buddy.react("sleepy")  # a sleeping buddy stays asleep for the whole page
        changed = self.buddy.update(dt) or changed
        return self._update_effects(dt) or changed

    def _update_effects(self, dt: float) -> bool:
        """The photo's bounce, the hint's glow, tap ripples, the page fade and the breathing circle."""
        changed = False
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
        assert self.page is not None
        if self.page.breathing and not self.ctx.reduced_motion:
            changed = True
        elif self.page.breathing and int((self.page_time - dt) * 4) != int(self.page_time * 4):
            changed = True  # reduced motion: the circle still grows and shrinks, in small calm steps
        return changed

    def _line_started(self) -> int | None:
        """Which of the page's lines is being said now (None: another line, or none)."""
        current = self.ctx.narrator.current
        return self.line_keys.index(current.key) if current is not None and current.key in self.line_keys else None

    def _cue_actors(self) -> None:
        """Start the animations cued to a line once that line is being said (or the lines were cut short)."""
        waiting = [motion for motion in self.actors.values() if motion.waiting_for_cue]
        if not waiting:
            return
        current = self.ctx.narrator.current
        said = self.line_keys.index(current.key) if current is not None and current.key in self.line_keys else None
        for motion in waiting:
            if current is None or (said is not None and said >= motion.spec.cue_line):
                motion.cue()

    def _reads_on(self) -> bool:
        """ "Read to me": time to turn the page by itself (never on a page that waits for the child)."""
        page = self.page
        if not self.ctx.profile.settings.read_to_me or page is None or page.choice is not None or page.ritual:
            return False
        return self.quiet >= READ_TO_ME_PAUSE and self.still >= READ_TO_ME_AFTER_MOVES

    def hint_line(self) -> tuple[Line, dict[str, Text | str]]:
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
        self.picture.draw(surface)
        if self._fade_from is not None and self._fade_left > 0 and self._fade_from.get_size() == surface.get_size():
            self._fade_from.set_alpha(round(255 * self._fade_left / FADE_SECONDS))
            surface.blit(self._fade_from, (0, 0))
        self._draw_ripples(surface)
        draw_buttons(self, surface)

    def _draw_ripples(self, surface: pygame.Surface) -> None:
        layout = self.ctx.layout
        for pos, age in self.ripples:
            radius = layout.px(30 + (0 if self.ctx.reduced_motion else 60 * age))
            alpha = round(140 * (1 - age / 0.4))
            ring = pygame.Surface((radius * 2 + 2, radius * 2 + 2), pygame.SRCALPHA)
            pygame.draw.circle(ring, (*theme.WHITE, alpha), (radius + 1, radius + 1), radius, width=layout.px(8))
            surface.blit(ring, ring.get_rect(center=layout.point(*pos)))
