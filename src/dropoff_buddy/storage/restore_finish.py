"""Finishing or undoing a restore from a backup that stopped part-way (``finish_interrupted_restore``).

The names a restore leaves on disk while it works are defined here, so that ``storage.backup``
(which restores) and ``storage.store`` (which finishes an interrupted restore on opening) agree.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from pathlib import Path
from typing import Final

from dropoff_buddy.storage.documents import APP_STATE_FILE_NAME
from dropoff_buddy.storage.paths import (
    PROFILES_FOLDER_NAME,
)

log = logging.getLogger(__name__)


RESTORE_STAGING_PREFIX: Final = ".restore-"
BEFORE_RESTORE_PREFIX: Final = ".before-restore-"
#: Written into the staging folder once a restore's files are all unpacked and checked.
RESTORE_COMPLETE_MARKER: Final = ".complete"
#: What a restore swaps, in the order it moves them in (the profiles first).
RESTORED_NAMES: Final = (PROFILES_FOLDER_NAME, APP_STATE_FILE_NAME, APP_STATE_FILE_NAME + ".bak")


def finish_interrupted_restore(data_dir: Path) -> bool:
    """Make the data whole after a restore that stopped part-way (a crash, SIGKILL, a power cut).

    A restore unpacks into ``.restore-<time>`` (marked complete when every file is in and checked),
    moves the current data to ``.before-restore-<time>``, then moves the new data in, profiles first.
    If the new profiles were already moved in, the restore is finished (the rest moved in);
    otherwise it is undone (the old data moved back). Only empty places are filled, so nothing
    that is there is ever overwritten. Returns True when something was finished or undone.
    """
    try:
        entries = list(data_dir.iterdir())
    except OSError:
        return False
    changed = False
    for staging in entries:
        if not staging.name.startswith(RESTORE_STAGING_PREFIX):
            continue
        stamp = staging.name.removeprefix(RESTORE_STAGING_PREFIX)
        previous = data_dir / f"{BEFORE_RESTORE_PREFIX}{stamp}"
        complete = (staging / RESTORE_COMPLETE_MARKER).exists()
        forward = complete and not (staging / RESTORED_NAMES[0]).exists()
        source = staging if forward else previous
        for name in RESTORED_NAMES:
            if (source / name).exists() and not (data_dir / name).exists():
                try:
                    os.replace(source / name, data_dir / name)
                    changed = True
                except OSError as error:
                    log.warning("could not finish the interrupted restore (%s): %s", name, error)
                    return changed
        shutil.rmtree(staging, ignore_errors=True)
        if previous.exists() and (data_dir / RESTORED_NAMES[0]).exists():
            shutil.rmtree(previous, ignore_errors=True)
    for entry in entries:  # an old-data folder whose staging folder is already gone
        if entry.name.startswith(BEFORE_RESTORE_PREFIX) and entry.exists():
            if (entry / RESTORED_NAMES[0]).exists() and not (data_dir / RESTORED_NAMES[0]).exists():
                with contextlib.suppress(OSError):
                    os.replace(entry / RESTORED_NAMES[0], data_dir / RESTORED_NAMES[0])
                    changed = True
            if (data_dir / RESTORED_NAMES[0]).exists():
                shutil.rmtree(entry, ignore_errors=True)
    return changed
