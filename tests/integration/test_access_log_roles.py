"""The access log on a PostgreSQL store after `jagdesk server setup`: written in the name of the
login, read by the auditor and the administrator only, changed or deleted by nobody (not even the
owner without switching its trigger off, which `jagdesk check` then catches)."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from jagdesk.services.admin.audit_log import ACCESS, log_rows
from jagdesk.services.admin.session_roles import may_audit
from jagdesk.services.people.people import list_people, open_person
from jagdesk.store.location import resolve_location
from jagdesk.store.opening import open_store
from tests.integration import test_security_roles
from tests.integration.test_security_roles import ROLES, Secured
from tests.support.command_line import Capsys, run

secured = test_security_roles.secured  # the demo store after setup, one login per role


def _count(conn: psycopg.Connection[tuple[object, ...]], sql: str) -> int:
    row = conn.execute(sql.encode()).fetchone()
    assert row is not None
    return int(str(row[0]))


def _an_officer_opens_a_person(secured: Secured) -> str:
    with open_store(resolve_location(secured.url("officer"))) as store, store.unit_of_work() as uow:
        person = list_people(uow)[0]
        open_person(uow, person.id)
    return person.name


def test_the_auditor_and_administrator_read_the_log_and_a_partner_cannot(
        secured: Secured) -> None:
    name = _an_officer_opens_a_person(secured)
    officer = secured.logins["officer"]
    for role in ("auditor", "administrator"):
        with secured.sql(role) as conn:
            assert conn.execute('SELECT "user", action, kind, record_title FROM access_entry').fetchall() \
                == [(officer, "open", "person", name)]
    with secured.sql("partner") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("SELECT count(*) FROM access_entry")
    # The app asks the server who may see the Audit page, and reads the log for the auditor.
    allowed = {}
    for role in ROLES:
        with open_store(resolve_location(secured.url(role))) as store, store.unit_of_work() as uow:
            allowed[role] = may_audit(uow)
            if role == "auditor":
                rows = [row for row in log_rows(uow) if row.log == ACCESS]
    assert allowed == {"administrator": True, "officer": False, "ripa_officer": False,
                       "partner": False, "auditor": True}
    assert [(row.user, row.title) for row in rows] == [(officer, name)]


def test_nobody_changes_the_log_or_writes_in_anothers_name(secured: Secured,
                                                          capsys: Capsys) -> None:
    _an_officer_opens_a_person(secured)
    for role in ROLES:
        with secured.sql(role) as conn:
            for sql in ("UPDATE access_entry SET \"user\" = 'x'", "DELETE FROM access_entry"):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(sql.encode())
    with secured.sql("officer") as conn, pytest.raises(errors.InsufficientPrivilege) as refused:
        conn.execute("INSERT INTO access_entry (id, at, \"user\", action, kind, record_id, "
                     "record_title, details, seq, entry_hash) VALUES (gen_random_uuid(), now(), "
                     "'someone-else', 'open', 'person', gen_random_uuid(), '', '{}', 999999, '')")
    assert "row-level security" in str(refused.value)
    with secured.owner() as conn:
        with pytest.raises(errors.InsufficientPrivilege, match="cannot be changed or deleted"):
            conn.execute("UPDATE access_entry SET \"user\" = 'dave'")
        assert run(capsys, "--db", secured.owner_url, "check")[0] == 0
        conn.execute("ALTER TABLE access_entry DISABLE TRIGGER access_entry_sealed")
        conn.execute("UPDATE access_entry SET \"user\" = 'dave'")
        conn.execute("ALTER TABLE access_entry ENABLE TRIGGER access_entry_sealed")
    status, out, _err = run(capsys, "--db", secured.owner_url, "check")
    assert status == 1
    assert "access log entry 1 (open of person " in out
    assert out.rstrip().endswith("does not fit the chain: it was changed after it was written")
