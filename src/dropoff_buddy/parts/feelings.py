"""The feelings check-in: "How do you feel about going to daycare today?"

1. **ask**: the buddy asks; five big faces (happy, okay, sad, scared, cross). No wrong answers.
2. **reply**: the buddy gives that feeling its own validating reply. Sad, scared and cross then
   lead to breathing with the buddy (the "breathe" scene, which has its own All done button).
3. **tricky** (optional): "What's tricky?" picture cards; the child may tap several, or none,
   then "All done".

Every answer is saved at once with the date and time in ``progress.feelings`` (the tricky
things are added to the same entry), so a parent can look back at how the child felt. A
breathe button is always one tap away. The scene pops itself when done.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pygame

from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.content.feelings import FeelingFace, TrickyThing
from dropoff_buddy.context import GameContext
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.registry import TourShot
from dropoff_buddy.scene import Scene
from dropoff_buddy.storage.models import FeelingEntry
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.backdrop import shared_backdrop
from dropoff_buddy.ui.kid_buttons import breathe_button, on_button, picture_card
from dropoff_buddy.ui.layout import RectLike
from dropoff_buddy.ui.widgets import Button, ButtonGroup, draw_panel, write
from dropoff_buddy.week import is_daycare_day, someone_else_picks_up

AFTER_LINE_PAUSE = 1.2  # seconds after the reply is spoken before moving on by itself
NUDGE_AFTER = 20.0  # seconds of quiet on a question before the buddy gently says how to answer
NUDGE_PHASES = ("ask", "tricky")
TRICKY_COLOUR = theme.PANEL
TRICKY_CHOSEN = theme.lighter(theme.SUNSHINE, 0.35)


def face_colour(face: FeelingFace) -> theme.Colour:
    """The soft colour behind a face (``colour`` in levels/feelings.toml)."""
    return theme.lighter(theme.colour_named(face.colour), 0.45 if face.colour == "sunshine" else 0.5)


class FeelingsScene(Scene):
    """Ask, reply (and breathe), then "What's tricky?"; pops itself when done."""

    name = "feelings"
    says = ("lines:feelings.*", "feelings:*")

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.catalog = ctx.content.feelings
        self.lines = ctx.content.lines.feelings
        # On a home day the question is about today, not about going to daycare.
        home_day = not is_daycare_day(ctx.profile, ctx.today)
        self.question = self.lines.question_home_day if home_day else self.lines.question
        self.backdrop = shared_backdrop(ctx, "calm")
        self.buddy = BuddyActor(ctx.buddy_renderer, ctx.profile.buddy, ctx.rng, ctx.reduced_motion)
        self.phase = "ask"
        self.face: FeelingFace | None = None
        self.tricky: list[str] = []
        self.entry_index: int | None = None
        self.breathing_from_reply = False
        self.quiet_time = 0.0  # seconds since the narrator went quiet in the reply phase
        self.finished = False
        self.buttons = ButtonGroup(ctx)
        self._layout()

    # -- layout ------------------------------------------------------------------------------

    def _breathe_button(self) -> Button:
        return breathe_button(self._breathe, self.ctx.t("screens:feelings.breathe"))

    def _layout(self) -> None:
        self.buttons.clear()
        if self.phase == "ask":
            self._layout_ask()
        elif self.phase == "reply":
            self._layout_reply()
        elif self.phase == "tricky":
            self._layout_tricky()

    @property
    def portrait(self) -> bool:
        return self.ctx.layout.height > self.ctx.layout.width

    def _grid(self, count: int, per_row: int, size: tuple[float, float], gap: float, top: float) -> list[RectLike]:
        """Rows of ``per_row`` buttons of ``size``, centred on the screen, a short last row centred too."""
        layout = self.ctx.layout
        width, height = size
        rects: list[RectLike] = []
        for index in range(count):
            row, column = divmod(index, per_row)
            in_row = min(per_row, count - row * per_row)
            left = layout.center_x - (in_row * width + (in_row - 1) * gap) / 2
            rects.append((left + column * (width + gap), top + row * (height + gap), width, height))
        return rects

    def _layout_ask(self) -> None:
        faces = self.catalog.feeling
        if self.portrait:  # a tall screen: big faces in rows of three under the question
            rects = self._grid(len(faces), 3, (360, 396), 40, 420)
        else:
            rects = self._grid(len(faces), len(faces), (196, 232), 34, 392)
        for face, rect in zip(faces, rects, strict=True):
            choose = functools.partial(self._choose, face)
            size = 34 if self.portrait else 26
            self.buttons.add(
                picture_card(
                    self.ctx, face, rect, choose, face_colour(face), prefix="face", icon_scale=0.82, label_size=size
                )
            )
        self.buttons.add(self._breathe_button())

    def _layout_reply(self) -> None:
        layout = self.ctx.layout
        assert self.face is not None
        breathe_rect: RectLike = (layout.width * 0.66 - 150, 420, 300, 200)
        go_rect: RectLike = (layout.width * 0.66 - 110, 420, 220, 200)
        if self.portrait:  # under the face, beside the buddy
            breathe_rect = (layout.center_x + 20, 1010, 360, 240)
            go_rect = (layout.center_x + 60, 1010, 280, 240)
        if self.face.breathe:
            breathe = self.ctx.t("screens:feelings.breathe_with")
            self.buttons.add(on_button("breathe-with-buddy", breathe_rect, self._breathe_now, breathe))
        else:
            self.buttons.add(on_button("go-on", go_rect, self._after_reply, self.ctx.t("screens:common.go_on")))
            self.buttons.add(self._breathe_button())

    def _layout_tricky(self) -> None:
        layout = self.ctx.layout
        things = self.catalog.tricky
        done_w = 200
        done_rect: RectLike = (layout.width - done_w - 60, 330, done_w, 210)
        if self.portrait:  # a tall screen: big cards in rows of three, "All done" under them
            rects = self._grid(len(things), 3, (340, 340), 36, 260)
            bottom = max(y + h for _x, y, _w, h in rects)
            done_rect = (layout.center_x - 170, bottom + 60, 340, 240)
        else:
            per_row, width, height, gap = 4, 188, 196, 30
            grid_w = per_row * width + (per_row - 1) * gap
            left = (layout.width - done_w - 60 - grid_w) / 2
            rects = []
            for index in range(len(things)):
                row, column = divmod(index, per_row)
                in_row = min(per_row, len(things) - row * per_row)
                row_left = left + (grid_w - (in_row * width + (in_row - 1) * gap)) / 2
                rects.append((row_left + column * (width + gap), 236 + row * (height + gap), width, height))
        for thing, rect in zip(things, rects, strict=True):
            chosen = thing.id in self.tricky
            tap = functools.partial(self._tricky_tapped, thing)
            colour = TRICKY_CHOSEN if chosen else TRICKY_COLOUR
            size = 30 if self.portrait else 22
            self.buttons.add(
                picture_card(self.ctx, thing, rect, tap, colour, prefix="tricky", icon_scale=0.74, label_size=size)
            )
        self.buttons.add(on_button("all-done", done_rect, self._finish, self.ctx.t("screens:common.all_done")))
        self.buttons.add(self._breathe_button())

    def resized(self) -> None:
        self._layout()

    def _set_phase(self, phase: str) -> None:
        self.phase = phase
        self.quiet_time = 0.0
        self._layout()

    # -- life cycle --------------------------------------------------------------------------

    def enter(self) -> None:
        self.buddy.react("wave")
        self.ctx.say(self.question)

    def resume(self) -> None:
        """Back from breathing: on to "What's tricky?" after a reply, else where we were."""
        self.buddy.look = self.ctx.profile.buddy
        self.buddy.reduced_motion = self.ctx.reduced_motion
        self._layout()  # names on the cards ("Missing Mommy") may have changed in the parent area
        if self.breathing_from_reply:
            self.breathing_from_reply = False
            self._after_reply()
            return
        if self.phase == "ask":
            self.ctx.say(self.lines.ask_again)
        elif self.phase == "tricky":
            self.ctx.say(self.lines.tricky_question)

    # -- answers -----------------------------------------------------------------------------

    def _choose(self, face: FeelingFace) -> None:
        self.face = face
        self._save(FeelingEntry(at=self.ctx.clock(), feeling=face.id))
        self.buddy.react(face.reaction)
        self.ctx.play_sound("sparkle" if face.id == "happy" else "chime")
        self.ctx.say(face.say)  # "Sad.", then the reply
        self.ctx.say_then(face.reply)
        if face.breathe:
            self.ctx.say_then(self.lines.breathe_invite)
        self._set_phase("reply")

    def _tricky_tapped(self, thing: TrickyThing) -> None:
        # "Missing Mommy" promises who comes back: on a day Grandpa picks up, it says Grandpa comes.
        other = thing.say_other and someone_else_picks_up(self.ctx.profile, self.ctx.today)
        self.ctx.say(thing.say_other if other else thing.say)
        self.buddy.react("hug")
        if thing.id in self.tricky:
            return  # said again (the button speaks it); already saved
        self.tricky = [*self.tricky, thing.id]
        if self.entry_index is not None:
            current = self.ctx.progress.feelings[self.entry_index]
            self._save(current.model_copy(update={"tricky": list(self.tricky)}))
        for button in self.buttons.buttons:
            if button.name == f"tricky-{thing.id}":
                button.colour = TRICKY_CHOSEN

    def _save(self, entry: FeelingEntry) -> None:
        """Write ``entry`` (new, or the updated one from this check-in) to progress now."""
        progress = self.ctx.progress
        feelings = list(progress.feelings)
        if self.entry_index is None or self.entry_index >= len(feelings):
            feelings.append(entry)
            self.entry_index = len(feelings) - 1
        else:
            feelings[self.entry_index] = entry
        progress.feelings = feelings
        self.ctx.save_progress()

    # -- moving on ---------------------------------------------------------------------------

    def _breathe(self) -> None:
        self.ctx.open_scene("breathe")

    def _breathe_now(self) -> None:
        if self.breathing_from_reply:
            return
        self.breathing_from_reply = True
        if not self.ctx.open_scene("breathe"):
            self.breathing_from_reply = False
            self._after_reply()

    def _after_reply(self) -> None:
        if self.phase != "reply":
            return
        if self.face is not None and self.face.ask_tricky:
            self.ctx.say(self.lines.tricky_question)
            self.buddy.react("bounce")
            self._set_phase("tricky")
        else:
            self._finish()

    def _finish(self) -> None:
        if self.finished:
            return
        self.finished = True
        self.phase = "done"
        self.ctx.play_sound("chime")
        self.ctx.say(self.lines.thanks)
        self.ctx.scenes.pop()

    # -- input, time, drawing -----------------------------------------------------------------

    def _on_buddy(self, pos: tuple[float, float]) -> bool:
        cx, cy, size = self._buddy_place()
        return (pos[0] - cx) ** 2 + (pos[1] - cy) ** 2 <= (size * 0.42) ** 2

    def handle(self, action: Action) -> None:
        if action.kind in (ActionKind.PRESS, ActionKind.KEY):
            self.quiet_time = 0.0
        if self.buttons.handle(action):
            return
        if action.kind is ActionKind.TAP and action.pos is not None and self._on_buddy(action.pos):
            self.buddy.react("giggle")
            self.ctx.play_sound("giggle")
            if self.phase == "ask":
                self.ctx.say(self.question)
            elif self.phase == "reply" and self.face is not None:
                self.ctx.say(self.face.reply)
            elif self.phase == "tricky":
                self.ctx.say(self.lines.tricky_question)

    def update(self, dt: float) -> bool:
        changed = self.buddy.update(dt)
        if self.phase in NUDGE_PHASES:
            self.quiet_time = 0.0 if self.ctx.narrator.speaking else self.quiet_time + dt
            if self.quiet_time >= NUDGE_AFTER:
                self.quiet_time = 0.0
                self.buddy.react("wave")
                self.ctx.say(self.lines.nudge_ask if self.phase == "ask" else self.lines.nudge_tricky)
                changed = True
        if self.phase == "reply" and not self.finished:
            # Once the buddy has finished replying, move on by itself (a tap moves on sooner).
            if self.ctx.narrator.speaking:
                self.quiet_time = 0.0
            else:
                self.quiet_time += dt
                if self.quiet_time >= AFTER_LINE_PAUSE:
                    if self.face is not None and self.face.breathe:
                        self._breathe_now()
                    else:
                        self._after_reply()
                    changed = True
        return changed or self.buttons.pressed is not None

    def _buddy_place(self) -> tuple[float, float, float]:
        """Where the buddy sits in this phase: centre x, centre y, size (layout units)."""
        layout = self.ctx.layout
        if self.phase == "reply" and self.portrait:
            return (layout.center_x - 230, 1130, 340)
        if self.phase == "reply":
            return (layout.width * 0.66, 230, 300)
        if self.phase == "tricky":
            return (300, 120, 170)
        return (layout.center_x - 300, 210, 280)

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        self.backdrop.draw(surface, layout)
        cx, cy, size = self._buddy_place()
        if self.phase == "reply" and self.face is not None:
            self._draw_chosen_face(surface, self.face)
        self.buddy.draw(surface, layout.point(cx, cy), layout.px(size))
        if self.phase == "ask":
            self._draw_bubble(surface, ctx.line_words(self.question), (layout.center_x - 140, 110, 560, 190))
        elif self.phase == "tricky":
            self._draw_bubble(surface, ctx.t("screens:feelings.tricky_title"), (400, 62, 600, 116))
        self.buttons.draw(surface)
        if self.phase == "tricky":
            self._draw_ticks(surface)

    def _draw_bubble(self, surface: pygame.Surface, text: str, rect: tuple[float, float, float, float]) -> None:
        """A speech bubble from the buddy with the line as a caption for the grown-up."""
        layout = self.ctx.layout
        x, y, w, h = rect
        # The tail is drawn under the panel with an outline, then its root is painted over.
        tail = [
            layout.point(x + 6, y + h * 0.55),
            layout.point(x - 34, y + h * 0.72),
            layout.point(x + 20, y + h * 0.8),
        ]
        pygame.draw.polygon(surface, theme.PANEL, tail)
        pygame.draw.lines(surface, theme.OUTLINE, False, tail, layout.px(4))
        draw_panel(surface, layout, rect, theme.PANEL, radius=40, outline=theme.OUTLINE)
        root = [layout.point(x + 8, y + h * 0.5), layout.point(x - 26, y + h * 0.7), layout.point(x + 8, y + h * 0.78)]
        pygame.draw.polygon(surface, theme.PANEL, root)
        write(surface, self.ctx, text, 38, theme.INK, box=(x + 30, y + 14, w - 60, h - 28))

    def _draw_chosen_face(self, surface: pygame.Surface, face: FeelingFace) -> None:
        layout = self.ctx.layout
        cx, cy = (layout.center_x, 500) if self.portrait else (layout.width * 0.27, 330)
        pygame.draw.circle(surface, face_colour(face), layout.point(cx, cy), layout.px(200))
        image = self.ctx.assets.svg(face.icon, (layout.px(320), layout.px(320)))
        surface.blit(image, image.get_rect(center=layout.point(cx, cy)))
        write(surface, self.ctx, self.ctx.text(face.label), 40, theme.INK, box=(cx - 220, cy + 204, 440, 56))

    def _draw_ticks(self, surface: pygame.Surface) -> None:
        """A green tick badge on each tricky card the child has tapped."""
        layout = self.ctx.layout
        for button in self.buttons.buttons:
            if not button.name.startswith("tricky-") or button.name.removeprefix("tricky-") not in self.tricky:
                continue
            x, y, w, _ = button.rect
            center = layout.point(x + w - 16, y + 16)
            pygame.draw.circle(surface, theme.darker(theme.LEAF, 0.25), center, layout.px(26))
            pygame.draw.circle(surface, theme.LEAF, center, layout.px(22))
            tick = self.ctx.assets.svg("svg/icons/check.svg", (layout.px(40), layout.px(40)))
            surface.blit(tick, tick.get_rect(center=center))


SCENES = {"feelings": FeelingsScene}


def tour_screens(ctx: GameContext) -> Iterator[TourShot]:
    def choose_sad(scene: Scene) -> None:
        assert isinstance(scene, FeelingsScene)
        scene.ctx.narrator.stop()
        scene.buttons.activate(next(button for button in scene.buttons.buttons if button.name == "face-sad"))

    def tricky(scene: Scene) -> None:
        assert isinstance(scene, FeelingsScene)
        scene._choose(scene.catalog.face("scared"))
        scene._after_reply()
        scene._tricky_tapped(scene.catalog.thing("goodbye"))
        scene._tricky_tapped(scene.catalog.thing("loud_noises"))

    yield TourShot("feelings", FeelingsScene, settle=1.0)
    yield TourShot("feelings-reply", FeelingsScene, settle=2.5, prepare=choose_sad)
    yield TourShot("feelings-tricky", FeelingsScene, settle=1.0, prepare=tricky)
