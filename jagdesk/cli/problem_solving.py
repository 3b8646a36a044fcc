"""`jagdesk export case-sheet REF --out FILE.pdf|.docx`: a problem-solving case's sheet, added to the
`export` command."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jagdesk.cli.commands import open_for_command
from jagdesk.cli.exports import document_kind, export_subparsers


def add_parsers(sub: Any) -> None:
    """Add `export case-sheet` to the `export` command."""
    what = export_subparsers(sub)
    sheet = what.add_parser("case-sheet", help="a problem-solving case's sheet for a meeting")
    sheet.add_argument("reference", metavar="REF", help="the case reference, such as PS-2026-014")
    sheet.add_argument("--out", required=True, metavar="FILE",
                       help="the file to write; .pdf or .docx chooses the format")
    sheet.set_defaults(export_handler=cmd_case_sheet)


def cmd_case_sheet(args: argparse.Namespace) -> int:
    out = Path(args.out)
    kind = document_kind(out)
    from jagdesk.services.problem_solving.sheet import export_case_sheet

    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            sheet = export_case_sheet(uow, args.reference.strip(), out)
    if kind == "PDF":
        from jagdesk.exports.problem_solving.case_sheet_pdf import write_case_sheet_pdf

        write_case_sheet_pdf(sheet, out)
    else:
        from jagdesk.exports.problem_solving.case_sheet_docx import write_case_sheet_docx

        write_case_sheet_docx(sheet, out)
    print(f"Wrote the case sheet for {sheet.reference} to {out} ({kind}).")
    return 0

