"""Partner agencies and their contacts: list, save and delete."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from jagdesk.domain.reference import AgencyType, agency_errors, contact_errors
from jagdesk.errors import ValidationError
from jagdesk.services.common.records import delete_unused, ensure_unique, load_for_change, validated
from jagdesk.store.models import Agency, Contact
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class AgencyRow:
    """A partner agency as pages and the command line see it."""

    id: uuid.UUID
    name: str
    agency_type: str
    active: bool
    contact_count: int
    version: int

    @property
    def type_title(self) -> str:
        return AgencyType(self.agency_type).label


@dataclass(frozen=True)
class AgencyInput:
    """What the user enters for an agency."""

    name: str
    agency_type: str
    active: bool = True


@dataclass(frozen=True)
class ContactRow:
    """A contact at a partner agency."""

    id: uuid.UUID
    agency_id: uuid.UUID
    agency_name: str
    name: str
    role: str
    phone: str
    email: str
    version: int


@dataclass(frozen=True)
class ContactInput:
    """What the user enters for a contact."""

    agency_id: uuid.UUID
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


def list_agencies(uow: UnitOfWork) -> list[AgencyRow]:
    """Every agency, by name, with how many contacts it has."""
    query = (
        select(Agency, func.count(Contact.id))
        .outerjoin(Contact, Contact.agency_id == Agency.id)
        .group_by(Agency.id)
        .order_by(func.lower(Agency.name))
    )
    return [_agency_row(agency, count) for agency, count in uow.session.execute(query)]


def _agency_row(agency: Agency, contact_count: int) -> AgencyRow:
    return AgencyRow(agency.id, agency.name, agency.agency_type, agency.active, contact_count,
                     agency.version)


def save_agency(uow: UnitOfWork, data: AgencyInput, record_id: uuid.UUID | None = None,
                expected_version: int | None = None) -> AgencyRow:
    """Add an agency, or change the one with `record_id` as opened at `expected_version`."""
    validated(agency_errors(data.name, data.agency_type))
    ensure_unique(uow.session, Agency.name, data.name, record_id, "name",
                  f"There is already an agency called '{data.name.strip()}'.")
    if record_id is None:
        agency = Agency()
        uow.session.add(agency)
    else:
        agency = load_for_change(uow, Agency, record_id, expected_version)
    agency.name = data.name.strip()
    agency.agency_type = data.agency_type
    agency.active = data.active
    uow.commit()
    count = uow.session.scalar(select(func.count()).where(Contact.agency_id == agency.id)) or 0
    return _agency_row(agency, count)


def delete_agency(uow: UnitOfWork, record_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete an agency that nothing refers to."""
    delete_unused(uow, Agency, record_id, expected_version)


def list_contacts(uow: UnitOfWork, agency_id: uuid.UUID | None = None) -> list[ContactRow]:
    """Contacts by name, of one agency or of all."""
    query = select(Contact, Agency.name).join(Agency).order_by(func.lower(Contact.name))
    if agency_id is not None:
        query = query.where(Contact.agency_id == agency_id)
    return [_contact_row(contact, agency) for contact, agency in uow.session.execute(query)]


def _contact_row(contact: Contact, agency_name: str) -> ContactRow:
    return ContactRow(contact.id, contact.agency_id, agency_name, contact.name, contact.role,
                      contact.phone, contact.email, contact.version)


def save_contact(uow: UnitOfWork, data: ContactInput, record_id: uuid.UUID | None = None,
                 expected_version: int | None = None) -> ContactRow:
    """Add a contact, or change the one with `record_id` as opened at `expected_version`."""
    validated(contact_errors(data.name, data.role, data.phone, data.email))
    agency = uow.session.get(Agency, data.agency_id)
    if agency is None:
        raise ValidationError({"agency_id": "Choose the contact's agency."})
    if record_id is None:
        contact = Contact()
        uow.session.add(contact)
    else:
        contact = load_for_change(uow, Contact, record_id, expected_version)
    contact.agency_id = agency.id
    contact.name = data.name.strip()
    contact.role = data.role.strip()
    contact.phone = data.phone.strip()
    contact.email = data.email.strip()
    uow.commit()
    return _contact_row(contact, agency.name)


def delete_contact(uow: UnitOfWork, record_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete a contact that nothing refers to."""
    delete_unused(uow, Contact, record_id, expected_version)
