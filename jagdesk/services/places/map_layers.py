"""What the offline map draws, read from the store: ward outlines, crime points and hotspots."""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import and_, func, or_, select

from jagdesk.domain.places.streets import street_name
from jagdesk.store.models import Crime, CrimeFile, Hotspot, Ward
from jagdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from pyproj import Transformer

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, eq=False)
class WardOutline:
    """A ward's boundary as lon/lat rings (outer rings and holes alike), and where to label it."""

    id: uuid.UUID
    code: str
    name: str
    rings: tuple[FloatArray, ...]  # each an (n, 2) array of longitude, latitude
    label_lon: float
    label_lat: float


@dataclass(frozen=True, eq=False)
class CrimePoints:
    """The mapped crimes of a period: one longitude, latitude and `outside` flag per crime."""

    lon: FloatArray
    lat: FloatArray
    outside: BoolArray  # inside none of the partnership's wards
    no_location: int  # crimes of the same period and types with no location: counted, not mapped

    def __len__(self) -> int:
        return len(self.lon)


@dataclass(frozen=True, eq=False)
class HotspotShape:
    """A hotspot as the map draws it: its point, its radius or drawn area, its name and status."""

    id: uuid.UUID
    name: str
    status: str
    longitude: float
    latitude: float
    radius_m: int | None
    area: tuple[FloatArray, ...]  # the drawn area's lon/lat rings; empty when there is none


@dataclass(frozen=True, eq=False)
class StreetPoints:
    """A street named by police.uk locations ("On or near Shenley Road") and the points it snaps
    that street's crimes to: where the map can write its name."""

    name: str
    lon: FloatArray
    lat: FloatArray
    crimes: IntArray  # the crimes at each point
    outside: BoolArray  # each point outside every ward of the partnership


@dataclass(frozen=True)
class MapChoices:
    """The months and crime types there is crime data for, oldest month first."""

    months: tuple[str, ...]
    crime_types: tuple[str, ...]


NO_POINTS = CrimePoints(np.empty(0), np.empty(0), np.empty(0, dtype=np.bool_), 0)


def _rings(geometry: dict[str, Any]) -> tuple[FloatArray, ...]:
    """Every ring of a GeoJSON Polygon or MultiPolygon; () for anything else."""
    kind, coordinates = geometry.get("type"), geometry.get("coordinates") or []
    polygons = [coordinates] if kind == "Polygon" else coordinates if kind == "MultiPolygon" else []
    rings = (np.asarray(ring, dtype=np.float64)[:, :2] for polygon in polygons for ring in polygon)
    return tuple(ring for ring in rings if ring.ndim == 2 and len(ring) >= 3)


def _parse(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "null")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _label_point(geometry: dict[str, Any]) -> tuple[float, float]:
    """The point deepest inside the largest part: labels sit well inside odd-shaped wards."""
    # Imported here, as is pyproj below: the main window starts without waiting for them.
    from shapely.geometry import shape
    from shapely.ops import polylabel

    polygon = shape(geometry)
    if polygon.geom_type == "MultiPolygon":
        polygon = max(polygon.geoms, key=lambda part: part.area)
    # polylabel needs a valid polygon; any point inside will do for a broken one.
    point = polylabel(polygon, tolerance=1e-5) if polygon.is_valid else polygon.representative_point()
    return float(point.x), float(point.y)


def ward_outlines(uow: UnitOfWork) -> list[WardOutline]:
    """Every ward that has a boundary, by name; wards without one are left off the map."""
    query = select(Ward.id, Ward.code, Ward.name, Ward.geometry).where(Ward.geometry.is_not(None))
    outlines = []
    for ward_id, code, name, text in uow.session.execute(query.order_by(func.lower(Ward.name))):
        geometry = _parse(text)
        rings = _rings(geometry)
        if rings:
            outlines.append(WardOutline(ward_id, code, name, rings, *_label_point(geometry)))
    return outlines


