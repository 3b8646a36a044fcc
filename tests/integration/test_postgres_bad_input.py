"""PostgreSQL stores that cannot be opened: one sentence, and the database left as it was."""

from __future__ import annotations

import socket
import uuid

import psycopg
import pytest

from jagdesk.errors import StoreError
from jagdesk.services.reference.agencies import AgencyInput, save_agency
from jagdesk.store.location import resolve_location
from jagdesk.store.opening import open_store


def _port_where_nothing_listens() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # closed again: connecting is refused at once


def test_server_that_is_down() -> None:
    port = _port_where_nothing_listens()
    location = resolve_location(f"postgresql://jag@127.0.0.1:{port}/jagdesk")
    with pytest.raises(StoreError) as refused:
        open_store(location)
    message = str(refused.value)
    assert message.startswith(f"Cannot open the PostgreSQL store jagdesk on 127.0.0.1:{port}: ")
    assert "\n" not in message and message.endswith(".") and not message.endswith("..")


def test_database_that_does_not_exist(pg_url: str) -> None:
    url = pg_url.rsplit("/", 1)[0] + "/no_such_database"
    with pytest.raises(StoreError) as refused:
        open_store(resolve_location(url))
    message = str(refused.value)
    assert message.startswith("Cannot open the PostgreSQL store no_such_database on 127.0.0.1:")
    assert 'database "no_such_database" does not exist' in message
    assert "\n" not in message


def _tables(url: str) -> list[tuple[str, int]]:
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        names = [row[0] for row in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")]
        return [(name, conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])  # type: ignore[index]
                for name in names]


def _sql(url: str, *statements: str) -> None:
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement.encode())


def test_database_of_another_application(pg_url: str) -> None:
    _sql(pg_url, "CREATE TABLE cameras (id serial PRIMARY KEY, place text)",
         "INSERT INTO cameras (place) VALUES ('Shenley Road')")
    location = resolve_location(pg_url)
    with pytest.raises(StoreError) as refused:
        open_store(location)
    assert str(refused.value) == f"{location.describe()} is a database, but not a JAGDesk store."
    assert _tables(pg_url) == [("cameras", 1)]


def test_store_made_by_a_newer_jagdesk(pg_url: str) -> None:
    location = resolve_location(pg_url)
    with open_store(location) as store, store.unit_of_work() as uow:
        save_agency(uow, AgencyInput("Hertsmere Borough Council", "council"))
    _sql(pg_url, "UPDATE alembic_version SET version_num = 'f00dfeed'")
    before = _tables(pg_url)
    with pytest.raises(StoreError) as refused:
        open_store(location)
    assert str(refused.value) == (
        f"{location.describe()} was made by a newer version of JAGDesk (schema f00dfeed); "
        "install that version to open it."
    )
    assert _tables(pg_url) == before


def test_user_who_may_not_create_tables(pg_url: str) -> None:
    role = f"clerk_{uuid.uuid4().hex[:8]}"
    _sql(pg_url, f"CREATE ROLE {role} LOGIN")
    try:
        location = resolve_location(pg_url.replace("postgres@", f"{role}@"))
        with pytest.raises(StoreError) as refused:
            open_store(location)
        assert str(refused.value) == (
            f"Cannot set up or upgrade the store {location.describe()}: "
            "permission denied for schema public."
        )
        assert _tables(pg_url) == []
    finally:
        _sql(pg_url, f"DROP ROLE {role}")
