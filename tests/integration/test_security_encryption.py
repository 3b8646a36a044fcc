"""`jagdesk encrypt`, `decrypt` and `passphrase` on a SQLite store: a verified backup first, every
row kept, the change in the audit trail; bad input refused with the store left exactly as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from jagdesk import paths
from jagdesk.errors import WrongPassphraseError
from jagdesk.services.admin.maintenance import check_store
from jagdesk.store.backup import integrity_problem
from jagdesk.store.engine import SQLITE_HEADER
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import AuditEntry
from jagdesk.store.opening import Store, open_store
from jagdesk.store.preflight import read_header
from tests.support.command_line import Capsys, run

Rows = Callable[[Store], dict[str, list[tuple[object, ...]]]]
FIRST = "first long passphrase"
SECOND = "second long passphrase"


def _rows(path: Path, key: str | None, store_rows: Rows) -> dict[str, list[tuple[object, ...]]]:
    with open_store(sqlite_location(path), key, create=False, backup_keep=0) as store:
        assert check_store(store).ok
        return store_rows(store)


def _last_entry(path: Path, key: str | None) -> tuple[str, str]:
    with open_store(sqlite_location(path), key, create=False, backup_keep=0) as store, \
            store.unit_of_work() as uow:
        entry = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert entry is not None
        return entry.action, entry.record_title


def _without_trail(rows: dict[str, list[tuple[object, ...]]]) -> dict[str, list[tuple[object, ...]]]:
    return {table: found for table, found in rows.items() if table != "audit_entry"}


def test_encrypt_change_the_passphrase_and_decrypt(demo_file: Path, capsys: Capsys,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    store_rows: Rows) -> None:
    before = _rows(demo_file, None, store_rows)
    monkeypatch.setenv("JAGDESK_NEW_PASSPHRASE", FIRST)
    status, out, err = run(capsys, "--db", str(demo_file), "encrypt")
    assert (status, err) == (0, "")
    assert read_header(demo_file) != SQLITE_HEADER
    kept = Path(out.rsplit("the backup made first is ", 1)[1].strip().rstrip("."))
    assert kept.parent == paths.backups_dir() and read_header(kept) == SQLITE_HEADER
    assert integrity_problem(kept, None) is None
    assert _without_trail(_rows(demo_file, FIRST, store_rows)) == _without_trail(before)
    assert _last_entry(demo_file, FIRST) == ("encrypt", "Encrypted")

    monkeypatch.setenv("JAGDESK_PASSPHRASE", FIRST)
    monkeypatch.setenv("JAGDESK_NEW_PASSPHRASE", SECOND)
    assert run(capsys, "--db", str(demo_file), "passphrase")[0] == 0
    with pytest.raises(WrongPassphraseError):
        open_store(sqlite_location(demo_file), FIRST, create=False)
    assert _without_trail(_rows(demo_file, SECOND, store_rows)) == _without_trail(before)

    monkeypatch.setenv("JAGDESK_PASSPHRASE", SECOND)
    assert run(capsys, "--db", str(demo_file), "decrypt")[0] == 0
    assert read_header(demo_file) == SQLITE_HEADER
    assert _without_trail(_rows(demo_file, None, store_rows)) == _without_trail(before)
    assert _last_entry(demo_file, None) == ("decrypt", "Decrypted")


@pytest.mark.parametrize(("command", "env", "message"), [
    ("decrypt", {}, "is not encrypted; 'jagdesk encrypt' encrypts it."),
    ("passphrase", {}, "is not encrypted; 'jagdesk encrypt' encrypts it."),
    ("encrypt", {"JAGDESK_NEW_PASSPHRASE": "short"}, "The passphrase must have at least"),
])
def test_bad_input_leaves_the_store_as_it_was(demo_file: Path, capsys: Capsys,
                                              monkeypatch: pytest.MonkeyPatch,
                                              digest: Callable[[Path], str], command: str,
                                              env: dict[str, str], message: str) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    was = digest(demo_file)
    status, out, err = run(capsys, "--db", str(demo_file), command)
    assert (status, out) == (2, "")
    assert err.startswith("jagdesk: ") and message in err and err.count("\n") == 1
    assert digest(demo_file) == was


def test_a_wrong_passphrase_or_an_encrypted_store_encrypted_again(
        demo_file: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch,
        digest: Callable[[Path], str]) -> None:
    monkeypatch.setenv("JAGDESK_NEW_PASSPHRASE", FIRST)
    assert run(capsys, "--db", str(demo_file), "encrypt")[0] == 0
    was = digest(demo_file)
    status, _out, err = run(capsys, "--db", str(demo_file), "encrypt")
    assert (status, err.count("\n")) == (2, 1)
    assert "is already encrypted; 'jagdesk passphrase' changes its passphrase." in err
    monkeypatch.setenv("JAGDESK_PASSPHRASE", "not the passphrase")
    status, _out, err = run(capsys, "--db", str(demo_file), "decrypt")
    assert (status, err.count("\n")) == (2, 1)
    assert digest(demo_file) == was
