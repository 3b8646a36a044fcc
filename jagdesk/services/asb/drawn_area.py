"""An intervention's area drawn on the map (a GeoJSON Polygon in longitude/latitude, as a hotspot's
is stored): its size, and its corners for fitting a map to it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from jagdesk.domain.asb.vocabulary import LIVE, Kind
from jagdesk.domain.places.bng import to_bng_many
from jagdesk.store.models import AsbIntervention
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class DrawnPower:
    """An intervention in force over an area drawn on the map."""

    reference: str
    title: str  # its kind, as the register names it: "Public Spaces Protection Order"
    geojson: str


def drawn_ring(geojson: str | None) -> list[tuple[float, float]]:
    """The outer ring's (longitude, latitude) corners; empty when nothing (readable) is drawn."""
    if not geojson:
        return []
    try:
        shape = json.loads(geojson)
        ring = shape["coordinates"][0] if shape.get("type") == "Polygon" else []
        return [(float(lon), float(lat)) for lon, lat, *_ in ring]
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return []  # an area written by hand or another program: said nothing about rather than fail


def area_km2(geojson: str | None) -> float | None:
    """The drawn area in square kilometres, measured on the national grid; None when none is drawn."""
    import numpy as np

    ring = drawn_ring(geojson)
    if len(ring) < 4:  # a closed ring of at least three corners
        return None
    lons, lats = np.array(ring).T
    x, y = to_bng_many(lats, lons)
    # The shoelace formula: the grid is in metres, so this is square metres.
    square_m = abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))) / 2
    return square_m / 1_000_000


def area_sentence(geojson: str | None) -> str:
    """"Area drawn on the map, 0.42 km²." for a drawn area; empty when none is drawn."""
    size = area_km2(geojson)
    if size is None:
        return ""
    shown = f"{size:.2f} km²" if size >= 0.01 else f"{size * 1_000_000:,.0f} m²"  # a yard, say
    return f"Area drawn on the map, {shown}."


def areas_in_force(uow: UnitOfWork, today: date) -> list[DrawnPower]:
    """The interventions with a drawn area that are in force on `today` (a PSPO, a dispersal
    authorisation): each is a public notice, fit for a map that leaves the office."""
    a = AsbIntervention
    rows = uow.session.execute(
        select(a.reference, a.kind, a.area)
        .where(a.area.is_not(None), a.status.in_([status.value for status in LIVE]),
               or_(a.ends_on.is_(None), a.ends_on >= today))
        .order_by(a.reference)).all()
    return [DrawnPower(reference, Kind(kind).label, area) for reference, kind, area in rows if area]
