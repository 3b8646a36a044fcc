"""`jagdesk stats`, `jagdesk yoy` and `jagdesk list hotspots`, run in-process on a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jagdesk.services.demo.places import add_demo_hotspots
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store
from tests.support.command_line import Capsys, run
from tests.support.crime_seed import DARKES_LANE, MAXWELL_ROAD, SUPERMARKET, add_crimes, add_wards


@pytest.fixture
def db(tmp_path: Path, shared_data: Path) -> Path:
    path = tmp_path / "csp.db"
    store = open_store(sqlite_location(path))
    try:
        wards = add_wards(store, shared_data)
        add_crimes(store, wards, [
            ("2021-01", "Anti-social behaviour", SUPERMARKET, 12),
            ("2021-02", "Anti-social behaviour", SUPERMARKET, 9),
            ("2021-01", "Shoplifting", SUPERMARKET, 4),
            ("2021-02", "Vehicle crime", MAXWELL_ROAD, 3),
            ("2021-02", "Burglary", DARKES_LANE, 6),
            ("2020-01", "Anti-social behaviour", SUPERMARKET, 15),
            ("2020-02", "Shoplifting", SUPERMARKET, 4),
        ])
        with store.unit_of_work() as uow:
            add_demo_hotspots(uow)
    finally:
        store.close()
    return path


def test_stats_text(db: Path, capsys: Capsys) -> None:
    status, out, err = run(capsys, "--db", str(db), "stats", "--area", "Borehamwood Hillside",
                           "--from", "2021-01", "--to", "2021-02")
    assert (status, err) == (0, "")
    assert out == (
        "Borehamwood Hillside (ward), Jan 2021 to Feb 2021\n"
        "Crime type             Jan 2021  Feb 2021  Total\n"
        "Anti-social behaviour        12         9     21\n"
        "Shoplifting                   4         0      4\n"
        "Vehicle crime                 0         3      3\n"
        "All types                    16        12     28\n"
    )


def test_stats_json_with_types(db: Path, capsys: Capsys) -> None:
    status, out, _err = run(capsys, "--db", str(db), "stats", "--area", "partnership", "--from",
                            "2021-01", "--to", "2021-02", "--type", "burglary", "--type",
                            "Shoplifting", "--json")
    assert status == 0
    data = json.loads(out)
    assert data["area"]["kind"] == "partnership" and data["months"] == ["2021-01", "2021-02"]
    assert [(r["crime_type"], r["counts"], r["total"]) for r in data["rows"]] == [
        ("Burglary", [0, 6], 6), ("Shoplifting", [4, 0], 4)]
    assert (data["totals"], data["total"]) == ([4, 6], 10)


def test_yoy_text_and_json(db: Path, capsys: Capsys) -> None:
    status, out, err = run(capsys, "--db", str(db), "yoy", "--area", "Borehamwood", "--from",
                           "2021-01", "--to", "2021-02")
    assert (status, err) == (0, "")
    assert out == (
        "Borehamwood (locality), Jan 2021 to Feb 2021 against Jan 2020 to Feb 2020\n"
        "Crime type                 Jan 2021 to Feb 2021  Jan 2020 to Feb 2020  Change  % change\n"
        "Anti-social behaviour                        21                    15       6       40%\n"
        "Shoplifting                                   4                     4       0        0%\n"
        "Vehicle crime                                 3                     0       3       new\n"
        "All crime and ASB                            28                    19       9     47.4%\n"
        "All crime (excluding ASB)                     7                     4       3       75%\n"
        "\n"
        "Anti-social behaviour 21 incidents, 6 more 40%\n"
        "Shoplifting 4 offences, same as last year\n"
        "Vehicle crime 3 offences, new (none the year before)\n"
        "All crime and ASB 28 crimes and incidents, 9 more 47.4%\n"
        "All crime (excluding ASB) 7 offences, 3 more 75%\n"
    )
    status, out, _err = run(capsys, "--db", str(db), "yoy", "--area", "E05004750", "--from",
                            "2021-01", "--to", "2021-02", "--json")
    data = json.loads(out)
    assert status == 0 and data["year_before"] == {"first": "2020-01", "last": "2020-02"}
    assert data["rows"][0] == {
        "crime_type": "Anti-social behaviour", "current": 21, "previous": 15, "change": 6,
        "change_pct": 40.0, "change_pct_text": "40%",
        "sentence": "Anti-social behaviour 21 incidents, 6 more 40%"}


@pytest.mark.parametrize(("argv", "message"), [
    (["stats", "--area", "Nowhere", "--from", "2021-01", "--to", "2021-02"],
     "There is no locality, ward or hotspot called 'Nowhere'."),
    (["stats", "--area", "Elstree", "--from", "2021-13", "--to", "2021-02"],
     "--from: '2021-13' is not a month; write it as YYYY-MM, such as 2021-01."),
    (["yoy", "--area", "Elstree", "--from", "2021-03", "--to", "2021-01"],
     "--to: The period ends (2021-01) before it starts (2021-03)."),
    (["yoy", "--area", "Elstree", "--from", "2021-01", "--to", "Feb"],
     "--to: 'Feb' is not a month; write it as YYYY-MM, such as 2021-01."),
    (["stats", "--area", "Elstree", "--from", "2021-01", "--to", "2021-02", "--type", "Mugging"],
     "'Mugging' is not a police.uk crime type (such as Burglary or Anti-social behaviour)."),
])
def test_bad_input(db: Path, capsys: Capsys, argv: list[str], message: str) -> None:
    before = db.read_bytes()
    assert run(capsys, "--db", str(db), *argv) == (2, "", f"jagdesk: {message}\n")
    assert db.read_bytes() == before


def test_list_hotspots(db: Path, capsys: Capsys) -> None:
    status, out, _err = run(capsys, "--db", str(db), "list", "hotspots", "--json")
    assert status == 0
    rows = {row["name"]: row for row in json.loads(out)}
    assert len(rows) == 5
    parade = rows["Shenley Road shopping parade, Borehamwood"]
    assert (parade["status"], parade["ward_name"], parade["easting"], parade["northing"]) == (
        "active", "Borehamwood Hillside", 519817, 196629)
    assert parade["categories"][:2] == ["Youths gathering", "Street drinking"]
    status, out, _err = run(capsys, "--db", str(db), "list", "hotspots")
    lines = out.splitlines()
    assert status == 0 and len(lines) == 6
    assert lines[0].split() == ["Name", "Status", "Priority", "Ward", "name", "Locality", "name",
                                "Easting", "Northing", "Owner", "name"]
