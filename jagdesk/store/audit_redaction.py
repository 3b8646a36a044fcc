"""Redacting the audit trail: what it recorded of records destroyed at the end of their retention
replaced by a marker, the fact of each change kept, and the chain re-sealed from the first entry
redacted, so that `check` still finds it whole and the redaction is itself recorded.

Only a deliberate destruction may do this; the trail is otherwise only ever added to. On
PostgreSQL the sealing trigger lets an UPDATE through only in a transaction that sets
`jagdesk.redaction`, and only the store's owner holds UPDATE on the trail at all.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, select, text, update

from jagdesk.errors import StoreError
from jagdesk.store.audit_chain import READ_CHAIN, Link, entry_hash, first_break
from jagdesk.store.models import AuditEntry

CHUNK = 500  # ids per IN (...) list


def _redacted_changes(changes: str, marker: str) -> str:
    """The fields that changed, each value that was there replaced by `marker`."""
    try:
        fields = json.loads(changes)
    except ValueError:
        return json.dumps({"": [marker, marker]})
    if not isinstance(fields, dict):
        return json.dumps({"": [marker, marker]})
    return json.dumps({name: [None if old is None else marker, None if new is None else marker]
                       for name, (old, new) in ((name, _pair(value)) for name, value in fields.items())},
                      ensure_ascii=False, sort_keys=True)


def _pair(value: Any) -> tuple[Any, Any]:
    return (value[0], value[1]) if isinstance(value, list) and len(value) == 2 else (value, value)


def redact_records(connection: Connection, record_ids: Sequence[uuid.UUID], marker: str) -> int:
    """Replace the titles and values of every entry about `record_ids` by `marker` and re-seal the
    chain from the first of them, in the caller's transaction. Refused, with nothing changed, when
    the chain does not fit before: re-sealing must never cover up a tampered entry. Returns the
    number of entries redacted."""
    found: list[tuple[int, str]] = []
    for start in range(0, len(record_ids), CHUNK):
        found += [(int(seq), str(changes)) for seq, changes in connection.execute(
            select(AuditEntry.seq, AuditEntry.changes).where(
                AuditEntry.record_id.in_(record_ids[start:start + CHUNK])))]
    if not found:
        return 0
    broken = first_break(connection.execute(text(READ_CHAIN)))
    if broken is not None:
        raise StoreError(f"The audit trail does not fit its chain ({broken}); run 'jagdesk check'. "
                         "Nothing was destroyed.")
    if connection.dialect.name == "postgresql":
        connection.execute(text("SET LOCAL jagdesk.redaction = 'on'"))
    connection.execute(
        update(AuditEntry).where(AuditEntry.seq == bindparam("at_seq")).values(
            record_title=bindparam("title"), changes=bindparam("redacted")),
        [{"at_seq": seq, "title": marker, "redacted": _redacted_changes(changes, marker)}
         for seq, changes in found])
    _reseal_from(connection, min(seq for seq, _changes in found))
    if connection.dialect.name == "postgresql":
        connection.execute(text("SET LOCAL jagdesk.redaction = 'off'"))
    return len(found)


def _reseal_from(connection: Connection, first: int) -> None:
    """Hash again every entry from place `first` on, each on the one before."""
    before = connection.execute(select(AuditEntry.entry_hash).where(AuditEntry.seq == first - 1)).scalar()
    head = Link(first - 1, str(before)) if before is not None else Link()
    resealed = []
    from_first = READ_CHAIN.replace("ORDER BY seq", "WHERE seq >= :first ORDER BY seq")
    for row in connection.execute(text(from_first), {"first": first}):
        digest = entry_hash(head.hash, row[:9])
        if digest != row[9]:
            resealed.append({"at_seq": row[0], "digest": digest})
        head = Link(int(row[0]), digest)
    if resealed:
        connection.execute(update(AuditEntry).where(AuditEntry.seq == bindparam("at_seq")).values(
            entry_hash=bindparam("digest")), resealed)
