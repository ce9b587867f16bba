"""How long the whole morning takes (picked up by ``benchmarks/run.py``): the five-minute budget.

A scripted child plays the morning from Play on home (feelings, My Day, the story, the goodbye
game and its sticker) in simulated time, and answers each prompt one second after the voice has
said the line asking for it (the caption lingers a little longer): taps a face, taps the card of
the day the grown-up comes back after and then "go on", listens to each story page and taps it
(first tapping what a page asks to be tapped: the first picture of a choice), does each goodbye
step, and taps the sticker away. Nothing is skipped and nothing is rushed: every line is as long
as the built-in voice (espeak-ng, at the game's own settings) really says it; without espeak-ng
the captions' reading time is used instead (``morning_voice_measured`` is then 0).

Figures, in seconds of the child's time (budget: the whole morning ≤ 300 s):

- ``morning_default_family_s``: the default family (8 cards, back right after snack), feeling OK.
- ``morning_six_card_day_s``: a day of six activity cards, back after the sixth (the story shows
  six activity pages), feeling OK.
- ``morning_six_card_day_sad_s``: the same day for a child who feels sad (the buddy's reply, three
  slow breaths, "What's tricky?" with one card tapped).
- ``morning_<part>_s``: each part of the six-card day (bridge before it included).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

from dropoff_buddy.audio.narration import CAPTION_LINGER

ANSWER_AFTER = 1.0  # the child answers a second after the prompt has been said
DT = 1 / 20  # simulated frame time
BUDGET_SECONDS = 300.0
SIX_CARD_DAY = ["circle_time", "free_play", "art", "outdoor_play", "lunch", "nap"]


class MeasuredVoice:
    """A voice backend whose lines last exactly as long as espeak-ng says them (measured once per line)."""

    def __init__(self) -> None:
        from dropoff_buddy.audio.espeak import EspeakEngine, SpeechUnavailable, VoiceSettings

        self.settings = VoiceSettings()
        self.lengths: dict[str, float] = {}
        try:
            self.engine: EspeakEngine | None = EspeakEngine.load()
        except SpeechUnavailable:
            self.engine = None

    def prepare(self, lines: Iterable[object]) -> None:
        return None

    def start(self, line: object) -> float | None:
        if self.engine is None:
            return None
        text = str(getattr(line, "text", ""))
        if text not in self.lengths:
            self.lengths[text] = self.engine.synthesise(text, self.settings).seconds
        return self.lengths[text]

    def stop(self) -> None:
        return None

    def poll(self, dt: float) -> float | None:
        return None


class Child:
    """Plays the morning through the input seam, answering each prompt a second after it is said."""

    def __init__(self, player: object, feeling: str) -> None:
        from dropoff_buddy.playtest import Player

        assert isinstance(player, Player)
        self.player = player
        self.feeling = feeling
        self.quiet = 0.0
        self.time = 0.0
        self.part_times: dict[str, float] = {}
        self._done: set[tuple[int, str]] = set()  # (id of the scene, what was done) so each prompt is answered once

    def step(self) -> None:
        player = self.player
        player.frames(1, dt=DT)
        self.time += DT
        speaking = player.ctx.narrator.speaking
        # The voice ends CAPTION_LINGER before its caption goes: the child hears the end of the line.
        self.quiet = 0.0 if speaking else max(self.quiet, CAPTION_LINGER) + DT
        top = player.top
        self.part_times[top.name] = self.part_times.get(top.name, 0.0) + DT
        if self.quiet >= ANSWER_AFTER:
            self.answer(top)

    def once(self, scene: object, what: str) -> bool:
        key = (id(scene), what)
        if key in self._done:
            return False
        self._done.add(key)
        self.quiet = 0.0
        return True

    def answer(self, top: object) -> None:
        from dropoff_buddy.parts.ritual import RitualScene
        from dropoff_buddy.parts.story import StoryScene

        name = getattr(top, "name", "")
        if name == "feelings":
            self.answer_feelings(top)
        elif name == "breathe":
            if getattr(top, "phase", "") == "end" and self.once(top, "done"):
                self.player.tap((640, 400))
        elif name == "my-day":
            if self.once(top, "card"):
                self.player.tap_button(f"card-{self.player.ctx.profile.pickup_after}")
            elif self.once(top, "go-on"):
                self.player.tap_button("go-on")
        elif isinstance(top, StoryScene):
            self.answer_story(top)
        elif isinstance(top, RitualScene):
            self.answer_ritual(top)

    def answer_feelings(self, top: object) -> None:
        phase = getattr(top, "phase", "")
        if phase == "ask" and self.once(top, "face"):
            self.player.tap_button(f"face-{self.feeling}")
        elif phase == "tricky":
            if self.once(top, "tricky"):
                self.player.tap_button("tricky-goodbye")
            elif self.once(top, "all-done"):
                self.player.tap_button("all-done")

    def answer_story(self, scene: object) -> None:
        from dropoff_buddy.parts.story import StoryScene

        assert isinstance(scene, StoryScene)
        page = scene.page
        if page is None:
            return
        page_key = f"{scene.index}:{page.id}"
        asked = any("tap" in line.text.lower() for line in page.lines)  # only a page that asks is tapped on
        for button in scene.buttons.buttons if asked else ():  # the goodbye pictures in turn; the first choice
            if button.name.startswith("ritual-") or button.name.startswith("choice-"):
                if button.name.startswith("choice-") and any(
                    (id(scene), f"{page_key}:{other.name}") in self._done
                    for other in scene.buttons.buttons
                    if other.name.startswith("choice-")
                ):
                    continue
                if self.once(scene, f"{page_key}:{button.name}"):
                    self.player.tap(button.center)
                    return
        if scene.may_turn_on_a_stray_tap and self.once(scene, f"{page_key}:turn"):
            self.player.tap_button("next")

    def answer_ritual(self, scene: object) -> None:
        from dropoff_buddy.parts.ritual import RitualScene

        assert isinstance(scene, RitualScene)
        player = self.player
        if scene.phase == "prompt" and self.once(scene, f"step {scene.index}"):
            step = scene.step
            target = scene.stage.target_center()
            if step.kind == "hold":
                player.hold(target, step.hold_seconds + 0.2, dt=DT)
                self.time += step.hold_seconds + 0.2 + 2 * DT
            else:
                for _ in range(max(1, len(step.sequence))):
                    player.tap(target)
                    player.wait(0.6, dt=DT)
                    self.time += 0.6 + 2 * DT
        elif scene.phase == "sticker" and self.once(scene, "sticker"):
            player.tap((640, 400))


def play_morning(schedule: list[str] | None, pickup_after: str | None, feeling: str) -> tuple[float, Child]:
    from dropoff_buddy.playtest import start_game

    with tempfile.TemporaryDirectory() as data:
        game = start_game(Path(data), (1280, 800))
        ctx = game.ctx
        ctx.persist = False
        voice = MeasuredVoice()
        ctx.narrator.voice = voice
        if schedule is not None and pickup_after is not None:
            day = {"schedule": list(schedule), "pickup_after": pickup_after}
            ctx.child.profile = ctx.profile.model_copy(update=day)
        child = Child(game, feeling)
        game.tap_button("play")
        while game.top.name != "home":
            child.step()
            if child.time > 1200:
                raise RuntimeError(f"the morning did not end (stuck on {game.top.name})")
        ctx.scenes.clear()
        pygame.quit()
        child.part_times["voice_measured"] = 1.0 if voice.engine is not None else 0.0
        return child.time, child


def run(quick: bool) -> dict[str, float]:
    results: dict[str, float] = {}
    default, first = play_morning(None, None, "okay")
    results["morning_default_family_s"] = default
    results["morning_default_story_s"] = first.part_times.get("story", 0.0)
    six, child = play_morning(SIX_CARD_DAY, "nap", "okay")
    results["morning_six_card_day_s"] = six
    for part in ("flow", "feelings", "my-day", "story", "ritual"):
        results[f"morning_{part.replace('-', '_')}_s"] = child.part_times.get(part, 0.0)
    results["morning_voice_measured"] = child.part_times["voice_measured"]
    if not quick:
        sad, _ = play_morning(SIX_CARD_DAY, "nap", "sad")
        results["morning_six_card_day_sad_s"] = sad
    results["morning_budget_s"] = BUDGET_SECONDS
    return results


if __name__ == "__main__":
    for name, value in run(quick=False).items():
        print(f"{name:40s} {value:9.1f}")
