"""The partnership's designated authorising officers and its list of offences with their maximum
penalties (the shipped list until the partnership edits it)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from jagdesk.domain.cctv.ripa import DEFAULT_OFFENCES, Offence, offence_errors
from jagdesk.domain.common.validation import collect, max_length_text, required_text
from jagdesk.errors import NotFoundError
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
    """The partnership's offences, or the shipped list while it has none of its own."""
    stored = list(uow.session.scalars(select(RipaOffence).order_by(RipaOffence.name)))
    if not stored:
        return sorted(DEFAULT_OFFENCES, key=lambda o: o.name)
    return [Offence(o.name, o.statute, o.max_months, o.underage_sale) for o in stored]


def find_offence(uow: UnitOfWork, name: str) -> Offence:
    """The offence of this name on the list (any case of letters), or NotFoundError."""
    wanted = " ".join(name.lower().split())
    for offence in list_offences(uow):
        if " ".join(offence.name.lower().split()) == wanted:
            return offence
    raise NotFoundError(f"'{name.strip()}' is not on the list of offences; add it with its "
                        "maximum penalty first.")


def save_offence(uow: UnitOfWork, offence_id: uuid.UUID | None, expected_version: int | None,
                 offence: Offence) -> Offence:
    """Add an offence to the partnership's list or change one; the shipped list becomes the
    partnership's own on its first change. Commits."""
    validated(offence_errors(offence))
    if uow.session.scalar(select(func.count()).select_from(RipaOffence)) == 0:
        uow.session.add_all(RipaOffence(name=o.name, statute=o.statute, max_months=o.max_months,
                                        underage_sale=o.underage_sale) for o in DEFAULT_OFFENCES)
        uow.session.flush()
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
