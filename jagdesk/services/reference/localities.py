"""Localities and their wards: list, save and delete."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jagdesk.domain.reference import locality_errors, ward_errors
from jagdesk.errors import ValidationError
from jagdesk.services.common.records import delete_unused, ensure_unique, load_for_change, validated
from jagdesk.store.models import Locality, Ward
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class LocalityRow:
    """A locality as pages and the command line see it."""

    id: uuid.UUID
    name: str
    description: str
    ward_count: int
    version: int


@dataclass(frozen=True)
class LocalityInput:
    """What the user enters for a locality."""

    name: str
    description: str = ""


@dataclass(frozen=True)
class WardRow:
    """A ward, with the locality it belongs to (if any)."""

    id: uuid.UUID
    code: str
    name: str
    locality_id: uuid.UUID | None
    locality_name: str
    version: int


@dataclass(frozen=True)
class WardInput:
    """What the user enters for a ward."""

    code: str
    name: str
    locality_id: uuid.UUID | None = None


def list_localities(uow: UnitOfWork) -> list[LocalityRow]:
    """Every locality, by name, with how many wards it has."""
    query = (
        select(Locality, func.count(Ward.id))
        .outerjoin(Ward, Ward.locality_id == Locality.id)
        .group_by(Locality.id)
        .order_by(func.lower(Locality.name))
    )
    return [_locality_row(locality, count) for locality, count in uow.session.execute(query)]


def _locality_row(locality: Locality, ward_count: int) -> LocalityRow:
    return LocalityRow(locality.id, locality.name, locality.description, ward_count,
                       locality.version)


def save_locality(uow: UnitOfWork, data: LocalityInput, record_id: uuid.UUID | None = None,
                  expected_version: int | None = None) -> LocalityRow:
    """Add a locality, or change the one with `record_id` as opened at `expected_version`."""
    validated(locality_errors(data.name, data.description))
    ensure_unique(uow.session, Locality.name, data.name, record_id, "name",
                  f"There is already a locality called '{data.name.strip()}'.")
    if record_id is None:
        locality = Locality()
        uow.session.add(locality)
    else:
        locality = load_for_change(uow, Locality, record_id, expected_version)
    locality.name = data.name.strip()
    locality.description = data.description.strip()
    uow.commit()
    count = uow.session.scalar(select(func.count()).where(Ward.locality_id == locality.id)) or 0
    return _locality_row(locality, count)


def delete_locality(uow: UnitOfWork, record_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete a locality that no ward or other record refers to."""
    delete_unused(uow, Locality, record_id, expected_version)


def list_wards(uow: UnitOfWork, locality_id: uuid.UUID | None = None) -> list[WardRow]:
    """Wards by name, of one locality or of all."""
    query = select(Ward, Locality.name).outerjoin(Locality).order_by(func.lower(Ward.name))
    if locality_id is not None:
        query = query.where(Ward.locality_id == locality_id)
    return [_ward_row(ward, locality or "") for ward, locality in uow.session.execute(query)]


def _ward_row(ward: Ward, locality_name: str) -> WardRow:
    return WardRow(ward.id, ward.code, ward.name, ward.locality_id, locality_name, ward.version)


def save_ward(uow: UnitOfWork, data: WardInput, record_id: uuid.UUID | None = None,
              expected_version: int | None = None) -> WardRow:
    """Add a ward, or change the one with `record_id` as opened at `expected_version`."""
    validated(ward_errors(data.code, data.name))
    ensure_unique(uow.session, Ward.code, data.code, record_id, "code",
                  f"There is already a ward with the code {data.code.strip().upper()}.")
    locality_name = ""
    if data.locality_id is not None:
        locality = uow.session.get(Locality, data.locality_id)
        if locality is None:
            raise ValidationError({"locality_id": "That locality is no longer in the store."})
        locality_name = locality.name
    if record_id is None:
        ward = Ward()
        uow.session.add(ward)
    else:
        ward = load_for_change(uow, Ward, record_id, expected_version)
    ward.code = data.code.strip().upper()
    ward.name = data.name.strip()
    ward.locality_id = data.locality_id
    uow.commit()
    return _ward_row(ward, locality_name)


def delete_ward(uow: UnitOfWork, record_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete a ward that nothing refers to; its crimes are placed in the wards that remain."""
    delete_unused(uow, Ward, record_id, expected_version, before_commit=_place_crimes)


def _place_crimes(session: Session) -> None:
    # Loaded only here: placing crimes needs numpy and shapely, which a normal start avoids.
    from jagdesk.services.places.boundaries import place_crimes

    place_crimes(session)
