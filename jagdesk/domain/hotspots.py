"""Rules for hotspots: statuses and their changes, priorities, sources, issue categories, checks."""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from jagdesk.domain.common import validation as v

if TYPE_CHECKING:
    from shapely.geometry import Polygon


class HotspotStatus(StrEnum):
    """Where the JAG stands with a place."""

    PROPOSED = "proposed"
    ACTIVE = "active"
    MONITORING = "monitoring"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Priority(StrEnum):
    """How urgently the JAG tackles a hotspot."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Source(StrEnum):
    """Who brought the place to the JAG."""

    POLICE_ANALYSIS = "police analysis"
    RESIDENT_COMPLAINTS = "resident complaints"
    COUNCILLOR = "councillor"
    JAG = "JAG"

    @property
    def label(self) -> str:
        return self.value if self is Source.JAG else self.value.capitalize()


class EngagementKind(StrEnum):
    """How residents around a hotspot were asked what is happening."""

    LETTER = "letter"
    SURVEY = "survey"
    DOOR_KNOCK = "door knock"

    @property
    def label(self) -> str:
        return {"letter": "Letter", "survey": "ASB survey", "door knock": "Door knocking"}[self.value]


# The crime types police.uk publishes (street-level files, since 2013).
POLICE_UK_CRIME_TYPES: tuple[str, ...] = (
    "Anti-social behaviour", "Bicycle theft", "Burglary", "Criminal damage and arson", "Drugs",
    "Other crime", "Other theft", "Possession of weapons", "Public order", "Robbery",
    "Shoplifting", "Theft from the person", "Vehicle crime", "Violence and sexual offences",
)
# What JAGs tackle that police.uk does not name; a user may add others of their own.
LOCAL_CATEGORIES: tuple[str, ...] = (
    "Nuisance motorcycles", "Street drinking", "Fly-tipping", "Drug dealing", "Youths gathering",
    "Graffiti", "Noise", "Begging", "Abandoned vehicles", "Dog fouling",
)
CATEGORIES = POLICE_UK_CRIME_TYPES + LOCAL_CATEGORIES
_CANONICAL = {name.lower(): name for name in CATEGORIES}

MIN_RADIUS_M, MAX_RADIUS_M = 10, 5000
# Incidents are counted within this distance of a hotspot that has neither a radius nor an area.
DEFAULT_RADIUS_M = 200
# Great Britain, where the National Grid applies; a point outside is a typing slip.
GB_LATITUDE = (49.8, 60.9)
GB_LONGITUDE = (-8.7, 1.8)


def needs_reason(current: str, new: str) -> bool:
    """Whether the change of status must say why: closing a hotspot, and reopening a closed one."""
    return HotspotStatus.CLOSED in (current, new)


def canonical_categories(categories: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The categories trimmed, known ones in their usual spelling, duplicates and blanks dropped."""
    seen: dict[str, str] = {}
    for category in categories:
        text = " ".join(category.split())
        if text:
            seen.setdefault(text.lower(), _CANONICAL.get(text.lower(), text))
    return tuple(seen.values())


def categories_problem(categories: list[str] | tuple[str, ...]) -> str | None:
    """Why the issue categories are refused, or None."""
    for category in canonical_categories(categories):
        if len(category) > 80:
            return f"The category '{category[:30]}...' is too long: at most 80 characters."
    return None


def point_problem(latitude: float | None, longitude: float | None) -> str | None:
    """Why a hotspot's point is refused, or None."""
    if latitude is None or longitude is None:
        return "Give the hotspot's point (latitude and longitude)."
    if not (GB_LATITUDE[0] <= latitude <= GB_LATITUDE[1]
            and GB_LONGITUDE[0] <= longitude <= GB_LONGITUDE[1]):
        return (f"The point {latitude:.6f}, {longitude:.6f} is not in Great Britain; "
                "check latitude (about 51.7) and longitude (about -0.3) are not swapped.")
    return None


def radius_problem(radius_m: int | None) -> str | None:
    """Why a hotspot's radius is refused, or None (no radius is allowed)."""
    if radius_m is not None and not MIN_RADIUS_M <= radius_m <= MAX_RADIUS_M:
        return f"The radius must be between {MIN_RADIUS_M} and {MAX_RADIUS_M} metres."
    return None


