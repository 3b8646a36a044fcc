"""Meeting documents from the command line, added to the `export` command:
`jagdesk export minutes MEETING --out FILE.docx [--template LETTERHEAD.docx]`,
`jagdesk export ics --out FILE.ics [--from DATE] [--to DATE] [--details]`,
`jagdesk export pack MEETING --out FILE.pdf [--public]` (a meeting's printed pack) and
`jagdesk export action-log --out FILE.docx|.pdf|.csv [--meeting MEETING] [--overdue] [--all]`
(the action log to circulate after a meeting)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from jagdesk.cli.commands import open_for_command
from jagdesk.cli.exports import export_subparsers
from jagdesk.domain.common.day_text import uk_day
from jagdesk.domain.common.wording import plural
from jagdesk.errors import JagdeskError
from jagdesk.services.meetings.pack.redact import PackReview, ReviewKind

# The writers load python-docx, reportlab and the fonts: imported when a file is written, not at start.


def add_parsers(sub: Any) -> None:
    """Add this capability's commands to the `export` command."""
    _add_minutes_and_ics(sub)
    _add_pack(sub)
    _add_action_log(sub)


def _add_minutes_and_ics(sub: Any) -> None:
    """Add `export minutes` and `export ics` to the `export` command."""
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
    from jagdesk.services.meetings.minutes_document import export_minutes_document

    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            meeting = find_meeting(uow, args.meeting)
            minutes = export_minutes_document(uow, meeting.id, out)
    write_minutes_docx(minutes, out, template)
    print(f"Wrote the minutes of {minutes.title} ({uk_day(minutes.held_on)}) to {out}.")
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    out = Path(args.out)
    _suffix(out, ".ics")
    first, last = _day(args.first, "--from"), _day(args.last, "--to")
    if first and last and last < first:
        raise JagdeskError("--to must not be before --from.")

    def wanted(day: date | None) -> bool:
        return day is not None and (first is None or day >= first) and (last is None or day <= last)

    from jagdesk.exports.meetings.calendar_ics import (
        action_events,
        calendar_marking,
        meeting_events,
        write_ics,
    )
    from jagdesk.services.common.access import record_export
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
            record_export(uow, f"Calendar of {plural(len(events), 'event')}", calendar_marking(events),
                          False, out)
    write_ics(events, out)
    print(f"Wrote {plural(len(meetings), 'meeting')} and {plural(len(actions), 'open action')} due to {out}.")
    return 0


def _add_pack(sub: Any) -> None:
    """Add `export pack` to the `export` command."""
    pack = export_subparsers(sub).add_parser(
        "pack", help="a meeting's pack as PDF: agenda, actions, hotspot sheets, cases, statistics")
    pack.add_argument("meeting", metavar="MEETING",
                      help="the meeting: its date (YYYY-MM-DD, after the series' name if several "
                           "meetings share it), its title or its id")
    pack.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    pack.add_argument("--public", action="store_true",
                      help="the public version: nobody named, no personal details, marked OFFICIAL; "
                           "lists what it withholds and writes nothing until --confirm")
    pack.add_argument("--covert-detail", action="store_true",
                      help="also list the covert CCTV deployments (RIPA) on a restricted page at the "
                           "end (the ordinary pack only; by default it gives their count alone)")
    pack.add_argument("--withhold", action="append", default=[], metavar="WORD",
                      help="with --public: withhold this word or name too, wherever it appears "
                           "(repeat for more)")
    pack.add_argument("--confirm", action="store_true",
                      help="with --public: the list has been checked; write the public pack")
    pack.set_defaults(export_handler=cmd_pack)


def _review_lines(review: PackReview) -> list[str]:
    """The review as printed: what is withheld or left out, then the possible names left in."""
    withheld = [line for line in review.lines if line.kind != ReviewKind.POSSIBLE]
    lines = [f"Withheld from the public pack ({len(withheld)}):"]
    lines += [f"  {line.line()}" for line in withheld]
    possible = review.of_kind(ReviewKind.POSSIBLE)
    lines.append(f"Possible names left in ({len(review.possible_names)}): add --withhold \"WORD\" "
                 "for any that is a person's name.")
    lines += [f"  {line.line()}" for line in possible]
    return lines


def cmd_pack(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise JagdeskError(f"--out must end in .pdf, not '{out.suffix or out.name}'.")
    if args.covert_detail and args.public:
        raise JagdeskError("--covert-detail is for the ordinary pack: a public pack never holds "
                           "covert surveillance.")
    if (args.withhold or args.confirm) and not args.public:
        raise JagdeskError("--withhold and --confirm are for the public pack: add --public.")
    if any(not word.strip() for word in args.withhold):
        raise JagdeskError("--withhold needs a word or a name, not an empty text.")
    from jagdesk.services.meetings import find_meeting
    from jagdesk.services.meetings.pack.pack import export_meeting_pack

    review = PackReview(withhold=tuple(w.strip() for w in args.withhold))
    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            meeting = find_meeting(uow, args.meeting)
            pack = export_meeting_pack(uow, meeting.id, out if args.confirm or not args.public else None,
                                       args.public, review, args.covert_detail)
    if args.public and not args.confirm:
        print("\n".join(_review_lines(review)))
        print(f"Nothing written: check the list, then run again with --confirm to write {out}.")
        return 0
    # reportlab loads only when a document is written.
    from jagdesk.exports.meetings.pack.pdf import write_pack_pdf

    write_pack_pdf(pack, out)
    version = "public pack" if args.public else "pack"
    print(f"Wrote the {version} for {pack.meeting.title} ({uk_day(pack.meeting.held_on)}) to {out}.")
    return 0


def _add_action_log(sub: Any) -> None:
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
    from jagdesk.services.meetings.action_log import export_action_log_document

    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            document = export_action_log_document(
                uow, out, args.meeting, args.overdue, None if args.every_status else "open")
    kind = write_action_log(document, out)
    print(f"Wrote {plural(len(document.actions), 'action')} ({document.scope}) to {out} ({kind}).")
    return 0

