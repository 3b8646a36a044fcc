"""The gazetteer on a real store (SQLite and PostgreSQL) holding the real Hertsmere wards and two
real police.uk street months: streets where police.uk placed crimes, wards and hotspots."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import shapely

from jagdesk.importers.boundaries import read_areas
from jagdesk.services.places import gazetteer
from jagdesk.services.places.gazetteer import HOTSPOT, STREET, WARD, Place, search, street_name
from jagdesk.store.opening import Store
from tests.support.map_seed import STREET_FILES, WARDS_FILE, Seeded, add_hotspot


@pytest.fixture
def map_store(map_on_backend: tuple[Store, Seeded]) -> Store:
    """The real wards and two street months (tests.support.map_seed), on each backend."""
    return map_on_backend[0]


@pytest.fixture
def seeded(map_on_backend: tuple[Store, Seeded]) -> Seeded:
    """What went into the map store."""
    return map_on_backend[1]


def crimes_on(shared_data: Path, location: str) -> dict[str, list[tuple[float, float]]]:
    """The (lat, lon) of every crime at a police.uk location, by the ward it lies in, read
    straight from the files and the boundaries."""
    wards = [(area.name, shapely.from_geojson(json.dumps(area.geometry)))
             for area in read_areas(shared_data / WARDS_FILE)]
    found: dict[str, list[tuple[float, float]]] = {}
    for name in STREET_FILES:
        with (shared_data / name).open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["Location"] != location or not row["Latitude"]:
                    continue
                lat, lon = float(row["Latitude"]), float(row["Longitude"])
                ward = next((w for w, shape in wards if shape.covers(shapely.Point(lon, lat))), None)
                if ward is not None:
                    found.setdefault(ward, []).append((lat, lon))
    return found


def test_street_names_from_police_uk_locations() -> None:
    assert street_name("On or near Shenley Road") == "Shenley Road"
    assert street_name("on or near  Darkes   Lane ") == "Darkes Lane"
    assert street_name("Petrol Station") == "Petrol Station"
    assert street_name("No Location") is None and street_name("") is None


def test_a_street_is_at_the_middle_of_its_crimes_in_each_ward(map_store: Store, seeded: Seeded,
                                                               shared_data: Path) -> None:
    with map_store.unit_of_work() as uow:
        places = gazetteer.gazetteer(uow)
    expected = crimes_on(shared_data, "On or near Shenley Road")
    assert expected  # Shenley Road runs through Borehamwood
    found = {p.ward: p for p in places if p.kind == STREET and p.name == "Shenley Road"}
    assert set(found) == set(expected)
    for ward, points in expected.items():
        place = found[ward]
        assert place.crimes == len(points)
        assert place.latitude == pytest.approx(sum(p[0] for p in points) / len(points), abs=1e-9)
        assert place.longitude == pytest.approx(sum(p[1] for p in points) / len(points), abs=1e-9)
        assert place.title == f"Shenley Road, {ward}"
    # Every ward is there, once, and no street is named after "No Location".
    assert sorted(p.name for p in places if p.kind == WARD) == sorted(seeded.ward_names)
    assert not any(p.name.lower().startswith(("on or near", "no location")) for p in places)
    streets = [p for p in places if p.kind == STREET]
    assert len(streets) > 300 and all(p.ward for p in streets)
    assert [p.crimes for p in streets] == sorted((p.crimes for p in streets), reverse=True)


def test_search_finds_streets_wards_and_hotspots_by_the_words_typed(map_store: Store, seeded: Seeded) -> None:
    add_hotspot(map_store, "Shenley Road shops", -0.2693, 51.6557, radius_m=100)
    with map_store.unit_of_work() as uow:
        places = gazetteer.gazetteer(uow)
    # The hotspot first, then Shenley Road itself, busiest ward first; short forms are written out.
    for typed in ("shenley r", "Shenley Rd", "SHENLEY ROAD"):
        first, second = search(places, typed)[:2]
        assert (first.kind, first.name) == (HOTSPOT, "Shenley Road shops")
        assert (second.kind, second.name) == (STREET, "Shenley Road")
    roads = [p for p in search(places, "shenley road") if p.kind == STREET and p.name == "Shenley Road"]
    assert [p.crimes for p in roads] == sorted((p.crimes for p in roads), reverse=True)
    # Words in any order, and the ward's name narrows a street down.
    darkes = search(places, "lane darkes")
    assert darkes and darkes[0].name == "Darkes Lane" and darkes[0].ward == "Potters Bar Parkfield"
    assert all(p.ward == "Potters Bar Parkfield" for p in search(places, "supermarket parkfield"))
    assert search(places, "cowley hill")[0].name in ("Cowley Hill", "Borehamwood Cowley Hill")
    assert any(p.kind == WARD and p.name == "Borehamwood Cowley Hill"
               for p in search(places, "cowley hill"))
    assert search(places, "zzzz nowhere") == [] and search(places, "  ") == []
    assert len(search(places, "road")) == gazetteer.SEARCH_LIMIT


def test_find_by_title() -> None:
    places = [Place("Shenley Road", "Borehamwood Hillside", STREET, 51.65, -0.27, 12)]
    assert gazetteer.find(places, "Shenley Road, Borehamwood Hillside") is places[0]
    assert gazetteer.find(places, "Shenley Road") is None
    assert places[0].describe() == ("Shenley Road, Borehamwood Hillside: the middle of the 12 "
                                    "crimes police.uk placed on or near it.")
