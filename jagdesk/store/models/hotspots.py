"""Hotspots: the places the JAG is working on, with their status history, audits and engagement."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jagdesk.store.base import Record


class Hotspot(Record):
    """A place the JAG is tackling: where it is, what happens there, who owns it, how it stands."""

    __tablename__ = "hotspot"
    label, plural = "hotspot", "hotspots"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    locality_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("locality.id", ondelete="RESTRICT"), index=True
    )
    ward_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("ward.id", ondelete="RESTRICT"), index=True
    )
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    radius_m: Mapped[int | None] = mapped_column(Integer)
    # A drawn area as a GeoJSON Polygon (lon/lat); when set it is used instead of the radius.
    area: Mapped[str | None] = mapped_column(Text)
    # JSON list of issue categories: police.uk crime types and local ones ("street drinking").
    categories: Mapped[str] = mapped_column(Text, default="[]")
    priority: Mapped[str] = mapped_column(String(10), default="medium")
    source: Mapped[str] = mapped_column(String(30), default="police analysis")
    status: Mapped[str] = mapped_column(String(12), default="proposed")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # The fields left out of public documents, as a JSON list; None: the defaults
    # (jagdesk.domain.meetings.pack.public_fields).
    public_withheld: Mapped[str | None] = mapped_column(Text)

    status_changes: Mapped[list[HotspotStatusChange]] = relationship(
        back_populates="hotspot", cascade="all, delete-orphan", order_by="HotspotStatusChange.changed_on"
    )
    visual_audits: Mapped[list[VisualAudit]] = relationship(
        back_populates="hotspot", cascade="all, delete-orphan", order_by="VisualAudit.audit_date"
    )
    engagements: Mapped[list[Engagement]] = relationship(
        back_populates="hotspot", cascade="all, delete-orphan", order_by="Engagement.sent_on"
    )


class HotspotStatusChange(Record):
    """A dated change of a hotspot's status (proposed, active, monitoring, closed) with the reason."""

    __tablename__ = "hotspot_status_change"
    label, plural = "status change", "status changes"

    hotspot_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("hotspot.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(12))
    changed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")

    hotspot: Mapped[Hotspot] = relationship(back_populates="status_changes")

    def title(self) -> str:
        return f"{self.status} on {self.changed_on}"


class VisualAudit(Record):
    """A visit to a hotspot: who went, what they found, which environmental actions they advise."""

    __tablename__ = "visual_audit"
    label, plural = "visual audit", "visual audits"

    hotspot_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("hotspot.id", ondelete="CASCADE"), index=True
    )
    audit_date: Mapped[date] = mapped_column(Date)
    attendees: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    recommendations: Mapped[str] = mapped_column(Text, default="")

    hotspot: Mapped[Hotspot] = relationship(back_populates="visual_audits")

    def title(self) -> str:
        return f"visual audit on {self.audit_date}"


class Engagement(Record):
    """Letters or ASB surveys sent to residents around a hotspot, and what came back."""

    __tablename__ = "engagement"
    label, plural = "engagement", "engagements"

    hotspot_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("hotspot.id", ondelete="CASCADE"), index=True
    )
    sent_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20), default="letter")  # letter, survey, door knock
    roads: Mapped[str] = mapped_column(Text, default="")
    number_sent: Mapped[int] = mapped_column(Integer, default=0)
    responses: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="")

    hotspot: Mapped[Hotspot] = relationship(back_populates="engagements")

    def title(self) -> str:
        return f"{self.kind} sent on {self.sent_on}"
