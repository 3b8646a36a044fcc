"""Areas that crime figures are counted for (partnership, locality, ward, hotspot) and their crimes."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, false, func, select

from jagdesk.domain.common.periods import MonthRange
from jagdesk.domain.places.shapes import HotspotShape
from jagdesk.errors import JagdeskError, NotFoundError
from jagdesk.store.crime_tables import Reads, crime, hotspot, locality, ward

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jagdesk.store.models import Ward


class AreaKind(StrEnum):
    """The kinds of area figures are given for."""

    PARTNERSHIP = "partnership"
    LOCALITY = "locality"
    WARD = "ward"
    HOTSPOT = "hotspot"


@dataclass(frozen=True)
class AreaRef:
    """One area to count crimes in; `id` is None for the whole partnership."""

    kind: str
    id: uuid.UUID | None
    name: str

    @property
    def title(self) -> str:
        """The area as a heading names it: "Elstree (ward)"."""
        if self.kind == AreaKind.PARTNERSHIP:
            return self.name
        return f"{self.name} ({self.kind})"


PARTNERSHIP = AreaRef(AreaKind.PARTNERSHIP, None, "The partnership (all wards)")
PARTNERSHIP_WORDS = {"partnership", "all", "all wards"}

# Counts keyed by (month, crime type).
Counts = Counter[tuple[str, str]]


def list_areas(db: Reads) -> list[AreaRef]:
    """Every area to choose from: the partnership, then localities, wards and hotspots by name."""
    areas = [PARTNERSHIP]
    for kind, named in ((AreaKind.LOCALITY, locality), (AreaKind.WARD, ward),
                        (AreaKind.HOTSPOT, hotspot)):
        areas += [AreaRef(kind, i, n) for i, n in
                  db.execute(select(named.c.id, named.c.name).order_by(func.lower(named.c.name)))]
    return areas


def find_area(db: Reads, text: str) -> AreaRef:
    """The area a person named: "partnership", a locality, a ward (by name or ONS code) or a hotspot.

    "ward:Shenley" or "locality:Shenley" settles a name that is both.
    """
    wanted = " ".join(text.split())
    kind, _, name = wanted.partition(":")
    if not name or kind.lower() not in set(AreaKind):
        kind, name = "", wanted
    if not kind and name.lower() in PARTNERSHIP_WORDS:
        return PARTNERSHIP
    found = [area for area in list_areas(db)[1:]
             if (not kind or area.kind == kind.lower()) and area.name.lower() == name.lower()]
    if not kind or kind.lower() == AreaKind.WARD:
        code = db.execute(select(ward.c.id, ward.c.name).where(
            func.upper(ward.c.code) == name.upper())).first()
        if code is not None:
            found.append(AreaRef(AreaKind.WARD, code.id, code.name))
    found = list(dict.fromkeys(found))
    if not found:
        raise JagdeskError(f"There is no locality, ward or hotspot called '{name}'.")
    if len(found) > 1 and not _same_crimes(db, found):
        kinds = " or ".join(f"{area.kind}:{area.name}" for area in found)
        raise JagdeskError(f"'{name}' names more than one area; say which: {kinds}.")
    return found[0]


def _same_crimes(db: Reads, areas: list[AreaRef]) -> bool:
    """Whether a locality and a ward of one name cover the same ground (Shenley is both)."""
    ward_sets = [frozenset(_ward_ids(db, area)) for area in areas
                 if area.kind in (AreaKind.LOCALITY, AreaKind.WARD)]
    return len(ward_sets) == len(areas) and len(set(ward_sets)) == 1


def _ward_ids(db: Reads, area: AreaRef) -> list[uuid.UUID]:
    if area.kind == AreaKind.WARD and area.id is not None:
        return [area.id]
    return list(db.scalars(select(ward.c.id).where(ward.c.locality_id == area.id)))


def area_conditions(area: AreaRef) -> list[ColumnElement[bool]]:
    """SQL conditions picking an area's crimes by ward; crimes outside the partnership never count."""
    conditions: list[ColumnElement[bool]] = [crime.c.outside == false()]
    if area.kind == AreaKind.PARTNERSHIP:
        conditions.append(crime.c.ward_id.is_not(None))
    elif area.kind == AreaKind.WARD:
        conditions.append(crime.c.ward_id == area.id)
    elif area.kind == AreaKind.LOCALITY:
        conditions.append(crime.c.ward_id.in_(select(ward.c.id).where(ward.c.locality_id == area.id)))
    else:
        raise ValueError(f"{area.kind} areas are not chosen by ward")
    return conditions


