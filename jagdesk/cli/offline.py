"""Taking a locality out onto a laptop: `jagdesk takeout`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from jagdesk.cli.commands import TARGET_PASSPHRASE_ENV, _is_encrypted_file, _warned
from jagdesk.domain.common.validation import passphrase as passphrase_problem
from jagdesk.errors import JagdeskError
from jagdesk.store.location import PASSPHRASE_ENV, passphrase_from_env, resolve_location
from jagdesk.store.opening import Store, open_store


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


def _file_passphrase(file: Path) -> str:
    """The take-out file's passphrase: from the environment, else typed twice at a terminal."""
    given = os.environ.get(TARGET_PASSPHRASE_ENV) or passphrase_from_env()
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
    key = passphrase_from_env() if _is_encrypted_file(location) else None
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
    print(f"Took {result.locality} out{covert}: {result.records} records and {result.crimes} crimes "
          f"(the last {args.months} months) to {result.file}, taken at "
          f"{result.taken_at:%d %b %Y %H:%M} UTC.")
    return 0
