"""The evening's scene: the phases, the answers and their saving, input, time and drawing."""

from __future__ import annotations

import pygame

from dropoff_buddy.buddy.render import BuddyActor
from dropoff_buddy.content.catalog import Card
from dropoff_buddy.content.evening import EveningScript
from dropoff_buddy.content.feelings import FeelingFace
from dropoff_buddy.content.lines import Line
from dropoff_buddy.context import GameContext
from dropoff_buddy.day import family_day
from dropoff_buddy.input import Action, ActionKind
from dropoff_buddy.parts.evening.layout import CARD_FACE, layout_buttons, places_for
from dropoff_buddy.parts.feelings import face_colour
from dropoff_buddy.parts.part import PartScene
from dropoff_buddy.storage.models import BEST_DONT_KNOW, DONT_KNOW, SKIP, ActivityAnswer, EveningEntry
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.backdrop import shared_backdrop
from dropoff_buddy.ui.photo import draw_family_photo
from dropoff_buddy.ui.widgets import ButtonGroup, draw_panel, draw_text
from dropoff_buddy.week import someone_else_picks_up

REPLY_PAUSE = 0.5  # seconds after the buddy's reply before the next card comes
REPLY_LONGEST = 7.0  # the next card comes by then, whatever the voice does
NUDGE_AFTER = 20.0  # seconds of quiet on a question before a gentle spoken hint
END_LINGER = 4.0  # seconds after the last line before the part ends by itself
TALL = 1100  # layout units of height from which the window is laid out as portrait


