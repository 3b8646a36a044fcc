"""The command-line modules of each capability, beside the store commands in commands.py.

Each module has `add_parsers(sub)`, which adds its commands to the parser, and `HANDLERS`,
which maps each command name it added to the function that runs it.
"""

from __future__ import annotations

from types import ModuleType

from jagdesk.cli import (
    exports,
    imports,
    log_export,
    meeting_exports,
    pack_export,
    places,
    plan_export,
)

CAPABILITIES: tuple[ModuleType, ...] = (imports, places, exports, plan_export, meeting_exports,
                                         pack_export, log_export)
