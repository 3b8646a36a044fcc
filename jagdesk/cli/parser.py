"""The command line's grammar."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from jagdesk import __version__
from jagdesk.cli.capabilities import CAPABILITIES
from jagdesk.services.admin.listing import KINDS


class OneLineParser(argparse.ArgumentParser):
    """Reports a wrong command line as one sentence on stderr, like every other refusal."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"jagdesk: {message} (see 'jagdesk --help').\n")


def build_parser(more: Sequence[ModuleType] = ()) -> argparse.ArgumentParser:
    """The parser for `jagdesk [--db URL] COMMAND ...`, with the commands of the capabilities and
    of the modules `more` (the admin feature's, which the capabilities may not import)."""
    parser = OneLineParser(
        prog="jagdesk",
        description="JAGDesk: Joint Action Group case work. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"JAGDesk {__version__}")
    parser.add_argument(
        "--db", metavar="URL",
        help="the store: a SQLite file path or a SQLAlchemy URL such as "
             "postgresql://user@host/jagdesk (default: JAGDESK_DB, else the file in the data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help="open the app (the default)")
    init = sub.add_parser("init", help="create the store, or upgrade it to this version")
    init.add_argument("--encrypt", action="store_true",
                      help="create an encrypted SQLite store (passphrase from JAGDESK_PASSPHRASE "
                           "or asked for)")
    sub.add_parser("demo", help="load the demo partnership into an empty store")
    check = sub.add_parser("check", help="check integrity and schema version; count records")
    check.add_argument("--json", action="store_true", help="print JSON")
    backup = sub.add_parser("backup", help="write a complete copy of the store to a new file")
    backup.add_argument("file", metavar="FILE")
    restore = sub.add_parser("restore", help="replace the store's records with a backup's")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    transfer = sub.add_parser("transfer", help="copy every record to another, empty store")
    transfer.add_argument("--to", required=True, metavar="URL", help="the target store")
    transfer.add_argument(
        "--decrypt", action="store_true",
        help="copy an encrypted store to an unencrypted target (by default a SQLite target is "
             "encrypted with JAGDESK_TARGET_PASSPHRASE, else the store's own passphrase)")
    listing = sub.add_parser("list", help="list records of one kind")
    listing.add_argument("kind", choices=sorted(KINDS), metavar="KIND",
                         help="one of: " + ", ".join(sorted(KINDS)))
    listing.add_argument("--json", action="store_true", help="print JSON")
    shots = sub.add_parser("screenshots", help="render every main page to PNG files")
    shots.add_argument("folder", metavar="DIR")
    for capability in (*CAPABILITIES, *more):
        capability.add_parsers(sub)
    return parser
