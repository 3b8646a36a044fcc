"""Hostile and mistaken input files: one sentence on stderr, exit status 2, the store unchanged.

The boundary and police.uk importers are run in-process through the command line (and, for the
GUI's way in, through the services), on the real public files and on small broken copies of them."""

from __future__ import annotations

import multiprocessing
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from jagdesk.cli import main
from jagdesk.errors import JagdeskError, StoreError, ValidationError
from jagdesk.importers.policeuk import Rejection
from jagdesk.services.places import read_ahead
from jagdesk.services.places.boundaries import import_boundaries
from jagdesk.services.places.crime_import import import_police_uk
from jagdesk.services.reference.localities import LocalityInput, save_locality
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import Crime
from jagdesk.store.opening import Store, open_store
from tests.support.hostile import LSOAS, WARDS, Capsys, Rows, refused

JAN = "policeuk/2021-01-hertfordshire-street.csv"
OUTCOMES = "policeuk/2021-01-hertfordshire-outcomes.csv"




@pytest.fixture
def db(empty_file: Path) -> Path:
    return empty_file

# --- police.uk files ----------------------------------------------------------------------------


@pytest.mark.parametrize("read_ahead_from", [None, 0], ids=["as files come", "every file read ahead"])
def test_a_police_uk_file_that_is_not_there(db: Path, tmp_path: Path, shared_data: Path,
                                            store_rows: Rows, capsys: Capsys,
                                            monkeypatch: pytest.MonkeyPatch,
                                            read_ahead_from: int | None) -> None:
    if read_ahead_from is not None:  # a reader started early, before the refusal
        monkeypatch.setattr(read_ahead, "READ_AHEAD_BYTES", read_ahead_from)
    path = tmp_path / "2021-01-hertfordshire-street.csv"
    assert refused(capsys, db, store_rows, "import", "police-uk", str(shared_data / JAN),
                   str(path)) == f"There is no file at {path}."
    assert refused(capsys, db, store_rows, "import", "police-uk", str(tmp_path)) == (
        f"{tmp_path} is a folder, not a file.")
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_police_uk_file(db: Path, tmp_path: Path, shared_data: Path, store_rows: Rows,
                                capsys: Capsys, encoding: str) -> None:
    path = tmp_path / "january.csv"
    path.write_text("\n".join((shared_data / JAN).read_text("utf-8").splitlines()[:50]), encoding)
    assert refused(capsys, db, store_rows, "import", "police-uk", str(path)) == (
        "january.csv is UTF-16 text; save it as UTF-8, as police.uk gives it, and import it again.")


