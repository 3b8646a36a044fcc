"""Placing points in areas: squares and holes made up here, and the real Hertsmere wards."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
import shapely

from jagdesk.domain.places.geo import NOT_FOUND, AreaLocator, area_shape, in_british_isles


def square(lon: float, lat: float, size: float = 0.01) -> list[list[float]]:
    return [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]


WEST = {"type": "Polygon", "coordinates": [square(-0.30, 51.60)]}
EAST = {"type": "Polygon", "coordinates": [square(-0.29, 51.60)]}  # shares WEST's east edge
# Two islands, the first with a lake in it.
ISLANDS = {"type": "MultiPolygon", "coordinates": [
    [square(-0.40, 51.70, 0.04), square(-0.39, 51.71, 0.01)],
    [square(-0.20, 51.70)],
]}


def locator(*geometries: dict[str, Any]) -> AreaLocator:
    return AreaLocator([area_shape(g) for g in geometries])


def test_points_in_neighbouring_areas() -> None:
    areas = locator(WEST, EAST)
    points = [(-0.295, 51.605), (-0.285, 51.605), (-0.29, 51.605), (-0.5, 51.5), None]
    # The shared edge goes to the first area listed.
    assert areas.areas_of(points) == [0, 1, 0, NOT_FOUND, None]
    assert areas.locate([-0.285, -0.295], [51.605, 51.605]).tolist() == [1, 0]


def test_multipolygon_and_holes() -> None:
    areas = locator(ISLANDS, WEST)
    assert areas.areas_of([(-0.395, 51.705), (-0.385, 51.715), (-0.195, 51.705),
                           (-0.295, 51.605)]) == [0, NOT_FOUND, 0, 1]


def test_the_same_point_many_times_gets_the_same_answer() -> None:
    areas = locator(WEST, EAST)
    points = [(-0.295, 51.605), (-0.285, 51.605), (1.0, 55.0)] * 2000
    assert areas.areas_of(points) == [0, 1, NOT_FOUND] * 2000
    assert areas.areas_of(points[:3]) == [0, 1, NOT_FOUND]


def test_no_areas_at_all() -> None:
    areas = AreaLocator([])
    assert len(areas) == 0
    assert areas.areas_of([(-0.295, 51.605), None]) == [NOT_FOUND, None]


@pytest.mark.parametrize("geometry", [
    None, {}, {"type": "Point", "coordinates": [-0.3, 51.6]},
    {"type": "LineString", "coordinates": [[-0.3, 51.6], [-0.2, 51.7]]},
    {"type": "Polygon", "coordinates": []}, {"type": "Polygon", "coordinates": [[[0, 0], [1]]]},
    {"type": "Polygon"},
])
def test_what_is_not_an_area(geometry: Any) -> None:
    with pytest.raises(ValueError):
        area_shape(geometry)


def test_a_boundary_that_crosses_itself_still_places_points() -> None:
    bow_tie = {"type": "Polygon", "coordinates": [[[-0.3, 51.6], [-0.2, 51.7], [-0.2, 51.6],
                                                   [-0.3, 51.7], [-0.3, 51.6]]]}
    areas = locator(bow_tie)
    assert areas.areas_of([(-0.28, 51.65), (-0.25, 51.61), (-0.25, 51.69)]) == [0, NOT_FOUND, NOT_FOUND]


def test_british_isles() -> None:
    assert in_british_isles(-0.27, 51.65) and in_british_isles(-5.93, 54.6)  # Elstree, Belfast
    assert not in_british_isles(151.2, -33.8)
    assert not in_british_isles(51.65, -0.27)  # latitude and longitude swapped
    assert not in_british_isles(math.nan, 51.6)


def test_real_wards(shared_data: Path) -> None:
    features = json.loads((shared_data / "geo/hertsmere-wards-2013.geojson").read_text("utf-8"))["features"]
    areas = locator(*(f["geometry"] for f in features))
    names = [f["properties"]["WD13NM"] for f in features]
    inner = [area_shape(f["geometry"]).representative_point() for f in features]
    found = areas.areas_of([(p.x, p.y) for p in inner])
    assert [names[i] for i in found if i is not None] == names
    # Barnet (London) and Hatfield (Welwyn Hatfield) are outside Hertsmere.
    assert areas.areas_of([(-0.2003, 51.6531), (-0.2237, 51.7636)]) == [NOT_FOUND, NOT_FOUND]
    # Agrees with shapely asked area by area over a grid across the district.
    grid = [(-0.40 + i * 0.004, 51.62 + j * 0.003) for i in range(60) for j in range(45)]
    shapes = [area_shape(f["geometry"]) for f in features]
    for point, index in zip(grid, areas.areas_of(grid), strict=True):
        inside = [k for k, s in enumerate(shapes) if shapely.intersects_xy(s, *point)]
        assert index == (inside[0] if inside else NOT_FOUND)
