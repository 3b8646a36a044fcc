"""The RIPA register on the command line: `jagdesk import authorisations` from CSV and Excel,
`jagdesk list authorisations --json`, `jagdesk export ripa-register` and `ripa-return`."""

from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path

import pypdf
import pytest
from openpyxl import Workbook

from tests.support.command_line import Capsys, run

REGISTER = [
    ["urn", "Operation", "OFFENCE", "Authorising_Officer", "Grade", "Approved on", "Magistrate",
     "Reviews", "Renewals", "Cancelled on"],
    ["HBC-01", "Op Kestrel", "Theft", "Dana Whitfield", "Head of Community Safety", "15/06/2026",
     "J. Patel JP", "2026-07-10; 2026-08-05", "10/09/2026", "2026-11-02"],
    ["HBC-02", "Op Heron", "Sale of alcohol to children", "Sam Okafor", "Director",
     "2026-11-30", "", "", "", ""],
    ["HBC-03", "Op Bin", "Littering", "Dana Whitfield", "", "2026-05-01", "", "", "", ""],
    ["HBC-04", "Op Late", "Criminal damage", "Dana Whitfield", "", "2026-01-01", "", "",
     "2026-04-01", ""],
    ["HBC-05", "Op Early", "Theft", "Dana Whitfield", "", "2026-03-01", "", "2026-02-01", "", ""],
    ["HBC-06", "Op Odd", "Theft", "Dana Whitfield", "", "31/02/2026", "", "", "", ""],
    ["HBC-01", "Op Again", "Theft", "Dana Whitfield", "", "2026-03-01", "", "", "", ""],
]


@pytest.fixture
def db(empty_file: Path) -> str:
    return str(empty_file)


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_register_is_imported_and_its_bad_rows_reported_by_line(db: str, tmp_path: Path,
                                                                  capsys: Capsys, kind: str) -> None:
    file = (_csv if kind == "csv" else _xlsx)(tmp_path / f"register.{kind}", REGISTER)
    status, out, err = run(capsys, "--db", db, "import", "authorisations", str(file))
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"register.{kind}: 2 authorisations imported, 5 rows refused."
    assert "Authorising officer added to the list: Dana Whitfield (Head of Community Safety)." in out
    assert "Authorising officer added to the list: Sam Okafor (Director)." in out
    assert "  line 4: Littering (Environmental Protection Act 1990 s.87) carries a fine only" in out
    assert "  line 5: The authorisation lapsed at the end of 31/03/2026; a renewal approved on " \
           "01/04/2026 is too late" in out
    assert "  line 6: A review on 01/02/2026 is before the magistrate's approval on 01/03/2026." in out
    assert "  line 7: '31/02/2026' is not a real date" in out
    assert "  line 8: the URN HBC-01 appears twice in the file" in out

    status, out, err = run(capsys, "--db", db, "list", "authorisations", "--json")
    rows = {row["urn"]: row for row in json.loads(out)}
    assert set(rows) == {"HBC-01", "HBC-02"}
    first = rows["HBC-01"]
    assert (first["approved_on"], first["ends_on"], first["status"]) == (
        "2026-06-15", "2026-12-13", "cancelled")
    assert [r["ends_on"] for r in first["renewals"]] == ["2026-12-13"]
    assert first["reviews"] == ["2026-07-10", "2026-08-05"]
    assert rows["HBC-02"]["ends_on"] == "2027-02-28"  # 30 November: no 30 February
    assert "next_review_on" in rows["HBC-02"]

    status, out, _ = run(capsys, "--db", db, "list", "authorisations")
    assert out.splitlines()[0].split()[:3] == ["URN", "Operation", "Offence"]

    # Importing the same file again adds nothing: every URN is in the register already.
    status, out, _ = run(capsys, "--db", db, "import", "authorisations", str(file))
    assert out.splitlines()[0] == f"register.{kind}: 0 authorisations imported, 7 rows refused."
    assert "the URN HBC-02 is already in the register; a URN is never used twice" in out


