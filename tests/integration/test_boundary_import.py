"""Importing ward and LSOA boundaries into a real store, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import shapely
from pyproj import Transformer
from shapely.geometry import mapping, shape
from sqlalchemy import func, select

from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.services.admin.maintenance import record_counts
from jagdesk.services.places.boundaries import BoundaryImportSummary, import_boundaries
from jagdesk.services.places.crime_import import import_police_uk
from jagdesk.services.reference.localities import (
    LocalityInput,
    WardInput,
    list_wards,
    save_locality,
    save_ward,
)
from jagdesk.store.models import AuditEntry, Crime, Lsoa, Ward
from jagdesk.store.opening import Store

WARDS = "geo/hertsmere-wards-2013.geojson"
LSOAS = "geo/hertsmere-lsoa-2011.geojson"
Rows = Callable[[Store], dict[str, list[tuple[object, ...]]]]


def features(shared_data: Path, name: str = WARDS) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads((shared_data / name).read_text("utf-8"))["features"]
    return found


def collection(path: Path, items: list[dict[str, Any]], **extra: Any) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", **extra, "features": items}), "utf-8")
    return path


def test_import_wards_into_a_new_locality(store: Store, shared_data: Path) -> None:
    with store.unit_of_work() as uow:
        summary = import_boundaries(uow, shared_data / WARDS, locality="Hertsmere")
    assert summary == BoundaryImportSummary(
        "hertsmere-wards-2013.geojson", "ward", "WD13CD", "WD13NM", added=15, updated=0,
        locality="Hertsmere", locality_created=True, crimes_placed=0, from_national_grid=False)
    assert summary.sentence() == (
        "hertsmere-wards-2013.geojson: 15 wards added, 0 updated (codes from WD13CD, names from "
        "WD13NM); wards put in the locality Hertsmere (new); 0 crimes placed in wards again.")
    expected = {f["properties"]["WD13CD"]: f for f in features(shared_data)}
    with store.unit_of_work() as uow:
        wards = uow.session.execute(select(Ward.code, Ward.geometry, Ward.min_lon, Ward.min_lat,
                                           Ward.max_lon, Ward.max_lat)).all()
        rows = list_wards(uow)
    assert {row.code: (row.name, row.locality_name) for row in rows} == {
        code: (f["properties"]["WD13NM"], "Hertsmere") for code, f in expected.items()}
    assert len(wards) == 15
    for code, geometry, *bounds in wards:
        original = shape(expected[code]["geometry"])
        assert shape(json.loads(geometry)).equals(original)
        assert bounds == pytest.approx(original.bounds)


def test_reimport_keeps_localities_and_changes_nothing(store: Store, shared_data: Path,
                                                       store_rows: Rows) -> None:
    with store.unit_of_work() as uow:
        borehamwood = save_locality(uow, LocalityInput("Borehamwood"))
    with store.unit_of_work() as uow:
        save_ward(uow, WardInput("E05004749", "Old name", borehamwood.id))
    with store.unit_of_work() as uow:
        summary = import_boundaries(uow, shared_data / WARDS)
    assert (summary.added, summary.updated, summary.locality) == (14, 1, None)
    with store.unit_of_work() as uow:
        by_code = {row.code: row for row in list_wards(uow)}
    assert (by_code["E05004749"].name, by_code["E05004749"].locality_name) == (
        "Borehamwood Cowley Hill", "Borehamwood")
    assert by_code["E05004746"].locality_name == ""
    before = store_rows(store)
    with store.unit_of_work() as uow:
        again = import_boundaries(uow, shared_data / WARDS)
    assert (again.added, again.updated) == (0, 15)
    assert store_rows(store) == before  # same boundaries: no change, no audit entry, no new version
    # Asked for, a locality is given to every ward of the file, existing ones too.
    with store.unit_of_work() as uow:
        moved = import_boundaries(uow, shared_data / WARDS, locality="hertsmere")
        assert moved.locality_created
    with store.unit_of_work() as uow:
        assert {row.locality_name for row in list_wards(uow)} == {"hertsmere"}


def test_import_lsoas(store: Store, shared_data: Path) -> None:
    with store.unit_of_work() as uow:
        summary = import_boundaries(uow, shared_data / LSOAS)
    assert (summary.kind, summary.code_property, summary.name_property, summary.added) == (
        "lsoa", "LSOA11CD", "LSOA11NM", 62)
    assert summary.sentence() == ("hertsmere-lsoa-2011.geojson: 62 LSOAs added, 0 updated (codes "
                                  "from LSOA11CD, names from LSOA11NM).")
    with store.unit_of_work() as uow:
        lsoas = uow.session.execute(select(Lsoa.name, Lsoa.geometry, Lsoa.max_lat)).all()
        counts = record_counts(uow.session.connection())
    assert len(lsoas) == 62 and all(geometry and name.startswith("Hertsmere") and lat > 51
                                    for name, geometry, lat in lsoas)
    assert counts["wards"] == 0 and counts["audit entries"] == 62


def test_newer_vintage_and_chosen_properties(store: Store, shared_data: Path,
                                             tmp_path: Path) -> None:
    first = features(shared_data)[:2]
    renamed = [{**f, "properties": {"LAD23CD": "E07000098", "WD23CD": f["properties"]["WD13CD"],
                                    "WD23NM": f["properties"]["WD13NM"], "LAD23NM": "Hertsmere"}}
               for f in first]
    with store.unit_of_work() as uow:
        summary = import_boundaries(uow, collection(tmp_path / "w23.geojson", renamed))
    assert (summary.kind, summary.code_property, summary.name_property, summary.added) == (
        "ward", "WD23CD", "WD23NM", 2)
    plain = [{**f, "properties": {"ref": f["properties"]["WD13CD"], "label": "Ward " + str(n)}}
             for n, f in enumerate(first)]
    path = collection(tmp_path / "plain.geojson", plain)
    with store.unit_of_work() as uow, pytest.raises(JagdeskError, match="no area code and name"):
        import_boundaries(uow, path)
    with store.unit_of_work() as uow:  # the kind comes from the E05 codes
        summary = import_boundaries(uow, path, code_property="ref", name_property="label")
    assert (summary.kind, summary.updated) == ("ward", 2)
    with store.unit_of_work() as uow:
        assert sorted(row.name for row in list_wards(uow)) == ["Ward 0", "Ward 1"]


def test_british_national_grid_is_converted(store: Store, shared_data: Path,
                                            tmp_path: Path) -> None:
    to_grid = Transformer.from_crs(4326, 27700, always_xy=True)

    def grid(xy: Any) -> Any:
        return np.column_stack(to_grid.transform(xy[:, 0], xy[:, 1]))

    original = features(shared_data)[:3]
    projected = [{**f, "geometry": mapping(shapely.transform(shape(f["geometry"]), grid))}
                 for f in original]
    path = collection(tmp_path / "bng.geojson", projected,
                      crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::27700"}})
    with store.unit_of_work() as uow:
        summary = import_boundaries(uow, path)
    assert summary.from_national_grid and summary.added == 3
    assert summary.sentence().endswith("; converted from British National Grid; 0 crimes placed "
                                       "in wards again.")
    with store.unit_of_work() as uow:
        wards = {code: bounds for code, *bounds in uow.session.execute(
            select(Ward.code, Ward.min_lon, Ward.min_lat, Ward.max_lon, Ward.max_lat))}
    for f in original:
        assert wards[f["properties"]["WD13CD"]] == pytest.approx(shape(f["geometry"]).bounds,
                                                                 abs=1e-5)


def bad_files(shared_data: Path) -> dict[str, tuple[list[dict[str, Any]], str, type[Exception]]]:
    good = features(shared_data)[0]
    point = {**good, "geometry": {"type": "Point", "coordinates": [-0.27, 51.65]}}
    no_shape = {**good, "geometry": None}
    bad_code = {**good, "properties": {"WD13CD": "Elstree", "WD13NM": "Elstree"}}
    swapped = {**good, "geometry": {"type": "Polygon", "coordinates": [
        [[lat, lon] for lon, lat in good["geometry"]["coordinates"][0]]]}}
    msoa = {**good, "properties": {"MSOA11CD": "E02004920", "MSOA11NM": "Hertsmere 001"}}
    return {
        "point": ([good, point], "Feature 2 of bad.geojson (E05004746) has no usable boundary: "
                  "not a Polygon or MultiPolygon.", JagdeskError),
        "none": ([no_shape], "Feature 1 of bad.geojson (E05004746) has no usable boundary: not a "
                 "Polygon or MultiPolygon.", JagdeskError),
        "code": ([bad_code], "Feature 1 of bad.geojson cannot be imported: 'Elstree' is not an ONS "
                 "ward code (a letter and eight digits, as E05004746).", JagdeskError),
        "twice": ([good, good], "bad.geojson holds the code E05004746 more than once.", JagdeskError),
        "swapped": ([swapped], "The boundary of E05004746 in bad.geojson is not in the United "
                    "Kingdom: JAGDesk needs longitude/latitude or British National Grid "
                    "coordinates.", JagdeskError),
        "msoa": ([msoa], "bad.geojson does not say whether it holds wards or LSOAs (its codes are "
                 "in MSOA11CD); choose which.", ValidationError),
        "empty": ([], "bad.geojson holds no boundaries.", JagdeskError),
    }


@pytest.mark.parametrize("case", ["point", "none", "code", "twice", "swapped", "msoa", "empty"])
def test_bad_boundary_files_change_nothing(store: Store, shared_data: Path, tmp_path: Path,
                                           case: str, store_rows: Rows) -> None:
    items, message, error = bad_files(shared_data)[case]
    path = collection(tmp_path / "bad.geojson", items)
    before = store_rows(store)
    with store.unit_of_work() as uow, pytest.raises(error) as refused:
        import_boundaries(uow, path, locality="Elstree")
    assert str(refused.value) == message
    assert store_rows(store) == before


def test_lsoas_do_not_go_into_localities(store: Store, shared_data: Path) -> None:
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        import_boundaries(uow, shared_data / LSOAS, locality="Borehamwood")
    assert refused.value.errors == {"locality": "Only wards belong to localities."}


def test_new_ward_boundaries_place_the_crimes_already_imported(store: Store,
                                                               shared_data: Path) -> None:
    with store.unit_of_work() as uow:
        import_police_uk(uow, shared_data / "policeuk/2021-01-hertfordshire-street.csv")
    with store.unit_of_work() as uow:
        # No wards yet: every crime with a place is outside the partnership.
        assert uow.session.scalar(select(func.count()).where(Crime.outside.is_(True))) == 6914 - 68
    with store.unit_of_work() as uow:
        summary = import_boundaries(uow, shared_data / WARDS)
    assert summary.crimes_placed == 6914 - 68
    shapes = {f["properties"]["WD13CD"]: shape(f["geometry"]) for f in features(shared_data)}
    with store.unit_of_work() as uow:
        placed = uow.session.execute(
            select(Ward.code, Crime.longitude, Crime.latitude).join(Ward, Crime.ward_id == Ward.id)
        ).all()
        outside = uow.session.scalar(select(func.count()).where(Crime.outside.is_(True)))
        audit = uow.session.scalar(select(func.count()).select_from(AuditEntry))
    assert len(placed) == 708 and outside == 6914 - 68 - 708
    assert all(shapely.intersects_xy(shapes[code], lon, lat) for code, lon, lat in placed)
    assert audit == 1 + 1 + 15  # the file, its counts, the wards: crimes are not records


def test_deleting_a_ward_leaves_its_crimes_outside_and_undo_brings_them_back(
    tmp_path: Path, shared_data: Path
) -> None:
    from jagdesk.services.reference.localities import delete_ward
    from jagdesk.services.undo import undo_delete
    from jagdesk.store.location import sqlite_location
    from jagdesk.store.models import Crime
    from jagdesk.store.opening import open_store

    with open_store(sqlite_location(tmp_path / "w.db")) as store:
        with store.unit_of_work() as uow:
            import_boundaries(uow, shared_data / "geo/hertsmere-wards-2013.geojson")
        with store.unit_of_work() as uow:
            import_police_uk(uow, shared_data / "policeuk/2021-01-hertfordshire-street.csv")
        with store.unit_of_work() as uow:
            shenley = next(w for w in list_wards(uow) if w.name == "Shenley")
            count = select(func.count()).select_from(Crime)
            in_shenley = uow.session.scalar(count.where(Crime.ward_id == shenley.id))
            outside = uow.session.scalar(count.where(Crime.outside.is_(True)))
        assert in_shenley
        with store.unit_of_work() as uow:
            delete_ward(uow, shenley.id, shenley.version)
        with store.unit_of_work() as uow:
            assert uow.session.scalar(count.where(Crime.outside.is_(True))) == outside + in_shenley
            undo_delete(uow, "ward", shenley.id)
        with store.unit_of_work() as uow:
            assert uow.session.scalar(count.where(Crime.ward_id == shenley.id)) == in_shenley
            assert uow.session.scalar(count.where(Crime.outside.is_(True))) == outside
