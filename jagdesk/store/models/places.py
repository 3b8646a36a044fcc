"""Places as public data describes them: crime and anti-social behaviour imported from police.uk,
the LSOA boundaries, and postcodes from the ONS Postcode Directory or OS Code-Point Open."""

from __future__ import annotations

import uuid

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from jagdesk.store.base import Base, Record


class Lsoa(Record):
    """A Lower Layer Super Output Area (ONS code and name) with its boundary."""

    __tablename__ = "lsoa"
    label, plural = "LSOA", "LSOAs"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    geometry: Mapped[str | None] = mapped_column(Text)
    min_lon: Mapped[float | None] = mapped_column(Float)
    min_lat: Mapped[float | None] = mapped_column(Float)
    max_lon: Mapped[float | None] = mapped_column(Float)
    max_lat: Mapped[float | None] = mapped_column(Float)


class CrimeFile(Record):
    """One imported police.uk file: a month of one force's street or outcomes data.

    Re-import is detected on (source, month, force): ASB rows have no Crime ID and many identical
    rows are distinct incidents, so rows themselves cannot tell a re-import from new data.
    """

    __tablename__ = "crime_file"
    __table_args__ = (UniqueConstraint("source", "month", "force"),)
    label, plural = "imported file", "imported files"

    source: Mapped[str] = mapped_column(String(10))  # "street" or "outcomes"
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    force: Mapped[str] = mapped_column(String(120))  # "Reported by"
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64))
    rows_imported: Mapped[int] = mapped_column(Integer, default=0)
    rows_skipped: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    rows_no_location: Mapped[int] = mapped_column(Integer, default=0)
    rows_outside: Mapped[int] = mapped_column(Integer, default=0)
    # The first rejected rows with their line numbers and reasons, one per line.
    rejections: Mapped[str] = mapped_column(Text, default="")

    def title(self) -> str:
        return f"{self.file_name} ({self.source} {self.month})"


_IN_A_WARD = text("ward_id IS NOT NULL")
_HAS_REF = text("crime_ref IS NOT NULL")


class Crime(Base):
    """One crime or ASB incident from a street-level file.

    Not a Record: these rows are public data imported in bulk (a million rows must import at
    speed), re-creatable from their files, and audited as a whole through their CrimeFile.
    """

    __tablename__ = "crime"
    # Most of a force's rows fall outside the partnership's wards, and ASB rows have no Crime ID:
    # the ward and Crime ID indexes hold only the rows a query can ask them for (revision 0019),
    # and no index of the file, which no query reads.
    __table_args__ = (
        Index("ix_crime_ward_month", "ward_id", "month", sqlite_where=_IN_A_WARD,
              postgresql_where=_IN_A_WARD),
        Index("ix_crime_month_type", "month", "crime_type"),
        Index("ix_crime_lat_lon", "latitude", "longitude"),
        Index("ix_crime_crime_ref", "crime_ref", sqlite_where=_HAS_REF, postgresql_where=_HAS_REF),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    file_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("crime_file.id", ondelete="CASCADE")
    )
    line_no: Mapped[int] = mapped_column(Integer)
    # police.uk Crime ID: a file may repeat one (another location or outcome), and every row counts.
    crime_ref: Mapped[str | None] = mapped_column(String(64))
    month: Mapped[str] = mapped_column(String(7))
    reported_by: Mapped[str] = mapped_column(String(120))
    falls_within: Mapped[str] = mapped_column(String(120))
    longitude: Mapped[float | None] = mapped_column(Float)
    latitude: Mapped[float | None] = mapped_column(Float)
    location: Mapped[str] = mapped_column(String(200))
    lsoa_code: Mapped[str | None] = mapped_column(String(20))
    lsoa_name: Mapped[str | None] = mapped_column(String(200))
    crime_type: Mapped[str] = mapped_column(String(80))
    last_outcome: Mapped[str | None] = mapped_column(String(200))
    outcome_month: Mapped[str | None] = mapped_column(String(7))
    context: Mapped[str | None] = mapped_column(Text)
    ward_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("ward.id", ondelete="SET NULL")
    )
    # Inside none of the partnership's wards (files carry neighbouring forces' areas too).
    outside: Mapped[bool] = mapped_column(Boolean, default=False)


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
