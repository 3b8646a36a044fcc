"""The change trail and the access log side by side, for the Audit page and its CSV: filtered by
person or record, user and dates."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, or_, select

from jagdesk.domain.common.marking import Marking
from jagdesk.services.common.access import record_export
from jagdesk.store.models import AccessEntry, AuditEntry
from jagdesk.store.uow import UnitOfWork

CHANGE, ACCESS = "change", "access"
LIMIT = 5000  # rows a page shows at most, newest first


@dataclass(frozen=True)
class LogFilter:
    """What the Audit page asks for; empty fields do not narrow."""

    record: str = ""  # words of a person's name, a record's title or its reference
    user: str = ""
    first: date | None = None
    last: date | None = None
    record_id: uuid.UUID | None = None


@dataclass(frozen=True)
class LogRow:
    """One entry of either log."""

    log: str  # CHANGE or ACCESS
    at: datetime
    user: str
    action: str
    kind: str  # the table of the record, or "store"
    record_id: uuid.UUID
    title: str
    details: str  # the fields changed, or what was searched or exported, as text


def _narrowed(query: Select[Any], model: type[AuditEntry] | type[AccessEntry], kind: Any,
              wanted: LogFilter) -> Select[Any]:
    if wanted.record.strip():
        words = wanted.record.strip()
        query = query.where(or_(model.record_title.icontains(words, autoescape=True),
                                kind.icontains(words, autoescape=True)))
    if wanted.user.strip():
        query = query.where(model.user.icontains(wanted.user.strip(), autoescape=True))
    if wanted.first is not None:
        query = query.where(model.at >= datetime.combine(wanted.first, time(), UTC))
    if wanted.last is not None:
        query = query.where(model.at < datetime.combine(wanted.last + timedelta(days=1), time(), UTC))
    if wanted.record_id is not None:
        query = query.where(model.record_id == wanted.record_id)
    return query.order_by(model.seq.desc()).limit(LIMIT)


def _change(value: list[Any]) -> str | None:
    """A change [old, new] as "old → new"; an insert's or a delete's one value alone; None if empty."""
    old, new = ("" if part is None else part for part in value)
    if old == "" or new == "":
        return str(old or new) if (old or new) != "" else None
    return f"{old} → {new}"


def _details(text: str) -> str:
    """A JSON object as "key: value; ..." (a change's [old, new] as old → new, empty fields left out)."""
    try:
        values = json.loads(text)
    except ValueError:
        return text
    if not isinstance(values, dict):
        return text
    parts = []
    for key, value in values.items():
        shown = _change(value) if isinstance(value, list) and len(value) == 2 else value
        if shown is not None:
            parts.append(f"{key}: {shown}")
    return "; ".join(parts)


def log_rows(uow: UnitOfWork, wanted: LogFilter | None = None) -> list[LogRow]:
    """Entries of both logs that match, newest first (at most LIMIT of each)."""
    wanted = wanted or LogFilter()
    changes = uow.session.scalars(_narrowed(select(AuditEntry), AuditEntry, AuditEntry.table_name,
                                            wanted))
    rows = [LogRow(CHANGE, e.at, e.user, e.action, e.table_name, e.record_id, e.record_title,
                   _details(e.changes)) for e in changes]
    looks = uow.session.scalars(_narrowed(select(AccessEntry), AccessEntry, AccessEntry.kind, wanted))
    rows += [LogRow(ACCESS, e.at, e.user, e.action, e.kind, e.record_id, e.record_title,
                    _details(e.details)) for e in looks]
    rows.sort(key=lambda row: row.at, reverse=True)
    return rows


def export_log_rows(uow: UnitOfWork, wanted: LogFilter, path: Path) -> list[LogRow]:
    """The entries that match, to write to `path`: the export itself recorded in the access log."""
    rows = log_rows(uow, wanted)
    record_export(uow, f"Audit log, {len(rows)} entries", Marking.OFFICIAL_SENSITIVE.value, False,
                  path)
    return rows
