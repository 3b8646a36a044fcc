"""A large police.uk street file is read by a reader process (services.places.read_ahead) while the
import inserts: the same rows, counts and refusals as reading it in-process, and no reader left
behind by a cancelled, failed or killed import. Real files, real processes, both backends."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from jagdesk.errors import JagdeskError
from jagdesk.services.places import read_ahead
from jagdesk.services.places.boundaries import import_boundaries
from jagdesk.services.places.crime_import import (
    ImportCancelled,
    ImportSummary,
    import_police_uk,
    import_police_uk_files,
    stage_police_uk,
)
from jagdesk.services.places.street_values import StreetPlan
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import Crime, CrimeFile
from jagdesk.store.opening import Store, open_store

JAN = "policeuk/2021-01-hertfordshire-street.csv"
FEB = "policeuk/2021-02-hertfordshire-street.csv"
OUTCOMES = "policeuk/2021-01-hertfordshire-outcomes.csv"
WARDS = "geo/hertsmere-wards-2013.geojson"
REPO = Path(__file__).resolve().parents[2]
# Every column of a stored crime but its own id, its file's id and its month.
COLUMNS = [c for c in Crime.__table__.c if c.name not in {"id", "file_id", "month"}]


@pytest.fixture
def every_file_read_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_ahead, "READ_AHEAD_BYTES", 0)


@pytest.fixture
def with_wards(store: Store, shared_data: Path) -> Store:
    with store.unit_of_work() as uow:
        import_boundaries(uow, shared_data / WARDS, locality="Hertsmere")
    return store


@pytest.fixture
def awkward_file(shared_data: Path, tmp_path: Path) -> Path:
    """January's street file with rows of every kind the reader rejects or keeps apart: another
    month, a bad coordinate, too few fields, a control character, a quoted line break; its
    no-location rows and the rows outside Hertsmere are the real file's own."""
    lines = (shared_data / JAN).read_text("utf-8-sig").splitlines()
    good = lines[5].split(",")
    bad = [
        ",".join([good[0], "2021-02", *good[2:]]),
        ",".join([*good[:4], "-999", *good[5:]]),
        ",".join(good[:6]),
        ",".join([*good[:6], "On or near \x07 Street", *good[7:]]),
        ",".join([*good[:6], '"On or near\nTwo Lines"', *good[7:]]),
    ]
    path = tmp_path / "2021-01-awkward-street.csv"
    path.write_text("\n".join([*lines[:200], *bad, *lines[200:]]) + "\n", "utf-8")
    return path


def stored(store: Store, summary: ImportSummary) -> list[tuple[object, ...]]:
    with store.unit_of_work() as uow:
        file_id = uow.session.scalars(select(CrimeFile.id).where(
            CrimeFile.month == summary.month, CrimeFile.source == "street")).one()
        return [tuple(row) for row in uow.session.execute(
            select(*COLUMNS).where(Crime.file_id == file_id).order_by(Crime.line_no))]


