"""The map's layers read from a real store (SQLite and PostgreSQL) holding the real Hertsmere wards
and two real police.uk street months."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import numpy as np
import pytest
import shapely

from jagdesk.importers.boundaries import read_areas
from jagdesk.services.places import map_layers
from jagdesk.store.models import Ward
from jagdesk.store.opening import Store
from tests.support.map_seed import Seeded, add_hotspot


@pytest.fixture
def map_store(map_on_backend: tuple[Store, Seeded]) -> Store:
    """The real wards and two street months (tests.support.map_seed), on each backend."""
    return map_on_backend[0]


@pytest.fixture
def seeded(map_on_backend: tuple[Store, Seeded]) -> Seeded:
    """What went into the map store."""
    return map_on_backend[1]


def test_ward_outlines_are_the_real_boundaries(map_store: Store, seeded: Seeded, shared_data: Path) -> None:
    with map_store.unit_of_work() as uow:
        outlines = map_layers.ward_outlines(uow)
    assert len(outlines) == 15
    assert [ward.name for ward in outlines] == sorted(seeded.ward_names, key=str.lower)
    areas = {area.code: area for area in read_areas(shared_data / "geo/hertsmere-wards-2013.geojson")}
    for ward in outlines:
        boundary = shapely.from_geojson(json.dumps(areas[ward.code].geometry))
        [ring] = ward.rings  # the 2013 Hertsmere wards are single polygons without holes
        assert np.array_equal(ring, np.asarray(areas[ward.code].geometry["coordinates"][0]))
        # The label goes inside its own ward, not merely inside the ward's box.
        assert boundary.contains(shapely.Point(ward.label_lon, ward.label_lat))


def test_crimes_of_the_chosen_months(map_store: Store, seeded: Seeded) -> None:
    with map_store.unit_of_work() as uow:
        january = map_layers.crime_points(uow, "2021-01", "2021-01")
        both = map_layers.crime_points(uow, "2021-01", "2021-02")
        none = map_layers.crime_points(uow, "2021-03", "2021-12")
    assert len(january) == seeded.count({"2021-01"})
    assert int(january.outside.sum()) == seeded.count({"2021-01"}, outside=True)
    assert january.no_location == seeded.no_location["2021-01"]
    assert len(both) == seeded.count({"2021-01", "2021-02"})
    assert both.no_location == seeded.no_location["2021-01"] + seeded.no_location["2021-02"]
    assert len(none) == 0 and none.no_location == 0
    # The points are the files' own coordinates, not anything rounded or moved.
    expected = sorted((lon, lat) for month, _t, lon, lat, _o in seeded.located if month == "2021-01")
    assert sorted(zip(january.lon.tolist(), january.lat.tolist(), strict=True)) == expected


def test_crimes_of_chosen_types(map_store: Store, seeded: Seeded) -> None:
    chosen = {"Burglary", "Vehicle crime"}
    with map_store.unit_of_work() as uow:
        points = map_layers.crime_points(uow, "2021-02", "2021-02", chosen)
        nothing = map_layers.crime_points(uow, "2021-02", "2021-02", [])
    assert len(points) == seeded.count({"2021-02"}, chosen) > 0
    assert int((~points.outside).sum()) == seeded.count({"2021-02"}, chosen, outside=False)
    assert len(nothing) == 0


def test_months_and_crime_types_present(map_store: Store, seeded: Seeded) -> None:
    with map_store.unit_of_work() as uow:
        choices = map_layers.map_choices(uow)
    assert choices.months == ("2021-01", "2021-02")
    assert choices.crime_types == tuple(sorted({kind for _m, kind, *_ in seeded.located}))
    assert "Anti-social behaviour" in choices.crime_types


def test_hotspots_with_a_radius_or_a_drawn_area(store: Store) -> None:
    ring = [[-0.342, 51.634], [-0.336, 51.634], [-0.335, 51.638], [-0.342, 51.634]]
    shops = add_hotspot(store, "Shenley Road shops", -0.2693, 51.6557, radius_m=300)
    heath = add_hotspot(store, "Bushey Heath", -0.339, 51.636, status="monitoring", area=ring)
    with store.unit_of_work() as uow:
        first, second = map_layers.hotspot_shapes(uow)
    assert (first.id, first.name, first.status, first.radius_m, len(first.area)) == (
        heath, "Bushey Heath", "monitoring", None, 1)
    assert np.array_equal(first.area[0], np.asarray(ring))
    assert (second.id, second.radius_m, second.area, second.longitude, second.latitude) == (
        shops, 300, (), -0.2693, 51.6557)


def test_wards_without_a_usable_boundary_are_left_off(store: Store) -> None:
    square = [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]
    hole = [[0.4, 0.4], [0.6, 0.4], [0.6, 0.6], [0.4, 0.6], [0.4, 0.4]]
    islet = [[2.0, 0.0], [2.1, 0.0], [2.1, 0.1], [2.0, 0.0]]
    multi = {"type": "MultiPolygon", "coordinates": [[square, hole], [islet]]}
    with store.unit_of_work() as uow:
        uow.session.add_all([
            Ward(id=uuid.uuid4(), code="E05000001", name="Two Parts", geometry=json.dumps(multi)),
            Ward(id=uuid.uuid4(), code="E05000002", name="No Boundary", geometry=None),
            Ward(id=uuid.uuid4(), code="E05000003", name="Broken", geometry="{not json"),
            Ward(id=uuid.uuid4(), code="E05000004", name="A Point",
                 geometry=json.dumps({"type": "Point", "coordinates": [0, 0]})),
        ])
        uow.commit()
    with store.unit_of_work() as uow:
        [ward] = map_layers.ward_outlines(uow)
    assert ward.name == "Two Parts"
    assert [len(ring) for ring in ward.rings] == [5, 5, 4]
    # Labelled in the bigger part, clear of its hole.
    label = shapely.Point(ward.label_lon, ward.label_lat)
    assert shapely.Polygon(square, [hole]).contains(label)


def test_an_empty_store_has_nothing_to_map(store: Store) -> None:
    with store.unit_of_work() as uow:
        assert map_layers.ward_outlines(uow) == []
        assert map_layers.hotspot_shapes(uow) == []
        assert map_layers.map_choices(uow) == map_layers.MapChoices((), ())
        assert len(map_layers.crime_points(uow, "2021-01", "2021-12")) == 0


def test_grid_coordinates_match_an_ordnance_survey_test_point() -> None:
    # OSTN15 test point TP09 (London): ETRS89 (= police.uk's WGS84 to well under a metre) and its
    # National Grid easting and northing. Offline, without the OSTN15 grid, PROJ's Helmert
    # transformation is good to about 2 metres.
    easting, northing = map_layers.to_grid(np.array([-0.11992557180]), np.array([51.48936564950]))
    assert abs(easting[0] - 530624.974) < 3
    assert abs(northing[0] - 178388.464) < 3
