"""What the case review services hand out: an application's row (the list, the command line) and
its detail (its page), built from the store with the threshold and the timescales worked out."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from jagdesk.domain.case_review.rules import PccOutcome, application_prompts
from jagdesk.domain.case_review.settings import CaseReviewSettings
from jagdesk.domain.case_review.threshold import Complaint, Threshold, assess_threshold
from jagdesk.domain.case_review.timescales import StepDue, timescales
from jagdesk.store.models import (
    Action,
    Agency,
    CaseReviewApplication,
    CaseReviewRecommendation,
    Contact,
    Person,
)


@dataclass(frozen=True)
class ComplaintRow:
    """A complaint behind an application, with what the threshold made of it."""

    incident_on: date
    reported_on: date
    agency: str
    agency_reference: str
    hate_incident: bool
    qualifies: bool
    counted: bool
    why: str
    description: str = ""  # what happened, as entered (kept when the application is corrected)


@dataclass(frozen=True)
class CaseReviewRow:
    """An application as the list and `jagdesk list case-reviews` show it: each due date with
    whether it was met (None while it is neither done nor late)."""

    id: uuid.UUID
    reference: str
    received_on: date
    problem: str
    complaints: tuple[ComplaintRow, ...]
    threshold_met: bool
    reason: str
    decided: bool  # False: the threshold shown is the complaints' result, no decision made yet
    acknowledge_by: date | None
    acknowledge_met: bool | None
    decide_by: date | None
    decide_met: bool | None
    review_by: date | None
    review_met: bool | None
    outcome_by: date | None
    outcome_met: bool | None
    overdue: tuple[str, ...]  # the steps past their due date and not done
    status: str
    version: int

    @property
    def complaint_count(self) -> int:
        return len(self.complaints)


def status_text(application: CaseReviewApplication) -> str:
    """Where the application has got to, in a few words."""
    a = application
    if a.escalated_on is not None:
        return "escalation decided" if a.escalation_outcome_on else "escalated"
    if a.outcome_sent_on is not None:
        return "outcome sent"
    if a.review_held_on is not None:
        return "reviewed"
    if a.pcc_requested_on is not None and a.pcc_outcome != PccOutcome.OVERTURNED:
        return f"PCC {a.pcc_outcome}" if a.pcc_outcome else "with the PCC"
    if a.decided_on is not None or a.decision_met is not None:
        met = a.decision_met or a.pcc_outcome == PccOutcome.OVERTURNED
        return "threshold met" if met else "threshold not met"
    return "acknowledged" if a.acknowledged_on is not None else "received"


def _complaints(session: Session,
                application: CaseReviewApplication) -> list[tuple[Complaint, tuple[str, str]]]:
    """Each complaint as the threshold judges it, with its agency's reference and its description."""
    names = dict(session.execute(select(Agency.id, Agency.name)).all()) if application.complaints else {}
    return [(Complaint(c.incident_on, c.reported_on, names.get(c.agency_id, "") if c.agency_id else "",
                       c.hate_incident), (c.agency_reference, c.description)) for c in application.complaints]


def threshold_of(session: Session, application: CaseReviewApplication,
                 settings: CaseReviewSettings) -> tuple[Threshold, tuple[ComplaintRow, ...]]:
    """The threshold worked out from the application's complaints, and a row per complaint."""
    found = _complaints(session, application)
    texts = dict(found)
    result = assess_threshold(application.received_on, [c for c, _ in found], settings,
                              application.other_grounds)
    rows = tuple(ComplaintRow(check.complaint.incident_on, check.complaint.reported_on,
                              check.complaint.agency, texts.get(check.complaint, ("", ""))[0],
                              check.complaint.hate_incident, check.qualifies, check.counted, check.why,
                              texts.get(check.complaint, ("", ""))[1])
                 for check in result.checks)
    return result, rows


def steps_of(application: CaseReviewApplication, settings: CaseReviewSettings,
             today: date) -> tuple[StepDue, ...]:
    """The application's four timed steps as of `today`."""
    return timescales(application.progress(), today, settings)


