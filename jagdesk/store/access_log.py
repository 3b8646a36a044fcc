"""The access log's writer: one entry for each look at or copy out of the store, chained with the
audit trail's hash (store.audit_chain) in a chain of its own."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert

from jagdesk.store.audit_chain import Link, chain_head, entry_hash
from jagdesk.store.models import AccessEntry

NO_RECORD = uuid.UUID(int=0)  # the record of a search, or of an export of many records


def write_access(connection: Connection, user: str, action: str, kind: str, title: str,
                 record_id: uuid.UUID | None = None, details: dict[str, Any] | None = None) -> Link:
    """Add one entry to the access log in the transaction of `connection`; returns its link."""
    entry: dict[str, Any] = {
        "id": uuid.uuid4(), "at": datetime.now(UTC), "user": user, "action": action[:10],
        "kind": kind[:60], "record_id": record_id or NO_RECORD, "record_title": title[:200],
        "details": json.dumps(details or {}, ensure_ascii=False, sort_keys=True)}
    head = chain_head(connection, "access")
    entry["seq"] = head.seq + 1
    entry["entry_hash"] = entry_hash(head.hash, [entry[name] for name in (
        "seq", "id", "at", "user", "action", "kind", "record_id", "record_title", "details")])
    connection.execute(insert(AccessEntry), entry)
    return Link(entry["seq"], entry["entry_hash"])