def test_all_or_nothing_imports_nothing_when_a_row_is_refused(db: str, tmp_path: Path,
                                                              capsys: Capsys) -> None:
    file = _csv(tmp_path / "register.csv", REGISTER)
    status, out, err = run(capsys, "--db", db, "import", "authorisations", str(file),
                           "--all-or-nothing")
    assert (status, err) == (2, "jagdesk: register.csv: nothing imported, 5 rows refused.\n")
    assert len(out.splitlines()) == 5 and all(line.startswith("  line ") for line in out.splitlines())
    assert json.loads(run(capsys, "--db", db, "list", "authorisations", "--json")[1]) == []


def test_columns_named_on_the_command_line(db: str, tmp_path: Path, capsys: Capsys) -> None:
    rows = [["Ref", "Op", "Crime", "AO", "JP date"],
            ["X-1", "Op Wren", "Burglary (dwelling)", "Dana Whitfield", "2026-01-01"]]
    file = _csv(tmp_path / "odd.csv", rows)
    status, _, err = run(capsys, "--db", db, "import", "authorisations", str(file))
    assert status == 2
    assert err == ("jagdesk: odd.csv has no column for the urn or the operation or the offence or "
                   "the officer; name it with --columns (for example --columns \"urn=Ref\").\n")
    status, out, _ = run(capsys, "--db", db, "import", "authorisations", str(file), "--columns",
                         "urn=Ref, operation=Op, offence=Crime, officer=AO, approved_on=JP date")
    assert status == 0 and out.startswith("odd.csv: 1 authorisations imported, 0 rows refused.")
    [row] = json.loads(run(capsys, "--db", db, "list", "authorisations", "--json")[1])
    assert row["ends_on"] == "2026-03-31"


def test_the_register_and_the_return_are_exported(db: str, tmp_path: Path, capsys: Capsys) -> None:
    run(capsys, "--db", db, "import", "authorisations", str(_csv(tmp_path / "r.csv", REGISTER)))
    pdf = tmp_path / "register.pdf"
    status, out, err = run(capsys, "--db", db, "export", "ripa-register", "--from", "2026-01-01",
                           "--to", "31/12/2026", "--out", str(pdf))
    assert (status, err) == (0, "")
    assert out == f"Wrote the central record (2 authorisations) to {pdf}.\n"
    reader = pypdf.PdfReader(pdf)
    text = unicodedata.normalize("NFKC", " ".join(page.extract_text() for page in reader.pages))
    assert "OFFICIAL-SENSITIVE" in text and "Page 1 of" in text
    assert "HBC-01" in text and "Op Heron" in text and "Sam Okafor" in text
    out_csv = tmp_path / "register.csv"
    assert run(capsys, "--db", db, "export", "ripa-register", "--from", "2026-01-01", "--to",
               "2026-12-31", "--out", str(out_csv))[0] == 0
    with out_csv.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["URN"] for row in csv.DictReader(handle)] == ["HBC-01", "HBC-02"]

    status, out, _ = run(capsys, "--db", db, "export", "ripa-return", "--year", "2026", "--json")
    assert json.loads(out) == {"year": 2026, "applications": 2, "granted": 2,
                               "refused_by_magistrate": 0, "renewed": 1, "cancelled": 1,
                               "lapsed": 0}
    status, out, _ = run(capsys, "--db", db, "export", "ripa-return", "--year", "2019")
    assert out == ("2019: 0 applications, 0 granted, 0 refused by the magistrate, 0 renewed, "
                   "0 cancelled, 0 lapsed.\n")
    status, _, err = run(capsys, "--db", db, "export", "ripa-register", "--from", "2026-12-01",
                         "--to", "2026-01-01", "--out", str(pdf))
    assert (status, err) == (2, "jagdesk: --to must not be before --from.\n")
    status, _, err = run(capsys, "--db", db, "export", "ripa-register", "--from", "2026-01-01",
                         "--to", "2026-12-31", "--out", str(tmp_path / "r.docx"))
    assert (status, err) == (2, "jagdesk: --out must end in .pdf or .csv, not '.docx'.\n")
