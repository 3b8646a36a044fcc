"""Copies of a SQLite store file: automatic timestamped backups (last N kept), backup and restore."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from jagdesk.store.engine import raw_sqlite_connect

DEFAULT_KEEP = 10


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
    """Back up `source` into `folder` as <name>-<reason>-<time>.db, keeping the newest `keep`."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = folder / f"{source.stem}-{reason}-{stamp}.db"
    tmp = dest.with_suffix(".partial")
    copy_sqlite(source, tmp, passphrase)
    # Renamed only when complete, so a crash never leaves a half backup that looks whole.
    tmp.replace(dest)
    prune_backups(folder, source.stem, keep)
    return dest


def prune_backups(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest `keep` automatic backups of the store named `stem`."""
    backups = sorted(
        folder.glob(f"{stem}-*.db"), key=lambda p: (p.stat().st_mtime, p.name), reverse=True
    )
    removed = backups[keep:]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed
