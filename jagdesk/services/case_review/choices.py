"""What the case review dialogs offer to choose from (people, agencies, contacts, hotspots,
cases), the prompt the 2025 guidance asks for when a victim reports ASB a second time in six
months, and the ASB interventions an application's linked records lead to."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from jagdesk.domain.case_review.rules import NAME_A_CONTACT, TELL_ABOUT_REVIEW, second_report
from jagdesk.store.models import (
    Agency,
    AsbIntervention,
    AsbLink,
    CaseReviewApplication,
    CaseReviewComplaint,
    CaseReviewLink,
    Contact,
    Hotspot,
    Person,
    ProblemCase,
)
from jagdesk.store.uow import UnitOfWork

Choice = tuple[uuid.UUID, str]


@dataclass(frozen=True)
class ApplicationChoices:
    """The records an application, its panel and its recommendations may name, by name."""

    people: tuple[Choice, ...]
    agencies: tuple[Choice, ...]
    contacts: tuple[Choice, ...]
    hotspots: tuple[Choice, ...]
    cases: tuple[Choice, ...]
    interventions: tuple[Choice, ...]  # of the ASB register


def application_choices(uow: UnitOfWork) -> ApplicationChoices:
    """Everything the application and review dialogs list, each sorted by name."""
    session = uow.session

    def named(records: Iterable[Person | Hotspot | ProblemCase]) -> tuple[Choice, ...]:
        return tuple(sorted(((r.id, r.title()) for r in records), key=lambda c: c[1].lower()))

    contacts = session.execute(select(Contact.id, Contact.name, Agency.name).outerjoin(
        Agency, Agency.id == Contact.agency_id).order_by(Contact.name))
    return ApplicationChoices(
        named(session.scalars(select(Person))),
        tuple((i, n) for i, n in session.execute(select(Agency.id, Agency.name).order_by(Agency.name))),
        tuple((i, f"{n} ({a})" if a else n) for i, n, a in contacts),
        named(session.scalars(select(Hotspot))), named(session.scalars(select(ProblemCase))),
        tuple((i, f"{reference} {kind}") for i, reference, kind in session.execute(
            select(AsbIntervention.id, AsbIntervention.reference, AsbIntervention.kind)
            .order_by(AsbIntervention.reference))))


def second_report_prompt(uow: UnitOfWork, person_ids: Iterable[uuid.UUID | None],
                         incident_days: Iterable[date], today: date,
                         application_id: uuid.UUID | None = None) -> str:
    """The guidance's prompt when the victim's reports (those being entered and those on their
    other applications, as applicant or victim) hold a second incident in six months; "" if not.
    An incident reported to two agencies is one incident: the domain counts days, not reports."""
    people = [i for i in person_ids if i is not None]
    days = list(incident_days)
    if people:
        query = select(CaseReviewComplaint.incident_on).join(CaseReviewApplication).where(or_(
            CaseReviewApplication.applicant_id.in_(people), CaseReviewApplication.victim_id.in_(people)))
        if application_id is not None:  # its own complaints are the ones being entered
            query = query.where(CaseReviewApplication.id != application_id)
        days += list(uow.session.scalars(query))
    return f"{TELL_ABOUT_REVIEW} {NAME_A_CONTACT}" if second_report(days, today) else ""


@dataclass(frozen=True)
class InterventionLink:
    """An ASB intervention on a record the application is linked to."""

    id: uuid.UUID
    reference: str
    kind: str
    status: str
    through: str  # "" linked to the application itself, else the person's, hotspot's or case's name


def linked_interventions(uow: UnitOfWork, application_id: uuid.UUID) -> tuple[InterventionLink, ...]:
    """The ASB register's interventions linked to the application, then those on its applicant,
    victim and linked people (their subject), hotspots and cases (their links)."""
    session = uow.session
    application = uow.get(CaseReviewApplication, application_id)
    links = list(session.scalars(select(CaseReviewLink).where(
        CaseReviewLink.application_id == application_id)))
    people = {i for i in (application.applicant_id, application.victim_id,
                          *(link.person_id for link in links)) if i is not None}
    hotspots = {link.hotspot_id for link in links if link.hotspot_id is not None}
    cases = {link.case_id for link in links if link.case_id is not None}
    found: dict[uuid.UUID, InterventionLink] = {}

    def add(record: AsbIntervention, through: str) -> None:
        found.setdefault(record.id, InterventionLink(record.id, record.reference, record.kind,
                                                     record.status, through))
    for link in links:
        if link.intervention_id is not None:
            add(uow.get(AsbIntervention, link.intervention_id), "")
    for record in session.scalars(select(AsbIntervention).where(AsbIntervention.person_id.in_(people))):
        add(record, uow.get(Person, record.person_id).title() if record.person_id else "")
    rows = session.execute(select(AsbIntervention, AsbLink).join(AsbLink).where(
        or_(AsbLink.hotspot_id.in_(hotspots), AsbLink.case_id.in_(cases))))
    for record, on in rows:
        add(record, uow.get(Hotspot, on.hotspot_id).name if on.hotspot_id
            else uow.get(ProblemCase, on.case_id).title() if on.case_id else "")
    return tuple(sorted(found.values(), key=lambda f: (f.through != "", f.reference)))
