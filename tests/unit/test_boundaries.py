"""Reading ONS boundary GeoJSON: codes and names found by property pattern, bad files refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jagdesk.errors import JagdeskError
from jagdesk.importers.boundaries import read_areas, read_boundaries


def test_hertsmere_wards(shared_data: Path) -> None:
    areas = read_areas(shared_data / "geo/hertsmere-wards-2013.geojson")
    assert len(areas) == 15
    by_code = {area.code: area.name for area in areas}
    assert by_code["E05004746"] == "Aldenham East"
    assert all(area.geometry["type"] == "Polygon" for area in areas)


def test_lsoas_found_by_their_own_property_names(shared_data: Path) -> None:
    areas = read_areas(shared_data / "geo/hertsmere-lsoa-2011.geojson")
    assert len(areas) == 62
    assert all(area.code.startswith("E01") and area.name.startswith("Hertsmere")
               for area in areas)


def test_newer_vintage_property_names(tmp_path: Path) -> None:
    path = tmp_path / "wards-2023.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"WD23CD": "E05015001", "WD23NM": "New Ward"},
         "geometry": None},
    ]}), encoding="utf-8")
    [area] = read_areas(path)
    assert (area.code, area.name, area.geometry) == ("E05015001", "New Ward", {})


def test_not_geojson(tmp_path: Path) -> None:
    path = tmp_path / "wards.geojson"
    path.write_text("Ward,Code\nElstree,E05004756\n", encoding="utf-8")
    with pytest.raises(JagdeskError) as refused:
        read_areas(path)
    assert str(refused.value) == f"{path} is not a GeoJSON FeatureCollection."


def test_features_without_code_and_name(tmp_path: Path) -> None:
    path = tmp_path / "wards.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"OBJECTID": 1}, "geometry": None},
    ]}), encoding="utf-8")
    with pytest.raises(JagdeskError, match="^Feature 1 of wards.geojson has no area code"):
        read_areas(path)


def feature(properties: dict[str, str], coordinates: list[list[float]] | None = None
            ) -> dict[str, object]:
    ring = coordinates or [[-0.30, 51.60], [-0.29, 51.60], [-0.29, 51.61], [-0.30, 51.61],
                           [-0.30, 51.60]]
    return {"type": "Feature", "properties": properties,
            "geometry": {"type": "Polygon", "coordinates": [ring]}}


def test_the_finest_kind_of_code_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "wards.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        feature({"LAD23CD": "E07000098", "LAD23NM": "Hertsmere", "WD23CD": "E05015001",
                 "WD23NM": "Bushey Heath", "OBJECTID": "7"}),
    ]}), encoding="utf-8")
    found = read_boundaries(path)
    assert (found.kind, found.code_property, found.name_property) == ("ward", "WD23CD", "WD23NM")
    [item] = found.boundaries
    assert (item.code, item.name) == ("E05015001", "Bushey Heath")
    assert item.bounds == pytest.approx((-0.30, 51.60, -0.29, 51.61))
    assert json.loads(item.geojson)["type"] == "Polygon"


def test_lsoa_files_and_lower_case_properties(tmp_path: Path) -> None:
    path = tmp_path / "lsoa.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        feature({"msoa21cd": "E02004920", "lsoa21cd": "E01023683", "lsoa21nm": "Hertsmere 009A"}),
    ]}), encoding="utf-8")
    found = read_boundaries(path)
    assert (found.kind, found.code_property, found.name_property) == ("lsoa", "lsoa21cd", "lsoa21nm")
    assert not found.from_national_grid


def test_national_grid_coordinates_without_a_crs(tmp_path: Path) -> None:
    # Elstree village green, roughly, in British National Grid metres.
    square = [[517700.0, 195300.0], [517800.0, 195300.0], [517800.0, 195400.0],
              [517700.0, 195400.0], [517700.0, 195300.0]]
    path = tmp_path / "bng.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        feature({"WD13CD": "E05004756", "WD13NM": "Elstree"}, square)]}), encoding="utf-8")
    found = read_boundaries(path)
    assert found.from_national_grid
    lon0, lat0, lon1, lat1 = found.boundaries[0].bounds
    assert -0.32 < lon0 < lon1 < -0.29 and 51.64 < lat0 < lat1 < 51.65
