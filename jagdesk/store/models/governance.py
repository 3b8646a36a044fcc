"""Information governance: the retention periods, the review's decisions, subject access requests."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from jagdesk.store.base import Record


class RetentionSettings(Record):
    """How many years each kind of record is kept after it ended (one row; RIPA's years are the
    CCTV settings' own)."""

    __tablename__ = "retention_settings"
    label, plural = "retention settings", "retention settings"

    case_years: Mapped[int] = mapped_column(Integer, default=6)
    intervention_years: Mapped[int] = mapped_column(Integer, default=6)
    person_years: Mapped[int] = mapped_column(Integer, default=6)

    def title(self) -> str:
        return "retention periods"


class RetentionDecision(Record):
    """What a retention review decided for one record: kept (why, and until when), anonymised or
    erased. It names the record by its reference only, so an erasure leaves nothing personal."""

    __tablename__ = "retention_decision"
    label, plural = "retention decision", "retention decisions"

    record_kind: Mapped[str] = mapped_column(String(40))  # jagdesk.domain.governance.RecordKind
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)  # no key: the record may be gone
    reference: Mapped[str] = mapped_column(String(60), default="")
    decision: Mapped[str] = mapped_column(String(12))  # jagdesk.domain.governance.Decision
    decided_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    next_review_on: Mapped[date | None] = mapped_column(Date)

    def title(self) -> str:
        return f"{self.decision} {self.reference}"


class SubjectAccessRequest(Record):
    """A person's request for what the store holds about them: when it came, when it is due (one
    calendar month later) and when the disclosure was sent."""

    __tablename__ = "subject_access_request"
    label, plural = "subject access request", "subject access requests"

    person_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)  # no key: erasure keeps it
    person_name: Mapped[str] = mapped_column(String(400), default="")
    received_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    sent_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    def title(self) -> str:
        return f"subject access request of {self.person_name}"
