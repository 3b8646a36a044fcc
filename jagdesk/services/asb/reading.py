"""Reading the register: an intervention's facts for the rules, and its rows with the computed end,
next review and warnings, in one query for the whole register."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, or_, select

from jagdesk.domain.asb.lifecycle import warnings_on
from jagdesk.domain.asb.powers import YOUTH_AGE
from jagdesk.domain.asb.rules import Facts, Prior, computed_ends_on, law_on, next_review_on
from jagdesk.domain.asb.vocabulary import LIVE, BreachAction, Kind, Rank, Status, Subject, outcome
from jagdesk.domain.people import full_name, name_key
from jagdesk.services.asb.types import Filter, InterventionRow
from jagdesk.store.models import Agency, AsbBreach, AsbIntervention, AsbLink, Contact, Locality, Person
from jagdesk.store.uow import UnitOfWork

# What a row of the register reads of an intervention (the rules' facts and the row's own fields).
ROW_COLUMNS = tuple(getattr(AsbIntervention, name) for name in (
    "id", "reference", "kind", "status", "legal_basis", "subject", "person_id", "premises", "place",
    "opened_on", "starts_on", "ends_on", "indefinite", "review_on", "starts_at", "ends_at", "hearing_at",
    "signed_rank", "yot_consulted_on", "comply_by", "housing", "version"))


# The vocabulary by stored value: a dictionary look-up costs a fraction of an Enum call, read for
# every row of a register of thousands.
_KINDS = {kind.value: kind for kind in Kind}
_SUBJECTS = {subject.value: subject for subject in Subject}
_STATUSES = {status.value: status for status in Status}


def facts_of(record: AsbIntervention | Any, date_of_birth: date | None,
             prior: Prior | None = None) -> Facts:
    """The rules' view of a stored intervention (or of an InterventionInput: the same names)."""
    starts_at: datetime | None = record.starts_at
    return Facts(
        _KINDS[record.kind], _SUBJECTS[record.subject], record.opened_on, record.starts_on,
        record.ends_on, record.indefinite, record.review_on, date_of_birth, starts_at,
        record.ends_at, record.hearing_at, Rank(record.signed_rank) if record.signed_rank else None,
        record.yot_consulted_on, record.comply_by, record.housing, prior)


def prior_of(uow: UnitOfWork, follows_id: uuid.UUID | None) -> Prior | None:
    """What the rules need of the intervention one follows (a CPN's warning)."""
    if follows_id is None:
        return None
    earlier = uow.get(AsbIntervention, follows_id)
    return Prior(Kind(earlier.kind), earlier.comply_by)


def _subject_name(record: Any, given: str | None, family: str | None) -> str:
    if record.subject == Subject.PERSON:
        return full_name(given or "", family or "")
    return str(record.premises if record.subject == Subject.PREMISES else record.place)


def _age_group(age: int | None) -> str:
    if age is None:
        return ""
    return "youth" if age < YOUTH_AGE else "adult"


def row_of(record: Any, person: tuple[str | None, str | None, date | None],
           names: tuple[str | None, str | None, str | None], breaches: tuple[int, int],
           today: date) -> InterventionRow:
    """The intervention as a list shows it, judged as of `today`."""
    given, family, born = person
    facts = facts_of(record, born)
    power = law_on(facts)
    status = _STATUSES[record.status]
    ends_on = computed_ends_on(facts, power)
    review = next_review_on(facts, power, today) if status in LIVE else None
    kind = facts.kind
    locality, agency, officer = names
    age = facts.age
    return InterventionRow(
        record.id, record.reference, kind.value, kind.label, status.value, outcome(kind, status),
        record.subject, _subject_name(record, given, family), record.person_id, age,
        _age_group(age), locality or "", agency or "", officer or "", record.opened_on,
        record.starts_on, ends_on, review, record.legal_basis, breaches[0], breaches[1],
        warnings_on(facts, power, status, ends_on, review, today), record.version)


def _breach_counts(uow: UnitOfWork) -> dict[uuid.UUID, tuple[int, int]]:
    not_acted_on = case((AsbBreach.action == BreachAction.NONE.value, 1), else_=0)
    query = select(AsbBreach.intervention_id, func.count(), func.sum(not_acted_on))
    found = uow.session.execute(query.group_by(AsbBreach.intervention_id)).all()
    return {key: (total, int(open_ or 0)) for key, total, open_ in found}


def list_interventions(uow: UnitOfWork, wanted: Filter | None = None,
                       today: date | None = None) -> list[InterventionRow]:
    """The register, newest first (by the day each was opened), with each one's computed end,
    next review and warnings as of `today`."""
    wanted = wanted or Filter()
    today = today or date.today()
    # Plain rows, not ORM objects: the register may hold tens of thousands, and only reading them
    # is needed (an ORM object costs several times a row to build and to track).
    query = (
        select(*ROW_COLUMNS, Person.given_names, Person.family_name, Person.date_of_birth,
               Locality.name, Agency.name, Contact.name)
        .outerjoin(Person, Person.id == AsbIntervention.person_id)
        .outerjoin(Locality, Locality.id == AsbIntervention.locality_id)
        .outerjoin(Agency, Agency.id == AsbIntervention.lead_agency_id)
        .outerjoin(Contact, Contact.id == AsbIntervention.officer_id)
        .order_by(AsbIntervention.opened_on.desc(), AsbIntervention.reference.desc())
    )
    if wanted.person_id is not None:
        query = query.where(AsbIntervention.person_id == wanted.person_id)
    if wanted.case_id is not None:
        query = query.where(AsbIntervention.id.in_(
            select(AsbLink.intervention_id).where(AsbLink.case_id == wanted.case_id)))
    if wanted.ids:
        query = query.where(AsbIntervention.id.in_(wanted.ids))
    if wanted.kinds:
        query = query.where(AsbIntervention.kind.in_(wanted.kinds))
    if wanted.live_only:
        query = query.where(AsbIntervention.status.in_([status.value for status in LIVE]))
    if wanted.text.strip():
        text = wanted.text.strip()
        query = query.where(or_(
            AsbIntervention.reference.contains(text.upper(), autoescape=True),
            Person.search_key.contains(name_key(text) or text, autoescape=True),
            func.lower(AsbIntervention.premises).contains(text.lower(), autoescape=True),
            func.lower(AsbIntervention.place).contains(text.lower(), autoescape=True)))
    counts = _breach_counts(uow)
    width = len(ROW_COLUMNS)
    return [row_of(found, tuple(found[width:width + 3]), tuple(found[width + 3:]),
                   counts.get(found.id, (0, 0)), today)
            for found in uow.session.execute(query)]


def rows_for(uow: UnitOfWork, ids: Iterable[uuid.UUID], today: date) -> dict[uuid.UUID, InterventionRow]:
    """The rows of the interventions named, by id (for lists of breaches and alerts)."""
    return {row.id: row for row in list_interventions(uow, Filter(ids=tuple(set(ids))), today)}
