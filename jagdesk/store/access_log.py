"""The access log's writer: one entry for each look at or copy out of the store, chained with the
audit trail's hash (store.audit_chain) in a chain of its own."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert

from jagdesk.store.audit_chain import Link, chain_head, seal
from jagdesk.store.models import AccessEntry

NO_RECORD = uuid.UUID(int=0)  # the record of a search, or of an export of many records
# The columns an entry's hash covers, in order: the audit trail's, with kind and details in place
# of table name and changes.
ACCESS_CONTENT = ("seq", "id", "at", "user", "action", "kind", "record_id", "record_title", "details")


def write_access(connection: Connection, user: str, action: str, kind: str, title: str,
                 record_id: uuid.UUID | None = None, details: dict[str, Any] | None = None) -> Link:
    """Add one entry to the access log in the transaction of `connection`; returns its link."""
    entry: dict[str, Any] = {
        "id": uuid.uuid4(), "at": datetime.now(UTC), "user": user, "action": action[:10],
        "kind": kind[:60], "record_id": record_id or NO_RECORD, "record_title": title[:200],
        "details": json.dumps(details or {}, ensure_ascii=False, sort_keys=True)}
    link = seal(entry, chain_head(connection, "access"), ACCESS_CONTENT)
    connection.execute(insert(AccessEntry), entry)
    return link
