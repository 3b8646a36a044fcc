"""Setting a PostgreSQL store up for several people, and the logins that use it: `jagdesk server
setup`, `add-user` and `users`. Run with the store owner's (or another role-making) login."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import DBAPIError

from jagdesk.errors import JagdeskError, StoreError
from jagdesk.services.admin.server_roles import ROLES, USER_AGENCY, apply_setup
from jagdesk.store.audit_chain import record_event
from jagdesk.store.engine import driver_reason
from jagdesk.store.models import Agency
from jagdesk.store.opening import Store

# A login name as PostgreSQL would take it unquoted, so it reads the same in psql and the trail.
LOGIN_NAME = re.compile(r"[a-z_][a-z0-9_.]{0,62}")
MIN_PASSWORD = 12
GROUP_PREFIX = "jagdesk_"


@dataclass(frozen=True)
class ServerUser:
    """A login of the store's server that has one of the JAGDesk roles."""

    name: str
    roles: str  # comma-separated, as a login may be given more than one role by hand
    agency: str


def _require_server(store: Store) -> None:
    if store.location.is_sqlite:
        raise JagdeskError("Roles and users are for a PostgreSQL store; a SQLite store is one "
                           "person's file, protected by its passphrase.")


def setup_server(store: Store) -> list[str]:
    """Create the JAGDesk roles and set their privileges and policies (again, if run before);
    the role names, for the message."""
    _require_server(store)
    try:
        with store.engine.begin() as connection:
            apply_setup(connection)
    except DBAPIError as exc:
        raise StoreError(f"The server refused the setup: {driver_reason(exc)}; nothing was "
                         "changed. Run it with the store owner's login.") from None
    return [GROUP_PREFIX + role for role in ROLES]


def _roles_ready(connection: Connection) -> bool:
    return bool(connection.exec_driver_sql(
        f"SELECT to_regclass('{USER_AGENCY}') IS NOT NULL").scalar())


def _agency_id(connection: Connection, agency: str) -> uuid.UUID:
    found = list(connection.execute(
        select(Agency.id).where(func.lower(Agency.name) == agency.strip().lower())))
    if not found:
        raise JagdeskError(f"There is no agency called '{agency}' in the store; add it first "
                           "(the agencies page) or give its name as the store has it.")
    return uuid.UUID(str(found[0][0]))


def user_problem(name: str, role: str, agency: str | None, password: str) -> str | None:
    """What is wrong with a new user's details, as one sentence; None if nothing."""
    if not LOGIN_NAME.fullmatch(name):
        return (f"'{name}' cannot be a login name: use lower-case letters, digits, '_' and '.', "
                "starting with a letter, at most 63 characters.")
    if role not in ROLES:
        return f"There is no role '{role}'; choose one of {', '.join(ROLES)}."
    if role == "partner" and not agency:
        return "A partner belongs to an agency: give it with --agency."
    if role != "partner" and agency:
        return "Only a partner is tied to an agency; leave out --agency for this role."
    if len(password) < MIN_PASSWORD:
        return f"The password must have at least {MIN_PASSWORD} characters."
    return None


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def add_user(store: Store, name: str, role: str, password: str, agency: str | None = None) -> ServerUser:
    """Create the login `name` in the group role of `role` (a partner tied to its agency)."""
    _require_server(store)
    problem = user_problem(name, role, agency, password)
    if problem:
        raise JagdeskError(problem)
    group = GROUP_PREFIX + role
    try:
        with store.engine.begin() as connection:
            if not _roles_ready(connection):
                raise JagdeskError("The store's server is not set up for users yet: run "
                                   "'jagdesk server setup' first.")
            if connection.exec_driver_sql(
                    f"SELECT 1 FROM pg_roles WHERE rolname = {_literal(name)}").first():
                raise JagdeskError(f"There is already a login called '{name}' on this server.")
            agency_id = _agency_id(connection, agency) if agency else None
            # The server stores only the password's SCRAM hash (PostgreSQL's default since 14).
            connection.exec_driver_sql(
                f'CREATE ROLE "{name}" LOGIN PASSWORD {_literal(password)} IN ROLE {group}')
            if agency_id is not None:
                connection.exec_driver_sql(
                    f"INSERT INTO {USER_AGENCY} (login, agency_id) "
                    f"VALUES ({_literal(name)}, {_literal(str(agency_id))})")
            tied = f" of {agency}" if agency else ""
            record_event(connection, store.author(), "add-user", f"Login {name} added as {role}{tied}",
                         {"login": [None, name], "role": [None, role], "agency": [None, agency]})
    except DBAPIError as exc:
        raise StoreError(f"The server refused the new user: {driver_reason(exc)}; nothing was "
                         "changed.") from None
    return ServerUser(name, role, agency or "")


def list_users(store: Store) -> list[ServerUser]:
    """Every login with a JAGDesk role, by name: its roles and (a partner's) agency."""
    _require_server(store)
    query = f"""
        SELECT u.rolname, array_agg(substr(g.rolname, {len(GROUP_PREFIX) + 1}) ORDER BY g.rolname)
        FROM pg_roles u
        JOIN pg_auth_members m ON m.member = u.oid
        JOIN pg_roles g ON g.oid = m.roleid
        WHERE g.rolname IN ({', '.join(_literal(GROUP_PREFIX + role) for role in ROLES)})
        GROUP BY u.rolname ORDER BY u.rolname"""
    with store.engine.connect() as connection:
        if not _roles_ready(connection):
            raise JagdeskError("The store's server is not set up for users yet: run "
                               "'jagdesk server setup' first.")
        agencies = {str(login): str(agency) for login, agency in connection.exec_driver_sql(
            f"SELECT u.login, a.name FROM {USER_AGENCY} u JOIN agency a ON a.id = u.agency_id")}
        return [ServerUser(str(name), ", ".join(roles), agencies.get(str(name), ""))
                for name, roles in connection.exec_driver_sql(query)]
