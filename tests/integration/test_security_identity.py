"""Who the store says made a change: on PostgreSQL the server's login, whatever JAGDESK_USER says;
on SQLite the local user (JAGDESK_USER, else the operating system's login name)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from jagdesk.services.reference.agencies import AgencyInput, save_agency
from jagdesk.store.location import resolve_location, sqlite_location
from jagdesk.store.models import Agency, AuditEntry
from jagdesk.store.opening import Store, open_store
from tests.support.postgres import PostgresServer


def _who_saved(store: Store) -> tuple[str, str, list[str]]:
    with store.unit_of_work() as uow:
        saved = save_agency(uow, AgencyInput("Victim Support", "voluntary"))
    with store.unit_of_work() as uow:
        agency = uow.get(Agency, saved.id)
        users = list(uow.session.scalars(select(AuditEntry.user)))
        return agency.created_by, agency.updated_by, users


def test_on_postgresql_the_trail_names_the_login_not_jagdesk_user(
        pg_server: PostgresServer, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    database = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(pg_server.dsn(database), autocommit=True) as conn:
        conn.execute("CREATE ROLE dana_wells LOGIN SUPERUSER")
    try:
        monkeypatch.setenv("JAGDESK_USER", "someone-else")
        url = pg_url.replace("postgres@", "dana_wells@")
        with open_store(resolve_location(url)) as store:
            assert store.login == "dana_wells"
            assert _who_saved(store) == ("dana_wells", "dana_wells", ["dana_wells"])
    finally:
        pg_server.admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        pg_server.admin("DROP ROLE dana_wells")


def test_on_sqlite_jagdesk_user_names_who_saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAGDESK_USER", "sam.cso")
    with open_store(sqlite_location(tmp_path / "t.db")) as store:
        assert store.login is None
        assert _who_saved(store) == ("sam.cso", "sam.cso", ["sam.cso"])
