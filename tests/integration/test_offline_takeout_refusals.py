"""`jagdesk takeout` on SQLite and PostgreSQL: what it prints, each refusal one sentence with exit
status 2 and nothing changed, and a take-out killed or failing half way leaves no file under the
name given and nothing on the shared store."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from jagdesk.errors import StoreError, WrongPassphraseError
from jagdesk.services.offline.origin import read_origin
from jagdesk.services.offline.takeout import take_out
from jagdesk.services.offline.types import TakeoutRequest
from jagdesk.store.location import StoreLocation, sqlite_location
from jagdesk.store.opening import Store, open_store
from tests.support.command_line import Capsys, run
from tests.support.stores import PASSPHRASE as STORE_PASSPHRASE
from tests.support.stores import copy_store

PASSPHRASE = "correct horse battery"
LAPTOP_PASSPHRASE = "the village hall laptop"
Rows = Callable[[Store], dict[str, list[tuple[object, ...]]]]
KILLER = """import os, signal, sys
from pathlib import Path
from jagdesk.services.offline.takeout import take_out
from jagdesk.services.offline.types import TakeoutRequest
from jagdesk.store.location import resolve_location
from jagdesk.store.opening import open_store

def progress(message, percent):
    if percent >= int(sys.argv[3]):
        os.kill(os.getpid(), signal.SIGKILL)

with open_store(resolve_location(sys.argv[1]), backup_keep=0) as server:
    take_out(server, TakeoutRequest("Shenley", Path(sys.argv[2]), "correct horse battery"),
             progress=progress)
