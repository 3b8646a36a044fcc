"""ASB case review applications: record one with the complaints behind it and what it is about,
list them, read one, delete one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from jagdesk.domain.case_review.rules import application_errors, consent_problem
from jagdesk.domain.case_review.threshold import Complaint
from jagdesk.errors import NotFoundError, ValidationError
from jagdesk.services.case_review.rows import (
    ApplicationLine,
    CaseReviewDetail,
    CaseReviewRow,
    NamedRow,
    case_review_row,
    person_name,
    prompts_of,
    recommendations_of,
    steps_of,
    threshold_of,
)
from jagdesk.services.case_review.settings import current_settings
from jagdesk.services.common.records import load_for_change, touch, validated
from jagdesk.services.common.references import next_number
from jagdesk.store.models import (
    Agency,
    AsbIntervention,
    CaseReviewApplication,
    CaseReviewComplaint,
    CaseReviewLink,
    CaseReviewRecommendation,
    Contact,
    Hotspot,
    Person,
    ProblemCase,
)
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class ComplaintInput:
    """A report behind the application: the incident, when and to whom it was reported."""

    incident_on: date
    reported_on: date
    agency_id: uuid.UUID | None = None
    agency_reference: str = ""
    hate_incident: bool = False
    description: str = ""


@dataclass(frozen=True)
class ApplicationInput:
    """What the officer enters for an application."""

    received_on: date
    complaints: tuple[ComplaintInput, ...]
    problem: str = ""
    received_how: str = ""
    applicant_id: uuid.UUID | None = None  # a person on the register
    applicant_name: str = ""  # or a name alone
    on_behalf: bool = False  # someone applying on the victim's behalf
    victim_id: uuid.UUID | None = None
    consent_on: date | None = None
    contact_id: uuid.UUID | None = None  # the single point of contact
    person_ids: tuple[uuid.UUID, ...] = ()
    hotspot_ids: tuple[uuid.UUID, ...] = ()
    case_ids: tuple[uuid.UUID, ...] = ()
    intervention_ids: tuple[uuid.UUID, ...] = ()  # of the ASB register


def today_or(today: date | None) -> date:
    return today if today is not None else date.today()


def case_review_reference(uow: UnitOfWork, year: int) -> str:
    """The next application reference for a year: CR-2026-004."""
    return f"CR-{year}-{next_number(uow.session, f'CR-{year}'):03d}"


def list_case_reviews(uow: UnitOfWork, today: date | None = None) -> list[CaseReviewRow]:
    """Every application, the most recently received first."""
    settings = current_settings(uow)
    day = today_or(today)
    found = uow.session.scalars(select(CaseReviewApplication).order_by(
        CaseReviewApplication.received_on.desc(), CaseReviewApplication.reference.desc()))
    return [case_review_row(uow.session, application, settings, day) for application in found]


def list_application_lines(uow: UnitOfWork, today: date | None = None) -> list[ApplicationLine]:
    """Every application for the page's list, the most recently received first."""
    settings, day, session = current_settings(uow), today_or(today), uow.session
    found = session.scalars(select(CaseReviewApplication).order_by(
        CaseReviewApplication.received_on.desc(), CaseReviewApplication.reference.desc()))
    return [ApplicationLine(case_review_row(session, a, settings, day),
                            person_name(session, a.applicant_id) or a.applicant_name,
                            steps_of(a, settings, day), bool(a.other_grounds)) for a in found]


def _names(uow: UnitOfWork, application: CaseReviewApplication) -> tuple[tuple[NamedRow, ...],
                                                                         tuple[NamedRow, ...]]:
    session = uow.session
    links: list[NamedRow] = []
    for link in application.links:
        if link.person_id is not None:
            links.append(NamedRow(link.person_id, person_name(session, link.person_id), "person"))
        elif link.hotspot_id is not None:
            links.append(NamedRow(link.hotspot_id, uow.get(Hotspot, link.hotspot_id).name, "hotspot"))
        elif link.case_id is not None:
            links.append(NamedRow(link.case_id, uow.get(ProblemCase, link.case_id).title(), "case"))
        elif link.intervention_id is not None:
            intervention = uow.get(AsbIntervention, link.intervention_id)
            links.append(NamedRow(link.intervention_id, f"{intervention.reference} {intervention.kind}",
                                  "intervention"))
    panel: list[NamedRow] = []
    for member in application.panel:
        if member.contact_id is not None:
            panel.append(NamedRow(member.contact_id, uow.get(Contact, member.contact_id).name, "contact"))
        elif member.agency_id is not None:
            panel.append(NamedRow(member.agency_id, uow.get(Agency, member.agency_id).name, "agency"))
    return tuple(links), tuple(panel)


def detail_of(uow: UnitOfWork, application: CaseReviewApplication, today: date | None) -> CaseReviewDetail:
    """Everything about one application as of `today`."""
    session, settings, day = uow.session, current_settings(uow), today_or(today)
    threshold, _rows = threshold_of(session, application, settings)
    contact = session.get(Contact, application.contact_id) if application.contact_id else None
    links, panel = _names(uow, application)
    a = application
    return CaseReviewDetail(
        row=case_review_row(session, a, settings, day), received_how=a.received_how,
        applicant_id=a.applicant_id,
        applicant=person_name(session, a.applicant_id) or a.applicant_name, on_behalf=a.on_behalf,
        victim_id=a.victim_id, victim=person_name(session, a.victim_id), consent_on=a.consent_on,
        contact_id=a.contact_id, contact=contact.name if contact else "", threshold=threshold,
        steps=steps_of(a, settings, day), acknowledged_on=a.acknowledged_on, decided_on=a.decided_on,
        other_grounds=a.other_grounds, pcc_requested_on=a.pcc_requested_on, pcc_outcome=a.pcc_outcome,
        pcc_outcome_on=a.pcc_outcome_on, review_meeting_id=a.review_meeting_id,
        review_held_on=a.review_held_on, review_summary=a.review_summary,
        outcome_sent_on=a.outcome_sent_on, escalated_on=a.escalated_on,
        escalation_outcome=a.escalation_outcome, escalation_outcome_on=a.escalation_outcome_on,
        links=links, panel=panel, recommendations=recommendations_of(session, a.id),
        recorded_recommendations=a.recorded_recommendations, prompts=prompts_of(a))


