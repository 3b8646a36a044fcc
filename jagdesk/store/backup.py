"""Copies of a store: automatic timestamped backups (the newest N kept), and SQLite file copies.

A SQLite store is copied page by page with SQLite's backup API; a PostgreSQL store is copied into
a new SQLite file (store/server_copy.py). Either way a backup is a SQLite file that `jagdesk
restore` reads, and it is owner-only on disk like the store itself.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from jagdesk.errors import StoreError
from jagdesk.store.engine import SQLITE_ERRORS, driver_reason, raw_sqlite_connect
from jagdesk.store.private import create_private_file, make_private, make_private_folder

DEFAULT_KEEP = 10
# Why an automatic backup was taken; part of its name, <store>-<reason>-<time>-<tag>.db.
REASONS = ("daily", "before-upgrade", "before-restore")
# What making a copy can raise: the file system's errors and SQLite's.
COPY_ERRORS: tuple[type[Exception], ...] = (OSError, *SQLITE_ERRORS)
# ... and copying from a server (store/server_copy.py).
SERVER_COPY_ERRORS: tuple[type[Exception], ...] = (*COPY_ERRORS, SQLAlchemyError)
# Writes a complete copy of a store to the (new, empty, owner-only) file it is given.
CopyTo = Callable[[Path], None]


def copy_sqlite(source: Path, dest: Path, passphrase: str | None) -> None:
    """Copy a live SQLite store with SQLite's online backup API (consistent, includes the WAL).

    An encrypted store stays encrypted: the copy is keyed with the same passphrase.
    """
    if not dest.exists():
        create_private_file(dest)
    src = raw_sqlite_connect(str(source), passphrase)
    try:
        dst = raw_sqlite_connect(str(dest), passphrase)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    make_private(dest)


def integrity_problem(path: Path, passphrase: str | None, *, quick: bool = False) -> str | None:
    """What SQLite's integrity check finds wrong with the file, or None when it is sound.

    `quick` checks the pages and records but not the indexes against the tables: a few times faster.
    """
    check = "quick_check" if quick else "integrity_check"
    try:
        conn = raw_sqlite_connect(str(path), passphrase)
        try:
            rows = conn.execute(f"PRAGMA {check}(5)").fetchall()
        finally:
            conn.close()
    except SQLITE_ERRORS as exc:
        return str(exc)
    found = [str(row[0]) for row in rows]
    return None if found == ["ok"] else "; ".join(found)


def write_copy(dest: Path, copy: CopyTo, what: str, *, own_folder: bool = False) -> Path:
    """Write `dest` through `copy`, named as `dest` only once complete.

    A crash never leaves half a copy that looks whole; a copy that cannot be made (folder missing
    or full) is a StoreError with one sentence naming `what` was being copied. `own_folder`: the
    folder is JAGDesk's own (backups), made owner-only even if an earlier release left it open.
    """
    partial = dest.with_name(dest.name + ".partial")
    try:
        make_private_folder(dest.parent, tighten=own_folder)
        create_private_file(partial)
        copy(partial)
        partial.replace(dest)
    except SERVER_COPY_ERRORS as exc:
        if isinstance(exc, SQLAlchemyError):
            why = driver_reason(exc)
        else:
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StoreError(f"Cannot back up {what} into {dest.parent}: {why}.") from None
    finally:
        with contextlib.suppress(OSError):  # gone already once renamed
            partial.unlink()
    return dest


def _tag(identity: str) -> str:
    return hashlib.sha256(identity.encode()).hexdigest()[:8]


@dataclass(frozen=True)
class BackupSeries:
    """The automatic backups of one store in one folder, named <stem>-<reason>-<time>-<tag>.db.

    The tag comes from the store's full path or server address, so two stores called jagdesk.db
    in different folders keep (and prune) only their own backups in a shared backups folder.
    """

    folder: Path
    stem: str
    tag: str

    @classmethod
    def of_file(cls, folder: Path, store_file: Path) -> BackupSeries:
        return cls(folder, store_file.stem, _tag(str(store_file.resolve())))

    @classmethod
    def of_server(cls, folder: Path, database: str, address: str) -> BackupSeries:
        stem = re.sub(r"[^A-Za-z0-9_.]+", "_", database) or "server"
        return cls(folder, stem, _tag(address))

    def files(self) -> list[Path]:
        """The backups of this series, matched on the whole name (site-2.db's are not site.db's)."""
        name = re.compile(
            re.escape(self.stem) + "-(" + "|".join(REASONS) + r")-\d{8}-\d{6}-\d{6}-"
            + self.tag + r"\.db"
        )
        return [p for p in self.folder.glob(f"{glob.escape(self.stem)}-*.db")
                if name.fullmatch(p.name)]

    def newest_age(self) -> timedelta | None:
        """How long ago the newest backup of the series was written, or None if there is none."""
        found = self.files()
        if not found:
            return None
        newest = max(p.stat().st_mtime for p in found)
        return datetime.now() - datetime.fromtimestamp(newest)

    def write(self, reason: str, copy: CopyTo, what: str) -> Path:
        """Write a new backup for `reason` through `copy`. Older ones are pruned separately."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        dest = write_copy(self.folder / f"{self.stem}-{reason}-{stamp}-{self.tag}.db", copy, what,
                          own_folder=True)
        for earlier in self.files():  # an earlier release left its backups readable by all
            make_private(earlier)
        return dest

    def prune(self, keep: int, protect: Iterable[Path] = ()) -> list[Path]:
        """Delete all but the newest `keep` backups, never one in `protect` (a file in use)."""
        spared = {p.resolve() for p in protect}
        backups = sorted(self.files(), key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
        removed = [p for p in backups[keep:] if p.resolve() not in spared]
        for old in removed:
            old.unlink(missing_ok=True)
        return removed


@dataclass(frozen=True)
class AutomaticBackup:
    """An automatic backup written: where, and what is wrong with the store if it is damaged."""

    path: Path
    damage: str | None = None


def timestamped_backup(source: Path, folder: Path, reason: str, passphrase: str | None,
                       keep: int = DEFAULT_KEEP, protect: Iterable[Path] = ()) -> AutomaticBackup:
    """Back up the SQLite file `source` into `folder`, then keep the newest `keep` (and `protect`).

    The copy is checked: a damaged store's copy is named <store>-damaged-...db, outside the
    series, so that it never pushes a sound backup out of the newest `keep`.
    """
    series = BackupSeries.of_file(folder, source)
    dest = series.write(reason, lambda partial: copy_sqlite(source, partial, passphrase),
                        str(source))
    damage = integrity_problem(dest, passphrase, quick=True)
    if damage is not None:
        damaged = dest.with_name(dest.name.replace(f"-{reason}-", "-damaged-", 1))
        dest.replace(damaged)
        return AutomaticBackup(damaged, first_problem(damage))
    series.prune(keep, protect=[dest, *protect])
    return AutomaticBackup(dest)


def first_problem(problem: str) -> str:
    """The first thing SQLite found wrong, as a short phrase (its report has a heading line)."""
    lines = [line.strip() for line in problem.replace("; ", "\n").splitlines()]
    first = next((line for line in lines if line and not line.startswith("***")), problem)
    return first if len(first) <= 120 else first[:117] + "..."
