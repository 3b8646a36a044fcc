"""CSV export: any table, read back as a spreadsheet would, with formulas kept as text."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from jagdesk.domain.common.periods import MonthRange
from jagdesk.errors import JagdeskError
from jagdesk.exports.common.csv_export import csv_text, safe_cell, write_csv, write_table
from jagdesk.services.places.crime_areas import AreaKind, AreaRef
from jagdesk.services.places.crime_stats import MonthlyRow, MonthlyTable


@pytest.mark.parametrize(("value", "written"), [
    ("=HYPERLINK(\"http://evil.example\",\"Click\")", "'=HYPERLINK(\"http://evil.example\",\"Click\")"),
    ("+44 20 7946 0101", "'+44 20 7946 0101"),
    ("-5%", "'-5%"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("Shenley Road = trouble", "Shenley Road = trouble"),
    ("Anti-social behaviour", "Anti-social behaviour"),
    (-12, "-12"),
    (-0.8, "-0.8"),
    (Decimal("-19.5"), "-19.5"),
    (None, ""),
    (True, "yes"),
])
def test_safe_cells(value: object, written: str) -> None:
    assert safe_cell(value) == written


def test_round_trip_through_a_file(tmp_path: Path) -> None:
    path = tmp_path / "yoy.csv"
    rows = [["Theft of motor vehicle", 245, 205, 40, 19.5],
            ["Drugs, \"possession\"\nand supply", 3, 0, 3, "new"],
            ["=cmd|' /C calc'!A0", 1, 1, 0, 0.0]]
    assert write_csv(path, ["Crime type", "Jan 2021 to Dec 2021", "Year before", "Change", "% change"],
                     rows) == path
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as handle:
        back = list(csv.reader(handle))
    assert back == [
        ["Crime type", "Jan 2021 to Dec 2021", "Year before", "Change", "% change"],
        ["Theft of motor vehicle", "245", "205", "40", "19.5"],
        ["Drugs, \"possession\"\nand supply", "3", "0", "3", "new"],
        ["'=cmd|' /C calc'!A0", "1", "1", "0", "0.0"],
    ]
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left beside it


def test_a_statistics_table(tmp_path: Path) -> None:
    area = AreaRef(AreaKind.WARD, uuid.uuid4(), "Borehamwood Hillside")
    table = MonthlyTable(area, MonthRange("2021-01", "2021-02"), ("2021-01", "2021-02"),
                         (MonthlyRow("Anti-social behaviour", (12, 9), 21),
                          MonthlyRow("Burglary", (5, 0), 5)), (17, 9), 26)
    write_table(tmp_path / "monthly.csv", table)
    text = (tmp_path / "monthly.csv").read_bytes().decode("utf-8-sig")
    assert text == ("Crime type,Jan 2021,Feb 2021,Total\r\n"
                    "Anti-social behaviour,12,9,21\r\n"
                    "Burglary,5,0,5\r\n"
                    "All types,17,9,26\r\n")
    assert csv_text(table.header(), table.body()) == text


def test_unwritable_place(tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "table.csv"
    with pytest.raises(JagdeskError, match=r"table\.csv could not be written: No such file"):
        write_csv(target, ["a"], [[1]])
    assert not target.parent.exists()


def test_failed_export_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_bytes(b"old\r\n")

    def rows() -> Iterator[list[object]]:
        yield ["first row"]
        raise RuntimeError("the table could not be read")

    with pytest.raises(RuntimeError):
        write_csv(path, ["a"], rows())
    assert path.read_bytes() == b"old\r\n"
    assert list(tmp_path.iterdir()) == [path]
