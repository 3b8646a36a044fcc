"""The command line, run in-process: what each command prints and its exit status."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from jagdesk.cli import main
from jagdesk.services.admin.transfer import table_counts
from jagdesk.store.engine import SQLITE_HEADER
from jagdesk.store.location import resolve_location, sqlite_location
from jagdesk.store.migrate import head_revision
from jagdesk.store.opening import open_store
from tests.support.command_line import Capsys, run
from tests.support.stores import copy_store

PASSPHRASE = "correct horse battery"


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo store at tmp_path/csp.db (test_demo_and_demo_again runs the command)."""
    return copy_store(demo_template, tmp_path / "csp.db")


def test_init_creates_a_store(tmp_path: Path, capsys: Capsys) -> None:
    path = tmp_path / "csp.db"
    assert run(capsys, "--db", str(path), "init") == (
        0, f"Store ready: SQLite: {path} (schema {head_revision()}).\n", "")
    assert path.read_bytes()[:16] == SQLITE_HEADER
    # Again: nothing to do, and it says so the same way.
    assert run(capsys, "--db", str(path), "init")[:2] == (
        0, f"Store ready: SQLite: {path} (schema {head_revision()}).\n")


def test_init_in_the_data_folder_by_default(private_data_dir: Path, capsys: Capsys) -> None:
    status, out, _err = run(capsys, "init")
    assert status == 0
    assert out == f"Store ready: SQLite: {private_data_dir / 'jagdesk.db'} (schema {head_revision()}).\n"
    assert (private_data_dir / "jagdesk.db").is_file()


