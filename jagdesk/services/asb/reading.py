"""Reading the register: an intervention's facts for the rules, and its rows with the computed end,
next review and warnings, in one query for the whole register."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select

from jagdesk.domain.asb.rules import Facts, Prior
from jagdesk.domain.asb.vocabulary import LIVE, Kind, Rank
from jagdesk.domain.people import name_key
from jagdesk.services.asb.register_rows import KINDS, SUBJECTS, RowReader, register_query
from jagdesk.services.asb.settings import asb_settings
from jagdesk.services.asb.types import Filter, InterventionRow
from jagdesk.store.models import AsbIntervention, AsbLink, Person
from jagdesk.store.uow import UnitOfWork


def facts_of(record: AsbIntervention | Any, date_of_birth: date | None,
             prior: Prior | None = None) -> Facts:
    """The rules' view of a stored intervention (or of an InterventionInput: the same names)."""
    starts_at: datetime | None = record.starts_at
    return Facts(
        KINDS[record.kind], SUBJECTS[record.subject], record.opened_on, record.starts_on,
        record.ends_on, record.indefinite, record.review_on, date_of_birth, starts_at,
        record.ends_at, record.hearing_at, Rank(record.signed_rank) if record.signed_rank else None,
        record.yot_consulted_on, record.comply_by, record.housing, prior)


def prior_of(uow: UnitOfWork, follows_id: uuid.UUID | None) -> Prior | None:
    """What the rules need of the intervention one follows (a CPN's warning)."""
    if follows_id is None:
        return None
    earlier = uow.get(AsbIntervention, follows_id)
    return Prior(Kind(earlier.kind), earlier.comply_by)


def list_interventions(uow: UnitOfWork, wanted: Filter | None = None,
                       today: date | None = None) -> list[InterventionRow]:
    """The register, newest first (by the day each was opened), with each one's computed end,
    next review and warnings as of `today`."""
    wanted = wanted or Filter()
    today = today or date.today()
    # Plain rows, not ORM objects: the register may hold tens of thousands, and only reading them
    # is needed (an ORM object costs several times a row to build and to track).
    query = register_query()
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
    reader = RowReader(today, asb_settings(uow))
    return [reader.row(cells) for cells in uow.session.execute(query)]


def rows_for(uow: UnitOfWork, ids: Iterable[uuid.UUID], today: date) -> dict[uuid.UUID, InterventionRow]:
    """The rows of the interventions named, by id (for lists of breaches and alerts)."""
    return {row.id: row for row in list_interventions(uow, Filter(ids=tuple(set(ids))), today)}
