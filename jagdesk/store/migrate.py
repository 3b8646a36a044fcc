"""Schema versions: the shipped Alembic migrations, what a store is at, and upgrading it.

Alembic is imported only when a migration runs or a server store is inspected: a normal start of
the app on an up-to-date SQLite file never loads it (it costs a tenth of a second).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The revisions under migrations/versions, oldest first; the last is the one this version writes.
# A test checks these against Alembic's own reading of the folder, so a new revision must be
# added here too.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004")


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


def upgrade(engine: Engine) -> None:
    """Bring the store's schema up to this version's head, in one transaction."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
