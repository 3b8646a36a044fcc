"""Engines for the two backends: SQLite (plain or SQLCipher-encrypted) and PostgreSQL."""

from __future__ import annotations

import sqlite3
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

# Re-exported: tests and older callers name it here.
from jagdesk.store.file_header import SQLITE_HEADER as SQLITE_HEADER
from jagdesk.store.location import StoreLocation

BUSY_TIMEOUT_MS = 5000
# What the two SQLite drivers raise, used directly (backups, checks before opening).
SQLITE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)


def _quote_sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def driver_reason(exc: SQLAlchemyError) -> str:
    """The database's own reason for a failure, as one line without a closing full stop.

    PostgreSQL adds DETAIL and HINT lines; a message for the user is one sentence.
    """
    orig = getattr(exc, "orig", None)
    lines = str(orig if orig is not None else exc).strip().splitlines()
    return (lines[0] if lines else "no reason given").rstrip(". ")


def raw_sqlite_connect(path: str, passphrase: str | None, *, cipher: bool = False) -> Any:
    """A DB-API connection to the file, keyed first when a passphrase is given.

    Encrypted files go through SQLCipher; plain files through the standard library's sqlite3, or
    SQLCipher too with `cipher` (for its export to a file with another key, or none).
    """
    module: Any = sqlite3 if passphrase is None and not cipher else sqlcipher
    conn = module.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    if passphrase is not None:
        # A wrong key is reported to the user once, as a sentence; SQLCipher's own log stays quiet.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # The key must come before any statement that reads the database.
        conn.execute(f"PRAGMA key = {_quote_sql_string(passphrase)}")
    return conn


def sqlite_engine(location: StoreLocation, passphrase: str | None) -> Engine:
    """An engine on a SQLite file: WAL, foreign keys on, busy timeout, full sync on commit."""
    assert location.path is not None
    path = str(location.path)
    module = sqlite3 if passphrase is None else sqlcipher
    engine = create_engine(
        "sqlite+pysqlite://",
        module=module,
        creator=lambda: raw_sqlite_connect(path, passphrase),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on disk before it returns, so a power cut loses no saved work.
        cur.execute("PRAGMA synchronous = FULL")
        # 64 MiB of page cache (SQLite's default is 2 MiB): the crime table's indexes take random
        # inserts, and with a small cache a big import spends its time re-reading index pages.
        cur.execute("PRAGMA cache_size = -65536")
        cur.close()

    return engine


def server_engine(location: StoreLocation) -> Engine:
    """An engine on a PostgreSQL server; a down server fails within seconds, not minutes."""
    return create_engine(
        location.url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 5},
    )
