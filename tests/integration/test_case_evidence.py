"""The evidence a case draws from the crime data, on the real police.uk files for Hertfordshire
(January and February 2021) with made-up later months at real snap points: incidents by month,
repeats, before/after figures, the triangle and the case sheet.

Every expected figure is counted here independently: from the crime rows as imported, with the
distance to each hotspot's centre in British National Grid metres (pyproj), not through the
services' bounding boxes and shape tests.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from pyproj import Transformer
from sqlalchemy import select

from jagdesk.domain.problem_solving.vocabulary import Side
from jagdesk.services.hotspots.hotspots import HotspotInput, save_hotspot
from jagdesk.services.people.people import PersonInput, save_person
from jagdesk.services.problem_solving.actions import ActionInput, save_action
from jagdesk.services.problem_solving.cases import CaseInput, save_case
from jagdesk.services.problem_solving.evidence import (
    HIGH_INCIDENTS_PER_MONTH,
    before_after,
    before_after_problem,
    monthly_counts,
    repeats,
    triangle,
)
from jagdesk.services.problem_solving.links import link_person
from jagdesk.services.problem_solving.sheet import build_case_sheet
from jagdesk.services.reference.agencies import AgencyInput, ContactInput, save_agency, save_contact
from jagdesk.store.location import resolve_location
from jagdesk.store.models import Crime
from jagdesk.store.opening import Store, open_store
from tests.support.crime_seed import (
    ARUNDEL_DRIVE,
    GREGSON_CLOSE,
    MAXWELL_ROAD,
    SUPERMARKET,
    add_crimes,
    add_street_file,
    add_wards,
)
from tests.support.postgres import PostgresServer
from tests.support.stores import BACKENDS, open_copy, open_template_copy, private_env

REAL_MONTHS = ("2021-01", "2021-02")
MADE_UP_MONTHS = ("2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08")
# Made-up incidents after the real months, at real snap points: (type, point, count each month).
MADE_UP = (
    ("Anti-social behaviour", SUPERMARKET, (9, 5, 4, 3, 3, 2)),
    ("Shoplifting", SUPERMARKET, (2, 1, 1, 0, 1, 0)),
    ("Vehicle crime", MAXWELL_ROAD, (3, 2, 2, 1, 1, 1)),
    ("Criminal damage and arson", ARUNDEL_DRIVE, (2, 1, 0, 0, 1, 0)),
    ("Burglary", GREGSON_CLOSE, (30, 31, 29, 33, 30, 32)),
)
# The hotspots: (name, latitude, longitude, radius in metres).
PARADE = ("Shenley Road parade", SUPERMARKET.latitude, SUPERMARKET.longitude, 150)
# 316 m from the parade's centre, wide enough to take in the parade's busiest snap point (by the
# supermarket): a crime there is in both places and must count once in the totals.
TOWN = ("Borehamwood town centre", MAXWELL_ROAD.latitude, MAXWELL_ROAD.longitude, 350)
GREGSON = ("Gregson Close garages", GREGSON_CLOSE.latitude, GREGSON_CLOSE.longitude, 100)
_BNG = Transformer.from_crs("EPSG:4326", "EPSG:27700", always_xy=True)


@dataclass(frozen=True)
class Data:
    store: Store
    hotspots: dict[str, uuid.UUID]


def _fill(store: Store, shared_data: Path) -> dict[str, uuid.UUID]:
    """The real January and February files, six made-up months after them, three hotspots."""
    wards = add_wards(store, shared_data)
    for month in REAL_MONTHS:
        add_street_file(store, wards, shared_data / f"policeuk/{month}-hertfordshire-street.csv")
    add_crimes(store, wards, [(month, crime_type, point, count)
                              for crime_type, point, counts in MADE_UP
                              for month, count in zip(MADE_UP_MONTHS, counts, strict=True)
                              if count])
    ids = {}
    for name, lat, lon, radius in (PARADE, TOWN, GREGSON):
        with store.unit_of_work("test") as uow:
            ids[name] = save_hotspot(uow, HotspotInput(name, lat, lon, radius_m=radius)).id
    return ids


@pytest.fixture(scope="module")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory, shared_data: Path,
                    empty_template: Path) -> tuple[Path, dict[str, uuid.UUID]]:
    """The store of _fill in a closed SQLite file, built once for the module; tests get copies."""
    folder = tmp_path_factory.mktemp("evidence")
    with private_env(folder / "data"), open_copy(empty_template, folder / "evidence.db") as built:
        return folder / "evidence.db", _fill(built, shared_data)


@pytest.fixture(scope="module")
def postgres_template(pg_server: PostgresServer, pg_empty_template: str, shared_data: Path,
                tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, uuid.UUID]]:
    """The same on the test server: a database to copy (CREATE DATABASE ... TEMPLATE)."""
    name = pg_server.new_database(template=pg_empty_template)
    with private_env(tmp_path_factory.mktemp("pg-evidence") / "data"), \
            open_store(resolve_location(pg_server.url(name)), backup_keep=0) as built:
        return name, _fill(built, shared_data)


@pytest.fixture(params=BACKENDS)
def data(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Data]:
    """A copy of the module's store on each backend (its crimes and hotspots are only read here)."""
    template, ids = request.getfixturevalue(f"{request.param}_template")
    with open_template_copy(request, template, tmp_path) as store:
        yield Data(store, ids)


