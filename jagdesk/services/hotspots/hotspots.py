"""Hotspots: list, get, save and delete them, change their status, and count their incidents."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from jagdesk.domain.common.periods import MonthRange
from jagdesk.domain.hotspots import (
    DEFAULT_RADIUS_M,
    HotspotStatus,
    canonical_categories,
    date_problem,
    hotspot_errors,
    status_change_errors,
)
from jagdesk.domain.places.bng import grid_reference, to_bng
from jagdesk.errors import ValidationError
from jagdesk.services.common.readable import readable
from jagdesk.services.common.records import delete_unused, ensure_unique, load_for_change, validated
from jagdesk.services.hotspots.activity import (
    EngagementRow,
    VisualAuditRow,
    list_engagements,
    list_visual_audits,
)
from jagdesk.services.places.crime_areas import AreaKind, AreaRef, ward_at
from jagdesk.services.places.crime_stats import MonthlyTable, monthly_counts
from jagdesk.store.models import (
    Agency,
    Contact,
    Engagement,
    Hotspot,
    HotspotStatusChange,
    Locality,
    VisualAudit,
    Ward,
)
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class HotspotInput:
    """What the user enters for a hotspot; with no ward, the ward is found from the point."""

    name: str
    latitude: float | None
    longitude: float | None
    description: str = ""
    radius_m: int | None = None
    area: str | None = None  # a drawn GeoJSON Polygon (lon/lat); used instead of the radius
    categories: tuple[str, ...] = ()
    priority: str = "medium"
    source: str = "police analysis"
    owner_id: uuid.UUID | None = None
    locality_id: uuid.UUID | None = None
    ward_id: uuid.UUID | None = None
    notes: str = ""


@dataclass(frozen=True)
class HotspotRow:
    """A hotspot as pages and the command line see it, with the grid reference partners quote."""

    id: uuid.UUID
    name: str
    description: str
    status: str
    status_since: date | None
    priority: str
    source: str
    categories: tuple[str, ...]
    latitude: float
    longitude: float
    easting: int
    northing: int
    grid_reference: str
    radius_m: int | None
    area: str | None
    ward_id: uuid.UUID | None
    ward_name: str
    locality_id: uuid.UUID | None
    locality_name: str
    owner_id: uuid.UUID | None
    owner_name: str
    owner_agency: str
    owner_phone: str
    owner_email: str
    notes: str
    version: int

    @property
    def categories_text(self) -> str:
        return ", ".join(self.categories)

    @property
    def extent_text(self) -> str:
        """How far the hotspot reaches, for the incidents heading."""
        if self.area:
            return "inside the drawn area"
        if self.radius_m:
            return f"within {self.radius_m} m"
        return f"within {DEFAULT_RADIUS_M} m (no radius set)"


@dataclass(frozen=True)
class StatusChangeRow:
    """One dated entry of a hotspot's status history."""

    id: uuid.UUID
    status: str
    changed_on: date
    reason: str
    changed_by: str


@dataclass(frozen=True)
class HotspotDetail:
    """Everything the hotspot page shows but the incidents."""

    hotspot: HotspotRow
    history: tuple[StatusChangeRow, ...]
    visual_audits: tuple[VisualAuditRow, ...]
    engagements: tuple[EngagementRow, ...]


def _query() -> Select[Hotspot, str, str, Contact, str, date]:
    # Outer joins: a hotspot may have no ward, locality, owner or history yet (None arrives).
    locality = aliased(Locality)
    since = (select(func.max(HotspotStatusChange.changed_on))
             .where(HotspotStatusChange.hotspot_id == Hotspot.id).scalar_subquery())
    return (select(Hotspot, Ward.name, locality.name, Contact, Agency.name, since)
            .outerjoin(Ward, Ward.id == Hotspot.ward_id)
            .outerjoin(locality, locality.id == Hotspot.locality_id)
            .outerjoin(Contact, Contact.id == Hotspot.owner_id)
            .outerjoin(Agency, Agency.id == Contact.agency_id)
            .order_by(func.lower(Hotspot.name)))


def _row(hotspot: Hotspot, ward: str | None, locality: str | None, owner: Contact | None,
         agency: str | None, since: date | None) -> HotspotRow:
    easting, northing = (round(value) for value in to_bng(hotspot.latitude, hotspot.longitude))
    return HotspotRow(
        hotspot.id, hotspot.name, hotspot.description, hotspot.status, since, hotspot.priority,
        hotspot.source, tuple(json.loads(hotspot.categories or "[]")), hotspot.latitude,
        hotspot.longitude, easting, northing, grid_reference(easting, northing),
        hotspot.radius_m, hotspot.area, hotspot.ward_id, ward or "", hotspot.locality_id,
        locality or "", hotspot.owner_id, owner.name if owner else "", agency or "",
        owner.phone if owner else "", owner.email if owner else "", hotspot.notes, hotspot.version,
    )


def list_hotspots(uow: UnitOfWork, status: str | None = None) -> list[HotspotRow]:
    """Every hotspot by name, or those with one status."""
    query = _query()
    if status is not None:
        query = query.where(Hotspot.status == status)
    return [_row(*found) for found in uow.session.execute(query)]


def _one(uow: UnitOfWork, hotspot_id: uuid.UUID) -> HotspotRow:
    uow.get(Hotspot, hotspot_id)  # NotFoundError when it has gone
    found = uow.session.execute(_query().where(Hotspot.id == hotspot_id)).one()
    return _row(*found)


