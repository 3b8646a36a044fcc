"""Where a hotspot is: a circle round its point or a drawn area, and which points fall inside."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jagdesk.domain.hotspots import DEFAULT_RADIUS_M, area_polygon
from jagdesk.domain.places.bng import to_bng, to_bng_many

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from jagdesk.domain.places.bng import FloatArray

# Metres in a degree of latitude (it varies by under 1% across Great Britain; the box has slack).
METRES_PER_DEGREE = 111_320.0
BOX_SLACK = 1.02


@dataclass(frozen=True)
class HotspotShape:
    """A hotspot's extent: its drawn area when it has one, else a circle of its radius."""

    latitude: float
    longitude: float
    radius_m: int | None = None
    area: str | None = None

    @property
    def effective_radius_m(self) -> int:
        """The radius used when there is no drawn area (a default when none was given)."""
        return self.radius_m or DEFAULT_RADIUS_M

    @property
    def uses_area(self) -> bool:
        return bool(self.area and self.area.strip())

    def bounding_box(self) -> tuple[float, float, float, float]:
        """(min_lat, min_lon, max_lat, max_lon) holding the whole shape: the cheap first test."""
        if self.uses_area:
            assert self.area is not None
            min_lon, min_lat, max_lon, max_lat = area_polygon(self.area).bounds
            return min_lat, min_lon, max_lat, max_lon
        dlat = self.effective_radius_m * BOX_SLACK / METRES_PER_DEGREE
        dlon = dlat / math.cos(math.radians(self.latitude))
        return (self.latitude - dlat, self.longitude - dlon,
                self.latitude + dlat, self.longitude + dlon)

    def contains(self, latitudes: FloatArray, longitudes: FloatArray) -> npt.NDArray[np.bool_]:
        """Which of the points are inside: on the area's edge counts; distances in grid metres."""
        import numpy as np  # numpy and shapely load when first needed (see domain.bng)
        import shapely

        lats = np.asarray(latitudes, dtype=np.float64)
        lons = np.asarray(longitudes, dtype=np.float64)
        if lats.size == 0:
            return np.zeros(0, dtype=bool)
        if self.uses_area:
            assert self.area is not None
            polygon = area_polygon(self.area)
            shapely.prepare(polygon)
            return np.asarray(shapely.intersects_xy(polygon, lons, lats), dtype=bool)
        centre_e, centre_n = to_bng(self.latitude, self.longitude)
        eastings, northings = to_bng_many(lats, lons)
        distance = np.hypot(eastings - centre_e, northings - centre_n)
        return np.asarray(distance <= self.effective_radius_m, dtype=bool)
