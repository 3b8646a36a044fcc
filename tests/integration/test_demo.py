"""The demo partnership: loads into an empty store only, ward names from the ONS boundary file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jagdesk.errors import JagdeskError
from jagdesk.services.admin.maintenance import record_counts
from jagdesk.services.demo.load import DemoSummary, load_demo
from jagdesk.services.reference.agencies import AgencyInput, list_agencies, list_contacts, save_agency
from jagdesk.services.reference.localities import list_localities, list_wards
from jagdesk.store.opening import Store

REFUSAL = "The store already has records; the demo loads only into an empty store."


def test_demo_fills_an_empty_store(store: Store, shared_data: Path) -> None:
    with store.unit_of_work() as uow:
        summary = load_demo(uow)
    assert summary == DemoSummary(agencies=11, contacts=21, localities=5, wards=15,
                                  ward_boundaries=15, lsoas=62, crime_files=3, crimes=13799,
                                  outcomes_updated=2031, hotspots=5,
                                  people=14, cases=5, actions=30,
                                  meetings=7, meeting_actions=17, action_plan_items=13)
    with store.unit_of_work() as uow:
        counts = record_counts(uow.session.connection())
        expected = {"agencies": 11, "contacts": 21, "localities": 5, "wards": 15}
        assert {kind: counts[kind] for kind in expected} == expected
        records = sum(n for kind, n in counts.items() if kind not in ("audit entries", "crimes"))
        # One entry per record, and one more per street file (its counts, set when done).
        assert counts["audit entries"] == records + 2
        wards = list_wards(uow)
        localities = {row.name: row.ward_count for row in list_localities(uow)}
        agencies = {row.name: row.contact_count for row in list_agencies(uow)}
        contacts = list_contacts(uow)
    boundary = json.loads((shared_data / "geo/hertsmere-wards-2013.geojson").read_text("utf-8"))
    names = {f["properties"]["WD13CD"]: f["properties"]["WD13NM"] for f in boundary["features"]}
    assert {ward.code: ward.name for ward in wards} == names
    assert all(ward.locality_name for ward in wards)
    assert sum(localities.values()) == 15 and len(localities) == 5
    assert agencies["Hertfordshire Constabulary"] == 6
    assert sum(agencies.values()) == 21
    assert "Tomasz Wiśniewski" in {c.name for c in contacts}


def test_demo_twice_is_refused(store: Store) -> None:
    with store.unit_of_work() as uow:
        load_demo(uow)
    with store.unit_of_work() as uow, pytest.raises(JagdeskError) as refused:
        load_demo(uow)
    assert str(refused.value) == REFUSAL
    with store.unit_of_work() as uow:
        assert record_counts(uow.session.connection())["agencies"] == 11


def test_demo_refuses_a_store_with_data(store: Store) -> None:
    with store.unit_of_work() as uow:
        save_agency(uow, AgencyInput("Our own council", "council"))
    with store.unit_of_work() as uow, pytest.raises(JagdeskError) as refused:
        load_demo(uow)
    assert str(refused.value) == REFUSAL
    with store.unit_of_work() as uow:
        assert [row.name for row in list_agencies(uow)] == ["Our own council"]
        assert list_wards(uow) == []
