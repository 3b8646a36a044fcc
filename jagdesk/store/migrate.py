"""Schema versions: the shipped Alembic migrations, what a store is at, and upgrading it.

Alembic is imported only when a migration runs or a server store is inspected: a normal start of
the app on an up-to-date SQLite file never loads it (it costs a tenth of a second).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import OperationalError

from jagdesk.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The revisions under migrations/versions, oldest first; the last is the one this version writes.
# A test checks these against Alembic's own reading of the folder, so a new revision must be
# added here too.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009",
                             "0010", "0011", "0012", "0013", "0014", "0015", "0016", "0017", "0018",
                             "0019")


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config on the migrations inside the package, bound to `connection`."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The schema revision this version of JAGDesk writes."""
    return REVISIONS[-1]


def known_revisions() -> set[str]:
    """Every schema revision this version of JAGDesk knows, old and current."""
    return set(REVISIONS)


def current_revision(connection: Connection) -> str | None:
    """The revision the store is at, or None for a store with no JAGDesk schema yet."""
    if "alembic_version" not in inspect(connection).get_table_names():
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def table_names(connection: Connection) -> list[str]:
    """The user tables present in the store."""
    return [name for name in inspect(connection).get_table_names() if not name.startswith("sqlite_")]


# Told the connection and the revision the store is at, just before an upgrade changes anything.
BeforeUpgrade = Callable[[Connection, str | None], None]
# One key for "a JAGDesk schema upgrade is under way" among a server's advisory locks.
UPGRADE_LOCK_KEY = 0x4A41474445534B  # "JAGDESK"
# How long a copy waits for another copy's upgrade (with its backup) before giving up.
UPGRADE_WAIT = "10min"


def upgrade_to(connection: Connection, revision: str) -> None:
    """Run the migrations up to `revision` on `connection`, inside the transaction it is in."""
    from alembic import command

    command.upgrade(alembic_config(connection), revision)


def upgrade(engine: Engine, before: BeforeUpgrade | None = None) -> bool:
    """Bring the store's schema up to this version's head, all or nothing.

    `before` is called (with the store locked against other upgrades) only when an upgrade is
    really going to run, so a backup is taken of exactly the data being upgraded. Returns whether
    the schema changed.
    """
    if engine.dialect.name == "sqlite":
        return _upgrade_sqlite(engine, before)
    return _upgrade_server(engine, before)


def _upgrade_sqlite(engine: Engine, before: BeforeUpgrade | None) -> bool:
    """Upgrade a SQLite file in one real transaction with foreign keys off.

    SQLite changes a table by building a new one and dropping the old; with foreign keys on, the
    drop would cascade into the children and empty them. Foreign keys are switched off (possible
    only outside a transaction), the migrations run inside BEGIN ... COMMIT, and PRAGMA
    foreign_key_check must find nothing before the change is committed.
    """
    with engine.connect() as connection:
        # The driver's own transaction handling would commit each CREATE TABLE on its own; the
        # transaction is ours, so that a failed upgrade leaves the file exactly as it was.
        connection.execution_options(isolation_level="AUTOCOMMIT")
        revision = current_revision(connection)
        connection.commit()  # ends SQLAlchemy's own marker of the read; nothing to commit
        if revision == head_revision():
            return False
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.commit()
        try:
            # A marker so Alembic runs inside our transaction rather than making its own.
            with connection.begin():
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                try:
                    _refuse_broken_references(connection, before_upgrade=True)
                    if before is not None:
                        before(connection, revision)
                    upgrade_to(connection, "head")
                    _refuse_broken_references(connection)
                except BaseException:
                    connection.exec_driver_sql("ROLLBACK")
                    raise
                connection.exec_driver_sql("COMMIT")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
    return True


def _refuse_broken_references(connection: Connection, *, before_upgrade: bool = False) -> None:
    """Stop the upgrade if any row points (or would point) at a record that is not there."""
    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if not problems:
        return
    table, _rowid, parent, _fk = problems[0]
    if before_upgrade:
        raise StoreError(
            f"The store was not upgraded: {len(problems)} rows of {table} already point at missing "
            f"{parent} records (changed outside JAGDesk?); run 'jagdesk check' and restore a "
            "sound backup."
        )
    raise StoreError(
        f"The upgrade stopped because {len(problems)} rows of {table} would point at missing "
        f"{parent} records; the store was left as it was."
    )


def _upgrade_server(engine: Engine, before: BeforeUpgrade | None) -> bool:
    """Upgrade a PostgreSQL store while holding an advisory lock, so that two copies of JAGDesk
    opening an older shared server do not both upgrade it: the second waits, then finds it done."""
    with engine.connect() as connection:
        connection.execute(text(f"SET lock_timeout = '{UPGRADE_WAIT}'"))
        try:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": UPGRADE_LOCK_KEY})
        except OperationalError:
            raise StoreError(
                "Another copy of JAGDesk has been upgrading this store for over ten minutes; try "
                "again when it has finished."
            ) from None
        finally:
            connection.rollback()
            connection.execute(text("RESET lock_timeout"))
        connection.commit()  # a session lock: held until unlocked, across transactions
        try:
            # One snapshot for the backup and the upgrade; taken after the lock, so it sees the
            # work of a copy that upgraded while this one waited.
            connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                revision = current_revision(connection)
                if revision == head_revision():
                    return False
                if before is not None:
                    before(connection, revision)
                upgrade_to(connection, "head")
        finally:
            connection.execution_options(isolation_level="READ COMMITTED")
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": UPGRADE_LOCK_KEY})
            connection.commit()
    return True
