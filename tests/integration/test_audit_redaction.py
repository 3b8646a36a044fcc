"""Redacting the audit trail when records are destroyed at the end of their retention: the values
go, the fact of each change stays, the chain is re-sealed so `check` finds it whole; and a trail
that no longer fits its chain is never re-sealed over."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from jagdesk.errors import StoreError
from jagdesk.services.admin.maintenance import check_store
from jagdesk.services.reference.agencies import AgencyInput, ContactInput, save_agency, save_contact
from jagdesk.store.audit_redaction import redact_records
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import AuditEntry
from jagdesk.store.opening import Store, open_store


def _agency_and_contact(store: Store) -> tuple[object, object]:
    with store.unit_of_work("alice") as uow:
        police = save_agency(uow, AgencyInput("Hertfordshire Constabulary", "police"))
        contact = save_contact(uow, ContactInput(police.id, "PC Aisha Rahman", "SNT", "01632 960202"))
    with store.unit_of_work("bob") as uow:
        save_contact(uow, ContactInput(police.id, "PC Aisha Rahman", "SNT", "01632 960299"),
                     contact.id, expected_version=1)
    return police.id, contact.id


def test_the_values_go_the_changes_stay_and_the_chain_fits(store: Store) -> None:
    police, contact = _agency_and_contact(store)
    with store.unit_of_work("carol") as uow:
        assert redact_records(uow.session.connection(), [contact], "[destroyed]") == 2
        uow.commit()
    with store.unit_of_work() as uow:
        entries = [(e.record_id, e.action, e.user, e.record_title, e.changes)
                   for e in uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
    about_contact = [entry[1:] for entry in entries if entry[0] == contact]
    assert [entry[:3] for entry in about_contact] == [
        ("insert", "alice", "[destroyed]"), ("update", "bob", "[destroyed]")]
    assert "Rahman" not in "".join(entry[3] for entry in about_contact)
    assert json.loads(about_contact[1][3])["phone"] == ["[destroyed]", "[destroyed]"]
    assert [entry[3] for entry in entries if entry[0] == police] == ["Hertfordshire Constabulary"]
    assert check_store(store).ok


def test_a_trail_that_does_not_fit_its_chain_is_not_resealed(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with open_store(sqlite_location(path)) as store:
        _police, contact = _agency_and_contact(store)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE audit_entry SET user = 'mallory' WHERE seq = 1")
    with open_store(sqlite_location(path)) as store:
        with store.unit_of_work() as uow, pytest.raises(StoreError, match="does not fit its chain"):
            redact_records(uow.session.connection(), [contact], "[destroyed]")
        with store.unit_of_work() as uow:
            titles = [e.record_title for e in uow.session.scalars(select(AuditEntry))]
        assert "[destroyed]" not in titles
        assert not check_store(store).ok