def hotspot_shape(db: Reads, hotspot_id: uuid.UUID) -> HotspotShape:
    """The extent of a hotspot; NotFoundError when it is gone."""
    found = db.execute(select(hotspot.c.latitude, hotspot.c.longitude, hotspot.c.radius_m,
                              hotspot.c.area).where(hotspot.c.id == hotspot_id)).first()
    if found is None:
        raise NotFoundError("That hotspot is no longer in the store; it may have been deleted.")
    return HotspotShape(*found)


def _type_condition(crime_types: Sequence[str] | None) -> list[ColumnElement[bool]]:
    return [] if crime_types is None else [crime.c.crime_type.in_(list(crime_types))]


def _month_condition(months: MonthRange) -> ColumnElement[bool]:
    # YYYY-MM strings sort as the months do, so a range is a string range the index can use.
    return crime.c.month.between(months.first, months.last)


def count_crimes(db: Reads, area: AreaRef, months: MonthRange,
                 crime_types: Sequence[str] | None = None) -> Counts:
    """How many crimes of each type each month in the area (only non-zero counts are keyed)."""
    if area.kind == AreaKind.HOTSPOT:
        assert area.id is not None
        return count_in_shape(db, hotspot_shape(db, area.id), months, crime_types)
    query = (select(crime.c.month, crime.c.crime_type, func.count())
             .where(_month_condition(months), *area_conditions(area), *_type_condition(crime_types))
             .group_by(crime.c.month, crime.c.crime_type))
    return Counter({(month, crime_type): count
                    for month, crime_type, count in db.execute(query)})


def count_in_shape(db: Reads, shape: HotspotShape, months: MonthRange,
                   crime_types: Sequence[str] | None = None) -> Counts:
    """Crimes inside a hotspot by month and type: a lat/lon box in SQL, then the exact test.

    Every mapped crime counts, inside the partnership or not: a place on the boundary is one place.
    """
    min_lat, min_lon, max_lat, max_lon = shape.bounding_box()
    # Snapped coordinates repeat, so grouping by point first keeps the exact test small.
    query = (select(crime.c.latitude, crime.c.longitude, crime.c.month, crime.c.crime_type, func.count())
             .where(_month_condition(months), *_type_condition(crime_types),
                    crime.c.latitude.between(min_lat, max_lat),
                    crime.c.longitude.between(min_lon, max_lon))
             .group_by(crime.c.latitude, crime.c.longitude, crime.c.month, crime.c.crime_type))
    import numpy as np  # loaded when first needed, not at start (see domain.bng)

    rows = db.execute(query).all()
    if not rows:
        return Counter()
    inside = shape.contains(np.array([row[0] for row in rows], dtype=np.float64),
                            np.array([row[1] for row in rows], dtype=np.float64))
    counts: Counts = Counter()
    for row, keep in zip(rows, inside, strict=True):
        if keep:
            counts[(row[2], row[3])] += row[4]
    return counts


def ward_at(session: Session, latitude: float, longitude: float) -> Ward | None:
    """The ward whose boundary holds the point (its edge included), or None."""
    import shapely

    from jagdesk.store.models import Ward

    candidates = session.scalars(select(Ward).where(
        Ward.geometry.is_not(None),
        Ward.min_lat <= latitude, Ward.max_lat >= latitude,
        Ward.min_lon <= longitude, Ward.max_lon >= longitude,
    ).order_by(Ward.code)).all()
    for candidate in candidates:
        assert candidate.geometry is not None
        try:
            boundary = shapely.from_geojson(candidate.geometry)
        except shapely.errors.GEOSException:
            continue  # a damaged boundary must not stop the hotspot being saved
        if shapely.intersects_xy(boundary, longitude, latitude):
            return candidate
    return None
