"""Information governance on the command line: `jagdesk retention [--due] [--json]` (the retention
review's list; `--case-years`, `--intervention-years`, `--person-years` set the periods; keeping,
anonymising and erasing are done on the Retention page, where the officer reads the record first)
and `jagdesk export subject-access PERSON --out DIR`."""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from jagdesk.cli.commands import open_for_command
from jagdesk.cli.exports import export_subparsers
from jagdesk.cli.output import to_json
from jagdesk.domain.common.day_text import uk_day
from jagdesk.errors import JagdeskError


def retention_arguments(review: argparse.ArgumentParser) -> None:
    """The options of `retention`."""
    review.add_argument("--due", action="store_true", help="only those due for review today")
    review.add_argument("--json", action="store_true", help="print JSON")
    for kind, what in (("case", "problem-solving cases after closure"),
                       ("intervention", "ASB interventions after they ended"),
                       ("person", "people after their last link ended")):
        review.add_argument(f"--{kind}-years", type=int, metavar="N",
                            help=f"keep {what} N years (the RIPA record's years are the CCTV settings')")


def add_exports(sub: Any) -> None:
    """Add the subject access document to `export`."""
    access = export_subparsers(sub).add_parser(
        "subject-access", help="everything held about one person, as a PDF and a JSON file to redact")
    access.add_argument("person", metavar="PERSON", help="the person's name (or part of it) or record id")
    access.add_argument("--out", required=True, metavar="DIR", help="the folder to write the two files in")
    access.set_defaults(export_handler=cmd_subject_access)


def cmd_retention(args: argparse.Namespace) -> int:
    from jagdesk.services.governance.retention import retention_review
    from jagdesk.services.governance.settings import retention_years, save_retention_years

    today = date.today()
    changing = (args.case_years, args.intervention_years, args.person_years) != (None, None, None)
    with open_for_command(args, upgrade=False, lock=changing) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            if changing:
                now = retention_years(uow)
                save_retention_years(uow, _or(args.case_years, now.case_years),
                                     _or(args.intervention_years, now.intervention_years),
                                     _or(args.person_years, now.person_years))
            rows = retention_review(uow, today, due_only=args.due)
            years = retention_years(uow)
    if args.json:
        print(to_json(rows))
        return 0
    due = sum(1 for row in rows if row.due)
    print(f"Kept after they ended: cases {years.case_years} years, ASB interventions "
          f"{years.intervention_years}, RIPA records {years.ripa_years}, people {years.person_years} "
          f"after their last link; {due} {'record is' if due == 1 else 'records are'} due for review today.")
    for row in rows:
        when = f"review {'DUE since' if row.due else 'on'} {uk_day(row.review_on)}" if row.review_on else ""
        kept = f"  (kept: {row.kept_reason})" if row.kept_reason else ""
        print(f"  {row.kind}  {row.reference}  ended {uk_day(row.ended_on) if row.ended_on else '?'}  "
              f"{when}{kept}")
    return 0


def _or(given: int | None, current: int) -> int:
    return current if given is None else given


def _person_id(uow: Any, wanted: str) -> uuid.UUID:
    """The one person `wanted` names: a record id, else a name or part of one."""
    from jagdesk.services.people.people import list_people

    try:
        return uuid.UUID(wanted)
    except ValueError:
        pass
    found = list_people(uow, wanted)
    exact = [row for row in found if row.name.lower() == wanted.strip().lower()]
    if len(exact) == 1 or len(found) == 1:
        return (exact or found)[0].id
    if not found:
        raise JagdeskError(f"No one on the register is called '{wanted}'.")
    raise JagdeskError(f"{len(found)} people match '{wanted}'; give more of the name or the record id.")


def cmd_subject_access(args: argparse.Namespace) -> int:
    from jagdesk.exports.governance.subject_access import write_disclosure
    from jagdesk.services.governance.subject_access import export_subject_access

    out = Path(args.out)
    if not out.is_dir():
        raise JagdeskError(f"--out must be an existing folder; there is none at {out}.")
    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            disclosure = export_subject_access(uow, _person_id(uow, args.person), date.today(), out)
    pdf, data = write_disclosure(disclosure, out)
    print(f"Wrote {pdf} and {data}: other people's names are tagged [other person] for redaction.")
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"retention": cmd_retention}
