"""One SQLite store, one copy of JAGDesk: a second opener is refused, in this process or another."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jagdesk.errors import StoreError
from jagdesk.services.reference.agencies import AgencyInput, list_agencies, save_agency
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store

# Opens the store, adds an agency, says so, and keeps it open until its stdin is closed.
HOLDER = """
import sys
from pathlib import Path
from jagdesk.services.reference.agencies import AgencyInput, save_agency
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store

with open_store(sqlite_location(Path(sys.argv[1]))) as store:
    with store.unit_of_work("holder") as uow:
        save_agency(uow, AgencyInput("Opened elsewhere", "council"))
    print("open", flush=True)
    sys.stdin.read()
print("closed", flush=True)
"""


def _refusal(path: Path) -> str:
    return f"{path} is already open in another copy of JAGDesk; close it there first."


def _files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.glob(path.name + "*"))
            if not p.name.endswith("-shm")}


def test_second_opener_in_the_same_process(tmp_path: Path) -> None:
    path = tmp_path / "csp.db"
    with open_store(sqlite_location(path)) as first:
        with first.unit_of_work() as uow:
            save_agency(uow, AgencyInput("Hertsmere Borough Council", "council"))
        files = _files(path)
        with pytest.raises(StoreError) as refused:
            open_store(sqlite_location(path))
        assert str(refused.value) == _refusal(path)
        assert _files(path) == files
        with first.unit_of_work() as uow:  # the first copy carries on as before
            save_agency(uow, AgencyInput("Victim Support", "voluntary"))
    with open_store(sqlite_location(path)) as again, again.unit_of_work() as uow:
        assert [row.name for row in list_agencies(uow)] == [
            "Hertsmere Borough Council", "Victim Support"]


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    path = tmp_path / "csp.db"
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "open"
        yield path, process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


def test_second_opener_in_another_process(holder: tuple[Path, subprocess.Popen[str]],
                                          digest: Callable[[Path], str]) -> None:
    path, process = holder
    files = _files(path)
    with pytest.raises(StoreError) as refused:
        open_store(sqlite_location(path))
    assert str(refused.value) == _refusal(path)
    assert _files(path) == files
    # The holder closes the store; now it opens, with the holder's record intact.
    assert process.stdin is not None and process.stdout is not None
    process.stdin.close()
    assert process.stdout.readline().strip() == "closed"
    assert process.wait() == 0
    with open_store(sqlite_location(path)) as store:
        with store.unit_of_work() as uow:
            assert [row.name for row in list_agencies(uow)] == ["Opened elsewhere"]
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_command_line_refused_while_open_elsewhere(
        holder: tuple[Path, subprocess.Popen[str]], capsys: pytest.CaptureFixture[str]) -> None:
    from jagdesk.cli import main

    path, _process = holder
    files = _files(path)
    assert main(["--db", str(path), "demo"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"jagdesk: {_refusal(path)}\n"
    assert _files(path) == files


def test_another_name_of_the_same_file_is_refused(holder: tuple[Path, subprocess.Popen[str]],
                                                  tmp_path: Path) -> None:
    # A hard link is the same file under another name: SQLite would keep a second -wal file for
    # it, and two copies writing through the two names corrupt the store.
    path, _process = holder
    link = tmp_path / "other-name.db"
    link.hardlink_to(path)
    files = _files(path)
    with pytest.raises(StoreError) as refused:
        open_store(sqlite_location(link))
    assert str(refused.value) == (
        f"{link} has another name (a hard link); JAGDesk opens a store by one name only, so that "
        "two copies cannot write it through two names: remove the other link first.")
    assert not (tmp_path / "other-name.db-wal").exists()
    assert _files(path) == files


def test_a_symbolic_link_meets_the_same_lock(holder: tuple[Path, subprocess.Popen[str]],
                                            tmp_path: Path) -> None:
    path, _process = holder
    (tmp_path / "elsewhere").mkdir()
    link = tmp_path / "elsewhere" / "csp.db"
    link.symlink_to(path)
    with pytest.raises(StoreError) as refused:
        open_store(sqlite_location(link))
    assert str(refused.value) == _refusal(link)


def test_a_refused_second_opener_leaves_the_first_copys_locks(tmp_path: Path) -> None:
    """Closing any handle on a store file drops SQLite's own locks on it (POSIX): a refused second
    opener must not have opened the store file at all."""
    path = tmp_path / "csp.db"
    with open_store(sqlite_location(path)) as first, first.engine.connect() as reading:
        reading.exec_driver_sql("BEGIN")
        reading.exec_driver_sql("SELECT count(*) FROM agency").scalar()
        locks_before = _sqlite_locks(path)
        with pytest.raises(StoreError, match="already open in another copy"):
            open_store(sqlite_location(path))
        assert _sqlite_locks(path) == locks_before
        reading.exec_driver_sql("COMMIT")


def _sqlite_locks(path: Path) -> list[str]:
    """The POSIX record locks held on the store file (Linux /proc/locks), as their ranges."""
    locks = Path("/proc/locks")
    if not locks.exists():
        pytest.skip("needs Linux's /proc/locks")
    inode = path.stat().st_ino
    return sorted(line.split()[-2] + "-" + line.split()[-1] for line in locks.read_text().splitlines()
                  if " POSIX " in line and f":{inode} " in line)
