"""The audit trail: every insert, update and delete is recorded by the session as it flushes.

Pages and services never write audit entries themselves; registering this listener on the
session class the unit of work uses is what makes the trail complete.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from jagdesk.errors import StoreError
from jagdesk.store.audit_chain import CONTENT, Link, chain_head, seal
from jagdesk.store.audit_text import COMPACT_TEXT, compact_change
from jagdesk.store.base import Record, utcnow

if TYPE_CHECKING:
    from jagdesk.store.models import AuditEntry

# Columns that describe the record's bookkeeping rather than its content.
BOOKKEEPING = frozenset({"id", "created_at", "created_by", "updated_at", "updated_by", "version"})
USER_KEY = "user"
SAVE_TIME_KEY = "audit_at"  # the time of the transaction under way
CHAIN_KEY = "audit_head"  # the chain's last entry, as this transaction has it


def _plain(value: Any) -> Any:
    """A JSON-safe form of a column value."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date | time):  # time: a meeting's start and end
        return value.isoformat()
    return value


def _content_columns(obj: Record) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs if attr.key not in BOOKKEEPING]


def _entry(action: str, obj: Record, user: str, changes: dict[str, Any], at: datetime) -> AuditEntry:
    # Imported when the trail is first written: a command that only reads never maps its table.
    from jagdesk.store.models import AuditEntry

    return AuditEntry(
        id=uuid.uuid4(),
        at=at,
        user=user,
        action=action,
        table_name=obj.__tablename__,
        record_id=obj.id,
        record_title=obj.title()[:200],
        changes=json.dumps(changes, ensure_ascii=False, sort_keys=True),
    )


def _updated_fields(obj: Record, compact: bool) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for key in _content_columns(obj):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            old, new = _plain(old), _plain(new)
            changes[key] = compact_change(old, new) if compact else [old, new]
    return changes


def _apply_scalar_defaults(obj: Record) -> None:
    """Fill column defaults now rather than at INSERT, so the audit entry shows real values."""
    if obj.id is None:
        obj.id = uuid.uuid4()
    for column in inspect(obj).mapper.columns:
        default = column.default
        if default is not None and default.is_scalar and getattr(obj, column.key) is None:
            setattr(obj, column.key, default.arg)  # type: ignore[attr-defined]


def stamp_and_audit(session: Session, _ctx: UOWTransaction | None, _instances: Any) -> None:
    """Set who/when on changed records and add one audit entry per insert, update and delete.

    Every entry of one transaction has the same time, its first flush's: a record deleted with its
    children can be brought back with them (services.common.undo finds the deletes of that moment).
    """
    user = str(session.info.get(USER_KEY, ""))
    now = session.info.setdefault(SAVE_TIME_KEY, utcnow())
    entries: list[AuditEntry] = []
    for obj in list(session.new):
        if not isinstance(obj, Record):
            continue
        _apply_scalar_defaults(obj)
        obj.created_at = obj.updated_at = now
        obj.created_by = obj.updated_by = user
        values = {key: [None, _plain(getattr(obj, key))] for key in _content_columns(obj)}
        entries.append(_entry("insert", obj, user, values, now))
    for obj in list(session.dirty):
        if not isinstance(obj, Record):
            continue
        changes = _updated_fields(obj, bool(session.info.get(COMPACT_TEXT)))
        if changes:
            obj.updated_at = now
            obj.updated_by = user
            entries.append(_entry("update", obj, user, changes, now))
    for obj in list(session.deleted):
        if isinstance(obj, Record):
            values = {key: [_plain(getattr(obj, key)), None] for key in _content_columns(obj)}
            entries.append(_entry("delete", obj, user, values, now))
    _refuse_audit_changes(session)
    if entries:
        _chain(session, entries)
    session.add_all(entries)


def _refuse_audit_changes(session: Session) -> None:
    """The trail is only ever added to: an entry changed or deleted through the app is refused."""
    from jagdesk.store.models import AuditEntry

    touched = [obj for obj in session.deleted if isinstance(obj, AuditEntry)]
    touched += [obj for obj in session.dirty
                if isinstance(obj, AuditEntry) and session.is_modified(obj)]
    if touched:
        raise StoreError("The audit trail cannot be changed or deleted; nothing was saved.")


def _chain(session: Session, entries: list[AuditEntry]) -> None:
    """Give each new entry its place and hash after the chain's last entry, read once a
    transaction (on PostgreSQL under a lock held to its end)."""
    head = session.info.get(CHAIN_KEY)
    if not isinstance(head, Link):
        head = chain_head(session.connection())
    for entry in entries:
        values = {name: getattr(entry, name) for name in CONTENT}
        head = seal(values, head)
        entry.seq, entry.entry_hash = values["seq"], values["entry_hash"]
    session.info[CHAIN_KEY] = head


class AuditedSession(Session):
    """The session every unit of work uses: it stamps and audits each flush."""


def _end_of_transaction(session: Session, *_args: Any) -> None:
    session.info.pop(SAVE_TIME_KEY, None)
    session.info.pop(CHAIN_KEY, None)


event.listen(AuditedSession, "before_flush", stamp_and_audit)
event.listen(AuditedSession, "after_commit", _end_of_transaction)
event.listen(AuditedSession, "after_rollback", _end_of_transaction)
