"""The laptop's audit trail and access log added to the server's: every entry the laptop wrote (its
trail started empty when the locality was taken out), with its laptop time and user, marked as
checked in by the user checking it in, chained on after the server's last entry in the check-in's
transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, insert, select

from jagdesk.store.access_log import ACCESS_CONTENT
from jagdesk.store.audit_chain import CHECKED_IN, CONTENT, Link, chain_head, seal
from jagdesk.store.models import AccessEntry, AuditEntry

BATCH = 2000  # entries inserted at a time

# Each log: its table, the columns its hash covers, and its name for chain_head.
LOGS: tuple[tuple[type[AuditEntry] | type[AccessEntry], tuple[str, ...], str], ...] = (
    (AuditEntry, CONTENT, "audit"),
    (AccessEntry, ACCESS_CONTENT, "access"),
)


def laptop_entries(laptop: Connection) -> int:
    """How many audit and access entries the laptop has written."""
    return sum(laptop.scalar(select(func.count()).select_from(model)) or 0 for model, _c, _n in LOGS)


def append_log(laptop: Connection, server: Connection, model: type[AuditEntry] | type[AccessEntry],
               content: tuple[str, ...], log: str, checked_in_by: str) -> Link:
    """Add the laptop's entries of one log to the server's, in order, each sealed on the one
    before; returns the server's new last entry."""
    table = model.__table__
    head = chain_head(server, log)
    batch: list[dict[str, Any]] = []
    for row in laptop.execute(select(table).order_by(table.c.seq)).mappings():
        values = dict(row)
        values[CHECKED_IN] = checked_in_by
        head = seal(values, head, content)
        batch.append(values)
        if len(batch) >= BATCH:
            server.execute(insert(model), batch)
            batch = []
    if batch:
        server.execute(insert(model), batch)
    return head


def append_trail(laptop: Connection, server: Connection, checked_in_by: str) -> Link:
    """Add the laptop's audit entries and access entries to the server's chains; returns the
    audit trail's new last entry (for the unit of work to chain its own entries on)."""
    audit_head = Link()
    for model, content, log in LOGS:
        head = append_log(laptop, server, model, content, log, checked_in_by)
        if log == "audit":
            audit_head = head
    return audit_head
