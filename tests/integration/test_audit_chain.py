"""The audit trail's hash chain: every entry fits the one before it, on both engines, and
`jagdesk check` names the first entry changed or removed behind the app's back (with sqlite3 or
psql). The app itself never changes or deletes an entry; on PostgreSQL the server refuses it too."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from jagdesk.errors import StoreError
from jagdesk.services.admin.maintenance import check_store
from jagdesk.services.reference.agencies import (
    AgencyInput,
    ContactInput,
    delete_contact,
    save_agency,
    save_contact,
)
from jagdesk.store.location import resolve_location, sqlite_location
from jagdesk.store.models import AuditEntry
from jagdesk.store.opening import Store, open_store
from tests.support.command_line import Capsys, run
from tests.support.postgres import PostgresServer


def _four_entries(store: Store) -> None:
    """Entries 1 to 4: an agency and a contact added, the contact changed, then deleted."""
    with store.unit_of_work("alice") as uow:
        police = save_agency(uow, AgencyInput("Hertfordshire Constabulary", "police"))
        contact = save_contact(uow, ContactInput(police.id, "PC Aisha Rahman", "SNT", "01632 960202"))
    with store.unit_of_work("bob") as uow:
        save_contact(uow, ContactInput(police.id, "PC Aisha Rahman", "SNT", "01632 960299"),
                     contact.id, expected_version=1)
    with store.unit_of_work("carol") as uow:
        delete_contact(uow, contact.id, expected_version=2)


def test_each_save_chains_its_entries_on_after_the_last(store: Store) -> None:
    _four_entries(store)
    with store.unit_of_work() as uow:
        entries = [(e.seq, e.user, e.action, e.entry_hash) for e in
                   uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
    assert [entry[:3] for entry in entries] == [
        (1, "alice", "insert"), (2, "alice", "insert"), (3, "bob", "update"), (4, "carol", "delete")]
    assert len({entry[3] for entry in entries}) == 4
    assert all(len(entry[3]) == 64 for entry in entries)
    assert check_store(store).ok


def test_the_app_refuses_to_change_or_delete_an_entry(store: Store) -> None:
    _four_entries(store)
    with store.unit_of_work() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.seq == 3)).one()
        entry.user = "mallory"
        with pytest.raises(StoreError, match="^The audit trail cannot be changed or deleted; "):
            uow.commit()
    with store.unit_of_work() as uow:
        uow.session.delete(uow.session.scalars(select(AuditEntry).where(AuditEntry.seq == 3)).one())
        with pytest.raises(StoreError, match="^The audit trail cannot be changed or deleted; "):
            uow.commit()
    with store.unit_of_work() as uow:
        assert [e.user for e in uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq))] \
            == ["alice", "alice", "bob", "carol"]
    assert check_store(store).ok


def _sqlite_store(tmp_path: Path) -> Path:
    path = tmp_path / "t.db"
    with open_store(sqlite_location(path)) as store:
        _four_entries(store)
    return path


def _check(capsys: Capsys, store: str) -> tuple[int, str]:
    status, out, err = run(capsys, "--db", store, "check")
    assert err == ""
    return status, out


@pytest.mark.parametrize(("tampering", "named", "reason"), [
    ("UPDATE audit_entry SET \"user\" = 'dave' WHERE seq = 3",
     "audit entry 3 (update of contact 'PC Aisha Rahman' by dave at ",
     "it was changed after it was written"),
    ("DELETE FROM audit_entry WHERE seq = 2",
     "audit entry 3 (update of contact 'PC Aisha Rahman' by bob at ",
     "entry 2 is missing before it"),
    # A new hash put on a changed entry does not help: it must be what the chain computes.
    ("UPDATE audit_entry SET record_title = 'PC Someone Else', entry_hash = '" + "ab" * 32
     + "' WHERE seq = 2",
     "audit entry 2 (insert of contact 'PC Someone Else' by alice at ",
     "it was changed after it was written"),
])
def test_sqlite3_tampering_is_named_by_check(tmp_path: Path, capsys: Capsys, tampering: str,
                                            named: str, reason: str) -> None:
    path = _sqlite_store(tmp_path)
    with sqlite3.connect(path) as raw:
        raw.execute(tampering)
    status, out = _check(capsys, str(path))
    assert status == 1
    assert named in out
    assert out.rstrip().endswith(f"does not fit the chain: {reason}")


def _psql(server: PostgresServer, database: str, sql: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(server.bin / "psql"), "-X", "-v", "ON_ERROR_STOP=1",
                           server.dsn(database), "-c", sql],
                          capture_output=True, text=True, timeout=60, check=False)


def test_psql_changing_or_deleting_an_entry_is_refused_then_named_by_check(
        pg_server: PostgresServer, pg_url: str, capsys: Capsys) -> None:
    with open_store(resolve_location(pg_url)) as store:
        _four_entries(store)
    database = pg_url.rsplit("/", 1)[1]
    refused = _psql(pg_server, database, "UPDATE audit_entry SET \"user\" = 'dave' WHERE seq = 3")
    assert refused.returncode != 0
    assert "the audit trail cannot be changed or deleted" in refused.stderr
    assert _psql(pg_server, database, "DELETE FROM audit_entry").returncode != 0
    assert _psql(pg_server, database, "TRUNCATE audit_entry").returncode != 0
    assert _check(capsys, pg_url)[0] == 0

    # The owner (here a superuser) can only by first switching the trigger off.
    done = _psql(pg_server, database,
                 "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_sealed; "
                 "UPDATE audit_entry SET changes = '{}' WHERE seq = 3; "
                 "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_sealed")
    assert done.returncode == 0, done.stderr
    status, out = _check(capsys, pg_url)
    assert status == 1
    assert "audit entry 3 (update of contact 'PC Aisha Rahman' by bob at " in out
    assert "it was changed after it was written" in out

    with psycopg.connect(pg_server.dsn(database), autocommit=True) as conn:
        conn.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_sealed")
        conn.execute("DELETE FROM audit_entry WHERE seq IN (1, 2, 3)")
    status, out = _check(capsys, pg_url)
    assert status == 1
    assert "audit entry 4 (delete of contact 'PC Aisha Rahman' by carol at " in out
    assert "entries 1 to 3 are missing before it" in out
