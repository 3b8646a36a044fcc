"""`jagdesk import interventions FILE.csv|.xlsx`: headers by name whatever their case, spaces and
underscores, --columns for others, kinds as registers spell them, people matched with the duplicate
check, each refused row reported by its line, and --all-or-nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from jagdesk.services.asb.reading import list_interventions
from jagdesk.services.people.people import list_people
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import Store, open_store
from tests.support.asb_seed import add_person
from tests.support.command_line import Capsys, run

REGISTER = """\
KIND,name,Date_of_birth,Address,Starts On,ends on,Review on,Status,Breaches
Acceptable Behaviour Contract,Seán O'Brien-Smith,02/01/1994,"12 Shenley Road, Borehamwood",2024-03-01,,,\
in force,2024-04-02; 02/05/2024
ABC,Zainab Hussain,2009-01-01,4 Howard Drive,2024-03-05,,,declined,
Youth diversion order,Ali Khan,2000-01-01,,2024-01-01,,,,
ABC,Amrit ਸਿੰਘ,2015-01-01,7 Aycliffe Road,2024-03-01,,,,
C.B.O.,Seán O'Brien-Smith,1994-01-02,,31/02/2024,,,,
CPN,Mark Jones,1970-01-01,,2024-02-01,,,,
PSPO,Borehamwood town centre,,,2023-10-01,2026-09-30,,in force,
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "asb.db"
    with open_store(sqlite_location(path)) as store:
        add_person(store, "O'Brien-Smith", "Sean", date(1994, 1, 2), "12 Shenley Road")
    return path


def read(path: Path) -> tuple[list[str], list[str]]:
    with open_store(sqlite_location(path)) as store, store.unit_of_work() as uow:
        return ([f"{r.reference} {r.kind} {r.status} {r.subject_name} {r.breaches}"
                 for r in list_interventions(uow, today=date(2024, 6, 1))],
                [row.name for row in list_people(uow)])


def test_a_csv_register_is_imported_with_each_refusal_by_line(db: Path, tmp_path: Path,
                                                               capsys: Capsys) -> None:
    register = tmp_path / "register.csv"
    register.write_text(REGISTER, encoding="utf-8")
    status, out, err = run(capsys, "--db", str(db), "import", "interventions", str(register))
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "  Line 4: 'Youth diversion order' is not a kind of intervention (ABC, ASBO, Civil injunction, CBO, "
        "CPW, CPN, PSPO, Dispersal, Closure notice, Closure order, Warning letter 1 or Warning letter 2).",
        "  Line 5: An Acceptable Behaviour Contract needs the person to be at least 10 on 1 Mar 2024; they "
        "were 9.",
        "  Line 6: '31/02/2024' in Starts on is not a date (write YYYY-MM-DD or DD/MM/YYYY).",
        "  Line 7: A Community Protection Notice needs a Community Protection Warning first: link the "
        "warning it follows.",
        "register.csv: 3 interventions imported with 2 breaches; 1 person found on the register, 1 added; "
        "4 rows refused.",
    ]
    interventions, people = read(db)
    assert interventions == [
        "ASB-2024-0002 ABC declined Zainab Hussain 0",
        "ASB-2024-0001 ABC in force Sean O'Brien-Smith 2",  # the person already on the register
        "ASB-2023-0001 PSPO in force Borehamwood town centre 0",
    ]
    assert people == ["Zainab Hussain", "Sean O'Brien-Smith"]


def test_all_or_nothing_imports_nothing_when_a_row_is_refused(db: Path, tmp_path: Path,
                                                              capsys: Capsys, digest) -> None:  # type: ignore[no-untyped-def]
    register = tmp_path / "register.csv"
    register.write_text(REGISTER, encoding="utf-8")
    status, out, err = run(capsys, "--db", str(db), "import", "interventions", str(register),
                           "--all-or-nothing")
    assert status == 2
    assert err == "jagdesk: register.csv: nothing was imported, because 4 of its rows were refused.\n"
    assert "Line 4:" in out
    assert read(db) == ([], ["Sean O'Brien-Smith"])


def test_an_xlsx_register_with_columns_named_otherwise(db: Path, tmp_path: Path, capsys: Capsys) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Type of order", "Full name", "DOB", "Address", "Date granted", "Expiry", "Status"])
    sheet.append(["Civil Injunction", "Khan, Ali", datetime(1990, 5, 5), "", datetime(2024, 1, 10),
                  datetime(2025, 1, 10), "in force"])
    sheet.append(["cbo", "Ali Khan", datetime(1990, 5, 5), "", datetime(2024, 2, 1), datetime(2025, 2, 1),
                  "in force"])
    path = tmp_path / "orders.xlsx"
    book.save(path)
    status, out, err = run(capsys, "--db", str(db), "import", "interventions", str(path),
                           "--columns", "Kind=Type of order,Name=Full name", "--columns", "Date of birth=DOB",
                           "--columns", "Starts on=Date granted", "--columns", "Ends on=Expiry")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "  Line 3: A Criminal Behaviour Order lasts at least 2 years or runs until further order: from 1 Feb "
        "2024 it must end on or after 1 Feb 2026.",
        "orders.xlsx: 1 intervention imported with 0 breaches; 0 people found on the register, 1 added; "
        "1 row refused.",
    ]
    assert read(db)[0] == ["ASB-2024-0001 civil injunction in force Ali Khan 0"]


@pytest.mark.parametrize(("content", "sentence"), [
    ("Name,Starts on\nA B,2024-01-01\n", "jagdesk: register.csv has no Kind column; name the column that "
                                          "holds it with --columns Kind=HEADER.\n"),
    ("", "jagdesk: register.csv is empty: the first row must name the columns.\n"),
])
def test_a_file_without_a_register_is_refused_whole(db: Path, tmp_path: Path, capsys: Capsys,
                                                    content: str, sentence: str) -> None:
    register = tmp_path / "register.csv"
    register.write_text(content, encoding="utf-8")
    status, _out, err = run(capsys, "--db", str(db), "import", "interventions", str(register))
    assert (status, err) == (2, sentence)
    assert read(db)[0] == []


def test_the_import_runs_on_postgres(store: Store, tmp_path: Path) -> None:
    from jagdesk.services.asb.importing import import_interventions

    register = tmp_path / "register.csv"
    register.write_text(REGISTER, encoding="utf-8")
    with store.unit_of_work("officer") as uow:
        summary = import_interventions(uow, register)
    assert (summary.imported, summary.people_added, len(summary.refusals)) == (3, 2, 4)
    with store.unit_of_work("officer") as uow:
        assert len(list_interventions(uow)) == 3
