"""The take-out file: a new encrypted store written under a passing name and put in place whole.

A take-out killed half way (power cut, kill -9) leaves at most a file under the passing name,
never a half-written store under the name the user gave, which a check-in would take for real.
"""

from __future__ import annotations

import contextlib
import errno
import os
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, delete

from jagdesk.errors import StoreError
from jagdesk.store import migrate
from jagdesk.store.base import every_table
from jagdesk.store.file_lock import StoreFileLock
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import backup_series, open_store, remove_store_files
from jagdesk.store.private import SQLITE_COMPANIONS

WIPE_BLOCK = 1 << 20  # bytes of zeros written at a time


def partial_name(target: Path, token: uuid.UUID) -> Path:
    """The passing name beside `target` the file is written under until it is complete."""
    return target.with_name(f".{target.name}.{token.hex[:12]}.partial")


def write_partial(target: Path, token: uuid.UUID, passphrase: str,
                  fill: Callable[[Connection], None]) -> Path:
    """A new encrypted store beside `target`, at this version's schema, emptied and then filled by
    `fill` in one transaction; closed and on disk (fsync) when this returns. Its passing name is
    returned; on any failure nothing is left."""
    wipe_leftovers(target)
    partial = partial_name(target, token)
    try:
        laptop = open_store(sqlite_location(partial), passphrase, backup_keep=0)
        try:
            with laptop.engine.connect() as connection:
                # The rows come from a store whose references hold; checking each as it goes in
                # would only slow the copy and trip over a record that refers to its own table.
                connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
                # Nothing is kept of a file not complete, which is made safe by one fsync at the
                # end: written without a journal or a sync per commit, it is written once.
                connection.exec_driver_sql("PRAGMA journal_mode = OFF")
                connection.exec_driver_sql("PRAGMA synchronous = OFF")
                connection.commit()
                with connection.begin():
                    _empty(connection)
                    fill(connection)
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise StoreError(f"The take-out would hold a {broken[0]} record that refers "
                                         f"to a missing {broken[2]} record, so it was not written.")
                connection.exec_driver_sql("PRAGMA journal_mode = WAL")
        finally:
            laptop.close()
        StoreFileLock(partial).path.unlink(missing_ok=True)
        _fsync(partial)
    except BaseException:
        remove_store_files(partial)
        raise
    return partial


def wipe_leftovers(target: Path) -> None:
    """Wipe what take-outs to `target` killed half way left under their passing names: a copy of
    OFFICIAL-SENSITIVE records, encrypted but not to be left lying about. A passing file whose
    lock is held is being written now, and is left alone."""
    for partial in target.parent.glob(f".{target.name}.*.partial"):
        lock = StoreFileLock(partial)
        try:
            if not lock.acquire():
                continue
        except StoreError:
            continue  # not ours to judge (a hard link, a lock that cannot be made)
        try:
            wipe_file(partial)
        finally:
            lock.release()


def wipe_file(path: Path) -> None:
    """Overwrite a take-out file (the files SQLite keeps beside it, and the automatic backups
    JAGDesk made of it on this computer when it was opened here) with zeros, make sure the zeros
    are on the disk, and delete them; its lock file goes too."""
    backups = backup_series(sqlite_location(path)).files()
    companions = (path.with_name(path.name + suffix) for suffix in SQLITE_COMPANIONS)
    for name in (path, *companions, *backups):
        if not name.exists():
            continue
        size = name.stat().st_size
        with name.open("r+b") as file:
            written = 0
            while written < size:
                written += file.write(bytes(min(WIPE_BLOCK, size - written)))
            file.flush()
            os.fsync(file.fileno())
        name.unlink()
    StoreFileLock(path).path.unlink(missing_ok=True)


def _empty(connection: Connection) -> None:
    """Remove whatever the migrations put in a new store (settings rows, sequences): the
    take-out's rows are the server's."""
    names = set(migrate.table_names(connection))
    for table in reversed(every_table()):
        if table.name in names:
            connection.execute(delete(table))


def place(partial: Path, target: Path) -> None:
    """Give the complete file the user's name, refusing to replace a file that has appeared there
    meanwhile; the folder's entry is on disk (fsync) when this returns."""
    try:
        os.link(partial, target)  # fails if the name is taken: never replaces a file
    except FileExistsError:
        remove_store_files(partial)
        raise StoreError(f"{target} appeared while the take-out was written; it was left as it "
                         "is and the take-out was not kept.") from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
            raise
        # A file system without hard links (a FAT memory stick): a rename, after a last look.
        if target.exists():
            remove_store_files(partial)
            raise StoreError(f"{target} appeared while the take-out was written; it was left as "
                             "it is and the take-out was not kept.") from None
        os.replace(partial, target)
    else:
        partial.unlink()
    _fsync_folder(target.parent)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    # Windows cannot open a folder to fsync it; its renames are on disk once made.
    with contextlib.suppress(OSError):
        _fsync(folder)
