"""An encrypted store is a SQLCipher file: nothing in it can be read without the passphrase."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jagdesk.services.reference.agencies import list_agencies
from jagdesk.store.engine import SQLITE_HEADER
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store
from tests.support.stores import PASSPHRASE, open_copy


@pytest.fixture
def encrypted(encrypted_demo_template: Path, tmp_path: Path) -> Path:
    """The demo partnership in a store encrypted with PASSPHRASE (a copy of the template), closed."""
    path = tmp_path / "secret.db"
    with open_copy(encrypted_demo_template, path, PASSPHRASE) as store:
        assert store.encrypted
        assert store.describe() == f"SQLite, encrypted: {path}"
    return path


def test_file_is_not_plain_sqlite(encrypted: Path) -> None:
    data = encrypted.read_bytes()
    assert data[:16] != SQLITE_HEADER
    with sqlite3.connect(encrypted) as raw, pytest.raises(sqlite3.DatabaseError):
        raw.execute("SELECT name FROM sqlite_master").fetchall()
    raw.close()


def test_records_are_not_in_the_bytes(encrypted: Path, demo_file: Path) -> None:
    names = [b"Hertfordshire Constabulary", "Wiśniewski".encode(), b"E05004746",
             b"priya.raman@hertsmere.example.gov.uk"]
    data = encrypted.read_bytes()
    assert not [name for name in names if name in data]
    # The same records in a plain store are there to be read: the search itself works.
    assert all(name in demo_file.read_bytes() for name in names)


def test_reopened_with_the_passphrase(encrypted: Path) -> None:
    with open_store(sqlite_location(encrypted), PASSPHRASE) as store, \
            store.unit_of_work() as uow:
        assert len(list_agencies(uow)) == 11
