"""Redacting the audit trail: what it recorded of records destroyed at the end of their retention
replaced by a marker, the fact of each change kept, and the chain re-sealed from the first entry
redacted, so that `check` still finds it whole and the redaction is itself recorded. An erased
person's names are replaced the same way inside the entries about other records (a case's text
that named them).

Only a deliberate destruction may do this; the trail is otherwise only ever added to. On
PostgreSQL the sealing trigger lets an UPDATE through only in a transaction that sets
`jagdesk.redaction`, and only the store's owner holds UPDATE on the trail at all.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, func, or_, select, text, update

from jagdesk.domain.governance import name_pattern, replace_names
from jagdesk.errors import StoreError
from jagdesk.store.audit_chain import READ_CHAIN, Link, entry_hash, first_break
from jagdesk.store.models import AuditEntry

CHUNK = 500  # ids per IN (...) list


def _redacted_changes(changes: str, marker: str, only: Collection[str] | None = None) -> str:
    """The fields that changed, each value that was there replaced by `marker` (of the fields
    `only` names, when it names some)."""
    try:
        fields = json.loads(changes)
    except ValueError:
        return json.dumps({"": [marker, marker]})
    if not isinstance(fields, dict):
        return json.dumps({"": [marker, marker]})
    return json.dumps({name: [None if old is None else marker, None if new is None else marker]
                       if only is None or name in only else [old, new]
                       for name, (old, new) in ((name, _pair(value)) for name, value in fields.items())},
                      ensure_ascii=False, sort_keys=True)


def _pair(value: Any) -> tuple[Any, Any]:
    return (value[0], value[1]) if isinstance(value, list) and len(value) == 2 else (value, value)


def redact_records(connection: Connection, record_ids: Sequence[uuid.UUID], marker: str,
                   fields: Collection[str] | None = None) -> int:
    """Replace the titles and values of every entry about `record_ids` by `marker` (only the values
    of `fields`, the titles kept, when `fields` is given: an anonymised record's personal ones)
    and re-seal the chain from the first of them, in the caller's transaction. Refused, with
    nothing changed, when the chain does not fit before: re-sealing must never cover up a
    tampered entry. Returns the number of entries redacted."""
    found: list[tuple[int, str, str]] = []
    for start in range(0, len(record_ids), CHUNK):
        found += [(int(seq), str(title), str(changes)) for seq, title, changes in connection.execute(
            select(AuditEntry.seq, AuditEntry.record_title, AuditEntry.changes).where(
                AuditEntry.record_id.in_(record_ids[start:start + CHUNK])))]
    _rewrite(connection, [{"at_seq": seq, "title": marker if fields is None else title,
                           "redacted": _redacted_changes(changes, marker, fields)}
                          for seq, title, changes in found])
    return len(found)


def redact_names(connection: Connection, names: Sequence[str], marker: str) -> int:
    """Replace each of `names` (whole words, any case) by `marker` inside the titles and values of
    every entry that holds one, and re-seal the chain from the first of them, in the caller's
    transaction; refused like `redact_records` on a broken chain. Returns the entries changed."""
    pattern = name_pattern(names)
    if pattern is None:
        return 0
    # A first cut in SQL (any entry containing a name), the exact whole-word match in Python.
    contains = [column_text.contains(name.strip().lower(), autoescape=True)
                for name in names if len(name.strip()) >= 2
                for column_text in (func.lower(AuditEntry.record_title), func.lower(AuditEntry.changes))]
    rewritten = []
    for seq, title, changes in connection.execute(
            select(AuditEntry.seq, AuditEntry.record_title, AuditEntry.changes).where(or_(*contains))):
        new_title, new_changes = replace_names(str(title), pattern, marker), _names_in(str(changes),
                                                                                       pattern, marker)
        if (new_title, new_changes) != (title, changes):
            rewritten.append({"at_seq": int(seq), "title": new_title, "redacted": new_changes})
    _rewrite(connection, rewritten)
    return len(rewritten)


def _names_in(changes: str, pattern: re.Pattern[str], marker: str) -> str:
    """The changes with each name inside their values replaced (the JSON stays JSON)."""
    try:
        fields = json.loads(changes)
    except ValueError:
        return replace_names(changes, pattern, marker)

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return replace_names(value, pattern, marker)
        if isinstance(value, list):
            return [walk(item) for item in value]
        if isinstance(value, dict):
            return {key: walk(item) for key, item in value.items()}
        return value

    return json.dumps(walk(fields), ensure_ascii=False, sort_keys=True)


def _rewrite(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Write the new titles and changes of `rows` and re-seal the chain from the first of them;
    nothing at all when the chain does not fit before: re-sealing must never cover up a tampered
    entry."""
    if not rows:
        return
    broken = first_break(connection.execute(text(READ_CHAIN)))
    if broken is not None:
        raise StoreError(f"The audit trail does not fit its chain ({broken}); run 'jagdesk check'. "
                         "Nothing was destroyed.")
    if connection.dialect.name == "postgresql":
        connection.execute(text("SET LOCAL jagdesk.redaction = 'on'"))
    connection.execute(
        update(AuditEntry).where(AuditEntry.seq == bindparam("at_seq")).values(
            record_title=bindparam("title"), changes=bindparam("redacted")), rows)
    _reseal_from(connection, min(row["at_seq"] for row in rows))
    if connection.dialect.name == "postgresql":
        connection.execute(text("SET LOCAL jagdesk.redaction = 'off'"))


def _reseal_from(connection: Connection, first: int) -> None:
    """Hash again every entry from place `first` on, each on the one before."""
    before = connection.execute(select(AuditEntry.entry_hash).where(AuditEntry.seq == first - 1)).scalar()
    head = Link(first - 1, str(before)) if before is not None else Link()
    resealed = []
    from_first = READ_CHAIN.replace("ORDER BY seq", "WHERE seq >= :first ORDER BY seq")
    for row in connection.execute(text(from_first), {"first": first}):
        digest = entry_hash(head.hash, row[:9], row[10])
        if digest != row[9]:
            resealed.append({"at_seq": row[0], "digest": digest})
        head = Link(int(row[0]), digest)
    if resealed:
        connection.execute(update(AuditEntry).where(AuditEntry.seq == bindparam("at_seq")).values(
            entry_hash=bindparam("digest")), resealed)
