"""The crime table's secondary indexes, set aside for a large import and built again at its end.

Inserting a million rows into four indexes costs several times the rows themselves (each index
takes its keys in random order); building an index once from the finished table is a sort. Both
the drop and the build happen inside the import's own transaction, so a cancelled, failed or
killed import leaves the store with its indexes as they were.
"""

from __future__ import annotations

import os

from sqlalchemy import Connection

# A police.uk street row takes about 230 bytes: a file's size over this is a fair guess of its rows.
BYTES_PER_ROW = 200
# Set aside when the import adds at least this share of the rows already there: below it, the
# rebuild (a sort of the whole table) would cost more than keeping the indexes up to date.
SHARE = 0.5
# Kept up to date during the import rather than built again: it holds only crimes in the
# partnership's wards (a tenth of a force's file), each month's in a few places of the index, so
# keeping it costs nothing measurable and building it would cost a pass over the whole table.
KEPT = {"ix_crime_ward_month"}
# The page cache while the indexes are built, in KiB as PRAGMA cache_size takes it (negative).
SORT_CACHE_KIB = -2000


class CrimeIndexes:
    """Sets the crime table's secondary indexes aside once, and builds them again on restore()."""

    def __init__(self, incoming_bytes: int) -> None:
        self.incoming_rows = incoming_bytes // BYTES_PER_ROW
        self._decided = False
        self._connection: Connection | None = None
        self._saved: list[tuple[str, str]] = []

    def set_aside(self, connection: Connection) -> None:
        """Drop the indexes if the import is large against the table; once per import.

        Only on SQLite (on a server, a dropped index would lock every other reader out of the
        table until the import commits), and only inside an open transaction: outside one the
        driver would run the drop on its own, committed at once.
        """
        if self._decided:
            return
        self._decided = True
        raw = connection.connection.dbapi_connection
        if connection.dialect.name != "sqlite" or not getattr(raw, "in_transaction", False):
            return
        present = connection.exec_driver_sql("SELECT max(id) FROM crime").scalar() or 0
        if self.incoming_rows < present * SHARE:
            return
        self._saved = [(name, sql) for name, sql in connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'crime' "
            "AND sql IS NOT NULL ORDER BY name") if name not in KEPT]
        for name, _sql in self._saved:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
        self._connection = connection

    def restore(self) -> None:
        """Build again every index set aside (before anything reads them, and before the commit)."""
        saved, self._saved = self._saved, []
        connection, self._connection = self._connection, None
        # After a rollback the drop is undone already: there is nothing to build.
        if connection is None or connection.closed or not getattr(
                connection.connection.dbapi_connection, "in_transaction", False):
            return
        # SQLite sorts an index's keys in runs the size of the page cache, with helper threads
        # only when asked. Runs of SQLite's default 2 MB, sorted on every core, build the four
        # indexes of a million rows in two thirds of the time one 64 MB run takes on one.
        saved_pragmas = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                         for name in ("threads", "cache_size")}
        connection.exec_driver_sql(f"PRAGMA threads = {min(4, os.cpu_count() or 1)}")
        connection.exec_driver_sql(f"PRAGMA cache_size = {SORT_CACHE_KIB}")
        try:
            for _name, sql in saved:
                connection.exec_driver_sql(sql)
        finally:
            for name, value in saved_pragmas.items():
                connection.exec_driver_sql(f"PRAGMA {name} = {int(value or 0)}")
