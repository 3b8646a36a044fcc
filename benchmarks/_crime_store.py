"""A store with two years of police.uk crimes for the statistics benchmarks, cached outside the repo.

24 months (2019-03 to 2021-02) of 9,200 incidents each (about 110,000 a year), drawn with a
fixed seed from the rows of the real Hertfordshire street files in ../shared/data/policeuk: real
snapped points, locations, LSOAs and the real mix of crime types. The 15 Hertsmere wards come from
../shared/data/geo with their boundaries; each incident inside one is given that ward. So that the
finder has a county's worth of points, no incident is flagged `outside` (as if the partnership
covered the county); ward figures still count only their own ward's incidents.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

if TYPE_CHECKING:
    from jagdesk.store.opening import Store

if str(_common.REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(_common.REPO_ROOT))

STORE_VERSION = "1"
MONTHS = 24
FIRST_MONTH = "2019-03"
PER_MONTH = 9_200
SEED = 20210301
SHARED = _common.REPO_ROOT.parent / "shared" / "data"
STREET_FILES = ("policeuk/2021-01-hertfordshire-street.csv", "policeuk/2021-02-hertfordshire-street.csv")
WARDS_FILE = "geo/hertsmere-wards-2013.geojson"
FORCE = "Hertfordshire Constabulary"


def months() -> list[str]:
    from jagdesk.domain.common.periods import add_months

    return [add_months(FIRST_MONTH, i) for i in range(MONTHS)]


def _source_rows() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for name in STREET_FILES:
        with (SHARED / name).open(encoding="utf-8-sig", newline="") as handle:
            rows += [r for r in csv.DictReader(handle) if r["Latitude"]]
    return rows


def _build(path: Path) -> None:
    import numpy as np
    import shapely
    from sqlalchemy import insert

    from jagdesk.importers.boundaries import read_areas
    from jagdesk.store.location import sqlite_location
    from jagdesk.store.models import Crime, CrimeFile, Locality, Ward
    from jagdesk.store.opening import open_store

    source = _source_rows()
    rng = np.random.default_rng(SEED)
    lons = np.array([float(r["Longitude"]) for r in source])
    lats = np.array([float(r["Latitude"]) for r in source])
    ward_of = np.full(len(source), -1)
    areas = read_areas(SHARED / WARDS_FILE)
    for number, area in enumerate(areas):
        inside = shapely.intersects_xy(shapely.from_geojson(json.dumps(area.geometry)), lons, lats)
        ward_of[(ward_of < 0) & inside] = number
    now = datetime.now(UTC)
    with open_store(sqlite_location(path)) as store:
        with store.unit_of_work("bench") as uow:
            locality = Locality(name="Hertsmere", description="Benchmark locality")
            uow.session.add(locality)
            ward_ids = []
            for area in areas:
                shape = shapely.from_geojson(json.dumps(area.geometry))
                ward = Ward(id=uuid.uuid4(), code=area.code, name=area.name, locality=locality,
                            geometry=json.dumps(area.geometry), min_lon=shape.bounds[0],
                            min_lat=shape.bounds[1], max_lon=shape.bounds[2], max_lat=shape.bounds[3])
                uow.session.add(ward)
                ward_ids.append(ward.id)
            uow.commit()
        for month in months():
            file_id = uuid.uuid4()
            picks = rng.integers(0, len(source), PER_MONTH)
            rows = []
            for line, index in enumerate(picks, start=2):
                r = source[index]
                ward_index = int(ward_of[index])
                rows.append({
                    "file_id": file_id, "line_no": line,
                    "crime_ref": uuid.uuid4().hex * 2 if r["Crime ID"] else None,
                    "month": month, "reported_by": FORCE, "falls_within": FORCE,
                    "longitude": float(r["Longitude"]), "latitude": float(r["Latitude"]),
                    "location": r["Location"], "lsoa_code": r["LSOA code"] or None,
                    "lsoa_name": r["LSOA name"] or None, "crime_type": r["Crime type"],
                    "last_outcome": r["Last outcome category"] or None, "outcome_month": None,
                    "context": None, "ward_id": ward_ids[ward_index] if ward_index >= 0 else None,
                    "outside": False,
                })
            with store.engine.begin() as connection:
                connection.execute(insert(CrimeFile).values(
                    id=file_id, source="street", month=month, force=FORCE,
                    file_name=f"{month}-hertfordshire-street.csv", sha256="0" * 64,
                    rows_imported=len(rows), rows_skipped=0, rows_rejected=0, rows_no_location=0,
                    rows_outside=0, rejections="", created_at=now, created_by="bench",
                    updated_at=now, updated_by="bench", version=1))
                connection.execute(insert(Crime), rows)
            _common.note(f"crime store: {month}")


def ensure_crime_store() -> Path:
    """The cached two-year crime store, built first if needed. Treat it as read-only."""
    import stores

    folder = _common.cache_dir() / stores.cache_key()
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"crime24-v{STORE_VERSION}.db"
    if dest.is_file():
        return dest
    _common.note(f"building the two-year crime store in {folder}")
    scratch = _common.work_dir("build-crime")
    saved = os.environ.get("JAGDESK_DATA_DIR")
    os.environ["JAGDESK_DATA_DIR"] = str(scratch / "data")
    try:
        start = time.perf_counter()
        built = scratch / dest.name
        _build(built)
        conn = sqlite3.connect(str(built))
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        os.replace(built, dest)
        _common.note(f"built in {time.perf_counter() - start:.1f} s")
    finally:
        if saved is None:
            os.environ.pop("JAGDESK_DATA_DIR", None)
        else:
            os.environ["JAGDESK_DATA_DIR"] = saved
        _common.cleanup(scratch)
    return dest


def open_copy(scratch: Path) -> Store:
    """A private copy of the crime store, opened read-only as a report would open it."""
    from jagdesk.store.location import sqlite_location
    from jagdesk.store.opening import open_store

    os.environ["JAGDESK_DATA_DIR"] = str(scratch / "data")
    db = _common.copy_store(ensure_crime_store(), scratch)
    return open_store(sqlite_location(db), upgrade=False, lock=False)
