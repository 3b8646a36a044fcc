"""Which fields of a case, a hotspot or an action are left out of public documents: read and set.

A record never set follows the safe defaults of jagdesk.domain.meetings.pack.public_fields; once the officer
chooses, the record keeps that choice.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from jagdesk.domain.meetings.pack.public_fields import (
    FIELDS,
    RecordKind,
    default_withheld,
    stored_withheld,
    withheld_errors,
    withheld_fields,
)
from jagdesk.domain.problem_solving.vocabulary import Side
from jagdesk.services.common.records import load_for_change, validated
from jagdesk.store.models import Action, CasePerson, Hotspot, Person, ProblemCase
from jagdesk.store.uow import UnitOfWork

MODELS: dict[RecordKind, type[ProblemCase] | type[Hotspot] | type[Action]] = {
    RecordKind.CASE: ProblemCase, RecordKind.HOTSPOT: Hotspot, RecordKind.ACTION: Action,
}


@dataclass(frozen=True)
class FieldChoice:
    key: str
    label: str
    withheld: bool
    default: bool  # withheld by default
    why: str


@dataclass(frozen=True)
class PublicSetting:
    """One record's fields and whether each is left out of public documents."""

    kind: RecordKind
    id: uuid.UUID
    title: str
    version: int
    chosen: bool  # False: the record follows the defaults
    fields: tuple[FieldChoice, ...]

    @property
    def withheld(self) -> frozenset[str]:
        return frozenset(f.key for f in self.fields if f.withheld)


def vulnerable_victim_cases(uow: UnitOfWork) -> set[uuid.UUID]:
    """The cases with a victim flagged vulnerable on the register."""
    return set(uow.session.scalars(
        select(CasePerson.case_id).join(Person, Person.id == CasePerson.person_id)
        .where(CasePerson.side == Side.VICTIM.value, Person.is_vulnerable.is_(True))))


def _defaults(uow: UnitOfWork, kind: RecordKind, record: ProblemCase | Hotspot | Action) -> frozenset[str]:
    if isinstance(record, Action):
        return default_withheld(kind, side=record.side)
    if isinstance(record, ProblemCase):
        return default_withheld(kind, vulnerable_victim=record.id in vulnerable_victim_cases(uow))
    return default_withheld(kind)


def _title(record: ProblemCase | Hotspot | Action) -> str:
    if isinstance(record, Hotspot):
        return f"hotspot {record.name}"
    if isinstance(record, ProblemCase):
        return f"case {record.title()}"
    return record.title()


def public_setting(uow: UnitOfWork, kind: RecordKind, record_id: uuid.UUID) -> PublicSetting:
    """The record's setting (NotFoundError when it has gone)."""
    record = uow.get(MODELS[kind], record_id)
    defaults = _defaults(uow, kind, record)
    stored = record.public_withheld
    withheld = defaults if stored is None else withheld_fields(kind, stored)
    return PublicSetting(kind, record.id, _title(record), record.version,
                         record.public_withheld is not None,
                         tuple(FieldChoice(f.key, f.label, f.key in withheld, f.key in defaults, f.why)
                               for f in FIELDS[kind]))


def set_public_withheld(uow: UnitOfWork, kind: RecordKind, record_id: uuid.UUID, withheld: Iterable[str],
                        expected_version: int | None = None) -> PublicSetting:
    """Keep this choice of fields left out of public documents; ValidationError for a field the
    record does not have, ConflictError when the record changed since `expected_version`."""
    chosen = tuple(withheld)
    validated(withheld_errors(kind, chosen))
    record = load_for_change(uow, MODELS[kind], record_id, expected_version)
    record.public_withheld = stored_withheld(kind, chosen)
    uow.commit()
    return public_setting(uow, kind, record_id)
