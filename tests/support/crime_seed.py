"""Putting wards, police.uk files and crimes straight into a store's tables, for the places tests.

Crimes go in with SQLAlchemy core inserts into the real tables, as the importer leaves them:
police.uk months, crime types and coordinates snapped to a few points in Borehamwood.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import shapely
from sqlalchemy import insert, select

from jagdesk.importers.boundaries import read_areas
from jagdesk.store.models import Crime, CrimeFile, Locality, Ward
from jagdesk.store.opening import Store

WARDS_FILE = "geo/hertsmere-wards-2013.geojson"
# Localities of the Hertsmere wards (2013 codes), as the demo partnership has them.
LOCALITIES = {
    "Borehamwood": ["E05004748", "E05004749", "E05004750", "E05004751", "E05004756"],
    "Bushey": ["E05004752", "E05004753", "E05004754", "E05004755"],
    "Potters Bar": ["E05004757", "E05004758", "E05004759"],
    "Radlett": ["E05004746", "E05004747"],
    "Shenley": ["E05004760"],
}
FORCE = "Hertfordshire Constabulary"


@dataclass(frozen=True)
class Point:
    """A police.uk snap point: where the incidents of one street are published."""

    latitude: float
    longitude: float
    location: str
    ward_code: str | None  # None: outside the partnership


# Real snap points from the Hertfordshire files (2021), with the 2013 ward each lies in.
SUPERMARKET = Point(51.655688, -0.269328, "On or near Supermarket", "E05004750")  # Shenley Road
MAXWELL_ROAD = Point(51.658306, -0.267551, "On or near Maxwell Road", "E05004750")
ARUNDEL_DRIVE = Point(51.651135, -0.261189, "On or near Arundel Drive", "E05004750")
GREGSON_CLOSE = Point(51.663902, -0.262276, "On or near Gregson Close", "E05004751")
WELHAM_CLOSE = Point(51.667669, -0.280599, "On or near Welham Close", "E05004749")
CANTERBURY_ROAD = Point(51.661403, -0.275182, "On or near Canterbury Road", "E05004748")
DARKES_LANE = Point(51.697963, -0.192512, "On or near Supermarket", "E05004759")  # Potters Bar
BARNET = Point(51.651800, -0.199800, "On or near High Street", None)  # Chipping Barnet


def add_wards(store: Store, shared_data: Path) -> dict[str, uuid.UUID]:
    """The 15 Hertsmere wards with their real boundaries, in the demo's localities; ids by code."""
    areas = {area.code: area for area in read_areas(shared_data / WARDS_FILE)}
    ids: dict[str, uuid.UUID] = {}
    with store.unit_of_work("test") as uow:
        for name, codes in LOCALITIES.items():
            locality = Locality(name=name, description="")
            uow.session.add(locality)
            for code in codes:
                area = areas[code]
                min_lon, min_lat, max_lon, max_lat = shapely.from_geojson(
                    json.dumps(area.geometry)).bounds
                ward = Ward(id=uuid.uuid4(), code=code, name=area.name, locality=locality,
                            geometry=json.dumps(area.geometry), min_lon=min_lon, min_lat=min_lat,
                            max_lon=max_lon, max_lat=max_lat)
                uow.session.add(ward)
                ids[code] = ward.id
        uow.commit()
    return ids


def add_crimes(store: Store, wards: dict[str, uuid.UUID],
               incidents: Iterable[tuple[str, str, Point, int]]) -> int:
    """Add `count` incidents of a type at a point in a month, for each (month, type, point, count).

    One police.uk street file per month, as an import leaves them; returns how many rows went in.
    """
    now = datetime.now(UTC)
    files: dict[str, uuid.UUID] = {}
    rows: list[dict[str, object]] = []
    with store.engine.begin() as connection:
        for month, crime_type, point, count in incidents:
            if month not in files:
                # A month already added (by an earlier call) keeps its one file, as on import.
                existing = connection.scalar(select(CrimeFile.id).where(
                    CrimeFile.month == month, CrimeFile.force == FORCE))
                files[month] = existing or uuid.uuid4()
                if existing is None:
                    connection.execute(insert(CrimeFile.__table__).values(
                        id=files[month], source="street", month=month, force=FORCE,
                        file_name=f"{month}-hertfordshire-street.csv", sha256="0" * 64,
                        rows_imported=0, rows_skipped=0, rows_rejected=0, rows_no_location=0,
                        rows_outside=0, rejections="", created_at=now, created_by="test",
                        updated_at=now, updated_by="test", version=1))
            for _ in range(count):
                asb = crime_type == "Anti-social behaviour"
                rows.append({
                    "file_id": files[month], "line_no": len(rows) + 2,
                    "crime_ref": None if asb else uuid.uuid4().hex + uuid.uuid4().hex,
                    "month": month, "reported_by": FORCE, "falls_within": FORCE,
                    "longitude": point.longitude, "latitude": point.latitude,
                    "location": point.location, "lsoa_code": "E01023810",
                    "lsoa_name": "Hertsmere 010A", "crime_type": crime_type,
                    "last_outcome": None if asb else "Investigation complete; no suspect identified",
                    "outcome_month": None, "context": None,
                    "ward_id": wards.get(point.ward_code) if point.ward_code else None,
                    "outside": point.ward_code is None,
                })
        if rows:
            connection.execute(insert(Crime.__table__), rows)
    return len(rows)


