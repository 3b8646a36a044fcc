"""A PostgreSQL store shared by several people: `jagdesk server setup` (the roles, their privileges
and row-level security), `jagdesk server add-user NAME --role ROLE [--agency AGENCY]` and
`jagdesk server users [--json]`, run with the store owner's login (--url, else --db); and a SQLite
store's encryption: `jagdesk encrypt`, `decrypt` and `passphrase`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from jagdesk.cli.output import to_json, to_table
from jagdesk.errors import JagdeskError
from jagdesk.services.admin.encryption import change_key
from jagdesk.services.admin.server_roles import ROLES
from jagdesk.services.admin.server_users import add_user, list_users, setup_server
from jagdesk.store.file_header import SQLITE_HEADER, read_header
from jagdesk.store.location import StoreLocation, passphrase_from_env, resolve_location
from jagdesk.store.opening import Store, open_store

NEW_PASSWORD_ENV = "JAGDESK_NEW_PASSWORD"
NEW_PASSPHRASE_ENV = "JAGDESK_NEW_PASSPHRASE"


def server_arguments(server: argparse.ArgumentParser) -> None:
    """Add the commands of `server`."""
    what = server.add_subparsers(dest="server_command", metavar="COMMAND", required=True)
    setup = what.add_parser("setup", help="create the JAGDesk roles, their privileges and "
                                          "row-level security (may be run again)")
    user = what.add_parser("add-user", help="add a login with one role (password from "
                                            f"{NEW_PASSWORD_ENV}, else asked for)")
    user.add_argument("name", metavar="NAME", help="the login name, such as j.smith")
    user.add_argument("--role", required=True, choices=list(ROLES), metavar="ROLE",
                      help=f"one of {', '.join(ROLES)}")
    user.add_argument("--agency", metavar="AGENCY", help="a partner's agency, by its name")
    users = what.add_parser("users", help="the logins with a JAGDesk role")
    users.add_argument("--json", action="store_true", help="print JSON")
    for command in (setup, user, users):
        command.add_argument("--url", metavar="ADMIN_URL",
                             help="the store as its owner, such as postgresql://owner@host/jagdesk "
                                  "(default: --db)")


def _open(args: argparse.Namespace) -> Store:
    url = args.url or args.db
    if not url:
        raise JagdeskError("Give the PostgreSQL store with --url ADMIN_URL.")
    location = resolve_location(url)
    if location.is_sqlite:
        raise JagdeskError("Roles and users are for a PostgreSQL store; a SQLite store is one "
                           "person's file, protected by its passphrase.")
    return open_store(location)


def _new_secret(env: str, what: str, prompt: str) -> str:
    """A new password or passphrase: from `env`, else typed twice at a terminal."""
    given = os.environ.get(env)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise JagdeskError(f"A new {what} is needed: set {env}.")
    given = getpass.getpass(f"{prompt}: ")
    if getpass.getpass("Type it again: ") != given:
        raise JagdeskError(f"The two {what}s are not the same.")
    return given


def _current_passphrase(location: StoreLocation) -> str:
    given = passphrase_from_env()
    if given is None and sys.stdin.isatty():
        given = getpass.getpass(f"Passphrase for {location.describe()}: ")
    if not given:
        raise JagdeskError(f"{location.describe()} is encrypted: give its passphrase in "
                           "JAGDESK_PASSPHRASE.")
    return given


def cmd_encryption(args: argparse.Namespace) -> int:
    location = resolve_location(args.db)
    if location.path is None:
        raise JagdeskError("Encryption applies to a SQLite store; a PostgreSQL server protects "
                           "its own data (use TLS and the server's disk encryption).")
    if not location.path.is_file():
        raise JagdeskError(f"There is no JAGDesk store at {location.path}.")
    encrypted = read_header(location.path) != SQLITE_HEADER
    if args.command == "encrypt" and encrypted:
        raise JagdeskError(f"{location.path} is already encrypted; 'jagdesk passphrase' changes "
                           "its passphrase.")
    if args.command != "encrypt" and not encrypted:
        raise JagdeskError(f"{location.path} is not encrypted; 'jagdesk encrypt' encrypts it.")
    old = _current_passphrase(location) if encrypted else None
    new = None if args.command == "decrypt" else _new_secret(
        NEW_PASSPHRASE_ENV, "passphrase", f"New passphrase for {location.describe()}")
    kept = change_key(location, old, new, args.command)
    done = {"encrypt": "is encrypted", "decrypt": "is no longer encrypted",
            "passphrase": "has its new passphrase"}[args.command]
    print(f"{location.path} {done}; the backup made first is {kept}.")
    return 0


def cmd_server(args: argparse.Namespace) -> int:
    with _open(args) as store:
        if args.server_command == "setup":
            roles = setup_server(store)
            print(f"Roles ready on {store.location.describe()}: {', '.join(roles)}")
        elif args.server_command == "add-user":
            password = _new_secret(NEW_PASSWORD_ENV, "password", f"Password for {args.name}")
            added = add_user(store, args.name, args.role, password, args.agency)
            tied = f" of {added.agency}" if added.agency else ""
            print(f"Added {added.name} as {args.role}{tied}.")
        else:
            found = list_users(store)
            print(to_json(found) if args.json else to_table(found, ["name", "roles", "agency"]))
    return 0

