"""Undoing a delete: the audit trail holds every field of a deleted record, so it can come back."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Date, DateTime, Time, Uuid, select
from sqlalchemy.exc import IntegrityError

from jagdesk.errors import JagdeskError
from jagdesk.store.base import Record, every_table, record_kinds
from jagdesk.store.models import AuditEntry
from jagdesk.store.uow import UnitOfWork


def _model_for(table_name: str) -> type[Record]:
    for model in record_kinds():
        if model.__tablename__ == table_name:
            return model
    raise JagdeskError(f"There is no kind of record called {table_name}.")


def _typed(model: type[Record], key: str, value: Any) -> Any:
    """A value from the audit trail's JSON, back in the column's own type."""
    if value is None:
        return None
    column_type = model.__table__.c[key].type
    if isinstance(column_type, Uuid):
        return uuid.UUID(value)
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, Time):
        return time.fromisoformat(value)
    return value


def _check_unique(uow: UnitOfWork, model: type[Record], values: dict[str, Any], title: str) -> None:
    for column in model.__table__.columns:
        if column.unique and values.get(column.key) is not None:
            taken = select(model.id).where(column == values[column.key]).limit(1)
            if uow.session.scalar(taken) is not None:
                raise JagdeskError(
                    f"The {model.label} '{title}' cannot be brought back: another "
                    f"{model.label} now has the {column.key.replace('_', ' ')} '{values[column.key]}'."
                )


def _deleted_with(uow: UnitOfWork, entry: AuditEntry) -> list[AuditEntry]:
    """The deletes of the same moment by the same user: the record's children (a plan's themes and
    items, a meeting's agenda, a person's merged records), parents before children."""
    group = uow.session.scalars(select(AuditEntry).where(
        AuditEntry.action == "delete", AuditEntry.at == entry.at, AuditEntry.user == entry.user,
        AuditEntry.id != entry.id)).all()
    order = {table.name: n for n, table in enumerate(every_table())}
    return sorted(group, key=lambda e: order.get(e.table_name, len(order)))


def undo_delete(uow: UnitOfWork, table_name: str, record_id: uuid.UUID) -> str:
    """Put a deleted record back, with its id and fields, from its delete entry, and every record
    deleted with it; the record's title."""
    title = stage_undo_delete(uow, table_name, record_id)
    uow.commit()
    return title


def stage_undo_delete(uow: UnitOfWork, table_name: str, record_id: uuid.UUID) -> str:
    """As undo_delete, leaving the commit to the caller (which may put the record in its place)."""
    model = _model_for(table_name)
    if uow.session.get(model, record_id) is not None:
        raise JagdeskError(f"That {model.label} is in the store already.")
    entry = uow.session.scalars(
        select(AuditEntry)
        .where(AuditEntry.record_id == record_id, AuditEntry.action == "delete")
        .order_by(AuditEntry.at.desc())
        .limit(1)
    ).first()
    if entry is None:
        raise JagdeskError(f"There is no deleted {model.label} to bring back.")
    for restoring in [entry, *_deleted_with(uow, entry)]:
        kind = _model_for(restoring.table_name)
        if restoring is not entry and uow.session.get(kind, restoring.record_id) is not None:
            continue  # brought back on its own already
        values = {key: _typed(kind, key, pair[0])
                  for key, pair in json.loads(restoring.changes).items()}
        _check_unique(uow, kind, values, restoring.record_title)
        uow.session.add(kind(id=restoring.record_id, **values))
        try:
            uow.session.flush()  # in order: a child's row needs its parent's
        except IntegrityError:
            uow.session.rollback()
            raise JagdeskError(
                f"The {kind.label} '{restoring.record_title}' cannot be brought back: a record it "
                "belongs to has been deleted since, or another has taken its place. Nothing was "
                "changed.") from None
    if table_name == "ward":
        # A ward that comes back takes back the crimes inside it (they were left outside).
        from jagdesk.services.places.boundaries import place_crimes

        place_crimes(uow.session)
    return entry.record_title
