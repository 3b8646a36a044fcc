"""The retention review's list: each closed case, ended intervention, closed RIPA authorisation and
person with no live link, the day it comes up for review, and the decisions to keep it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from jagdesk.domain.asb.vocabulary import LIFECYCLES, Kind
from jagdesk.domain.governance import Decision, RecordKind, RetentionYears, is_due, keep_problem, review_on
from jagdesk.domain.problem_solving.vocabulary import CaseStatus
from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.services.cctv.retention import retention_schedule
from jagdesk.services.governance.settings import retention_years
from jagdesk.store.models import (
    AsbIntervention,
    AsbStatusChange,
    CasePerson,
    CaseReviewApplication,
    CaseReviewLink,
    Person,
    ProblemCase,
    RetentionDecision,
    RipaSubject,
)
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class RetentionRow:
    """One record's place in the retention review."""

    kind: str  # RecordKind
    record_id: uuid.UUID
    reference: str  # names the record without personal data (a person by a short number)
    title: str  # what the officer reads: a case's name, a person's name
    ended_on: date | None  # closed, ended or last linked on; None while it is live
    review_on: date | None
    due: bool
    kept_reason: str = ""  # why the last review kept it, if one did


def intervention_ended(kind: str, status: str) -> bool:
    """Whether an intervention's status is one its lifecycle never leaves (ended, refused...)."""
    try:
        cycle = LIFECYCLES[Kind(kind)]
    except ValueError:
        return False
    return status not in cycle


def person_reference(person_id: uuid.UUID) -> str:
    """How the review names a person in what it records: no name, only the record's number."""
    return f"P-{str(person_id)[:8]}"


def _ended_cases(uow: UnitOfWork) -> list[tuple[uuid.UUID, str, str, date | None]]:
    return [(case.id, case.reference, case.name, case.closed_on) for case in uow.session.scalars(
        select(ProblemCase).where(ProblemCase.status == CaseStatus.CLOSED.value))]


def _intervention_ends(uow: UnitOfWork) -> dict[uuid.UUID, date | None]:
    """Each intervention's end: the day it reached a status it never leaves (else its end date),
    None while it is live."""
    last_change = dict(uow.session.execute(select(AsbStatusChange.intervention_id,
                                                  func.max(AsbStatusChange.changed_on))
                                           .group_by(AsbStatusChange.intervention_id)).all())
    ends: dict[uuid.UUID, date | None] = {}
    for row in uow.session.scalars(select(AsbIntervention)):
        ended = intervention_ended(row.kind, row.status)
        ends[row.id] = (last_change.get(row.id) or row.ends_on or row.opened_on) if ended else None
    return ends


def _application_end(application: CaseReviewApplication) -> date | None:
    """An ASB case review's end: its outcome sent, its escalation answered, or a refusal."""
    if application.escalated_on is not None:
        return application.escalation_outcome_on
    if application.decision_met is False:
        return application.outcome_sent_on or application.decided_on
    return application.outcome_sent_on


def person_link_ends(uow: UnitOfWork, today: date) -> dict[uuid.UUID, list[date | None]]:
    """For each person, the end of each of their links (None for a live one)."""
    session = uow.session
    links: dict[uuid.UUID, list[date | None]] = {}
    for on_case, status, closed_on in session.execute(
            select(CasePerson.person_id, ProblemCase.status, ProblemCase.closed_on)
            .join(ProblemCase, ProblemCase.id == CasePerson.case_id)):
        links.setdefault(on_case, []).append(closed_on if status == CaseStatus.CLOSED.value else None)
    interventions = _intervention_ends(uow)
    for intervention_id, subject in session.execute(
            select(AsbIntervention.id, AsbIntervention.person_id)):
        if subject is not None:
            links.setdefault(subject, []).append(interventions.get(intervention_id))
    for application in session.scalars(select(CaseReviewApplication)):
        linked = {application.applicant_id, application.victim_id}
        linked |= set(session.scalars(select(CaseReviewLink.person_id).where(
            CaseReviewLink.application_id == application.id, CaseReviewLink.person_id.is_not(None))))
        for person_id in linked:
            if person_id is not None:
                links.setdefault(person_id, []).append(_application_end(application))
    authorisations = {row.id: row.closed_on for row in retention_schedule(uow, today)}
    for watched, authorisation_id in session.execute(
            select(RipaSubject.person_id, RipaSubject.authorisation_id)):
        if watched is not None:
            links.setdefault(watched, []).append(authorisations.get(authorisation_id))
    return links


