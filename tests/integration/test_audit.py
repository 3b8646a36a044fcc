"""The audit trail: every insert, update and delete, with who, what and the fields old and new."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from jagdesk.errors import StoreError
from jagdesk.services.reference.agencies import (
    AgencyInput,
    ContactInput,
    delete_contact,
    save_agency,
    save_contact,
)
from jagdesk.store.models import Agency, AuditEntry, Contact
from jagdesk.store.opening import Store


@dataclass(frozen=True)
class Entry:
    at: datetime
    user: str
    action: str
    table_name: str
    record_id: uuid.UUID
    record_title: str
    changes: str


def _entries(store: Store) -> list[Entry]:
    with store.unit_of_work() as uow:
        query = select(AuditEntry).order_by(AuditEntry.at)
        return [Entry(e.at, e.user, e.action, e.table_name, e.record_id, e.record_title, e.changes)
                for e in uow.session.scalars(query)]


def test_insert_update_delete_each_leave_an_entry(store: Store) -> None:
    before = datetime.now(UTC) - timedelta(seconds=1)
    with store.unit_of_work("alice") as uow:
        police = save_agency(uow, AgencyInput("Hertfordshire Constabulary", "police"))
        contact = save_contact(uow, ContactInput(police.id, "PC Aisha Rahman", "SNT",
                                                 "01632 960202"))
    with store.unit_of_work("bob") as uow:
        save_contact(uow, ContactInput(police.id, "PC Aisha Rahman", "SNT", "01632 960299",
                                       "aisha.rahman@herts.example.police.uk"),
                     contact.id, expected_version=1)
    with store.unit_of_work("carol") as uow:
        delete_contact(uow, contact.id, expected_version=2)

    entries = _entries(store)
    assert [(e.user, e.action, e.table_name, e.record_id) for e in entries] == [
        ("alice", "insert", "agency", police.id),
        ("alice", "insert", "contact", contact.id),
        ("bob", "update", "contact", contact.id),
        ("carol", "delete", "contact", contact.id),
    ]
    assert all(e.at.tzinfo is not None and e.at >= before for e in entries)
    assert [e.record_title for e in entries] == ["Hertfordshire Constabulary"] + [
        "PC Aisha Rahman"] * 3
    changes = [json.loads(e.changes) for e in entries]
    assert changes[0] == {"name": [None, "Hertfordshire Constabulary"],
                          "agency_type": [None, "police"], "active": [None, True]}
    assert changes[1] == {"agency_id": [None, str(police.id)], "name": [None, "PC Aisha Rahman"],
                          "role": [None, "SNT"], "phone": [None, "01632 960202"],
                          "email": [None, ""]}
    # Only what changed, and none of the bookkeeping (version, updated_at...).
    assert changes[2] == {"phone": ["01632 960202", "01632 960299"],
                          "email": ["", "aisha.rahman@herts.example.police.uk"]}
    assert changes[3] == {"agency_id": [str(police.id), None], "name": ["PC Aisha Rahman", None],
                          "role": ["SNT", None], "phone": ["01632 960299", None],
                          "email": ["aisha.rahman@herts.example.police.uk", None]}


def test_records_say_who_made_and_last_changed_them(store: Store) -> None:
    with store.unit_of_work("alice") as uow:
        added = save_agency(uow, AgencyInput("Victim Support", "voluntary"))
    with store.unit_of_work("bob") as uow:
        save_agency(uow, AgencyInput("Victim Support", "health"), added.id, expected_version=1)
    with store.unit_of_work() as uow:
        agency = uow.get(Agency, added.id)
        assert (agency.created_by, agency.updated_by, agency.version) == ("alice", "bob", 2)
        assert agency.updated_at >= agency.created_at


def test_saving_without_a_change_adds_no_entry(store: Store) -> None:
    with store.unit_of_work("alice") as uow:
        added = save_agency(uow, AgencyInput("Victim Support", "voluntary"))
    with store.unit_of_work("bob") as uow:
        again = save_agency(uow, AgencyInput(" Victim Support ", "voluntary"), added.id, 1)
    assert again.version == 1
    assert [e.action for e in _entries(store)] == ["insert"]


def test_a_failed_commit_leaves_no_entry(store: Store) -> None:
    with store.unit_of_work("alice") as uow:
        save_agency(uow, AgencyInput("Victim Support", "voluntary"))
    with store.unit_of_work("mallory") as uow:
        # Past the service's checks, straight to the database: a contact of no agency.
        uow.session.add(Contact(agency_id=uuid.uuid4(), name="Nobody"))
        uow.session.add(Agency(name="Crimestoppers", agency_type="other"))
        with pytest.raises(StoreError) as refused:
            uow.commit()
    message = str(refused.value)
    assert message.startswith("The store refused the change: ")
    assert "\n" not in message and not message.endswith("..")
    assert [(e.user, e.action) for e in _entries(store)] == [("alice", "insert")]
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Agency)) == 1


def test_a_duplicate_name_past_the_checks_is_one_sentence(store: Store) -> None:
    """Two people adding the same agency at once: the database's own refusal, as one sentence."""
    with store.unit_of_work("alice") as uow:
        save_agency(uow, AgencyInput("Victim Support", "voluntary"))
    with store.unit_of_work("bob") as uow:
        uow.session.add(Agency(name="Victim Support", agency_type="voluntary"))
        with pytest.raises(StoreError) as refused:
            uow.commit()
    message = str(refused.value)
    assert message.startswith("The store refused the change: ")
    assert "\n" not in message and message.endswith(".") and not message.endswith("..")
    assert [(e.user, e.action) for e in _entries(store)] == [("alice", "insert")]
