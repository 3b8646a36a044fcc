"""`jagdesk export ripa-retention`: when each authorisation of the central record is due for its
destruction review, as text and JSON, counted from today."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from tests.support.command_line import Capsys, run

REGISTER = [
    ["URN", "Operation", "Offence", "Authorising officer", "Grade", "Approved on", "Magistrate",
     "Reviews", "Renewals", "Cancelled on"],
    ["OLD-01", "Op Ash", "Theft", "Dana Whitfield", "Director", "2015-06-15", "J. Patel JP", "", "",
     "2015-07-01"],
    ["NEW-01", "Op Elm", "Theft", "Dana Whitfield", "Director", date.today().isoformat(), "", "", "",
     ""],
]


def test_the_retention_schedule_lists_what_is_due_for_review(tmp_path: Path, capsys: Capsys) -> None:
    db = str(tmp_path / "ripa.db")
    assert run(capsys, "--db", db, "init")[0] == 0
    file = tmp_path / "register.csv"
    with file.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(REGISTER)
    assert run(capsys, "--db", db, "import", "authorisations", str(file))[0] == 0

    status, out, err = run(capsys, "--db", db, "export", "ripa-retention")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == ("The central record keeps an authorisation 5 years after its cancellation "
                        "or end; 1 is due for the destruction review today.")
    assert lines[1].split() == ["OLD-01", "cancelled", "closed", "01/07/2015,", "review", "DUE",
                                "since", "01/07/2020"]
    assert lines[2].split() == ["NEW-01", "active", "open"]

    status, out, err = run(capsys, "--db", db, "export", "ripa-retention", "--due", "--json")
    assert (status, err) == (0, "")
    rows = json.loads(out)
    assert [(r["urn"], r["closed_on"], r["review_on"], r["due"]) for r in rows] == [
        ("OLD-01", "2015-07-01", "2020-07-01", True)]
    assert set(rows[0]) == {"id", "urn", "status", "closed_on", "review_on", "due", "version"}
