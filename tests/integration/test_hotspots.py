"""Hotspots on SQLite and PostgreSQL: ward from the point, grid reference, status history, audits,
engagement, and the incidents inside a radius or a drawn area."""

from __future__ import annotations

import json
import math
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from jagdesk.domain.common.periods import MonthRange
from jagdesk.domain.places.bng import to_bng
from jagdesk.errors import ConflictError, NotFoundError, ValidationError
from jagdesk.services.demo.places import DEMO_HOTSPOTS, add_demo_hotspots
from jagdesk.services.hotspots.activity import (
    EngagementInput,
    VisualAuditInput,
    delete_engagement,
    save_engagement,
    save_visual_audit,
)
from jagdesk.services.hotspots.hotspots import (
    HotspotInput,
    change_status,
    delete_hotspot,
    get_hotspot,
    hotspot_incidents,
    list_hotspots,
    save_hotspot,
)
from jagdesk.services.reference.agencies import AgencyInput, ContactInput, save_agency, save_contact
from jagdesk.services.reference.localities import list_localities
from jagdesk.store.models import AuditEntry, HotspotStatusChange
from jagdesk.store.opening import Store
from tests.support.crime_seed import (
    BARNET,
    MAXWELL_ROAD,
    SUPERMARKET,
    WELHAM_CLOSE,
    Point,
    add_crimes,
    add_wards,
)

TODAY = date(2021, 3, 1)
PARADE = HotspotInput("Shenley Road parade", SUPERMARKET.latitude, SUPERMARKET.longitude,
                      description="Youths gathering and drinking by the benches.", radius_m=150,
                      categories=("street drinking", "Anti-social behaviour"), priority="high",
                      source="resident complaints")


@pytest.fixture
def wards(store: Store, shared_data: Path) -> dict[str, uuid.UUID]:
    return add_wards(store, shared_data)


