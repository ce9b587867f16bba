"""What every scene is handed: the child's data, art, sound, voice, layout, randomness.

There is no module-level state: one ``GameContext`` is made by the app (or by a test) and
passed to each scene. Scenes change the stack through ``ctx.scenes`` and save through
``ctx.save_profile`` / ``ctx.save_progress``, which never raise.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Callable, Iterable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dropoff_buddy.assets import Assets
from dropoff_buddy.audio.narration import Narrator, Spoken
from dropoff_buddy.audio.recordings import migrate_recording_keys
from dropoff_buddy.audio.sound import SoundBoard
from dropoff_buddy.buddy.palette import person_tokens
from dropoff_buddy.buddy.render import BuddyRenderer
from dropoff_buddy.content.catalog import reconcile_profile
from dropoff_buddy.content.lines import Line, Text
from dropoff_buddy.content.registry import Content, load_content
from dropoff_buddy.i18n.languages import Language, system_language
from dropoff_buddy.scene import Scene, SceneFactory, SceneStack
from dropoff_buddy.storage.models import Profile, Progress
from dropoff_buddy.storage.photos import photo_notices
from dropoff_buddy.storage.store import ChildData, Notice, ProfileStore
from dropoff_buddy.ui.layout import Layout
from dropoff_buddy.ui.theme import Fonts
from dropoff_buddy.week import day_profile
from dropoff_buddy.words import apply_swaps, language_swaps

if TYPE_CHECKING:
    from dropoff_buddy.i18n.translator import Moment, Translator

if TYPE_CHECKING:
    from dropoff_buddy.rig import Rig


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


@dataclass
class GameContext:
    """Shared services for scenes. Built by ``app.build_context``."""

    store: ProfileStore
    child: ChildData
    assets: Assets
    sound: SoundBoard
    narrator: Narrator
    layout: Layout
    rng: random.Random
    fonts: Fonts = field(default_factory=Fonts)
    scenes: SceneStack = field(default_factory=SceneStack)
    factories: MutableMapping[str, SceneFactory] = field(default_factory=dict)
    clock: Callable[[], dt.datetime] = _now
    quit_requested: bool = False
    #: False for the tour and previews: nothing is written to the data folder.
    persist: bool = True
    #: Set by the app when the window is real and full screen; the parent area shows it.
    fullscreen: bool = False
    #: Extra services later parts register by name (e.g. the story library). Not saved.
    services: dict[str, object] = field(default_factory=dict)
    #: Every piece of content (``levels/``), loaded once at start-up; see ``content.registry``.
    content: Content = field(default_factory=load_content)
    _prepared_family_lines: tuple[Spoken, ...] = field(default=(), init=False, repr=False)
    _translator: Translator | None = field(default=None, init=False, repr=False)
    _language_applied: str = field(default="", init=False, repr=False)
    buddy_renderer: BuddyRenderer = field(init=False)

    def __post_init__(self) -> None:
        self.buddy_renderer = BuddyRenderer(self.assets)
        self.assets.family_tokens = self.family_tokens

    def family_tokens(self) -> dict[str, str]:
        """The colours of the grown-up who does drop-off and of the child, for the goodbye pictures."""
        profile = self.profile
        tokens = {f"grownup_{name}": value for name, value in person_tokens(profile.grownup.look).items()}
        tokens.update({f"child_{name}": value for name, value in person_tokens(profile.child.look).items()})
        return tokens

    @functools.cached_property
    def rig(self) -> Rig:
        """The cut-out rig (``rig.Rig``): poses from ``levels/poses.toml``, figures, pair poses.

        Made the first time a scene asks for it, so start-up does not pay for it.
        """
        from dropoff_buddy.rig import Rig

        return Rig(self.assets, self.buddy_renderer)

    # -- the child's data ------------------------------------------------------------------

    @property
    def profile(self) -> Profile:
        return self.child.profile

    @property
    def progress(self) -> Progress:
        return self.child.progress

    @property
    def profile_folder(self) -> Path:
        return self.child.folder

    def now(self) -> dt.datetime:
        """The clock's time, in this computer's time zone (a test's clock may give a naive time)."""
        now = self.clock()
        return now if now.tzinfo is not None else now.astimezone()

    @property
    def today(self) -> dt.date:
        """The clock's date: which day of the family's week it is (``week``)."""
        return self.clock().date()

    @property
    def reduced_motion(self) -> bool:
        return self.profile.settings.reduced_motion

    @property
    def language(self) -> Language:
        """The family's language (the computer's, if the game has it, until a parent chooses)."""
        chosen = self.profile.settings.language
        languages = self.content.languages
        return languages.resolve(chosen) if chosen else system_language(languages)

    @property
    def tr(self) -> Translator:
        """The game's words in the family's language, with the family's names (see ``i18n.translator``)."""
        language = self.language
        translator = self._translator
        if translator is None or translator.language is not language:
            translator = self.translator_for(language.code)
            self._translator = translator
        return translator

    def translator_for(self, code: str) -> Translator:
        """The game's words in language ``code`` for this family (the parent's language picker)."""
        from dropoff_buddy.i18n.translator import Translator

        return Translator(
            self.content.translations,
            self.content.languages.resolve(code),
            lambda: day_profile(self.profile, self.today),  # who picks up today is {pickup_grownup}
            self.content.cards,
            self.content.ritual_steps,
        )

    def save_profile(self) -> bool:
        """Save the profile now; False (with a notice for the parent) if it could not be."""
        if not self.persist:
            return True
        saved = self.store.save_profile(self.child)
        self.apply_settings()  # names, voice or pickup may have changed: re-prepare the lines
        return saved

    def save_progress(self) -> bool:
        """Save progress now; False (with a notice for the parent) if it could not be."""
        if not self.persist:
            return True
        return self.store.save_progress(self.child)

    @property
    def notices(self) -> list[Notice]:
        return self.store.notices

    def switch_child(self, child: ChildData) -> None:
        """Make ``child`` the profile in use (the parent switched siblings)."""
        self.child = child
        self.fit_child()
        self.apply_settings()
        self.store.remember_last_profile(child.profile_id)
        self.check_photos()

    def check_photos(self) -> None:
        """Tell the parent (a notice) when a chosen photo is missing or can't be shown."""
        for note in photo_notices(self.child):
            notice = Notice(note, "load_failed")
            if notice not in self.store.notices:
                self.store.notices.append(notice)

    def fit_child(self) -> None:
        """Make the profile in use fit this version's content, and move its recordings to today's keys.

        A family not set up yet whose computer speaks another language gets that language's
        starting names ("Peque", "Mamá"), not the American ones.
        """
        reconciled, notes = reconcile_profile(self.profile, self.content.cards, self.content.ritual_steps)
        if notes:
            self.child.profile = reconciled
            self.store.notices.extend(Notice(note, "recovered") for note in notes)
        if not self.profile.setup_done:
            self.follow_language_defaults()
        if self.persist:
            migrate_recording_keys(self.profile_folder)

    def follow_language_defaults(self) -> None:
        """Give the game's own starting names and words of the source language their counterparts
        in the family's language ("Little One" → "Peque", "Mommy" → "Mamá"); typed names stay."""
        source = self.content.languages.source.code
        if self.language.code != source:
            apply_swaps(self.profile, language_swaps(self.profile, self.translator_for(source), self.tr))

    def apply_settings(self) -> None:
        """Push the profile's sound and narration settings to the services.

        Also gets the family's personalised lines ready in the voice (in the background), as
        names, the language or the pickup activity may have changed.
        """
        settings = self.profile.settings
        self.sound.apply_settings(settings.sound)
        self.narrator.narration = settings.narration
        language = self.language.code
        if language != self._language_applied:
            first = not self._language_applied
            self._language_applied = language
            if not first:
                # Every screen on the stack says its words in the new language from now on.
                for scene in self.scenes.scenes:
                    scene.language_changed()
        if settings.narration:
            # The key lines (the promise, the greeting, each goodbye step's prompt) are ready at once.
            steps = self.content.ritual_steps.steps_for(list(self.profile.ritual))
            key_lines = [*self.content.titled(), *(step.prompt for step in steps)]
            lines = tuple(Spoken(self.line_words(line), line.key) for line in key_lines)
            # Saving happens on every choice (the buddy maker saves per tap): only hand the voice
            # the family's lines again when a name, the words or the pickup activity changed them.
            if lines != self._prepared_family_lines:
                self._prepared_family_lines = lines
                self.narrator.prepare(lines)

    def prepare_lines(self, lines: Iterable[Line], **moment: Moment) -> None:
        """Get ``lines`` ready to be said (e.g. a story's before its first page opens). Returns at
        once; synthesis happens in the background."""
        self.narrator.prepare(Spoken(self.line_words(line, **moment), line.key) for line in lines)

    # -- words, sound, scenes --------------------------------------------------------------

    def line_words(self, line: Line, **moment: Moment) -> str:
        """The words of ``line`` as this family hears it now, in its language, with ``moment`` values."""
        return self.tr.line(line, **moment)

    def text(self, text: Text, **moment: Moment) -> str:
        """A content text (a card's label, a part's caption) in the family's language, names filled in."""
        return self.tr.text(text, **moment)

    def date_words(self, day: dt.date, pattern: str) -> str:
        """``day`` in the family's language with a CLDR date ``pattern`` (``"EEE"``: "Wed", "mié")."""
        return self.tr.date_words(day, pattern)

    def t(self, key: str, /, **args: Moment) -> str:
        """One of the screens' own words by key (``screens:home.play``), in the family's language."""
        return self.tr.t(key, **args)

    def say(self, line: Line, **moment: Moment) -> None:
        """Say a kid-facing line now, cutting whatever was being said.

        ``moment`` fills the line's other placeholders (``count=3``, ``activity="snack"``). The
        line's key finds the parent's recording of it, if the words still match.
        """
        self.narrator.say(self.line_words(line, **moment), line.key, self._speaker())

    def say_then(self, line: Line, **moment: Moment) -> None:
        """Say ``line`` after the current one (see ``say``)."""
        self.narrator.then(self.line_words(line, **moment), line.key, self._speaker())

    def _speaker(self) -> str:
        top = self.scenes.top
        return top.name if top is not None else ""

    def play_sound(self, name: str) -> None:
        self.sound.play(name)

    def make_scene(self, name: str) -> Scene | None:
        """A new scene by registered name ("breathe", "story", ...), or None if there is none."""
        factory = self.factories.get(name)
        return factory(self) if factory is not None else None

    def open_scene(self, name: str) -> bool:
        """Push the scene called ``name``; False if no such part is installed."""
        scene = self.make_scene(name)
        if scene is None:
            return False
        self.scenes.push(scene)
        return True
