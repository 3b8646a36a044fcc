"""An upgrade never loses a record: every earlier schema, every table filled, on both engines.

Each earlier revision's store is made by the shipped migrations, two rows put in every table
(parents and children), and then opened the way a user opens it (backup, then upgrade). Every row
must still be there with every value it had. A new revision is covered without any change here."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from jagdesk import paths
from jagdesk.errors import StoreError
from jagdesk.services.admin.maintenance import check_store
from jagdesk.store import migrate
from jagdesk.store.engine import server_engine, sqlite_engine
from jagdesk.store.location import StoreLocation, sqlite_location
from jagdesk.store.opening import open_store
from tests.support.old_store import EARLIER, read_back
from tests.support.old_templates import EarlierStore


@pytest.mark.parametrize("revision", EARLIER)
def test_an_upgrade_keeps_every_row_of_every_table(store_location: StoreLocation, revision: str,
                                                   earlier_store: EarlierStore) -> None:
    before = earlier_store(store_location, revision)
    assert all(len(rows) == 2 for rows in before.values())

    with open_store(store_location) as store:
        assert store.revision == migrate.head_revision()
        assert store.last_backup is not None  # the data was copied before it was upgraded
        with store.engine.connect() as connection:
            after = read_back(connection, before)
        report = check_store(store)
    assert after == before
    assert report.ok, report


@pytest.mark.parametrize("revision", EARLIER)
def test_the_backup_before_an_upgrade_holds_every_row(store_location: StoreLocation, revision: str,
                                                      earlier_store: EarlierStore) -> None:
    before = earlier_store(store_location, revision)
    with open_store(store_location) as store:
        assert store.last_backup is not None
        backup_file = Path(store.last_backup)
    assert backup_file.parent == paths.backups_dir()
    engine = sqlite_engine(sqlite_location(backup_file), None)
    try:
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == revision
            assert read_back(connection, before) == before
    finally:
        engine.dispose()


def test_a_store_with_broken_references_is_not_upgraded(tmp_path: Path, digest,  # type: ignore[no-untyped-def]
                                                        earlier_store: EarlierStore) -> None:
    location = sqlite_location(tmp_path / "old.db")
    earlier_store(location, EARLIER[-1])
    raw = create_engine(f"sqlite:///{location.path}")
    with raw.begin() as connection:  # foreign keys are off on a plain connection
        connection.execute(text("DELETE FROM contact"))
    raw.dispose()
    assert location.path is not None
    was = digest(location.path)
    check = sqlite_engine(location, None)
    with check.connect() as connection:
        tables = migrate.table_names(connection)
    check.dispose()
    with pytest.raises(StoreError, match="was not upgraded: .* already point at missing contact"):
        open_store(location)
    assert digest(location.path) == was
    check = sqlite_engine(location, None)
    with check.connect() as connection:
        assert migrate.current_revision(connection) == EARLIER[-1]
        assert migrate.table_names(connection) == tables  # nothing of the new schema half made
    check.dispose()


@pytest.mark.parametrize("copies", [3])
def test_copies_opening_an_older_server_together_upgrade_it_once(pg_url: str, copies: int,
                                                                 earlier_store: EarlierStore) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from jagdesk.store.location import resolve_location
    from jagdesk.store.opening import backup_series

    location = resolve_location(pg_url)
    before = earlier_store(location, EARLIER[-1])

    def open_and_close(_: int) -> str | None:
        with open_store(location) as store:
            assert store.revision == migrate.head_revision()
            return store.last_backup

    with ThreadPoolExecutor(max_workers=copies) as pool:
        backups = list(pool.map(open_and_close, range(copies)))
    assert len([b for b in backups if b]) == 1  # one copy upgraded (and backed up), the rest waited
    assert len(backup_series(location).files()) == 1
    with open_store(location) as store, store.engine.connect() as connection:
        assert read_back(connection, before) == before


@pytest.mark.parametrize("revision", EARLIER)
def test_check_on_a_store_of_an_earlier_release_says_to_upgrade_it(
        tmp_path: Path, revision: str, capsys: pytest.CaptureFixture[str], digest,  # type: ignore[no-untyped-def]
        earlier_store: EarlierStore) -> None:
    from jagdesk.cli import main

    path = tmp_path / "old.db"
    earlier_store(sqlite_location(path), revision)
    was = digest(path)
    assert main(["--db", str(path), "check"]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    assert f"the schema is at {revision}, this JAGDesk expects {migrate.head_revision()}: " \
           "open the store in JAGDesk or run 'jagdesk init' to upgrade it" in out
    assert digest(path) == was


def test_a_server_table_that_is_not_the_stores_is_left_out_of_its_backup(
        pg_url: str, earlier_store: EarlierStore) -> None:
    """A server database may hold tables of its own (PostGIS's, a database administrator's):
    they neither stop the upgrade nor go into the store's backup."""
    from jagdesk.store.location import resolve_location

    location = resolve_location(pg_url)
    before = earlier_store(location, EARLIER[-1])
    engine = server_engine(location)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE site_notes (id serial PRIMARY KEY, addr inet)"))
        connection.execute(text("INSERT INTO site_notes (addr) VALUES ('10.0.0.1')"))
    engine.dispose()
    with open_store(location) as store:
        assert store.revision == migrate.head_revision()
        assert store.last_backup is not None
        with store.engine.connect() as connection:
            assert read_back(connection, before) == before
            assert connection.execute(text("SELECT count(*) FROM site_notes")).scalar() == 1
    backup = sqlite_engine(sqlite_location(Path(store.last_backup)), None)
    with backup.connect() as connection:
        assert "site_notes" not in migrate.table_names(connection)
    backup.dispose()