def crime_points(uow: UnitOfWork, first_month: str, last_month: str,
                 crime_types: Collection[str] | None = None) -> CrimePoints:
    """The crimes of the months first..last (YYYY-MM) of the given types (None: every type)."""
    period = [Crime.month >= first_month, Crime.month <= last_month]
    if crime_types is not None:
        period.append(Crime.crime_type.in_(list(crime_types)))
    located = and_(Crime.longitude.is_not(None), Crime.latitude.is_not(None))
    rows = uow.session.execute(
        select(Crime.longitude, Crime.latitude, Crime.outside).where(*period, located)
    ).all()
    no_location = uow.session.scalar(
        select(func.count()).select_from(Crime).where(
            *period, or_(Crime.longitude.is_(None), Crime.latitude.is_(None)))
    ) or 0
    # One flat pass from rows to an array: far quicker than a Python object per crime.
    flat = np.fromiter(chain.from_iterable(rows), dtype=np.float64, count=3 * len(rows))
    table = flat.reshape(-1, 3)
    return CrimePoints(table[:, 0].copy(), table[:, 1].copy(), table[:, 2] != 0, int(no_location))


def crime_streets(uow: UnitOfWork, first_month: str, last_month: str,
                  crime_types: Collection[str] | None = None) -> list[StreetPoints]:
    """The streets of the crimes of the months first..last of the given types (None: every type),
    the street with most of those crimes first; places that are not streets ("On or near
    Supermarket") are left out."""
    period = [Crime.month >= first_month, Crime.month <= last_month,
              Crime.longitude.is_not(None), Crime.latitude.is_not(None)]
    if crime_types is not None:
        period.append(Crime.crime_type.in_(list(crime_types)))
    rows = uow.session.execute(
        select(Crime.location, Crime.longitude, Crime.latitude, Crime.outside, func.count())
        .where(*period).group_by(Crime.location, Crime.longitude, Crime.latitude, Crime.outside)
    ).all()
    points: dict[str, list[tuple[float, float, int, bool]]] = {}
    for location, lon, lat, outside, count in rows:
        name = street_name(location)
        if name and lon is not None and lat is not None:
            points.setdefault(name, []).append((float(lon), float(lat), int(count), bool(outside)))
    streets = []
    for name, spots in points.items():
        spots.sort()
        streets.append(StreetPoints(
            name, np.array([p[0] for p in spots]), np.array([p[1] for p in spots]),
            np.array([p[2] for p in spots], dtype=np.int64), np.array([p[3] for p in spots], dtype=np.bool_)))
    return sorted(streets, key=lambda street: (-int(street.crimes.sum()), street.name))


def hotspot_shapes(uow: UnitOfWork) -> list[HotspotShape]:
    """Every hotspot, by name, with its radius or drawn area."""
    query = select(Hotspot.id, Hotspot.name, Hotspot.status, Hotspot.longitude, Hotspot.latitude,
                   Hotspot.radius_m, Hotspot.area).order_by(func.lower(Hotspot.name))
    return [
        HotspotShape(hotspot_id, name, status, lon, lat, radius, _rings(_parse(area)))
        for hotspot_id, name, status, lon, lat, radius, area in uow.session.execute(query)
    ]


def map_choices(uow: UnitOfWork) -> MapChoices:
    """The months and the crime types present in the crime data."""
    months = uow.session.scalars(select(Crime.month).distinct().order_by(Crime.month)).all()
    types = uow.session.scalars(select(Crime.crime_type).distinct().order_by(Crime.crime_type)).all()
    return MapChoices(tuple(months), tuple(types))


def data_stamp(uow: UnitOfWork) -> tuple[tuple[Any, ...], ...]:
    """A value that changes whenever what the map shows may have changed: how many imported
    files, wards and hotspots there are and when each kind last changed. No crime is read."""
    return tuple(
        tuple(uow.session.execute(select(func.count(), func.max(model.updated_at))).one())
        for model in (CrimeFile, Ward, Hotspot)
    )


@lru_cache(maxsize=1)
def _to_bng() -> Transformer:
    # Built once: building a transformer costs far more than using it on a whole month.
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", "EPSG:27700", always_xy=True)


def to_grid(lon: FloatArray, lat: FloatArray) -> tuple[FloatArray, FloatArray]:
    """British National Grid eastings and northings (metres) of lon/lat points.

    The map is drawn on the grid partners quote, in metres, so its scale bar is true everywhere.
    """
    easting, northing = _to_bng().transform(np.asarray(lon, dtype=np.float64),
                                            np.asarray(lat, dtype=np.float64))
    return np.asarray(easting, dtype=np.float64), np.asarray(northing, dtype=np.float64)
