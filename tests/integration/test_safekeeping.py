"""Backing up to a file and restoring from one: round trips, and backups that are refused."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from jagdesk.errors import StoreError
from jagdesk.services.admin.safekeeping import backup_store, restore_store
from jagdesk.services.reference.agencies import AgencyInput, list_agencies, save_agency
from jagdesk.store.engine import SQLITE_HEADER
from jagdesk.store.location import StoreLocation, resolve_location, sqlite_location
from jagdesk.store.opening import Store, open_store
from tests.support.stores import PASSPHRASE, copy_store, open_copy

Rows = Callable[[Store], dict[str, list[tuple[object, ...]]]]
Digest = Callable[[Path], str]


def _as_saved(now: dict[str, list[tuple[object, ...]]],
              saved: dict[str, list[tuple[object, ...]]]) -> bool:
    """After a restore: every record as saved; the audit trail keeps the saved entries and those
    of the store it replaced, with the restore itself."""
    records = {name: rows for name, rows in now.items() if name != "audit_entry"}
    records_saved = {name: rows for name, rows in saved.items() if name != "audit_entry"}
    return records == records_saved and set(saved["audit_entry"]) < set(now["audit_entry"])


def _change_everything(store: Store) -> None:
    with store.unit_of_work() as uow:
        [first, *_] = list_agencies(uow)
        save_agency(uow, AgencyInput("Added after the backup", "other"))
        save_agency(uow, AgencyInput(first.name, "other", active=False), first.id, first.version)


@pytest.fixture
def demo(demo_on_backend: Store) -> Store:
    """A store holding the demo partnership, on each backend."""
    return demo_on_backend


def test_backup_and_restore_round_trip(demo: Store, tmp_path: Path, store_rows: Rows,
                                       digest: Digest, private_data_dir: Path) -> None:
    saved = store_rows(demo)
    dest = backup_store(demo, tmp_path / "monday.db")
    assert dest == tmp_path / "monday.db"
    assert dest.read_bytes()[:16] == SQLITE_HEADER
    assert not (tmp_path / "monday.db.partial").exists()
    with open_store(sqlite_location(dest), create=False, upgrade=False, lock=False) as copy:
        assert store_rows(copy) == saved
    backup_bytes = digest(dest)

    _change_everything(demo)
    assert store_rows(demo) != saved
    restored = restore_store(demo, dest)
    assert restored["agency"] == 11 and restored["crime"] == 13799
    assert _as_saved(store_rows(demo), saved)
    # The backup file itself is never written to.
    assert digest(dest) == backup_bytes
    if demo.location.is_sqlite:
        assert len(list((private_data_dir / "backups").glob("t-before-restore-*.db"))) == 1


def test_encrypted_backup_and_restore(encrypted_demo_template: Path, tmp_path: Path,
                                      store_rows: Rows) -> None:
    with open_copy(encrypted_demo_template, tmp_path / "secret.db", PASSPHRASE) as store:
        saved = store_rows(store)
        dest = backup_store(store, tmp_path / "secret-backup.db")
        _change_everything(store)
        restore_store(store, dest)
        assert _as_saved(store_rows(store), saved)
    assert dest.read_bytes()[:16] != SQLITE_HEADER
    assert b"Hertfordshire Constabulary" not in dest.read_bytes()
    with pytest.raises(StoreError, match="give its passphrase"):
        open_store(sqlite_location(dest), create=False, upgrade=False, lock=False)


def test_postgresql_backup_to_an_encrypted_file(pg_demo_url: str, tmp_path: Path,
                                                store_rows: Rows) -> None:
    with open_store(resolve_location(pg_demo_url)) as store:
        saved = store_rows(store)
        dest = backup_store(store, tmp_path / "office.db", PASSPHRASE)
        assert dest.read_bytes()[:16] != SQLITE_HEADER
        with open_store(sqlite_location(dest), PASSPHRASE, create=False, lock=False) as copy:
            assert store_rows(copy) == saved
        _change_everything(store)
        restore_store(store, dest, PASSPHRASE)
        assert _as_saved(store_rows(store), saved)


def test_backup_never_overwrites(store: Store, tmp_path: Path, digest: Digest) -> None:
    existing = tmp_path / "minutes.db"
    existing.write_text("JAG minutes, not a backup\n", encoding="utf-8")
    before = digest(existing)
    with pytest.raises(StoreError) as refused:
        backup_store(store, existing)
    assert str(refused.value) == (
        f"{existing} already exists; choose a new file name for the backup."
    )
    assert digest(existing) == before


def test_backup_into_a_missing_folder(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError) as refused:
        backup_store(store, tmp_path / "usb" / "backup.db")
    assert str(refused.value) == f"The folder {tmp_path / 'usb'} does not exist."
    assert not (tmp_path / "usb").exists()


# --- Restores that are refused: the store and the file stay exactly as they were ---------------


def _newer(path: Path, demo_template: Path) -> str:
    copy_store(demo_template, path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0999'")
    raw.close()
    return f"{path} was made by a newer version of JAGDesk (schema 0999); install that version to open it."


def _text(path: Path, _demo_template: Path) -> str:
    path.write_text("Agenda: 1. Apologies 2. Hotspots\n", encoding="utf-8")
    return f"{path} is encrypted or is not a JAGDesk database; if it is encrypted, give its passphrase."


def _other_database(path: Path, _demo_template: Path) -> str:
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE cameras (id INTEGER PRIMARY KEY, place TEXT)")
        raw.execute("INSERT INTO cameras (place) VALUES ('Shenley Road')")
    raw.close()
    return f"{path} is a database, but not a JAGDesk store."


def _empty(path: Path, _demo_template: Path) -> str:
    path.write_bytes(b"")
    return f"{path} is not a JAGDesk backup: it holds no JAGDesk records."


def _blank_database(path: Path, _demo_template: Path) -> str:
    sqlite3.connect(path).close()  # a valid, empty SQLite file
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version = 1")
    raw.close()
    return f"{path} is not a JAGDesk backup: it holds no JAGDesk records."


@pytest.mark.parametrize("make", [_newer, _text, _other_database, _empty, _blank_database],
                         ids=["newer", "text", "other-database", "empty-file", "blank-database"])
def test_restore_of_a_bad_file_is_refused(make: Callable[[Path, Path], str], demo: Store,
                                          demo_template: Path, tmp_path: Path, store_rows: Rows,
                                          digest: Digest) -> None:
    before = store_rows(demo)
    source = tmp_path / "backup.db"
    message = make(source, demo_template)
    file_before = digest(source)
    with pytest.raises(StoreError) as refused:
        restore_store(demo, source)
    assert str(refused.value) == message
    assert store_rows(demo) == before
    assert digest(source) == file_before


def test_restore_of_a_missing_file(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError) as refused:
        restore_store(store, tmp_path / "nowhere.db")
    assert str(refused.value) == f"There is no backup file at {tmp_path / 'nowhere.db'}."


def test_restore_with_the_wrong_passphrase(encrypted_demo_template: Path, tmp_path: Path,
                                           store_rows: Rows, digest: Digest) -> None:
    with open_copy(encrypted_demo_template, tmp_path / "a.db", PASSPHRASE) as encrypted:
        dest = backup_store(encrypted, tmp_path / "a-backup.db")
    file_before = digest(dest)
    location: StoreLocation = sqlite_location(tmp_path / "b.db")
    with open_store(location, "another passphrase") as other:
        before = store_rows(other)
        with pytest.raises(StoreError) as refused:
            restore_store(other, dest)
        assert str(refused.value) == (
            f"The passphrase is wrong, or {dest} is not a JAGDesk database."
        )
        assert store_rows(other) == before
    assert digest(dest) == file_before
