"""The access log: opening a person, a case, an ASB intervention or a RIPA authorisation,
searching the people register and exporting write one chained entry each, on both engines, from
the services the GUI and the command line share; `jagdesk check` names an entry tampered with."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from jagdesk.services.admin.audit_log import ACCESS, LogFilter, log_rows
from jagdesk.services.admin.maintenance import check_store
from jagdesk.services.asb.reading import list_interventions
from jagdesk.services.asb.record_view import record_view
from jagdesk.services.cctv.authorisations import list_authorisations, open_authorisation
from jagdesk.services.people.people import list_people, open_person, search_people
from jagdesk.services.problem_solving.cases import get_case, list_cases
from jagdesk.services.problem_solving.sheet import export_case_sheet
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import AccessEntry
from jagdesk.store.opening import Store, open_store
from tests.support.command_line import Capsys, run

DAY = date(2021, 3, 5)


def _entries(store: Store) -> list[tuple[int, str, str, str, str]]:
    with store.unit_of_work() as uow:
        return [(e.seq, e.user, e.action, e.kind, e.record_title) for e in
                uow.session.scalars(select(AccessEntry).order_by(AccessEntry.seq))]


def _look_at_everything(store: Store, tmp_path: Path) -> dict[str, str]:
    """Open one of each kind, search and export as 'alice'; the titles the log should show."""
    with store.unit_of_work("alice") as uow:
        person = list_people(uow)[0]
        case = list_cases(uow)[0]
        intervention = list_interventions(uow, today=DAY)[0]
        authorisation = list_authorisations(uow, DAY)[0]
    with store.unit_of_work("alice") as uow:
        open_person(uow, person.id)
        get_case(uow, case.id)
        record_view(uow, intervention.id, DAY)
        open_authorisation(uow, authorisation)
        search_people(uow, "smith")
        search_people(uow, "")  # the whole register shown: not a search
        export_case_sheet(uow, case.reference, tmp_path / "sheet.pdf")
    return {"person": person.name, "case": case.reference, "intervention": intervention.reference,
            "authorisation": authorisation.urn}


def test_each_look_search_and_export_is_one_chained_entry(demo_on_backend: Store,
                                                         tmp_path: Path) -> None:
    titles = _look_at_everything(demo_on_backend, tmp_path)
    entries = _entries(demo_on_backend)
    assert [entry[:4] for entry in entries] == [
        (1, "alice", "open", "person"), (2, "alice", "open", "problem_case"),
        (3, "alice", "open", "asb_intervention"), (4, "alice", "open", "ripa_authorisation"),
        (5, "alice", "search", "person"), (6, "alice", "export", "store")]
    assert entries[0][4] == titles["person"]
    assert entries[1][4].startswith(titles["case"])
    assert entries[2][4].startswith(titles["intervention"])
    assert entries[3][4].startswith(titles["authorisation"])
    assert entries[4][4] == "smith"
    assert entries[5][4] == f"Case sheet {titles['case']}"
    assert check_store(demo_on_backend).ok


def test_the_audit_rows_filter_by_record_user_and_day(demo_on_backend: Store, tmp_path: Path) -> None:
    titles = _look_at_everything(demo_on_backend, tmp_path)
    with demo_on_backend.unit_of_work() as uow:
        person = log_rows(uow, LogFilter(record=titles["person"]))
        by_alice = log_rows(uow, LogFilter(user="alice"))
        today = log_rows(uow, LogFilter(first=date.today(), last=date.today()))
        long_ago = log_rows(uow, LogFilter(last=date(2000, 1, 1)))
    assert [(row.log, row.action) for row in person if row.log == ACCESS] == [(ACCESS, "open")]
    assert {row.log for row in by_alice} == {ACCESS}
    assert len(by_alice) == 6
    assert len([row for row in today if row.log == ACCESS]) == 6
    assert all(row.at.date() == date.today() for row in today)
    assert long_ago == []
    export = next(row for row in by_alice if row.action == "export")
    assert "marking: OFFICIAL-SENSITIVE" in export.details and "public: False" in export.details


def test_the_command_lines_listing_and_export_are_logged(demo_file: Path, tmp_path: Path,
                                                         capsys: Capsys) -> None:
    assert run(capsys, "--db", str(demo_file), "list", "people", "--json")[0] == 0
    assert run(capsys, "--db", str(demo_file), "list", "hotspots")[0] == 0  # not personal: not logged
    out = tmp_path / "sheet.pdf"
    with sqlite3.connect(demo_file) as raw:
        reference = raw.execute("SELECT reference FROM problem_case ORDER BY reference").fetchone()[0]
    assert run(capsys, "--db", str(demo_file), "export", "case-sheet", reference, "--out", str(out))[0] == 0
    with sqlite3.connect(demo_file) as raw:
        rows = raw.execute("SELECT seq, action, kind, record_title, details FROM access_entry "
                           "ORDER BY seq").fetchall()
    assert [row[:4] for row in rows] == [(1, "export", "person", "jagdesk list people"),
                                         (2, "export", "store", f"Case sheet {reference}")]
    assert str(out) in rows[1][4]


@pytest.mark.parametrize(("tampering", "named", "reason"), [
    ("UPDATE access_entry SET \"user\" = 'dave' WHERE seq = 2",
     "access log entry 2 (open of problem_case ", "it was changed after it was written"),
    ("DELETE FROM access_entry WHERE seq = 1",
     "access log entry 2 (open of problem_case ", "entry 1 is missing before it"),
])
def test_sqlite3_tampering_with_the_access_log_is_named_by_check(
        demo_file: Path, tmp_path: Path, capsys: Capsys, tampering: str, named: str,
        reason: str) -> None:
    with open_store(sqlite_location(demo_file)) as store:
        _look_at_everything(store, tmp_path)
    with sqlite3.connect(demo_file) as raw:
        raw.execute(tampering)
    status, out, err = run(capsys, "--db", str(demo_file), "check")
    assert (status, err) == (1, "")
    assert named in out
    assert out.rstrip().endswith(f"does not fit the chain: {reason}")


def test_the_minutes_and_the_action_log_exported_are_logged_with_their_marking(
        demo_file: Path, tmp_path: Path, capsys: Capsys) -> None:
    with sqlite3.connect(demo_file) as raw:
        held_on, marking = raw.execute("SELECT held_on, marking FROM meeting ORDER BY held_on").fetchone()
    minutes, log = tmp_path / "minutes.docx", tmp_path / "log.docx"
    status, _out, err = run(capsys, "--db", str(demo_file), "export", "minutes", held_on, "--out",
                            str(minutes))
    assert (status, err) == (0, "")
    assert run(capsys, "--db", str(demo_file), "export", "action-log", "--out", str(log))[0] == 0
    with sqlite3.connect(demo_file) as raw:
        rows = raw.execute("SELECT kind, record_title, details FROM access_entry ORDER BY seq").fetchall()
    assert [(kind, title.split(" ")[0]) for kind, title, _ in rows] == [("meeting", "Minutes"),
                                                                        ("store", "Action")]
    assert f'"marking": "{marking}"' in rows[0][2] and str(minutes) in rows[0][2]
    assert '"public": false' in rows[1][2] and str(log) in rows[1][2]


def test_letters_written_to_a_road_are_logged_once(demo_file: Path, tmp_path: Path,
                                                   capsys: Capsys) -> None:
    status, _out, err = run(capsys, "--db", str(demo_file), "export", "letter", "residents-survey",
                            "--roads", "Shenley Road:1-3", "--out", str(tmp_path), "--merge")
    assert (status, err) == (0, "")
    with sqlite3.connect(demo_file) as raw:
        rows = raw.execute("SELECT action, record_title, details FROM access_entry").fetchall()
    assert [row[:2] for row in rows] == [("export", "ASB letters from residents-survey: 3")]
    assert '"marking": "OFFICIAL-SENSITIVE"' in rows[0][2]


def test_a_case_review_letter_exported_is_logged(demo_file: Path, tmp_path: Path,
                                                 capsys: Capsys) -> None:
    with sqlite3.connect(demo_file) as raw:
        reference = raw.execute("SELECT reference FROM case_review_application ORDER BY reference"
                                ).fetchone()[0]
    out = tmp_path / "letter.docx"
    status, _out, err = run(capsys, "--db", str(demo_file), "export", "case-review-letter", reference,
                            "--out", str(out))
    assert (status, err) == (0, "")
    with sqlite3.connect(demo_file) as raw:
        rows = raw.execute("SELECT kind, record_title, details FROM access_entry").fetchall()
    assert [row[:2] for row in rows] == [("case_review_application", f"Case review {reference} letter")]
    assert str(out) in rows[0][2]