@pytest.mark.parametrize("name, source", [("street", JAN), ("outcomes", OUTCOMES)])
def test_control_characters_in_police_uk_rows_are_rejected_by_line(
        db: Path, tmp_path: Path, shared_data: Path, capsys: Capsys, name: str,
        source: str) -> None:
    lines = (shared_data / source).read_text("utf-8").splitlines()[:8]
    location = lines[0].split(",").index("Location")

    def spoil(line: str, character: str) -> str:
        fields = line.split(",")
        fields[location] = fields[location][:9] + character + fields[location][9:]
        return ",".join(fields)

    lines[2] = spoil(lines[2], "\x00")
    lines[5] = spoil(lines[5], "\x07")
    lines[6] = spoil(lines[6], "\t")  # tabs are text: kept
    path = tmp_path / f"{name}.csv"
    path.write_text("\r\n".join(lines) + "\r\n", "utf-8")
    assert main(["--db", str(db), "import", "police-uk", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines()[1:] == ["  line 3: the Location holds a control character (NUL)",
                                    "  line 6: the Location holds a control character (U+0007)"]
    assert ", 2 rejected" in out.splitlines()[0]
    with open_store(sqlite_location(db), lock=False) as store, store.unit_of_work() as uow:
        stored = [*uow.session.scalars(select(Crime.location))]
    if name == "street":
        assert len(stored) == 5 and not any("\x00" in text or "\x07" in text for text in stored)
        assert sum("\t" in text for text in stored) == 1


def test_a_row_with_a_nul_is_rejected_on_every_store(store: Store, tmp_path: Path,
                                                     shared_data: Path) -> None:
    lines = (shared_data / JAN).read_text("utf-8").splitlines()[:6]
    lines[4] = lines[4].replace("On or near", "On or\x00near")
    path = tmp_path / "street.csv"
    path.write_text("\n".join(lines), "utf-8")
    with store.unit_of_work() as uow:
        summary = import_police_uk(uow, path)
    assert (summary.imported, summary.rejections) == (
        4, (Rejection(5, "the Location holds a control character (NUL)"),))


# --- The same refusals through the services the GUI uses ---------------------------------------


def test_services_give_the_same_sentences(store: Store, tmp_path: Path, shared_data: Path,
                                          store_rows: Rows) -> None:
    before = store_rows(store)
    missing = tmp_path / "missing.csv"
    utf16 = tmp_path / "utf16.csv"
    utf16.write_text((shared_data / JAN).read_text("utf-8")[:3000], "utf-16")
    for path, message in ((missing, f"There is no file at {missing}."),
                          (utf16, "utf16.csv is UTF-16 text; save it as UTF-8, as police.uk "
                                  "gives it, and import it again.")):
        with store.unit_of_work() as uow, pytest.raises(JagdeskError) as refusal:
            import_police_uk(uow, path)
        assert str(refusal.value) == message
    deep = tmp_path / "deep.geojson"
    deep.write_text("[" * 50_000, "utf-8")
    for path, kind, message in (
            (tmp_path / "none.geojson", None, f"There is no file at {tmp_path / 'none.geojson'}."),
            (deep, None, "deep.geojson is not a GeoJSON FeatureCollection: it is nested too "
                         "deeply to read."),
            (shared_data / LSOAS, "ward", "hertsmere-lsoa-2011.geojson seems to hold LSOAs (codes "
                                          "such as E01023523), not wards; import it as LSOAs.")):
        with store.unit_of_work() as uow, pytest.raises(JagdeskError) as refusal:
            import_boundaries(uow, path, kind=kind)
        assert str(refusal.value) == message
    assert store_rows(store) == before
    utf16 = tmp_path / "wards.geojson"
    utf16.write_text((shared_data / WARDS).read_text("utf-8"), "utf-16")
    with store.unit_of_work() as uow:
        assert import_boundaries(uow, utf16).added == 15


# --- Text typed into a record ------------------------------------------------------------------


def test_no_nul_in_a_record_typed_in(store: Store, store_rows: Rows) -> None:
    before = store_rows(store)
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refusal:
        save_locality(uow, LocalityInput("Borehamwood\x00", "Town centre"))
    assert refusal.value.errors == {
        "name": "The locality name holds a NUL character, which cannot be stored; remove it."}
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refusal:
        save_locality(uow, LocalityInput("Borehamwood", "Town\x00 centre"))
    assert list(refusal.value.errors) == ["description"]
    assert store_rows(store) == before


# --- Screenshots --------------------------------------------------------------------------------


def test_screenshots_into_a_file(db: Path, tmp_path: Path, store_rows: Rows,
                                 capsys: Capsys) -> None:
    afile = tmp_path / "notes.txt"
    afile.write_text("not a folder\n", "utf-8")
    assert refused(capsys, db, store_rows, "screenshots", str(afile)) == (
        f"{afile} is a file, not a folder.")
    assert refused(capsys, db, store_rows, "screenshots", str(afile / "shots")) == (
        f"{afile} is a file, not a folder.")
    assert afile.read_text("utf-8") == "not a folder\n"


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs Linux's /sys")
def test_screenshots_where_no_folder_can_be_made(db: Path, store_rows: Rows,
                                                 capsys: Capsys) -> None:
    # sysfs refuses new folders even to root, where chmod stops nothing.
    folder = Path("/sys/kernel") / f"jagdesk-shots-{uuid.uuid4().hex[:8]}"
    assert refused(capsys, db, store_rows, "screenshots", str(folder)) == (
        "JAGDesk cannot write to the folder /sys/kernel.")
    assert not folder.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="as root every folder can be written")
def test_screenshots_into_a_read_only_folder(db: Path, tmp_path: Path, store_rows: Rows,
                                             capsys: Capsys) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert refused(capsys, db, store_rows, "screenshots", str(folder)) == (
            f"JAGDesk cannot write to the folder {folder}.")
        assert refused(capsys, db, store_rows, "screenshots", str(folder / "shots")) == (
            f"JAGDesk cannot write to the folder {folder}.")
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("size", ["big", "1366", "1366x", "x700", "100x100", "99999x700", "0x0"])
def test_screenshots_at_a_size_that_is_not_one(db: Path, tmp_path: Path, store_rows: Rows,
                                               capsys: Capsys, size: str) -> None:
    folder = tmp_path / "shots"
    assert refused(capsys, db, store_rows, "screenshots", str(folder), "--size", size) == (
        "--size must be a width and a height in pixels, such as 1366x700, from 640x480 to "
        f"7680x4320, not '{size}'.")
    assert not folder.exists()


def test_screenshots_of_a_store_that_is_not_there(tmp_path: Path, capsys: Capsys) -> None:
    folder = tmp_path / "shots"
    assert main(["--db", str(tmp_path / "csp.db"), "screenshots", str(folder)]) == 2
    assert capsys.readouterr() == (
        "", f"jagdesk: There is no JAGDesk store at {tmp_path / 'csp.db'}.\n")
    assert not folder.exists()


def test_a_nul_already_in_a_store_is_named_when_it_stops_a_transfer(tmp_path: Path,
                                                                    pg_url: str) -> None:
    """A store written before NUL was refused at the door: the transfer names the record."""
    import sqlite3

    from jagdesk.services.admin.transfer import transfer
    from jagdesk.services.reference.agencies import AgencyInput, save_agency
    from jagdesk.store.location import resolve_location, sqlite_location
    from jagdesk.store.opening import open_store

    path = tmp_path / "laptop.db"
    with open_store(sqlite_location(path)) as store, store.unit_of_work() as uow:
        save_agency(uow, AgencyInput("Victim Support", "voluntary"))
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE agency SET name = 'Victim' || char(0) || 'Support'")
    raw.close()
    with open_store(sqlite_location(path)) as source, \
            open_store(resolve_location(pg_url)) as target:
        with pytest.raises(StoreError) as refused:
            transfer(source, target)
        with source.engine.connect() as connection:
            [record_id] = connection.exec_driver_sql("SELECT id FROM agency").scalars()
    message = str(refused.value)
    assert message.startswith("The agency record ")
    assert "holds a NUL character in its name, which postgresql cannot store" in message
    assert str(record_id)[:8] in message.replace("-", "")
