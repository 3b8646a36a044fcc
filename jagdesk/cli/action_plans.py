"""`jagdesk export action-plan YEAR --out FILE.docx|.pdf [--quarter N] [--marking M]`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jagdesk.cli.commands import open_for_command
from jagdesk.cli.exports import document_kind, export_subparsers
from jagdesk.domain.common.marking import Marking


def _year(text: str) -> int:
    """2026, or the plan's period as printed ("2026-2027", "2026/27")."""
    head = text.strip().replace("/", "-").split("-")[0]
    if not (head.isdigit() and len(head) == 4):
        raise argparse.ArgumentTypeError(f"'{text}' is not a plan year such as 2026 or 2026-2027")
    return int(head)


def add_parsers(sub: Any) -> None:
    """Add `export action-plan` to the `export` command."""
    plan = export_subparsers(sub).add_parser(
        "action-plan", help="a year's JAG action plan as a landscape table (Word or PDF)")
    plan.add_argument("year", type=_year, metavar="YEAR",
                      help="the year the plan starts, such as 2026 for 2026-2027")
    plan.add_argument("--out", required=True, metavar="FILE",
                      help="the file to write; .pdf or .docx chooses the format")
    plan.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), metavar="N",
                      help="the quarter whose updates to print, 1-4 (default: the latest)")
    plan.add_argument("--marking", choices=[m.value for m in Marking], default=Marking.OFFICIAL.value,
                      help="the protective marking at the top and bottom of every page "
                           "(default: OFFICIAL)")
    plan.set_defaults(export_handler=cmd_action_plan)


def cmd_action_plan(args: argparse.Namespace) -> int:
    out = Path(args.out)
    kind = document_kind(out)
    from jagdesk.services.action_plans.plans import export_action_plan_document, find_plan

    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            found = find_plan(uow, args.year)
            plan = export_action_plan_document(uow, found.id, out, args.quarter, args.marking)
    # The writers load reportlab or python-docx: imported only when a document is written.
    if kind == "PDF":
        from jagdesk.exports.action_plans.action_plan_pdf import write_action_plan_pdf

        write_action_plan_pdf(plan, out)
    else:
        from jagdesk.exports.action_plans.action_plan_docx import write_action_plan_docx

        write_action_plan_docx(plan, out)
    print(f"Wrote the {plan.period} action plan to {out} ({kind}).")
    return 0

