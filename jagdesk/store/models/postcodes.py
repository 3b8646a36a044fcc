"""Postcodes from the ONS Postcode Directory or OS Code-Point Open, for finding places by postcode."""

from __future__ import annotations

import uuid

from sqlalchemy import Float, ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from jagdesk.store.base import Base


class Postcode(Base):
    """One live postcode in or near the partnership's wards, at its published point.

    Not a Record: like the crimes, these are public data imported in bulk and re-creatable from
    their file; an import replaces them all.
    """

    __tablename__ = "postcode"

    postcode: Mapped[str] = mapped_column(String(8), primary_key=True)  # "WD6 1AA"
    longitude: Mapped[float] = mapped_column(Float)
    latitude: Mapped[float] = mapped_column(Float)
    # The ward its point lies in; None for a postcode just outside every ward (kept for the margin).
    ward_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("ward.id", ondelete="SET NULL")
    )
    source: Mapped[str] = mapped_column(String(20))  # "ONSPD" or "Code-Point Open"
