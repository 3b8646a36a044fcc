"""What every record's use cases share: loading for a change, uniqueness, refusing deletes in use."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from jagdesk.domain.common.day_text import uk_day_time
from jagdesk.errors import ConflictError, InUseError, ValidationError
from jagdesk.store.base import Record, keys_pointing_at, utcnow
from jagdesk.store.uow import UnitOfWork

R = TypeVar("R", bound=Record)
# How many of the records in the way a refusal names before it says "and N more".
NAMED_USES = 3


def load_for_change(uow: UnitOfWork, model: type[R], record_id: uuid.UUID,
                    expected_version: int | None) -> R:
    """The record to change, refused if it changed since the user opened it at `expected_version`."""
    obj = uow.get(model, record_id)
    if expected_version is not None and obj.version != expected_version:
        when = uk_day_time(obj.updated_at)
        raise ConflictError(
            f"{obj.updated_by or 'Someone'} changed this {model.label} at {when}, after you opened"
            " it; your changes were not saved. Reopen it to see the latest version."
        )
    return obj


def settings_row(uow: UnitOfWork, model: type[R]) -> R | None:
    """The one row of a settings table (a partnership's ASB, CCTV, case review or retention
    settings), or None while the defaults stand."""
    return uow.session.scalars(select(model).limit(1)).first()


def save_settings_row(uow: UnitOfWork, model: type[R], expected_version: int | None,
                      values: dict[str, Any]) -> None:
    """Save `values` into the one row of a settings table, made on the first save; refused, saying
    who and when, if someone saved the settings after they were read at `expected_version`.
    Commits."""
    row = settings_row(uow, model)
    if row is None:
        row = model()
        uow.session.add(row)
    else:
        load_for_change(uow, model, row.id, expected_version)
    for name, value in values.items():
        setattr(row, name, value)
    uow.commit()


def touch(uow: UnitOfWork, record: Record) -> None:
    """Move `record`'s version on for a change to a list it owns (a meeting's attendance or agenda,
    a case's agencies, a plan's themes and items).

    The list's rows are records of their own, so their changes alone would leave the parent's
    version where it was: a list saved later from an older reading would not be refused, and the
    refusal would not say who changed it and when. No audit entry is written for the parent (only
    its bookkeeping columns change); the rows themselves are audited as usual.
    """
    record.updated_at = utcnow()
    record.updated_by = uow.user


def pending_changes(session: Session) -> bool:
    """Whether the session holds anything to write: a new or deleted record, or a changed value
    (a value set to what it was already does not count)."""
    return bool(session.new or session.deleted) or any(
        session.is_modified(obj) for obj in session.dirty)


def ensure_unique(session: Session, column: InstrumentedAttribute[Any], value: Any,
                  exclude_id: uuid.UUID | None, field: str, message: str) -> None:
    """Refuse a value another record of the same kind already has (compared case-insensitively)."""
    query = select(func.count()).where(func.lower(column) == str(value).strip().lower())
    if exclude_id is not None:
        query = query.where(column.class_.id != exclude_id)
    if session.scalar(query):
        raise ValidationError({field: message})


def uses_of(session: Session, obj: Record) -> list[str]:
    """What refers to `obj`, found from the schema's foreign keys: ["3 contacts (A, B, C)"]."""
    uses: list[str] = []
    for model, fk in keys_pointing_at(obj.__table__):
        # A CASCADE key marks a part of the record (a hotspot's audits): it goes with it.
        if fk.ondelete == "CASCADE":
            continue
        column = fk.parent
        count = session.scalar(select(func.count()).where(column == obj.id)) or 0
        if not count:
            continue
        order = getattr(model, "name", model.id)
        named = session.scalars(
            select(model).where(column == obj.id).order_by(order).limit(NAMED_USES)
        ).all()
        names = ", ".join(item.title() for item in named)
        more = f" and {count - len(named)} more" if count > len(named) else ""
        kind = model.label if count == 1 else model.plural
        uses.append(f"{count} {kind} ({names}{more})")
    return uses


def delete_unused(uow: UnitOfWork, model: type[R], record_id: uuid.UUID,
                  expected_version: int | None,
                  before_commit: Callable[[Session], object] | None = None) -> None:
    """Delete the record, or refuse with what still uses it; commits.

    `before_commit` runs after the delete is flushed, in the same transaction.
    """
    obj = load_for_change(uow, model, record_id, expected_version)
    uses = uses_of(uow.session, obj)
    if uses:
        raise InUseError(
            f"The {model.label} '{obj.title()}' cannot be deleted: it is used by "
            + "; ".join(uses) + "."
        )
    uow.session.delete(obj)
    if before_commit is not None:
        uow.session.flush()
        before_commit(uow.session)
    uow.commit()


def validated(errors: dict[str, str]) -> None:
    """Raise the field errors, if there are any."""
    if errors:
        raise ValidationError(errors)
