"""`jagdesk import boundaries` and `jagdesk import police-uk`, run in-process on the real files."""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Callable
from pathlib import Path

import pytest

from jagdesk.cli import main
from jagdesk.services.places import read_ahead
from tests.support.command_line import Capsys, run

FORCE = "Hertfordshire Constabulary"


@pytest.fixture
def db(empty_file: Path) -> str:
    return str(empty_file)


@pytest.mark.parametrize("read_ahead_from", [None, 0], ids=["as files come", "every file read ahead"])
def test_import_wards_then_crimes(db: str, shared_data: Path, capsys: Capsys,
                                  monkeypatch: pytest.MonkeyPatch, read_ahead_from: int | None) -> None:
    if read_ahead_from is not None:
        monkeypatch.setattr(read_ahead, "READ_AHEAD_BYTES", read_ahead_from)
    wards = str(shared_data / "geo/hertsmere-wards-2013.geojson")
    assert run(capsys, "--db", db, "import", "boundaries", wards, "--locality", "Hertsmere") == (
        0, "hertsmere-wards-2013.geojson: 15 wards added, 0 updated (codes from WD13CD, names from "
           "WD13NM); wards put in the locality Hertsmere (new); 0 crimes placed in wards again.\n",
        "")
    police = shared_data / "policeuk"
    status, out, err = run(capsys, "--db", db, "import", "police-uk",
                           str(police / "2021-01-hertfordshire-street.csv"),
                           str(police / "2021-02-hertfordshire-street.csv"),
                           str(police / "2021-01-hertfordshire-outcomes.csv"))
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        f"2021-01-hertfordshire-street.csv (street, 2021-01, {FORCE}): 6,914 rows imported, 0 "
        "rejected; 68 with no location, 6,138 outside the "
        "partnership's wards.",
        f"2021-02-hertfordshire-street.csv (street, 2021-02, {FORCE}): 6,885 rows imported, 0 "
        "rejected; 114 with no location, 6,073 outside the "
        "partnership's wards.",
        f"2021-01-hertfordshire-outcomes.csv (outcomes, 2021-01, {FORCE}): outcomes of 2,031 "
        "crimes updated, 5,156 rows for crimes not in the store, 16 skipped as already present, "
        "0 rejected.",
    ]
    status, out, _err = run(capsys, "--db", db, "import", "police-uk",
                            str(police / "2021-01-hertfordshire-street.csv"))
    assert (status, out) == (0, (
        f"2021-01-hertfordshire-street.csv (street, 2021-01, {FORCE}) was already imported as "
        "2021-01-hertfordshire-street.csv: nothing was added, 6,914 rows skipped as already "
        "present, 0 rejected.\n"))
    status, out, _err = run(capsys, "--db", db, "check", "--json")
    counts = json.loads(out)["counts"]
    assert (counts["crimes"], counts["imported files"], counts["wards"]) == (13799, 3, 15)
    # New boundaries for wards already there: the crimes are placed in them again.
    assert run(capsys, "--db", db, "import", "boundaries", wards)[1] == (
        "hertsmere-wards-2013.geojson: 0 wards added, 15 updated (codes from WD13CD, names from "
        "WD13NM); 13,617 crimes placed in wards again.\n")
    status, out, _err = run(capsys, "--db", db, "list", "wards", "--json")
    assert {row["locality_name"] for row in json.loads(out)} == {"Hertsmere"}
    assert multiprocessing.active_children() == []


def test_rejected_rows_are_listed(db: str, tmp_path: Path, shared_data: Path,
                                  capsys: Capsys) -> None:
    real = (shared_data / "policeuk/2021-01-hertfordshire-street.csv").read_text("utf-8").splitlines()
    path = tmp_path / "broken.csv"
    path.write_text("\n".join([*real[:3], *["junk"] * 25, real[3]]), "utf-8")
    status, out, err = run(capsys, "--db", db, "import", "police-uk", str(path))
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (f"broken.csv (street, 2021-01, {FORCE}): 3 rows imported, "
                        "25 rejected; 0 with no location, 3 outside the "
                        "partnership's wards.")
    assert lines[1:3] == ["  line 4: too few fields (1 of 12)", "  line 5: too few fields (1 of 12)"]
    assert len(lines) == 1 + 20 + 1 and lines[-1] == "  ... and 5 more rejected rows."


def test_a_file_that_is_not_police_uk_stops_the_command(db: str, shared_data: Path,
                                                        tmp_path: Path, capsys: Capsys,
                                                        digest: Callable[[Path], str]) -> None:
    before = digest(Path(db))
    stray = tmp_path / "minutes.csv"
    stray.write_text("Action,Owner,Due\n1.1,Police,2021-02-01\n", "utf-8")
    good = str(shared_data / "policeuk/2021-01-hertfordshire-street.csv")
    assert run(capsys, "--db", db, "import", "police-uk", good, str(stray)) == (
        2, "", "jagdesk: minutes.csv is not a police.uk street or outcomes file: it does not start "
               "with the police.uk column header; nothing was imported from it.\n")
    assert digest(Path(db)) == before  # refused before the store was even opened
    _status, out, _err = run(capsys, "--db", db, "check", "--json")
    assert json.loads(out)["counts"]["crimes"] == 0


def test_boundary_options_and_bad_boundary_files(db: str, shared_data: Path, tmp_path: Path,
                                                 capsys: Capsys) -> None:
    feature = json.loads((shared_data / "geo/hertsmere-lsoa-2011.geojson").read_text("utf-8"))[
        "features"][0]
    renamed = {**feature, "properties": {"code": feature["properties"]["LSOA11CD"],
                                         "title": feature["properties"]["LSOA11NM"]}}
    path = tmp_path / "areas.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [renamed]}), "utf-8")
    assert run(capsys, "--db", db, "import", "boundaries", str(path), "--code-property", "code",
               "--name-property", "title") == (
        0, "areas.geojson: 1 LSOA added, 0 updated (codes from code, names from title).\n", "")
    assert run(capsys, "--db", db, "import", "boundaries", str(path)) == (
        2, "", "jagdesk: Feature 1 of areas.geojson has no area code and name properties (such as "
               "WD13CD and WD13NM); choose them by name.\n")
    assert run(capsys, "--db", db, "import", "boundaries", str(tmp_path / "none.geojson"))[:2] == (2, "")
    assert run(capsys, "--db", db, "import", "boundaries", str(path), "--kind", "lsoa",
               "--code-property", "code", "--name-property", "title", "--locality", "Elstree") == (
        2, "", "jagdesk: Only wards belong to localities.\n")


def test_import_needs_what_to_import(db: str, capsys: Capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--db", db, "import"])
    assert done.value.code == 2
    assert capsys.readouterr().err.startswith("jagdesk: the following arguments are required: WHAT")