def test_read_ahead_stores_what_reading_here_stores(with_wards: Store, awkward_file: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    store = with_wards
    with store.unit_of_work() as uow:
        here = stage_police_uk(uow, awkward_file)
        uow.commit()
    monkeypatch.setattr(read_ahead, "READ_AHEAD_BYTES", 0)
    started: list[read_ahead.FileAhead] = []
    next_file = read_ahead.ReadAhead.next_file
    monkeypatch.setattr(read_ahead.ReadAhead, "next_file",
                        lambda self: started.append(next_file(self)) or started[-1])
    with store.unit_of_work() as uow:
        # A year on: the same file again, under another month, read by the reader process.
        ahead = stage_police_uk(uow, awkward_file, month_offset=12)
        uow.commit()
    assert len(started) == 1
    assert here.month == "2021-01" and ahead.month == "2022-01"
    assert here.imported > 6000 and here.rejected == 4 and here.no_location > 0 and here.outside > 0
    assert [r.reason for r in here.rejections][:1] == ["the month 2021-02 is not the file's month 2021-01"]
    assert ahead == ImportSummary(**{**here.__dict__, "month": "2022-01"})
    assert stored(store, ahead) == stored(store, here)
    with store.unit_of_work() as uow:
        records = uow.session.scalars(select(CrimeFile).order_by(CrimeFile.month)).all()
        assert records[0].sha256 == records[1].sha256 != ""
        assert [r.rows_outside for r in records] == [here.outside] * 2


def test_several_files_read_ahead_are_told_as_read_here(with_wards: Store, shared_data: Path,
                                                        tmp_path: Path, empty_file: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    unreadable = tmp_path / "2021-03-street.csv"
    unreadable.write_text((shared_data / JAN).read_text("utf-8").splitlines()[0] + "\nnot,a,row\n",
                          "utf-8")
    other = tmp_path / "budget.csv"
    other.write_text("Item,Cost\nCameras,1200\n", "utf-8")
    files = [shared_data / JAN, other, unreadable, shared_data / FEB, shared_data / JAN,
             shared_data / OUTCOMES]

    def told_by(store: Store) -> list[str]:
        said: list[str] = []
        with store.unit_of_work() as uow:
            import_police_uk_files(uow, files, lambda summary: said.append(summary.sentence()),
                                   refused=lambda path, exc: said.append(f"{path.name}: {exc}"))
        return said

    with open_store(sqlite_location(empty_file)) as here:
        with here.unit_of_work() as uow:
            import_boundaries(uow, shared_data / WARDS, locality="Hertsmere")
        expected = told_by(here)
    monkeypatch.setattr(read_ahead, "READ_AHEAD_BYTES", 0)
    assert told_by(with_wards) == expected
    assert "was already imported as 2021-01-hertfordshire-street.csv" in expected[4]
    assert "outcomes of 2,031 crimes updated" in expected[5]
    assert multiprocessing.active_children() == []


def test_a_reader_started_early_is_closed_when_the_files_turn_out_not_to_need_it(
        with_wards: Store, shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Large enough to start one early, but an outcomes file: outcomes are read in-process.
    monkeypatch.setattr(read_ahead, "READ_AHEAD_BYTES", (shared_data / OUTCOMES).stat().st_size)
    said: list[ImportSummary] = []
    with read_ahead.early([shared_data / OUTCOMES]) as reader, with_wards.unit_of_work() as uow:
        assert reader is not None
        import_police_uk_files(uow, [shared_data / OUTCOMES], said.append, reader=reader)
        assert multiprocessing.active_children() == []  # closed by the import; closing again is nothing
    assert [s.source for s in said] == ["outcomes"]


def test_a_file_imported_before_is_read_and_counted_once_more_and_nothing_added(
        with_wards: Store, shared_data: Path, every_file_read_ahead: None) -> None:
    with with_wards.unit_of_work() as uow:
        first = import_police_uk(uow, shared_data / JAN)
    with with_wards.unit_of_work() as uow:
        again = import_police_uk(uow, shared_data / JAN)
    assert again.already_imported and again.skipped == first.imported and again.imported == 0
    assert multiprocessing.active_children() == []


def test_progress_is_told_as_the_reader_hands_rows_over(with_wards: Store, shared_data: Path,
                                                        every_file_read_ahead: None) -> None:
    told: list[tuple[int, int]] = []
    with with_wards.unit_of_work() as uow:
        summary = import_police_uk(uow, shared_data / JAN, progress=lambda *step: told.append(step))
    rows = [r for r, _read in told]
    assert len(told) > 3 and rows == sorted(rows) and rows[-1] == summary.imported
    assert told[-1][1] == (shared_data / JAN).stat().st_size


def test_cancelling_stops_the_reader_and_keeps_nothing(with_wards: Store, shared_data: Path,
                                                       every_file_read_ahead: None) -> None:
    asked: list[int] = []
    with with_wards.unit_of_work() as uow, pytest.raises(ImportCancelled):
        import_police_uk(uow, shared_data / JAN, cancelled=lambda: asked.append(1) or len(asked) > 2)
    assert multiprocessing.active_children() == []
    with with_wards.unit_of_work() as uow:
        assert uow.session.scalars(select(Crime.id)).first() is None
        assert uow.session.scalars(select(CrimeFile.id)).first() is None


def test_a_reader_killed_midway_keeps_nothing_of_any_file(with_wards: Store, shared_data: Path,
                                                         every_file_read_ahead: None) -> None:
    told: list[tuple[int, int, int]] = []

    def progress(number: int, rows: int, read: int) -> None:
        told.append((number, rows, read))
        if number == 1 and rows > 2000:  # February half in: the reader dies (out of memory, say)
            [reader] = multiprocessing.active_children()
            os.kill(reader.pid, signal.SIGKILL)  # type: ignore[arg-type]
            reader.join()

    said: list[ImportSummary] = []
    with with_wards.unit_of_work() as uow, pytest.raises(
            read_ahead.ReaderStopped, match=r"^Reading 2021-02-hertfordshire-street.csv stopped "
            r"unexpectedly. Nothing of the import was kept; import the files again.$"):
        import_police_uk_files(uow, [shared_data / JAN, shared_data / FEB], said.append,
                               refused=lambda _path, _exc: None, progress=progress)
    assert said == [] and multiprocessing.active_children() == []
    with with_wards.unit_of_work() as uow:
        assert uow.session.scalars(select(Crime.id)).first() is None
        assert uow.session.scalars(select(CrimeFile.id)).first() is None


def test_when_no_process_can_be_started_the_files_are_read_here(
        with_wards: Store, shared_data: Path, every_file_read_ahead: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_process: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(multiprocessing.get_context("spawn").Process, "start", refuse)
    with read_ahead.early([shared_data / JAN]) as reader, with_wards.unit_of_work() as uow:
        assert reader is None
        summary = import_police_uk(uow, shared_data / JAN)
    assert summary.imported == 6914 and multiprocessing.active_children() == []


def _plan() -> StreetPlan:
    return StreetPlan(file_id=uuid.uuid4().hex, month_offset=0, areas=[], wards=[], inside=0, outside=1)


def test_the_reader_refusing_a_file_says_so_in_its_words_and_reads_the_next(
        tmp_path: Path, shared_data: Path) -> None:
    with read_ahead.ReadAhead() as ahead:
        ahead.read([(tmp_path / "gone.csv", _plan()), (shared_data / JAN, _plan())], 1000)
        gone = ahead.next_file()
        with pytest.raises(JagdeskError, match=r"^There is no file at .*gone\.csv\.$"):
            next(gone.batches())
        january = ahead.next_file()
        assert sum(map(len, january.batches())) == january.good > 6000
        assert january.month == "2021-01" and len(january.sha256) == 64 and ahead.finished
    assert multiprocessing.active_children() == []


def test_a_file_left_half_read_is_read_past(shared_data: Path) -> None:
    with read_ahead.ReadAhead() as ahead:
        ahead.read([(shared_data / JAN, _plan()), (shared_data / FEB, _plan())], 1000)
        next(ahead.next_file().batches())
        february = ahead.next_file()
        assert sum(map(len, february.batches())) == february.good and february.month == "2021-02"


def test_a_fault_in_the_reader_comes_back_with_its_traceback(shared_data: Path) -> None:
    broken = StreetPlan(**{**_plan().__dict__, "month_offset": "not a number"})
    failed = "(?s)Reading 2021-01-hertfordshire-street.csv failed:.*Traceback"
    with read_ahead.ReadAhead() as ahead, pytest.raises(RuntimeError, match=failed):
        ahead.read([(shared_data / JAN, broken)], 1000)
        list(ahead.next_file().batches())


# Run in a child process with every file read ahead: at the third batch print the reader's
# process id, then die as a killed process does.
KILLED_IMPORT = """
import multiprocessing, os, signal, sys
from pathlib import Path
from jagdesk.services.places import read_ahead
from jagdesk.services.places.crime_import import import_police_uk
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store

read_ahead.READ_AHEAD_BYTES = 0
told = []
with open_store(sqlite_location(Path(sys.argv[1]))) as store, store.unit_of_work() as uow:
    def progress(rows, read):
        told.append(rows)
        if len(told) == 3:
            [reader] = [p for p in multiprocessing.active_children() if p.name == "jagdesk-read-ahead"]
            print(reader.pid, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
    import_police_uk(uow, Path(sys.argv[2]), progress=progress)
"""


def _ended(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")  # ended, waiting to be reaped by whoever adopted it


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_import_takes_its_reader_with_it(empty_file: Path, shared_data: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", KILLED_IMPORT, str(empty_file), str(shared_data / JAN)],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    reader = int(done.stdout.split()[0])
    deadline = time.monotonic() + 20
    while not _ended(reader) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _ended(reader)
