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
def role_logins(pg_server: PostgresServer, url: str, capsys: Capsys, monkeypatch: pytest.MonkeyPatch,
                roles: tuple[str, ...] = ("officer", "ripa_officer")) -> Iterator[dict[str, str]]:
    """The database at `url` after `server setup`, with a new login for each role: the URL each
    connects with, by role. The database and the logins are dropped afterwards."""
    assert run(capsys, "server", "setup", "--url", url)[0] == 0
    monkeypatch.setenv("JAGDESK_NEW_PASSWORD", PASSWORD)
    tag = uuid.uuid4().hex[:8]
    names = {role: f"{role}_{tag}" for role in roles}
    try:
        for role, name in names.items():
            status, _out, err = run(capsys, "server", "add-user", name, "--role", role, "--url", url)
            assert (status, err) == (0, ""), err
        yield {role: url.replace("postgres@", f"{name}:{PASSWORD}@") for role, name in names.items()}
    finally:
        # Sessions of the logins may still be open: the database goes first, then the logins.
        pg_server.admin(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
        for name in names.values():
            pg_server.admin(f'DROP ROLE IF EXISTS "{name}"')
