"""`jagdesk export pack MEETING --out FILE.pdf [--public]`: a meeting's printed pack."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jagdesk.cli.commands import open_for_command
from jagdesk.cli.exports import export_subparsers
from jagdesk.errors import JagdeskError


def add_parsers(sub: Any) -> None:
    """Add `export pack` to the `export` command."""
    pack = export_subparsers(sub).add_parser(
        "pack", help="a meeting's pack as PDF: agenda, actions, hotspot sheets, cases, statistics")
    pack.add_argument("meeting", metavar="MEETING",
                      help="the meeting: its date (YYYY-MM-DD, after the series' name if several "
                           "meetings share it), its title or its id")
    pack.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    pack.add_argument("--public", action="store_true",
                      help="the public version: nobody named, no personal details, marked OFFICIAL")
    pack.set_defaults(export_handler=cmd_pack)


def cmd_pack(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise JagdeskError(f"--out must end in .pdf, not '{out.suffix or out.name}'.")
    from jagdesk.services.meeting_pack import build_meeting_pack
    from jagdesk.services.meetings import find_meeting

    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            meeting = find_meeting(uow, args.meeting)
            pack = build_meeting_pack(uow, meeting.id, public=args.public)
    # reportlab loads only when a document is written.
    from jagdesk.exports.pack_pdf import write_pack_pdf

    write_pack_pdf(pack, out)
    version = "public pack" if args.public else "pack"
    print(f"Wrote the {version} for {pack.meeting.title} ({pack.meeting.held_on:%d/%m/%Y}) to {out}.")
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {}
