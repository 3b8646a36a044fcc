"""x"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from jagdesk.cli import main
from tests.support.hostile import LSOAS, WARDS, Capsys, Rows, refused


@pytest.fixture
def db(empty_file: Path) -> Path:
    return empty_file


def first_ward(shared_data: Path) -> dict[str, Any]:
    feature: dict[str, Any] = json.loads((shared_data / WARDS).read_text("utf-8"))["features"][0]
    return feature


def collection(path: Path, *features: Any) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": list(features)}), "utf-8")
    return path


# --- Boundary files -----------------------------------------------------------------------------


def test_json_nested_too_deeply(db: Path, tmp_path: Path, store_rows: Rows, capsys: Capsys) -> None:
    path = tmp_path / "deep.geojson"
    path.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    assert refused(capsys, db, store_rows, "import", "boundaries", str(path)) == (
        "deep.geojson is not a GeoJSON FeatureCollection: it is nested too deeply to read.")


def test_parts_nested_too_deeply(db: Path, tmp_path: Path, shared_data: Path,
                                 store_rows: Rows, capsys: Capsys) -> None:
    # Deep enough to be read, but not to be written out again, drawn or turned into text.
    deep: Any = [-0.3, 51.6]
    for _level in range(900):
        deep = [deep]
    good = first_ward(shared_data)
    cases = {
        "deep-shape.geojson": ({}, {**good, "geometry": {"type": "Polygon", "coordinates": deep}}),
        "deep-name.geojson": ({}, {**good, "properties": {"WD13CD": "E05004746",
                                                          "WD13NM": deep}}),
    }
    for name, (extra, feature) in cases.items():
        path = tmp_path / name
        text = json.dumps({"type": "FeatureCollection", **extra, "features": [feature]})
        path.write_text(text, "utf-8")
        message = refused(capsys, db, store_rows, "import", "boundaries", str(path))
        assert name in message


@pytest.mark.filterwarnings("error")  # a warning would be a second line on stderr
@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")], ids=str)
def test_coordinates_that_are_not_numbers(db: Path, tmp_path: Path, shared_data: Path,
                                          store_rows: Rows, capsys: Capsys, bad: float) -> None:
    good = first_ward(shared_data)
    ring = [list(point) for point in good["geometry"]["coordinates"][0]]
    ring[2][0] = bad
    damaged = {**good, "geometry": {"type": "Polygon", "coordinates": [ring]}}
    path = collection(tmp_path / "bad.geojson", good, damaged)
    assert refused(capsys, db, store_rows, "import", "boundaries", str(path)) == (
        "Feature 2 of bad.geojson (E05004746) has no usable boundary: its coordinates are not all "
        "finite numbers (NaN or Infinity).")


def edited(path: Path, feature: dict[str, Any], old: str, new: str) -> Path:
    """A collection of `feature` written as JSON, with the first `old` in the text made `new`:
    for what JSON allows and Python's json.dumps would never write."""
    text = json.dumps({"type": "FeatureCollection", "features": [feature]})
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_a_coordinate_too_large_for_a_number(db: Path, tmp_path: Path, shared_data: Path,
                                             store_rows: Rows, capsys: Capsys) -> None:
    good = first_ward(shared_data)
    # A 400-digit integer is valid JSON, and too large for a float.
    first_x = str(good["geometry"]["coordinates"][0][1][0])
    path = edited(tmp_path / "bad.geojson", good, first_x, "1" * 400)
    assert refused(capsys, db, store_rows, "import", "boundaries", str(path)) == (
        "Feature 1 of bad.geojson (E05004746) has no usable boundary: its coordinates are not a "
        "polygon.")


def test_a_name_that_is_not_valid_unicode(db: Path, tmp_path: Path, shared_data: Path,
                                          store_rows: Rows, capsys: Capsys) -> None:
    named = {**first_ward(shared_data),
             "properties": {"WD13CD": "E05004746", "WD13NM": "Aldenham East"}}
    # A lone surrogate: valid JSON, and no database can store it.
    path = edited(tmp_path / "bad.geojson", named, "Aldenham East", "Aldenham \\ud800East")
    assert refused(capsys, db, store_rows, "import", "boundaries", str(path)) == (
        "Feature 1 of bad.geojson cannot be imported: its WD13NM is not valid Unicode text.")


@pytest.mark.parametrize("properties", [["WD13CD", "WD13NM"], "WD13CD WD13NM", 7],
                         ids=["list", "text", "number"])
def test_properties_that_are_not_an_object(db: Path, tmp_path: Path, shared_data: Path,
                                           store_rows: Rows, capsys: Capsys,
                                           properties: Any) -> None:
    good = first_ward(shared_data)
    path = collection(tmp_path / "bad.geojson", good, {**good, "properties": properties})
    expected = ("Feature 2 of bad.geojson cannot be imported: its properties are not a set of "
                "names and values.")
    assert refused(capsys, db, store_rows, "import", "boundaries", str(path)) == expected
    assert refused(capsys, db, store_rows, "import", "boundaries", str(path),
                   "--code-property", "WD13CD", "--name-property", "WD13NM") == expected


