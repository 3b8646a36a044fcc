"""Places a user can find by name: the streets police.uk places crimes on, the wards, the
hotspots already in the store, and the postcodes imported for the partnership's area.

police.uk moves every crime to the nearest of a fixed set of points and names the point
("On or near Shenley Road"). A street is found at the middle of the crimes on or near it, one
place for each ward it runs through (a long road crosses several); streets are only known where
crimes have been imported. A postcode is at the point the ONS or Ordnance Survey gives it, and is
found however it is typed ("WD6 1", "wd61aa").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from jagdesk.domain.places.postcodes import compact, could_start_postcode
from jagdesk.domain.places.streets import location_name
from jagdesk.services.places.map_layers import ward_outlines
from jagdesk.store.models import Crime, Hotspot, Postcode, Ward
from jagdesk.store.uow import UnitOfWork

STREET, WARD, HOTSPOT, POSTCODE = "street", "ward", "hotspot", "postcode"
# How people shorten street names, and what police.uk writes in full.
SHORT_FORMS = {"rd": "road", "st": "street", "ave": "avenue", "av": "avenue", "ln": "lane",
               "cl": "close", "ct": "court", "dr": "drive", "gdns": "gardens", "cres": "crescent",
               "pl": "place", "sq": "square", "pde": "parade", "gr": "grove", "hl": "hill"}
SEARCH_LIMIT = 20


@dataclass(frozen=True)
class Place:
    """Somewhere a hotspot can be put: a street in a ward, a ward, a hotspot or a postcode."""

    name: str  # "Shenley Road"
    ward: str  # the ward it is in ("" if outside every ward, or for a ward itself)
    kind: str  # STREET, WARD, HOTSPOT or POSTCODE
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
        if self.kind == POSTCODE:
            return f"{self.name} (postcode, {self.ward})" if self.ward else f"{self.name} (postcode)"
        return f"{self.name}, {self.ward}" if self.ward else self.name

    def describe(self) -> str:
        """Where the point is, in a sentence."""
        if self.kind == STREET:
            crimes = "crime" if self.crimes == 1 else "crimes"
            return (f"{self.name}, {self.ward}: the middle of the {self.crimes:,} {crimes} "
                    "police.uk placed on or near it.")
        if self.kind == WARD:
            return f"{self.name}: a point well inside the ward."
        if self.kind == POSTCODE:
            where = f" in {self.ward}" if self.ward else ""
            return f"{self.name}: the postcode's point{where}, the middle of its addresses."
        return f"{self.name}: the hotspot's own point."


# The place a police.uk location names ("On or near Shenley Road" -> "Shenley Road"), or None.
street_name = location_name


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


def postcodes(uow: UnitOfWork) -> list[Place]:
    """Every postcode imported, in order, at its point, with its ward."""
    query = (select(Postcode.postcode, Ward.name, Postcode.latitude, Postcode.longitude)
             .outerjoin(Ward, Ward.id == Postcode.ward_id))
    found = [Place(code, ward or "", POSTCODE, lat, lon)
             for code, ward, lat, lon in uow.session.execute(query)]
    # In the order people read them: "WD6 1AA" before "WD6 1AB", and "WD6" before "WD60".
    return sorted(found, key=lambda place: (len(place.name.split()[0]), place.name))


def gazetteer(uow: UnitOfWork) -> list[Place]:
    """Every place there is to find: hotspots, wards, streets (busiest first), then postcodes."""
    return [*hotspots(uow), *wards(uow), *streets(uow), *postcodes(uow)]


def _words(text: str) -> list[str]:
    """Lower-case words, short forms written out ("Shenley Rd" -> ["shenley", "road"])."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("'", ""))
    return [SHORT_FORMS.get(word, word) for word in words]


KIND_ORDER = {HOTSPOT: 0, WARD: 1, STREET: 2, POSTCODE: 3}


def _rank(place: Place, wanted: list[str], typed: str) -> tuple[int, ...] | None:
    """How well a place matches the words typed (lower is better); None when it does not.

    A postcode matches when what is typed, spaces or none, starts it ("wd61", "WD6 1A")."""
    if place.kind == POSTCODE:
        return (0, KIND_ORDER[POSTCODE], 0) if typed and compact(place.name).startswith(typed) \
            else None
    name, where = _words(place.name), _words(place.ward)
    words = name + where
    if not all(any(word.startswith(w) for word in words) for w in wanted):
        return None
    # The name itself starting with what was typed beats a word inside it, which beats the ward.
    count = len(wanted)
    starts = (len(name) >= count and name[:count - 1] == wanted[:-1]
              and name[count - 1].startswith(wanted[-1]))
    in_name = all(any(word.startswith(w) for word in name) for w in wanted)
    kind = KIND_ORDER.get(place.kind, len(KIND_ORDER))
    return (0 if starts else 1 if in_name else 2, kind, -place.crimes)


def search(places: Iterable[Place], text: str, limit: int = SEARCH_LIMIT) -> list[Place]:
    """The places whose name (or ward) has words starting with each word typed, best first:
    names that start with it, then names holding it, then by ward; hotspots and wards before
    streets, and busier streets first; postcodes that start with what is typed, spaces or none."""
    wanted = _words(text)
    if not wanted:
        return []
    typed = compact(text) if could_start_postcode(text) else ""
    ranked = [(rank, number, place) for number, place in enumerate(places)
              if (rank := _rank(place, wanted, typed)) is not None]
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [place for _rank_, _number, place in ranked[:limit]]


def find(places: Sequence[Place], title: str) -> Place | None:
    """The place listed under exactly this title, as the list of matches shows it."""
    return next((place for place in places if place.title == title), None)
