"""`jagdesk export action-log --out FILE [--meeting M] [--overdue] [--all]`, run in-process on a
real SQLite store holding the demo partnership (its meetings and cases, without the public data);
each file read back."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
import pypdf
import pytest

from jagdesk.domain.meetings.action_log import CSV_HEADER, HEADER
from jagdesk.services.meetings import find_meeting
from jagdesk.services.meetings.action_log import action_log
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store
from tests.support.command_line import Capsys, run
from tests.support.stores import build_demo, copy_store, private_env

JANUARY = "Hertsmere JAG, January 2021"


@pytest.fixture(scope="module")
def no_public_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty public data folder: the demo without crimes, quicker."""
    return tmp_path_factory.mktemp("no-public-data")


@pytest.fixture(scope="module")
def demo_template_without_crimes(tmp_path_factory: pytest.TempPathFactory, no_public_data: Path) -> Path:
    """The demo partnership loaded without the public data, built once for the module."""
    folder = tmp_path_factory.mktemp("demo-without-crimes")
    with private_env(folder / "data", JAGDESK_SHARED_DATA=str(no_public_data)):
        return build_demo(folder / "demo.db")


@pytest.fixture
def demo_db(demo_template_without_crimes: Path, no_public_data: Path, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("JAGDESK_SHARED_DATA", str(no_public_data))
    return copy_store(demo_template_without_crimes, tmp_path / "demo.db")


def stored(db: Path, **filters: object) -> list[str]:
    store = open_store(sqlite_location(db))
    try:
        with store.unit_of_work() as uow:
            return [r.reference for r in action_log(uow, **filters)]  # type: ignore[arg-type]
    finally:
        store.close()


def test_the_open_log_as_word_pdf_and_csv(demo_db: Path, tmp_path: Path, capsys: Capsys) -> None:
    open_refs = stored(demo_db, status="open")
    assert open_refs
    for suffix, kind in ((".docx", "Word"), (".pdf", "PDF"), (".csv", "CSV")):
        out = tmp_path / f"log{suffix}"
        status, printed, err = run(capsys, "--db", str(demo_db), "export", "action-log",
                                   "--out", str(out))
        assert (status, err) == (0, "")
        assert printed.strip() == (f"Wrote {len(open_refs)} actions (Open actions) to {out} "
                                   f"({kind}).")
    table = docx.Document(str(tmp_path / "log.docx")).tables[0]
    assert [c.text for c in table.rows[0].cells] == HEADER
    assert [r.cells[0].text for r in table.rows[1:]] == open_refs  # soonest due first
    pdf = pypdf.PdfReader(tmp_path / "log.pdf")
    pages = [p.extract_text() for p in pdf.pages]
    assert all(f"Page {n} of {len(pages)}" in t and t.count("OFFICIAL-SENSITIVE") == 2
               for n, t in enumerate(pages, start=1))
    assert all(ref in "".join(pages).replace("\n", "") for ref in open_refs)
    with (tmp_path / "log.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == CSV_HEADER and [r[0] for r in rows[1:]] == open_refs


def test_a_meetings_actions_of_every_status_and_the_overdue_only(
        demo_db: Path, tmp_path: Path, capsys: Capsys) -> None:
    store = open_store(sqlite_location(demo_db))
    with store.unit_of_work() as uow:
        meeting = find_meeting(uow, JANUARY)
        every = [r.reference for r in action_log(uow, meeting_id=meeting.id)]
        overdue = [r.reference for r in action_log(uow, meeting_id=meeting.id, overdue_only=True)]
    store.close()
    assert len(every) > len(overdue) > 0
    out = tmp_path / "january.pdf"
    status, printed, _err = run(capsys, "--db", str(demo_db), "export", "action-log", "--out",
                                str(out), "--meeting", meeting.held_on.isoformat(), "--all")
    assert status == 0 and f"All actions agreed at {JANUARY}" in printed
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert all(ref in text for ref in every) and text.count(meeting.marking) >= 2
    out = tmp_path / "late.csv"
    assert run(capsys, "--db", str(demo_db), "export", "action-log", "--out", str(out),
               "--meeting", JANUARY, "--overdue")[0] == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    assert [r[0] for r in rows] == overdue and {r[5] for r in rows} == {"Overdue"}


def test_refusals_are_one_sentence_and_write_nothing(demo_db: Path, tmp_path: Path,
                                                     capsys: Capsys) -> None:
    status, _out, err = run(capsys, "--db", str(demo_db), "export", "action-log", "--out",
                            str(tmp_path / "log.txt"))
    assert status != 0 and "written as .docx, .pdf or .csv, not '.txt'" in err
    status, _out, err = run(capsys, "--db", str(demo_db), "export", "action-log", "--out",
                            str(tmp_path / "log.pdf"), "--meeting", "No such meeting")
    assert status != 0 and "No such meeting" in err and err.count("\n") == 1
    assert list(tmp_path.glob("log.*")) == []
