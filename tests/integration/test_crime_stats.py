"""Crime figures for areas on SQLite and PostgreSQL: monthly counts, year on year, baseline."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path

import pytest

from jagdesk.domain.common.periods import MonthRange
from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.exports.common.csv_export import write_table
from jagdesk.services.hotspots.hotspots import HotspotInput, save_hotspot
from jagdesk.services.places.crime_areas import PARTNERSHIP, AreaKind, find_area, list_areas
from jagdesk.services.places.crime_stats import (
    baseline_table,
    crime_types,
    data_months,
    latest_period,
    monthly_counts,
    year_on_year,
)
from jagdesk.store.opening import Store
from tests.support.crime_seed import (
    ARUNDEL_DRIVE,
    BARNET,
    CANTERBURY_ROAD,
    DARKES_LANE,
    GREGSON_CLOSE,
    MAXWELL_ROAD,
    SUPERMARKET,
    add_crimes,
    add_unlocated,
    add_wards,
)

JAN_FEB_2021 = MonthRange("2021-01", "2021-02")


@pytest.fixture
def wards(store: Store, shared_data: Path) -> dict[str, uuid.UUID]:
    wards = add_wards(store, shared_data)
    add_crimes(store, wards, [
        ("2021-01", "Anti-social behaviour", SUPERMARKET, 12),
        ("2021-02", "Anti-social behaviour", SUPERMARKET, 9),
        ("2021-01", "Shoplifting", SUPERMARKET, 4),
        ("2021-02", "Vehicle crime", MAXWELL_ROAD, 3),
        ("2021-01", "Burglary", GREGSON_CLOSE, 2),  # Kenilworth, also Borehamwood
        ("2021-02", "Burglary", DARKES_LANE, 6),  # Potters Bar
        ("2021-01", "Burglary", BARNET, 40),  # outside the partnership: never counted
        ("2020-01", "Anti-social behaviour", SUPERMARKET, 15),
        ("2020-02", "Shoplifting", SUPERMARKET, 4),
        ("2020-01", "Burglary", GREGSON_CLOSE, 1),
    ])
    add_unlocated(store, "2021-01", "Violence and sexual offences", 5)  # no place: no area
    return wards


def test_monthly_counts_for_a_ward(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        table = monthly_counts(uow.session, find_area(uow.session, "Borehamwood Hillside"),
                               MonthRange("2020-12", "2021-02"))
    assert table.area.kind == AreaKind.WARD and table.area.title == "Borehamwood Hillside (ward)"
    assert table.header() == ["Crime type", "Dec 2020", "Jan 2021", "Feb 2021", "Total"]
    assert table.body() == [
        ["Anti-social behaviour", 0, 12, 9, 21],
        ["Shoplifting", 0, 4, 0, 4],
        ["Vehicle crime", 0, 0, 3, 3],
        ["All types", 0, 16, 12, 28],
    ]


def test_locality_partnership_and_chosen_types(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        borehamwood = monthly_counts(uow.session, find_area(uow.session, "borehamwood"), JAN_FEB_2021)
        partnership = monthly_counts(uow.session, find_area(uow.session, "partnership"), JAN_FEB_2021)
        burglary = monthly_counts(uow.session, PARTNERSHIP, JAN_FEB_2021, ["burglary", "Robbery"])
    assert borehamwood.area.kind == AreaKind.LOCALITY
    assert borehamwood.body()[-1] == ["All types", 18, 12, 30]
    # Barnet's 40 burglaries (outside) and the 5 unlocated crimes are in no ward's figures.
    assert partnership.body()[-1] == ["All types", 18, 18, 36]
    assert burglary.body() == [["Burglary", 2, 6, 8], ["Robbery", 0, 0, 0], ["All types", 2, 6, 8]]


def test_hotspot_area(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        save_hotspot(uow, HotspotInput("Shenley Road parade", SUPERMARKET.latitude,
                                       SUPERMARKET.longitude, radius_m=100))
        area = find_area(uow.session, "shenley road parade")
        table = monthly_counts(uow.session, area, JAN_FEB_2021)
        names = [(a.kind, a.name) for a in list_areas(uow.session)]
    assert area.kind == AreaKind.HOTSPOT
    assert table.body()[-1] == ["All types", 16, 9, 25]
    assert names[0] == ("partnership", "The partnership (all wards)")
    assert ("hotspot", "Shenley Road parade") in names and ("ward", "Elstree") in names


def test_a_command_reads_the_same_figures_on_a_connection(store: Store,
                                                           wards: dict[str, uuid.UUID]) -> None:
    """`jagdesk stats` and `yoy` read on a plain connection, outside any unit of work."""
    with store.unit_of_work() as uow:
        save_hotspot(uow, HotspotInput("Shenley Road parade", SUPERMARKET.latitude,
                                       SUPERMARKET.longitude, radius_m=100))
    names = ("Borehamwood Hillside", "borehamwood", "partnership", "shenley road parade")
    with store.unit_of_work() as uow:
        in_session = [monthly_counts(uow.session, find_area(uow.session, name), JAN_FEB_2021)
                      for name in names]
    with store.engine.connect() as connection:
        on_connection = [monthly_counts(connection, find_area(connection, name), JAN_FEB_2021)
                         for name in names]
    assert on_connection == in_session
    assert [table.body()[-1][-1] for table in on_connection] == [28, 30, 36, 25]


def test_finding_areas(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        assert find_area(uow.session, "e05004756").name == "Elstree"
        assert find_area(uow.session, " Potters  Bar ").kind == AreaKind.LOCALITY
        # Shenley is a locality and a ward with the same ground: either will do.
        assert find_area(uow.session, "Shenley").name == "Shenley"
        assert find_area(uow.session, "ward:Shenley").kind == AreaKind.WARD
        with pytest.raises(JagdeskError) as refused:
            find_area(uow.session, "Elstree Way")
        assert str(refused.value) == "There is no locality, ward or hotspot called 'Elstree Way'."
        save_hotspot(uow, HotspotInput("Elstree", 51.6412, -0.2987))
        with pytest.raises(JagdeskError) as refused:
            find_area(uow.session, "Elstree")
        assert str(refused.value) == (
            "'Elstree' names more than one area; say which: ward:Elstree or hotspot:Elstree.")
        assert find_area(uow.session, "hotspot:Elstree").kind == AreaKind.HOTSPOT


def test_year_on_year(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        table = year_on_year(uow.session, find_area(uow.session, "Borehamwood"), JAN_FEB_2021)
    assert (table.period.title, table.year_before.title) == (
        "Jan 2021 to Feb 2021", "Jan 2020 to Feb 2020")
    assert [(r.crime_type, r.current, r.previous, r.change, r.change_pct, r.change_pct_text)
            for r in table.rows] == [
        ("Anti-social behaviour", 21, 15, 6, 40.0, "40%"),
        ("Burglary", 2, 1, 1, 100.0, "100%"),
        ("Shoplifting", 4, 4, 0, 0.0, "0%"),
        ("Vehicle crime", 3, 0, 3, None, "new"),
    ]
    assert [r.sentence for r in table.rows] == [
        "Anti-social behaviour 21 incidents, 6 more 40%",
        "Burglary 2 offences, 1 more 100%",
        "Shoplifting 4 offences, same as last year",
        "Vehicle crime 3 offences, new (none the year before)",
    ]
    # All crime leaves anti-social behaviour out, as the plans count it, and says so; the other
    # total puts it back, and agrees with the rows above it.
    assert table.compared and table.missing_before == ()
    assert table.total is not None and table.with_asb is not None
    assert (table.total.crime_type, table.total.current, table.total.previous,
            table.total.sentence) == ("All crime (excluding ASB)", 9, 5,
                                      "All crime (excluding ASB) 9 offences, 4 more 80%")
    assert (table.with_asb.crime_type, table.with_asb.current, table.with_asb.previous) == (
        "All crime and ASB", 30, 20)
    assert table.with_asb.current == sum(r.current for r in table.rows)
    assert table.totals() == [table.with_asb, table.total]


def test_year_on_year_without_a_year_before_compares_nothing(store: Store,
                                                            wards: dict[str, uuid.UUID]) -> None:
    # No data for Jan-Feb 2019: the figures are this period's counts, with no change to any type.
    with store.unit_of_work() as uow:
        area = find_area(uow.session, "Borehamwood")
        table = year_on_year(uow.session, area, MonthRange("2020-01", "2020-02"))
    assert not table.compared and table.missing_before == ("2019-01", "2019-02")
    assert [r.sentence for r in (*table.rows, *table.totals())] == [
        "Anti-social behaviour 15 incidents", "Burglary 1 offence", "Shoplifting 4 offences",
        "All crime and ASB 20 crimes and incidents", "All crime (excluding ASB) 5 offences"]
    assert all(r.change_pct_text == "" and r.change == 0 for r in table.rows)
    assert table.body()[0] == ["Anti-social behaviour", 15, "", "", ""]


def test_year_on_year_seed_figures(store: Store, shared_data: Path) -> None:
    # Seed 004's "Theft of motor vehicle 245 offences, 40 more 19.5%", as vehicle crime in a ward.
    wards = add_wards(store, shared_data)
    add_crimes(store, wards, [("2022-03", "Vehicle crime", ARUNDEL_DRIVE, 245),
                              ("2021-03", "Vehicle crime", ARUNDEL_DRIVE, 200),
                              ("2021-03", "Vehicle crime", CANTERBURY_ROAD, 5),  # Brookmeadow
                              ("2021-06", "Vehicle crime", ARUNDEL_DRIVE, 9)])  # outside the months
    with store.unit_of_work() as uow:
        table = year_on_year(uow.session, find_area(uow.session, "Borehamwood Hillside"),
                             MonthRange("2022-01", "2022-03"))
    [row] = table.rows
    assert (row.current, row.previous, row.change, row.change_pct) == (245, 200, 45, 22.5)
    with store.unit_of_work() as uow:
        area = find_area(uow.session, "Borehamwood")
        table = year_on_year(uow.session, area, MonthRange("2022-01", "2022-03"))
    assert table.rows[0].sentence == "Vehicle crime 245 offences, 40 more 19.5%"


def test_baseline_table(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        counted = baseline_table(uow.session, find_area(uow.session, "Borehamwood"), JAN_FEB_2021,
                                 {"Anti-social behaviour": 10, "burglary": 50},
                                 baseline_period=MonthRange("2020-01", "2020-02"))
        entered = baseline_table(uow.session, PARTNERSHIP, JAN_FEB_2021, {"Burglary": 44},
                                 baseline_counts={"burglary": 88})
    assert counted.header() == ["Crime type", "Baseline Jan 2020 to Feb 2020", "Target % reduction",
                                "Actual Jan 2021 to Feb 2021", "% change against baseline",
                                "Target met"]
    assert counted.body() == [["Anti-social behaviour", 15, 10.0, 21, 40.0, "no"],
                              ["Burglary", 1, 50.0, 2, 100.0, "no"]]
    [row] = entered.rows
    assert (row.baseline, row.actual, row.change_pct_text, row.target_met) == (
        88, 8, "-90.9%", True)
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        baseline_table(uow.session, PARTNERSHIP, JAN_FEB_2021, {"Burglary": 120}, baseline_counts={})
    assert refused.value.errors == {
        "targets": "The target for Burglary must be a reduction between 0% and 100%."}
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        baseline_table(uow.session, PARTNERSHIP, JAN_FEB_2021, {"Burglary": 10},
                       baseline_period=MonthRange("2020-01", "2020-12"))
    assert refused.value.errors == {"baseline_period": (
        "The baseline (12 months) and the period (2 months) must be the same length to compare.")}


def test_unknown_crime_type(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow, pytest.raises(JagdeskError) as refused:
        monthly_counts(uow.session, PARTNERSHIP, JAN_FEB_2021, ["Burglery"])
    assert str(refused.value) == (
        "'Burglery' is not a police.uk crime type (such as Burglary or Anti-social behaviour).")


def test_months_and_types_for_choosing(store: Store, wards: dict[str, uuid.UUID]) -> None:
    with store.unit_of_work() as uow:
        assert data_months(uow.session) == ["2020-01", "2020-02", "2021-01", "2021-02"]
        assert latest_period(uow.session) == MonthRange("2020-03", "2021-02")
        assert latest_period(uow.session, 3) == MonthRange("2020-12", "2021-02")
        types = crime_types(uow.session)
    assert len(types) == 14 and types[0] == "Anti-social behaviour"


def test_year_on_year_to_csv(store: Store, wards: dict[str, uuid.UUID], tmp_path: Path) -> None:
    with store.unit_of_work() as uow:
        table = year_on_year(uow.session, find_area(uow.session, "Borehamwood"), JAN_FEB_2021)
    write_table(tmp_path / "yoy.csv", table)
    with (tmp_path / "yoy.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["Crime type", "Jan 2021 to Feb 2021", "Jan 2020 to Feb 2020", "Change", "% change"],
        ["Anti-social behaviour", "21", "15", "6", "40.0"],
        ["Burglary", "2", "1", "1", "100.0"],
        ["Shoplifting", "4", "4", "0", "0.0"],
        ["Vehicle crime", "3", "0", "3", "new"],
        ["All crime and ASB", "30", "20", "10", "50.0"],
        ["All crime (excluding ASB)", "9", "5", "4", "80.0"],
    ]
