"""The hotspot finder on snapped police.uk points: made-up months, then the real Hertfordshire files."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path

import pytest

from jagdesk.domain.common.periods import MonthRange
from jagdesk.errors import JagdeskError
from jagdesk.services.hotspots.finder import find_hotspots, make_hotspot, method_description
from jagdesk.services.hotspots.hotspots import get_hotspot, hotspot_incidents
from jagdesk.services.places.crime_areas import PARTNERSHIP
from jagdesk.services.places.crime_stats import monthly_counts
from jagdesk.store.opening import Store
from tests.support.crime_seed import (
    ARUNDEL_DRIVE,
    BARNET,
    GREGSON_CLOSE,
    MAXWELL_ROAD,
    SUPERMARKET,
    add_crimes,
    add_street_file,
    add_unlocated,
    add_wards,
)

Q1_2021 = MonthRange("2021-01", "2021-03")  # compared with October to December 2020


@pytest.fixture
def wards(store: Store, shared_data: Path) -> dict[str, uuid.UUID]:
    wards = add_wards(store, shared_data)
    months_now, months_before = ("2021-01", "2021-02", "2021-03"), ("2020-10", "2020-11", "2020-12")
    incidents = []
    for now, before in zip(months_now, months_before, strict=True):
        incidents += [(before, "Anti-social behaviour", SUPERMARKET, 10),
                      (now, "Anti-social behaviour", SUPERMARKET, 8),
                      (now, "Shoplifting", SUPERMARKET, 2),
                      (now, "Burglary", BARNET, 30)]  # outside the partnership: left out
    incidents += [
        ("2020-12", "Vehicle crime", MAXWELL_ROAD, 2), ("2021-02", "Vehicle crime", MAXWELL_ROAD, 14),
        ("2021-03", "Burglary", GREGSON_CLOSE, 5),
        ("2020-11", "Criminal damage and arson", ARUNDEL_DRIVE, 10),
        ("2021-01", "Criminal damage and arson", ARUNDEL_DRIVE, 3),
        ("2020-09", "Burglary", GREGSON_CLOSE, 100),  # before the period before: left out
    ]
    add_crimes(store, wards, incidents)
    add_unlocated(store, "2021-02", "Anti-social behaviour", 50)
    return wards


def test_ranked_by_count_and_by_rise(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        result = find_hotspots(uow, Q1_2021)
    assert (result.previous_period, result.cell_size_m) == (MonthRange("2020-10", "2020-12"), 250)
    assert (result.incidents, result.previous_incidents) == (30 + 14 + 5 + 3, 30 + 2 + 10)
    assert [(c.top_location, c.count, c.previous_count, c.change, c.change_pct_text)
            for c in result.by_count] == [
        ("On or near Supermarket", 30, 30, 0, "0%"),
        ("On or near Maxwell Road", 14, 2, 12, "600%"),
        ("On or near Gregson Close", 5, 0, 5, "new"),
        ("On or near Arundel Drive", 3, 10, -7, "-70%"),
    ]
    # Only places that rose, biggest rise first.
    assert [(c.top_location, c.change) for c in result.by_rise] == [
        ("On or near Maxwell Road", 12), ("On or near Gregson Close", 5)]
    parade = result.by_count[0]
    # The 250 m square holding the Shenley Road supermarket (E519817 N196629).
    assert (parade.easting, parade.northing, parade.grid_reference) == (519750, 196500, "TQ 198 966")
    assert parade.top_types == (("Anti-social behaviour", 24), ("Shoplifting", 6))
    assert parade.top_types_text == "Anti-social behaviour 24, Shoplifting 6"
    assert (parade.ward_name, parade.ward_id) == ("Borehamwood Hillside", wards["E05004750"])
    assert (parade.latitude, parade.longitude) == pytest.approx((51.65564, -0.26849), abs=2e-5)


def test_chosen_types_cell_size_and_limit(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        vehicles = find_hotspots(uow, Q1_2021, ["vehicle crime"])
        wide = find_hotspots(uow, Q1_2021, cell_size_m=1000, limit=1)
    assert vehicles.crime_types == ("Vehicle crime",)
    assert [(c.count, c.previous_count) for c in vehicles.by_count] == [(14, 2)]
    # In 1 km squares the supermarket and Maxwell Road (E519933 N196923) share one square.
    assert [(c.easting, c.northing, c.count, c.previous_count) for c in wide.by_count] == [
        (519000, 196000, 44, 32)]
    assert len(wide.by_rise) == 1


def test_refusals_and_nothing_found(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        with pytest.raises(JagdeskError, match="'Car theft' is not a police.uk crime type"):
            find_hotspots(uow, Q1_2021, ["Car theft"])
        with pytest.raises(ValueError, match="cell size"):
            find_hotspots(uow, Q1_2021, cell_size_m=10)
        empty = find_hotspots(uow, MonthRange("2019-01", "2019-03"))
    assert (empty.incidents, empty.by_count, empty.by_rise) == (0, (), ())
    assert "250 m by 250 m" in method_description()
    assert "500 m by 500 m" in method_description(500)
    assert "nearest of a fixed set of points" in method_description()


def test_a_candidate_becomes_a_proposed_hotspot(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        candidate = find_hotspots(uow, Q1_2021).by_rise[0]
    with store.unit_of_work("ruth") as uow:
        row = make_hotspot(uow, candidate, "Maxwell Road car parks")
    assert (row.status, row.source, row.categories, row.ward_name, row.locality_name) == (
        "proposed", "police analysis", ("Vehicle crime",), "Borehamwood Hillside", "Borehamwood")
    assert row.description == (
        "Found by the hotspot finder: 14 incidents in the 250 m square at TQ 198 968 around "
        "Maxwell Road, 12 more than the period before (600%). Mostly Vehicle crime 14.")
    with store.unit_of_work() as uow:
        now = hotspot_incidents(uow, row.id, Q1_2021)
        before = hotspot_incidents(uow, row.id, Q1_2021.previous())
        detail = get_hotspot(uow, row.id)
    # The hotspot's drawn area is the candidate's square: its incidents are the same ones.
    assert (now.total, before.total) == (candidate.count, candidate.previous_count) == (14, 2)
    assert [h.status for h in detail.history] == ["proposed"]


def test_real_hertfordshire_files(store: Store, shared_data: Path) -> None:
    wards = add_wards(store, shared_data)
    for month in ("2021-01", "2021-02"):
        add_street_file(store, wards, shared_data / f"policeuk/{month}-hertfordshire-street.csv")
    with store.unit_of_work() as uow:
        result = find_hotspots(uow, MonthRange("2021-02", "2021-02"), limit=5)
        partnership = monthly_counts(uow.session, PARTNERSHIP, MonthRange("2021-01", "2021-02"))
    # Counted by hand another way: the mapped rows in Hertsmere LSOAs, month by month.
    by_lsoa = {}
    for month in ("2021-01", "2021-02"):
        with (shared_data / f"policeuk/{month}-hertfordshire-street.csv").open(
                encoding="utf-8-sig", newline="") as handle:
            by_lsoa[month] = sum(1 for r in csv.DictReader(handle)
                                 if r["LSOA name"].startswith("Hertsmere") and r["Latitude"])
    assert (result.previous_incidents, result.incidents) == (by_lsoa["2021-01"], by_lsoa["2021-02"])
    assert partnership.totals == (by_lsoa["2021-01"], by_lsoa["2021-02"])
    assert len(result.by_count) == 5 and len(result.by_rise) == 5
    counts = [c.count for c in result.by_count]
    assert counts == sorted(counts, reverse=True)
    rises = [c.change for c in result.by_rise]
    assert rises == sorted(rises, reverse=True) and rises[-1] > 0
    assert all(c.ward_name for c in result.by_count)
    top = result.by_count[0]
    with store.unit_of_work() as uow:
        row = make_hotspot(uow, top, "Top square")
        incidents = hotspot_incidents(uow, row.id, MonthRange("2021-02", "2021-02"))
        before = hotspot_incidents(uow, row.id, MonthRange("2021-01", "2021-01"))
    assert (incidents.total, before.total) == (top.count, top.previous_count)
