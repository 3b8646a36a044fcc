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
    assert text.splitlines() == ["Name          Date of birth", "Jan Kowalski", "Amrit Kaur    1990-05-01"]


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
