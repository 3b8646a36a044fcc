"""Bad input on the command line: exit status 2, one line on stderr, and nothing written."""

from __future__ import annotations

import os
import random
import shutil
import socket
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from jagdesk.cli import main
from tests.support.stores import PASSPHRASE

Capsys = pytest.CaptureFixture[str]


@pytest.fixture(scope="module")
def made(demo_template: Path, encrypted_demo_template: Path) -> dict[str, Path]:
    """Demo stores, plain and encrypted with PASSPHRASE, built once per session and copied into each
    test (SQLCipher is slow to key, on purpose). Never written to."""
    return {"plain": demo_template, "encrypted": encrypted_demo_template}


Maker = Callable[[Path, dict[str, Path], pytest.MonkeyPatch], str]


def text_file(path: Path, made: dict[str, Path], env: pytest.MonkeyPatch) -> str:
    path.write_text("Hotspot review: Borehamwood town centre\n", encoding="utf-8")
    return "is encrypted or is not a JAGDesk database; if it is encrypted, give its passphrase."


def random_bytes(path: Path, made: dict[str, Path], env: pytest.MonkeyPatch) -> str:
    path.write_bytes(random.Random(11).randbytes(20000))
    return "is encrypted or is not a JAGDesk database; if it is encrypted, give its passphrase."


def other_database(path: Path, made: dict[str, Path], env: pytest.MonkeyPatch) -> str:
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE minutes (id INTEGER PRIMARY KEY, text TEXT)")
    raw.close()
    return "is a database, but not a JAGDesk store."


def newer_store(path: Path, made: dict[str, Path], env: pytest.MonkeyPatch) -> str:
    shutil.copyfile(made["plain"], path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    raw.close()
    return ("was made by a newer version of JAGDesk (schema f00dfeed); "
            "install that version to open it.")


def wrong_passphrase(path: Path, made: dict[str, Path], env: pytest.MonkeyPatch) -> str:
    shutil.copyfile(made["encrypted"], path)
    env.setenv("JAGDESK_PASSPHRASE", "incorrect horse battery")
    return "is not a JAGDesk database."


def no_passphrase(path: Path, made: dict[str, Path], env: pytest.MonkeyPatch) -> str:
    shutil.copyfile(made["encrypted"], path)
    return "is encrypted or is not a JAGDesk database; if it is encrypted, give its passphrase."


BAD_FILES = [text_file, random_bytes, other_database, newer_store, wrong_passphrase,
             no_passphrase]
COMMANDS = [["list", "agencies"], ["list", "wards", "--json"], ["check"], ["check", "--json"],
            ["demo"], ["init"], ["backup", "{folder}/copy.db"], ["restore", "{folder}/b.db", "--yes"],
            ["transfer", "--to", "{folder}/new.db"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]).replace("{", ""))
@pytest.mark.parametrize("make", BAD_FILES, ids=[f.__name__ for f in BAD_FILES])
def test_bad_store_refused(make: Maker, command: list[str], made: dict[str, Path],
                           tmp_path: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch,
                           digest: Callable[[Path], str]) -> None:
    folder = tmp_path / "stores"
    folder.mkdir()
    path = folder / "csp.db"
    ending = make(path, made, monkeypatch)
    before = digest(path)
    files = sorted(os.listdir(folder))
    argv = ["--db", str(path), *(part.format(folder=folder) for part in command)]
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("jagdesk: ") and err.endswith(f"{ending}\n")
    assert err.count("\n") == 1
    assert digest(path) == before
    assert sorted(os.listdir(folder)) == files


def _refused(capsys: Capsys, *argv: str) -> str:
    assert main(list(argv)) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("jagdesk: ")
    return err.removeprefix("jagdesk: ").rstrip("\n")


def test_folder_that_does_not_exist(tmp_path: Path, capsys: Capsys) -> None:
    path = tmp_path / "no such folder" / "csp.db"
    for command in (["init"], ["demo"], ["list", "agencies"], ["check"]):
        assert _refused(capsys, "--db", str(path), *command) == (
            f"The folder {path.parent} does not exist.")
    assert not path.parent.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="as root every folder can be written")
