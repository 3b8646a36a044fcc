"""ASB case reviews (the Community Trigger): applications, the complaints behind them, their links
to people, hotspots and cases, the review panel, recommendations and the partnership's settings."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from jagdesk.domain.case_review.documents import ApplicationFacts
from jagdesk.domain.case_review.rules import PccOutcome
from jagdesk.domain.case_review.settings import SETTING_NAMES, CaseReviewSettings
from jagdesk.domain.case_review.timescales import Progress
from jagdesk.store.base import Record


class CaseReviewRules(Record):
    """The partnership's published threshold and timescales (one row; none: the defaults)."""

    __tablename__ = "case_review_rules"
    label, plural = "case review settings", "case review settings"

    complaints_needed: Mapped[int] = mapped_column(Integer, default=3)
    window_months: Mapped[int] = mapped_column(Integer, default=6)
    report_within_months: Mapped[int] = mapped_column(Integer, default=1)
    hate_incident_meets: Mapped[bool] = mapped_column(Boolean, default=True)
    acknowledge_days: Mapped[int] = mapped_column(Integer, default=10)
    decide_days: Mapped[int] = mapped_column(Integer, default=15)
    review_days: Mapped[int] = mapped_column(Integer, default=20)
    outcome_days: Mapped[int] = mapped_column(Integer, default=5)
    nation: Mapped[str] = mapped_column(String(20), default="england and wales")

    def title(self) -> str:
        return "case review settings"

    def as_settings(self) -> CaseReviewSettings:
        return CaseReviewSettings(**{name: getattr(self, name) for name in SETTING_NAMES})


class CaseReviewApplication(Record):
    """An application for an ASB case review, from receipt to the outcome and any escalation."""

    __tablename__ = "case_review_application"
    label, plural = "case review application", "case review applications"

    reference: Mapped[str] = mapped_column(String(30), unique=True)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    received_how: Mapped[str] = mapped_column(String(20), default="")
    # The applicant: a person on the register, or a name alone (an imported log); someone applying
    # on a victim's behalf needs the victim's consent, recorded with its date.
    applicant_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    applicant_name: Mapped[str] = mapped_column(String(200), default="")
    on_behalf: Mapped[bool] = mapped_column(Boolean, default=False)
    victim_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    consent_on: Mapped[date | None] = mapped_column(Date)
    problem: Mapped[str] = mapped_column(Text, default="")
    # The single point of contact the guidance asks the applicant be given.
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("contact.id", ondelete="RESTRICT"), index=True)
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)
    # The decision as made (the complaints' result, or met on other grounds with the reason).
    decision_met: Mapped[bool | None] = mapped_column(Boolean)
    other_grounds: Mapped[str] = mapped_column(Text, default="")
    # The Police and Crime Commissioner's review of a "not met" decision.
    pcc_requested_on: Mapped[date | None] = mapped_column(Date)
    pcc_outcome: Mapped[str] = mapped_column(String(12), default="")
    pcc_outcome_on: Mapped[date | None] = mapped_column(Date)
    review_meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    review_held_on: Mapped[date | None] = mapped_column(Date)
    review_summary: Mapped[str] = mapped_column(Text, default="")
    outcome_sent_on: Mapped[date | None] = mapped_column(Date)
    # The applicant asks for the review to be looked at again.
    escalated_on: Mapped[date | None] = mapped_column(Date)
    escalation_outcome: Mapped[str] = mapped_column(Text, default="")
    escalation_outcome_on: Mapped[date | None] = mapped_column(Date)
    # Imported from the partnership's earlier log: steps it has no date for are not recorded,
    # never overdue; how many recommendations its review made (reviews held here count theirs).
    from_log: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_recommendations: Mapped[int | None] = mapped_column(Integer)

    complaints: Mapped[list[CaseReviewComplaint]] = relationship(
        back_populates="application", cascade="all, delete-orphan",
        order_by="CaseReviewComplaint.reported_on")
    links: Mapped[list[CaseReviewLink]] = relationship(
        back_populates="application", cascade="all, delete-orphan")
    panel: Mapped[list[CaseReviewPanelMember]] = relationship(
        back_populates="application", cascade="all, delete-orphan")

    def title(self) -> str:
        return f"case review {self.reference}"

    @property
    def pcc_found_met(self) -> bool:
        """The PCC, asked to review a "not met" decision, found the threshold met."""
        return self.pcc_outcome == PccOutcome.OVERTURNED

    def progress(self) -> Progress:
        """What has happened, the days the timescales run from."""
        return Progress(self.received_on, self.acknowledged_on, self.decided_on, self.decision_met,
                        self.pcc_outcome_on if self.pcc_found_met else None, self.review_held_on,
                        self.outcome_sent_on, self.from_log)


