"""The tables of the store: reference data (agencies, contacts, localities, wards) and the audit trail."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jagdesk.store.base import Base, Record, UTCDateTime, utcnow


class Agency(Record):
    """A partner agency of the Community Safety Partnership."""

    __tablename__ = "agency"
    label, plural = "agency", "agencies"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    agency_type: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    contacts: Mapped[list[Contact]] = relationship(back_populates="agency", passive_deletes="all")


class Contact(Record):
    """A person at a partner agency whom the JAG tasks and invites."""

    __tablename__ = "contact"
    label, plural = "contact", "contacts"

    agency_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("agency.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")

    agency: Mapped[Agency] = relationship(back_populates="contacts")


class Locality(Record):
    """A part of the district with its own locality meeting (e.g. Borehamwood)."""

    __tablename__ = "locality"
    label, plural = "locality", "localities"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")

    wards: Mapped[list[Ward]] = relationship(back_populates="locality", passive_deletes="all")


class Ward(Record):
    """An electoral ward (ONS code and name), belonging to a locality."""

    __tablename__ = "ward"
    label, plural = "ward", "wards"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    locality_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("locality.id", ondelete="RESTRICT"), index=True
    )

    locality: Mapped[Locality | None] = relationship(back_populates="wards")


class AuditEntry(Base):
    """One insert, update or delete of a record: who, when, which record, which fields, old and new.

    Written by the unit of work in the same transaction as the change, so neither can exist without
    the other. Never updated or deleted by the application.
    """

    __tablename__ = "audit_entry"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(10))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    record_title: Mapped[str] = mapped_column(String(200), default="")
    # JSON object {field: [old, new]}; for inserts old is null, for deletes new is null.
    changes: Mapped[str] = mapped_column(Text, default="{}")


# Every record kind, parents before children: the order to copy in, the reverse to delete in.
RECORD_MODELS: tuple[type[Record], ...] = (Agency, Contact, Locality, Ward)
