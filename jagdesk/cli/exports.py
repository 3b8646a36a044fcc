"""The `export` command, which writes documents: each feature's module (problem_solving,
action_plans, meetings) adds its own documents to it through `export_subparsers(sub)`, giving each
subcommand its handler with `set_defaults(export_handler=...)`.
"""

from __future__ import annotations

import argparse
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jagdesk.errors import JagdeskError

# The writers load reportlab and python-docx: imported when a document is written, not at start.
FORMATS = {".pdf": "PDF", ".docx": "Word"}


def document_kind(out: Path) -> str:
    """The kind of document ("PDF" or "Word") the --out file names; any other ending is refused."""
    kind = FORMATS.get(out.suffix.lower())
    if kind is None:
        raise JagdeskError(f"--out must end in .pdf or .docx, not '{out.suffix or out.name}'.")
    return kind

# The subparsers of each `export` command's parser, so that whichever feature's module adds its
# documents first creates them and the others add to them.
_GROUPS: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def export_subparsers(command: argparse.ArgumentParser) -> Any:
    """The subparsers of the `export` command's parser, made on the first call."""
    what = _GROUPS.get(command)
    if what is None:
        what = command.add_subparsers(dest="export_what", metavar="WHAT", required=True)
        _GROUPS[command] = what
    return what


def cmd_export(args: argparse.Namespace) -> int:
    """Run the export subcommand named on the command line (its module set the handler)."""
    handler: Callable[[argparse.Namespace], int] = args.export_handler
    return handler(args)