def test_ward_and_locality_found_from_the_point(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work("priya") as uow:
        row = save_hotspot(uow, PARADE, proposed_on=date(2020, 10, 8), today=TODAY)
    assert (row.ward_name, row.locality_name, row.status) == (
        "Borehamwood Hillside", "Borehamwood", "proposed")
    assert row.ward_id == wards["E05004750"]
    assert row.categories == ("Street drinking", "Anti-social behaviour")
    assert row.categories_text == "Street drinking, Anti-social behaviour"
    assert (row.status_since, row.extent_text) == (date(2020, 10, 8), "within 150 m")
    # The grid reference partners quote: the point's easting and northing, to the metre.
    easting, northing = to_bng(SUPERMARKET.latitude, SUPERMARKET.longitude)
    assert (row.easting, row.northing) == (round(easting), round(northing))
    assert row.grid_reference == f"TQ {row.easting - 500000} {row.northing - 100000}"
    assert math.hypot(row.easting - 519500, row.northing - 196800) < 400  # by the civic offices
    with store.unit_of_work() as uow:
        assert [r.name for r in list_hotspots(uow)] == ["Shenley Road parade"]
        assert list_hotspots(uow, status="active") == []


def test_ward_given_or_none_outside(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        # The Barnet point is outside every Hertsmere ward: no ward, no locality.
        outside = save_hotspot(uow, HotspotInput("Chipping Barnet High Street", BARNET.latitude,
                                                 BARNET.longitude), today=TODAY)
        chosen = save_hotspot(uow, HotspotInput("Welham Close", WELHAM_CLOSE.latitude,
                                                WELHAM_CLOSE.longitude,
                                                ward_id=wards["E05004749"]), today=TODAY)
    assert (outside.ward_id, outside.ward_name, outside.locality_name) == (None, "", "")
    assert (chosen.ward_name, chosen.locality_name) == ("Borehamwood Cowley Hill", "Borehamwood")


def test_refusals_change_nothing(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        save_hotspot(uow, PARADE, today=TODAY)
    with store.unit_of_work() as uow:
        bushey = next(r.id for r in list_localities(uow) if r.name == "Bushey")
    cases = [
        (PARADE, {"name": "There is already a hotspot called 'Shenley Road parade'."}),
        (HotspotInput("Swapped", SUPERMARKET.longitude, SUPERMARKET.latitude), {"latitude": (
            "The point -0.269328, 51.655688 is not in Great Britain; check latitude (about 51.7) "
            "and longitude (about -0.3) are not swapped.")}),
        (HotspotInput("Wrong locality", SUPERMARKET.latitude, SUPERMARKET.longitude,
                      locality_id=bushey),
         {"locality_id": "The ward Borehamwood Hillside is in the Borehamwood locality, not Bushey."}),
        (HotspotInput("Gone owner", SUPERMARKET.latitude, SUPERMARKET.longitude,
                      owner_id=uuid.uuid4()), {"owner_id": "That contact is no longer in the store."}),
    ]
    for data, errors in cases:
        with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
            save_hotspot(uow, data, today=TODAY)
        assert refused.value.errors == errors
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        save_hotspot(uow, HotspotInput("Tomorrow", 51.66, -0.27), proposed_on=date(2021, 3, 2),
                     today=TODAY)
    assert refused.value.errors == {
        "proposed_on": "The date the hotspot was proposed (02/03/2021) is in the future."}
    with store.unit_of_work() as uow:
        assert [r.name for r in list_hotspots(uow)] == ["Shenley Road parade"]


def test_owner_contact_on_the_row(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        police = save_agency(uow, AgencyInput("Hertfordshire Constabulary", "police"))
        owner = save_contact(uow, ContactInput(police.id, "PC Aisha Rahman", "SNT",
                                               "01632 960202", "aisha.rahman@herts.example.police.uk"))
        row = save_hotspot(uow, HotspotInput(**{**PARADE.__dict__, "owner_id": owner.id}),
                           today=TODAY)
    assert (row.owner_name, row.owner_agency, row.owner_phone, row.owner_email) == (
        "PC Aisha Rahman", "Hertfordshire Constabulary", "01632 960202",
        "aisha.rahman@herts.example.police.uk")


def test_status_history(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work("priya") as uow:
        row = save_hotspot(uow, PARADE, proposed_on=date(2020, 10, 8), today=TODAY)
    with store.unit_of_work("mark") as uow:
        row = change_status(uow, row.id, row.version, "active", date(2020, 11, 5),
                            "Adopted at the November JAG.", today=TODAY)
    with store.unit_of_work("mark") as uow, pytest.raises(ValidationError) as refused:
        change_status(uow, row.id, row.version, "closed", date(2021, 2, 4), " ", today=TODAY)
    assert refused.value.errors == {"reason": "Say why the hotspot is closed."}
    with store.unit_of_work("mark") as uow, pytest.raises(ValidationError) as refused:
        change_status(uow, row.id, row.version, "monitoring", date(2020, 11, 1), today=TODAY)
    assert refused.value.errors == {
        "changed_on": "The change cannot be dated before the last one (05/11/2020)."}
    with store.unit_of_work("mark") as uow:
        row = change_status(uow, row.id, row.version, "closed", date(2021, 2, 4),
                            "No reports for three months.", today=TODAY)
    with store.unit_of_work("mark") as uow, pytest.raises(ConflictError):
        change_status(uow, row.id, row.version - 1, "active", date(2021, 2, 5), "Back again.",
                      today=TODAY)
    with store.unit_of_work() as uow:
        detail = get_hotspot(uow, row.id)
    assert (detail.hotspot.status, detail.hotspot.status_since, detail.hotspot.version) == (
        "closed", date(2021, 2, 4), 3)
    assert [(h.status, h.changed_on, h.reason, h.changed_by) for h in detail.history] == [
        ("proposed", date(2020, 10, 8), "", "priya"),
        ("active", date(2020, 11, 5), "Adopted at the November JAG.", "mark"),
        ("closed", date(2021, 2, 4), "No reports for three months.", "mark"),
    ]


def test_visual_audits_and_engagement(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        hotspot = save_hotspot(uow, PARADE, today=TODAY)
        audit = save_visual_audit(uow, hotspot.id, VisualAuditInput(
            date(2020, 11, 19), "Priya Raman, PC Aisha Rahman", "Two lights out in the alley.",
            "Repair the lighting."), today=TODAY)
        letters = save_engagement(uow, hotspot.id, EngagementInput(
            date(2020, 11, 26), "survey", "Drayton Road, Glenhaven Avenue", 240, 37,
            "Groups drinking by the benches."), today=TODAY)
        save_engagement(uow, hotspot.id, EngagementInput(
            date(2020, 12, 3), "door knock", "Theobald Street", 40, 12), today=TODAY)
    with store.unit_of_work() as uow:
        save_visual_audit(uow, hotspot.id, VisualAuditInput(
            date(2020, 11, 19), "Priya Raman, PC Aisha Rahman, store manager",
            "Two lights out in the alley.", "Repair the lighting; fit a gate."), audit.id,
            audit.version, today=TODAY)
        delete_engagement(uow, letters.id, letters.version)
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        save_engagement(uow, hotspot.id, EngagementInput(date(2020, 12, 3), "letter", "Theobald "
                                                         "Street", 10, 11), today=TODAY)
    assert refused.value.errors == {
        "responses": "There cannot be more responses (11) than letters or surveys sent (10)."}
    with store.unit_of_work() as uow:
        detail = get_hotspot(uow, hotspot.id)
    assert [(a.attendees, a.recommendations, a.version) for a in detail.visual_audits] == [
        ("Priya Raman, PC Aisha Rahman, store manager", "Repair the lighting; fit a gate.", 2)]
    assert [(e.kind, e.roads, e.response_rate_text) for e in detail.engagements] == [
        ("door knock", "Theobald Street", "12 of 40 (30%)")]


def test_delete_takes_its_parts_and_is_audited(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        row = save_hotspot(uow, PARADE, today=TODAY)
        save_visual_audit(uow, row.id, VisualAuditInput(date(2021, 1, 5), "Priya", "Litter."),
                          today=TODAY)
    with store.unit_of_work() as uow:
        delete_hotspot(uow, row.id, row.version)
    with store.unit_of_work() as uow:
        assert list_hotspots(uow) == []
        with pytest.raises(NotFoundError):
            get_hotspot(uow, row.id)
        assert uow.session.scalars(select(HotspotStatusChange)).all() == []
        entries = uow.session.execute(select(AuditEntry.action, AuditEntry.changes).where(
            AuditEntry.table_name == "hotspot_status_change").order_by(AuditEntry.action)).all()
    # The first status change's audit entry names its hotspot (its key was set before the flush).
    assert [action for action, _changes in entries] == ["delete", "insert"]
    assert json.loads(entries[1].changes)["hotspot_id"] == [None, str(row.id)]


def test_incidents_inside_the_radius(store: Store, wards: dict[str, uuid.UUID]) -> None:
    # 150 m round the supermarket: its own incidents, not Maxwell Road's (about 310 m away), and
    # not a point inside the lat/lon box but outside the circle (the exact test after the box).
    east, north = to_bng(SUPERMARKET.latitude, SUPERMARKET.longitude)
    corner = Point(SUPERMARKET.latitude + 0.8 * 150 / 111_320,
                   SUPERMARKET.longitude + 0.8 * 150 / (111_320 * math.cos(math.radians(51.6557))),
                   "On or near Corner", "E05004750")
    near = Point(SUPERMARKET.latitude + 0.9 * 150 / 111_320, SUPERMARKET.longitude,
                 "On or near Near", "E05004750")
    for point, inside in ((corner, False), (near, True), (MAXWELL_ROAD, False)):
        e, n = to_bng(point.latitude, point.longitude)
        assert (math.hypot(e - east, n - north) <= 150) is inside
    add_crimes(store, wards, [
        ("2021-01", "Anti-social behaviour", SUPERMARKET, 12), ("2021-02", "Shoplifting", SUPERMARKET, 4),
        ("2021-02", "Anti-social behaviour", near, 2), ("2021-01", "Burglary", corner, 3),
        ("2021-01", "Vehicle crime", MAXWELL_ROAD, 5), ("2020-12", "Shoplifting", SUPERMARKET, 7),
    ])
    with store.unit_of_work() as uow:
        row = save_hotspot(uow, PARADE, today=TODAY)
        table = hotspot_incidents(uow, row.id, MonthRange("2021-01", "2021-02"))
        wider = save_hotspot(uow, HotspotInput("Town centre", SUPERMARKET.latitude,
                                               SUPERMARKET.longitude, radius_m=400), today=TODAY)
        wide = hotspot_incidents(uow, wider.id, MonthRange("2021-01", "2021-02"))
    assert table.header() == ["Crime type", "Jan 2021", "Feb 2021", "Total"]
    assert table.body() == [["Anti-social behaviour", 12, 2, 14], ["Shoplifting", 0, 4, 4],
                            ["All types", 12, 6, 18]]
    assert wide.body()[-1] == ["All types", 20, 6, 26]


def test_incidents_inside_a_drawn_area(store: Store, wards: dict[str, uuid.UUID]) -> None:
    # A box drawn round Maxwell Road only; its radius is ignored when an area is drawn.
    ring = [[-0.2690, 51.6575], [-0.2660, 51.6575], [-0.2660, 51.6590], [-0.2690, 51.6590],
            [-0.2690, 51.6575]]
    add_crimes(store, wards, [("2021-01", "Vehicle crime", MAXWELL_ROAD, 5),
                              ("2021-01", "Anti-social behaviour", SUPERMARKET, 12)])
    with store.unit_of_work() as uow:
        row = save_hotspot(uow, HotspotInput(
            "Maxwell Road car parks", MAXWELL_ROAD.latitude, MAXWELL_ROAD.longitude, radius_m=2000,
            area=json.dumps({"type": "Polygon", "coordinates": [ring]})), today=TODAY)
        table = hotspot_incidents(uow, row.id, MonthRange("2021-01", "2021-01"))
    assert row.extent_text == "inside the drawn area"
    assert table.body() == [["Vehicle crime", 5, 5], ["All types", 5, 5]]


def test_demo_hotspots(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        assert add_demo_hotspots(uow) == len(DEMO_HOTSPOTS) == 5
    with store.unit_of_work() as uow:
        rows = list_hotspots(uow)
        details = [get_hotspot(uow, row.id) for row in rows]
    assert {row.status for row in rows} == {"proposed", "active", "monitoring", "closed"}
    assert all(row.ward_name and row.locality_name for row in rows)
    assert all(d.history and d.visual_audits and d.engagements for d in details)
    closed = next(d for d in details if d.hotspot.status == "closed")
    assert closed.history[-1].reason
    parade = next(r for r in rows if r.name.startswith("Shenley Road"))
    assert (parade.ward_name, "Street drinking" in parade.categories) == ("Borehamwood Hillside", True)
