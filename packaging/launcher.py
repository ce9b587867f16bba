"""The app bundle's entry point: the same as the ``dropoff-buddy`` command."""

from dropoff_buddy.cli import main

raise SystemExit(main())
