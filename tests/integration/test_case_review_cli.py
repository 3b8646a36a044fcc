"""The case review on the command line: an earlier log imported from CSV and Excel with rows
refused by line (or nothing, with --all-or-nothing), `list case-reviews`, the figures exported as
JSON, CSV and PDF and read back, the letter, and bad input refused in one sentence."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import docx
import pypdf
from openpyxl import Workbook

from tests.support.command_line import Capsys, run

HEADER = ["Reference", "Received on", "Hate incident", "Incident dates", "Reported dates",
          "Review held on", "Recommendations"]
ROWS = [
    ["CT-2025-01", "18/12/2025", "no", "01/09/2025;01/10/2025;05/11/2025",
     "03/09/2025;02/10/2025;06/11/2025", "20/01/2026", "2"],
    ["CT-2025-02", "04/01/2026", "no", "01/10/2025;05/11/2025", "02/10/2025;06/11/2025", "", ""],
    ["CT-2025-03", "20/11/2025", "yes", "01/11/2025", "02/11/2025", "", "0"],
    ["CT-2025-04", "20/11/2025", "no", "05/11/2025", "01/11/2025", "", ""],
    ["CT-2025-05", "20/11/2025", "no", "", "", "", ""],
]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADER, *rows])
    return path


def test_a_log_imported_listed_and_published(tmp_path: Path, capsys: Capsys) -> None:
    db = str(tmp_path / "s.db")
    assert run(capsys, "--db", db, "init")[0] == 0
    log = _csv(tmp_path / "log.csv", ROWS)
    status, out, err = run(capsys, "--db", db, "import", "case-reviews", str(log))
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "log.csv: 3 case review applications imported; 2 rows refused.",
        "  line 5: a complaint cannot be reported (1 Nov 2025) before its incident (5 Nov 2025)",
        "  line 6: an application needs at least one complaint behind it"]
    status, out, _ = run(capsys, "--db", db, "list", "case-reviews", "--json")
    listed = {row["reference"]: row for row in json.loads(out)}
    first = listed["CT-2025-01"]
    assert first["received_on"] == "2025-12-18" and first["threshold_met"] is True
    assert [c["incident_on"] for c in first["complaints"]] == ["2025-09-01", "2025-10-01", "2025-11-05"]
    assert first["acknowledge_by"] == "2026-01-06" and first["acknowledge_met"] is None
    assert first["outcome_by"] == "2026-01-27"
    assert listed["CT-2025-02"]["threshold_met"] is False
    assert listed["CT-2025-03"]["reason"].startswith("Threshold met: a qualifying complaint of a hate")
    status, out, _ = run(capsys, "--db", db, "export", "case-review-figures", "--from", "2025-04-01",
                         "--to", "2026-03-31", "--json")
    figures = json.loads(out)
    assert (figures["applications"], figures["thresholds_met"], figures["reviews_held"],
            figures["reviews_with_recommendations"]) == (3, 2, 1, 1)
    assert run(capsys, "--db", db, "export", "case-review-figures", "--from", "1/4/2025", "--to",
               "31/3/2026", "--out", str(tmp_path / "f.csv"))[0] == 0
    with (tmp_path / "f.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert ["Case reviews held", "1", "2"] in list(csv.reader(handle))
    assert run(capsys, "--db", db, "export", "case-review-figures", "--from", "2025-04-01", "--to",
               "2026-03-31", "--out", str(tmp_path / "f.pdf"))[0] == 0
    text = " ".join(pypdf.PdfReader(tmp_path / "f.pdf").pages[0].extract_text().split())
    assert "Applications that met the threshold 2 3" in text
    status, out, _ = run(capsys, "--db", db, "export", "case-review-letter", "ct-2025-02", "--out",
                         str(tmp_path / "letter.docx"))
    assert status == 0
    letter = "\n".join(p.text for p in docx.Document(str(tmp_path / "letter.docx")).paragraphs)
    assert "the threshold for a case review is not met" in letter
    assert "Police and Crime Commissioner" in letter


def test_excel_and_all_or_nothing(tmp_path: Path, capsys: Capsys,
                                  digest: Callable[[Path], str]) -> None:
    db = tmp_path / "s.db"
    assert run(capsys, "--db", str(db), "init")[0] == 0
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [HEADER, *ROWS]:
        sheet.append(row)
    book.save(tmp_path / "log.xlsx")
    before = digest(db)
    status, out, err = run(capsys, "--db", str(db), "import", "case-reviews", str(tmp_path / "log.xlsx"),
                           "--all-or-nothing")
    assert (status, out) == (2, "")
    assert err == ("jagdesk: Nothing was imported: 2 rows of log.xlsx were refused, the first at line 5: "
                   "a complaint cannot be reported (1 Nov 2025) before its incident (5 Nov 2025).\n")
    assert digest(db) == before
    status, out, err = run(capsys, "--db", str(db), "import", "case-reviews", str(tmp_path / "log.xlsx"))
    assert status == 0 and out.startswith("log.xlsx: 3 case review applications imported")


def test_bad_input_is_one_sentence(tmp_path: Path, capsys: Capsys) -> None:
    db = str(tmp_path / "s.db")
    assert run(capsys, "--db", db, "init")[0] == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("Reference,Received on\nX,1/1/2026\n", encoding="utf-8")
    cases = [
        (["import", "case-reviews", str(bad)],
         "jagdesk: bad.csv has no column 'Incident dates', 'Reported dates'.\n"),
        (["export", "case-review-figures", "--from", "2026-04-01", "--to", "2025-03-31"],
         "jagdesk: The period ends (31 Mar 2025) before it starts (1 Apr 2026).\n"),
        (["export", "case-review-figures", "--from", "soon"],
         "jagdesk: --from: 'soon' is not a date: type it as 10/12/2026 or 10 Dec 2026.\n"),
        (["export", "case-review-figures", "--out", str(tmp_path / "f.txt")],
         "jagdesk: --out must end in .csv or .pdf, not '.txt'.\n"),
        (["export", "case-review-letter", "CR-2026-009", "--out", str(tmp_path / "l.docx")],
         "jagdesk: There is no case review CR-2026-009.\n"),
    ]
    for argv, message in cases:
        assert run(capsys, "--db", db, *argv) == (2, "", message)
    assert not (tmp_path / "l.docx").exists()
