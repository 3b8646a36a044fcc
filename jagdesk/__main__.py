"""`python -m jagdesk` runs the command line (no arguments opens the GUI)."""

import gc
import sys

if getattr(sys, "frozen", False):
    # A built program is also the reader process of a large import (services.places.read_ahead):
    # started so, it runs the reader and exits here.
    import multiprocessing

    multiprocessing.freeze_support()

# Start-up creates some hundred thousand objects that live until exit (SQLAlchemy, the tables'
# classes): the collector would walk them over and over while they load. It is switched back on,
# with them frozen out of its way, before the command runs (jagdesk.cli.main).
gc.disable()

from jagdesk.cli import main  # noqa: E402 - after the collector is paused

raise SystemExit(main())
