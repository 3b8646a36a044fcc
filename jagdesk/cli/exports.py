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

# The `export` subparsers made for each top-level subparsers object, so that whichever capability
# module is registered first creates the command and the others add to it.
_GROUPS: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def export_subparsers(sub: Any) -> Any:
    """The subparsers of the `export` command under `sub`, made on the first call."""
    what = _GROUPS.get(sub)
    if what is None:
        parser = sub.add_parser("export", help="write a document or file (see 'jagdesk export -h')")
        what = parser.add_subparsers(dest="export_what", metavar="WHAT", required=True)
        _GROUPS[sub] = what
    return what


def add_parsers(sub: Any) -> None:
    """Add the `export` command; each feature's module adds its documents to it."""
    export_subparsers(sub)


def cmd_export(args: argparse.Namespace) -> int:
    """Run the export subcommand named on the command line (its module set the handler)."""
    handler: Callable[[argparse.Namespace], int] = args.export_handler
    return handler(args)


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"export": cmd_export}