def _last_decisions(uow: UnitOfWork) -> dict[uuid.UUID, RetentionDecision]:
    decisions: dict[uuid.UUID, RetentionDecision] = {}
    for decision in uow.session.scalars(select(RetentionDecision).order_by(
            RetentionDecision.decided_on, RetentionDecision.created_at)):
        decisions[decision.record_id] = decision
    return decisions


def retention_review(uow: UnitOfWork, today: date, due_only: bool = False) -> list[RetentionRow]:
    """Every record the review covers that has ended (or only those due today), with the day it
    comes up for review; anonymised records are not listed again. The earliest review first."""
    years, decisions = retention_years(uow), _last_decisions(uow)
    candidates: list[tuple[RecordKind, uuid.UUID, str, str, date | None]] = [
        (RecordKind.CASE, *case) for case in _ended_cases(uow)]
    intervention_ends = _intervention_ends(uow)
    for row in uow.session.execute(select(AsbIntervention.id, AsbIntervention.reference, AsbIntervention.kind,
                                          Person.given_names, Person.family_name)
                                   .outerjoin(Person, Person.id == AsbIntervention.person_id)):
        if intervention_ends[row[0]] is not None:
            about = " ".join(part for part in (row[3], row[4]) if part)
            title = f"{row[2]} ({about})" if about else row[2]
            candidates.append((RecordKind.INTERVENTION, row[0], row[1], title, intervention_ends[row[0]]))
    for authorisation in retention_schedule(uow, today):
        if authorisation.closed_on is not None:
            candidates.append((RecordKind.AUTHORISATION, authorisation.id, authorisation.urn,
                               authorisation.status, authorisation.closed_on))
    links = person_link_ends(uow, today)
    for person in uow.session.scalars(select(Person).where(Person.merged_into_id.is_(None))):
        ends = links.get(person.id, [])
        if any(end is None for end in ends):
            continue
        last = max((end for end in ends if end is not None), default=person.created_at.date())
        candidates.append((RecordKind.PERSON, person.id, person_reference(person.id), person.title(), last))
    rows = [_row(years, decisions.get(record_id), kind, record_id, reference, title, ended, today)
            for kind, record_id, reference, title, ended in candidates
            if record_id not in decisions or decisions[record_id].decision == Decision.KEEP.value]
    if due_only:
        rows = [row for row in rows if row.due]
    return sorted(rows, key=lambda r: (r.review_on or today, r.kind, r.reference))


def _row(years: RetentionYears, decision: RetentionDecision | None, kind: RecordKind, record_id: uuid.UUID,
         reference: str, title: str, ended: date | None, today: date) -> RetentionRow:
    kept_until = decision.next_review_on if decision is not None else None
    review = review_on(ended, years.years(kind), kept_until)
    return RetentionRow(kind.value, record_id, reference, title, ended, review, is_due(review, today),
                        decision.reason if decision is not None else "")


def review_row(uow: UnitOfWork, record_id: uuid.UUID, today: date) -> RetentionRow:
    """The review's row of one record; refused when the record is not (or no longer) under review."""
    found = next((row for row in retention_review(uow, today) if row.record_id == record_id), None)
    if found is None:
        raise JagdeskError("That record is still live or was already dealt with; nothing was changed.")
    return found


def record_decision(uow: UnitOfWork, row: RetentionRow, decision: Decision, today: date, reason: str = "",
                    next_review_on: date | None = None) -> None:
    """Add the decision to the store's record of the review (the caller commits)."""
    uow.session.add(RetentionDecision(record_kind=row.kind, record_id=row.record_id, reference=row.reference,
                                      decision=decision.value, decided_on=today, reason=reason.strip(),
                                      next_review_on=next_review_on))


def keep_record(uow: UnitOfWork, record_id: uuid.UUID, reason: str, next_review_on: date | None,
                today: date) -> RetentionRow:
    """Keep a record due for review, saying why and when it is reviewed next; commits."""
    row = review_row(uow, record_id, today)
    problems = keep_problem(reason, next_review_on, today)
    if problems:
        raise ValidationError(problems)
    record_decision(uow, row, Decision.KEEP, today, reason, next_review_on)
    uow.commit()
    return review_row(uow, record_id, today)
