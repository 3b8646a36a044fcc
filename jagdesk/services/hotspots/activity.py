"""Work done at a hotspot: visual audits, and letters and surveys sent to residents around it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from jagdesk.domain.hotspots import engagement_errors, visual_audit_errors
from jagdesk.services.common.records import load_for_change, validated
from jagdesk.store.models import Engagement, Hotspot, VisualAudit
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class VisualAuditInput:
    """What the user enters for a visual audit."""

    audit_date: date | None
    attendees: str
    findings: str
    recommendations: str = ""


@dataclass(frozen=True)
class VisualAuditRow:
    """A visit to a hotspot: who went, what they found, what they advise."""

    id: uuid.UUID
    hotspot_id: uuid.UUID
    audit_date: date
    attendees: str
    findings: str
    recommendations: str
    version: int


@dataclass(frozen=True)
class EngagementInput:
    """What the user enters for letters, surveys or door knocking around a hotspot."""

    sent_on: date | None
    kind: str
    roads: str
    number_sent: int = 0
    responses: int = 0
    summary: str = ""


@dataclass(frozen=True)
class EngagementRow:
    """Residents asked around a hotspot, and what came back."""

    id: uuid.UUID
    hotspot_id: uuid.UUID
    sent_on: date
    kind: str
    roads: str
    number_sent: int
    responses: int
    summary: str
    version: int

    @property
    def response_rate_text(self) -> str:
        """"12 of 150 (8%)", or "" when nothing was sent."""
        if not self.number_sent:
            return ""
        return f"{self.responses} of {self.number_sent} ({round(100 * self.responses / self.number_sent)}%)"


def _audit_row(audit: VisualAudit) -> VisualAuditRow:
    return VisualAuditRow(audit.id, audit.hotspot_id, audit.audit_date, audit.attendees,
                          audit.findings, audit.recommendations, audit.version)


def _engagement_row(item: Engagement) -> EngagementRow:
    return EngagementRow(item.id, item.hotspot_id, item.sent_on, item.kind, item.roads,
                         item.number_sent, item.responses, item.summary, item.version)


def list_visual_audits(uow: UnitOfWork, hotspot_id: uuid.UUID) -> list[VisualAuditRow]:
    """A hotspot's visual audits, oldest first."""
    query = (select(VisualAudit).where(VisualAudit.hotspot_id == hotspot_id)
             .order_by(VisualAudit.audit_date, VisualAudit.created_at))
    return [_audit_row(audit) for audit in uow.session.scalars(query)]


def save_visual_audit(uow: UnitOfWork, hotspot_id: uuid.UUID, data: VisualAuditInput,
                      record_id: uuid.UUID | None = None, expected_version: int | None = None, *,
                      today: date | None = None) -> VisualAuditRow:
    """Add a visual audit to a hotspot, or change the one with `record_id`."""
    validated(visual_audit_errors(data.audit_date, data.attendees, data.findings,
                                  data.recommendations, today or date.today()))
    uow.get(Hotspot, hotspot_id)
    if record_id is None:
        audit = VisualAudit(hotspot_id=hotspot_id)
        uow.session.add(audit)
    else:
        audit = load_for_change(uow, VisualAudit, record_id, expected_version)
    assert data.audit_date is not None
    audit.audit_date = data.audit_date
    audit.attendees = data.attendees.strip()
    audit.findings = data.findings.strip()
    audit.recommendations = data.recommendations.strip()
    uow.commit()
    return _audit_row(audit)


def delete_visual_audit(uow: UnitOfWork, record_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete a visual audit."""
    uow.session.delete(load_for_change(uow, VisualAudit, record_id, expected_version))
    uow.commit()


def list_engagements(uow: UnitOfWork, hotspot_id: uuid.UUID) -> list[EngagementRow]:
    """A hotspot's community engagement, oldest first."""
    query = (select(Engagement).where(Engagement.hotspot_id == hotspot_id)
             .order_by(Engagement.sent_on, Engagement.created_at))
    return [_engagement_row(item) for item in uow.session.scalars(query)]


def save_engagement(uow: UnitOfWork, hotspot_id: uuid.UUID, data: EngagementInput,
                    record_id: uuid.UUID | None = None, expected_version: int | None = None, *,
                    today: date | None = None) -> EngagementRow:
    """Add a record of letters, surveys or door knocking to a hotspot, or change one."""
    validated(engagement_errors(data.sent_on, data.kind, data.roads, data.number_sent,
                                data.responses, data.summary, today or date.today()))
    uow.get(Hotspot, hotspot_id)
    if record_id is None:
        item = Engagement(hotspot_id=hotspot_id)
        uow.session.add(item)
    else:
        item = load_for_change(uow, Engagement, record_id, expected_version)
    assert data.sent_on is not None
    item.sent_on = data.sent_on
    item.kind = data.kind
    item.roads = data.roads.strip()
    item.number_sent = data.number_sent
    item.responses = data.responses
    item.summary = data.summary.strip()
    uow.commit()
    return _engagement_row(item)


def delete_engagement(uow: UnitOfWork, record_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete a record of community engagement."""
    uow.session.delete(load_for_change(uow, Engagement, record_id, expected_version))
    uow.commit()