def independent_counts(store: Store, places: list[tuple[str, float, float, int]],
                       months: tuple[str, ...]) -> tuple[dict[str, Counter[str]], Counter[str]]:
    """Incidents by month within each place's radius, and within any of them, from the rows."""
    with store.engine.connect() as connection:
        rows = connection.execute(select(Crime.month, Crime.latitude, Crime.longitude).where(
            Crime.latitude.is_not(None), Crime.month.in_(months))).all()
    centres = {name: _BNG.transform(lon, lat) for name, lat, lon, _ in places}
    each: dict[str, Counter[str]] = {name: Counter() for name, *_ in places}
    union: Counter[str] = Counter()
    # One call for every row (pyproj takes arrays): the same metres as a call for each.
    easts, norths = _BNG.transform([lon for _, _, lon in rows], [lat for _, lat, _ in rows])
    for (month, _, _), east, north in zip(rows, easts, norths, strict=True):
        inside = [name for name, _, _, radius in places
                  if ((east - centres[name][0]) ** 2 + (north - centres[name][1]) ** 2) ** 0.5
                  <= radius]
        for name in inside:
            each[name][month] += 1
        if inside:
            union[month] += 1
    return each, union


def new_case(store: Store, name: str, **changes: object) -> uuid.UUID:
    data = replace(CaseInput(name=name, opened_on=date(2021, 1, 4)), **changes)  # type: ignore[arg-type]
    with store.unit_of_work("officer") as uow:
        return save_case(uow, data).id


ALL_MONTHS = REAL_MONTHS + MADE_UP_MONTHS


def test_monthly_counts_for_the_linked_places(data: Data) -> None:
    case_id = new_case(data.store, "Shops", hotspot_ids=(data.hotspots[PARADE[0]],
                                                         data.hotspots[TOWN[0]]))
    with data.store.unit_of_work("t") as uow:
        counts = monthly_counts(uow, case_id)
    each, union = independent_counts(data.store, [PARADE, TOWN], ALL_MONTHS)
    assert counts is not None
    assert counts.months == ALL_MONTHS
    assert counts.places == (
        (TOWN[0], tuple(each[TOWN[0]][m] for m in ALL_MONTHS)),
        (PARADE[0], tuple(each[PARADE[0]][m] for m in ALL_MONTHS)),
    )
    assert counts.totals == tuple(union[m] for m in ALL_MONTHS)
    # The real months have crimes in both circles: each is counted once in the totals.
    both = [each[PARADE[0]][m] + each[TOWN[0]][m] - union[m] for m in REAL_MONTHS]
    assert all(n > 0 for n in both)
    assert counts.totals[0] == counts.places[0][1][0] + counts.places[1][1][0] - both[0]
    assert counts.totals[0] > 10  # the real data, not an empty store


def test_no_counts_without_places(data: Data) -> None:
    case_id = new_case(data.store, "Nowhere yet")
    with data.store.unit_of_work("t") as uow:
        assert monthly_counts(uow, case_id) is None
        assert before_after(uow, case_id) is None
        assert before_after_problem(uow, case_id) == (
            "Link the places of the problem (hotspots) to compare their incidents.")


