"""Stores made by earlier releases: the schema of an earlier revision, every table filled.

Built from the shipped migrations themselves, so that a new revision is covered by the tests
without anyone writing a fixture for it. Each table gets two rows whose every column holds a
value (children point at their parents), and the values can be read back for comparison.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Engine,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Time,
    Uuid,
    insert,
    inspect,
    select,
)

from jagdesk.store import migrate
from jagdesk.store.access_log import ACCESS_CONTENT
from jagdesk.store.audit_chain import CONTENT, Link, seal
from jagdesk.store.base import Base, UTCDateTime
from jagdesk.store.engine import server_engine, sqlite_engine
from jagdesk.store.location import StoreLocation

# Every revision before this release's.
EARLIER = migrate.REVISIONS[:-1]
ROWS_PER_TABLE = 2
# Rows as they were: table -> primary key -> column -> value.
Snapshot = dict[str, dict[tuple[Any, ...], dict[str, Any]]]


def build_schema(engine: Engine, revision: str) -> None:
    """Create the schema of `revision` in the empty store behind `engine`."""
    with engine.begin() as connection:
        migrate.upgrade_to(connection, revision)


def _typed(reflected: Table) -> Table:
    """The table as this version's models type its columns (UUIDs, UTC times), for columns that
    still exist; a column the models no longer have keeps its reflected type."""
    model = Base.metadata.tables.get(reflected.name)
    columns = []
    for column in reflected.columns:
        kind = model.c[column.name].type if model is not None and column.name in model.c \
            else column.type.as_generic()
        columns.append(Column(column.name, kind, primary_key=column.primary_key))
    return Table(reflected.name, MetaData(), *columns)


def _value(table: str, column: Column[Any], row: int) -> Any:
    kind = column.type
    if isinstance(kind, Uuid):
        return uuid.uuid5(uuid.NAMESPACE_URL, f"jagdesk:{table}.{column.name}:{row}")
    if isinstance(kind, UTCDateTime):
        return datetime(2021, 3, row + 1, 12, 30, 15, 250000, tzinfo=UTC)
    if isinstance(kind, DateTime):
        return datetime(2021, 3, row + 1, 12, 30, 15, 250000)
    if isinstance(kind, Date):
        return date(2021, 3, row + 1)
    if isinstance(kind, Time):
        return time(9, 30 + row)
    if isinstance(kind, Boolean):
        return row % 2 == 0
    if isinstance(kind, Integer):
        return 7 + row
    if isinstance(kind, Float):
        return 51.6543 + row
    if isinstance(kind, String):  # Text is a String too
        text = f"{row}:{table}.{column.name} Łódź – 'quoted' & <b>"
        return text[: kind.length] if kind.length else text
    raise AssertionError(f"no test value for {table}.{column.name} of type {kind!r}")


# The hash-chained logs and the columns their hash covers, in order (store.audit_chain).
CHAINED = {"audit_entry": CONTENT, "access_entry": ACCESS_CONTENT}


def _sealed(table: str, rows: list[dict[str, Any]]) -> None:
    """A chained log's rows given their places and hashes, as the app writes them: the store is
    whole before it is upgraded, so its check after the upgrade must pass."""
    if table not in CHAINED or "entry_hash" not in rows[0]:
        return
    head = Link()
    for values in rows:
        head = seal(values, head, CHAINED[table])


def fill_every_table(connection: Connection) -> Snapshot:
    """Put ROWS_PER_TABLE rows into every table of the store; return them as written."""
    reflected = MetaData()
    reflected.reflect(connection)
    written: Snapshot = {}
    ids: dict[tuple[str, str], list[Any]] = {}
    for table in reflected.sorted_tables:
        if table.name == "alembic_version":
            continue
        typed = _typed(table)
        rows = []
        for row in range(ROWS_PER_TABLE):
            values = {column.name: _value(table.name, column, row) for column in typed.columns}
            for fk in table.foreign_keys:
                parent = (fk.column.table.name, fk.column.name)
                if fk.column.table is table:  # refers to itself: the second row to the first
                    values[fk.parent.name] = None if row == 0 else rows[0][fk.column.name]
                else:
                    values[fk.parent.name] = ids[parent][row]
            rows.append(values)
        _sealed(table.name, rows)
        connection.execute(insert(typed), rows)
        for column in typed.columns:
            ids[(table.name, column.name)] = [values[column.name] for values in rows]
        key = [column.name for column in typed.primary_key.columns]
        written[table.name] = {tuple(values[name] for name in key): values for values in rows}
    return written


def read_back(connection: Connection, snapshot: Snapshot) -> Snapshot:
    """The rows of the tables in `snapshot`, as the store holds them now, typed as the models type
    them, for the columns the snapshot has (columns added since are not compared)."""
    stored = _columns_and_keys(connection, list(snapshot))
    found: Snapshot = {}
    for name, rows in snapshot.items():
        if name not in stored:
            found[name] = {}
            continue
        typed = _typed(stored[name])
        wanted = next(iter(rows.values())).keys()
        present = [typed.c[column] for column in wanted if column in typed.c]
        key = [column.name for column in typed.primary_key.columns]
        found[name] = {}
        for row in connection.execute(select(*present)).mappings():
            found[name][tuple(row[column] for column in key)] = dict(row)
    return found


def _columns_and_keys(connection: Connection, names: list[str]) -> dict[str, Table]:
    """Those of the tables `names` the store has, as it holds them: their columns and primary keys,
    all that reading rows back needs (reflecting foreign keys, indexes and constraints as well
    takes most of the time of a read back)."""
    inspector = inspect(connection)
    wanted = [name for name in names if name in set(inspector.get_table_names())]
    columns = inspector.get_multi_columns(filter_names=wanted)
    keys = inspector.get_multi_pk_constraint(filter_names=wanted)
    tables = {}
    for (schema, name), described in columns.items():
        key = set(keys[(schema, name)]["constrained_columns"])
        tables[name] = Table(name, MetaData(), *(
            Column(column["name"], column["type"], primary_key=column["name"] in key)
            for column in described))
    return tables


def _engine(location: StoreLocation) -> Engine:
    return sqlite_engine(location, None) if location.is_sqlite else server_engine(location)


def carry_schema(location: StoreLocation, revision: str) -> None:
    """Bring the schema of the store at `location` (new and empty, or empty at an earlier revision)
    to `revision`, as the shipped migrations do."""
    engine = _engine(location)
    try:
        build_schema(engine, revision)
    finally:
        engine.dispose()


def fill_store(location: StoreLocation) -> Snapshot:
    """Fill every table of the empty store at `location` (see fill_every_table); its rows."""
    engine = _engine(location)
    try:
        with engine.begin() as connection:
            return fill_every_table(connection)
    finally:
        engine.dispose()
