"""A hotspot's sheet for the meeting pack: status, incidents by month, engagement, audits, its map."""

from __future__ import annotations

import json
import math
import uuid
from datetime import date

from sqlalchemy import func, select

from jagdesk.domain.common.periods import MonthRange
from jagdesk.domain.hotspots import DEFAULT_RADIUS_M, area_polygon
from jagdesk.domain.meetings.vocabulary import HotspotSheet, MapData, MonthCount
from jagdesk.domain.places.shapes import METRES_PER_DEGREE, HotspotShape
from jagdesk.domain.places.streets import street_name
from jagdesk.domain.problem_solving.rules import day_text
from jagdesk.services.hotspots.activity import EngagementRow, VisualAuditRow
from jagdesk.services.hotspots.hotspots import HotspotRow, get_hotspot, hotspot_incidents
from jagdesk.store.models import Crime, CrimeFile, Ward
from jagdesk.store.uow import UnitOfWork

# The map shows crimes out to this many times the hotspot's reach, so its surroundings show too.
MAP_REACH = 2.0
# Street names are taken from crimes this many times the reach away (east-west; the printed map
# is wider than it is tall, and a label may sit at a street just outside the frame's middle).
STREET_REACH = 5.0
STREETS_MAX, POINTS_MAX = 40, 12


def engagement_line(item: EngagementRow) -> str:
    """ "Letter on 3 Oct 2026 to Shenley Road, Elm Close: 31 of 120 (26%) replied. Summary" """
    line = f"{item.kind.capitalize()} on {day_text(item.sent_on)}"
    if item.roads.strip():
        line += f" to {' '.join(item.roads.split())}"
    if item.response_rate_text:
        line += f": {item.response_rate_text} replied"
    return line + (f". {item.summary.strip()}" if item.summary.strip() else ".")


def audit_line(audit: VisualAuditRow, with_names: bool) -> str:
    """ "12 Sep 2026: findings. Recommended: ... (by names)"; names only in the full pack."""
    line = f"{day_text(audit.audit_date)}: {audit.findings.strip() or 'no findings recorded'}"
    if audit.recommendations.strip():
        line += f" Recommended: {audit.recommendations.strip()}"
    if with_names and audit.attendees.strip():
        line += f" (by {' '.join(audit.attendees.split())})"
    return line


def _reach_m(row: HotspotRow) -> float:
    """How far the hotspot reaches from its point, in metres (a drawn area's farthest corner)."""
    if row.area:
        min_lon, min_lat, max_lon, max_lat = area_polygon(row.area).bounds
        dy = max(abs(max_lat - row.latitude), abs(min_lat - row.latitude)) * METRES_PER_DEGREE
        dx = (max(abs(max_lon - row.longitude), abs(min_lon - row.longitude)) * METRES_PER_DEGREE
              * math.cos(math.radians(row.latitude)))
        return max(math.hypot(dx, dy), 50.0)
    return float(row.radius_m or DEFAULT_RADIUS_M)


def _ring(area: str) -> tuple[tuple[float, float], ...]:
    return tuple((float(x), float(y)) for x, y in area_polygon(area).exterior.coords)


def _wards_near(uow: UnitOfWork, box: tuple[float, float, float, float]) -> tuple[
        tuple[str, tuple[tuple[float, float], ...]], ...]:
    min_lat, min_lon, max_lat, max_lon = box
    query = (select(Ward.name, Ward.geometry).where(
        Ward.geometry.is_not(None), Ward.min_lat <= max_lat, Ward.max_lat >= min_lat,
        Ward.min_lon <= max_lon, Ward.max_lon >= min_lon).order_by(Ward.name))
    found = []
    for name, text in uow.session.execute(query):
        try:
            geometry = json.loads(text or "null")
        except ValueError:
            continue  # a damaged boundary is left off the map, not a reason to fail the pack
        if not isinstance(geometry, dict):
            continue
        kind, coordinates = geometry.get("type"), geometry.get("coordinates") or []
        polygons = [coordinates] if kind == "Polygon" else coordinates if kind == "MultiPolygon" else []
        for polygon in polygons:
            if polygon and len(polygon[0]) >= 3:
                found.append((name, tuple((float(p[0]), float(p[1])) for p in polygon[0])))
    return tuple(found)


