"""Fixed clocks for tests: which day of the family's week it is must never depend on when the suite runs.

The default family's daycare days are Monday to Friday. ``SCHOOL_DAY`` is a Wednesday morning (a
daycare day: Play runs the daycare morning), ``SATURDAY`` the Saturday of that week (a home day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

#: Wednesday 2 December 2026, 8:00 local time.
SCHOOL_DAY = dt.datetime(2026, 12, 2, 8, 0).astimezone()
#: Saturday 5 December 2026, 9:00 local time.
SATURDAY = dt.datetime(2026, 12, 5, 9, 0).astimezone()


def fixed(moment: dt.datetime) -> Callable[[], dt.datetime]:
    """A clock that always says ``moment``."""
    return lambda: moment


on_a_school_day = fixed(SCHOOL_DAY)
