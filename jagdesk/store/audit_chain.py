"""The audit trail's hash chain: each entry carries sha256 over the hash of the entry before it and
its own content, so an entry changed, removed or put in afterwards no longer fits the chain.

The content is hashed in one text form on both engines (ids as 32 hex digits, times in UTC to the
microsecond, as SQLite stores them), so a store keeps its chain when copied between engines.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from hashlib import sha256
from typing import Any

from sqlalchemy import Connection, insert, text

# The hash before the first entry.
GENESIS = "0" * 64
# The columns an entry's hash covers, in the order they are hashed (seq first); and after them,
# only when it is not None, who checked the entry in from a laptop's take-out (CHECKED_IN).
CONTENT = ("seq", "id", "at", "user", "action", "table_name", "record_id", "record_title", "changes")
CHECKED_IN = "checked_in_by"
# The SQL that reads the chain in order, for check and the benchmark: CONTENT, the hash, CHECKED_IN.
READ_CHAIN = ('SELECT seq, id, at, "user", action, table_name, record_id, record_title, changes, '
              "entry_hash, checked_in_by FROM audit_entry ORDER BY seq")
# The access log's chain, read the same way (its kind and details where the trail has its table and
# changes): one hash for both, so one check.
READ_ACCESS_CHAIN = ('SELECT seq, id, at, "user", action, kind, record_id, record_title, details, '
                     "entry_hash, checked_in_by FROM access_entry ORDER BY seq")


@dataclass(frozen=True)
class Link:
    """The last entry of the chain: its place and hash (seq 0 and GENESIS before the first)."""

    seq: int = 0
    hash: str = GENESIS


@dataclass(frozen=True)
class Break:
    """The first entry that does not fit the chain, and why."""

    seq: int | None
    row: Sequence[Any]  # READ_CHAIN's columns
    reason: str
    name: str = "audit entry"  # what the chain holds: an audit entry, an access log entry

    def __str__(self) -> str:
        """The break as a sentence's clause naming the entry: place, what it recorded, who, when."""
        _seq, entry_id, at, user, action, table_name, _record, title = self.row[:8]
        place = f"{self.name} {self.seq}" if self.seq is not None else f"an {self.name}"
        return (f"{place} ({action} of {table_name} '{title}' by {user} at "
                f"{_at_text(at)[:16]} UTC, id {_id_text(entry_id)}) does not fit the chain: "
                f"{self.reason}")


def _id_text(value: Any) -> str:
    if type(value) is str and len(value) == 32:  # SQLite's own form, the common case
        return value
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "")


def _at_text(value: Any) -> str:
    if isinstance(value, datetime):
        when = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return when.strftime("%Y-%m-%d %H:%M:%S.%f")
    return str(value)


def entry_hash(previous: str, content: Sequence[Any], checked_in_by: str | None = None) -> str:
    """sha256 over the previous hash and an entry's content (the CONTENT columns, in order), and
    who checked it in when someone did.

    The content is one text, its fields joined by the unit separator: the free texts (user,
    title, changes) come last with the first two's lengths given before them, so that no two
    entries read the same whatever their texts hold. An entry checked in from a laptop has its
    checker's name after them, marked and with its length: the changes are JSON, which never
    holds a bare unit separator, so its end is unambiguous. An entry no one checked in hashes as
    it always did, so the chains written before check-ins existed keep their hashes.
    """
    seq, entry_id, at, user, action, table_name, record_id, title, changes = content
    fields = [previous, str(seq), _id_text(entry_id), _at_text(at), action, table_name,
              _id_text(record_id), str(len(user)), str(len(title)), user, title, changes]
    if checked_in_by is not None:
        fields += [CHECKED_IN, str(len(checked_in_by)), checked_in_by]
    return sha256("\x1f".join(fields).encode()).hexdigest()


def seal(values: dict[str, Any], head: Link, content: tuple[str, ...] = CONTENT) -> Link:
    """Give the entry `values` (a row's columns by name) the next place and hash after `head`;
    `content` names the columns hashed (the audit trail's, or the access log's), and who checked
    the entry in (CHECKED_IN) is hashed after them when `values` names someone."""
    values["seq"] = head.seq + 1
    values["entry_hash"] = entry_hash(head.hash, [values[name] for name in content],
                                      values.get(CHECKED_IN))
    return Link(values["seq"], values["entry_hash"])


def record_event(connection: Connection, user: str, action: str, title: str,
                 changes: dict[str, Any], table_name: str = "store",
                 record_id: uuid.UUID | None = None) -> None:
    """Add to the trail, chained, what was done to the store as a whole (a restore, encryption, a
    login added) or to a record outside the session's own bookkeeping (one destroyed at the end of
    its retention), in the transaction of `connection`."""
    entry = {"id": uuid.uuid4(), "at": datetime.now(UTC), "user": user, "action": action[:10],
             "table_name": table_name, "record_id": record_id or uuid.uuid4(), "record_title": title[:200],
             "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True)}
    from jagdesk.store.models import AuditEntry  # mapped when first written

    seal(entry, chain_head(connection))
    connection.execute(insert(AuditEntry), entry)


def chain_head(connection: Connection, log: str = "audit") -> Link:
    """The last entry of the chain of `log` (audit or access: its table is `log`_entry), read in the
    transaction that is about to add to it.

    On PostgreSQL a function of the store's owner reads it after taking a lock that lasts to the
    end of the transaction, so two savers never chain onto the same entry, and a role that may not
    read the trail can still add to it.
    """
    if connection.dialect.name == "postgresql":
        row = connection.execute(text(f"SELECT seq, entry_hash FROM jagdesk_{log}_head()")).first()
    else:
        row = connection.execute(text(
            f"SELECT seq, entry_hash FROM {log}_entry ORDER BY seq DESC LIMIT 1")).first()
    if row is None or row[0] is None:
        return Link()
    return Link(int(row[0]), str(row[1]))


def first_break(rows: Iterable[Sequence[Any]], name: str = "audit entry") -> Break | None:
    """The first of the entries (READ_CHAIN's columns, in order of seq; who checked it in may be
    left off for a store older than check-ins) that does not fit; `name` says what they are in
    the sentence."""
    head = Link()
    for row in rows:
        seq, found = row[0], row[9]
        if seq is None or found is None:
            return Break(None, row, "it has no place in the chain", name)
        if seq != head.seq + 1:
            missing = (f"entry {head.seq + 1} is missing" if seq == head.seq + 2
                       else f"entries {head.seq + 1} to {seq - 1} are missing")
            return Break(seq, row, f"{missing} before it", name)
        expected = entry_hash(head.hash, row[:9], row[10] if len(row) > 10 else None)
        if expected != found:
            return Break(seq, row, "it was changed after it was written", name)
        head = Link(seq, found)
    return None

