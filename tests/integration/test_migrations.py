"""The shipped migrations build exactly the tables the models describe, on both backends."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from jagdesk.store import migrate
from jagdesk.store.base import Base, load_every_table
from jagdesk.store.opening import Store


def _differences(store: Store) -> list[object]:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        load_every_table()  # the metadata whole: the tables' modules load as first used
        return list(compare_metadata(context, Base.metadata))


def test_migrated_store_matches_the_models(store: Store) -> None:
    assert store.revision == migrate.head_revision()
    assert _differences(store) == []


def test_one_line_of_history() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [migrate.head_revision()]
    assert migrate.head_revision() in migrate.known_revisions()


def test_downgrade_and_upgrade_again(store: Store) -> None:
    with store.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "base")
    with store.engine.connect() as connection:
        assert migrate.current_revision(connection) is None
        assert set(migrate.table_names(connection)) <= {"alembic_version"}
    migrate.upgrade(store.engine)
    with store.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
    assert _differences(store) == []


def test_the_listed_revisions_are_the_migrations_shipped() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    oldest_first = [rev.revision for rev in script.walk_revisions()][::-1]
    assert list(migrate.REVISIONS) == oldest_first