def case_review_row(session: Session, application: CaseReviewApplication,
                    settings: CaseReviewSettings, today: date) -> CaseReviewRow:
    """The row of one application."""
    threshold, complaints = threshold_of(session, application, settings)
    steps = steps_of(application, settings, today)
    decided = application.decision_met is not None
    met = bool(application.decision_met) if decided else threshold.met
    met = met or application.pcc_found_met
    ack, decide, review, outcome = steps
    return CaseReviewRow(
        application.id, application.reference, application.received_on, application.problem,
        complaints, met, threshold.summary, decided,
        ack.due_on, ack.met, decide.due_on, decide.met, review.due_on, review.met,
        outcome.due_on, outcome.met, tuple(step.step for step in steps if step.overdue),
        status_text(application), application.version)


@dataclass(frozen=True)
class RecommendationRow:
    """A recommendation of the review: an action at the review meeting."""

    action_id: uuid.UUID
    reference: str
    description: str
    owner: str
    due_on: date | None
    status: str


@dataclass(frozen=True)
class NamedRow:
    """A record linked to the application, with the name to show for it."""

    id: uuid.UUID
    name: str
    kind: str  # person, hotspot, case, contact, agency


@dataclass(frozen=True)
class CaseReviewDetail:
    """Everything about one application for its page and its letter."""

    row: CaseReviewRow
    received_how: str
    applicant_id: uuid.UUID | None
    applicant: str
    on_behalf: bool
    victim_id: uuid.UUID | None
    victim: str
    consent_on: date | None
    contact_id: uuid.UUID | None
    contact: str
    threshold: Threshold
    steps: tuple[StepDue, ...]
    acknowledged_on: date | None
    decided_on: date | None
    other_grounds: str
    pcc_requested_on: date | None
    pcc_outcome: str
    pcc_outcome_on: date | None
    review_meeting_id: uuid.UUID | None
    review_held_on: date | None
    review_summary: str
    outcome_sent_on: date | None
    escalated_on: date | None
    escalation_outcome: str
    escalation_outcome_on: date | None
    links: tuple[NamedRow, ...]
    panel: tuple[NamedRow, ...]
    recommendations: tuple[RecommendationRow, ...]
    recorded_recommendations: int | None
    prompts: tuple[str, ...]

    @property
    def id(self) -> uuid.UUID:
        return self.row.id

    @property
    def reference(self) -> str:
        return self.row.reference

    @property
    def version(self) -> int:
        return self.row.version


def recommendations_of(session: Session, application_id: uuid.UUID) -> tuple[RecommendationRow, ...]:
    """The review's recommendations, by reference."""
    query = (select(Action, Contact.name).join(CaseReviewRecommendation,
                                               CaseReviewRecommendation.action_id == Action.id)
             .outerjoin(Contact, Contact.id == Action.owner_contact_id)
             .where(CaseReviewRecommendation.application_id == application_id)
             .order_by(Action.reference))
    return tuple(RecommendationRow(action.id, action.reference, action.description, owner or "",
                                   action.due_on, action.status)
                 for action, owner in session.execute(query))


def person_name(session: Session, person_id: uuid.UUID | None) -> str:
    person = session.get(Person, person_id) if person_id is not None else None
    return person.title() if person is not None else ""


def prompts_of(application: CaseReviewApplication) -> tuple[str, ...]:
    return application_prompts(application.contact_id is not None, application.decision_met,
                               application.pcc_requested_on is not None)


@dataclass(frozen=True)
class ApplicationLine:
    """An application as the page's list shows it: the row, its applicant, its timed steps."""

    row: CaseReviewRow
    applicant: str
    steps: tuple[StepDue, ...]
    on_other_grounds: bool

    @property
    def id(self) -> uuid.UUID:
        return self.row.id

    @property
    def next_step(self) -> StepDue | None:
        """The first step not taken that is due (None: none due now)."""
        return next((s for s in self.steps if s.done_on is None and s.due_on is not None), None)

    @property
    def threshold_text(self) -> str:
        """Met, not met or met on other grounds; "to decide" while only the complaints say."""
        found = ("met on other grounds" if self.on_other_grounds
                 else "met" if self.row.threshold_met else "not met")
        return found if self.row.decided else f"{found} (to decide)"
