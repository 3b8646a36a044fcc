"""The partnership's designated authorising officers and its list of offences with their maximum
penalties (the shipped list until the partnership edits it)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from jagdesk.domain.cctv.ripa import Offence, offence_errors
from jagdesk.domain.common.day_text import uk_day
from jagdesk.domain.common.validation import collect, max_length_text, required_text
from jagdesk.errors import NotFoundError
from jagdesk.services.cctv.lists import offence_rows, stored_offences
from jagdesk.services.common.records import ensure_unique, load_for_change, validated
from jagdesk.store.models import AuthorisingOfficer, RipaOffence
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class OfficerRow:
    """A designated authorising officer."""

    id: uuid.UUID
    name: str
    grade: str
    active: bool
    version: int


def list_officers(uow: UnitOfWork) -> list[OfficerRow]:
    """The designated authorising officers, by name."""
    query = select(AuthorisingOfficer).order_by(func.lower(AuthorisingOfficer.name))
    return [OfficerRow(o.id, o.name, o.grade, o.active, o.version) for o in uow.session.scalars(query)]


def save_officer(uow: UnitOfWork, officer_id: uuid.UUID | None, expected_version: int | None,
                 name: str, grade: str, active: bool = True) -> OfficerRow:
    """Add a designated officer (officer_id None) or change one; commits."""
    validated(collect(name=required_text(name, "officer's name", 200),
                      grade=max_length_text(grade, "grade", 200)))
    ensure_unique(uow.session, AuthorisingOfficer.name, name, officer_id, "name",
                  f"{name.strip()} is already on the list of authorising officers.")
    if officer_id is None:
        officer = AuthorisingOfficer()
        uow.session.add(officer)
    else:
        officer = load_for_change(uow, AuthorisingOfficer, officer_id, expected_version)
    officer.name, officer.grade, officer.active = name.strip(), grade.strip(), active
    uow.commit()
    return OfficerRow(officer.id, officer.name, officer.grade, officer.active, officer.version)


def officer_named(uow: UnitOfWork, name: str) -> AuthorisingOfficer | None:
    """The officer with this name (any case of letters), or None."""
    wanted = name.strip().lower()
    return uow.session.scalar(select(AuthorisingOfficer).where(
        func.lower(AuthorisingOfficer.name) == wanted))


def list_offences(uow: UnitOfWork) -> list[Offence]:
    """The offences a new application may name: the partnership's, or the shipped list while it
    has none of its own, less those retired."""
    return [row.offence for row in offence_rows(uow) if row.retired_on is None]


def find_offence(uow: UnitOfWork, name: str) -> Offence:
    """The offence of this name on the list (any case of letters), or NotFoundError."""
    wanted = " ".join(name.lower().split())
    for row in offence_rows(uow):
        if " ".join(row.name.lower().split()) == wanted:
            if row.retired_on is not None:
                raise NotFoundError(f"'{row.name}' was retired from the list of offences on "
                                    f"{uk_day(row.retired_on)}; bring it back to the list first.")
            return row.offence
    raise NotFoundError(f"'{name.strip()}' is not on the list of offences; add it with its "
                        "maximum penalty first.")


def save_offence(uow: UnitOfWork, offence_id: uuid.UUID | None, expected_version: int | None,
                 offence: Offence) -> Offence:
    """Add an offence to the partnership's list or change one; the shipped list becomes the
    partnership's own on its first change. Commits."""
    validated(offence_errors(offence))
    stored_offences(uow)
    if offence_id is None:
        existing = uow.session.scalar(select(RipaOffence).where(
            func.lower(RipaOffence.name) == offence.name.strip().lower()))
        record = existing or RipaOffence()
        if existing is None:
            uow.session.add(record)
    else:
        record = load_for_change(uow, RipaOffence, offence_id, expected_version)
    record.name, record.statute = offence.name.strip(), offence.statute.strip()
    record.max_months, record.underage_sale = offence.max_months, offence.underage_sale
    uow.commit()
    return Offence(record.name, record.statute, record.max_months, record.underage_sale)
