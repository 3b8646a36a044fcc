"""`jagdesk import cameras FILE` and `jagdesk list cameras`: columns found by name in CSV and Excel,
longitude/latitude or easting/northing either way round, a re-import updating by ID, and bad files
refused whole with one sentence naming the line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.support.command_line import Capsys, run

GOOD = (
    'Latitude,"Camera ID",Location,Longitude,Type,Asset tag,Area\n'
    '51.655688,C-10,"Shenley Road, by the ""Parade""",-2.2880219999999998,Fixed,A-100,Borehamwood\n'
    '51.6583,C-02,Maxwell Road,-0.267551,Redeployable,A-200,Borehamwood\n'
    '-0.261189,C-07,Arundel Drive,51.651135,Covert,,Borehamwood\n'
)


@pytest.fixture
def db(empty_file: Path) -> str:
    return str(empty_file)


def _cameras(capsys: Capsys, db: str) -> dict[str, dict[str, object]]:
    status, out, err = run(capsys, "--db", db, "list", "cameras", "--json")
    assert (status, err) == (0, "")
    return {row["code"]: row for row in json.loads(out)}


def test_a_camera_list_is_imported_and_updated_by_id(db: str, tmp_path: Path,
                                                     capsys: Capsys) -> None:
    file = tmp_path / "cameras.csv"
    file.write_text(GOOD, encoding="utf-8")
    status, out, err = run(capsys, "--db", db, "import", "cameras", str(file))
    assert (status, out, err) == (0, "cameras.csv: 3 cameras added, 0 updated.\n", "")
    cameras = _cameras(capsys, db)
    assert list(cameras) == ["C-02", "C-07", "C-10"]
    assert cameras["C-10"]["longitude"] == -2.288022  # the spreadsheet's float artefact gone
    assert cameras["C-10"]["name"] == 'Shenley Road, by the "Parade"'
    assert (cameras["C-02"]["kind"], cameras["C-07"]["kind"]) == ("mobile", "covert")
    # Longitude and latitude given the wrong way round on one line are put right.
    assert (cameras["C-07"]["longitude"], cameras["C-07"]["latitude"]) == (-0.261189, 51.651135)
    assert cameras["C-10"]["retention_days"] == 31

    file.write_text("Camera ID,Location,Easting,Northing\nC-02,Maxwell Road (moved),519600,196900\n"
                    "C-11,Theobald Street,519000,197500\n", encoding="utf-8")
    status, out, _ = run(capsys, "--db", db, "import", "cameras", str(file))
    assert out == "cameras.csv: 1 cameras added, 1 updated.\n"
    cameras = _cameras(capsys, db)
    assert cameras["C-02"]["name"] == "Maxwell Road (moved)"
    assert 51.6 < float(cameras["C-11"]["latitude"]) < 51.7  # type: ignore[arg-type]
    status, out, _ = run(capsys, "--db", db, "list", "cameras")
    assert len(out.splitlines()) == 5


def test_an_excel_camera_list(db: str, tmp_path: Path, capsys: Capsys) -> None:
    book = Workbook()
    for row in (["ID", "Name", "Lon", "Lat"], ["X1", "Station Road", -0.27, 51.66]):
        book.active.append(row)
    book.save(tmp_path / "cams.xlsx")
    assert run(capsys, "--db", db, "import", "cameras", str(tmp_path / "cams.xlsx"))[1] == (
        "cams.xlsx: 1 cameras added, 0 updated.\n")


@pytest.mark.parametrize(("text", "sentence"), [
    ("ID,Name\nC1,Somewhere\n", "cameras.csv has no coordinates: it needs longitude and latitude, "
                                "or easting and northing columns; nothing was imported."),
    ("ID,Name,Lon,Lat\nC1,A,-0.27,51.66\nC2,B,,51.6\n",
     "Line 3 has no longitude or latitude; nothing was imported."),
    ("ID,Name,Lon,Lat\nC1,A,-0.27,51.66\nC2,Paris,2.35,48.85\n",
     "Line 3: longitude 2.35, latitude 48.85 is outside Great Britain; nothing was imported."),
    ("ID,Name,Easting,Northing\nC1,A,519600,196900\nC2,B,900000,196900\n",
     "Line 3: easting 900000, northing 196900 is outside Great Britain; nothing was imported."),
    ("ID,Name,Lon,Lat\nC1,A,-0.27,51.66\nC2,B,-0.28,51.67\nc1,C,-0.26,51.65\n",
     "Line 4: camera ID c1 is also on line 2; nothing was imported."),
    ("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
     "Crime type,Last outcome category,Context\n,2021-01,H,H,-0.27,51.66,On or near X,E01,H 1,"
     "Anti-social behaviour,,\n",
     "cameras.csv is a police.uk crime file, not a camera list; nothing was imported."),
])
def test_a_bad_camera_file_is_refused_whole(db: str, tmp_path: Path, capsys: Capsys, text: str,
                                            sentence: str) -> None:
    file = tmp_path / "cameras.csv"
    file.write_text(text, encoding="utf-8")
    status, out, err = run(capsys, "--db", db, "import", "cameras", str(file))
    assert (status, out, err) == (2, "", f"jagdesk: {sentence}\n")
    assert _cameras(capsys, db) == {}
