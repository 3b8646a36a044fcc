"""A PostgreSQL store copied into a SQLite file at the same schema revision: the server's backup.

The copy is made from what the server holds, whatever its revision, so it serves before an
upgrade (the schema is older than this version's models) as well as before a restore. The SQLite
file is built by the same migrations up to that revision and is an ordinary JAGDesk store:
`jagdesk restore` can put it back on the server.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Column, Connection, MetaData, Table, insert, select

from jagdesk.store import migrate
from jagdesk.store.engine import sqlite_engine
from jagdesk.store.location import sqlite_location

BATCH = 2000


def copy_server_to_sqlite(server: Connection, revision: str | None, dest: Path,
                          passphrase: str | None = None) -> dict[str, int]:
    """Copy every table the server store holds into the new SQLite file `dest`; rows per table.

    Reads through `server` inside whatever transaction it is in, so the copy is of one moment.
    Only JAGDesk's own tables are copied: a server database may hold others (PostGIS's, a
    database administrator's), which are not the store's to keep.
    """
    engine = sqlite_engine(sqlite_location(dest), passphrase)
    copied: dict[str, int] = {}
    try:
        with engine.connect() as target:
            # The source's references already hold; checking them row by row would only slow the
            # copy and trip over a table that refers to itself.
            target.exec_driver_sql("PRAGMA foreign_keys = OFF")
            target.commit()
            with target.begin():
                if revision is not None:
                    migrate.upgrade_to(target, revision)
                ours = [name for name in migrate.table_names(target) if name != "alembic_version"]
                tables = MetaData()
                tables.reflect(server, only=ours)
                for table in tables.sorted_tables:
                    copied[table.name] = _copy_table(server, target, table)
    finally:
        engine.dispose()
    return copied


def _copy_table(server: Connection, target: Connection, table: Table) -> int:
    # The server's own types (UUID, TIMESTAMP) bound as their generic kinds, which SQLite stores
    # exactly as the models do (32 hex digits, ISO text).
    generic = Table(table.name, MetaData(),
                    *(Column(column.name, column.type.as_generic()) for column in table.columns))
    done = 0
    # Streamed per statement: execution_options() on the connection would stream its DDL too.
    result = server.execute(select(table), execution_options={"stream_results": True})
    for batch in result.mappings().partitions(BATCH):
        target.execute(insert(generic), [dict(row) for row in batch])
        done += len(batch)
    return done
