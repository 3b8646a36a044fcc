"""Logins with JAGDesk's roles on the test server's demo database, for tests of what each may do."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.support.command_line import Capsys, run
from tests.support.postgres import PostgresServer

PASSWORD = "correct horse battery"


@contextmanager
def login_names(pg_server: PostgresServer, url: str, capsys: Capsys,
                monkeypatch: pytest.MonkeyPatch, roles: tuple[str, ...],
                partner_agency: str = "") -> Iterator[dict[str, str]]:
    """The database at `url` after `server setup`, with a new login for each role (a partner's
    for `partner_agency`): each login's name, by role. The database and the logins are dropped
    afterwards."""
    assert run(capsys, "server", "setup", "--url", url)[0] == 0
    monkeypatch.setenv("JAGDESK_NEW_PASSWORD", PASSWORD)
    tag = uuid.uuid4().hex[:8]
    names = {role: f"{role}_{tag}" for role in roles}
    try:
        for role, name in names.items():
            agency = ["--agency", partner_agency] if role == "partner" else []
            status, _out, err = run(capsys, "server", "add-user", name, "--role", role, "--url", url,
                                    *agency)
            assert (status, err) == (0, ""), err
        yield names
    finally:
        # Sessions of the logins may still be open: the database goes first, then the logins.
        pg_server.admin(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
        for name in names.values():
            pg_server.admin(f'DROP ROLE IF EXISTS "{name}"')


def login_url(url: str, name: str) -> str:
    """The URL the login `name` connects to the database at `url` (the owner's) with."""
    return url.replace("postgres@", f"{name}:{PASSWORD}@")


@contextmanager
def role_logins(pg_server: PostgresServer, url: str, capsys: Capsys, monkeypatch: pytest.MonkeyPatch,
                roles: tuple[str, ...] = ("officer", "ripa_officer")) -> Iterator[dict[str, str]]:
    """As login_names, giving the URL each login connects with, by role."""
    with login_names(pg_server, url, capsys, monkeypatch, roles) as names:
        yield {role: login_url(url, name) for role, name in names.items()}
