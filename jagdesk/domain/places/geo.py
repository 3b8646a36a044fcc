"""Which area (ward, LSOA) a longitude/latitude point falls in: point in polygon over GeoJSON."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import shapely
from numpy.typing import NDArray
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

# A generous box around the British Isles (lon, lat). police.uk covers England, Wales and Northern
# Ireland; a coordinate outside this box is a damaged row, not a real place.
MIN_LON, MAX_LON = -11.0, 3.0
MIN_LAT, MAX_LAT = 49.0, 62.0

AREA_TYPES = ("Polygon", "MultiPolygon")
NOT_FOUND = -1

Point = tuple[float, float]


def in_british_isles(lon: float, lat: float) -> bool:
    """Whether a longitude/latitude is a plausible police.uk location (False for NaN too)."""
    return MIN_LON <= lon <= MAX_LON and MIN_LAT <= lat <= MAX_LAT


def area_shape(geometry: Mapping[str, Any]) -> BaseGeometry:
    """A GeoJSON Polygon or MultiPolygon as a valid shapely geometry; ValueError if it is not one."""
    if not isinstance(geometry, Mapping) or geometry.get("type") not in AREA_TYPES:
        raise ValueError("not a Polygon or MultiPolygon")
    try:
        with np.errstate(invalid="ignore"):  # NaN is refused below, not warned about on stderr
            area = shape(geometry)
    except (ValueError, TypeError, AttributeError, IndexError, KeyError, OverflowError,
            shapely.errors.GEOSException):
        raise ValueError("its coordinates are not a polygon") from None
    if area.is_empty:
        raise ValueError("it is empty")
    if not np.isfinite(shapely.get_coordinates(area)).all():
        # GEOS cannot make such a polygon valid, nor say what contains what.
        raise ValueError("its coordinates are not all finite numbers (NaN or Infinity)")
    # Hand-edited boundaries can cross themselves; an invalid polygon gives wrong answers.
    try:
        return area if area.is_valid else shapely.make_valid(area)
    except (shapely.errors.GEOSException, MemoryError):  # too large or tangled to repair
        raise ValueError("its polygon crosses itself and cannot be repaired") from None


class AreaLocator:
    """Finds the area each point lies in, over a fixed list of areas (index into that list).

    Lookups are vectorised through an STRtree and memoised per distinct point: police.uk snaps
    every location to a few thousand points, so a month's file asks about each point many times.
    A point on the border of two areas goes to the first of them in the list.
    """

    def __init__(self, areas: Iterable[BaseGeometry]) -> None:
        self._areas = list(areas)
        self._tree = shapely.STRtree(self._areas)
        self._memo: dict[Point, int] = {}

    def __len__(self) -> int:
        return len(self._areas)

    @property
    def areas(self) -> list[BaseGeometry]:
        """The areas, in the order their indexes count."""
        return list(self._areas)

    def locate(self, lons: Sequence[float] | NDArray[np.float64],
               lats: Sequence[float] | NDArray[np.float64]) -> NDArray[np.intp]:
        """For each point, the index of its area, or NOT_FOUND; not memoised."""
        x = np.asarray(lons, dtype=np.float64)
        found = np.full(x.shape, NOT_FOUND, dtype=np.intp)
        if not self._areas or x.size == 0:
            return found
        points = shapely.points(x, np.asarray(lats, dtype=np.float64))
        point_index, area_index = self._tree.query(points, predicate="intersects")
        if point_index.size:
            # Sorted by point, then area: the first match of each point is its lowest area index.
            order = np.lexsort((area_index, point_index))
            point_index, area_index = point_index[order], area_index[order]
            first = np.ones(point_index.size, dtype=bool)
            first[1:] = point_index[1:] != point_index[:-1]
            found[point_index[first]] = area_index[first]
        return found

    def areas_of(self, points: Sequence[Point | None]) -> list[int | None]:
        """For each point, its area index, NOT_FOUND when in none, or None when there is no point."""
        memo = self._memo
        new = {p for p in points if p is not None and p not in memo}
        if new:
            todo = list(new)
            found = self.locate([p[0] for p in todo], [p[1] for p in todo])
            memo.update(zip(todo, found.tolist(), strict=True))
        return [None if p is None else memo[p] for p in points]