def get_case_review(uow: UnitOfWork, application_id: uuid.UUID,
                    today: date | None = None) -> CaseReviewDetail:
    """One application with its threshold, timescales, links, panel and recommendations."""
    return detail_of(uow, uow.get(CaseReviewApplication, application_id), today)


def find_case_review(uow: UnitOfWork, reference: str, today: date | None = None) -> CaseReviewDetail:
    """The application with this reference (any case of letters), or NotFoundError."""
    wanted = reference.strip().upper()
    found = uow.session.scalar(select(CaseReviewApplication).where(
        func.upper(CaseReviewApplication.reference) == wanted))
    if found is None:
        raise NotFoundError(f"There is no case review {wanted or '(no reference given)'}.")
    return detail_of(uow, found, today)


def _check_links(uow: UnitOfWork, data: ApplicationInput) -> None:
    session = uow.session
    people = {*data.person_ids, *(i for i in (data.applicant_id, data.victim_id) if i)}
    for field, model, ids in (
            ("person_ids", Person, people),
            ("hotspot_ids", Hotspot, set(data.hotspot_ids)), ("case_ids", ProblemCase, set(data.case_ids)),
            ("intervention_ids", AsbIntervention, set(data.intervention_ids)),
            ("contact_id", Contact, {data.contact_id} if data.contact_id else set()),
            ("complaints", Agency, {c.agency_id for c in data.complaints if c.agency_id})):
        found = set(session.scalars(select(model.id).where(model.id.in_(ids)))) if ids else set()
        if found != ids:
            raise ValidationError({field: f"One of the chosen {model.plural} is no longer in the store."})


def application_input_errors(data: ApplicationInput, today: date) -> dict[str, str]:
    """Everything wrong with an application as entered, one sentence a field."""
    complaints = [Complaint(c.incident_on, c.reported_on) for c in data.complaints]
    errors = application_errors(data.received_on, complaints, data.problem, data.received_how, today)
    consent = consent_problem(data.on_behalf, data.consent_on, today)
    if consent:
        errors["consent_on"] = consent
    return errors


def _fill(application: CaseReviewApplication, data: ApplicationInput) -> None:
    for name in ("received_on", "received_how", "applicant_id", "on_behalf", "victim_id",
                 "consent_on", "contact_id"):
        setattr(application, name, getattr(data, name))
    application.problem = data.problem.strip()
    application.applicant_name = data.applicant_name.strip()
    application.complaints = [
        CaseReviewComplaint(incident_on=c.incident_on, reported_on=c.reported_on, agency_id=c.agency_id,
                            agency_reference=c.agency_reference.strip(), hate_incident=c.hate_incident,
                            description=c.description.strip())
        for c in sorted(data.complaints, key=lambda c: (c.reported_on, c.incident_on))]
    application.links = [
        *(CaseReviewLink(person_id=i) for i in dict.fromkeys(data.person_ids)),
        *(CaseReviewLink(hotspot_id=i) for i in dict.fromkeys(data.hotspot_ids)),
        *(CaseReviewLink(case_id=i) for i in dict.fromkeys(data.case_ids)),
        *(CaseReviewLink(intervention_id=i) for i in dict.fromkeys(data.intervention_ids))]


def stage_application(uow: UnitOfWork, data: ApplicationInput, today: date) -> CaseReviewApplication:
    """Check and add a new application, leaving the commit to the caller."""
    validated(application_input_errors(data, today))
    _check_links(uow, data)
    application = CaseReviewApplication(reference=case_review_reference(uow, data.received_on.year))
    _fill(application, data)
    uow.session.add(application)
    return application


def save_case_review(uow: UnitOfWork, data: ApplicationInput, record_id: uuid.UUID | None = None,
                     expected_version: int | None = None, today: date | None = None) -> CaseReviewDetail:
    """Record a new application (it gets the next CR-YYYY-NNN of the year received) or change one;
    its complaints and links become exactly those entered."""
    day = today_or(today)
    if record_id is None:
        application = stage_application(uow, data, day)
    else:
        application = load_for_change(uow, CaseReviewApplication, record_id, expected_version)
        validated(application_input_errors(data, day))
        _check_links(uow, data)
        _fill(application, data)
        touch(uow, application)
    uow.commit()
    return detail_of(uow, application, day)


def delete_case_review(uow: UnitOfWork, application_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete an application with its complaints, links and panel (its review meeting and that
    meeting's actions stay, as the minutes of a meeting held); its reference is never reused."""
    application = load_for_change(uow, CaseReviewApplication, application_id, expected_version)
    # Deleted one by one, not left to the database's cascade, so that the audit trail keeps each.
    for part in (*application.complaints, *application.links, *application.panel,
                 *uow.session.scalars(select(CaseReviewRecommendation).where(
                     CaseReviewRecommendation.application_id == application.id))):
        uow.session.delete(part)
    uow.session.delete(application)
    uow.commit()
