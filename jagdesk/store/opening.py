"""Opening a store: checks first, then the lock, the engine, a backup and the schema upgrade."""

from __future__ import annotations

import getpass
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from jagdesk import paths
from jagdesk.domain.common.validation import passphrase as passphrase_problem
from jagdesk.errors import StoreError
from jagdesk.store import backup, migrate
from jagdesk.store.engine import driver_reason, server_engine, sqlite_engine
from jagdesk.store.file_lock import StoreFileLock
from jagdesk.store.location import StoreLocation
from jagdesk.store.preflight import check_folder, check_revision, inspect_file
from jagdesk.store.private import (
    SQLITE_COMPANIONS,
    create_private_file,
    make_private,
    make_private_folder,
)
from jagdesk.store.server_copy import copy_server_to_sqlite

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from jagdesk.store.uow import UnitOfWork

USER_ENV = "JAGDESK_USER"
# A store opened by the app is backed up at least this often, besides before every upgrade.
BACKUP_INTERVAL = timedelta(days=1)


def current_user() -> str:
    """Who is making changes on a SQLite store: JAGDESK_USER, else the operating system login name.

    On PostgreSQL the name is the server's own (Store.login): a client's word is not taken.
    """
    try:
        return os.environ.get(USER_ENV) or getpass.getuser()
    except OSError:
        return "unknown"


@dataclass
class Store:
    """An open store: its engine, sessions, and (for SQLite) the lock that keeps it ours."""

    location: StoreLocation
    engine: Engine
    encrypted: bool
    passphrase: str | None = field(repr=False, default=None)
    revision: str | None = None
    lock: StoreFileLock | None = None
    last_backup: str | None = None
    # Something the user must be told on opening (a damaged store found by the daily backup).
    warning: str | None = None
    # On PostgreSQL, the server's session_user: the name written on records and in the trail.
    login: str | None = None

    @cached_property
    def session_factory(self) -> sessionmaker[Session]:
        """Sessions on the store's engine, each writing its changes to the audit trail."""
        # Made when first asked for: a command that reads with SQL alone (check) never loads the
        # ORM, nor the audit trail's machinery.
        from sqlalchemy.orm import sessionmaker

        from jagdesk.store.audit import AuditedSession

        return sessionmaker(bind=self.engine, class_=AuditedSession, expire_on_commit=False)

    def unit_of_work(self, user: str | None = None) -> UnitOfWork:
        """A unit of work for one user action, in the name of the server's login on PostgreSQL
        (JAGDESK_USER is not read there) or of the local user on SQLite.

        `user` names a colleague in tests; on PostgreSQL the server refuses an audit entry in
        another name than the login for every JAGDesk role (jagdesk server setup).
        """
        from jagdesk.store.uow import UnitOfWork

        return UnitOfWork(self.session_factory, user or self.login or current_user())

    def author(self) -> str:
        """Who is working: the server's login on PostgreSQL, the local user on SQLite."""
        return self.login or current_user()

    def describe(self) -> str:
        """The store for the status bar: backend, place and whether it is encrypted."""
        lock = ", encrypted" if self.encrypted else ""
        return f"{self.location.backend}{lock}: {self.location.describe()}"

    @property
    def is_current(self) -> bool:
        return self.revision == migrate.head_revision()

    def require_current(self) -> None:
        """Refuse to work on a store whose schema is older than this version's."""
        if not self.is_current:
            raise StoreError(
                f"{self.location.describe()} needs upgrading to this version of JAGDesk; "
                "open it with the app or run 'jagdesk init' first."
            )

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def remove_store_files(path: Path) -> None:
    """Delete a store just made in vain: its file, the files SQLite keeps beside it, its lock file."""
    lock_file = StoreFileLock(path).path
    for name in (path, *(path.with_name(path.name + s) for s in SQLITE_COMPANIONS)):
        name.unlink(missing_ok=True)
    lock_file.unlink(missing_ok=True)


def _acquire_lock(location: StoreLocation) -> StoreFileLock:
    assert location.path is not None
    lock = StoreFileLock(location.path)
    if not lock.acquire():
        raise StoreError(
            f"{location.path} is already open in another copy of JAGDesk; close it there first."
        )
    return lock


def _server_revision(engine: Engine, location: StoreLocation) -> tuple[str | None, str]:
    """The store's schema revision and the server's name for who is connected."""
    try:
        with engine.connect() as connection:
            revision = migrate.current_revision(connection)
            has_tables = bool(migrate.table_names(connection))
            login = str(connection.scalar(text("SELECT session_user")))
    except DBAPIError as exc:
        raise StoreError(
            f"Cannot open the PostgreSQL store {location.describe()}: {driver_reason(exc)}."
        ) from None
    check_revision(revision, has_tables, location.describe())
    return revision, login


def backup_series(location: StoreLocation) -> backup.BackupSeries:
    """The automatic backups of the store at `location`, in the backups folder."""
    if location.path is not None:
        return backup.BackupSeries.of_file(paths.backups_dir(), location.path)
    return backup.BackupSeries.of_server(paths.backups_dir(), location.url.database or "",
                                         location.describe())


