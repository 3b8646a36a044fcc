"""Each earlier revision's full store (tests.support.old_store) built once per session (per xdist
worker) on each engine, and copied for each test: running the migrations up to a revision and
filling every table takes most of a second, copying the result a few milliseconds.

A template is built on first use and closed: a SQLite file (copied with what SQLite keeps beside
it), or a database on the test server nobody is connected to (copied with CREATE DATABASE ...
TEMPLATE). Each test gets its own copy of the rows written too, to compare as it likes.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from jagdesk.store.location import StoreLocation, resolve_location, sqlite_location
from tests.support.old_store import Snapshot, old_store
from tests.support.postgres import PostgresServer
from tests.support.stores import copy_store

# What the earlier_store fixture gives a test: put a copy of an earlier revision's full store at a
# location; its rows.
EarlierStore = Callable[[StoreLocation, str], Snapshot]


class EarlierTemplates:
    """The full stores of earlier revisions, built once each: files in `folder`, databases on the
    test server."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._files: dict[str, tuple[Path, Snapshot]] = {}
        self._databases: dict[str, tuple[str, Snapshot]] = {}

    def _file(self, revision: str) -> tuple[Path, Snapshot]:
        if revision not in self._files:
            path = self.folder / f"{revision}.db"
            self._files[revision] = path, old_store(sqlite_location(path), revision)
        return self._files[revision]

    def _database(self, server: PostgresServer, revision: str) -> tuple[str, Snapshot]:
        if revision not in self._databases:
            name = server.new_database()
            self._databases[revision] = name, old_store(resolve_location(server.url(name)), revision)
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
