"""`jagdesk export pack MEETING --out FILE.pdf [--public]`: a meeting's printed pack."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jagdesk.cli.commands import open_for_command
from jagdesk.cli.exports import export_subparsers
from jagdesk.errors import JagdeskError
from jagdesk.services.meetings.pack.redact import PackReview, ReviewKind


def add_parsers(sub: Any) -> None:
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
    if (args.withhold or args.confirm) and not args.public:
        raise JagdeskError("--withhold and --confirm are for the public pack: add --public.")
    if any(not word.strip() for word in args.withhold):
        raise JagdeskError("--withhold needs a word or a name, not an empty text.")
    from jagdesk.services.meetings import find_meeting
    from jagdesk.services.meetings.pack.pack import build_meeting_pack

    review = PackReview(withhold=tuple(w.strip() for w in args.withhold))
    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            meeting = find_meeting(uow, args.meeting)
            pack = build_meeting_pack(uow, meeting.id, public=args.public, review=review)
    if args.public and not args.confirm:
        print("\n".join(_review_lines(review)))
        print(f"Nothing written: check the list, then run again with --confirm to write {out}.")
        return 0
    # reportlab loads only when a document is written.
    from jagdesk.exports.meetings.pack.pdf import write_pack_pdf

    write_pack_pdf(pack, out)
    version = "public pack" if args.public else "pack"
    print(f"Wrote the {version} for {pack.meeting.title} ({pack.meeting.held_on:%d/%m/%Y}) to {out}.")
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {}