def open_store(
    location: StoreLocation,
    passphrase: str | None = None,
    *,
    create: bool = True,
    upgrade: bool = True,
    lock: bool = True,
    backup_keep: int = backup.DEFAULT_KEEP,
    protect: Sequence[Path] = (),
) -> Store:
    """Open the store, upgrading its schema (after a backup) unless `upgrade` is False.

    Pruning old automatic backups never deletes a file in `protect` (one about to be restored).

    Every failure is a StoreError with one sentence, raised before the file is written to.
    """
    if not location.is_sqlite:
        engine = server_engine(location)
        try:
            revision, login = _server_revision(engine, location)
            store = Store(location, engine, encrypted=False, revision=revision, login=login)
            if upgrade and not store.is_current:
                _upgrade(store, backup_keep, protect)
        except BaseException:
            engine.dispose()
            raise
        return store

    path = location.path
    assert path is not None
    if location.is_default:
        make_private_folder(path.parent, tighten=True)
    check_folder(path)
    if not create and not path.exists():
        raise StoreError(f"There is no JAGDesk store at {path}.")
    existed = path.exists()
    # The lock comes before the file is read, so that nothing is read of a store another copy is
    # in the middle of writing.
    file_lock = _acquire_lock(location) if lock else None
    try:
        if not existed:
            create_private_file(path)  # owner-only from the start; SQLite keeps the mode
        elif location.is_default:
            make_private(path)  # the default store of an earlier release may be readable by all
        state = inspect_file(path, passphrase)
        if not state.has_tables and passphrase is not None:
            # A new encrypted store: its passphrase must meet the rule whichever way it was given.
            problem = passphrase_problem(passphrase)
            if problem:
                raise StoreError(problem)
    except BaseException:
        # The empty file made above goes, while the lock still keeps other copies out.
        if not existed and path.exists() and path.stat().st_size == 0:
            remove_store_files(path)
        if file_lock is not None:
            file_lock.release(refused=True)
        raise
    store = Store(location, sqlite_engine(location, passphrase), encrypted=passphrase is not None,
                  passphrase=passphrase, revision=state.revision, lock=file_lock)
    try:
        if upgrade:
            _backup_if_due(store, state.has_tables, backup_keep, protect)
            if not store.is_current:
                _upgrade(store)
    except BaseException:
        store.close()
        raise
    return store


def _upgrade(store: Store, keep: int = backup.DEFAULT_KEEP, protect: Sequence[Path] = ()) -> None:
    """Bring the schema to this version's; a refusal (no permission, disk full) is one sentence.

    A server store is copied to a backup file first, by whichever copy of JAGDesk upgrades it.
    """
    before = None if store.location.is_sqlite else _server_backup(store, keep, protect)
    try:
        migrate.upgrade(store.engine, before)
    except DBAPIError as exc:
        raise StoreError(
            f"Cannot set up or upgrade the store {store.location.describe()}: {driver_reason(exc)}."
        ) from None
    store.revision = migrate.head_revision()


def _server_backup(store: Store, keep: int, protect: Sequence[Path]) -> migrate.BeforeUpgrade:
    """Copy a server store about to be upgraded into backups/<database>-before-upgrade-...db."""

    def copy_before_upgrade(connection: Connection, revision: str | None) -> None:
        if revision is None or keep <= 0:
            return  # a new store: nothing to keep
        def copy(partial: Path) -> None:
            copy_server_to_sqlite(connection, revision, partial)

        series = backup_series(store.location)
        dest = series.write("before-upgrade", copy, store.location.describe())
        series.prune(keep, protect=[dest, *protect])
        store.last_backup = str(dest)

    return copy_before_upgrade


def _backup_if_due(store: Store, has_tables: bool, keep: int, protect: Sequence[Path]) -> None:
    """Back up before an upgrade, and otherwise once a day, so a bad day can be undone."""
    if not has_tables or keep <= 0:
        return
    assert store.location.path is not None
    if not store.is_current:
        reason = "before-upgrade"
    else:
        age = backup_series(store.location).newest_age()
        if age is not None and age < BACKUP_INTERVAL:
            return
        reason = "daily"
    made = backup.timestamped_backup(
        store.location.path, paths.backups_dir(), reason, store.passphrase, keep, protect
    )
    store.last_backup = str(made.path)
    if made.damage is None:
        return
    if reason == "before-upgrade":
        raise StoreError(
            f"{store.location.path} is damaged ({made.damage}), so it was not upgraded; a copy is "
            f"in {made.path}. Run 'jagdesk check' and restore a sound backup."
        )
    store.warning = (
        f"{store.location.path} is damaged ({made.damage}); today's backup of it is kept apart as "
        f"{made.path.name} and the sound backups before it are kept. Run 'jagdesk check' and "
        "restore a sound backup."
    )
