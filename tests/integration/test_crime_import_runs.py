"""A large police.uk import sets the crime table's indexes aside and builds them again in its own
transaction; several files are imported in one transaction. Real SQLite files, real processes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jagdesk.errors import JagdeskError
from jagdesk.services.places.crime_import import (
    ImportCancelled,
    ImportSummary,
    import_police_uk,
    import_police_uk_files,
)
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import Crime, CrimeFile
from jagdesk.store.opening import open_store

JAN = "policeuk/2021-01-hertfordshire-street.csv"
FEB = "policeuk/2021-02-hertfordshire-street.csv"
OUTCOMES = "policeuk/2021-01-hertfordshire-outcomes.csv"
REPO = Path(__file__).resolve().parents[2]

# Run in a child process: import January, and at the third batch (rows in, the indexes set aside)
# print how many rows and secondary indexes of the crime table the import's transaction sees, then
# die as a killed process does, with no chance to roll back or tidy up.
KILLED_IMPORT = """
import os, signal, sys
from pathlib import Path
from jagdesk.services.places.crime_import import import_police_uk
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store

told = []
with open_store(sqlite_location(Path(sys.argv[1]))) as store, store.unit_of_work() as uow:
    def progress(rows, read):
        told.append(rows)
        if len(told) == 3:
            run = uow.session.connection().exec_driver_sql
            seen = run("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                       "tbl_name = 'crime' AND sql IS NOT NULL").scalar()
            print(run("SELECT count(*) FROM crime").scalar(), seen, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
    import_police_uk(uow, Path(sys.argv[2]), progress=progress)
"""


def indexes(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                            "tbl_name = 'crime' ORDER BY name").fetchall()


def crimes(db: Path) -> tuple[int, int]:
    with open_store(sqlite_location(db), lock=False) as store, store.unit_of_work() as uow:
        return (uow.session.scalar(select(func.count()).select_from(Crime)) or 0,
                uow.session.scalar(select(func.count()).select_from(CrimeFile)) or 0)


def test_a_killed_import_leaves_the_store_and_its_indexes_as_they_were(
        empty_file: Path, shared_data: Path) -> None:
    before = indexes(empty_file)
    assert len(before) >= 4  # ward and month, month and type, place, Crime ID
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", KILLED_IMPORT, str(empty_file), str(shared_data / JAN)],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    rows, seen = map(int, done.stdout.split())
    # Killed with rows in and the secondary indexes set aside dropped (all but the ward's)...
    assert rows >= 1000 and seen == 1
    # ...the store comes back as it was: no rows, no file record, every index as it was defined.
    with sqlite3.connect(empty_file) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert indexes(empty_file) == before
    assert crimes(empty_file) == (0, 0)


def test_a_large_import_builds_the_same_indexes_again(empty_file: Path, shared_data: Path) -> None:
    before = indexes(empty_file)
    told: list[ImportSummary] = []
    with open_store(sqlite_location(empty_file)) as store, store.unit_of_work() as uow:
        import_police_uk_files(uow, [shared_data / JAN, shared_data / FEB, shared_data / OUTCOMES],
                               told.append)
    assert [(s.file_name, s.imported, s.outcomes_updated) for s in told] == [
        ("2021-01-hertfordshire-street.csv", 6914, 0), ("2021-02-hertfordshire-street.csv", 6885, 0),
        ("2021-01-hertfordshire-outcomes.csv", 0, 2031)]
    assert indexes(empty_file) == before
    with sqlite3.connect(empty_file) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        plan = " ".join(row[3] for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM crime WHERE crime_ref = 'x'"))
    assert "ix_crime_crime_ref" in plan
    assert crimes(empty_file) == (13799, 3)


def test_a_file_refused_midway_keeps_the_files_before_it(empty_file: Path, shared_data: Path,
                                                        tmp_path: Path) -> None:
    before = indexes(empty_file)
    unreadable = tmp_path / "2021-03-street.csv"
    unreadable.write_text((shared_data / JAN).read_text("utf-8").splitlines()[0] + "\nnot,a,row\n",
                          "utf-8")
    told: list[ImportSummary] = []
    with open_store(sqlite_location(empty_file)) as store, store.unit_of_work() as uow, \
            pytest.raises(JagdeskError, match="2021-03-street.csv has no row that can be read"):
        import_police_uk_files(uow, [shared_data / JAN, unreadable, shared_data / FEB], told.append)
    # As when each file was committed on its own: January is saved and told, February never read.
    assert [s.file_name for s in told] == ["2021-01-hertfordshire-street.csv"]
    assert crimes(empty_file) == (6914, 1)
    assert indexes(empty_file) == before


def test_with_refusals_told_the_other_files_are_imported_in_one_commit(
        empty_file: Path, shared_data: Path, tmp_path: Path) -> None:
    before = indexes(empty_file)
    unreadable = tmp_path / "2021-03-street.csv"
    unreadable.write_text((shared_data / JAN).read_text("utf-8").splitlines()[0] + "\nnot,a,row\n",
                          "utf-8")
    other = tmp_path / "budget.csv"
    other.write_text("Item,Cost\nCameras,1200\n", "utf-8")
    said: list[str] = []
    progress: list[tuple[int, int]] = []
    with open_store(sqlite_location(empty_file)) as store, store.unit_of_work() as uow:
        import_police_uk_files(
            uow, [other, shared_data / JAN, unreadable, shared_data / FEB],
            lambda summary: said.append(summary.file_name),
            refused=lambda path, exc: said.append(f"{path.name}: {exc}"),
            progress=lambda number, rows, _read: progress.append((number, rows)))
    # Told in the files' order, after the one commit; the refused files wrote nothing.
    assert [line.split(":")[0] for line in said] == [
        "budget.csv", "2021-01-hertfordshire-street.csv", "2021-03-street.csv",
        "2021-02-hertfordshire-street.csv"]
    assert "not a police.uk street or outcomes file" in said[0]
    assert "has no row that can be read" in said[2]
    assert {number for number, _rows in progress} == {0, 1, 2, 3}
    assert max(rows for number, rows in progress if number == 3) == 6885
    assert crimes(empty_file) == (13799, 2)
    assert indexes(empty_file) == before


def test_cancelling_the_second_file_keeps_nothing_of_the_first(empty_file: Path,
                                                               shared_data: Path) -> None:
    before = indexes(empty_file)
    seen: list[int] = []
    with open_store(sqlite_location(empty_file)) as store, store.unit_of_work() as uow, \
            pytest.raises(ImportCancelled, match="2021-02-hertfordshire-street.csv"):
        import_police_uk_files(uow, [shared_data / JAN, shared_data / FEB], lambda _s: None,
                               refused=lambda _p, _e: None,
                               progress=lambda number, _rows, _read: seen.append(number),
                               cancelled=lambda: seen[-1] == 1 and seen.count(1) > 2)
    assert indexes(empty_file) == before and crimes(empty_file) == (0, 0)


def test_a_cancelled_import_keeps_nothing_and_its_indexes(empty_file: Path, shared_data: Path) -> None:
    before = indexes(empty_file)
    asked: list[int] = []
    with open_store(sqlite_location(empty_file)) as store, store.unit_of_work() as uow, \
            pytest.raises(ImportCancelled):
        import_police_uk(uow, shared_data / JAN, cancelled=lambda: asked.append(1) or len(asked) > 4)
    assert indexes(empty_file) == before and crimes(empty_file) == (0, 0)