def test_code_or_name_that_is_not_text(db: Path, tmp_path: Path, shared_data: Path,
                                       store_rows: Rows, capsys: Capsys) -> None:
    good = first_ward(shared_data)
    for value in ({"en": "Aldenham East"}, ["Aldenham East"], None, True):
        path = collection(tmp_path / "bad.geojson",
                          {**good, "properties": {"WD13CD": "E05004746", "WD13NM": value}})
        assert refused(capsys, db, store_rows, "import", "boundaries", str(path)) == (
            "Feature 1 of bad.geojson cannot be imported: its WD13NM is not text.")


@pytest.mark.parametrize("character, shown", [("\x00", "NUL"), ("\x1b", "U+001B")])
def test_control_characters_in_a_boundary_name(db: Path, tmp_path: Path, shared_data: Path,
                                               store_rows: Rows, capsys: Capsys,
                                               character: str, shown: str) -> None:
    good = first_ward(shared_data)
    named = {**good, "properties": {"WD13CD": "E05004746", "WD13NM": f"Aldenham{character} East"}}
    path = collection(tmp_path / "bad.geojson", named)
    assert refused(capsys, db, store_rows, "import", "boundaries", str(path)) == (
        f"Feature 1 of bad.geojson cannot be imported: its WD13NM holds a control character "
        f"({shown}).")


def test_lsoas_are_not_imported_as_wards(db: Path, shared_data: Path, tmp_path: Path,
                                         store_rows: Rows, capsys: Capsys) -> None:
    assert refused(capsys, db, store_rows, "import", "boundaries", str(shared_data / LSOAS),
                   "--kind", "ward") == (
        "hertsmere-lsoa-2011.geojson seems to hold LSOAs (codes such as E01023523), not wards; "
        "import it as LSOAs.")
    assert refused(capsys, db, store_rows, "import", "boundaries", str(shared_data / WARDS),
                   "--kind", "lsoa") == (
        "hertsmere-wards-2013.geojson seems to hold wards (codes such as E05004746), not LSOAs; "
        "import it as wards.")
    # Property names that say wards do not make LSOA codes into wards.
    lsoa = json.loads((shared_data / LSOAS).read_text("utf-8"))["features"][0]
    renamed = {**lsoa, "properties": {"WD13CD": lsoa["properties"]["LSOA11CD"],
                                      "WD13NM": lsoa["properties"]["LSOA11NM"]}}
    path = collection(tmp_path / "wards.geojson", first_ward(shared_data), renamed)
    assert refused(capsys, db, store_rows, "import", "boundaries", str(path)) == (
        f"wards.geojson seems to hold LSOAs (codes such as {lsoa['properties']['LSOA11CD']}), "
        "not wards; import it as LSOAs.")
    msoa = {**lsoa, "properties": {"MSOA11CD": "E02004920", "MSOA11NM": "Hertsmere 001"}}
    path = collection(tmp_path / "msoa.geojson", msoa)
    assert refused(capsys, db, store_rows, "import", "boundaries", str(path), "--kind", "ward") == (
        "msoa.geojson seems to hold MSOAs (codes such as E02004920), not wards.")
    output_area = {**lsoa, "properties": {"OA11CD": "E00119634", "OA11NM": "E00119634"}}
    path = collection(tmp_path / "oa.geojson", output_area)
    assert refused(capsys, db, store_rows, "import", "boundaries", str(path), "--kind", "ward",
                   "--code-property", "OA11CD", "--name-property", "OA11NM") == (
        "oa.geojson holds E00119634, which is not an ONS ward code (those start E05, N08, S13 "
        "or W05).")


def test_a_boundary_file_that_is_not_there(db: Path, tmp_path: Path, store_rows: Rows,
                                           capsys: Capsys) -> None:
    path = tmp_path / "wards.geojson"
    assert refused(capsys, db, store_rows, "import", "boundaries", str(path)) == (
        f"There is no file at {path}.")
    assert refused(capsys, db, store_rows, "import", "boundaries", str(tmp_path)) == (
        f"{tmp_path} is a folder, not a file.")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_boundaries_are_read(db: Path, tmp_path: Path, shared_data: Path, capsys: Capsys,
                                   encoding: str) -> None:
    path = tmp_path / "hertsmere-wards.geojson"
    path.write_text((shared_data / WARDS).read_text("utf-8"), encoding)
    assert main(["--db", str(db), "import", "boundaries", str(path)]) == 0
    assert capsys.readouterr() == (
        "hertsmere-wards.geojson: 15 wards added, 0 updated (codes from WD13CD, names from "
        "WD13NM); 0 crimes placed in wards again.\n", "")