def _reference(part: CaseReviewComplaint | CaseReviewLink | CaseReviewPanelMember
               | CaseReviewRecommendation) -> str:
    """The application's reference when it is loaded already (titles are read during a flush)."""
    application = part.__dict__.get("application")
    return application.reference if application is not None else "a case review"


class CaseReviewComplaint(Record):
    """A report of the behaviour behind an application: the incident, when and to whom it was
    reported, and the agency's own reference."""

    __tablename__ = "case_review_complaint"
    label, plural = "case review complaint", "case review complaints"

    application_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("case_review_application.id", ondelete="CASCADE"), index=True)
    incident_on: Mapped[date] = mapped_column(Date)
    reported_on: Mapped[date] = mapped_column(Date)
    agency_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("agency.id", ondelete="RESTRICT"), index=True)
    agency_reference: Mapped[str] = mapped_column(String(60), default="")
    hate_incident: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")

    application: Mapped[CaseReviewApplication] = relationship(back_populates="complaints")

    def title(self) -> str:
        return f"complaint on {_reference(self)}"


class CaseReviewLink(Record):
    """A person, hotspot, problem-solving case or ASB intervention an application is about (one of
    the four)."""

    __tablename__ = "case_review_link"
    label, plural = "case review link", "case review links"

    application_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("case_review_application.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    hotspot_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("hotspot.id", ondelete="RESTRICT"), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("problem_case.id", ondelete="RESTRICT"), index=True)
    intervention_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("asb_intervention.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(200), default="")

    application: Mapped[CaseReviewApplication] = relationship(back_populates="links")

    def title(self) -> str:
        return f"link of {_reference(self)}"


class CaseReviewPanelMember(Record):
    """Someone on the review panel: a contact (with their agency), or an agency alone."""

    __tablename__ = "case_review_panel_member"
    label, plural = "case review panel member", "case review panel members"

    application_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("case_review_application.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("contact.id", ondelete="RESTRICT"), index=True)
    agency_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("agency.id", ondelete="RESTRICT"), index=True)

    application: Mapped[CaseReviewApplication] = relationship(back_populates="panel")

    def title(self) -> str:
        return f"panel member of {_reference(self)}"


class CaseReviewRecommendation(Record):
    """A recommendation of the review: an action agreed at the review meeting, so that its owner,
    due date and progress are in the action log like any other."""

    __tablename__ = "case_review_recommendation"
    __table_args__ = (UniqueConstraint("action_id"),)
    label, plural = "case review recommendation", "case review recommendations"

    application_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("case_review_application.id", ondelete="CASCADE"), index=True)
    action_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("action.id", ondelete="CASCADE"), index=True)

    application: Mapped[CaseReviewApplication] = relationship()

    def title(self) -> str:
        return f"recommendation of {_reference(self)}"


def settings_in_force(session: Session) -> tuple[CaseReviewSettings, int]:
    """The partnership's settings and their version; the defaults (version 0) when none are saved."""
    row = session.scalars(select(CaseReviewRules).limit(1)).first()
    return (CaseReviewSettings(), 0) if row is None else (row.as_settings(), row.version)


def figure_facts(session: Session, first: date, last: date) -> list[ApplicationFacts]:
    """What the published figures count of each application received from `first` to `last`."""
    counted = (select(func.count()).where(CaseReviewRecommendation.application_id == CaseReviewApplication.id)
               .correlate(CaseReviewApplication).scalar_subquery())
    found = session.execute(select(CaseReviewApplication, counted).where(
        CaseReviewApplication.received_on >= first, CaseReviewApplication.received_on <= last))
    return [ApplicationFacts(a.progress(), bool(a.decision_met) or a.pcc_found_met,
                             held + (a.recorded_recommendations or 0)) for a, held in found]