def get_hotspot(uow: UnitOfWork, hotspot_id: uuid.UUID) -> HotspotDetail:
    """A hotspot with its status history, visual audits and engagement."""
    row = _one(uow, hotspot_id)
    changes = uow.session.scalars(
        select(HotspotStatusChange).where(HotspotStatusChange.hotspot_id == hotspot_id)
        .order_by(HotspotStatusChange.changed_on, HotspotStatusChange.created_at))
    history = tuple(StatusChangeRow(c.id, c.status, c.changed_on, c.reason, c.created_by)
                    for c in changes)
    # A partner reads the hotspot and its status, not the visits and engagement of case work.
    audits = list_visual_audits(uow, hotspot_id) if readable(uow.session, VisualAudit) else []
    engaged = list_engagements(uow, hotspot_id) if readable(uow.session, Engagement) else []
    return HotspotDetail(row, history, tuple(audits), tuple(engaged))


def _place(uow: UnitOfWork, data: HotspotInput) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    """The ward (given, else found from the point) and the locality (given, else the ward's)."""
    assert data.latitude is not None and data.longitude is not None
    session = uow.session
    if data.ward_id is not None:
        ward = session.get(Ward, data.ward_id)
        if ward is None:
            raise ValidationError({"ward_id": "That ward is no longer in the store."})
    else:
        ward = ward_at(session, data.latitude, data.longitude)
    locality_id = data.locality_id
    if locality_id is not None:
        locality = session.get(Locality, locality_id)
        if locality is None:
            raise ValidationError({"locality_id": "That locality is no longer in the store."})
        if ward is not None and ward.locality_id not in (None, locality_id):
            raise ValidationError({"locality_id": (
                f"The ward {ward.name} is in the {ward.locality.name if ward.locality else ''} "
                f"locality, not {locality.name}.")})
    elif ward is not None:
        locality_id = ward.locality_id
    return (ward.id if ward else None), locality_id


def save_hotspot(uow: UnitOfWork, data: HotspotInput, record_id: uuid.UUID | None = None,
                 expected_version: int | None = None, *, proposed_on: date | None = None,
                 today: date | None = None) -> HotspotRow:
    """Add a hotspot (status "proposed", dated `proposed_on`), or change the one with `record_id`."""
    today = today or date.today()
    errors = hotspot_errors(data.name, data.description, data.latitude, data.longitude,
                            data.radius_m, data.area, data.categories, data.priority, data.source,
                            data.notes)
    if record_id is None:
        problem = date_problem(proposed_on or today, "date the hotspot was proposed", today)
        errors.update({"proposed_on": problem} if problem else {})
    validated(errors)
    ensure_unique(uow.session, Hotspot.name, data.name, record_id, "name",
                  f"There is already a hotspot called '{data.name.strip()}'.")
    if data.owner_id is not None and uow.session.get(Contact, data.owner_id) is None:
        raise ValidationError({"owner_id": "That contact is no longer in the store."})
    ward_id, locality_id = _place(uow, data)
    if record_id is None:
        # Keys set here rather than at flush, so the audit trail names the parent of each part.
        hotspot = Hotspot(id=uuid.uuid4(), status=HotspotStatus.PROPOSED.value)
        uow.session.add(hotspot)
        uow.session.add(HotspotStatusChange(hotspot_id=hotspot.id, status=HotspotStatus.PROPOSED.value,
                                            changed_on=proposed_on or today, reason=""))
    else:
        hotspot = load_for_change(uow, Hotspot, record_id, expected_version)
    assert data.latitude is not None and data.longitude is not None
    hotspot.name = data.name.strip()
    hotspot.description = data.description.strip()
    hotspot.latitude, hotspot.longitude = data.latitude, data.longitude
    hotspot.radius_m = data.radius_m
    hotspot.area = json.dumps(json.loads(data.area)) if data.area and data.area.strip() else None
    hotspot.categories = json.dumps(list(canonical_categories(data.categories)), ensure_ascii=False)
    hotspot.priority, hotspot.source = data.priority, data.source
    hotspot.owner_id, hotspot.ward_id, hotspot.locality_id = data.owner_id, ward_id, locality_id
    hotspot.notes = data.notes.strip()
    uow.commit()
    return _one(uow, hotspot.id)


def delete_hotspot(uow: UnitOfWork, record_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete a hotspot with its history, audits and engagement, unless something else uses it."""
    delete_unused(uow, Hotspot, record_id, expected_version)


def change_status(uow: UnitOfWork, hotspot_id: uuid.UUID, expected_version: int | None,
                  status: str, changed_on: date | None, reason: str = "", *,
                  today: date | None = None) -> HotspotRow:
    """Move a hotspot to a new status on a date, with the reason (closing needs one)."""
    hotspot = load_for_change(uow, Hotspot, hotspot_id, expected_version)
    last = uow.session.scalar(select(func.max(HotspotStatusChange.changed_on))
                              .where(HotspotStatusChange.hotspot_id == hotspot_id))
    validated(status_change_errors(hotspot.status, status, changed_on, reason, last,
                                   today or date.today()))
    assert changed_on is not None
    hotspot.status = status
    uow.session.add(HotspotStatusChange(hotspot_id=hotspot_id, status=status, changed_on=changed_on,
                                        reason=reason.strip()))
    uow.commit()
    return _one(uow, hotspot_id)


def hotspot_area(row: HotspotRow) -> AreaRef:
    """The hotspot as an area for crime figures."""
    return AreaRef(AreaKind.HOTSPOT, row.id, row.name)


def hotspot_incidents(uow: UnitOfWork, hotspot_id: uuid.UUID, period: MonthRange,
                      types: list[str] | None = None) -> MonthlyTable:
    """The crimes inside the hotspot's radius or drawn area, by month and crime type."""
    return monthly_counts(uow.session, hotspot_area(_one(uow, hotspot_id)), period, types)
