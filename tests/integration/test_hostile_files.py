"""Hostile and mistaken input files: one sentence on stderr, exit status 2, the store unchanged.

The boundary and police.uk importers are run in-process through the command line (and, for the
GUI's way in, through the services), on the real public files and on small broken copies of them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jagdesk.cli import main
from jagdesk.errors import ValidationError
from jagdesk.services.localities import LocalityInput, save_locality
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import Store, open_store

Capsys = pytest.CaptureFixture[str]
Rows = Callable[[Store], dict[str, list[tuple[object, ...]]]]
WARDS = "geo/hertsmere-wards-2013.geojson"
LSOAS = "geo/hertsmere-lsoa-2011.geojson"
JAN = "policeuk/2021-01-hertfordshire-street.csv"
OUTCOMES = "policeuk/2021-01-hertfordshire-outcomes.csv"


@pytest.fixture
def db(tmp_path: Path, capsys: Capsys) -> Path:
    path = tmp_path / "csp.db"
    assert main(["--db", str(path), "init"]) == 0
    capsys.readouterr()
    return path


def rows_of(db: Path, store_rows: Rows) -> dict[str, list[tuple[object, ...]]]:
    with open_store(sqlite_location(db), lock=False) as store:
        return store_rows(store)


def refused(capsys: Capsys, db: Path, store_rows: Rows, *argv: str) -> str:
    """Run a command that must be refused: exit 2, one line on stderr, and the store unchanged."""
    before = rows_of(db, store_rows)
    assert main(["--db", str(db), *argv]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("jagdesk: ") and err.count("\n") == 1 and "Traceback" not in err
    assert rows_of(db, store_rows) == before
    return err.removeprefix("jagdesk: ").rstrip("\n")


def first_ward(shared_data: Path) -> dict[str, Any]:
    feature: dict[str, Any] = json.loads((shared_data / WARDS).read_text("utf-8"))["features"][0]
    return feature


def collection(path: Path, *features: Any) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": list(features)}), "utf-8")
    return path


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
