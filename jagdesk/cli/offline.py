"""Taking a locality out onto a laptop and checking it back in: `jagdesk takeout` and `jagdesk checkin`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from jagdesk.cli.commands import TARGET_PASSPHRASE_ENV, _passphrase, _warned
from jagdesk.domain.common.validation import passphrase as passphrase_problem
from jagdesk.errors import JagdeskError
from jagdesk.store.file_header import is_encrypted_file
from jagdesk.store.location import PASSPHRASE_ENV, passphrase_from_env, resolve_location
from jagdesk.store.opening import Store, open_store

if TYPE_CHECKING:
    from jagdesk.services.offline.types import CheckinPlan


def takeout_arguments(takeout: argparse.ArgumentParser) -> None:
    from jagdesk.services.offline.types import DEFAULT_MONTHS

    takeout.add_argument("--locality", required=True, metavar="NAME",
                         help="the locality to take out, as the store names it")
    takeout.add_argument("--months", type=int, default=DEFAULT_MONTHS, metavar="N",
                         help=f"months of crime data to take (default {DEFAULT_MONTHS})")
    takeout.add_argument("--include-covert", action="store_true",
                         help="take covert work too (needs the RIPA officer role on a server)")
    takeout.add_argument("--to", required=True, metavar="FILE",
                         help=f"the new file, encrypted with {TARGET_PASSPHRASE_ENV}, else "
                              f"{PASSPHRASE_ENV}, else a passphrase typed twice")


def _passphrase_from_env() -> str | None:
    """The take-out file's passphrase as the environment gives it: JAGDESK_TARGET_PASSPHRASE (on an
    encrypted store JAGDESK_PASSPHRASE is the store's own), else JAGDESK_PASSPHRASE."""
    return os.environ.get(TARGET_PASSPHRASE_ENV) or passphrase_from_env()


def _file_passphrase(file: Path) -> str:
    """The take-out file's passphrase: from the environment, else typed twice at a terminal."""
    given = _passphrase_from_env()
    if given is None:
        if not sys.stdin.isatty():
            raise JagdeskError(f"The take-out file needs a passphrase: set {TARGET_PASSPHRASE_ENV} "
                               f"or {PASSPHRASE_ENV}.")
        given = getpass.getpass(f"New passphrase for {file}: ")
        problem = passphrase_problem(given, getpass.getpass("Type it again: "))
        if problem:
            raise JagdeskError(problem)
    return given


def _open_server(args: argparse.Namespace) -> Store:
    """The store to take out of. JAGDESK_PASSPHRASE is the take-out file's when the store is not
    an encrypted file (a plain file or a server), so it is given to the store only when it is."""
    location = resolve_location(args.db)
    key = _passphrase(location) if is_encrypted_file(location.path) else None
    return _warned(open_store(location, key))


def cmd_takeout(args: argparse.Namespace) -> int:
    from jagdesk.services.offline.takeout import take_out
    from jagdesk.services.offline.types import TakeoutRequest

    file = Path(args.to)
    with _open_server(args) as server:
        request = TakeoutRequest(locality=args.locality, file=file,
                                 passphrase=_file_passphrase(file), months=args.months,
                                 include_covert=args.include_covert)
        result = take_out(server, request)
    covert = " with covert work" if args.include_covert else ""
    print(f"Took {result.locality} out{covert}: {result.records:,} records and {result.crimes:,} crimes "
          f"(the last {args.months} months) to {result.file}, taken at "
          f"{result.taken_at:%d %b %Y %H:%M} UTC.")
    return 0


def checkin_arguments(checkin: argparse.ArgumentParser) -> None:
    checkin.add_argument("file", metavar="FILE",
                         help=f"the take-out file (its passphrase from {TARGET_PASSPHRASE_ENV}, else "
                              f"{PASSPHRASE_ENV}, else typed)")
    checkin.add_argument("--dry-run", action="store_true",
                         help="say what the check-in would do, and change nothing")
    checkin.add_argument("--keep", choices=("laptop", "server"),
                         help="resolve every conflict with the laptop's or the server's version")


def _laptop_passphrase(file: Path) -> str | None:
    """The take-out file's passphrase: from the environment, else typed at a terminal."""
    given = _passphrase_from_env()
    if given is None and sys.stdin.isatty():
        given = getpass.getpass(f"Passphrase for {file}: ")
    return given


def _print_plan(plan: CheckinPlan) -> None:
    origin = plan.origin
    print(f"Take-out of {origin.locality} from {origin.source}, by {origin.taken_by} on "
          f"{origin.taken_at:%d %b %Y %H:%M} UTC:")
    for heading, labels in (("Added", plan.added), ("Changed", plan.changed),
                            ("Deleted", plan.deleted)):
        print(f"{heading} ({len(labels)})" + (":" if labels else ""))
        for label in labels:
            print(f"  {label}")
    print(f"Renumbered ({len(plan.renumbered)})" + (":" if plan.renumbered else ""))
    for renumbered in plan.renumbered:
        print(f"  {renumbered.label}: {renumbered.old} -> {renumbered.new}")
    print(f"Conflicts ({len(plan.conflicts)})" + (":" if plan.conflicts else ""))
    for conflict in plan.conflicts:
        print(f"  {conflict.label}: {conflict.kind}")
        for field in conflict.fields:
            print(f"    {field.label}: laptop '{field.laptop}' / server '{field.server}' / "
                  f"original '{field.original}'")
    print(f"Audit and access entries from the laptop: {plan.trail_entries}")


def cmd_checkin(args: argparse.Namespace) -> int:
    from jagdesk.services.offline.checkin import check_in, plan_checkin
    from jagdesk.services.offline.types import Resolution, Side
    from jagdesk.store.location import sqlite_location

    file = Path(args.file)
    with _open_server(args) as server, open_store(sqlite_location(file), _laptop_passphrase(file),
                                                  create=False, backup_keep=0) as laptop:
        plan = plan_checkin(server, laptop)
        _print_plan(plan)
        if args.dry_run:
            print("Dry run: nothing was changed.")
            return 0
        if plan.conflicts and args.keep is None:
            raise JagdeskError(f"{len(plan.conflicts)} of the records were changed on both sides "
                               "(or deleted on one), so nothing was checked in: choose which "
                               "version to keep with --keep laptop or --keep server, or field by "
                               "field in the app (File > Check in...).")
        keep = Side(args.keep) if args.keep else Side.SERVER
        result = check_in(server, laptop, {conflict.key: Resolution(keep)
                                           for conflict in plan.conflicts})
    kept = f", {result.resolved} conflicts resolved as the {keep}'s" if result.resolved else ""
    print(f"Checked in at {result.checked_in_at:%d %b %Y %H:%M} UTC: {len(result.plan.added)} added, "
          f"{len(result.plan.changed)} changed, {len(result.plan.deleted)} deleted, "
          f"{len(result.plan.renumbered)} renumbered{kept}.")
    return 0
