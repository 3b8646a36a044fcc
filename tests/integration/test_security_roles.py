"""Roles enforced by the PostgreSQL server: `jagdesk server setup`, `add-user` and `users`, then
each role logged in with plain SQL and through the app's services, showing what it can and cannot
read and change. The server refuses, not the app: psql sees no more than the app does."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import psycopg
import pytest
from psycopg import errors

from jagdesk.errors import StoreError
from jagdesk.services.people.people import list_people
from jagdesk.services.problem_solving.actions import add_update
from jagdesk.store.location import resolve_location
from jagdesk.store.opening import open_store
from tests.support.command_line import Capsys, run
from tests.support.postgres import PostgresServer
from tests.support.role_logins import login_names, login_url

ROLES = ("administrator", "officer", "ripa_officer", "partner", "auditor")
PARTNER_AGENCY = "William Sutton Housing"


@dataclass(frozen=True)
class Secured:
    """A demo store on the test server after `server setup`, with one login per role."""

    server: PostgresServer
    database: str
    owner_url: str
    logins: dict[str, str]  # role -> login name

    def url(self, role: str) -> str:
        return login_url(self.owner_url, self.logins[role])

    def sql(self, role: str) -> psycopg.Connection[tuple[object, ...]]:
        dsn = self.server.dsn(self.database).replace("user=postgres", f"user={self.logins[role]}")
        return psycopg.connect(dsn, autocommit=True)

    def owner(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.server.dsn(self.database), autocommit=True)


@pytest.fixture
def secured(pg_server: PostgresServer, pg_demo_url: str, capsys: Capsys,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[Secured]:
    with login_names(pg_server, pg_demo_url, capsys, monkeypatch, ROLES, PARTNER_AGENCY) as logins:
        yield Secured(pg_server, pg_demo_url.rsplit("/", 1)[1], pg_demo_url, logins)


def _count(conn: psycopg.Connection[tuple[object, ...]], sql: str) -> int:
    row = conn.execute(sql.encode()).fetchone()
    assert row is not None
    return int(str(row[0]))


def _refused(conn: psycopg.Connection[tuple[object, ...]], sql: str) -> str:
    with pytest.raises(errors.InsufficientPrivilege) as refused:
        conn.execute(sql.encode())
    return str(refused.value)


def test_setup_again_and_the_users_listed(secured: Secured, capsys: Capsys) -> None:
    assert run(capsys, "server", "setup", "--url", secured.owner_url)[0] == 0  # idempotent
    status, out, _err = run(capsys, "server", "users", "--json", "--url", secured.owner_url)
    assert status == 0
    ours = {user["name"]: (user["roles"], user["agency"]) for user in json.loads(out)
            if user["name"] in secured.logins.values()}
    assert ours == {name: (role, PARTNER_AGENCY if role == "partner" else "")
                    for role, name in secured.logins.items()}
    status, out, _err = run(capsys, "server", "users", "--url", secured.owner_url)
    partner = secured.logins["partner"]
    assert status == 0
    assert [line.split() for line in out.splitlines() if line.startswith(partner)] == [
        [partner, "partner", *PARTNER_AGENCY.split()]]
    with secured.owner() as conn:
        added = {str(row[0]) for row in conn.execute(
            "SELECT record_title FROM audit_entry WHERE action = 'add-user' AND \"user\" = 'postgres'")}
    assert f"Login {partner} added as partner of {PARTNER_AGENCY}" in added


def test_a_partner_reads_meetings_and_hotspots_but_no_people_or_covert_work(
        secured: Secured) -> None:
    with secured.sql("partner") as conn:
        for table in ("meeting", "agenda_item", "action", "action_update", "hotspot"):
            assert _count(conn, f"SELECT count(*) FROM {table}") > 0
        for table in ("person", "case_person", "problem_case", "ripa_authorisation",
                      "ripa_subject", "deployment", "audit_entry", "jagdesk_user_agency"):
            assert "permission denied" in _refused(conn, f"SELECT count(*) FROM {table}")


def _meeting_actions(secured: Secured) -> tuple[str, str]:
    """A meeting action of the partner's agency and one of another agency's (references)."""
    with secured.owner() as conn:
        rows = conn.execute(
            "SELECT x.reference, a.name FROM action x JOIN agency a ON a.id = x.owner_agency_id "
            "WHERE x.agenda_item_id IS NOT NULL ORDER BY x.reference").fetchall()
    ours = next(str(ref) for ref, agency in rows if agency == PARTNER_AGENCY)
    theirs = next(str(ref) for ref, agency in rows if agency != PARTNER_AGENCY)
    return ours, theirs


def test_a_partner_updates_its_own_agencys_actions_only(secured: Secured) -> None:
    ours, theirs = _meeting_actions(secured)
    statuses = "SELECT reference, status FROM action WHERE reference IN ('{}', '{}')"
    with secured.owner() as conn:
        before = dict(conn.execute(statuses.format(ours, theirs).encode()).fetchall())
    with secured.sql("partner") as conn:
        done = conn.execute(f"UPDATE action SET status = 'done' WHERE reference = '{ours}'".encode())
        assert done.rowcount == 1
        message = _refused(conn, f"UPDATE action SET status = 'cancelled' WHERE reference = '{theirs}'")
        assert "row-level security" in message
        # Nor can it take another agency's action over, or delete one.
        _refused(conn, "UPDATE action SET owner_agency_id = jagdesk_my_agency() "
                       f"WHERE reference = '{theirs}'")
        _refused(conn, f"DELETE FROM action WHERE reference = '{ours}'")
    with secured.owner() as conn:
        after = dict(conn.execute(statuses.format(ours, theirs).encode()).fetchall())
    assert after == {**before, ours: "done"}


def test_officers_see_no_covert_work_and_the_ripa_officer_does(secured: Secured) -> None:
    for role in ("officer", "administrator"):
        with secured.sql(role) as conn:
            assert _count(conn, "SELECT count(*) FROM person") == 14
            assert _count(conn, "SELECT count(*) FROM deployment") == 3  # the covert one hidden
            for table in ("ripa_authorisation", "ripa_subject"):
                _refused(conn, f"SELECT count(*) FROM {table}")
            assert _count(conn, "SELECT count(*) FROM audit_entry WHERE table_name LIKE 'ripa%'") == 0
            assert _count(conn, "SELECT count(*) FROM audit_entry") > 0
    with secured.sql("ripa_officer") as conn:
        assert _count(conn, "SELECT count(*) FROM ripa_subject") == 2
        assert _count(conn, "SELECT count(*) FROM deployment WHERE kind = 'covert'") == 1
        assert _count(conn, "SELECT count(*) FROM audit_entry WHERE table_name LIKE 'ripa%'") > 0


def test_the_auditor_reads_the_audit_trail_only(secured: Secured) -> None:
    with secured.sql("auditor") as conn:
        assert _count(conn, "SELECT count(*) FROM audit_entry WHERE table_name = 'ripa_subject'") == 2
        for table in ("person", "action", "meeting", "ripa_authorisation"):
            _refused(conn, f"SELECT count(*) FROM {table}")
        _refused(conn, "INSERT INTO agency (id) VALUES (gen_random_uuid())")


def test_no_role_changes_the_trail_or_writes_in_anothers_name(secured: Secured) -> None:
    for role in ROLES:
        with secured.sql(role) as conn:
            _refused(conn, "UPDATE audit_entry SET \"user\" = 'x'")
            _refused(conn, "DELETE FROM audit_entry")
    with secured.sql("officer") as conn:
        message = _refused(conn, "INSERT INTO audit_entry (id, at, \"user\", action, table_name, "
                                 "record_id, record_title, changes, seq, entry_hash) VALUES "
                                 "(gen_random_uuid(), now(), 'someone-else', 'insert', 'agency', "
                                 "gen_random_uuid(), '', '{}', 999999, '')")
        assert "row-level security" in message


def test_through_the_app_a_partner_is_refused_in_one_sentence(secured: Secured) -> None:
    ours, theirs = _meeting_actions(secured)
    with secured.owner() as conn:
        ids = dict(conn.execute("SELECT reference, id FROM action WHERE reference IN "
                                f"('{ours}', '{theirs}')").fetchall())
    with open_store(resolve_location(secured.url("partner"))) as store:
        assert store.login == secured.logins["partner"]
        with pytest.raises(StoreError) as refused, store.unit_of_work() as uow:
            list_people(uow)
        message = str(refused.value)
        assert message == ("Your login's role may not read the people register, so the server "
                           "refused it; nothing was changed.")
        with store.unit_of_work() as uow:
            note = add_update(uow, uuid.UUID(str(ids[ours])), date(2021, 3, 5), "Keys collected.")
        with pytest.raises(StoreError) as refused, store.unit_of_work() as uow:
            add_update(uow, uuid.UUID(str(ids[theirs])), date(2021, 3, 5), "Not ours.")
        assert str(refused.value) == ("Your login's role may not add action updates that are not its "
                                      "agency's, so the server refused it; nothing was changed.")
    with secured.owner() as conn:
        entries = conn.execute('SELECT "user", table_name FROM audit_entry WHERE record_id = %s',
                               (note.id,)).fetchall()
    # One entry, the app's: the server's trigger sees it and writes none of its own.
    assert entries == [(secured.logins["partner"], "action_update")]


def test_a_change_made_with_sql_is_recorded_by_the_server(secured: Secured, capsys: Capsys) -> None:
    with secured.sql("officer") as conn:
        conn.execute("UPDATE agency SET name = 'Victim Support Herts' WHERE name = 'Victim Support'")
    with secured.owner() as conn:
        conn.execute("DELETE FROM action_update WHERE id = (SELECT id FROM action_update LIMIT 1)")
        rows = conn.execute('SELECT "user", action, table_name, record_title, changes FROM '
                            "audit_entry ORDER BY seq DESC LIMIT 2").fetchall()
    (owner, deleted, table, _title, _changes), (officer, updated, agency, title, changes) = rows
    assert (owner, deleted, table) == ("postgres", "delete", "action_update")
    assert (officer, updated, agency, title) == (secured.logins["officer"], "update", "agency",
                                                 "Victim Support Herts")
    assert json.loads(str(changes)) == {"name": ["Victim Support", "Victim Support Herts"]}
    status, out, _err = run(capsys, "--db", secured.owner_url, "check")
    assert status == 0, out
