"""SQLite's own checks of a store file: every page, every table's indexes against its table, and
every reference. Plain SQLite only, without SQLAlchemy, so `jagdesk check` can start them in a
thread of their own while the rest of the program loads (SQLite runs with Python's lock released).

The police.uk crimes are the one table whose indexes are compared with it only in a full check:
a hundred thousand rows take SQLite a quarter of a second to compare against their four indexes,
twice what the rest of the check costs, and the rows are public data, re-creatable from their
files. The quick pass still reads every page of them and checks its structure.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

# Compared against its indexes only by a full check (see the module's docstring).
BULK_TABLE = "crime"

Row = tuple[Any, ...]


# Runs one SQL statement and returns its rows: on a DB-API connection, or through SQLAlchemy.
Run = Callable[[str], Sequence[Row]]


def _found(rows: Sequence[Row]) -> list[str]:
    return [str(row[0]) for row in rows if row[0] != "ok"]


def sqlite_problems(run: Run, *, full: bool) -> list[str]:
    """What SQLite finds wrong with the database `run` reaches, one sentence each; none when it
    is sound."""
    if full:
        problems = _found(run("PRAGMA integrity_check"))
    else:
        problems = _found(run("PRAGMA quick_check"))
        tables = [str(row[0]) for row in run(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            f"AND name NOT LIKE 'sqlite_%' AND name <> '{BULK_TABLE}' ORDER BY name")]
        for table in tables:
            problems.extend(_found(run(f'PRAGMA integrity_check("{table}")')))
    for table, rowid, parent, _fk in run("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid} refers to a missing {parent}")
    return list(dict.fromkeys(problems))


class FileCheck:
    """sqlite_problems() of a plain SQLite file, run in a thread from the moment it is made."""

    def __init__(self, path: Path, *, full: bool) -> None:
        self.path, self.full = path, full
        self._problems: list[str] = []
        self._thread = threading.Thread(target=self._run, name="file-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            connection = sqlite3.connect(self.path, check_same_thread=False)
            try:
                self._problems = sqlite_problems(
                    lambda sql: connection.execute(sql).fetchall(), full=self.full)
            finally:
                connection.close()
        except sqlite3.Error as exc:  # a damaged file can fail the check itself
            self._problems = [f"the store cannot be read: {exc}"]

    def problems(self) -> list[str]:
        """What the check found, once it has finished."""
        self._thread.join()
        return self._problems
