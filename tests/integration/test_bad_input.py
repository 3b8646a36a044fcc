"""Stores that cannot be opened: one clear sentence, and the file left byte-for-byte as it was."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from jagdesk.errors import StoreError
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store

PASSPHRASE = "correct horse battery"


def _jagdesk_store(path: Path, passphrase: str | None = None) -> None:
    from jagdesk.services.reference.agencies import AgencyInput, save_agency

    with open_store(sqlite_location(path), passphrase) as store, store.unit_of_work() as uow:
        save_agency(uow, AgencyInput("Hertsmere Borough Council", "council"))


def text_file(path: Path) -> tuple[str | None, str]:
    path.write_text("JAG minutes, 14 March\nAction: PCSO patrols in Bushey Heath\n", "utf-8")
    return None, (f"{path} is encrypted or is not a JAGDesk database; "
                  "if it is encrypted, give its passphrase.")


def random_bytes(path: Path) -> tuple[str | None, str]:
    path.write_bytes(random.Random(7).randbytes(64 * 1024))
    return None, (f"{path} is encrypted or is not a JAGDesk database; "
                  "if it is encrypted, give its passphrase.")


def text_file_with_a_passphrase(path: Path) -> tuple[str | None, str]:
    text_file(path)
    return PASSPHRASE, f"The passphrase is wrong, or {path} is not a JAGDesk database."


def cut_off_store(path: Path) -> tuple[str | None, str]:
    whole = path.with_name("whole.db")
    _jagdesk_store(whole)
    path.write_bytes(whole.read_bytes()[:10000])  # a copy that stopped part way
    return None, f"{path} is not a JAGDesk database."


def other_sqlite_database(path: Path) -> tuple[str | None, str]:
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE cameras (id INTEGER PRIMARY KEY, place TEXT)")
        raw.execute("INSERT INTO cameras (place) VALUES ('Shenley Road')")
    raw.close()
    return None, f"{path} is a database, but not a JAGDesk store."


def newer_jagdesk_store(path: Path) -> tuple[str | None, str]:
    _jagdesk_store(path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    raw.close()
    return None, (f"{path} was made by a newer version of JAGDesk (schema f00dfeed); "
                  "install that version to open it.")


def wrong_passphrase(path: Path) -> tuple[str | None, str]:
    _jagdesk_store(path, PASSPHRASE)
    return "incorrect horse battery", (
        f"The passphrase is wrong, or {path} is not a JAGDesk database.")


def no_passphrase(path: Path) -> tuple[str | None, str]:
    _jagdesk_store(path, PASSPHRASE)
    return None, (f"{path} is encrypted or is not a JAGDesk database; "
                  "if it is encrypted, give its passphrase.")


def passphrase_for_a_plain_store(path: Path) -> tuple[str | None, str]:
    _jagdesk_store(path)
    return PASSPHRASE, f"{path} is not encrypted; open it without a passphrase."


BAD_FILES = [text_file, random_bytes, text_file_with_a_passphrase, cut_off_store,
             other_sqlite_database, newer_jagdesk_store, wrong_passphrase, no_passphrase,
             passphrase_for_a_plain_store]


@pytest.mark.parametrize("make", BAD_FILES, ids=[f.__name__ for f in BAD_FILES])
def test_bad_file_refused_and_left_alone(make: Callable[[Path], tuple[str | None, str]],
                                         tmp_path: Path, digest: Callable[[Path], str],
                                         private_data_dir: Path) -> None:
    folder = tmp_path / "stores"
    folder.mkdir()
    path = folder / "csp.db"
    passphrase, message = make(path)
    before = digest(path)
    files_before = sorted(os.listdir(folder))
    backups_before = sorted(private_data_dir.glob("backups/*"))
    with pytest.raises(StoreError) as refused:
        open_store(sqlite_location(path), passphrase)
    assert str(refused.value) == message
    assert digest(path) == before
    assert sorted(os.listdir(folder)) == files_before  # no -wal, -journal or lock beside it
    assert sorted(private_data_dir.glob("backups/*")) == backups_before


def test_folder_that_does_not_exist(tmp_path: Path) -> None:
    path = tmp_path / "no such folder" / "csp.db"
    with pytest.raises(StoreError) as refused:
        open_store(sqlite_location(path))
    assert str(refused.value) == f"The folder {tmp_path / 'no such folder'} does not exist."
    assert not path.parent.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="as root every folder can be written")
def test_folder_that_cannot_be_written(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreError) as refused:
            open_store(sqlite_location(folder / "csp.db"))
        assert str(refused.value) == f"JAGDesk cannot write to the folder {folder}."
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o755)


def test_a_folder_is_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "csp.db").mkdir()
    with pytest.raises(StoreError) as refused:
        open_store(sqlite_location(tmp_path / "csp.db"))
    assert str(refused.value) == f"{tmp_path / 'csp.db'} is a folder, not a database file."


def test_missing_store_is_not_created_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "csp.db"
    with pytest.raises(StoreError) as refused:
        open_store(sqlite_location(path), create=False)
    assert str(refused.value) == f"There is no JAGDesk store at {path}."
    assert not path.exists()
