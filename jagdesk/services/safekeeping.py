"""Backing up a store to a file, and restoring one from a backup file."""

from __future__ import annotations

import tempfile
from pathlib import Path

from jagdesk import paths
from jagdesk.errors import StoreError
from jagdesk.services.transfer import transfer
from jagdesk.store import backup
from jagdesk.store.engine import SQLITE_HEADER
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import Store, open_store
from jagdesk.store.preflight import check_folder, read_header


def backup_store(store: Store, dest: Path, passphrase: str | None = None) -> Path:
    """Write a complete copy of the store to the new file `dest`, never over an existing file.

    A SQLite store is copied page by page (an encrypted one stays encrypted with its passphrase);
    a PostgreSQL store is copied into a new SQLite file, encrypted if `passphrase` is given.
    """
    dest = dest.expanduser().absolute()
    check_folder(dest)
    if dest.exists():
        raise StoreError(f"{dest} already exists; choose a new file name for the backup.")
    partial = dest.with_name(dest.name + ".partial")
    try:
        if store.location.is_sqlite:
            assert store.location.path is not None
            backup.copy_sqlite(store.location.path, partial, store.passphrase)
        else:
            with open_store(sqlite_location(partial), passphrase, lock=False) as copy:
                transfer(store, copy)
        # Named as the backup only once complete, so a crash never leaves half a backup.
        partial.replace(dest)
    finally:
        partial.unlink(missing_ok=True)
    return dest


def restore_store(store: Store, source: Path, passphrase: str | None = None) -> dict[str, int]:
    """Replace every record of the store with those of the backup file `source`, verified.

    The backup is checked first (a JAGDesk store, not from a newer version, passphrase right);
    a SQLite store is backed up before it is replaced. Returns the rows restored per table.
    """
    source = source.expanduser().absolute()
    if not source.is_file():
        raise StoreError(f"There is no backup file at {source}.")
    # A backup of an encrypted store is encrypted with the same passphrase; a plain one has none.
    key = None if read_header(source) == SQLITE_HEADER else (passphrase or store.passphrase)
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
            if store.location.is_sqlite:
                assert store.location.path is not None
                backup.timestamped_backup(store.location.path, paths.backups_dir(),
                                          "before-restore", store.passphrase)
            return transfer(backup_copy, store, replace=True)