def add_unlocated(store: Store, month: str, crime_type: str, count: int) -> None:
    """`No Location` rows: no coordinates, no ward, not flagged outside."""
    now = datetime.now(UTC)
    file_id = uuid.uuid4()
    with store.engine.begin() as connection:
        connection.execute(insert(CrimeFile.__table__).values(
            id=file_id, source="street", month=month, force="No Location Force " + month,
            file_name="nolocation.csv", sha256="1" * 64, rows_imported=count, rows_skipped=0,
            rows_rejected=0, rows_no_location=count, rows_outside=0, rejections="",
            created_at=now, created_by="test", updated_at=now, updated_by="test", version=1))
        connection.execute(insert(Crime.__table__), [{
            "file_id": file_id, "line_no": n + 2, "crime_ref": uuid.uuid4().hex * 2,
            "month": month, "reported_by": FORCE, "falls_within": FORCE, "longitude": None,
            "latitude": None, "location": "No Location", "lsoa_code": None, "lsoa_name": None,
            "crime_type": crime_type, "last_outcome": None, "outcome_month": None,
            "context": None, "ward_id": None, "outside": False} for n in range(count)])


def add_street_file(store: Store, wards: dict[str, uuid.UUID], path: Path) -> int:
    """The rows of a real police.uk street file, each given its ward as an import does.

    A stand-in for the importer (written separately): read with the csv module, wards by point in
    polygon, rows outside every ward flagged, `No Location` rows kept without a place.
    """
    import csv

    import numpy as np

    areas = {area.code: shapely.from_geojson(json.dumps(area.geometry))
             for area in read_areas(path.parent.parent / WARDS_FILE)}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        records = list(csv.DictReader(handle))
    located = [r for r in records if r["Latitude"]]
    lons = np.array([float(r["Longitude"]) for r in located])
    lats = np.array([float(r["Latitude"]) for r in located])
    ward_of: dict[int, str] = {}
    for code, boundary in areas.items():
        for index in np.flatnonzero(shapely.intersects_xy(boundary, lons, lats)):
            ward_of.setdefault(int(index), code)
    now = datetime.now(UTC)
    file_id = uuid.uuid4()
    month = records[0]["Month"]
    rows = []
    position = {id(r): i for i, r in enumerate(located)}
    for line, record in enumerate(records, start=2):
        index = position.get(id(record))
        code = ward_of.get(index) if index is not None else None
        rows.append({
            "file_id": file_id, "line_no": line, "crime_ref": record["Crime ID"] or None,
            "month": record["Month"], "reported_by": record["Reported by"],
            "falls_within": record["Falls within"],
            "longitude": float(record["Longitude"]) if record["Longitude"] else None,
            "latitude": float(record["Latitude"]) if record["Latitude"] else None,
            "location": record["Location"], "lsoa_code": record["LSOA code"] or None,
            "lsoa_name": record["LSOA name"] or None, "crime_type": record["Crime type"],
            "last_outcome": record["Last outcome category"] or None, "outcome_month": None,
            "context": record["Context"] or None, "ward_id": wards[code] if code else None,
            "outside": index is not None and code is None,
        })
    with store.engine.begin() as connection:
        connection.execute(insert(CrimeFile.__table__).values(
            id=file_id, source="street", month=month, force=FORCE, file_name=path.name,
            sha256="2" * 64, rows_imported=len(rows), rows_skipped=0, rows_rejected=0,
            rows_no_location=len(records) - len(located), rows_outside=0, rejections="",
            created_at=now, created_by="test", updated_at=now, updated_by="test", version=1))
        connection.execute(insert(Crime.__table__), rows)
    return len(rows)
