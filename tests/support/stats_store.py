"""The store of the crime statistics page tests: the real Hertsmere wards in the demo's localities
and crimes put in month by month (crimes outside the partnership and without a location among them).
The store is built once per session and copied for each test."""

from __future__ import annotations

from pathlib import Path

from jagdesk.domain.common.periods import MonthRange
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import Store, open_store
from tests.support.crime_seed import (
    BARNET,
    DARKES_LANE,
    GREGSON_CLOSE,
    MAXWELL_ROAD,
    SUPERMARKET,
    add_crimes,
    add_unlocated,
    add_wards,
)
from tests.support.stores import private_env

JAN_FEB_2021 = MonthRange("2021-01", "2021-02")  # this year's months in the store


def build_template(folder: Path, shared_data: Path) -> Path:
    """The statistics store at folder/stats.db, closed."""
    with private_env(folder / "data"), open_store(sqlite_location(folder / "stats.db")) as store:
        fill(store, shared_data)
    return folder / "stats.db"


def fill(store: Store, shared_data: Path) -> None:
    """Two months of 2020 and two of 2021, with a gap between: the year-on-year pairs are there."""
    wards = add_wards(store, shared_data)
    add_crimes(store, wards, [
        ("2020-01", "Anti-social behaviour", SUPERMARKET, 15),
        ("2020-01", "Burglary", GREGSON_CLOSE, 1),  # Kenilworth, also in Borehamwood
        ("2020-01", "Shoplifting", SUPERMARKET, 2),
        ("2020-02", "Shoplifting", SUPERMARKET, 4),
        ("2020-02", "Vehicle crime", MAXWELL_ROAD, 5),
        ("2021-01", "Anti-social behaviour", SUPERMARKET, 12),
        ("2021-01", "Shoplifting", SUPERMARKET, 4),
        ("2021-01", "Burglary", GREGSON_CLOSE, 2),
        ("2021-01", "Burglary", BARNET, 40),  # outside the partnership: never counted
        ("2021-02", "Anti-social behaviour", SUPERMARKET, 9),
        ("2021-02", "Vehicle crime", MAXWELL_ROAD, 3),
        ("2021-02", "Burglary", DARKES_LANE, 6),  # Potters Bar
        ("2021-02", "Shoplifting", SUPERMARKET, 1),
    ])
    add_unlocated(store, "2021-01", "Violence and sexual offences", 5)  # no place: no area
