"""Street names from police.uk locations: police.uk snaps each crime to a point it names
("On or near Shenley Road"), so the crimes in a place give the names of its streets."""

from __future__ import annotations

import re

# police.uk's anonymised locations that are places, not streets ("On or near Supermarket").
NOT_STREETS = frozenset({
    "airport/airfield", "bus/coach station", "conference/exhibition centre", "further/higher "
    "educational building", "hospital", "nightclub", "park/open space", "parking area",
    "pedestrian subway", "petrol station", "place of worship", "police station", "prison",
    "shopping area", "sports/recreation area", "supermarket", "theatre/concert hall",
    "theme/adventure park", "train station", "underground station", "no location", "",
})
# Locations that name no place one could stand at.
NOWHERE = frozenset({"", "no location", "none"})
_NEAR = re.compile(r"^\s*on or near\s+", re.IGNORECASE)


def location_name(location: str) -> str | None:
    """The place a police.uk location names ("On or near Shenley Road" -> "Shenley Road",
    "On or near Petrol Station" -> "Petrol Station"); None when it names no place. police.uk's
    "St Peter'S Street" is written "St Peter's Street"."""
    name = " ".join(_NEAR.sub("", location or "").split())
    return None if name.lower() in NOWHERE else re.sub(r"'S\b", "'s", name)


def street_name(location: str) -> str:
    """The street of a police.uk location ("On or near Shenley Road"), or "" for a place that is
    not a street ("On or near Supermarket"); police.uk's "St Peter'S Street" as "St Peter's Street"."""
    name = location_name(location) or ""
    return "" if name.lower() in NOT_STREETS or "/" in name else name
