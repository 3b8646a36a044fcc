"""The partnership's reference data: partner agencies, their contacts, localities and wards."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, Float, ForeignKey, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jagdesk.store.base import Record


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
    # The boundary as a GeoJSON geometry (lon/lat), with its bounding box for quick rejection.
    geometry: Mapped[str | None] = mapped_column(Text)
    min_lon: Mapped[float | None] = mapped_column(Float)
    min_lat: Mapped[float | None] = mapped_column(Float)
    max_lon: Mapped[float | None] = mapped_column(Float)
    max_lat: Mapped[float | None] = mapped_column(Float)

    locality: Mapped[Locality | None] = relationship(back_populates="wards")
