"""Verifying the audit trail's hash chain (part of `jagdesk check`)."""

from __future__ import annotations

from sqlalchemy import Connection

from jagdesk.store.audit_chain import READ_ACCESS_CHAIN, READ_CHAIN, first_break

BATCH = 20000  # entries fetched at a time


def chain_break(connection: Connection, read: str = READ_CHAIN, name: str = "audit entry") -> str | None:
    """The first entry (of the audit trail, or of the log `read` reads) that does not fit its
    chain, as a clause naming it; None if all fit.

    The entries are read in order of their place in a stream, so a long trail is checked in
    little memory.
    """
    if connection.dialect.name == "sqlite":
        # The driver's own cursor: SQLite hands back the stored texts, which are what is hashed.
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(read)
            broken = first_break((row for batch in iter(lambda: cursor.fetchmany(BATCH), [])
                                  for row in batch), name)
        finally:
            cursor.close()
    else:
        result = connection.execution_options(stream_results=True, yield_per=BATCH) \
            .exec_driver_sql(read)
        broken = first_break((row for batch in result.partitions(BATCH) for row in batch), name)
        result.close()
    return None if broken is None else str(broken)


def access_chain_break(connection: Connection) -> str | None:
    """The first access log entry that does not fit its chain, as a clause; None if all fit."""
    return chain_break(connection, READ_ACCESS_CHAIN, "access log entry")
