"""`jagdesk export minutes MEETING --out FILE.docx [--template LETTERHEAD.docx]` and
`jagdesk export ics --out FILE.ics [--from DATE] [--to DATE] [--details]`: added to the `export`
command."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from jagdesk.cli.commands import open_for_command
from jagdesk.cli.exports import export_subparsers
from jagdesk.domain.wording import plural
from jagdesk.errors import JagdeskError

# The writers load python-docx and the fonts: imported when a file is written, not at start.


def add_parsers(sub: Any) -> None:
    """Add this capability's commands to the `export` command."""
    what = export_subparsers(sub)
    minutes = what.add_parser("minutes", help="a meeting's minutes as a Word document")
    minutes.add_argument("meeting", metavar="MEETING",
                         help="the meeting: its date (YYYY-MM-DD, after the series' name when two "
                              "meetings share it), its title or its id")
    minutes.add_argument("--out", required=True, metavar="FILE.docx", help="the Word file to write")
    minutes.add_argument("--template", metavar="LETTERHEAD.docx",
                         help="a Word document whose styles, header and page setup are used")
    minutes.set_defaults(export_handler=cmd_minutes)
    ics = what.add_parser("ics", help="meetings and open actions' due dates as a calendar file")
    ics.add_argument("--out", required=True, metavar="FILE.ics", help="the calendar file to write")
    ics.add_argument("--from", dest="first", metavar="DATE", help="the first day (YYYY-MM-DD)")
    ics.add_argument("--to", dest="last", metavar="DATE", help="the last day (YYYY-MM-DD)")
    ics.add_argument("--details", action="store_true",
                     help="also write each meeting's agenda and attendees and what each action is, "
                          "with its owner (by default: titles, times, places and action references "
                          "only; every event is private and carries its marking)")
    ics.set_defaults(export_handler=cmd_ics)


def _suffix(out: Path, suffix: str) -> None:
    if out.suffix.lower() != suffix:
        raise JagdeskError(f"--out must end in {suffix}, not '{out.suffix or out.name}'.")


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise JagdeskError(f"{option} '{text}' is not a date (YYYY-MM-DD).") from None


def cmd_minutes(args: argparse.Namespace) -> int:
    out = Path(args.out)
    _suffix(out, ".docx")
    from jagdesk.exports.meetings.minutes_docx import open_template, write_minutes_docx

    template = Path(args.template) if args.template else None
    if template is not None:
        open_template(template)  # refused before the store is opened, in one sentence
    from jagdesk.services.meetings import find_meeting
    from jagdesk.services.meetings.minutes_document import build_minutes_document

    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            meeting = find_meeting(uow, args.meeting)
            minutes = build_minutes_document(uow, meeting.id)
    write_minutes_docx(minutes, out, template)
    print(f"Wrote the minutes of {minutes.title} ({minutes.held_on:%d/%m/%Y}) to {out}.")
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    out = Path(args.out)
    _suffix(out, ".ics")
    first, last = _day(args.first, "--from"), _day(args.last, "--to")
    if first and last and last < first:
        raise JagdeskError("--to must not be before --from.")

    def wanted(day: date | None) -> bool:
        return day is not None and (first is None or day >= first) and (last is None or day <= last)

    from jagdesk.exports.meetings.calendar_ics import action_events, meeting_events, write_ics
    from jagdesk.services.meetings import get_meeting, list_meetings
    from jagdesk.services.meetings.action_log import action_log

    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            # The detail carries the end time and the chair; a listing row has neither.
            meetings = [get_meeting(uow, row.id) for row in reversed(list_meetings(uow))
                        if wanted(row.held_on)]
            actions = [row for row in action_log(uow, status="open") if wanted(row.due_on)]
    events = meeting_events(meetings, args.details) + action_events(actions, args.details)
    write_ics(events, out)
    print(f"Wrote {plural(len(meetings), 'meeting')} and {plural(len(actions), 'open action')} due to {out}.")
    return 0


# The export command's handler (jagdesk.cli.exports) runs these through set_defaults.
HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {}