def area_polygon(area: str) -> Polygon:
    """The drawn area, a GeoJSON Polygon in lon/lat; ValueError with one sentence if it is not one."""
    import shapely  # only when an area is drawn: it is slow to import
    from shapely.geometry import Polygon

    try:
        data = json.loads(area)
        if not isinstance(data, dict) or data.get("type") != "Polygon":
            raise ValueError
        shape = shapely.from_geojson(area)
    except (ValueError, TypeError, shapely.errors.GEOSException):
        raise ValueError("The drawn area is not a GeoJSON polygon.") from None
    if not isinstance(shape, Polygon) or shape.is_empty or len(set(shape.exterior.coords)) < 3:
        raise ValueError("The drawn area needs at least three corners.")
    if not shape.is_valid:
        raise ValueError("The drawn area crosses itself; draw it again.")
    if shape.area == 0:
        raise ValueError("The drawn area needs at least three corners.")
    min_lon, min_lat, max_lon, max_lat = shape.bounds
    if point_problem(min_lat, min_lon) or point_problem(max_lat, max_lon):
        raise ValueError("The drawn area is not in Great Britain.")
    return shape


def area_problem(area: str | None) -> str | None:
    """Why a drawn area is refused, or None (no area is allowed)."""
    if area is None or not area.strip():
        return None
    try:
        area_polygon(area)
    except ValueError as exc:
        return str(exc)
    return None


def choice_problem(value: str, allowed: type[StrEnum], what: str) -> str | None:
    """Why `value` is not one of an enumeration's values, or None."""
    return None if value in {item.value for item in allowed} else f"Choose the {what}."


def hotspot_errors(name: str, description: str, latitude: float | None, longitude: float | None,
                   radius_m: int | None, area: str | None, categories: list[str] | tuple[str, ...],
                   priority: str, source: str, notes: str) -> dict[str, str]:
    """What is wrong with a hotspot's fields, by field."""
    return v.collect(
        name=v.required_text(name, "hotspot's name", 200),
        description=v.max_length_text(description, "description", 4000),
        latitude=point_problem(latitude, longitude),
        radius_m=radius_problem(radius_m),
        area=area_problem(area),
        categories=categories_problem(categories),
        priority=choice_problem(priority, Priority, "priority"),
        source=choice_problem(source, Source, "source"),
        notes=v.max_length_text(notes, "notes", 20000),
    )


def date_problem(value: date | None, what: str, today: date) -> str | None:
    """A required date that is not in the future."""
    if value is None:
        return f"Enter the {what}."
    if value > today:
        return f"The {what} ({value:%d/%m/%Y}) is in the future."
    return None


def status_change_errors(current: str, new: str, changed_on: date | None, reason: str,
                         last_change: date | None, today: date) -> dict[str, str]:
    """What is wrong with a change of status, by field."""
    status_reason = choice_problem(new, HotspotStatus, "new status")
    if status_reason is None and new == current:
        status_reason = f"The hotspot is already {new}."
    date_reason = date_problem(changed_on, "date of the change", today)
    if date_reason is None and changed_on is not None and last_change and changed_on < last_change:
        # The history reads in date order; a change before the last one would rewrite it.
        date_reason = (f"The change cannot be dated before the last one "
                       f"({last_change:%d/%m/%Y}).")
    reason_problem = v.max_length_text(reason, "reason", 4000)
    if reason_problem is None and not reason.strip() and needs_reason(current, new):
        reason_problem = ("Say why the hotspot is closed." if new == HotspotStatus.CLOSED
                          else "Say why the closed hotspot is reopened.")
    return v.collect(status=status_reason, changed_on=date_reason, reason=reason_problem)


def visual_audit_errors(audit_date: date | None, attendees: str, findings: str,
                        recommendations: str, today: date) -> dict[str, str]:
    """What is wrong with a visual audit, by field."""
    return v.collect(
        audit_date=date_problem(audit_date, "date of the audit", today),
        attendees=v.required_text(attendees, "people who attended", 4000),
        findings=v.required_text(findings, "findings", 20000),
        recommendations=v.max_length_text(recommendations, "recommendations", 20000),
    )


def engagement_errors(sent_on: date | None, kind: str, roads: str, number_sent: int,
                      responses: int, summary: str, today: date) -> dict[str, str]:
    """What is wrong with a record of community engagement, by field."""
    sent_reason = None
    if number_sent < 0:
        sent_reason = "The number sent cannot be negative."
    responses_reason = None
    if responses < 0:
        responses_reason = "The number of responses cannot be negative."
    elif number_sent >= 0 and responses > number_sent:
        responses_reason = (f"There cannot be more responses ({responses}) than letters or "
                            f"surveys sent ({number_sent}).")
    return v.collect(
        sent_on=date_problem(sent_on, "date sent", today),
        kind=choice_problem(kind, EngagementKind, "kind of engagement"),
        roads=v.required_text(roads, "roads covered", 4000),
        number_sent=sent_reason,
        responses=responses_reason,
        summary=v.max_length_text(summary, "summary of what residents said", 20000),
    )