def test_before_and_after_over_the_stored_periods(data: Data) -> None:
    places = (data.hotspots[PARADE[0]], data.hotspots[TOWN[0]])
    # Real January and February before a March response; April and May (made up) after it.
    case_id = new_case(data.store, "Shops", hotspot_ids=places,
                       response_started_on=date(2021, 3, 1), response_ended_on=date(2021, 3, 31),
                       before_from=date(2021, 1, 1), before_to=date(2021, 2, 1),
                       after_from=date(2021, 4, 1), after_to=date(2021, 5, 1))
    with data.store.unit_of_work("t") as uow:
        figures = before_after(uow, case_id)
    _, union = independent_counts(data.store, [PARADE, TOWN], ALL_MONTHS)
    before = union["2021-01"] + union["2021-02"]
    after = union["2021-04"] + union["2021-05"]
    assert figures is not None
    assert (figures.before_from, figures.before_to, figures.after_from, figures.after_to) == (
        date(2021, 1, 1), date(2021, 2, 1), date(2021, 4, 1), date(2021, 5, 1))
    assert (figures.before, figures.after) == (before, after)
    assert figures.change == after - before and figures.percent == pytest.approx(
        100 * (after - before) / before)


def test_before_and_after_by_default_three_months_either_side(data: Data) -> None:
    places = (data.hotspots[PARADE[0]],)
    # The response ran through April: January to March before it, May to July after it.
    case_id = new_case(data.store, "Shops", hotspot_ids=places,
                       response_started_on=date(2021, 4, 6), response_ended_on=date(2021, 4, 30))
    # Started in February: two of the three months before it (Nov, Dec 2020) are not in the data.
    early = new_case(data.store, "Earlier", hotspot_ids=places,
                     response_started_on=date(2021, 2, 1), response_ended_on=date(2021, 2, 20))
    running = new_case(data.store, "Running", hotspot_ids=places,
                       response_started_on=date(2021, 2, 1))
    with data.store.unit_of_work("t") as uow:
        figures = before_after(uow, case_id)
        assert before_after(uow, early) is None
        assert before_after_problem(uow, early) == "There is no crime data for Nov–Dec 2020."
        assert before_after(uow, running) is None
        assert "when the response started and ended" in (before_after_problem(uow, running) or "")
    each, _ = independent_counts(data.store, [PARADE], ALL_MONTHS)
    parade = each[PARADE[0]]
    assert figures is not None
    assert (figures.before_from, figures.after_to) == (date(2021, 1, 1), date(2021, 7, 1))
    assert figures.before == parade["2021-01"] + parade["2021-02"] + parade["2021-03"]
    assert figures.after == parade["2021-05"] + parade["2021-06"] + parade["2021-07"]


def _person(store: Store, family: str, given: str, **flags: bool) -> uuid.UUID:
    with store.unit_of_work("t") as uow:
        return save_person(uow, PersonInput(family, given, **flags)).id  # type: ignore[arg-type]


def test_repeats_are_found_on_each_side(data: Data) -> None:
    store, spots = data.store, data.hotspots
    case_id = new_case(store, "Shops", hotspot_ids=(spots[PARADE[0]], spots[GREGSON[0]]))
    other = new_case(store, "Parade again", hotspot_ids=(spots[PARADE[0]],))
    third = new_case(store, "Burglaries", hotspot_ids=(spots[TOWN[0]],))
    dan = _person(store, "Kowalski", "Daniel")
    amrit = _person(store, "Kaur", "Amrit", is_repeat=True)
    sam = _person(store, "Okafor", "Sam")
    with store.unit_of_work("t") as uow:
        link_person(uow, case_id, dan, "offender")
        link_person(uow, other, dan, "offender")
        link_person(uow, third, dan, "offender")
        link_person(uow, case_id, amrit, "victim")
        link_person(uow, case_id, sam, "victim")
        link_person(uow, other, sam, "offender")  # an offender elsewhere is not a repeat victim
    with store.unit_of_work("t") as uow:
        found = repeats(uow, case_id)
    each, _ = independent_counts(store, [PARADE, GREGSON], ALL_MONTHS)
    gregson_total = sum(each[GREGSON[0]].values())
    parade_average = sum(each[PARADE[0]].values()) / len(ALL_MONTHS)
    assert gregson_total / len(ALL_MONTHS) >= HIGH_INCIDENTS_PER_MONTH > parade_average
    assert [(r.side, r.subject, r.detail, r.other_cases) for r in found] == [
        (Side.VICTIM, "Amrit Kaur", "Flagged as a repeat on the people register.", ()),
        (Side.LOCATION, GREGSON[0],
         f"{gregson_total} incidents in Jan 2021 to Aug 2021, {gregson_total / 8:.1f} a month: at "
         f"or above the {HIGH_INCIDENTS_PER_MONTH} a month that marks a high-incident place.", ()),
        (Side.LOCATION, PARADE[0], "Also a place in PS-2021-002.", ("PS-2021-002",)),
        (Side.OFFENDER, "Daniel Kowalski", "Also offender in PS-2021-002 and PS-2021-003.",
         ("PS-2021-002", "PS-2021-003")),
    ]
    with store.unit_of_work("t") as uow:
        assert repeats(uow, third) == (
            replace(found[-1], detail="Also offender in PS-2021-001 and PS-2021-002.",
                    other_cases=("PS-2021-001", "PS-2021-002")),)


