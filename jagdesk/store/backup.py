"""Copies of a SQLite store file: automatic timestamped backups (last N kept), backup and restore."""

from __future__ import annotations

import contextlib
import glob
import hashlib
import re
from datetime import datetime
from pathlib import Path

from jagdesk.errors import StoreError
from jagdesk.store.engine import SQLITE_ERRORS, raw_sqlite_connect

DEFAULT_KEEP = 10
# Why an automatic backup was taken; part of its name, <store>-<reason>-<time>-<tag>.db.
REASONS = ("daily", "before-upgrade", "before-restore")
# What making a copy can raise: the file system's errors and SQLite's.
COPY_ERRORS: tuple[type[Exception], ...] = (OSError, *SQLITE_ERRORS)


def copy_sqlite(source: Path, dest: Path, passphrase: str | None) -> None:
    """Copy a live SQLite store with SQLite's online backup API (consistent, includes the WAL).

    An encrypted store stays encrypted: the copy is keyed with the same passphrase.
    """
    src = raw_sqlite_connect(str(source), passphrase)
    try:
        dst = raw_sqlite_connect(str(dest), passphrase)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def timestamped_backup(source: Path, folder: Path, reason: str, passphrase: str | None,
                       keep: int = DEFAULT_KEEP) -> Path:
    """Back up `source` into `folder` as <name>-<reason>-<time>-<tag>.db, keeping the newest `keep`.

    A backup that cannot be made (folder missing or full) is a StoreError with one sentence.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = folder / f"{source.stem}-{reason}-{stamp}-{store_tag(source)}.db"
    tmp = dest.with_suffix(".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy_sqlite(source, tmp, passphrase)
        # Renamed only when complete, so a crash never leaves a half backup that looks whole.
        tmp.replace(dest)
    except COPY_ERRORS as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StoreError(f"Cannot back up {source} into {folder}: {why}.") from None
    finally:
        with contextlib.suppress(OSError):  # gone already once renamed
            tmp.unlink()
    prune_backups(folder, source, keep)
    return dest


def store_tag(source: Path) -> str:
    """A short tag for the store file's full path, so two stores called jagdesk.db in different
    folders keep (and prune) only their own backups in the shared backups folder."""
    return hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:8]


def backups_of(folder: Path, source: Path) -> list[Path]:
    """The automatic backups in `folder` of the store file `source`.

    Matched on the whole name, so that the backups of 'site-2.db' are not taken for site.db's.
    """
    stem = source.stem
    name = re.compile(
        re.escape(stem) + "-(" + "|".join(REASONS) + r")-\d{8}-\d{6}-\d{6}-"
        + store_tag(source) + r"\.db"
    )
    return [p for p in folder.glob(f"{glob.escape(stem)}-*.db") if name.fullmatch(p.name)]


def prune_backups(folder: Path, source: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` automatic backups of the store file `source`."""
    backups = sorted(
        backups_of(folder, source), key=lambda p: (p.stat().st_mtime, p.name), reverse=True
    )
    removed = backups[keep:]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed
