"""Nothing leaves the store less protected than it was: transfers of an encrypted store stay
encrypted, and the store, its folder and its backups are readable by their owner alone."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from jagdesk.cli import main
from jagdesk.services.admin.safekeeping import backup_store
from jagdesk.services.reference.agencies import AgencyInput, save_agency
from jagdesk.store.engine import SQLITE_HEADER
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store

PASSPHRASE = "correct horse battery"
OTHER = "another long passphrase"
Capsys = pytest.CaptureFixture[str]

posix_only = pytest.mark.skipif(os.name != "posix", reason="Windows profiles keep others out")


def _encrypted_store(path: Path) -> None:
    with open_store(sqlite_location(path), PASSPHRASE) as store, store.unit_of_work() as uow:
        save_agency(uow, AgencyInput("Victim Support", "voluntary"))


def _run(capsys: Capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


@pytest.mark.parametrize(("target_passphrase", "key"), [(None, PASSPHRASE), (OTHER, OTHER)])
def test_transfer_of_an_encrypted_store_is_encrypted(
        tmp_path: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch,
        target_passphrase: str | None, key: str) -> None:
    source, target = tmp_path / "laptop.db", tmp_path / "copy.db"
    _encrypted_store(source)
    monkeypatch.setenv("JAGDESK_PASSPHRASE", PASSPHRASE)
    if target_passphrase:
        monkeypatch.setenv("JAGDESK_TARGET_PASSPHRASE", target_passphrase)
    code, err = _run(capsys, "--db", str(source), "transfer", "--to", str(target))
    assert code == 0, err
    assert target.read_bytes()[:16] != SQLITE_HEADER
    assert b"Victim Support" not in target.read_bytes()
    with open_store(sqlite_location(target), key, create=False, lock=False):
        pass


def test_a_plain_copy_of_an_encrypted_store_needs_decrypt(tmp_path: Path, capsys: Capsys,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    source, target = tmp_path / "laptop.db", tmp_path / "copy.db"
    _encrypted_store(source)
    monkeypatch.setenv("JAGDESK_PASSPHRASE", PASSPHRASE)
    assert _run(capsys, "--db", str(source), "transfer", "--to", str(target), "--decrypt")[0] == 0
    assert target.read_bytes()[:16] == SQLITE_HEADER


def test_an_encrypted_store_goes_to_postgresql_only_with_decrypt(
        pg_url: str, tmp_path: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "laptop.db"
    _encrypted_store(source)
    monkeypatch.setenv("JAGDESK_PASSPHRASE", PASSPHRASE)
    code, err = _run(capsys, "--db", str(source), "transfer", "--to", pg_url)
    assert code == 2
    assert "is encrypted" in err and "add --decrypt" in err and len(err.splitlines()) == 1
    from jagdesk.store.location import resolve_location
    from jagdesk.store.migrate import current_revision

    with open_store(resolve_location(pg_url), upgrade=False) as server, \
            server.engine.connect() as connection:
        assert current_revision(connection) is None  # nothing was made on the server
    assert _run(capsys, "--db", str(source), "transfer", "--to", pg_url, "--decrypt")[0] == 0


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_the_data_folder_the_store_and_its_backups_are_owner_only(
        private_data_dir: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    old = os.umask(0o022)
    try:
        assert main(["init"]) == 0
        store_file = private_data_dir / "jagdesk.db"
        with open_store(sqlite_location(store_file)) as store:
            with store.unit_of_work() as uow:
                save_agency(uow, AgencyInput("Hertsmere Borough Council", "council"))
            copy = backup_store(store, private_data_dir / "manual.db")
        with open_store(sqlite_location(store_file)):  # the day's automatic backup
            pass
        [automatic] = list((private_data_dir / "backups").glob("*.db"))
        assert _mode(private_data_dir) == 0o700
        assert _mode(private_data_dir / "backups") == 0o700
        for path in (store_file, copy, automatic):
            assert _mode(path) == 0o600, path
        companions = list(private_data_dir.glob("jagdesk.db-*"))
        assert all(_mode(path) == 0o600 for path in companions)
    finally:
        os.umask(old)
    capsys.readouterr()


@posix_only
def test_the_default_store_left_readable_by_all_is_made_owner_only(
        private_data_dir: Path) -> None:
    from jagdesk.store.location import resolve_location

    with open_store(resolve_location()):
        pass
    store_file = private_data_dir / "jagdesk.db"
    private_data_dir.chmod(0o755)  # as an earlier release left them
    store_file.chmod(0o644)
    with open_store(resolve_location()):
        assert (_mode(private_data_dir), _mode(store_file)) == (0o700, 0o600)


@posix_only
def test_a_store_shared_in_a_team_folder_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "team.db"
    with open_store(sqlite_location(path)):
        pass
    path.chmod(0o660)  # the team's group can read and write it
    with open_store(sqlite_location(path)):
        assert _mode(path) == 0o660