"""


def _db(location: StoreLocation) -> str:
    return str(location.path) if location.path else location.url.render_as_string(hide_password=False)


def _rows(location: StoreLocation, store_rows: Rows) -> dict[str, list[tuple[object, ...]]]:
    with open_store(location, backup_keep=0) as store:
        return store_rows(store)


@pytest.fixture
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAGDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("JAGDESK_TARGET_PASSPHRASE", raising=False)


@pytest.mark.usefixtures("passphrase")
def test_the_command_says_what_it_took(demo_location: StoreLocation, tmp_path: Path,
                                      capsys: Capsys) -> None:
    status, out, err = run(capsys, "--db", _db(demo_location), "takeout", "--locality", "shenley",
                           "--months", "6", "--to", str(tmp_path / "hall.db"))
    assert (status, err) == (0, "")
    assert out.startswith("Took Shenley out: ") and " records and " in out
    assert f"crimes (the last 6 months) to {tmp_path / 'hall.db'}, taken at " in out
    assert (tmp_path / "hall.db").is_file()


@pytest.mark.usefixtures("passphrase")
@pytest.mark.parametrize(("words", "sentence"), [
    (["--locality", "Elstree"], "There is no locality called 'Elstree' in this store (the "
                                "localities are Borehamwood, Bushey, Potters Bar, Radlett, Shenley)."),
    (["--locality", "Shenley", "--months", "0"], "The months of crime data must be from 1 to 120."),
    (["--locality", "Shenley", "--to", "{tmp}/no such folder/hall.db"],
     "There is no folder {tmp}/no such folder to write the take-out in."),
    (["--locality", "Shenley", "--to", "{tmp}/there.db"],
     "{tmp}/there.db already exists; a take-out is written to a new file, so choose another name."),
])
def test_each_refusal_is_one_sentence_and_changes_nothing(
        demo_location: StoreLocation, tmp_path: Path, capsys: Capsys, store_rows: Rows,
        words: list[str], sentence: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "there.db").write_bytes(b"the officer's own file")
    before = _rows(demo_location, store_rows)
    words = [word.replace("{tmp}", str(folder)) for word in words]
    if "--to" not in words:
        words += ["--to", str(folder / "hall.db")]
    status, out, err = run(capsys, "--db", _db(demo_location), "takeout", *words)
    assert (status, out, err) == (2, "", f"jagdesk: {sentence.replace('{tmp}', str(folder))}\n")
    assert sorted(path.name for path in folder.iterdir()) == ["there.db"]
    assert (folder / "there.db").read_bytes() == b"the officer's own file"
    assert _rows(demo_location, store_rows) == before


def test_a_short_passphrase_and_none_at_all_are_refused(demo_file: Path, tmp_path: Path,
                                                        capsys: Capsys,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAGDESK_PASSPHRASE", raising=False)
    monkeypatch.setenv("JAGDESK_TARGET_PASSPHRASE", "short")
    words = ("--db", str(demo_file), "takeout", "--locality", "Shenley", "--to",
             str(tmp_path / "hall.db"))
    status, _out, err = run(capsys, *words)
    assert status == 2 and err.startswith("jagdesk: The passphrase must have at least ")
    assert not (tmp_path / "hall.db").exists()
    monkeypatch.delenv("JAGDESK_TARGET_PASSPHRASE")
    # No terminal to ask at (the tests' stdin is not one): say where to give it.
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115 - closed by pytest's teardown
    status, _out, err = run(capsys, *words)
    assert (status, err) == (2, "jagdesk: The take-out file needs a passphrase: set "
                                "JAGDESK_TARGET_PASSPHRASE or JAGDESK_PASSPHRASE.\n")
    assert not (tmp_path / "hall.db").exists()


@pytest.mark.usefixtures("passphrase")
def test_a_take_out_of_a_take_out_is_refused(demo_file: Path, tmp_path: Path,
                                             capsys: Capsys) -> None:
    laptop = tmp_path / "hall.db"
    assert run(capsys, "--db", str(demo_file), "takeout", "--locality", "Radlett", "--to",
               str(laptop))[0] == 0
    status, out, err = run(capsys, "--db", str(laptop), "takeout", "--locality", "Radlett", "--to",
                           str(tmp_path / "again.db"))
    assert (status, out) == (2, "")
    assert err == (f"jagdesk: This store is itself a take-out of Radlett from SQLite: {demo_file}; "
                   "check it in there and take the locality out again.\n")
    assert not (tmp_path / "again.db").exists()


@pytest.mark.parametrize("at", [10, 40, 90, 95])
def test_a_killed_take_out_leaves_no_file_under_the_name_given(
        demo_location: StoreLocation, tmp_path: Path, store_rows: Rows, at: int) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    before = _rows(demo_location, store_rows)
    done = subprocess.run([sys.executable, "-c", KILLER, _db(demo_location),
                           str(folder / "hall.db"), str(at)], capture_output=True, text=True,
                          env=dict(os.environ), timeout=300, check=False)
    assert done.returncode == -9, done.stderr[-800:]
    assert not (folder / "hall.db").exists()
    # What is left is under a passing name, which no one would take for the take-out.
    assert all(name.startswith(".hall.db.") for name in os.listdir(folder))
    assert _rows(demo_location, store_rows) == before


def test_a_failing_take_out_leaves_nothing(demo_on_backend: Store, tmp_path: Path,
                                           store_rows: Rows) -> None:
    before = store_rows(demo_on_backend)

    def fail(_message: str, percent: int) -> None:
        if percent == 90:
            raise StoreError("The disk is full.")

    with pytest.raises(StoreError, match="The disk is full"):
        take_out(demo_on_backend, TakeoutRequest("Shenley", tmp_path / "hall.db", PASSPHRASE),
                 progress=fail)
    assert not [name for name in os.listdir(tmp_path) if name.startswith(("hall.db", ".hall.db"))]
    assert store_rows(demo_on_backend) == before


def test_a_file_made_meanwhile_under_the_name_is_kept(demo_on_backend: Store, tmp_path: Path,
                                                      store_rows: Rows) -> None:
    target = tmp_path / "hall.db"
    before = store_rows(demo_on_backend)

    def made_meanwhile(_message: str, percent: int) -> None:
        if percent == 95:
            target.write_bytes(b"a colleague's file")

    with pytest.raises(StoreError, match="appeared while the take-out was written"):
        take_out(demo_on_backend, TakeoutRequest("Shenley", target, PASSPHRASE),
                 progress=made_meanwhile)
    assert target.read_bytes() == b"a colleague's file"
    assert not [name for name in os.listdir(tmp_path) if name.startswith(".hall.db")]
    assert store_rows(demo_on_backend) == before


def test_an_encrypted_store_is_taken_out_into_a_file_of_its_own_passphrase(
        encrypted_demo_template: Path, tmp_path: Path, capsys: Capsys,
        monkeypatch: pytest.MonkeyPatch) -> None:
    source = copy_store(encrypted_demo_template, tmp_path / "secret.db")
    monkeypatch.setenv("JAGDESK_PASSPHRASE", STORE_PASSPHRASE)
    monkeypatch.setenv("JAGDESK_TARGET_PASSPHRASE", LAPTOP_PASSPHRASE)
    status, _out, err = run(capsys, "--db", str(source), "takeout", "--locality", "Bushey", "--to",
                            str(tmp_path / "hall.db"))
    assert (status, err) == (0, "")
    with pytest.raises(WrongPassphraseError):
        open_store(sqlite_location(tmp_path / "hall.db"), STORE_PASSPHRASE, create=False, lock=False)
    with open_store(sqlite_location(tmp_path / "hall.db"), LAPTOP_PASSPHRASE, create=False) as laptop:
        origin = read_origin(laptop)
    assert origin is not None and origin.locality == "Bushey"
