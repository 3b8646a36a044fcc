"""Schema versions: the shipped Alembic migrations, what a store is at, and upgrading it."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config on the migrations inside the package, bound to `connection`."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The schema revision this version of JAGDesk writes."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this version of JAGDesk knows, old and current."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision the store is at, or None for a store with no JAGDesk schema yet."""
    return MigrationContext.configure(connection).get_current_revision()


def table_names(connection: Connection) -> list[str]:
    """The user tables present in the store."""
    return [name for name in inspect(connection).get_table_names() if not name.startswith("sqlite_")]


def upgrade(engine: Engine) -> None:
    """Bring the store's schema up to this version's head, in one transaction."""
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
