"""Two people editing one record: the second save is refused and nothing of it is kept."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from jagdesk.errors import ConflictError
from jagdesk.services.reference.agencies import AgencyInput, delete_agency, list_agencies, save_agency
from jagdesk.services.reference.localities import LocalityInput, list_localities, save_locality
from jagdesk.store.models import AuditEntry, Locality
from jagdesk.store.opening import Store


def _audit_count(store: Store) -> int:
    with store.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_save_of_a_record_changed_since_it_was_opened_is_refused(store: Store) -> None:
    with store.unit_of_work("alice") as uow:
        opened = save_agency(uow, AgencyInput("Victim Support", "voluntary"))
    assert opened.version == 1
    # Bob saves the same agency while Alice still has version 1 open.
    with store.unit_of_work("bob") as uow:
        save_agency(uow, AgencyInput("Victim Support Hertfordshire", "voluntary"),
                    opened.id, expected_version=1)
    entries = _audit_count(store)
    with store.unit_of_work("alice") as uow, pytest.raises(ConflictError) as refused:
        save_agency(uow, AgencyInput("Victim Support", "health", active=False), opened.id,
                    expected_version=opened.version)
    message = str(refused.value)
    assert message.startswith("bob changed this agency at ")
    assert message.endswith(", after you opened it; your changes were not saved. "
                            "Reopen it to see the latest version.")
    with store.unit_of_work() as uow:
        [row] = list_agencies(uow)
    assert (row.name, row.agency_type, row.active, row.version) == (
        "Victim Support Hertfordshire", "voluntary", True, 2)
    assert _audit_count(store) == entries


def test_delete_of_a_record_changed_since_it_was_opened_is_refused(store: Store) -> None:
    with store.unit_of_work("alice") as uow:
        opened = save_agency(uow, AgencyInput("Neighbourhood Watch", "voluntary"))
    with store.unit_of_work("bob") as uow:
        save_agency(uow, AgencyInput("Neighbourhood Watch", "voluntary", active=False),
                    opened.id, expected_version=1)
    with store.unit_of_work("alice") as uow, pytest.raises(ConflictError):
        delete_agency(uow, opened.id, expected_version=1)
    with store.unit_of_work() as uow:
        assert [(r.name, r.active, r.version) for r in list_agencies(uow)] == [
            ("Neighbourhood Watch", False, 2)]


def test_save_racing_another_save_is_refused_at_commit(store: Store) -> None:
    """Both read version 1; the other commits first; the version check in the UPDATE catches it."""
    with store.unit_of_work() as uow:
        opened = save_locality(uow, LocalityInput("Bushey", "first"))
    with store.unit_of_work("alice") as alice:
        mine = alice.get(Locality, opened.id)
        assert mine.version == 1
        with store.unit_of_work("bob") as bob:
            save_locality(bob, LocalityInput("Bushey", "bob's"), opened.id, expected_version=1)
        mine.description = "alice's"
        with pytest.raises(ConflictError) as refused:
            alice.commit()
    assert str(refused.value) == (
        "Someone else changed this record while you had it open; your changes were not saved."
        " Reopen it to see the latest version."
    )
    with store.unit_of_work() as uow:
        [row] = list_localities(uow)
    assert (row.description, row.version) == ("bob's", 2)