def _streets(uow: UnitOfWork, row: HotspotRow, reach: float) -> tuple[
        tuple[str, tuple[tuple[float, float], ...]], ...]:
    """The streets of the police.uk locations in and near the map, those with most crimes nearest
    the hotspot first, each with its snapped points (the one nearest the middle of them first).
    Every month in the store counts: a street's name and place do not depend on the period."""
    lat_span = reach * STREET_REACH / METRES_PER_DEGREE
    lon_span = lat_span / max(math.cos(math.radians(row.latitude)), 0.01)
    query = (select(Crime.location, Crime.longitude, Crime.latitude, func.count())
             .where(Crime.latitude.between(row.latitude - lat_span, row.latitude + lat_span),
                    Crime.longitude.between(row.longitude - lon_span, row.longitude + lon_span))
             .group_by(Crime.location, Crime.longitude, Crime.latitude))
    points: dict[str, list[tuple[float, float, int]]] = {}
    for location, lon, lat, count in uow.session.execute(query):
        name = street_name(location)
        if name and lon is not None and lat is not None:
            points.setdefault(name, []).append((float(lon), float(lat), int(count)))
    scale = math.cos(math.radians(row.latitude))

    def metres(lon: float, lat: float) -> float:
        return math.hypot((lon - row.longitude) * scale, lat - row.latitude) * METRES_PER_DEGREE

    def weight(name: str) -> float:  # crimes, counting less the farther from the hotspot
        return sum(count / (1 + (metres(lon, lat) / reach) ** 2) for lon, lat, count in points[name])

    first = sorted(points, key=lambda n: (-weight(n), n))[:STREETS_MAX]
    found = []
    for name in first:
        spots = points[name]
        mid_lon = sum(p[0] for p in spots) / len(spots)
        mid_lat = sum(p[1] for p in spots) / len(spots)
        spots.sort(key=lambda p: (p[0] - mid_lon) ** 2 + (p[1] - mid_lat) ** 2)
        found.append((name, tuple((lon, lat) for lon, lat, _ in spots[:POINTS_MAX])))
    return tuple(found)


def hotspot_map(uow: UnitOfWork, row: HotspotRow, period: MonthRange | None) -> MapData:
    """The hotspot's circle or area, the crimes around it in the period, the wards nearby and the
    streets to find it by."""
    reach = _reach_m(row)
    around = HotspotShape(row.latitude, row.longitude, round(reach * MAP_REACH) or 1)
    box = around.bounding_box()
    crimes: tuple[tuple[float, float], ...] = ()
    if period is not None:
        import numpy as np  # loaded when first needed (see domain.bng)

        points = uow.session.execute(select(Crime.latitude, Crime.longitude).where(
            Crime.month.between(period.first, period.last), Crime.latitude.is_not(None),
            Crime.latitude.between(box[0], box[2]), Crime.longitude.between(box[1], box[3]))).all()
        if points:
            lats = np.array([p[0] for p in points], dtype=np.float64)
            lons = np.array([p[1] for p in points], dtype=np.float64)
            inside = around.contains(lats, lons)
            crimes = tuple((float(lon), float(lat))
                           for lat, lon, keep in zip(lats, lons, inside, strict=True) if keep)
    return MapData(centre=(row.longitude, row.latitude),
                   radius_m=None if row.area else float(row.radius_m or DEFAULT_RADIUS_M),
                   area=_ring(row.area) if row.area else None, crimes=crimes,
                   wards=_wards_near(uow, box), streets=_streets(uow, row, reach))


def hotspot_sheet(uow: UnitOfWork, hotspot_id: uuid.UUID, period: MonthRange | None,
                  with_names: bool = True, upto: date | None = None) -> tuple[HotspotSheet, str]:
    """The hotspot's sheet, and its owner's agency (what a public pack prints as the owner).

    With `upto`, the status, audits and engagement are those recorded by that day (a pack shows
    its meeting's day, not later ones)."""
    detail = get_hotspot(uow, hotspot_id)
    row = detail.hotspot
    status = row.status
    engagements, audits = detail.engagements, detail.visual_audits
    if upto is not None:
        engagements = tuple(e for e in engagements if e.sent_on <= upto)
        audits = tuple(a for a in audits if a.audit_date <= upto)
        then = [change.status for change in detail.history if change.changed_on <= upto]
        status = then[-1] if then else status
    monthly: tuple[MonthCount, ...] = ()
    if period is not None:
        table = hotspot_incidents(uow, hotspot_id, period)
        # A month no street file covers is left out: a bar of 0 there would read as "no crime".
        covered = set(uow.session.scalars(select(CrimeFile.month).where(
            CrimeFile.source == "street", CrimeFile.month.between(period.first, period.last))))
        monthly = tuple(MonthCount(m, c) for m, c in zip(table.months, table.totals, strict=True)
                        if m in covered)
    owner = f"{row.owner_name} ({row.owner_agency})" if row.owner_name and row.owner_agency else (
        row.owner_name or row.owner_agency)
    sheet = HotspotSheet(
        name=row.name, status=status, locality=row.locality_name, ward=row.ward_name,
        description=row.description, owner=owner, monthly=monthly,
        engagement=tuple(engagement_line(e) for e in engagements),
        audits=tuple(audit_line(a, with_names) for a in audits),
        map=hotspot_map(uow, row, period), period=period.title if period is not None else "")
    return sheet, row.owner_agency
