"""`jagdesk export action-log --out FILE.docx|.pdf|.csv [--meeting MEETING] [--overdue] [--all]`:
the action log to circulate after a meeting, added to the `export` command."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jagdesk.cli.commands import open_for_command
from jagdesk.cli.exports import export_subparsers
from jagdesk.domain.wording import plural


def add_parsers(sub: Any) -> None:
    """Add `export action-log` to the `export` command."""
    log = export_subparsers(sub).add_parser(
        "action-log", help="the action log (open actions) as Word, PDF or CSV, to circulate")
    log.add_argument("--out", required=True, metavar="FILE",
                     help="the file to write; .docx, .pdf or .csv chooses the format")
    log.add_argument("--meeting", metavar="MEETING",
                     help="only the actions agreed at this meeting: its date (YYYY-MM-DD), its "
                          "title or its id (the document carries the meeting's marking)")
    log.add_argument("--overdue", action="store_true",
                     help="only open actions past their due date")
    log.add_argument("--all", dest="every_status", action="store_true",
                     help="done and cancelled actions too (default: open actions only)")
    log.set_defaults(export_handler=cmd_action_log)


def cmd_action_log(args: argparse.Namespace) -> int:
    out = Path(args.out)
    from jagdesk.exports.meetings.action_log_files import log_kind, write_action_log

    log_kind(out)  # a wrong ending is refused before the store is opened
    from jagdesk.services.meetings.action_log import build_action_log_document

    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            document = build_action_log_document(
                uow, args.meeting, args.overdue, None if args.every_status else "open")
    kind = write_action_log(document, out)
    print(f"Wrote {plural(len(document.actions), 'action')} ({document.scope}) to {out} ({kind}).")
    return 0


# The export command's handler (jagdesk.cli.exports) runs this through set_defaults.
HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {}
