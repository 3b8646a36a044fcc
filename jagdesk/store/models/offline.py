"""Taking a locality out onto a laptop and checking it back in.

On the shared store: each take-out (who, when, which locality, to which file, checked in or not)
and the records it holds. In the take-out file: where it came from, and each record as it was when
taken out (the common original a check-in compares the laptop's and the server's versions with).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from jagdesk.store.base import Base, Record, UTCDateTime


class Takeout(Record):
    """A locality taken out of this store into a file (its id is the file's token); created_at and
    created_by say when and by whom."""

    __tablename__ = "takeout"
    label, plural = "take-out", "take-outs"

    locality_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("locality.id", ondelete="SET NULL"), index=True
    )
    locality_name: Mapped[str] = mapped_column(String(120))
    months: Mapped[int] = mapped_column(Integer)
    include_covert: Mapped[bool] = mapped_column(Boolean, default=False)
    # Where the file was written, as the user named it.
    file: Mapped[str] = mapped_column(String(500))
    records: Mapped[int] = mapped_column(Integer, default=0)
    crimes: Mapped[int] = mapped_column(Integer, default=0)
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    checked_in_by: Mapped[str] = mapped_column(String(120), default="")

    def title(self) -> str:
        return f"take-out of {self.locality_name}"


class TakeoutRecord(Base):
    """One record a take-out holds, so that the record can say it is away on a laptop."""

    __tablename__ = "takeout_record"

    takeout_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("takeout.id", ondelete="CASCADE"), primary_key=True
    )
    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, index=True)


class TakeoutOrigin(Base):
    """In a take-out file only (one row): the store it was taken out of and when."""

    __tablename__ = "takeout_origin"

    token: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)  # the server's Takeout.id
    source: Mapped[str] = mapped_column(String(500))  # the server store, as Store.describe says
    source_revision: Mapped[str] = mapped_column(String(20))
    locality_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    locality_name: Mapped[str] = mapped_column(String(120))
    months: Mapped[int] = mapped_column(Integer)
    include_covert: Mapped[bool] = mapped_column(Boolean, default=False)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    taken_by: Mapped[str] = mapped_column(String(120))


class TakeoutOriginal(Base):
    """In a take-out file only: one record as it was taken out (its version and its fields as
    JSON), the common original of a three-way check-in."""

    __tablename__ = "takeout_original"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    row: Mapped[str] = mapped_column(Text)