def test_folder_that_cannot_be_written(tmp_path: Path, capsys: Capsys) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert _refused(capsys, "--db", str(folder / "csp.db"), "init") == (
            f"JAGDesk cannot write to the folder {folder}.")
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o755)


def test_listing_a_store_that_is_not_there(tmp_path: Path, capsys: Capsys) -> None:
    path = tmp_path / "csp.db"
    assert _refused(capsys, "--db", str(path), "list", "agencies") == (
        f"There is no JAGDesk store at {path}.")
    assert not path.exists()


def test_encrypt_needs_a_passphrase(tmp_path: Path, capsys: Capsys) -> None:
    path = tmp_path / "secret.db"
    assert _refused(capsys, "--db", str(path), "init", "--encrypt") == (
        "--encrypt needs a passphrase: set JAGDESK_PASSPHRASE.")
    assert not path.exists()


def test_encrypt_with_a_short_passphrase(tmp_path: Path, capsys: Capsys,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAGDESK_PASSPHRASE", "secret")
    path = tmp_path / "secret.db"
    assert _refused(capsys, "--db", str(path), "init", "--encrypt") == (
        "The passphrase must have at least 8 characters.")
    assert not path.exists()


def test_encrypt_an_existing_store(tmp_path: Path, capsys: Capsys,
                                   monkeypatch: pytest.MonkeyPatch,
                                   digest: Callable[[Path], str]) -> None:
    path = tmp_path / "csp.db"
    assert main(["--db", str(path), "demo"]) == 0
    capsys.readouterr()
    before = digest(path)
    monkeypatch.setenv("JAGDESK_PASSPHRASE", PASSPHRASE)
    assert _refused(capsys, "--db", str(path), "init", "--encrypt") == (
        f"{path} already exists; encryption is chosen when a store is created.")
    assert digest(path) == before


def test_unusable_database_url(capsys: Capsys) -> None:
    assert _refused(capsys, "--db", "mysql://jag@db.council.local/jag", "check") == (
        "JAGDesk stores data in SQLite or PostgreSQL, not mysql.")


def test_postgresql_server_that_is_down(capsys: Capsys, tmp_path: Path,
                                        digest: Callable[[Path], str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql://jag@127.0.0.1:{port}/jagdesk"
    refusal = f"Cannot open the PostgreSQL store jagdesk on 127.0.0.1:{port}: "
    assert _refused(capsys, "--db", url, "list", "agencies").startswith(refusal)
    source = tmp_path / "csp.db"
    assert main(["--db", str(source), "demo"]) == 0
    capsys.readouterr()
    before = digest(source)
    assert _refused(capsys, "--db", str(source), "transfer", "--to", url).startswith(refusal)
    assert digest(source) == before


def test_restore_of_a_file_that_is_not_a_backup(tmp_path: Path, capsys: Capsys,
                                                digest: Callable[[Path], str]) -> None:
    path = tmp_path / "csp.db"
    assert main(["--db", str(path), "demo"]) == 0
    capsys.readouterr()
    bad = tmp_path / "backup.db"
    bad.write_text("not a backup", encoding="utf-8")
    before = digest(bad)
    message = _refused(capsys, "--db", str(path), "restore", str(bad), "--yes")
    assert message.startswith(f"{bad} is encrypted or is not a JAGDesk database")
    assert digest(bad) == before
    assert main(["--db", str(path), "check", "--json"]) == 0
    assert '"contacts": 21' in capsys.readouterr().out


def test_a_wrong_command_line_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["list", "bogus"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("jagdesk: argument KIND: invalid choice: 'bogus'")


def test_a_damaged_store_is_one_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "damaged.db"
    assert main(["--db", str(path), "demo"]) == 0
    capsys.readouterr()
    data = bytearray(path.read_bytes())
    data[4096:4096 * 3] = b"\x5a" * (4096 * 2)  # scribble over the table pages after the schema
    path.write_bytes(bytes(data))
    assert main(["--db", str(path), "list", "contacts"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("jagdesk: ") and err.count("\n") == 1
