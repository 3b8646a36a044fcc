"""How the command line prints rows: an aligned table with a header, or JSON."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from jagdesk.cli.output import to_json, to_table


@dataclass(frozen=True)
class Row:
    id: uuid.UUID
    name: str
    active: bool
    contact_count: int

    @property
    def type_title(self) -> str:
        return "Police"


ROWS = [
    Row(uuid.UUID(int=1), "Hertfordshire Constabulary", True, 6),
    Row(uuid.UUID(int=2), "Crimestoppers", False, 0),
]


def test_table_has_readable_header_and_aligned_columns() -> None:
    text = to_table(ROWS, ("name", "type_title", "active", "contact_count"))
    assert text.splitlines() == [
        "Name                        Type    Active  Contact count",
        "Hertfordshire Constabulary  Police  yes     6",
        "Crimestoppers               Police  no      0",
    ]


def test_an_empty_field_prints_as_nothing() -> None:
    @dataclass(frozen=True)
    class Person:
        name: str
        date_of_birth: date | None

    text = to_table([Person("Jan Kowalski", None), Person("Amrit Kaur", date(1990, 5, 1))],
                    ("name", "date_of_birth"))
    assert text.splitlines() == ["Name          Date of birth", "Jan Kowalski", "Amrit Kaur    01/05/1990"]


def test_table_of_nothing_is_just_the_header() -> None:
    assert to_table([], ("code", "name", "locality_name")) == "Code  Name  Locality name"


def test_json_of_rows() -> None:
    data = json.loads(to_json(ROWS))
    assert data == [
        {"id": "00000000-0000-0000-0000-000000000001", "name": "Hertfordshire Constabulary",
         "active": True, "contact_count": 6},
        {"id": "00000000-0000-0000-0000-000000000002", "name": "Crimestoppers",
         "active": False, "contact_count": 0},
    ]


def test_json_of_one_dataclass_with_dates_and_non_ascii() -> None:
    @dataclass
    class Report:
        at: datetime
        on: date
        who: str

    text = to_json(Report(datetime(2021, 1, 31, 9, 30, tzinfo=UTC), date(2021, 2, 1),
                          "Tomasz Wiśniewski"))
    assert "Wiśniewski" in text  # written as the letters, not \u escapes
    assert json.loads(text) == {"at": "2021-01-31T09:30:00+00:00", "on": "2021-02-01",
                                "who": "Tomasz Wiśniewski"}


def test_json_of_a_dict() -> None:
    assert json.loads(to_json({"agencies": 11})) == {"agencies": 11}


def test_json_refuses_what_it_cannot_write() -> None:
    with pytest.raises(TypeError, match="cannot write object as JSON"):
        to_json([{"x": object()}])


def test_a_table_writes_days_as_people_read_them_and_json_keeps_iso() -> None:
    """Every kind's table prints a day as 02/12/2026 (and a moment with its time), whether the row
    holds a date or a text the service wrote; the JSON of the same row stays ISO 8601."""
    @dataclass(frozen=True)
    class Authorisation:
        urn: str
        approved_on: date
        decided_at: datetime
        ends_on: date | None

    row = Authorisation("HBC/RIPA/2026/01", date(2026, 8, 5), datetime(2026, 8, 5, 14, 30), None)
    lines = to_table([row], ("urn", "approved_on", "decided_at", "ends_on")).splitlines()
    assert lines[1].split("  ")[0] == "HBC/RIPA/2026/01"
    assert "05/08/2026" in lines[1] and "05/08/2026 14:30" in lines[1]
    assert "2026-08-05" not in lines[1]
    assert json.loads(to_json([row]))[0]["approved_on"] == "2026-08-05"