def test_store_named_by_the_environment(tmp_path: Path, capsys: Capsys,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAGDESK_DB", str(tmp_path / "office.db"))
    assert run(capsys, "demo")[0] == 0
    status, out, _err = run(capsys, "list", "localities")
    assert status == 0 and len(out.splitlines()) == 1 + 5


def test_init_encrypted(tmp_path: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.db"
    monkeypatch.setenv("JAGDESK_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "--db", str(path), "init", "--encrypt") == (
        0, f"Store ready: SQLite, encrypted: {path} (schema {head_revision()}).\n", "")
    assert path.read_bytes()[:16] != SQLITE_HEADER
    assert run(capsys, "--db", str(path), "demo")[0] == 0
    status, out, _err = run(capsys, "--db", str(path), "list", "agencies", "--json")
    assert status == 0 and len(json.loads(out)) == 11


def demo_rows(path: Path, passphrase: str | None = None) -> int:
    """Every row a store (file) holds, as restore counts them."""
    with open_store(sqlite_location(path), passphrase, upgrade=False, lock=False) as store:
        return sum(table_counts(store).values())


def test_demo_and_demo_again(tmp_path: Path, capsys: Capsys) -> None:
    path = tmp_path / "csp.db"
    assert run(capsys, "--db", str(path), "demo") == (
        0, "Demo loaded: 11 agencies, 21 contacts, 5 localities, 15 wards, 5 hotspots, "
           "5 cases with 14 people and 30 actions, 7 meetings with 17 actions, "
           "an action plan of 13 items, 13,799 crimes.\n", "")
    assert run(capsys, "--db", str(path), "demo") == (
        2, "", "jagdesk: The store already has records; the demo loads only into an empty store.\n")


def test_check_text_and_json(demo_db: Path, capsys: Capsys) -> None:
    status, out, err = run(capsys, "--db", str(demo_db), "check")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[:2] == [f"Store: SQLite: {demo_db}",
                         f"Schema: {head_revision()} (this JAGDesk: {head_revision()})"]
    assert {"agencies: 11", "contacts: 21", "localities: 5", "wards: 15"} <= set(lines)
    assert lines[-1] == "Integrity: ok"
    assert run(capsys, "--db", str(demo_db), "check", "--full")[:2] == (0, out)
    status, out, _err = run(capsys, "--db", str(demo_db), "check", "--json")
    assert status == 0
    report = json.loads(out)
    assert report["store"] == f"SQLite: {demo_db}"
    assert report["schema"] == report["expected_schema"] == head_revision()
    assert report["problems"] == []
    assert {k: report["counts"][k] for k in ("agencies", "contacts", "localities", "wards")} == {
        "agencies": 11, "contacts": 21, "localities": 5, "wards": 15}


def test_check_of_a_damaged_store_exits_1(demo_db: Path, capsys: Capsys) -> None:
    import sqlite3

    with sqlite3.connect(demo_db) as raw:
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("DELETE FROM locality WHERE name = 'Shenley'")
    raw.close()
    status, out, _err = run(capsys, "--db", str(demo_db), "check")
    assert status == 1
    lines = out.splitlines()
    problems = lines[lines.index("Problems:") + 1:]
    # Shenley's ward and the hotspot in it both point at the deleted locality.
    assert any(p.startswith("  ward row ") and p.endswith(" refers to a missing locality")
               for p in problems)


# Each kind's column headings and how many the demo has.
LISTINGS: dict[str, tuple[list[str], int]] = {
    "agencies": (["Name", "Type", "Active", "Contact count"], 11),
    "contacts": (["Name", "Role", "Agency name", "Phone", "Email"], 21),
    "localities": (["Name", "Ward count", "Description"], 5),
    "wards": (["Code", "Name", "Locality name"], 15),
}


@pytest.mark.parametrize("kind", sorted(LISTINGS))
def test_list_text(kind: str, demo_db: Path, capsys: Capsys) -> None:
    header, count = LISTINGS[kind]
    status, out, err = run(capsys, "--db", str(demo_db), "list", kind)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert re.split(r"\s{2,}", lines[0]) == header
    assert len(lines) == 1 + count


@pytest.mark.parametrize("kind", sorted(LISTINGS))
def test_list_json(kind: str, demo_db: Path, capsys: Capsys) -> None:
    _header, count = LISTINGS[kind]
    status, out, _err = run(capsys, "--db", str(demo_db), "list", kind, "--json")
    rows = json.loads(out)
    assert status == 0 and len(rows) == count
    assert all(isinstance(row["id"], str) and row["version"] == 1 for row in rows)


def test_list_shows_what_a_user_expects(demo_db: Path, capsys: Capsys) -> None:
    _status, out, _err = run(capsys, "--db", str(demo_db), "list", "wards")
    assert "E05004760  Shenley                  Shenley" in out.splitlines()
    _status, out, _err = run(capsys, "--db", str(demo_db), "list", "agencies", "--json")
    crimestoppers = next(row for row in json.loads(out) if row["name"] == "Crimestoppers")
    assert crimestoppers["active"] is False and crimestoppers["agency_type"] == "other"


def test_backup_and_restore(demo_db: Path, tmp_path: Path, capsys: Capsys,
                            digest: Callable[[Path], str]) -> None:
    dest = tmp_path / "monday.db"
    assert run(capsys, "--db", str(demo_db), "backup", str(dest)) == (
        0, f"Backed up to {dest}.\n", "")
    before = digest(dest)
    assert run(capsys, "--db", str(demo_db), "backup", str(dest)) == (
        2, "", f"jagdesk: {dest} already exists; choose a new file name for the backup.\n")
    assert digest(dest) == before

    other = tmp_path / "other.db"
    assert run(capsys, "--db", str(other), "init")[0] == 0
    assert run(capsys, "--db", str(other), "restore", str(dest)) == (
        2, "", "jagdesk: restore replaces every record in the store; add --yes to go ahead.\n")
    assert run(capsys, "--db", str(other), "restore", str(dest), "--yes") == (
        0, f"Restored {demo_rows(dest)} rows from {dest}.\n", "")
    status, out, _err = run(capsys, "--db", str(other), "list", "contacts", "--json")
    assert status == 0 and len(json.loads(out)) == 21
    assert digest(dest) == before


def test_a_new_computer_starts_from_a_backup(demo_db: Path, tmp_path: Path,
                                            capsys: Capsys) -> None:
    dest = tmp_path / "monday.db"
    assert run(capsys, "--db", str(demo_db), "backup", str(dest))[0] == 0
    fresh = tmp_path / "new-laptop" / "jagdesk.db"
    fresh.parent.mkdir()
    # No store there yet: nothing is replaced, so nothing is asked.
    assert run(capsys, "--db", str(fresh), "restore", str(dest)) == (
        0, f"Restored {demo_rows(dest)} rows from {dest} into a new store.\n", "")
    status, out, _err = run(capsys, "--db", str(fresh), "list", "contacts", "--json")
    assert status == 0 and len(json.loads(out)) == 21


def test_a_refused_restore_leaves_no_new_store_behind(tmp_path: Path, capsys: Capsys) -> None:
    not_a_backup = tmp_path / "notes.db"
    not_a_backup.write_text("meeting notes, not a backup\n", encoding="utf-8")
    fresh = tmp_path / "jagdesk.db"
    status, out, err = run(capsys, "--db", str(fresh), "restore", str(not_a_backup))
    assert (status, out) == (2, "") and err.count("\n") == 1
    assert {p.name for p in tmp_path.iterdir()} - {"jagdesk-data"} == {"notes.db"}


def test_transfer_to_postgresql_and_back(demo_db: Path, pg_url: str, tmp_path: Path,
                                         capsys: Capsys) -> None:
    where = resolve_location(pg_url).describe()
    status, out, err = run(capsys, "--db", str(demo_db), "transfer", "--to", pg_url)
    assert (status, err) == (0, "")
    with open_store(sqlite_location(demo_db), upgrade=False, lock=False) as source:
        expected = {table: str(n) for table, n in table_counts(source).items()}
    prefix = f"Copied {sum(map(int, expected.values()))} rows to {where}; counts verified: "
    assert out.startswith(prefix) and out.endswith(".\n")
    counts = dict(item.split(" ") for item in out[len(prefix):-2].split(", "))
    assert counts == expected
    assert {"agency": "11", "contact": "21", "locality": "5", "ward": "15"}.items() <= counts.items()
    status, out, _err = run(capsys, "--db", pg_url, "list", "wards", "--json")
    assert status == 0 and len(json.loads(out)) == 15
    # Into a store that already has records: refused.
    assert run(capsys, "--db", str(demo_db), "transfer", "--to", pg_url) == (
        2, "", f"jagdesk: {where} already holds records; transfer copies into an empty store "
               "only.\n")
    back = tmp_path / "back.db"
    assert run(capsys, "--db", pg_url, "transfer", "--to", str(back))[0] == 0
    status, out, _err = run(capsys, "--db", str(back), "check", "--json")
    assert status == 0 and json.loads(out)["counts"]["contacts"] == 21


def test_transfer_to_itself(demo_db: Path, capsys: Capsys) -> None:
    assert run(capsys, "--db", str(demo_db), "transfer", "--to", str(demo_db)) == (
        2, "", "jagdesk: The target is the open store itself; name another store with --to.\n")


def test_version(capsys: Capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == "JAGDesk 0.1.0\n"


def test_encrypted_backup_of_postgresql_and_restore(pg_demo_url: str, tmp_path: Path,
                                                    capsys: Capsys,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    pg_url = pg_demo_url  # the demo partnership on the server
    monkeypatch.setenv("JAGDESK_PASSPHRASE", PASSPHRASE)
    dest = tmp_path / "office.db"
    assert run(capsys, "--db", pg_url, "backup", str(dest)) == (0, f"Backed up to {dest}.\n", "")
    assert dest.read_bytes()[:16] != SQLITE_HEADER
    assert run(capsys, "--db", pg_url, "restore", str(dest), "--yes") == (
        0, f"Restored {demo_rows(dest, PASSPHRASE)} rows from {dest}.\n", "")
