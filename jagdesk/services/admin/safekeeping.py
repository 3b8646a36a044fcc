"""Backing up a store to a file, and restoring one from a backup file."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection

from jagdesk.errors import StoreError
from jagdesk.services.admin.transfer import Finish, transfer
from jagdesk.store import backup
from jagdesk.store.audit_chain import record_event
from jagdesk.store.base import every_table
from jagdesk.store.file_header import SQLITE_HEADER, read_header
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import Store, backup_series, open_store
from jagdesk.store.preflight import check_folder
from jagdesk.store.server_copy import copy_server_to_sqlite


def _copy_store(store: Store, dest: Path, passphrase: str | None) -> None:
    """Write a complete copy of the open store into the new, empty SQLite file `dest`.

    A SQLite store is copied page by page (an encrypted one stays encrypted with its own
    passphrase); a PostgreSQL store is copied table by table, encrypted if `passphrase` is given.
    """
    if store.location.path is not None:
        backup.copy_sqlite(store.location.path, dest, store.passphrase)
        return
    with store.engine.connect() as connection:
        connection.execution_options(isolation_level="REPEATABLE READ")  # one moment's data
        with connection.begin():
            copy_server_to_sqlite(connection, store.revision, dest, passphrase)


def backup_store(store: Store, dest: Path, passphrase: str | None = None) -> Path:
    """Write a complete copy of the store to the new file `dest`, never over an existing file.

    A damaged SQLite store is still copied (what can be read), to a file named as damaged, and
    then refused with a sentence saying so.
    """
    dest = dest.expanduser().absolute()
    check_folder(dest)
    if dest.exists():
        raise StoreError(f"{dest} already exists; choose a new file name for the backup.")
    backup.write_copy(dest, lambda partial: _copy_store(store, partial, passphrase),
                      store.location.describe())
    key = store.passphrase if store.location.is_sqlite else passphrase
    problem = backup.integrity_problem(dest, key) if store.location.is_sqlite else None
    if problem is None:
        return dest
    damaged = dest.with_name(f"{dest.stem}-damaged{dest.suffix}")
    if damaged.exists():
        damaged = dest.with_name(f"{dest.stem}-damaged-{datetime.now():%Y%m%d-%H%M%S}{dest.suffix}")
    dest.replace(damaged)
    raise StoreError(
        f"The store is damaged ({backup.first_problem(problem)}); what could be read was copied "
        f"to {damaged}, which is named as damaged: run 'jagdesk check' and restore a sound backup."
    )


def restore_store(store: Store, source: Path, passphrase: str | None = None) -> dict[str, int]:
    """Replace every record of the store with those of the backup file `source`, verified.

    The backup is checked first (a JAGDesk store, not from a newer version, passphrase right);
    the store is backed up before it is replaced, and the restore is written to the audit trail
    (who, when, from which file) beside the entries of the store it replaced. Older automatic
    backups are pruned only afterwards, never the file restored from. Returns rows per table.
    """
    source = source.expanduser().absolute()
    if not source.is_file():
        raise StoreError(f"There is no backup file at {source}.")
    # A backup of an encrypted store is encrypted with the same passphrase; a plain one has none.
    key = None if read_header(source) == SQLITE_HEADER else (passphrase or store.passphrase)
    series = backup_series(store.location)
    with tempfile.TemporaryDirectory(prefix="jagdesk-restore-") as work:
        # Upgrade a copy, never the backup itself, so an old backup stays as it was.
        staged = Path(work) / "restore.db"
        # Opening checks that the file is a JAGDesk store we can read.
        with open_store(sqlite_location(source), key, create=False, upgrade=False,
                        lock=False) as probe:
            if probe.revision is None:  # empty: restoring it would delete every record
                raise StoreError(f"{source} is not a JAGDesk backup: it holds no JAGDesk records.")
        backup.copy_sqlite(source, staged, key)
        with open_store(sqlite_location(staged), key, lock=False, backup_keep=0) as backup_copy:
            safety = _SafetyCopy(store, series)
            if store.location.is_sqlite:
                safety.write(None)  # the file lock already keeps other copies from writing
                start = None
            else:
                start = safety.write
            counts = transfer(backup_copy, store, replace=True, start=start,
                              finish=_audit_restore(source, safety))
    assert safety.path is not None
    series.prune(backup.DEFAULT_KEEP, protect=[source, safety.path])
    return counts


class _SafetyCopy:
    """The before-restore backup of a store. On a server it is written inside the restore's own
    transaction, with every table locked against writes: a colleague's change can neither slip in
    between the copy and the restore nor be lost from both."""

    def __init__(self, store: Store, series: backup.BackupSeries) -> None:
        self.store, self.series = store, series
        self.path: Path | None = None

    def write(self, connection: Connection | None) -> None:
        def copy(partial: Path) -> None:
            if connection is None:
                _copy_store(self.store, partial, None)
            else:
                copy_server_to_sqlite(connection, self.store.revision, partial)

        if connection is not None:
            tables = ", ".join(connection.dialect.identifier_preparer.quote(table.name)
                               for table in every_table())
            connection.exec_driver_sql(f"LOCK TABLE {tables} IN EXCLUSIVE MODE")
        self.path = self.series.write("before-restore", copy, self.store.location.describe())


def _audit_restore(source: Path, safety: _SafetyCopy) -> Finish:
    """The audit entry of a restore, written in the restore's own transaction."""

    def write(connection: Connection) -> None:
        before = safety.path
        record_event(connection, safety.store.author(), "restore", f"Restored from {source.name}",
                     {"restored_from": [None, str(source)],
                      "backup_before_restore": [None, str(before)]})

    return write
