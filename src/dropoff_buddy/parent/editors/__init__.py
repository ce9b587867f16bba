"""The editors of set-up and settings, one per module; this module lists them in page order.

``SETUP_STEPS`` are the first-run set-up's steps, ``SETTINGS_PAGES`` the settings tiles, and
``EDITORS`` finds a settings page's editor by its key. Each entry makes an editor for a page:
``kind(ctx, host)``.
"""

from __future__ import annotations

from dropoff_buddy.parent.editors.base import EditorKind
from dropoff_buddy.parent.editors.day import DayEditor
from dropoff_buddy.parent.editors.evening import EveningEditor
from dropoff_buddy.parent.editors.flow import FlowEditor
from dropoff_buddy.parent.editors.grownups import GrownupsEditor
from dropoff_buddy.parent.editors.language import LanguageEditor
from dropoff_buddy.parent.editors.names import BUDDY_NAME, CHILD_NAME, TEACHER_NAME
from dropoff_buddy.parent.editors.new_place import NewPlaceEditor
from dropoff_buddy.parent.editors.photo import PhotoEditor
from dropoff_buddy.parent.editors.pickup import PickupEditor
from dropoff_buddy.parent.editors.place import PlaceEditor
from dropoff_buddy.parent.editors.ritual import RitualEditor
from dropoff_buddy.parent.editors.sound import SoundEditor
from dropoff_buddy.parent.editors.voice import VoiceScreenEditor
from dropoff_buddy.parent.editors.week import WeekEditor

SETUP_STEPS: tuple[EditorKind, ...] = (
    LanguageEditor,
    CHILD_NAME,
    GrownupsEditor,
    TEACHER_NAME,
    PlaceEditor,
    BUDDY_NAME,
    PhotoEditor,
    RitualEditor,
    DayEditor,
    PickupEditor,
    WeekEditor,
    NewPlaceEditor,
)
SETTINGS_PAGES: tuple[EditorKind, ...] = (
    *SETUP_STEPS,
    SoundEditor,
    VoiceScreenEditor,
    FlowEditor,
    EveningEditor,
)
EDITORS: dict[str, EditorKind] = {editor.key: editor for editor in SETTINGS_PAGES}
