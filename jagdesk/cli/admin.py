"""A PostgreSQL store shared by several people: `jagdesk server setup` (the roles, their privileges
and row-level security), `jagdesk server add-user NAME --role ROLE [--agency AGENCY]` and
`jagdesk server users [--json]`. Run with the store owner's login (--url, else --db)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import Any

from jagdesk.cli.output import to_json, to_table
from jagdesk.errors import JagdeskError
from jagdesk.services.admin.server_roles import ROLES
from jagdesk.services.admin.server_users import add_user, list_users, setup_server
from jagdesk.store.location import resolve_location
from jagdesk.store.opening import Store, open_store

NEW_PASSWORD_ENV = "JAGDESK_NEW_PASSWORD"


def add_parsers(sub: Any) -> None:
    """Add `server` and its commands."""
    server = sub.add_parser("server", help="roles and users of a PostgreSQL store")
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


def _new_password(name: str) -> str:
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise JagdeskError(f"add-user needs a password: set {NEW_PASSWORD_ENV}.")
    given = getpass.getpass(f"Password for {name}: ")
    if getpass.getpass("Type it again: ") != given:
        raise JagdeskError("The two passwords are not the same.")
    return given


def cmd_server(args: argparse.Namespace) -> int:
    with _open(args) as store:
        if args.server_command == "setup":
            roles = setup_server(store)
            print(f"Roles ready on {store.location.describe()}: {', '.join(roles)}")
        elif args.server_command == "add-user":
            added = add_user(store, args.name, args.role, _new_password(args.name), args.agency)
            tied = f" of {added.agency}" if added.agency else ""
            print(f"Added {added.name} as {args.role}{tied}.")
        else:
            found = list_users(store)
            print(to_json(found) if args.json else to_table(found, ["name", "roles", "agency"]))
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"server": cmd_server}
