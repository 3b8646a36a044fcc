"""One function per command: open the store as the command needs, call a service, print."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from jagdesk.cli.output import to_json, to_table
from jagdesk.domain.common.validation import passphrase as passphrase_problem
from jagdesk.errors import JagdeskError, StoreError
from jagdesk.store.file_header import is_encrypted_file
from jagdesk.store.location import StoreLocation, passphrase_from_env, resolve_location

if TYPE_CHECKING:
    from jagdesk.store.opening import Store

# Each command imports the services it calls itself: every command loads this module, and the
# demo alone takes about a second to import (capabilities.py lists the commands). The store
# layer too is imported where a command opens a store: `jagdesk gui` paints its window first.
TARGET_PASSPHRASE_ENV = "JAGDESK_TARGET_PASSPHRASE"


def init_arguments(init: argparse.ArgumentParser) -> None:
    init.add_argument("--encrypt", action="store_true",
                      help="create an encrypted SQLite store (passphrase from JAGDESK_PASSPHRASE "
                           "or asked for)")


def json_argument(command: argparse.ArgumentParser) -> None:
    command.add_argument("--json", action="store_true", help="print JSON")


def check_arguments(check: argparse.ArgumentParser) -> None:
    json_argument(check)
    check.add_argument("--full", action="store_true",
                       help="compare the police.uk crimes with their indexes too (about a quarter "
                            "of a second more per 100,000 crimes)")


def backup_arguments(backup: argparse.ArgumentParser) -> None:
    backup.add_argument("file", metavar="FILE")


def restore_arguments(restore: argparse.ArgumentParser) -> None:
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def transfer_arguments(transfer: argparse.ArgumentParser) -> None:
    transfer.add_argument("--to", required=True, metavar="URL", help="the target store")
    transfer.add_argument(
        "--decrypt", action="store_true",
        help="copy an encrypted store to an unencrypted target (by default a SQLite target is "
             "encrypted with JAGDESK_TARGET_PASSPHRASE, else the store's own passphrase)")


def list_arguments(listing: argparse.ArgumentParser) -> None:
    from jagdesk.services.admin.listing import KINDS

    listing.add_argument("kind", choices=sorted(KINDS), metavar="KIND",
                         help="one of: " + ", ".join(sorted(KINDS)))
    json_argument(listing)


def screenshots_arguments(shots: argparse.ArgumentParser) -> None:
    shots.add_argument("folder", metavar="DIR")
    shots.add_argument("--size", default="1366x700", metavar="WIDTHxHEIGHT",
                       help="the window's size in pixels (default 1366x700, a council laptop's "
                            "screen less its taskbar)")


def _window_size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if sep and width.isdigit() and height.isdigit() and 640 <= int(width) <= 7680 \
            and 480 <= int(height) <= 4320:
        return int(width), int(height)
    raise JagdeskError(f"--size must be a width and a height in pixels, such as 1366x700, from "
                       f"640x480 to 7680x4320, not '{text}'.")


def _passphrase(location: StoreLocation) -> str | None:
    """JAGDESK_PASSPHRASE, else asked for at a terminal when the file is encrypted."""
    given = passphrase_from_env()
    if given is None and is_encrypted_file(location.path) and sys.stdin.isatty():
        given = getpass.getpass(f"Passphrase for {location.describe()}: ")
    return given


def open_for_command(args: argparse.Namespace, *, upgrade: bool = True, lock: bool = True,
                     create: bool = False, protect: Sequence[Path] = ()) -> Store:
    """The store named by --db, opened as the command needs (read-only commands take no lock)."""
    from jagdesk.store.opening import open_store

    location = resolve_location(args.db)
    return _warned(open_store(location, _passphrase(location), create=create, upgrade=upgrade,
                              lock=lock, protect=protect))


def _warned(store: Store) -> Store:
    """The store, once what the user must know of it (a damaged store) is said on stderr."""
    if store.warning:
        print(f"jagdesk: warning: {store.warning}", file=sys.stderr)
    return store


def _new_passphrase() -> str:
    given = passphrase_from_env()
    if given is None:
        if not sys.stdin.isatty():
            raise JagdeskError("--encrypt needs a passphrase: set JAGDESK_PASSPHRASE.")
        given = getpass.getpass("New passphrase: ")
        repeated = getpass.getpass("Type it again: ")
        problem = passphrase_problem(given, repeated)
    else:
        problem = passphrase_problem(given)
    if problem:
        raise JagdeskError(problem)
    return given


def cmd_gui(args: argparse.Namespace) -> int:
    from jagdesk.gui.app import run_app  # Qt is loaded only when the GUI is wanted

    return run_app(args.db)


def cmd_init(args: argparse.Namespace) -> int:
    location = resolve_location(args.db)
    if args.encrypt:
        if location.path is None:
            raise JagdeskError("--encrypt applies to SQLite files; PostgreSQL secures its own data.")
        if location.path.exists() and location.path.stat().st_size > 0:
            raise StoreError(f"{location.path} already exists; encryption is chosen when a store "
                             "is created.")
        key: str | None = _new_passphrase()
    else:
        key = _passphrase(location)
    from jagdesk.store.opening import open_store

    with _warned(open_store(location, key)) as store:
        print(f"Store ready: {store.describe()} (schema {store.revision}).")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from jagdesk.services.demo import load as demo

    with open_for_command(args, create=True) as store, store.unit_of_work() as uow:
        # Placed around today, or the day JAGDESK_DEMO_DAY names (for reproducible demos).
        summary = demo.load_demo(uow)
    print(summary.sentence())
    for note in summary.notes():
        print(note)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    path = resolve_location(args.db).path
    file_check = None
    if path is not None and path.is_file() and not is_encrypted_file(path):
        from jagdesk.store.file_check import FileCheck

        # SQLite checks a plain file in a thread of its own while SQLAlchemy and the store load.
        file_check = FileCheck(path, full=args.full)
    from jagdesk.services.admin import maintenance

    try:
        with open_for_command(args, upgrade=False, lock=False) as store:
            report = maintenance.check_store(store, full=args.full, file_check=file_check)
    finally:
        if file_check is not None:  # a store refused: its check still closes the file first
            file_check.problems()
    if args.json:
        print(to_json(report))
    else:
        print(f"Store: {report.store}")
        print(f"Schema: {report.schema or 'none'} (this JAGDesk: {report.expected_schema})")
        for kind, count in report.counts.items():
            print(f"{kind}: {count}")
        print("Integrity: ok" if report.ok else "Problems:\n  " + "\n  ".join(report.problems))
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from jagdesk.services.admin import safekeeping

    with open_for_command(args, upgrade=False, lock=False) as store:
        dest = safekeeping.backup_store(store, Path(args.file), passphrase_from_env())
    print(f"Backed up to {dest}.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from jagdesk.services.admin import safekeeping

    location = resolve_location(args.db)
    # A new computer starts from a backup: restoring where there is no store yet creates it.
    new = location.path is not None and not location.path.exists()
    if not args.yes and not new:
        if not sys.stdin.isatty():
            raise JagdeskError("restore replaces every record in the store; add --yes to go ahead.")
        answer = input("Restore replaces every record in the store with the backup's. Go on? [y/N] ")
        if answer.strip().lower() not in {"y", "yes"}:
            print("Nothing was changed.")
            return 0
    try:
        # The file to restore may be one of the automatic backups a daily backup would prune.
        with open_for_command(args, create=new, protect=[Path(args.file).expanduser()]) as store:
            # The backup's passphrase: a PostgreSQL store's encrypted backup has one of its own.
            counts = safekeeping.restore_store(store, Path(args.file), passphrase_from_env())
    except BaseException:
        if new and location.path is not None:  # leave no empty store behind a refused restore
            from jagdesk.store.opening import remove_store_files

            remove_store_files(location.path)
        raise
    made = " into a new store" if new else ""
    print(f"Restored {sum(counts.values())} rows from {args.file}{made}.")
    return 0


def cmd_transfer(args: argparse.Namespace) -> int:
    from jagdesk.services.admin import transfer
    from jagdesk.store.opening import open_store

    target_location = resolve_location(args.to)
    source_location = resolve_location(args.db)
    if target_location.url == source_location.url:
        raise JagdeskError("The target is the open store itself; name another store with --to.")
    with open_for_command(args) as source:
        target_key = transfer.target_passphrase(
            source, target_location, os.environ.get(TARGET_PASSPHRASE_ENV) or None, args.decrypt)
        with open_store(target_location, target_key) as target:
            counts = transfer.transfer(source, target)
    total = sum(counts.values())
    print(f"Copied {total} rows to {target_location.describe()}; counts verified: "
          + ", ".join(f"{name} {count}" for name, count in counts.items()) + ".")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from jagdesk.services.admin.listing import KINDS, list_rows

    kind = KINDS[args.kind]
    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            rows = list_rows(uow, args.kind)
    print(to_json(rows) if args.json else to_table(rows, kind.columns))
    return 0


def cmd_screenshots(args: argparse.Namespace) -> int:
    from jagdesk.gui.screenshots import render_screenshots

    written = render_screenshots(args.db, Path(args.folder), _window_size(args.size))
    for path in written:
        print(path)
    return 0

