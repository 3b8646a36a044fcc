"""The hostile input files tests' commands: run in-process on a store just made, each refused with
one sentence on stderr, exit status 2 and every row of the store as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from jagdesk.cli import main
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import Store, open_store

Capsys = pytest.CaptureFixture[str]
Rows = Callable[[Store], dict[str, list[tuple[object, ...]]]]

WARDS = "geo/hertsmere-wards-2013.geojson"
LSOAS = "geo/hertsmere-lsoa-2011.geojson"


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
