"""Reading ONS boundary GeoJSON: codes and names found by property pattern, bad files refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jagdesk.errors import JagdeskError
from jagdesk.importers.boundaries import read_areas


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
