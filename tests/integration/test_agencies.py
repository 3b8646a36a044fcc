"""Partner agencies and their contacts: list, add, edit, delete, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

import pytest

from jagdesk.errors import InUseError, NotFoundError, ValidationError
from jagdesk.services.reference.agencies import (
    AgencyInput,
    ContactInput,
    delete_agency,
    delete_contact,
    list_agencies,
    list_contacts,
    save_agency,
    save_contact,
)
from jagdesk.store.opening import Store


def test_add_and_list_agencies(store: Store) -> None:
    with store.unit_of_work() as uow:
        added = save_agency(uow, AgencyInput("  Victim Support ", "voluntary"))
        save_agency(uow, AgencyInput("Hertfordshire Constabulary", "police"))
        save_agency(uow, AgencyInput("crimestoppers", "other", active=False))
    assert added.name == "Victim Support" and added.version == 1
    with store.unit_of_work() as uow:
        rows = list_agencies(uow)
    assert [(r.name, r.type_title, r.active, r.contact_count) for r in rows] == [
        ("crimestoppers", "Other", False, 0),
        ("Hertfordshire Constabulary", "Police", True, 0),
        ("Victim Support", "Voluntary", True, 0),
    ]


def test_agency_refused_with_field_messages(store: Store) -> None:
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        save_agency(uow, AgencyInput("", "charity"))
    assert refused.value.errors == {"name": "Enter the agency name.",
                                    "agency_type": "Choose the kind of agency."}
    with store.unit_of_work() as uow:
        assert list_agencies(uow) == []


def test_agency_name_must_be_unique_ignoring_case(store: Store) -> None:
    with store.unit_of_work() as uow:
        save_agency(uow, AgencyInput("Hertsmere Borough Council", "council"))
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        save_agency(uow, AgencyInput(" HERTSMERE borough council", "council"))
    assert refused.value.errors == {
        "name": "There is already an agency called 'HERTSMERE borough council'."
    }
    with store.unit_of_work() as uow:
        assert len(list_agencies(uow)) == 1


def test_edit_agency(store: Store) -> None:
    with store.unit_of_work() as uow:
        added = save_agency(uow, AgencyInput("Youth Offending Team", "youth"))
        save_agency(uow, AgencyInput("Victim Support", "voluntary"))
    with store.unit_of_work() as uow:
        # Keeping its own name is not a clash with itself.
        changed = save_agency(uow, AgencyInput("Youth Offending Team", "probation", active=False),
                              added.id, expected_version=1)
    assert (changed.agency_type, changed.active, changed.version) == ("probation", False, 2)
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        save_agency(uow, AgencyInput("victim support", "youth"), added.id, expected_version=2)
    assert refused.value.errors == {"name": "There is already an agency called 'victim support'."}
    with store.unit_of_work() as uow:
        names = {r.name: r.agency_type for r in list_agencies(uow)}
    assert names == {"Victim Support": "voluntary", "Youth Offending Team": "probation"}


def test_contacts_of_an_agency(store: Store) -> None:
    with store.unit_of_work() as uow:
        police = save_agency(uow, AgencyInput("Hertfordshire Constabulary", "police"))
        council = save_agency(uow, AgencyInput("Hertsmere Borough Council", "council"))
        save_contact(uow, ContactInput(police.id, "PC Aisha Rahman", "SNT", "01632 960202",
                                       " aisha.rahman@herts.example.police.uk "))
        save_contact(uow, ContactInput(police.id, "Insp. Mark Ellison", "JAG chair"))
        save_contact(uow, ContactInput(council.id, "Priya Raman"))
    with store.unit_of_work() as uow:
        everyone = list_contacts(uow)
        of_police = list_contacts(uow, police.id)
        agencies = {r.name: r.contact_count for r in list_agencies(uow)}
    assert [(c.name, c.agency_name) for c in everyone] == [
        ("Insp. Mark Ellison", "Hertfordshire Constabulary"),
        ("PC Aisha Rahman", "Hertfordshire Constabulary"),
        ("Priya Raman", "Hertsmere Borough Council"),
    ]
    assert [c.name for c in of_police] == ["Insp. Mark Ellison", "PC Aisha Rahman"]
    assert of_police[1].email == "aisha.rahman@herts.example.police.uk"
    assert agencies == {"Hertfordshire Constabulary": 2, "Hertsmere Borough Council": 1}


def test_contact_refused_with_field_messages(store: Store) -> None:
    with store.unit_of_work() as uow:
        police = save_agency(uow, AgencyInput("Hertfordshire Constabulary", "police"))
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        save_contact(uow, ContactInput(police.id, "PC Aisha Rahman", phone="ring the desk",
                                       email="aisha"))
    assert set(refused.value.errors) == {"phone", "email"}
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        save_contact(uow, ContactInput(uuid.uuid4(), "PC Aisha Rahman"))
    assert refused.value.errors == {"agency_id": "Choose the contact's agency."}
    with store.unit_of_work() as uow:
        assert list_contacts(uow) == []


def test_edit_contact_moves_it_to_another_agency(store: Store) -> None:
    with store.unit_of_work() as uow:
        police = save_agency(uow, AgencyInput("Hertfordshire Constabulary", "police"))
        fire = save_agency(uow, AgencyInput("Hertfordshire Fire and Rescue Service", "fire"))
        contact = save_contact(uow, ContactInput(police.id, "Ben Achterberg"))
    with store.unit_of_work() as uow:
        moved = save_contact(uow, ContactInput(fire.id, "Ben Achterberg", "Station manager"),
                             contact.id, expected_version=contact.version)
    assert (moved.agency_name, moved.role, moved.version) == (
        "Hertfordshire Fire and Rescue Service", "Station manager", 2)
    with store.unit_of_work() as uow:
        assert [c.name for c in list_contacts(uow, fire.id)] == ["Ben Achterberg"]
        assert list_contacts(uow, police.id) == []


def test_agency_with_contacts_cannot_be_deleted(store: Store) -> None:
    with store.unit_of_work() as uow:
        police = save_agency(uow, AgencyInput("Hertfordshire Constabulary", "police"))
        for name in ("Ann", "Bob", "Cat", "Dev"):
            save_contact(uow, ContactInput(police.id, name))
    with store.unit_of_work() as uow, pytest.raises(InUseError) as refused:
        delete_agency(uow, police.id, expected_version=1)
    message = str(refused.value)
    assert message.startswith("The agency 'Hertfordshire Constabulary' cannot be deleted: "
                              "it is used by 4 contacts (")
    assert message.endswith(" and 1 more).")
    with store.unit_of_work() as uow:
        assert len(list_agencies(uow)) == 1 and len(list_contacts(uow)) == 4


def test_delete_contact_then_agency(store: Store) -> None:
    with store.unit_of_work() as uow:
        council = save_agency(uow, AgencyInput("Hertsmere Borough Council", "council"))
        priya = save_contact(uow, ContactInput(council.id, "Priya Raman"))
    with store.unit_of_work() as uow, pytest.raises(InUseError) as refused:
        delete_agency(uow, council.id, expected_version=1)
    assert str(refused.value) == ("The agency 'Hertsmere Borough Council' cannot be deleted: "
                                  "it is used by 1 contact (Priya Raman).")
    with store.unit_of_work() as uow:
        delete_contact(uow, priya.id, expected_version=1)
    with store.unit_of_work() as uow:
        delete_agency(uow, council.id, expected_version=1)
    with store.unit_of_work() as uow:
        assert list_agencies(uow) == [] and list_contacts(uow) == []


def test_saving_a_deleted_agency_says_so(store: Store) -> None:
    with store.unit_of_work() as uow:
        gone = save_agency(uow, AgencyInput("Neighbourhood Watch", "voluntary"))
        delete_agency(uow, gone.id, expected_version=1)
    with store.unit_of_work() as uow, pytest.raises(NotFoundError) as refused:
        save_agency(uow, AgencyInput("Neighbourhood Watch", "voluntary"), gone.id, 1)
    assert str(refused.value) == (
        "That agency is no longer in the store; it may have been deleted."
    )
    with store.unit_of_work() as uow:
        assert list_agencies(uow) == []
