"""`jagdesk server` refusing bad input: one sentence on stderr, exit status 2, no login made."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from tests.support.command_line import Capsys, run
from tests.support.postgres import PostgresServer

NAME = "bad_input_user"


def _logins(server: PostgresServer) -> set[str]:
    with psycopg.connect(server.dsn("postgres")) as conn:
        return {str(row[0]) for row in conn.execute("SELECT rolname FROM pg_roles")}


@pytest.mark.parametrize(("args", "password", "message"), [
    (["Robert'); DROP TABLE person;--", "--role", "officer"], "a long enough password",
     "cannot be a login name: use lower-case letters"),
    ([NAME, "--role", "partner"], "a long enough password",
     "A partner belongs to an agency: give it with --agency."),
    ([NAME, "--role", "partner", "--agency", "Nobody Ltd"], "a long enough password",
     "There is no agency called 'Nobody Ltd' in the store"),
    ([NAME, "--role", "officer", "--agency", "Victim Support"], "a long enough password",
     "Only a partner is tied to an agency; leave out --agency for this role."),
    ([NAME, "--role", "officer"], "short", "The password must have at least 12 characters."),
])
def test_add_user_refuses_bad_input(pg_server: PostgresServer, pg_url: str, capsys: Capsys,
                                    monkeypatch: pytest.MonkeyPatch, args: list[str],
                                    password: str, message: str) -> None:
    assert run(capsys, "server", "setup", "--url", pg_url)[0] == 0
    monkeypatch.setenv("JAGDESK_NEW_PASSWORD", password)
    before = _logins(pg_server)
    status, out, err = run(capsys, "server", "add-user", *args, "--url", pg_url)
    assert (status, out) == (2, "")
    assert err.startswith("jagdesk: ") and message in err and err.count("\n") == 1
    assert _logins(pg_server) == before


def test_add_user_refuses_a_role_jagdesk_does_not_have(capsys: Capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(capsys, "server", "add-user", NAME, "--role", "postgres", "--url", "postgresql://x@h/d")
    assert stopped.value.code == 2
    assert "invalid choice: 'postgres'" in capsys.readouterr().err


def test_users_before_setup_and_on_sqlite(pg_url: str, tmp_path: Path, capsys: Capsys) -> None:
    status, _out, err = run(capsys, "server", "users", "--url", pg_url)
    assert status == 2
    assert err == ("jagdesk: The store's server is not set up for users yet: run "
                   "'jagdesk server setup' first.\n")
    status, _out, err = run(capsys, "server", "setup", "--url", str(tmp_path / "t.db"))
    assert status == 2
    assert err.startswith("jagdesk: Roles and users are for a PostgreSQL store;")
    assert not (tmp_path / "t.db").exists()
