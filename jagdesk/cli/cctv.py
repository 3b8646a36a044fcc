"""CCTV on the command line: `jagdesk import authorisations|cameras FILE`, `jagdesk export
ripa-register`, `ripa-return` and `ripa-retention` (the lists are `jagdesk list authorisations`,
`cameras` and `deployments`)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from jagdesk.cli.commands import open_for_command
from jagdesk.cli.exports import export_subparsers
from jagdesk.cli.output import to_json
from jagdesk.cli.places import import_subparsers
from jagdesk.domain.common.day_text import uk_day
from jagdesk.domain.common.marking import Marking
from jagdesk.domain.common.wording import plural
from jagdesk.errors import JagdeskError
from jagdesk.importers.spreadsheet import parse_columns, parse_day


def add_imports(sub: Any) -> None:
    what = import_subparsers(sub)
    register = what.add_parser(
        "authorisations", help="add a RIPA register kept in a spreadsheet (.csv or .xlsx)")
    register.add_argument("file", metavar="FILE")
    register.add_argument("--columns", metavar="NAME=HEADING,...",
                          help="headings of columns not found by name, such as \"urn=Ref\"")
    register.add_argument("--all-or-nothing", action="store_true",
                          help="import nothing when any row breaks a rule")
    register.set_defaults(import_handler=cmd_import_authorisations)
    cameras = what.add_parser("cameras", help="add or update cameras from a list (.csv or .xlsx)")
    cameras.add_argument("file", metavar="FILE")
    cameras.add_argument("--columns", metavar="NAME=HEADING,...",
                         help="headings of columns not found by name, such as \"id=Camera no\"")
    cameras.set_defaults(import_handler=cmd_import_cameras)


def add_exports(sub: Any) -> None:
    what = export_subparsers(sub)
    register = what.add_parser("ripa-register", help="the central record of RIPA authorisations")
    register.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    register.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    register.add_argument("--out", required=True, metavar="FILE",
                          help="the file to write; .pdf or .csv chooses the format")
    register.set_defaults(export_handler=cmd_ripa_register)
    figures = what.add_parser("ripa-return", help="a year's figures of RIPA authorisations")
    figures.add_argument("--year", required=True, type=int, metavar="YYYY")
    figures.add_argument("--json", action="store_true", help="print JSON")
    figures.set_defaults(export_handler=cmd_ripa_return)
    kept = what.add_parser("ripa-retention",
                           help="when each RIPA authorisation is due for its destruction review")
    kept.add_argument("--due", action="store_true", help="only those due for review today")
    kept.add_argument("--json", action="store_true", help="print JSON")
    kept.set_defaults(export_handler=cmd_ripa_retention)


def _day(text: str, option: str) -> date:
    try:
        day = parse_day(text)
    except ValueError as exc:
        raise JagdeskError(f"{option}: {exc}.") from None
    if day is None:
        raise JagdeskError(f"{option} needs a date.")
    return day


def cmd_import_authorisations(args: argparse.Namespace) -> int:
    from jagdesk.services.cctv.ripa_import import import_register

    named = parse_columns(args.columns)
    with open_for_command(args) as store, store.unit_of_work() as uow:
        report = import_register(uow, Path(args.file), named, args.all_or_nothing)
    first, *rest = report.sentences()
    if not report.saved:
        # Refused as a whole, as the other imports are: each line's reason, then exit status 2.
        print("\n".join(rest))
        raise JagdeskError(first)
    print("\n".join([first, *rest]))
    return 0


def cmd_import_cameras(args: argparse.Namespace) -> int:
    from jagdesk.services.cctv.camera_import import import_cameras

    named = parse_columns(args.columns)
    with open_for_command(args) as store, store.unit_of_work() as uow:
        summary = import_cameras(uow, Path(args.file), named)
    print(summary.sentence())
    return 0


def cmd_ripa_register(args: argparse.Namespace) -> int:
    out = Path(args.out)
    first, last = _day(args.first, "--from"), _day(args.last, "--to")
    if last < first:
        raise JagdeskError("--to must not be before --from.")
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise JagdeskError(f"--out must end in .pdf or .csv, not '{out.suffix or out.name}'.")
    from jagdesk.services.cctv.ripa_record import export_central_record

    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            record = export_central_record(uow, first, last, out)
    if suffix == ".pdf":
        from jagdesk.exports.cctv.ripa_register_pdf import write_register_pdf

        write_register_pdf(record, out)
    else:
        from jagdesk.exports.cctv.ripa_register_csv import write_register_csv

        write_register_csv(record, out)
    print(f"Wrote the central record ({plural(len(record.rows), 'authorisation')}) to {out}.")
    return 0


def cmd_ripa_return(args: argparse.Namespace) -> int:
    from jagdesk.services.cctv.ripa_record import export_yearly_return

    if not 1900 <= args.year <= 9999:
        raise JagdeskError(f"--year must be a year such as 2026, not {args.year}.")
    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            figures = export_yearly_return(uow, args.year)
    print(to_json(figures) if args.json else figures.sentence())
    return 0


def cmd_ripa_retention(args: argparse.Namespace) -> int:
    from jagdesk.services.cctv.retention import retention_schedule
    from jagdesk.services.cctv.settings import cctv_settings
    from jagdesk.services.common.access import record_export

    today = date.today()
    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            rows = retention_schedule(uow, today, due_only=args.due)
            years = cctv_settings(uow).retention_years
            # The authorisations' URNs and status: covert work, as sensitive as the central record.
            record_export(uow, f"RIPA retention schedule, {plural(len(rows), 'authorisation')}",
                          Marking.OFFICIAL_SENSITIVE.value, False, kind="ripa_authorisation")
    if args.json:
        print(to_json(rows))
        return 0
    due = sum(1 for row in rows if row.due)
    print(f"The central record keeps an authorisation {years} years after its cancellation or end; "
          f"{due} {'is' if due == 1 else 'are'} due for the destruction review today.")
    for row in rows:
        when = (f"closed {uk_day(row.closed_on)}, review {'DUE since' if row.due else 'on'} "
                f"{uk_day(row.review_on)}" if row.closed_on and row.review_on else "open")
        print(f"  {row.urn}  {row.status}  {when}")
    return 0

