"""`python -m jagdesk` runs the command line (no arguments opens the GUI)."""

from jagdesk.cli import main

raise SystemExit(main())
