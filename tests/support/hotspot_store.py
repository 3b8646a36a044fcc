"""The store of the hotspot and finder page tests: the demo partnership with its real ward
boundaries and its hotspots, and incidents at real police.uk snap points in Hertsmere.

The demo is loaded with the real boundary files only (its police.uk import is the importer's to
test, and a change there must not break these pages' tests); the incidents go straight into the
tables, in March to August 2021. The store is built once per session and copied for each test.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from jagdesk.services.demo.load import load_demo
from jagdesk.services.demo.places import add_demo_hotspots
from jagdesk.services.hotspots.hotspots import list_hotspots
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import Ward
from jagdesk.store.opening import open_store
from tests.support.crime_seed import (
    ARUNDEL_DRIVE,
    BARNET,
    DARKES_LANE,
    GREGSON_CLOSE,
    MAXWELL_ROAD,
    SUPERMARKET,
    add_crimes,
)
from tests.support.stores import private_env

PARADE = "Shenley Road shopping parade, Borehamwood"  # 150 m round the supermarket's snap point
MONTHS = ("2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08")
# Month by month, March to August: (type, point, counts).
SERIES = (
    ("Anti-social behaviour", SUPERMARKET, (6, 5, 7, 8, 9, 10)),
    ("Shoplifting", SUPERMARKET, (2, 3, 1, 4, 2, 3)),
    ("Vehicle crime", MAXWELL_ROAD, (4, 3, 3, 2, 2, 1)),  # 290 m from the parade: not its own
    ("Burglary", GREGSON_CLOSE, (0, 0, 0, 6, 8, 6)),
    ("Criminal damage and arson", DARKES_LANE, (1, 2, 1, 3, 4, 5)),
    ("Criminal damage and arson", ARUNDEL_DRIVE, (3, 3, 3, 1, 0, 0)),
    ("Burglary", BARNET, (9, 9, 9, 20, 20, 20)),  # outside the partnership: never ranked
)


def monthly(crime_type: str, point: object) -> dict[str, int]:
    """What was put in for one type at one point, by month."""
    for name, where, counts in SERIES:
        if name == crime_type and where == point:
            return dict(zip(MONTHS, counts, strict=True))
    raise KeyError(crime_type)


def build_template(folder: Path, shared_data: Path) -> Path:
    """The store, built once: demo, incidents, demo hotspots."""
    path = folder / "hotspots.db"
    # The public data as the demo sees it: the boundaries (linked, not copied), no police.uk files.
    shared = folder / "shared"
    shared.mkdir()
    (shared / "geo").symlink_to((shared_data / "geo").resolve(), target_is_directory=True)
    with private_env(folder / "data", JAGDESK_SHARED_DATA=str(shared)):
        store = open_store(sqlite_location(path))
        with store.unit_of_work("test") as uow:
            load_demo(uow)
        with store.unit_of_work("test") as uow:
            wards = {code: ward_id for code, ward_id in uow.session.execute(select(Ward.code, Ward.id))}
        add_crimes(store, wards, [(month, crime_type, point, count)
                                  for crime_type, point, counts in SERIES
                                  for month, count in zip(MONTHS, counts, strict=True) if count])
        with store.unit_of_work("test") as uow:
            if not list_hotspots(uow):  # the demo may come with them one day
                add_demo_hotspots(uow)
        store.close()
    return path
