"""Checks made before a SQLite file is touched, so that bad input leaves it byte-for-byte as it was."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from jagdesk.errors import StoreError, WrongPassphraseError
from jagdesk.store import migrate
from jagdesk.store.engine import SQLITE_ERRORS, raw_sqlite_connect
from jagdesk.store.file_header import SQLITE_HEADER, read_header


@dataclass(frozen=True)
class FileState:
    """What a SQLite store file holds, read without writing to it."""

    exists: bool
    encrypted: bool
    revision: str | None
    has_tables: bool


def check_folder(path: Path) -> None:
    """Refuse a store whose folder is missing or cannot be written (SQLite writes beside the file)."""
    folder = path.parent
    if not folder.is_dir():
        raise StoreError(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(f"JAGDesk cannot write to the folder {folder}.")
    if path.exists() and not path.is_file():
        raise StoreError(f"{path} is a folder, not a database file.")
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StoreError(f"JAGDesk cannot read and write {path}.")


def inspect_file(path: Path, passphrase: str | None) -> FileState:
    """Read what the file is and which schema it has; raise StoreError for anything unusable."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(exists=path.exists(), encrypted=passphrase is not None, revision=None,
                         has_tables=False)
    plain = read_header(path) == SQLITE_HEADER
    if plain and passphrase is not None:
        raise StoreError(f"{path} is not encrypted; open it without a passphrase.")
    if not plain and passphrase is None:
        raise WrongPassphraseError(
            f"{path} is encrypted or is not a JAGDesk database; if it is encrypted, give its passphrase."
        )
    conn = raw_sqlite_connect(str(path), passphrase)
    try:
        conn.execute("PRAGMA query_only = 1")
        try:
            names = [row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )]
        except Exception:  # the DB-API's DatabaseError: not a database, or the key is wrong
            if passphrase is not None:
                raise WrongPassphraseError(
                    f"The passphrase is wrong, or {path} is not a JAGDesk database."
                ) from None
            raise StoreError(f"{path} is not a JAGDesk database.") from None
        revision = None
        if "alembic_version" in names:
            try:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except SQLITE_ERRORS as exc:
                raise StoreError(f"{path} is damaged and cannot be read: {exc}.") from None
            revision = row[0] if row else None
    finally:
        conn.close()
    state = FileState(exists=True, encrypted=not plain, revision=revision, has_tables=bool(names))
    check_revision(state.revision, state.has_tables, str(path))
    return state


def check_revision(revision: str | None, has_tables: bool, where: str) -> None:
    """Refuse a database that is not a JAGDesk store, or one written by a newer JAGDesk."""
    if revision is None and has_tables:
        raise StoreError(f"{where} is a database, but not a JAGDesk store.")
    if revision is not None and revision not in migrate.known_revisions():
        raise StoreError(
            f"{where} was made by a newer version of JAGDesk (schema {revision}); "
            "install that version to open it."
        )
