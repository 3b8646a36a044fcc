"""The command-line modules of each capability, beside the store commands in commands.py.

Each module has `add_parsers(sub)`, which adds its commands to the parser, and `HANDLERS`,
which maps each command name it added to the function that runs it.
"""

from __future__ import annotations

from types import ModuleType

from jagdesk.cli import (
    action_plans,
    asb,
    case_review,
    cctv,
    exports,
    governance,
    meetings,
    places,
    problem_solving,
)

# Places first (import, stats, yoy), then the `export` command and the documents each feature adds.
CAPABILITIES: tuple[ModuleType, ...] = (places, exports, problem_solving, action_plans, meetings, cctv,
                                        asb, case_review, governance)
