"""Which store to open: a SQLite file or a PostgreSQL server, from --db, JAGDESK_DB or the default."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jagdesk import paths
from jagdesk.errors import StoreError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

DB_ENV = "JAGDESK_DB"
PASSPHRASE_ENV = "JAGDESK_PASSPHRASE"


@dataclass(frozen=True)
class StoreLocation:
    """Where a store lives. A SQLite location has a file path; a server location has only a URL."""

    server_url: URL | None = None
    path: Path | None = None
    is_default: bool = False

    @property
    def url(self) -> URL:
        """The SQLAlchemy URL of the store (for a file, made when first asked: naming a file
        needs no SQLAlchemy, so the window can paint before it is imported)."""
        if self.server_url is not None:
            return self.server_url
        from sqlalchemy.engine import URL

        return URL.create("sqlite", database=str(self.path))

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def backend(self) -> str:
        return "SQLite" if self.is_sqlite else "PostgreSQL"

    def describe(self) -> str:
        """A human description without any password, for the status bar and messages."""
        if self.path is not None:
            return str(self.path)
        host = self.url.host or "localhost"
        port = f":{self.url.port}" if self.url.port else ""
        return f"{self.url.database} on {host}{port}"


def sqlite_location(path: Path, *, is_default: bool = False) -> StoreLocation:
    """A SQLite file store at `path` (made absolute, so messages name the real file)."""
    path = path.expanduser().absolute()
    return StoreLocation(None, path, is_default)


def resolve_location(db: str | None = None) -> StoreLocation:
    """The store named by `db`, else JAGDESK_DB, else the default file in the data folder.

    A value with '://' is any SQLAlchemy URL; anything else is the path of a SQLite file.
    """
    value = db or os.environ.get(DB_ENV) or ""
    if not value.strip():
        return sqlite_location(paths.default_db_path(), is_default=True)
    if "://" not in value:
        return sqlite_location(Path(value))
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(value)
    except ArgumentError:
        raise StoreError(f"'{value}' is not a database URL or a file path.") from None
    if url.get_backend_name() == "sqlite":
        if not url.database:
            raise StoreError("An in-memory SQLite database cannot hold a JAGDesk store; give a file.")
        return sqlite_location(Path(url.database))
    if url.get_backend_name() != "postgresql":
        raise StoreError(
            f"JAGDesk stores data in SQLite or PostgreSQL, not {url.get_backend_name()}."
        )
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return StoreLocation(url)


def passphrase_from_env() -> str | None:
    """The passphrase for an encrypted SQLite store given in JAGDESK_PASSPHRASE, if any."""
    return os.environ.get(PASSPHRASE_ENV) or None
