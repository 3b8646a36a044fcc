"""Erasing or anonymising a record the retention review found due: all of it in one transaction,
so that a crash (even kill -9) leaves the record whole or gone, never half erased."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select, update

from jagdesk.domain.common.day_text import uk_day
from jagdesk.domain.governance import ANONYMISED, ERASED, PERSONAL_FIELDS, Decision, RecordKind, name_pattern
from jagdesk.domain.governance import person_names as names_of
from jagdesk.errors import JagdeskError
from jagdesk.services.cctv.retention import destroy_authorisation
from jagdesk.services.governance.removal import carry_out, plan_removal, replace_in_texts
from jagdesk.services.governance.retention import RetentionRow, record_decision, review_row
from jagdesk.store.audit_chain import record_event
from jagdesk.store.audit_redaction import redact_names, redact_records
from jagdesk.store.base import Record
from jagdesk.store.models import AsbIntervention, Person, ProblemCase
from jagdesk.store.uow import UnitOfWork

ERASE, ANONYMISE = "erase", "anonymise"  # the audit trail's actions for them
MODELS: dict[str, type[Record]] = {RecordKind.CASE.value: ProblemCase,
                                   RecordKind.INTERVENTION.value: AsbIntervention,
                                   RecordKind.PERSON.value: Person}


def _due(uow: UnitOfWork, record_id: uuid.UUID, today: date) -> RetentionRow:
    row = review_row(uow, record_id, today)
    if not row.due:
        raise JagdeskError(f"{row.reference} is not due for review until "
                           f"{uk_day(row.review_on)}; nothing was changed." if row.review_on else
                           f"{row.reference} has not ended; nothing was changed.")
    return row


def _person_and_merged(uow: UnitOfWork, person_id: uuid.UUID) -> tuple[list[uuid.UUID], list[str]]:
    """The person, the records merged into them (the same person), and all their names."""
    ids, names, todo = [], [], [person_id]
    while todo:
        found = list(uow.session.scalars(select(Person).where(Person.id.in_(todo))))
        ids += [person.id for person in found]
        names += [name for person in found for name in names_of(person.given_names, person.family_name,
                                                                person.aliases, family_alone=False)]
        todo = list(uow.session.scalars(select(Person.id).where(Person.merged_into_id.in_(todo))))
    return ids, names


def erase_record(uow: UnitOfWork, record_id: uuid.UUID, today: date) -> str:
    """Erase a record due for review with what it owns; its earlier audit entries keep only that
    each change happened ("[erased]" for every value) and an erased person's names are replaced
    wherever else they were written, in the live records and the trail. Commits; the reference."""
    row = _due(uow, record_id, today)
    if row.kind == RecordKind.AUTHORISATION.value:
        record_decision(uow, row, Decision.ERASE, today)
        return destroy_authorisation(uow, record_id, None, today)  # commits the decision with it
    session = uow.session
    names: list[str] = []
    ids = [record_id]
    if row.kind == RecordKind.PERSON.value:
        ids, names = _person_and_merged(uow, record_id)
    removal = plan_removal(session, MODELS[row.kind], ids)
    carry_out(session, removal)
    connection = session.connection()
    redacted = redact_records(connection, removal.ids(), ERASED)
    if names:
        pattern = name_pattern(names)
        replace_in_texts(session, names, pattern, ERASED)
        redacted += redact_names(connection, names, ERASED)
    record_decision(uow, row, Decision.ERASE, today)
    session.flush()
    record_event(connection, uow.user, ERASE, f"{row.kind} {row.reference}",
                 {"erased_on": [None, today.isoformat()], "entries_redacted": [None, redacted]},
                 table_name=MODELS[row.kind].__tablename__, record_id=record_id)
    uow.commit()
    return row.reference


def anonymise_record(uow: UnitOfWork, record_id: uuid.UUID, today: date) -> str:
    """Replace a record's names and personal details by "[anonymised]", keeping its dates, figures
    and statuses; the trail keeps that its personal fields changed, not what they held. A
    person's names are replaced wherever else they were written. Commits; the reference."""
    row = _due(uow, record_id, today)
    if row.kind == RecordKind.AUTHORISATION.value:
        raise JagdeskError("A RIPA authorisation is kept or destroyed whole, never anonymised; "
                           "nothing was changed.")
    model, fields = MODELS[row.kind], PERSONAL_FIELDS[RecordKind(row.kind)]
    session, connection = uow.session, uow.session.connection()
    record = session.get(model, record_id)
    assert record is not None
    names = names_of(record.given_names, record.family_name, record.aliases, family_alone=False) \
        if isinstance(record, Person) else []
    values = {name: ("" if getattr(record, name) else getattr(record, name)) for name in fields}
    values.update({name: ANONYMISED for name in fields if getattr(record, name)})
    if isinstance(record, Person):
        values.update(given_names="", family_name=ANONYMISED, search_key="", date_of_birth=None)
    session.expunge(record)
    session.execute(update(model).where(model.id == record_id).values(values)
                    .execution_options(synchronize_session=False))
    redacted = redact_records(connection, [record_id], ANONYMISED, fields=(*fields, "search_key",
                                                                           "date_of_birth"))
    if names:
        replace_in_texts(session, names, name_pattern(names), ANONYMISED)
        redacted += redact_names(connection, names, ANONYMISED)
    record_decision(uow, row, Decision.ANONYMISE, today)
    session.flush()
    record_event(connection, uow.user, ANONYMISE, f"{row.kind} {row.reference}",
                 {"anonymised_on": [None, today.isoformat()], "entries_redacted": [None, redacted]},
                 table_name=model.__tablename__, record_id=record_id)
    uow.commit()
    return row.reference
