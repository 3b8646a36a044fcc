"""The audit trail: one row per insert, update or delete of a record."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from jagdesk.store.base import Base, UTCDateTime, utcnow


class AuditEntry(Base):
    """One insert, update or delete of a record: who, when, which record, which fields, old and new.

    Written by the unit of work in the same transaction as the change, so neither can exist without
    the other. Never updated or deleted by the application (nor, on PostgreSQL, by anyone but the
    store's owner). Each entry has its place in the chain and a hash over the one before and its
    own content (store.audit_chain), which `jagdesk check` verifies.
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
    # The entry's place in the hash chain (1, 2, ...) and sha256 over the previous entry's hash and
    # this entry's content, in hex.
    seq: Mapped[int] = mapped_column(BigInteger, index=True, unique=True)
    entry_hash: Mapped[str] = mapped_column(String(64))
    # Who checked this entry in from a laptop's take-out (the entry keeps its laptop user and time);
    # None for an entry written on this store.
    checked_in_by: Mapped[str | None] = mapped_column(String(120))


class AccessEntry(Base):
    """One look at or copy out of the store: a person, a case, an ASB intervention or a RIPA
    authorisation opened, the people register searched, a document exported or printed.

    Who and when, never changed or deleted, in a hash chain of its own (the same hash as the audit
    trail's, store.audit_chain), which `jagdesk check` verifies.
    """

    __tablename__ = "access_entry"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(120), index=True)
    action: Mapped[str] = mapped_column(String(10))  # open, search, export, print
    kind: Mapped[str] = mapped_column(String(60))  # the table of the record, or "store"
    # The record looked at (the nil id for a search or an export of many records).
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    record_title: Mapped[str] = mapped_column(String(200), default="")
    # JSON object: what was searched for, or the export's document, marking, public or not, file.
    details: Mapped[str] = mapped_column(Text, default="{}")
    seq: Mapped[int] = mapped_column(BigInteger, index=True, unique=True)
    entry_hash: Mapped[str] = mapped_column(String(64))
    # Who checked this entry in from a laptop's take-out (the entry keeps its laptop user and time);
    # None for an entry written on this store.
    checked_in_by: Mapped[str | None] = mapped_column(String(120))
