"""Each earlier revision's full store (tests.support.old_store) built once per session (per xdist
worker) on each engine, and copied for each test: running the migrations up to a revision and
filling every table takes most of a second, copying the result a few milliseconds.

A template is built on first use and closed: a SQLite file (copied with what SQLite keeps beside
it), or a database on the test server nobody is connected to (copied with CREATE DATABASE ...
TEMPLATE). A file's empty schema is a copy of the revision before's carried one migration on, so
each migration runs once, not once for every revision after it. Each test gets its own copy
of the rows written too, to compare as it likes.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from jagdesk.store import migrate
from jagdesk.store.location import StoreLocation, resolve_location, sqlite_location
from tests.support.old_store import Snapshot, carry_schema, fill_store
from tests.support.postgres import PostgresServer
from tests.support.stores import copy_store

# What the earlier_store fixture gives a test: put a copy of an earlier revision's full store at a
# location; its rows.
EarlierStore = Callable[[StoreLocation, str], Snapshot]


def _before(revision: str) -> str | None:
    """The revision before `revision`, if there is one."""
    index = migrate.REVISIONS.index(revision)
    return migrate.REVISIONS[index - 1] if index else None


class EarlierTemplates:
    """The full stores of earlier revisions, built once each: files in `folder` (with the empty
    schemas the next revision's files are made from), databases on the test server."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._files: dict[str, tuple[Path, Snapshot]] = {}
        self._databases: dict[str, tuple[str, Snapshot]] = {}

    def _empty_file(self, revision: str) -> Path:
        path = self.folder / f"empty-{revision}.db"
        if not path.exists():
            earlier = _before(revision)
            if earlier is not None:
                copy_store(self._empty_file(earlier), path)
            carry_schema(sqlite_location(path), revision)
        return path

    def _file(self, revision: str) -> tuple[Path, Snapshot]:
        if revision not in self._files:
            path = copy_store(self._empty_file(revision), self.folder / f"{revision}.db")
            self._files[revision] = path, fill_store(sqlite_location(path))
        return self._files[revision]

    def _database(self, server: PostgresServer, revision: str) -> tuple[str, Snapshot]:
        # Built whole each time: on the server, copying the revision before's schema (a checkpoint
        # per copy) takes as long as running its migrations again.
        if revision not in self._databases:
            location = resolve_location(server.url(name := server.new_database()))
            carry_schema(location, revision)
            self._databases[revision] = name, fill_store(location)
        return self._databases[revision]

    def copy_to(self, location: StoreLocation, revision: str,
                server: PostgresServer | None = None) -> Snapshot:
        """Put a copy of `revision`'s full store at `location` (a SQLite file not there yet, or a
        database on the test `server`, which the copy replaces); the rows it holds."""
        if location.path is not None:
            template, rows = self._file(revision)
            copy_store(template, location.path)
        else:
            assert server is not None and location.url.database is not None
            template, rows = self._database(server, revision)
            server.drop_database(location.url.database)
            server.create_database(location.url.database, template)
        return copy.deepcopy(rows)
