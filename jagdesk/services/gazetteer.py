"""Places a user can find by name: the streets police.uk places crimes on, the wards and the
hotspots already in the store.

police.uk moves every crime to the nearest of a fixed set of points and names the point
("On or near Shenley Road"). A street is found at the middle of the crimes on or near it, one
place for each ward it runs through (a long road crosses several); streets are only known where
crimes have been imported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from jagdesk.services.map_layers import ward_outlines
from jagdesk.store.models import Crime, Hotspot, Ward
from jagdesk.store.uow import UnitOfWork

STREET, WARD, HOTSPOT = "street", "ward", "hotspot"
NEAR = re.compile(r"^\s*on or near\s+", re.IGNORECASE)
# Locations that name no place one could stand at.
NOWHERE = {"", "no location", "none"}
# How people shorten street names, and what police.uk writes in full.
SHORT_FORMS = {"rd": "road", "st": "street", "ave": "avenue", "av": "avenue", "ln": "lane",
               "cl": "close", "ct": "court", "dr": "drive", "gdns": "gardens", "cres": "crescent",
               "pl": "place", "sq": "square", "pde": "parade", "gr": "grove", "hl": "hill"}
SEARCH_LIMIT = 20


@dataclass(frozen=True)
class Place:
    """Somewhere a hotspot can be put: a street in a ward, a ward, or a hotspot."""

    name: str  # "Shenley Road"
    ward: str  # the ward it is in ("" if outside every ward, or for a ward itself)
    kind: str  # STREET, WARD or HOTSPOT
    latitude: float
    longitude: float
    crimes: int = 0  # for a street: the crimes police.uk placed on or near it

    @property
    def title(self) -> str:
        """As a list of matches shows it: "Shenley Road, Borehamwood Hillside"."""
        if self.kind == WARD:
            return f"{self.name} (ward)"
        if self.kind == HOTSPOT:
            return f"{self.name} (hotspot)"
        return f"{self.name}, {self.ward}" if self.ward else self.name

    def describe(self) -> str:
        """Where the point is, in a sentence."""
        if self.kind == STREET:
            crimes = "crime" if self.crimes == 1 else "crimes"
            return (f"{self.name}, {self.ward}: the middle of the {self.crimes:,} {crimes} "
                    "police.uk placed on or near it.")
        if self.kind == WARD:
            return f"{self.name}: a point well inside the ward."
        return f"{self.name}: the hotspot's own point."


def street_name(location: str) -> str | None:
    """The street of a police.uk location ("On or near Shenley Road" -> "Shenley Road"); None
    when it names no place."""
    name = " ".join(NEAR.sub("", location or "").split())
    return None if name.lower() in NOWHERE else name


def streets(uow: UnitOfWork) -> list[Place]:
    """Every street crimes were placed on inside the partnership, once per ward, at the mean
    point of its crimes; busiest first."""
    query = (select(Crime.location, Ward.name, func.avg(Crime.latitude), func.avg(Crime.longitude),
                    func.count())
             .join(Ward, Ward.id == Crime.ward_id)
             .where(Crime.latitude.is_not(None), Crime.longitude.is_not(None))
             .group_by(Crime.location, Ward.name))
    found: dict[tuple[str, str], list[float]] = {}
    for location, ward, lat, lon, count in uow.session.execute(query):
        name = street_name(location)
        if name is None:
            continue
        # "On or near X" and "X" are one street: their points are weighed together.
        totals = found.setdefault((name, ward), [0.0, 0.0, 0.0])
        totals[0] += float(lat) * count
        totals[1] += float(lon) * count
        totals[2] += count
    places = [Place(name, ward, STREET, lat / count, lon / count, int(count))
              for (name, ward), (lat, lon, count) in found.items()]
    return sorted(places, key=lambda p: (-p.crimes, p.name.lower(), p.ward.lower()))


def wards(uow: UnitOfWork) -> list[Place]:
    """Every ward with a boundary, at a point well inside it (where the map writes its name)."""
    return [Place(ward.name, "", WARD, ward.label_lat, ward.label_lon) for ward in ward_outlines(uow)]


def hotspots(uow: UnitOfWork) -> list[Place]:
    """Every hotspot at its point, with its ward."""
    query = (select(Hotspot.name, Ward.name, Hotspot.latitude, Hotspot.longitude)
             .outerjoin(Ward, Ward.id == Hotspot.ward_id).order_by(func.lower(Hotspot.name)))
    return [Place(name, ward or "", HOTSPOT, lat, lon)
            for name, ward, lat, lon in uow.session.execute(query)]


def gazetteer(uow: UnitOfWork) -> list[Place]:
    """Every place there is to find: hotspots, wards, then streets, busiest first."""
    return [*hotspots(uow), *wards(uow), *streets(uow)]


def _words(text: str) -> list[str]:
    """Lower-case words, short forms written out ("Shenley Rd" -> ["shenley", "road"])."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("'", ""))
    return [SHORT_FORMS.get(word, word) for word in words]


def _rank(place: Place, wanted: list[str]) -> tuple[int, ...] | None:
    """How well a place matches the words typed (lower is better); None when it does not."""
    name, where = _words(place.name), _words(place.ward)
    words = name + where
    if not all(any(word.startswith(w) for word in words) for w in wanted):
        return None
    # The name itself starting with what was typed beats a word inside it, which beats the ward.
    count = len(wanted)
    starts = (len(name) >= count and name[:count - 1] == wanted[:-1]
              and name[count - 1].startswith(wanted[-1]))
    in_name = all(any(word.startswith(w) for word in name) for w in wanted)
    kind = {HOTSPOT: 0, WARD: 1, STREET: 2}.get(place.kind, 3)
    return (0 if starts else 1 if in_name else 2, kind, -place.crimes)


def search(places: Iterable[Place], text: str, limit: int = SEARCH_LIMIT) -> list[Place]:
    """The places whose name (or ward) has words starting with each word typed, best first:
    names that start with it, then names holding it, then by ward; hotspots and wards before
    streets, and busier streets first."""
    wanted = _words(text)
    if not wanted:
        return []
    ranked = [(rank, number, place) for number, place in enumerate(places)
              if (rank := _rank(place, wanted)) is not None]
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [place for _rank_, _number, place in ranked[:limit]]


def find(places: Sequence[Place], title: str) -> Place | None:
    """The place listed under exactly this title, as the list of matches shows it."""
    return next((place for place in places if place.title == title), None)
