"""Automatic backups when a SQLite store is opened: timestamped, daily, the newest N kept."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from jagdesk.errors import StoreError
from jagdesk.services.reference.agencies import AgencyInput, list_agencies, save_agency
from jagdesk.store.engine import SQLITE_HEADER
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store

DAY = 24 * 60 * 60


def _add(path: Path, name: str, passphrase: str | None = None) -> None:
    with open_store(sqlite_location(path), passphrase) as store, store.unit_of_work() as uow:
        save_agency(uow, AgencyInput(name, "council"))


def _open_and_close(path: Path, keep: int = 10, passphrase: str | None = None) -> str | None:
    with open_store(sqlite_location(path), passphrase, backup_keep=keep) as store:
        return store.last_backup


def _age(backups: list[Path], days: int) -> None:
    """Make the backups look `days` older (as if the app was last opened then)."""
    for backup in backups:
        stamp = backup.stat().st_mtime - days * DAY
        os.utime(backup, (stamp, stamp))


def test_a_backup_a_day(tmp_path: Path, private_data_dir: Path) -> None:
    path = tmp_path / "csp.db"
    folder = private_data_dir / "backups"
    assert _open_and_close(path) is None  # a new, empty store has nothing to back up
    _add(path, "Hertsmere Borough Council")
    [first] = sorted(folder.glob("csp-*.db"))
    assert first.name.startswith("csp-daily-")
    assert first.read_bytes()[:16] == SQLITE_HEADER
    with open_store(sqlite_location(first), create=False, upgrade=False, lock=False) as copy, \
            copy.unit_of_work() as uow:
        assert list_agencies(uow) == []  # taken when the store was opened, before the change
    assert _open_and_close(path) is None  # not due again today
    _age([first], days=2)
    made = _open_and_close(path)
    assert made is not None
    assert sorted(folder.glob("csp-*.db")) == sorted([first, Path(made)])
    with open_store(sqlite_location(Path(made)), create=False, lock=False) as copy, \
            copy.unit_of_work() as uow:
        assert [row.name for row in list_agencies(uow)] == ["Hertsmere Borough Council"]


def test_only_the_newest_are_kept(tmp_path: Path, private_data_dir: Path) -> None:
    path = tmp_path / "csp.db"
    folder = private_data_dir / "backups"
    _add(path, "Hertsmere Borough Council")
    made: list[str] = []
    for _day in range(4):
        _age(list(folder.glob("csp-*.db")), days=2)
        made.append(str(_open_and_close(path, keep=2)))
    left = sorted(str(p) for p in folder.glob("csp-*.db"))
    assert left == sorted(made[-2:])


def test_stores_with_similar_names_keep_their_own_backups(tmp_path: Path,
                                                          private_data_dir: Path) -> None:
    folder = private_data_dir / "backups"
    _add(tmp_path / "site-2.db", "Second site")
    _open_and_close(tmp_path / "site-2.db")
    _add(tmp_path / "site.db", "First site")
    _open_and_close(tmp_path / "site.db")  # due: it has no backup of its own yet
    assert len(list(folder.glob("site-2-daily-*.db"))) == 1
    ours = list(folder.glob("site-daily-*.db"))
    assert len(ours) == 1
    _age(ours, days=2)
    _open_and_close(tmp_path / "site.db", keep=1)  # pruning site's backups...
    assert len(list(folder.glob("site-2-daily-*.db"))) == 1  # ...leaves site-2's alone


def test_backup_of_an_encrypted_store_is_encrypted(tmp_path: Path,
                                                    private_data_dir: Path) -> None:
    path = tmp_path / "secret.db"
    _add(path, "Hertfordshire Constabulary", passphrase="correct horse battery")
    _add(path, "Victim Support", passphrase="correct horse battery")
    [backup] = (private_data_dir / "backups").glob("secret-*.db")
    data = backup.read_bytes()
    assert data[:16] != SQLITE_HEADER
    assert b"Hertfordshire Constabulary" not in data
    with open_store(sqlite_location(backup), "correct horse battery", create=False,
                    upgrade=False, lock=False) as copy, copy.unit_of_work() as uow:
        assert [row.name for row in list_agencies(uow)] == ["Hertfordshire Constabulary"]



def test_backup_that_cannot_be_made_is_one_sentence(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    digest: Callable[[Path], str]) -> None:
    path = tmp_path / "csp.db"
    _add(path, "Hertsmere Borough Council")
    not_a_folder = tmp_path / "data-is-a-file"
    not_a_folder.write_text("oops", encoding="utf-8")
    monkeypatch.setenv("JAGDESK_DATA_DIR", str(not_a_folder))
    before = digest(path)
    with pytest.raises(StoreError) as refused:
        open_store(sqlite_location(path))
    message = str(refused.value)  # the reason is the operating system's: "Not a directory."
    assert message.startswith(f"Cannot back up {path} into {not_a_folder / 'backups'}: ")
    assert "\n" not in message and message.endswith(".")
    assert digest(path) == before
    # Once the folder is right, the store opens as before.
    monkeypatch.setenv("JAGDESK_DATA_DIR", str(tmp_path / "data"))
    with open_store(sqlite_location(path)) as store, store.unit_of_work() as uow:
        assert [row.name for row in list_agencies(uow)] == ["Hertsmere Borough Council"]


def test_stores_of_the_same_name_in_other_folders_keep_their_own_backups(
    tmp_path: Path, private_data_dir: Path
) -> None:
    folder = private_data_dir / "backups"
    office, laptop = tmp_path / "office" / "jagdesk.db", tmp_path / "laptop" / "jagdesk.db"
    office.parent.mkdir()
    laptop.parent.mkdir()
    _add(office, "Office partner")
    _add(laptop, "Laptop partner")
    _open_and_close(office)
    _open_and_close(laptop)  # due: the office store's backup is not the laptop's
    assert len(list(folder.glob("jagdesk-daily-*.db"))) == 2
    for _day in range(3):
        _age(list(folder.glob("jagdesk-*.db")), days=2)
        _open_and_close(office, keep=1)
    # Pruning the office store's backups to one left the laptop store's backup alone.
    assert len(list(folder.glob("jagdesk-daily-*.db"))) == 2


def test_a_new_encrypted_store_needs_a_long_enough_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "short.db"
    with pytest.raises(StoreError, match="at least 8 characters"):
        open_store(sqlite_location(path), "abc")
    assert not path.exists() or path.stat().st_size == 0
