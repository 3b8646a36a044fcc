"""Postcodes from the ONS Postcode Directory and OS Code-Point Open: kept in and near the real
Hertsmere wards, on SQLite and PostgreSQL, from the command line too, and found by the gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from jagdesk.cli import main
from jagdesk.domain.places.postcodes import normalise_postcode
from jagdesk.errors import JagdeskError
from jagdesk.services.places import gazetteer
from jagdesk.services.places.boundaries import import_boundaries
from jagdesk.services.places.postcodes import import_postcodes
from jagdesk.store.models import Postcode, Ward
from jagdesk.store.opening import Store
from tests.support.map_seed import Seeded, add_wards
from tests.support.postcode_files import (
    DARKES_LANE,
    SHENLEY_ROAD,
    around,
    code_point_file,
    onspd_file,
    ward_of,
)

Capsys = pytest.CaptureFixture[str]


@pytest.fixture
def wards(store: Store, shared_data: Path) -> Store:
    add_wards(store, shared_data, Seeded())
    return store


def stored(store: Store) -> dict[str, tuple[float, float, str | None, str]]:
    with store.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Postcode.postcode, Postcode.longitude, Postcode.latitude, Ward.name, Postcode.source)
            .outerjoin(Ward, Ward.id == Postcode.ward_id)).all()
    return {code: (lon, lat, ward, source) for code, lon, lat, ward, source in rows}


def test_postcodes_are_written_as_royal_mail_does() -> None:
    assert normalise_postcode("wd61aa") == "WD6 1AA"
    assert normalise_postcode(" WD6  1AA ") == "WD6 1AA"
    assert normalise_postcode("ec1a1bb") == "EC1A 1BB"
    assert normalise_postcode("M1 1AE") == "M1 1AE"
    assert normalise_postcode("WD6") is None and normalise_postcode("Shenley Road") is None


def test_an_onspd_file_keeps_the_live_postcodes_in_and_near_the_wards(
        wards: Store, shared_data: Path, tmp_path: Path) -> None:
    path = onspd_file(tmp_path, shared_data)
    with wards.unit_of_work() as uow:
        [summary] = import_postcodes(uow, [path])
    assert summary.sentence() == (
        "ONSPD_FEB_2024_UK.csv (ONS Postcode Directory): 5 postcodes imported, 2 outside the "
        "partnership's area, 1 terminated, 3 rejected.")
    assert [str(r) for r in summary.rejections] == [
        "line 6: no postcode", "line 7: too few fields (4 of 16)",
        "line 8: EN6 9ZZ has no grid reference"]
    found = stored(wards)
    assert sorted(found) == ["EN6 2AA", "WD6 1AA", "WD6 1AD", "WD6 5AA", "WD6 8AA"]
    assert found["WD6 1AA"] == (*SHENLEY_ROAD, ward_of(shared_data, *SHENLEY_ROAD), "ONSPD")
    assert found["EN6 2AA"][2] == ward_of(shared_data, *DARKES_LANE) == "Potters Bar Parkfield"
    assert found["WD6 5AA"][2] is None  # just beyond every ward: kept, in none
    assert found["WD6 8AA"][2] == "Shenley"  # far beyond, but the file puts it in a store ward
    assert found["WD6 1AA"][2] == "Borehamwood Hillside"


def test_code_point_open_is_converted_from_the_national_grid_and_replaces(
        wards: Store, shared_data: Path, tmp_path: Path) -> None:
    with wards.unit_of_work() as uow:
        import_postcodes(uow, [onspd_file(tmp_path, shared_data)])
    with wards.unit_of_work() as uow:
        [summary] = import_postcodes(uow, [code_point_file(tmp_path, shared_data)])
    assert summary.sentence() == ("wd.csv (OS Code-Point Open): 2 postcodes imported, 1 outside "
                                  "the partnership's area, 0 terminated, 2 rejected.")
    assert [str(r) for r in summary.rejections] == [
        "line 4: WD6 8ZZ has no grid reference", "line 5: bad grid reference (51970x, 196600)"]
    found = stored(wards)
    assert sorted(found) == ["WD6 1AA", "WD6 4AA"]  # the ONSPD postcodes are gone
    lon, lat, ward, source = found["WD6 1AA"]
    # Whole metres in the file: within 2 m of the point it was made from.
    assert lon == pytest.approx(SHENLEY_ROAD[0], abs=3e-5)
    assert lat == pytest.approx(SHENLEY_ROAD[1], abs=2e-5)
    assert (ward, source) == ("Borehamwood Hillside", "Code-Point Open")
    near = around(shared_data).near
    assert found["WD6 4AA"][:3] == (pytest.approx(near[0], abs=3e-5),
                                    pytest.approx(near[1], abs=2e-5), None)


def test_a_postcode_twice_is_kept_once(wards: Store, shared_data: Path, tmp_path: Path) -> None:
    first = code_point_file(tmp_path, shared_data, "wd.csv")
    second = code_point_file(tmp_path, shared_data, "wd-again.csv")
    with wards.unit_of_work() as uow:
        summaries = import_postcodes(uow, [first, second])
    assert summaries[1].imported == 0 and summaries[1].rejected == 4
    assert str(summaries[1].rejections[0]) == "line 1: WD6 1AA appears in wd.csv"
    assert sorted(stored(wards)) == ["WD6 1AA", "WD6 4AA"]


def test_postcodes_follow_new_ward_boundaries(wards: Store, shared_data: Path, tmp_path: Path) -> None:
    with wards.unit_of_work() as uow:
        import_postcodes(uow, [code_point_file(tmp_path, shared_data)])
    with wards.engine.begin() as connection:
        connection.execute(Postcode.__table__.update().values(ward_id=None))
    with wards.unit_of_work() as uow:
        import_boundaries(uow, shared_data / "geo/hertsmere-wards-2013.geojson")
    assert stored(wards)["WD6 1AA"][2] == "Borehamwood Hillside"


def test_without_wards_nothing_is_imported(store: Store, shared_data: Path, tmp_path: Path) -> None:
    with store.unit_of_work() as uow, pytest.raises(JagdeskError, match="no ward boundaries yet"):
        import_postcodes(uow, [onspd_file(tmp_path, shared_data)])
    assert stored(store) == {}


def test_the_gazetteer_finds_postcodes_however_they_are_typed(
        wards: Store, shared_data: Path, tmp_path: Path) -> None:
    with wards.unit_of_work() as uow:
        import_postcodes(uow, [onspd_file(tmp_path, shared_data)])
        places = gazetteer.gazetteer(uow)
    for typed in ("WD6 1", "wd61", "wd6 1a"):
        assert [p.name for p in gazetteer.search(places, typed)] == ["WD6 1AA", "WD6 1AD"]
    [place] = gazetteer.search(places, "wd61aa")
    assert (place.kind, place.title) == (gazetteer.POSTCODE, "WD6 1AA (postcode, Borehamwood Hillside)")
    assert (place.longitude, place.latitude) == SHENLEY_ROAD
    assert gazetteer.find(places, place.title) == place
    assert [p.name for p in gazetteer.search(places, "en6 2aa")] == ["EN6 2AA"]
    assert gazetteer.search(places, "wd6 1ab") == []  # terminated: not imported
    # A ward's name is not mistaken for a postcode, nor a postcode for a ward.
    assert [p.kind for p in gazetteer.search(places, "Shenley")] == [gazetteer.WARD]


# The command line ---------------------------------------------------------------------------------
def run(capsys: Capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def db(empty_file: Path, capsys: Capsys, shared_data: Path) -> str:
    path = str(empty_file)
    assert run(capsys, "--db", path, "import", "boundaries",
               str(shared_data / "geo/hertsmere-wards-2013.geojson"))[0] == 0
    return path


def test_import_postcodes_from_the_command_line(db: str, shared_data: Path, tmp_path: Path,
                                                 capsys: Capsys) -> None:
    path = onspd_file(tmp_path, shared_data)
    assert run(capsys, "--db", db, "import", "postcodes", str(path)) == (0, (
        "ONSPD_FEB_2024_UK.csv (ONS Postcode Directory): 5 postcodes imported, 2 outside the "
        "partnership's area, 1 terminated, 3 rejected.\n"
        "  line 6: no postcode\n"
        "  line 7: too few fields (4 of 16)\n"
        "  line 8: EN6 9ZZ has no grid reference\n"), "")


def test_the_command_refuses_a_missing_file_or_another_kind_in_one_sentence(
        db: str, shared_data: Path, tmp_path: Path, capsys: Capsys) -> None:
    missing = tmp_path / "ONSPD.csv"
    assert run(capsys, "--db", db, "import", "postcodes", str(missing)) == (
        2, "", f"jagdesk: There is no file at {missing}.\n")
    crimes = shared_data / "policeuk/2021-01-hertfordshire-street.csv"
    assert run(capsys, "--db", db, "import", "postcodes", str(crimes)) == (2, "", (
        "jagdesk: 2021-01-hertfordshire-street.csv is not a postcode file: its first line is "
        "neither the ONS Postcode Directory's header (with pcds, lat and long columns) nor a "
        "Code-Point Open row; nothing was imported from it.\n"))
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert run(capsys, "--db", db, "import", "postcodes", str(empty)) == (2, "", (
        "jagdesk: empty.csv is not a postcode file: it is empty; nothing was imported from it.\n"))
    utf16 = tmp_path / "utf16.csv"
    utf16.write_text("pcds,lat,long\nWD6 1AA,51.6557,-0.2693\n", encoding="utf-16")
    status, out, err = run(capsys, "--db", db, "import", "postcodes", str(utf16))
    assert (status, out) == (2, "") and err.startswith("jagdesk: utf16.csv is UTF-16 text;")
    assert len(err.splitlines()) == 1
