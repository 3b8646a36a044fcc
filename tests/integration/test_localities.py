"""Localities and their wards: list, add, edit, delete, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

import pytest

from jagdesk.errors import InUseError, ValidationError
from jagdesk.services.reference.localities import (
    LocalityInput,
    WardInput,
    delete_locality,
    delete_ward,
    list_localities,
    list_wards,
    save_locality,
    save_ward,
)
from jagdesk.store.opening import Store


def test_add_and_list_localities(store: Store) -> None:
    with store.unit_of_work() as uow:
        save_locality(uow, LocalityInput("Potters Bar", " Furzefield, Oakmere, Parkfield "))
        save_locality(uow, LocalityInput("Borehamwood"))
    with store.unit_of_work() as uow:
        rows = list_localities(uow)
    assert [(r.name, r.description, r.ward_count) for r in rows] == [
        ("Borehamwood", "", 0),
        ("Potters Bar", "Furzefield, Oakmere, Parkfield", 0),
    ]


def test_locality_name_must_be_unique(store: Store) -> None:
    with store.unit_of_work() as uow:
        save_locality(uow, LocalityInput("Bushey"))
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        save_locality(uow, LocalityInput("BUSHEY "))
    assert refused.value.errors == {"name": "There is already a locality called 'BUSHEY'."}
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        save_locality(uow, LocalityInput(" "))
    assert refused.value.errors == {"name": "Enter the locality name."}
    with store.unit_of_work() as uow:
        assert [r.name for r in list_localities(uow)] == ["Bushey"]


def test_wards_in_localities(store: Store) -> None:
    with store.unit_of_work() as uow:
        radlett = save_locality(uow, LocalityInput("Radlett"))
        save_ward(uow, WardInput("e05004747", " Aldenham West", radlett.id))
        save_ward(uow, WardInput("E05004746", "Aldenham East", radlett.id))
        save_ward(uow, WardInput("E05004760", "Shenley"))
    with store.unit_of_work() as uow:
        wards = list_wards(uow)
        of_radlett = list_wards(uow, radlett.id)
        localities = list_localities(uow)
    assert [(w.code, w.name, w.locality_name) for w in wards] == [
        ("E05004746", "Aldenham East", "Radlett"),
        ("E05004747", "Aldenham West", "Radlett"),
        ("E05004760", "Shenley", ""),
    ]
    assert [w.name for w in of_radlett] == ["Aldenham East", "Aldenham West"]
    assert [(r.name, r.ward_count) for r in localities] == [("Radlett", 2)]


def test_ward_code_must_be_a_unique_gss_code(store: Store) -> None:
    with store.unit_of_work() as uow:
        save_ward(uow, WardInput("E05004756", "Elstree"))
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        save_ward(uow, WardInput("e05004756", "Elstree again"))
    assert refused.value.errors == {"code": "There is already a ward with the code E05004756."}
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        save_ward(uow, WardInput("Elstree", "Elstree"))
    assert refused.value.errors == {
        "code": "'Elstree' is not an ONS ward code (a letter and eight digits, as E05004746)."
    }
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        save_ward(uow, WardInput("E05004757", "Potters Bar Furzefield", uuid.uuid4()))
    assert refused.value.errors == {"locality_id": "That locality is no longer in the store."}
    with store.unit_of_work() as uow:
        assert [w.code for w in list_wards(uow)] == ["E05004756"]


def test_edit_ward_moves_it_between_localities(store: Store) -> None:
    with store.unit_of_work() as uow:
        bushey = save_locality(uow, LocalityInput("Bushey"))
        borehamwood = save_locality(uow, LocalityInput("Borehamwood"))
        ward = save_ward(uow, WardInput("E05004756", "Elstree", bushey.id))
    with store.unit_of_work() as uow:
        moved = save_ward(uow, WardInput("E05004756", "Elstree", borehamwood.id), ward.id,
                          expected_version=1)
    assert (moved.locality_name, moved.version) == ("Borehamwood", 2)
    with store.unit_of_work() as uow:
        counts = {r.name: r.ward_count for r in list_localities(uow)}
    assert counts == {"Borehamwood": 1, "Bushey": 0}


def test_locality_with_wards_cannot_be_deleted(store: Store) -> None:
    with store.unit_of_work() as uow:
        shenley = save_locality(uow, LocalityInput("Shenley"))
        ward = save_ward(uow, WardInput("E05004760", "Shenley", shenley.id))
    with store.unit_of_work() as uow, pytest.raises(InUseError) as refused:
        delete_locality(uow, shenley.id, expected_version=1)
    assert str(refused.value) == (
        "The locality 'Shenley' cannot be deleted: it is used by 1 ward (Shenley)."
    )
    with store.unit_of_work() as uow:
        assert len(list_localities(uow)) == 1 and len(list_wards(uow)) == 1
        delete_ward(uow, ward.id, expected_version=1)
    with store.unit_of_work() as uow:
        delete_locality(uow, shenley.id, expected_version=1)
    with store.unit_of_work() as uow:
        assert list_localities(uow) == [] and list_wards(uow) == []
