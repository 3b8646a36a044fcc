"""Commands that write documents: `jagdesk export case-sheet REF --out FILE.pdf|.docx`.

Other capability modules add their own documents to the same `export` command through
`export_subparsers(sub)`, giving each subcommand its handler with `set_defaults(export_handler=...)`.
"""

from __future__ import annotations

import argparse
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jagdesk.cli.commands import open_for_command
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
    """Add this capability's commands to the top-level subparsers."""
    what = export_subparsers(sub)
    sheet = what.add_parser("case-sheet", help="a problem-solving case's sheet for a meeting")
    sheet.add_argument("reference", metavar="REF", help="the case reference, such as PS-2026-014")
    sheet.add_argument("--out", required=True, metavar="FILE",
                       help="the file to write; .pdf or .docx chooses the format")
    sheet.set_defaults(export_handler=cmd_case_sheet)


def cmd_export(args: argparse.Namespace) -> int:
    """Run the export subcommand named on the command line."""
    handler: Callable[[argparse.Namespace], int] = getattr(args, "export_handler", cmd_case_sheet)
    return handler(args)


def cmd_case_sheet(args: argparse.Namespace) -> int:
    out = Path(args.out)
    kind = document_kind(out)
    from jagdesk.services.problem_solving.sheet import build_case_sheet

    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            sheet = build_case_sheet(uow, args.reference.strip())
    if kind == "PDF":
        from jagdesk.exports.problem_solving.case_sheet_pdf import write_case_sheet_pdf

        write_case_sheet_pdf(sheet, out)
    else:
        from jagdesk.exports.problem_solving.case_sheet_docx import write_case_sheet_docx

        write_case_sheet_docx(sheet, out)
    print(f"Wrote the case sheet for {sheet.reference} to {out} ({kind}).")
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"export": cmd_export}
