"""Copying every record from one store to another (SQLite to PostgreSQL, or back), verified."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Column, Connection, Table, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError

from jagdesk.errors import StoreError
from jagdesk.store.audit_chain import chain_head, seal
from jagdesk.store.base import every_table
from jagdesk.store.engine import driver_reason
from jagdesk.store.location import StoreLocation
from jagdesk.store.opening import Store

BATCH = 2000
# Told (table name, rows copied so far) as the copy goes on.
Progress = Callable[[str, int], None]
# Run on the target's connection inside the copy's transaction, after the copy is verified.
Finish = Callable[[Connection], None]
# The audit trail is never deleted: a restore adds the backup's entries to those already there.
AUDIT_TABLE = "audit_entry"


def _tables() -> list[Table]:
    # Parents before children, so that foreign keys hold at every insert.
    return list(every_table())


def target_passphrase(source: Store, target: StoreLocation, given: str | None,
                      decrypt: bool) -> str | None:
    """The passphrase the target of a transfer is encrypted with, or None for a plain target.

    A copy never leaves the data less protected than it was: the target of an encrypted store is
    encrypted too (with `given`, else the source's own passphrase), unless the user asks for a
    plain copy with `decrypt`. A PostgreSQL target cannot be encrypted by JAGDesk.
    """
    if decrypt and given:
        raise StoreError("Give either a passphrase for the target or --decrypt, not both.")
    if not target.is_sqlite:
        if given:
            raise StoreError("A PostgreSQL store cannot be encrypted by JAGDesk; "
                             "its server protects it.")
        if source.encrypted and not decrypt:
            raise StoreError(
                f"{source.location.describe()} is encrypted and {target.describe()} would hold "
                "its records unencrypted; add --decrypt to copy them there all the same."
            )
        return None
    if decrypt:
        return None
    return given or source.passphrase


def _count(connection: Connection, table: Table) -> int:
    return connection.scalar(select(func.count()).select_from(table)) or 0


def table_counts(store: Store) -> dict[str, int]:
    """Rows in each table of the store."""
    with store.engine.connect() as connection:
        return {table.name: _count(connection, table) for table in _tables()}


def transfer(source: Store, target: Store, *, replace: bool = False,
             progress: Progress | None = None, start: Finish | None = None,
             finish: Finish | None = None) -> dict[str, int]:
    """Copy every row of `source` into `target` in one transaction and verify the counts.

    The target must be empty unless `replace` is set (restore), when its records are deleted
    first; its audit trail is kept, and the source's entries are added to it. `start` runs first
    and `finish` last, in the same transaction on the target. Returns the rows copied per table.
    """
    source.require_current()
    target.require_current()
    copied: dict[str, int] = {}
    with source.engine.connect() as src, target.engine.begin() as dst:
        if start is not None:
            start(dst)
        kept: set[object] = set()
        if replace:
            for table in reversed(_tables()):
                if table.name == AUDIT_TABLE:
                    kept = set(dst.scalars(select(table.c.id)))
                else:
                    # A person merged into another refers to it with RESTRICT, which is checked row by
                    # row: cleared first, or deleting every row in one statement may be refused.
                    for column in _self_references(table):
                        dst.execute(update(table).values({column.name: None}))
                    dst.execute(delete(table))
        elif any(_count(dst, table) for table in _tables()):
            raise StoreError(
                f"{target.location.describe()} already holds records; "
                "transfer copies into an empty store only."
            )
        for table in _tables():
            skip = kept if table.name == AUDIT_TABLE else set()
            copied[table.name] = _copy_table(src, dst, table, progress, skip)
        for table in _tables():
            expected, found = _count(src, table), _count(dst, table)
            if table.name == AUDIT_TABLE and kept:
                expected = len(kept | set(src.scalars(select(table.c.id))))
            if expected != found:
                # Raising inside begin() rolls the whole copy back.
                raise StoreError(
                    f"The copy of {table.name} has {found} rows instead of {expected}; "
                    "nothing was transferred."
                )
        if finish is not None:
            finish(dst)
    return copied


def _insert(dst: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert the rows; a refusal names the record and field it is about, not the driver's SQL."""
    try:
        dst.execute(insert(table), rows)
    except DBAPIError as exc:
        for row in rows:
            for name, value in row.items():
                if isinstance(value, str) and "\x00" in value:
                    raise StoreError(
                        f"The {table.name} record {row.get('id')} holds a NUL character in its "
                        f"{name}, which {dst.dialect.name} cannot store; nothing was transferred. "
                        "Correct that record and transfer again."
                    ) from None
        raise StoreError(
            f"The copy of {table.name} was refused: {driver_reason(exc)}; nothing was transferred."
        ) from None


def _self_references(table: Table) -> list[Column[Any]]:
    """The columns by which a table's rows refer to its other rows (a person merged into another)."""
    return [fk.parent for fk in table.foreign_keys if fk.column.table is table]


def _copy_table(src: Connection, dst: Connection, table: Table,
                progress: Progress | None, skip: set[object]) -> int:
    """Copy the rows of `table`, but those whose id is in `skip` (already there); rows read."""
    done = 0
    query = select(table)
    # A table that refers to itself (a person merged into another) copies the rows referred to first;
    # merges always point at the surviving record, so one level of order is enough.
    self_references = _self_references(table)
    if self_references:
        query = query.order_by(*(column.is_not(None) for column in self_references))
    # Entries added to a trail already there (a restore) are chained on after its last entry.
    head = chain_head(dst) if table.name == AUDIT_TABLE and skip else None
    if head is not None:
        query = query.order_by(table.c.seq)
    result = src.execution_options(stream_results=True).execute(query)
    for batch in result.mappings().partitions(BATCH):
        rows = [dict(row) for row in batch if row["id"] not in skip] if skip else \
            [dict(row) for row in batch]
        if head is not None:
            for row in rows:
                head = seal(row, head)
        if rows:
            _insert(dst, table, rows)
        done += len(batch)
        if progress is not None:
            progress(table.name, done)
    return done
