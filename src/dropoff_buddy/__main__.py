"""``python -m dropoff_buddy``: the same as the ``dropoff-buddy`` command."""

from dropoff_buddy.cli import main

raise SystemExit(main())
