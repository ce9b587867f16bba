"""The game's services, set up for drawing printed pages offscreen.

``offscreen_copy(ctx)`` is the running game's context with its own art cache (pictures at
300 dpi would push the game's small ones out), a silent narrator (a story page that is drawn
for paper must not speak), no scene stack and no saving. ``open_for_printing`` reads a family's
data folder for ``dropoff-buddy print``: no window, no sound, no voice, nothing written back.
"""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pygame

from dropoff_buddy.assets import Assets
from dropoff_buddy.audio.narration import Narrator
from dropoff_buddy.audio.sound import SoundBoard
from dropoff_buddy.content.catalog import reconcile_profile
from dropoff_buddy.context import GameContext
from dropoff_buddy.printing.document import PrintError
from dropoff_buddy.scene import SceneStack
from dropoff_buddy.storage.paths import DEFAULT_PROFILE_ID, profile_id_from_name
from dropoff_buddy.storage.store import ProfileStore
from dropoff_buddy.ui.layout import Layout

#: Pictures kept while one printable is made (a few backgrounds at 300 dpi, people, cards).
PRINT_CACHE_LIMIT = 24


def offscreen_copy(ctx: GameContext, size: tuple[int, int] = (1280, 800)) -> GameContext:
    """``ctx`` for drawing at ``size`` pixels offscreen: same family and catalogues, own cache, silent."""
    return dataclasses.replace(
        ctx,
        assets=Assets(ctx.assets.root, cache_limit=PRINT_CACHE_LIMIT),
        narrator=Narrator(narration=False),
        layout=Layout(*size),
        scenes=SceneStack(),
        services={},
        persist=False,
    )


def ensure_offscreen_display() -> None:
    """Give pygame a display surface if it has none (call with SDL's dummy video driver).

    Pictures are converted to the display's pixel format when one exists, which makes drawing a
    page at 300 dpi several times faster; the headless command has no window otherwise.
    """
    if pygame.display.get_surface() is None:
        pygame.display.init()
        pygame.display.set_mode((1, 1))


def open_for_printing(data_dir: Path, profile: str | None) -> GameContext:
    """The family in ``data_dir`` (the child called ``profile``, or the one who played last).

    Raises ``PrintError`` with a kind message when there is no such child. Nothing is written.
    """
    store = ProfileStore(data_dir)
    existing = store.list_profiles()
    if profile:
        profile_id = profile_id_from_name(profile)
        if profile_id not in existing:
            names = ", ".join(existing) if existing else "none yet"
            raise PrintError(
                f"There is no child called {profile!r} in {data_dir} (the children there: {names}). "
                "Check the name, or give --data-dir with the folder the game uses."
            )
    else:
        last = store.last_profile_id()
        if last is None and not existing:
            raise PrintError(
                f"There is no family set up in {data_dir} yet. Set up the game first (Grown-ups' corner), "
                "or give --data-dir with the folder the game uses."
            )
        profile_id = last or (DEFAULT_PROFILE_ID if DEFAULT_PROFILE_ID in existing else existing[0])
    child = store.open(profile_id)
    assets = Assets()
    ctx = GameContext(
        store=store,
        child=child,
        assets=assets,
        sound=SoundBoard(assets.root, child.profile.settings.sound),
        narrator=Narrator(narration=False),
        layout=Layout(1280, 800),
        rng=random.Random(0),
        persist=False,
    )
    reconciled, _notes = reconcile_profile(ctx.profile, ctx.content.cards, ctx.content.ritual_steps)
    ctx.child.profile = reconciled
    return ctx
