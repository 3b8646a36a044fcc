"""The map tests' data: the real Hertsmere wards and police.uk street months, put straight into a
store's tables (wards through the ORM, crimes with SQLAlchemy core inserts, as an importer would)."""

from __future__ import annotations

import csv
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely
from sqlalchemy import insert

from jagdesk.importers.boundaries import read_areas
from jagdesk.store.models import Crime, CrimeFile, Hotspot, Ward
from jagdesk.store.opening import Store

WARDS_FILE = "geo/hertsmere-wards-2013.geojson"
STREET_FILES = ("policeuk/2021-01-hertfordshire-street.csv", "policeuk/2021-02-hertfordshire-street.csv")


@dataclass
class Seeded:
    """What went into the store, worked out here independently of the code under test."""

    ward_names: list[str] = field(default_factory=list)
    # (month, crime type, longitude, latitude, outside) of every crime with a location
    located: list[tuple[str, str, float, float, bool]] = field(default_factory=list)
    no_location: dict[str, int] = field(default_factory=dict)  # by month

    def count(self, months: set[str], types: set[str] | None = None, outside: bool | None = None) -> int:
        return sum(1 for month, kind, _lon, _lat, out in self.located
                   if month in months and (types is None or kind in types)
                   and (outside is None or out == outside))


def add_wards(store: Store, shared_data: Path, seeded: Seeded) -> dict[str, shapely.Geometry]:
    """The 15 Hertsmere wards with their boundaries; their shapes by ward id."""
    shapes: dict[str, shapely.Geometry] = {}
    with store.unit_of_work("test") as uow:
        for area in read_areas(shared_data / WARDS_FILE):
            geometry = shapely.from_geojson(json.dumps(area.geometry))
            min_lon, min_lat, max_lon, max_lat = geometry.bounds
            ward = Ward(id=uuid.uuid4(), code=area.code, name=area.name,
                        geometry=json.dumps(area.geometry), min_lon=min_lon, min_lat=min_lat,
                        max_lon=max_lon, max_lat=max_lat)
            uow.session.add(ward)
            shapes[str(ward.id)] = geometry
            seeded.ward_names.append(area.name)
        uow.commit()
    return shapes


def add_street_file(store: Store, path: Path, wards: dict[str, shapely.Geometry], seeded: Seeded) -> None:
    """Every row of a police.uk street file, with its ward and outside flag found here."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    month = rows[0]["Month"]
    file_id = uuid.uuid4()
    lon = np.array([float(row["Longitude"] or "nan") for row in rows])
    lat = np.array([float(row["Latitude"] or "nan") for row in rows])
    located = ~np.isnan(lon) & ~np.isnan(lat)
    ward_of: list[str | None] = [None] * len(rows)
    for key, shape in wards.items():  # one vectorised point-in-polygon pass per ward
        for index in np.flatnonzero(shapely.contains_xy(shape, lon, lat)):
            ward_of[index] = key
    crimes = []
    for index, row in enumerate(rows):
        ward_id = ward_of[index]
        if located[index]:
            seeded.located.append((month, row["Crime type"], float(lon[index]), float(lat[index]),
                                   ward_id is None))
        else:
            seeded.no_location[month] = seeded.no_location.get(month, 0) + 1
        crimes.append({
            "file_id": file_id, "line_no": index + 2, "crime_ref": row["Crime ID"] or None,
            "month": month, "reported_by": row["Reported by"], "falls_within": row["Falls within"],
            "longitude": float(lon[index]) if located[index] else None,
            "latitude": float(lat[index]) if located[index] else None,
            "location": row["Location"],
            "lsoa_code": row["LSOA code"] or None, "lsoa_name": row["LSOA name"] or None,
            "crime_type": row["Crime type"], "last_outcome": row["Last outcome category"] or None,
            "context": None, "ward_id": uuid.UUID(ward_id) if ward_id else None,
            "outside": bool(located[index]) and ward_id is None,
        })
    with store.engine.begin() as connection:
        connection.execute(insert(CrimeFile), [{
            "id": file_id, "source": "street", "month": month, "force": rows[0]["Reported by"],
            "file_name": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "rows_imported": len(rows),
        }])
        connection.execute(insert(Crime), crimes)


def add_hotspot(store: Store, name: str, lon: float, lat: float, radius_m: int | None = None,
                status: str = "active", area: list[list[float]] | None = None) -> uuid.UUID:
    """A hotspot at a point, with a radius or a drawn area (a lon/lat ring)."""
    with store.unit_of_work("test") as uow:
        hotspot = Hotspot(id=uuid.uuid4(), name=name, latitude=lat, longitude=lon, radius_m=radius_m,
                          status=status,
                          area=json.dumps({"type": "Polygon", "coordinates": [area]}) if area else None)
        uow.session.add(hotspot)
        uow.commit()
        return hotspot.id


def seed(store: Store, shared_data: Path) -> Seeded:
    """The wards and both street months of the real data."""
    seeded = Seeded()
    wards = add_wards(store, shared_data, seeded)
    for name in STREET_FILES:
        add_street_file(store, shared_data / name, wards, seeded)
    return seeded
