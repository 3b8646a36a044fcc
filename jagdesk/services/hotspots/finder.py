"""The hotspot finder: grid cells with the most incidents, and with the biggest rise."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import false, func, select

from jagdesk.domain.common import figures
from jagdesk.domain.common.periods import MonthRange
from jagdesk.domain.hotspots import Source
from jagdesk.domain.places.bng import from_bng_many, grid_reference, to_bng_many
from jagdesk.services.hotspots.hotspots import HotspotInput, HotspotRow, save_hotspot
from jagdesk.services.places.crime_stats import checked_types
from jagdesk.store.models import Crime, Ward
from jagdesk.store.uow import UnitOfWork

DEFAULT_CELL_M = 250
MIN_CELL_M, MAX_CELL_M = 50, 2000
DEFAULT_LIMIT = 20
TOP_TYPES = 3


@dataclass(frozen=True)
class Candidate:
    """One grid cell the finder ranks: where it is, how many incidents, how that moved."""

    easting: int  # the cell's south-west corner, in metres on the National Grid
    northing: int
    cell_size_m: int
    latitude: float  # the cell's centre
    longitude: float
    grid_reference: str  # of the centre, to 100 m
    count: int
    previous_count: int
    change: int
    change_pct: float | None  # None when the previous period had none
    change_pct_text: str
    top_types: tuple[tuple[str, int], ...]  # the commonest crime types, most first
    top_location: str  # police.uk's commonest "On or near ..." in the cell
    ward_id: uuid.UUID | None  # the ward most of the cell's incidents are in
    ward_name: str

    @property
    def top_types_text(self) -> str:
        return ", ".join(f"{name} {count}" for name, count in self.top_types)

    def area_geojson(self) -> str:
        """The cell as a GeoJSON Polygon in lon/lat: the drawn area of a hotspot made from it."""
        size = self.cell_size_m
        corners_e = np.array([0, size, size, 0, 0], dtype=np.float64) + self.easting
        corners_n = np.array([0, 0, size, size, 0], dtype=np.float64) + self.northing
        lats, lons = from_bng_many(corners_e, corners_n)
        ring = [[round(float(lon), 7), round(float(lat), 7)] for lat, lon in zip(lats, lons, strict=True)]
        return json.dumps({"type": "Polygon", "coordinates": [ring]})


@dataclass(frozen=True)
class FinderResult:
    """The two rankings for a period, and what they were made from."""

    period: MonthRange
    previous_period: MonthRange
    crime_types: tuple[str, ...] | None  # None: every type
    cell_size_m: int
    incidents: int  # mapped incidents in the period
    previous_incidents: int
    by_count: tuple[Candidate, ...]
    by_rise: tuple[Candidate, ...]


def method_description(cell_size_m: int = DEFAULT_CELL_M) -> str:
    """How the finder works, in words for the finder page."""
    return (
        f"The partnership is divided into squares of {cell_size_m} m by {cell_size_m} m on the "
        "British National Grid, and every mapped incident of the chosen types and months is "
        "counted in the square it falls in. The first list ranks the squares with the most "
        "incidents. The second ranks the squares whose count rose most against the period of "
        "the same length just before (a three-month period is compared with the three months "
        "before it). police.uk moves every incident to the nearest of a fixed set of points (a "
        "street, a car park, a shop), so counts are by square rather than by address; a square "
        "about as wide as a few streets is small enough to be one place and large enough to "
        "hold several of those points. Incidents outside the partnership's wards and those "
        "with no location are left out. A candidate is a place to look at, not a finding: "
        "check it against local knowledge before the JAG adopts it."
    )


def _grouped(uow: UnitOfWork, months: MonthRange, current_from: str,
             types: list[str] | None) -> list[tuple[float, float, str, str, uuid.UUID | None, bool, int]]:
    """Incidents grouped by snapped point, type, location and ward, flagged current or previous.

    police.uk snaps incidents to a few thousand points a month, so grouping in SQL first leaves
    the database a few thousand rows to send instead of every incident.
    """
    current = Crime.month >= current_from
    query = (select(Crime.latitude, Crime.longitude, Crime.crime_type, Crime.location,
                    Crime.ward_id, current, func.count())
             .where(Crime.month.between(months.first, months.last), Crime.outside == false(),
                    Crime.latitude.is_not(None), Crime.longitude.is_not(None))
             .group_by(Crime.latitude, Crime.longitude, Crime.crime_type, Crime.location,
                       Crime.ward_id, current))
    if types is not None:
        query = query.where(Crime.crime_type.in_(types))
    return [tuple(row) for row in uow.session.execute(query)]  # type: ignore[misc]


def find_hotspots(uow: UnitOfWork, period: MonthRange, types: Sequence[str] | None = None,
                  cell_size_m: int = DEFAULT_CELL_M, limit: int = DEFAULT_LIMIT) -> FinderResult:
    """Rank grid cells by incidents in `period`, and by their rise on the period before."""
    if not MIN_CELL_M <= cell_size_m <= MAX_CELL_M:
        raise ValueError(f"the cell size must be {MIN_CELL_M} to {MAX_CELL_M} metres")
    chosen = checked_types(uow.session, types)
    previous = period.previous()
    rows = _grouped(uow, MonthRange(previous.first, period.last), period.first, chosen)
    empty = FinderResult(period, previous, tuple(chosen) if chosen else None, cell_size_m, 0, 0,
                         (), ())
    if not rows:
        return empty
    lats = np.fromiter((r[0] for r in rows), np.float64, len(rows))
    lons = np.fromiter((r[1] for r in rows), np.float64, len(rows))
    is_current = np.fromiter((bool(r[5]) for r in rows), np.bool_, len(rows))
    weights = np.fromiter((r[6] for r in rows), np.int64, len(rows))
    eastings, northings = to_bng_many(lats, lons)
    col = np.floor(eastings / cell_size_m).astype(np.int64)
    row = np.floor(northings / cell_size_m).astype(np.int64)
    cells, cell_of = np.unique(np.stack([col, row], axis=1), axis=0, return_inverse=True)
    cell_of = cell_of.reshape(-1)
    now = np.bincount(cell_of, weights=np.where(is_current, weights, 0), minlength=len(cells))
    before = np.bincount(cell_of, weights=np.where(is_current, 0, weights), minlength=len(cells))
    now, before = now.astype(np.int64), before.astype(np.int64)
    rise = now - before
    # Most incidents first; ties go to the bigger rise, then west to east for a stable order.
    by_count = [i for i in np.lexsort((cells[:, 0], -rise, -now)) if now[i] > 0][:limit]
    by_rise = [i for i in np.lexsort((cells[:, 0], -now, -rise)) if rise[i] > 0][:limit]
    wanted = sorted(set(by_count) | set(by_rise))
    details = _details(uow, rows, cell_of, is_current, wanted)
    centres = (cells[wanted].astype(np.float64) + 0.5) * cell_size_m
    centres_lat, centres_lon = from_bng_many(centres[:, 0], centres[:, 1])
    made: dict[int, Candidate] = {}
    for k, i in enumerate(wanted):
        types_count, location, ward_id, ward_name = details[i]
        pct = figures.percent_change(int(now[i]), int(before[i]))
        east, north = int(cells[i, 0]) * cell_size_m, int(cells[i, 1]) * cell_size_m
        made[i] = Candidate(
            east, north, cell_size_m, round(float(centres_lat[k]), 6), round(float(centres_lon[k]), 6),
            grid_reference(east + cell_size_m / 2, north + cell_size_m / 2, 6),
            int(now[i]), int(before[i]), int(rise[i]), None if pct is None else float(pct),
            figures.format_percent(pct), tuple(types_count.most_common(TOP_TYPES)), location,
            ward_id, ward_name)
    return FinderResult(period, previous, empty.crime_types, cell_size_m,
                        int(now.sum()), int(before.sum()),
                        tuple(made[i] for i in by_count), tuple(made[i] for i in by_rise))


def _details(uow: UnitOfWork, rows: list[tuple[float, float, str, str, uuid.UUID | None, bool, int]],
             cell_of: np.ndarray, is_current: np.ndarray, wanted: list[int]
             ) -> dict[int, tuple[Counter[str], str, uuid.UUID | None, str]]:
    """For the ranked cells only: crime types and location this period, and the usual ward."""
    types: dict[int, Counter[str]] = {i: Counter() for i in wanted}
    places: dict[int, Counter[str]] = {i: Counter() for i in wanted}
    wards: dict[int, Counter[uuid.UUID | None]] = {i: Counter() for i in wanted}
    for index in np.flatnonzero(np.isin(cell_of, wanted)):
        cell = int(cell_of[index])
        _lat, _lon, crime_type, location, ward_id, _cur, count = rows[index]
        wards[cell][ward_id] += count
        if is_current[index]:
            types[cell][crime_type] += count
            places[cell][location] += count
    names: dict[uuid.UUID, str] = {i: n for i, n in uow.session.execute(select(Ward.id, Ward.name))}
    result = {}
    for i in wanted:
        ward_id = next((w for w, _n in wards[i].most_common() if w is not None), None)
        location = places[i].most_common(1)[0][0] if places[i] else ""
        result[i] = (types[i], location, ward_id, names.get(ward_id, "") if ward_id else "")
    return result


def _change_phrase(count: int, previous: int) -> str:
    if previous == 0:
        return "none in the period before"
    if count == previous:
        return "the same as the period before"
    pct = figures.format_percent(figures.percent_change(count, previous))
    direction = "more" if count > previous else "fewer"
    return f"{abs(count - previous)} {direction} than the period before ({pct})"


def make_hotspot(uow: UnitOfWork, candidate: Candidate, name: str) -> HotspotRow:
    """A proposed hotspot covering the candidate's cell, with its top crime types as categories."""
    around = candidate.top_location.removeprefix("On or near ")
    description = (
        f"Found by the hotspot finder: {candidate.count} incidents in the {candidate.cell_size_m} m "
        f"square at {candidate.grid_reference}" + (f" around {around}" if around else "")
        + f", {_change_phrase(candidate.count, candidate.previous_count)}."
        + (f" Mostly {candidate.top_types_text}." if candidate.top_types else "")
    )
    data = HotspotInput(
        name=name, latitude=candidate.latitude, longitude=candidate.longitude,
        description=description, area=candidate.area_geojson(),
        categories=tuple(crime_type for crime_type, _count in candidate.top_types),
        source=Source.POLICE_ANALYSIS.value, ward_id=candidate.ward_id,
    )
    return save_hotspot(uow, data)
