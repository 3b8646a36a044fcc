"""People the partnership deals with: victims, offenders, witnesses, residents."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from jagdesk.store.base import Record


class Person(Record):
    """Someone on the register: names, date of birth, where to reach them, flags and notes."""

    __tablename__ = "person"
    label, plural = "person", "people"

    given_names: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), index=True)
    # Other names the person is known by, one per line.
    aliases: Mapped[str] = mapped_column(Text, default="")
    # Lower-case names and aliases without accents, for finding possible duplicates quickly.
    search_key: Mapped[str] = mapped_column(Text, default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date, index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    is_vulnerable: Mapped[bool] = mapped_column(Boolean, default=False)
    is_youth: Mapped[bool] = mapped_column(Boolean, default=False)
    is_repeat: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set when this record was merged into another: it is kept (hidden) so its history stays whole.
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )

    def title(self) -> str:
        return " ".join(part for part in (self.given_names, self.family_name) if part)