def test_the_triangle_and_the_case_sheet(data: Data) -> None:
    store, spots = data.store, data.hotspots
    with store.unit_of_work("t") as uow:
        police = save_agency(uow, AgencyInput("Hertfordshire Constabulary", "police")).id
    with store.unit_of_work("t") as uow:
        pc = save_contact(uow, ContactInput(police, "PC Aisha Rahman")).id
    case_id = new_case(
        store, "Drinking at the parade", hotspot_ids=(spots[PARADE[0]],), owner_id=pc,
        agency_ids=(police,), victim_description="Shop staff", guardian="Store manager",
        location_description="Benches by the alley", place_manager="Landlord",
        offender_description="Teenagers", handler="Youth workers", review_on=date(2021, 2, 1),
        scanning_sources=("police data", "complaints"), behaviour="Drinking",
        response_started_on=date(2021, 3, 1), response_ended_on=date(2021, 3, 31),
        before_from=date(2021, 1, 1), before_to=date(2021, 2, 1),
        after_from=date(2021, 4, 1), after_to=date(2021, 5, 1))
    other = new_case(store, "Elsewhere")
    jay = _person(store, "Singh", "Jaspreet")
    ola = _person(store, "Nowak", "Ola", is_repeat=True)
    with store.unit_of_work("t") as uow:
        link_person(uow, case_id, jay, "offender")
        link_person(uow, other, jay, "offender")
        link_person(uow, case_id, ola, "victim")
    for description, side, status in (("Lighting", "location", "done"), ("Gate", "location", "open"),
                                      ("Diversion", "offender", "open"), ("Whole-case review", "", "open")):
        with store.unit_of_work("t") as uow:
            save_action(uow, case_id, ActionInput(description, side=side, status=status,
                                                  owner_contact_id=pc, due_on=date(2021, 2, 1)),
                        today=date(2021, 3, 1))
    with store.unit_of_work("t") as uow:
        drawn = triangle(uow, case_id)
        sheet = build_case_sheet(uow, "ps-2021-001", today=date(2021, 6, 1))
        figures = before_after(uow, case_id)
    assert [(s.side, s.description, s.linked, s.controller, s.actions, s.open_actions, s.repeats)
            for s in drawn.sides()] == [
        (Side.VICTIM, "Shop staff", ("Ola Nowak",), "Store manager", 0, 0, 1),
        (Side.LOCATION, "Benches by the alley", (PARADE[0],), "Landlord", 2, 1, 0),
        (Side.OFFENDER, "Teenagers", ("Jaspreet Singh",), "Youth workers", 1, 1, 1),
    ]
    assert sheet.triangle == drawn
    assert (sheet.reference, sheet.title, sheet.owner, sheet.agencies) == (
        "PS-2021-001", "Drinking at the parade", "PC Aisha Rahman (Hertfordshire Constabulary)",
        ("Hertfordshire Constabulary",))
    assert sheet.scanning_sources == ("Police data", "Complaints to the council")
    assert [(a.reference, a.owner, a.status, a.overdue) for a in sheet.actions] == [
        ("PS-2021-001/01", "PC Aisha Rahman (Hertfordshire Constabulary)", "done", False),
        ("PS-2021-001/02", "PC Aisha Rahman (Hertfordshire Constabulary)", "open", True),
        ("PS-2021-001/03", "PC Aisha Rahman (Hertfordshire Constabulary)", "open", True),
        ("PS-2021-001/04", "PC Aisha Rahman (Hertfordshire Constabulary)", "open", True),
    ]
    assert sheet.before_after == figures and figures is not None and figures.before > 0
    assert sheet.monthly is not None and sheet.monthly.months == ALL_MONTHS
    assert [r.subject for r in sheet.repeats] == ["Ola Nowak", "Jaspreet Singh"]
    assert sheet.printed_on == date(2021, 6, 1) and sheet.marking == "OFFICIAL-SENSITIVE"
