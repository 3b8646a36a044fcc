"""Breaches of interventions: record them, say what was done, and list them for a person, a case or
the dashboard, each with the next step it suggests."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from jagdesk.domain.asb.lifecycle import breach_problem, next_step
from jagdesk.domain.asb.vocabulary import BreachAction, Kind
from jagdesk.domain.common import validation as v
from jagdesk.domain.common.day_text import day_text
from jagdesk.services.asb.reading import facts_of, rows_for
from jagdesk.services.asb.types import BreachInput, BreachRow, InterventionRow
from jagdesk.services.common.records import load_for_change, touch, validated
from jagdesk.store.models import AsbBreach, AsbIntervention, AsbLink, AsbTerm
from jagdesk.store.uow import UnitOfWork

TEXT_MAX = 20000


def _errors(record: AsbIntervention, data: BreachInput, today: date) -> dict[str, str]:
    actions = {action.value for action in BreachAction}
    acted = None
    if data.action not in actions:
        acted = f"'{data.action}' is not an action on a breach."
    elif data.action_on is not None and data.action_on < data.breached_on:
        acted = (f"The action ({day_text(data.action_on)}) is before the breach "
                 f"({day_text(data.breached_on)}).")
    term = None
    if data.term_id is not None and data.term_id not in {t.id for t in record.terms}:
        term = f"That term is not one of {record.reference}'s."
    return v.collect(
        breached_on=breach_problem(facts_of(record, None), data.breached_on, today),
        action=acted, term_id=term,
        reported_by=v.max_length_text(data.reported_by, "name of who reported it", 200),
        evidence=v.max_length_text(data.evidence, "evidence", TEXT_MAX),
        result=v.max_length_text(data.result, "result", TEXT_MAX),
    )


def _fill(breach: AsbBreach, data: BreachInput) -> None:
    breach.breached_on, breach.term_id = data.breached_on, data.term_id
    breach.reported_by, breach.evidence = data.reported_by.strip(), data.evidence.strip()
    breach.action, breach.action_on, breach.result = data.action, data.action_on, data.result.strip()


def record_breach(uow: UnitOfWork, intervention_id: uuid.UUID, data: BreachInput,
                  intervention_version: int | None, today: date | None = None) -> BreachRow:
    """Add a breach to the intervention as opened at `intervention_version`."""
    today = today or date.today()
    record = load_for_change(uow, AsbIntervention, intervention_id, intervention_version)
    validated(_errors(record, data, today))
    breach = AsbBreach()
    record.breaches.append(breach)
    _fill(breach, data)
    touch(uow, record)
    uow.commit()
    return _one(uow, breach.id, today)


def update_breach(uow: UnitOfWork, breach_id: uuid.UUID, data: BreachInput,
                  expected_version: int | None, today: date | None = None) -> BreachRow:
    """Change a breach (most often: what was done about it, and the result)."""
    today = today or date.today()
    breach = load_for_change(uow, AsbBreach, breach_id, expected_version)
    validated(_errors(breach.intervention, data, today))
    _fill(breach, data)
    uow.commit()
    return _one(uow, breach.id, today)


def delete_breach(uow: UnitOfWork, breach_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete a breach recorded by mistake."""
    breach = load_for_change(uow, AsbBreach, breach_id, expected_version)
    uow.session.delete(breach)
    uow.commit()


def list_breaches(uow: UnitOfWork, person_id: uuid.UUID | None = None, case_id: uuid.UUID | None = None,
                  not_acted_on: bool = False, today: date | None = None,
                  intervention_id: uuid.UUID | None = None) -> list[BreachRow]:
    """Breaches, the latest first: of one person's interventions, of those linked to a case, of one
    intervention, or all; `not_acted_on` keeps those nobody has acted on yet."""
    today = today or date.today()
    query = (select(AsbBreach, AsbTerm.text).outerjoin(AsbTerm, AsbTerm.id == AsbBreach.term_id)
             .join(AsbIntervention, AsbIntervention.id == AsbBreach.intervention_id)
             .order_by(AsbBreach.breached_on.desc(), AsbIntervention.reference))
    if person_id is not None:
        query = query.where(AsbIntervention.person_id == person_id)
    if case_id is not None:
        query = query.where(AsbIntervention.id.in_(
            select(AsbLink.intervention_id).where(AsbLink.case_id == case_id)))
    if intervention_id is not None:
        query = query.where(AsbBreach.intervention_id == intervention_id)
    if not_acted_on:
        query = query.where(AsbBreach.action == BreachAction.NONE.value)
    found = uow.session.execute(query).all()
    rows = rows_for(uow, {breach.intervention_id for breach, _ in found}, today)
    return [_row(breach, term or "", rows[breach.intervention_id]) for breach, term in found]


def _row(breach: AsbBreach, term: str, intervention: InterventionRow) -> BreachRow:
    return BreachRow(
        breach.id, breach.intervention_id, intervention.reference, intervention.kind,
        intervention.subject_name, breach.breached_on, term, breach.reported_by, breach.evidence,
        breach.action, breach.action_on, breach.result, breach.action != BreachAction.NONE.value,
        next_step(Kind(intervention.kind)), breach.version)


def _one(uow: UnitOfWork, breach_id: uuid.UUID, today: date) -> BreachRow:
    breach = uow.get(AsbBreach, breach_id)
    term = uow.session.get(AsbTerm, breach.term_id) if breach.term_id else None
    intervention = rows_for(uow, [breach.intervention_id], today)[breach.intervention_id]
    return _row(breach, term.text if term else "", intervention)
