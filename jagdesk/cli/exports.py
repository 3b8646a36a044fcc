"""Commands that write documents: `jagdesk export case-sheet REF --out FILE.pdf|.docx`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jagdesk.cli.commands import open_for_command
from jagdesk.errors import JagdeskError

# The writers load reportlab and python-docx: imported when a document is written, not at start.
FORMATS = {".pdf": "PDF", ".docx": "Word"}


def add_parsers(sub: Any) -> None:
    """Add this capability's commands to the top-level subparsers."""
    parser = sub.add_parser("export", help="write a document: a case sheet as PDF or Word")
    what = parser.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    sheet = what.add_parser("case-sheet", help="a problem-solving case's sheet for a meeting")
    sheet.add_argument("reference", metavar="REF", help="the case reference, such as PS-2026-014")
    sheet.add_argument("--out", required=True, metavar="FILE",
                       help="the file to write; .pdf or .docx chooses the format")


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    kind = FORMATS.get(out.suffix.lower())
    if kind is None:
        raise JagdeskError(f"--out must end in .pdf or .docx, not '{out.suffix or out.name}'.")
    from jagdesk.services.case_sheet import build_case_sheet

    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            sheet = build_case_sheet(uow, args.reference.strip())
    if kind == "PDF":
        from jagdesk.exports.case_sheet_pdf import write_case_sheet_pdf

        write_case_sheet_pdf(sheet, out)
    else:
        from jagdesk.exports.case_sheet_docx import write_case_sheet_docx

        write_case_sheet_docx(sheet, out)
    print(f"Wrote the case sheet for {sheet.reference} to {out} ({kind}).")
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"export": cmd_export}
