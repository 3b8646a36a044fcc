"""ASB case reviews on the command line: `jagdesk import case-reviews FILE` (an earlier log),
`jagdesk export case-review-figures` (the published figures) and `jagdesk export
case-review-letter` (the letter to the applicant); `jagdesk list case-reviews` is in listing."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from jagdesk.cli.commands import open_for_command
from jagdesk.cli.exports import export_subparsers
from jagdesk.cli.output import to_json
from jagdesk.cli.places import import_subparsers
from jagdesk.domain.common.day_text import day_problem, read_day
from jagdesk.errors import JagdeskError

FIGURE_FORMATS = {".csv": "CSV", ".pdf": "PDF"}


def add_imports(sub: Any) -> None:
    """Add `import case-reviews`."""
    log = import_subparsers(sub).add_parser(
        "case-reviews", help="add the ASB case review applications of an earlier log (.csv or .xlsx)")
    log.add_argument("file", metavar="FILE")
    log.add_argument("--all-or-nothing", action="store_true",
                     help="import nothing when any row is refused")
    log.set_defaults(import_handler=cmd_import_case_reviews)


def add_exports(sub: Any) -> None:
    """Add the two documents of `export`: the yearly figures and the applicant's letter."""
    what = export_subparsers(sub)
    figures = what.add_parser("case-review-figures",
                              help="the yearly ASB case review figures: counts only, for publishing")
    figures.add_argument("--from", dest="first", metavar="DATE",
                         help="the first day received (default: 1 April of this financial year)")
    figures.add_argument("--to", dest="last", metavar="DATE",
                         help="the last day received (default: 31 March)")
    out = figures.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument("--out", metavar="FILE", help="the file to write; .csv or .pdf chooses the format")
    figures.set_defaults(export_handler=cmd_figures)
    letter = what.add_parser("case-review-letter", help="the letter to a case review's applicant")
    letter.add_argument("reference", metavar="REF", help="the application's reference, such as CR-2026-004")
    letter.add_argument("--out", required=True, metavar="FILE.docx")
    letter.add_argument("--template", metavar="FILE.docx",
                        help="the Word template (default: the partnership's, else the one shipped)")
    letter.set_defaults(export_handler=cmd_letter)


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    found = read_day(text, date.today())
    if found is None:
        raise JagdeskError(f"{option}: {day_problem(text)}")
    return found


def cmd_import_case_reviews(args: argparse.Namespace) -> int:
    from jagdesk.services.case_review.import_log import import_case_reviews

    path = Path(args.file)
    if not path.is_file():
        raise JagdeskError(f"There is no file {path}.")
    with open_for_command(args) as store, store.unit_of_work() as uow:
        summary = import_case_reviews(uow, path, all_or_nothing=args.all_or_nothing)
    print(summary.sentence())
    for rejection in summary.rejections:
        print(f"  {rejection}")
    return 0


def cmd_figures(args: argparse.Namespace) -> int:
    from jagdesk.services.case_review.figures import export_case_review_figures

    first, last = _day(args.first, "--from"), _day(args.last, "--to")
    out = Path(args.out) if args.out else None
    kind = FIGURE_FORMATS.get(out.suffix.lower()) if out else None
    if out is not None and kind is None:
        raise JagdeskError(f"--out must end in .csv or .pdf, not '{out.suffix or out.name}'.")
    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            figures = export_case_review_figures(uow, first, last, out)
    if out is None:
        print(to_json(figures) if args.json else "\n".join(
            [figures.title, *(f"{row[0]}: {row[1]}" + (f" of {row[2]}" if row[2] != "" else "")
                              for row in figures.body())]))
        return 0
    if kind == "PDF":
        from jagdesk.exports.case_review.figures_pdf import write_figures_pdf

        write_figures_pdf(figures, out)
    else:
        from jagdesk.exports.common.csv_export import write_table

        write_table(out, figures)
    print(f"Wrote {figures.title} to {out} ({kind}).")
    return 0


def cmd_letter(args: argparse.Namespace) -> int:
    from jagdesk.exports.case_review.letter_docx import write_letter_docx
    from jagdesk.services.case_review.applications import find_case_review
    from jagdesk.services.case_review.letter import export_letter, letter_template

    out = Path(args.out)
    if out.suffix.lower() != ".docx":
        raise JagdeskError(f"--out must end in .docx, not '{out.suffix or out.name}'.")
    template = Path(args.template) if args.template else letter_template()
    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            letter = export_letter(uow, find_case_review(uow, args.reference).id, out)
    write_letter_docx(letter, template, out)
    print(f"Wrote the letter for {letter.reference} to {out}.")
    return 0