class EveningScene(PartScene):
    """Asks about each part of the day, then the best part; pops itself at the end."""

    name = "evening"
    says = ("evening:*",)

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.script: EveningScript = ctx.content.evening
        self.faces = list(ctx.content.feelings.feeling)
        self.backdrop = shared_backdrop(ctx, "evening")
        self.buddy = BuddyActor(ctx.buddy_renderer, ctx.profile.buddy, ctx.rng, ctx.reduced_motion)
        self.cards: list[Card] = list(family_day(ctx.profile, ctx.content.cards).before_pickup)
        self.phase = "ask"
        self.index = 0
        self.chosen: str | None = None  # the answer (or best card) shown while the buddy replies
        self.entry_index: int | None = None
        self.answers: list[ActivityAnswer] = []
        self.best: str | None = None
        self.quiet = 0.0  # seconds the narrator has been quiet in this phase
        self.phase_time = 0.0
        self.buttons = ButtonGroup(ctx)
        layout_buttons(self)

    # -- where things go -----------------------------------------------------------------------

    @property
    def tall(self) -> bool:
        """A portrait window: the parts are stacked on the tall canvas."""
        return self.ctx.layout.height >= TALL

    def _breathe(self) -> None:
        self.ctx.open_scene("breathe")

    def resized(self) -> None:
        layout_buttons(self)

    # -- life cycle ----------------------------------------------------------------------------

    @property
    def card(self) -> Card | None:
        return self.cards[self.index] if self.index < len(self.cards) else None

    def enter(self) -> None:
        self._prepare_lines()
        self.buddy.react("wave")
        self.ctx.say(self.script.greeting)
        if self.card is None:
            self._start_best()
        else:
            self._ask_current(queued=True)

    def resume(self) -> None:
        """Back from breathing (or the grown-ups' corner): the question on show is asked again."""
        self.buddy.look = self.ctx.profile.buddy
        self.buddy.reduced_motion = self.ctx.reduced_motion
        layout_buttons(self)
        self._say_again()

    def _prepare_lines(self) -> None:
        """Get every line of this evening ready in the voice, each card's with its words."""
        script = self.script
        self.ctx.prepare_lines(script.lines())
        for card in self.cards:
            self.ctx.prepare_lines([script.question_for(card), script.best_for(card)], activity=card.words)

    def _ask_current(self, *, queued: bool = False) -> None:
        card = self.card
        assert card is not None
        self._set_phase("ask")
        line = self.script.question_for(card)
        if queued:
            self.ctx.say_then(line, activity=card.words)
        else:
            self.ctx.say(line, activity=card.words)

    def _set_phase(self, phase: str) -> None:
        self.phase = phase
        self.quiet = 0.0
        self.phase_time = 0.0
        if phase in ("ask", "best"):
            self.chosen = None
        layout_buttons(self)

    # -- answers -------------------------------------------------------------------------------

    def _answer_face(self, face: FeelingFace) -> None:
        self._answer(face.id)

    def _answer(self, answer: str) -> None:
        """The child answered the card on show: save it, let the buddy reply, then go on."""
        card = self.card
        if self.phase != "ask" or card is None:
            return
        self._record(card, answer)
        self.chosen = answer
        if answer == DONT_KNOW:
            self.buddy.react("hug")
            self.ctx.play_sound("chime")
            self.ctx.say(self.script.dont_know)
        else:
            reply = self.script.reply_to(answer)
            self.buddy.react(reply.reaction if reply is not None else "hug")
            self.ctx.play_sound("sparkle" if answer == self.faces[0].id else "chime")
            if reply is not None:
                self.ctx.say(reply.say)
        self._set_phase("reply")

    def skip(self) -> None:
        """No answer for this card: the next one at once (nothing is wrong with skipping)."""
        card = self.card
        if self.phase != "ask" or card is None:
            return
        self._record(card, SKIP)
        self.buddy.react("bounce")
        self.ctx.say(self.script.skip)
        self._next_card(queued=True)

    def _next_card(self, *, queued: bool = False) -> None:
        self.index += 1
        if self.card is None:
            self._start_best(queued=queued)
        else:
            self._ask_current(queued=queued)

    def _start_best(self, *, queued: bool = False) -> None:
        self._set_phase("best")
        self.buddy.react("bounce")
        if queued:
            self.ctx.say_then(self.script.best_question)
        else:
            self.ctx.say(self.script.best_question)

    def _choose_best(self, card: Card | None) -> None:
        if self.phase != "best":
            return
        self.best = card.id if card is not None else BEST_DONT_KNOW
        self.chosen = self.best
        self._save()
        if card is None:
            self.buddy.react("hug")
            self.ctx.play_sound("chime")
            self.ctx.say(self.script.best_dont_know)
        else:
            self.buddy.react("happy")
            self.ctx.play_sound("sparkle")
            self.ctx.say(self.script.best_for(card), activity=card.words)
        self._set_phase("best_reply")

    def _start_end(self) -> None:
        self._set_phase("end")
        self.buddy.react("happy")
        self.ctx.play_sound("heart_fill")
        self.ctx.say(self.reunion)
        self.ctx.say_then(self.script.goodnight)

    @property
    def reunion(self) -> Line:
        """ "Mommy came back right after snack!", or who came to get the child that day."""
        other = someone_else_picks_up(self.ctx.profile, self.ctx.today)
        return self.script.reunion_other if other else self.script.reunion

    # -- saving --------------------------------------------------------------------------------

    def _record(self, card: Card, answer: str) -> None:
        self.answers = [item for item in self.answers if item.card != card.id]
        self.answers.append(ActivityAnswer(card=card.id, answer=answer))
        self._save()

    def _save(self) -> None:
        """Write this evening (new, or updated) to progress now."""
        progress = self.ctx.progress
        evenings = list(progress.evenings)
        if self.entry_index is None or self.entry_index >= len(evenings):
            evenings.append(EveningEntry(at=self.ctx.now(), answers=list(self.answers), best=self.best))
            self.entry_index = len(evenings) - 1
        else:
            current = evenings[self.entry_index]
            evenings[self.entry_index] = current.model_copy(update={"answers": list(self.answers), "best": self.best})
        progress.evenings = evenings
        self.ctx.save_progress()

    # -- input, time, drawing -------------------------------------------------------------------

    def _buddy_hit(self, pos: tuple[float, float]) -> bool:
        cx, cy, size = self._buddy_place()
        return (pos[0] - cx) ** 2 + (pos[1] - cy) ** 2 <= (size * 0.45) ** 2

    def handle(self, action: Action) -> None:
        if action.kind in (ActionKind.PRESS, ActionKind.KEY):
            self.quiet = 0.0
        if self.buttons.handle(action):
            return
        if action.kind is ActionKind.PRESS and action.pos is not None and not self._buddy_hit(action.pos):
            self.ctx.play_sound("press")  # every press answers at once, even between the pictures
        if action.kind is ActionKind.TAP and action.pos is not None and self._buddy_hit(action.pos):
            self.buddy.react("giggle")
            self.ctx.play_sound("giggle")
            self._say_again()

    def _say_again(self) -> None:
        card = self.card
        if self.phase == "ask" and card is not None:
            self.ctx.say(self.script.question_for(card), activity=card.words)
        elif self.phase == "best":
            self.ctx.say(self.script.best_question)
        elif self.phase == "end":
            self.ctx.say(self.reunion)

    def update(self, dt: float) -> bool:
        changed = self.buddy.update(dt)
        self.phase_time += dt
        self.quiet = 0.0 if self.ctx.narrator.speaking else self.quiet + dt
        card = self.card
        if self.phase == "ask" and card is not None and self.quiet >= NUDGE_AFTER:
            self.quiet = 0.0
            self.buddy.react("wave")
            self.ctx.say(self.script.nudge, activity=card.words)
        elif self.phase == "best" and self.quiet >= NUDGE_AFTER:
            self.quiet = 0.0
            self.buddy.react("wave")
            self.ctx.say(self.script.best_nudge)
        elif self.phase == "reply" and (self.quiet >= REPLY_PAUSE or self.phase_time >= REPLY_LONGEST):
            self._next_card()
            changed = True
        elif self.phase == "best_reply" and (self.quiet >= REPLY_PAUSE or self.phase_time >= REPLY_LONGEST):
            self._start_end()
            changed = True
        elif self.phase == "end" and self.quiet >= END_LINGER:
            self.finish()
        return changed or self.buttons.pressed is not None

    def _buddy_place(self) -> tuple[float, float, float]:
        layout = self.ctx.layout
        if self.phase == "end":
            if self.tall:
                return (layout.width / 2, layout.height / 2 - 260, 380)
            return (330, 380, 360)
        if self.phase in ("best", "best_reply"):
            return places_for(self).best_buddy
        return places_for(self).buddy

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        self.backdrop.draw(surface, layout)
        cx, cy, size = self._buddy_place()
        self.buddy.draw(surface, layout.point(cx, cy), layout.px(size))
        if self.phase in ("ask", "reply"):
            self._draw_question(surface)
        elif self.phase in ("best", "best_reply"):
            draw_text(
                surface,
                ctx.fonts,
                layout,
                ctx.t("screens:evening.best_part"),
                44,
                theme.INK,
                center=(layout.width / 2, places_for(self).title_y),
            )
        elif self.phase == "end":
            self._draw_end(surface)
        self.buttons.draw(surface)

    def _draw_question(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        card = self.card
        if card is None:
            return
        places = places_for(self)
        x, y, w, h = places.card
        question = ctx.line_words(self.script.question_for(card), activity=card.words)
        title_box = (layout.width / 2 - 460, places.title_y - 44, 920, 88)
        draw_text(surface, ctx.fonts, layout, question, 40, theme.INK, box=title_box)
        draw_panel(
            surface, layout, (x, y, w, h), CARD_FACE, radius=theme.CORNER, outline=theme.OUTLINE, outline_width=5
        )
        label_h = 52
        picture = min(w - 40, h - label_h - 30)
        if ctx.assets.exists(card.icon):
            image = ctx.assets.svg(card.icon, (layout.px(picture), layout.px(picture)))
            surface.blit(image, image.get_rect(center=layout.point(x + w / 2, y + 16 + (h - label_h - 16) / 2)))
        label_box = (x + 10, y + h - label_h - 12, w - 20, label_h)
        draw_text(surface, ctx.fonts, layout, ctx.text(card.label), 30, theme.INK, box=label_box)
        chosen = next((face for face in self.faces if face.id == self.chosen), None)
        if self.phase == "reply" and chosen is not None:
            badge = layout.point(x + w - 10, y + 62)  # on the card's corner, clear of the question above
            colour = face_colour(chosen)
            pygame.draw.circle(surface, theme.darker(colour, 0.2), badge, layout.px(62))
            pygame.draw.circle(surface, colour, badge, layout.px(56))
            icon = ctx.assets.svg(chosen.icon, (layout.px(96), layout.px(96)))
            surface.blit(icon, icon.get_rect(center=badge))
        self._draw_progress(surface, x + w / 2, y + h + 28)

    def _draw_progress(self, surface: pygame.Surface, cx: float, cy: float) -> None:
        """One small dot per card of the day: done ones filled, the one on show bigger."""
        layout = self.ctx.layout
        count = len(self.cards)
        gap = 30.0
        left = cx - (count - 1) * gap / 2
        for index in range(count):
            center = layout.point(left + index * gap, cy)
            if index == self.index:
                pygame.draw.circle(surface, theme.darker(theme.SUNSHINE, 0.2), center, layout.px(11))
                pygame.draw.circle(surface, theme.SUNSHINE, center, layout.px(8))
            elif index < self.index:
                pygame.draw.circle(surface, theme.LEAF, center, layout.px(8))
            else:
                pygame.draw.circle(surface, theme.OUTLINE, center, layout.px(8), layout.px(3))

    def _draw_end(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        layout = ctx.layout
        tall = self.tall
        photo_center = (layout.width / 2, layout.height / 2 + 70) if tall else (layout.width / 2 + 140, 360)
        draw_family_photo(surface, ctx, layout.point(*photo_center), layout.px(340), tilt=-5.0)
        heart = ctx.assets.svg("svg/icons/heart.svg", (layout.px(90), layout.px(90)))
        hx, hy = photo_center
        surface.blit(heart, heart.get_rect(center=layout.point(hx + 160, hy - 150)))
        title_y = layout.height / 2 - 560 if tall else 70
        draw_text(
            surface,
            ctx.fonts,
            layout,
            ctx.text(self.script.title),
            46,
            theme.INK,
            center=(layout.width / 2, title_y),
        )
