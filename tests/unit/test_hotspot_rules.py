"""Hotspot rules and performance figures, checked against the partnership plans' own tables."""

from __future__ import annotations

import json
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from jagdesk.domain.common import figures
from jagdesk.domain.hotspots import (
    canonical_categories,
    engagement_errors,
    hotspot_errors,
    needs_reason,
    status_change_errors,
    visual_audit_errors,
)

TODAY = date(2021, 3, 1)


def errors_for(**changes: object) -> dict[str, str]:
    fields: dict[str, object] = dict(
        name="Shenley Road parade", description="", latitude=51.655688, longitude=-0.269328,
        radius_m=150, area=None, categories=["Street drinking"], priority="high",
        source="resident complaints", notes="")
    fields.update(changes)
    return hotspot_errors(**fields)  # type: ignore[arg-type]


def square(lon: float, lat: float, size: float = 0.002) -> list[list[float]]:
    return [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]


def test_a_good_hotspot() -> None:
    assert errors_for() == {}
    assert errors_for(radius_m=None, source="JAG", priority="low") == {}
    area = json.dumps({"type": "Polygon", "coordinates": [square(-0.27, 51.655)]})
    assert errors_for(area=area) == {}


@pytest.mark.parametrize(("changes", "expected"), [
    ({"name": "  "}, {"name": "Enter the hotspot's name."}),
    ({"latitude": -0.269328, "longitude": 51.655688}, {"latitude": (
        "The point -0.269328, 51.655688 is not in Great Britain; check latitude (about 51.7) and "
        "longitude (about -0.3) are not swapped.")}),
    ({"latitude": None}, {"latitude": "Give the hotspot's point (latitude and longitude)."}),
    ({"radius_m": 0}, {"radius_m": "The radius must be between 10 and 5000 metres."}),
    ({"radius_m": 5001}, {"radius_m": "The radius must be between 10 and 5000 metres."}),
    ({"priority": "urgent"}, {"priority": "Choose the priority."}),
    ({"source": "Police analysis"}, {"source": "Choose the source."}),
    ({"categories": ["x" * 81]}, {"categories": f"The category '{'x' * 30}...' is too long: at "
                                                "most 80 characters."}),
    ({"area": "{not json"}, {"area": "The drawn area is not a GeoJSON polygon."}),
    ({"area": json.dumps({"type": "Point", "coordinates": [-0.27, 51.65]})},
     {"area": "The drawn area is not a GeoJSON polygon."}),
    ({"area": json.dumps({"type": "Polygon", "coordinates": [
        [[-0.27, 51.65], [-0.26, 51.65], [-0.27, 51.65], [-0.27, 51.65]]]})},
     {"area": "The drawn area needs at least three corners."}),
    # A bow tie: the outline crosses itself.
    ({"area": json.dumps({"type": "Polygon", "coordinates": [
        [[-0.27, 51.65], [-0.26, 51.66], [-0.26, 51.65], [-0.27, 51.66], [-0.27, 51.65]]]})},
     {"area": "The drawn area crosses itself; draw it again."}),
    ({"area": json.dumps({"type": "Polygon", "coordinates": [square(2.35, 48.85)]})},
     {"area": "The drawn area is not in Great Britain."}),
])
def test_refused_hotspots(changes: dict[str, object], expected: dict[str, str]) -> None:
    assert errors_for(**changes) == expected


def test_categories_canonical_and_local() -> None:
    assert canonical_categories(["  street   drinking", "BURGLARY", "Street drinking", "",
                                 "Horses on the verge"]) == (
        "Street drinking", "Burglary", "Horses on the verge")


def test_which_changes_need_a_reason() -> None:
    assert needs_reason("active", "closed")
    assert needs_reason("closed", "active")  # reopening
    assert not needs_reason("proposed", "active")
    assert not needs_reason("active", "monitoring")


def test_status_changes() -> None:
    last = date(2021, 1, 7)
    assert status_change_errors("active", "monitoring", date(2021, 2, 4), "", last, TODAY) == {}
    assert status_change_errors("active", "closed", date(2021, 2, 4), "  ", last, TODAY) == {
        "reason": "Say why the hotspot is closed."}
    assert status_change_errors("closed", "active", date(2021, 2, 4), "", last, TODAY) == {
        "reason": "Say why the closed hotspot is reopened."}
    assert status_change_errors("active", "active", date(2021, 2, 4), "", last, TODAY) == {
        "status": "The hotspot is already active."}
    assert status_change_errors("active", "finished", date(2021, 2, 4), "", last, TODAY) == {
        "status": "Choose the new status."}
    assert status_change_errors("active", "monitoring", date(2021, 1, 6), "", last, TODAY) == {
        "changed_on": "The change cannot be dated before the last one (07/01/2021)."}
    assert status_change_errors("active", "monitoring", date(2021, 3, 2), "", last, TODAY) == {
        "changed_on": "The date of the change (02/03/2021) is in the future."}
    assert status_change_errors("active", "monitoring", None, "", None, TODAY) == {
        "changed_on": "Enter the date of the change."}


def test_visual_audit_and_engagement_checks() -> None:
    assert visual_audit_errors(date(2021, 2, 1), "PC Rahman", "Broken lights", "", TODAY) == {}
    assert visual_audit_errors(None, " ", "", "", TODAY) == {
        "audit_date": "Enter the date of the audit.",
        "attendees": "Enter the people who attended.", "findings": "Enter the findings."}
    assert engagement_errors(date(2021, 2, 1), "survey", "Drayton Road", 240, 37, "", TODAY) == {}
    assert engagement_errors(date(2021, 2, 1), "leaflet", "Drayton Road", 10, 11, "", TODAY) == {
        "kind": "Choose the kind of engagement.",
        "responses": "There cannot be more responses (11) than letters or surveys sent (10)."}
    assert engagement_errors(date(2021, 2, 1), "letter", "", -1, 0, "", TODAY) == {
        "roads": "Enter the roads covered.", "number_sent": "The number sent cannot be negative."}


# Seed 004 (Hertsmere community safety plan): "this year, change, %" for 2022 against 2021. The
# count a year before is this year's less the change; every line must come out exactly.
SEED_004 = [
    ("All crime", 7002, -54, "All crime 7002 offences, 54 less -0.8%"),
    ("Anti-social behaviour", 2262, -319, "Anti-social behaviour 2262 incidents, 319 less -12.4%"),
    ("Assault with injury", 646, -13, "Assault with injury 646 offences, 13 less -2%"),
    ("Burglary business & community", 118, -21,
     "Burglary business & community 118 offences, 21 less -15.1%"),
    ("Domestic abuse (crime)", 931, -57, "Domestic abuse (crime) 931 offences, 57 less -5.8%"),
    ("Drug possession", 195, -17, "Drug possession 195 offences, 17 less -8%"),
    ("Drug trafficking", 24, 0, "Drug trafficking 24 offences, same as last year"),
    ("Rape", 34, -3, "Rape 34 offences, 3 less -8.1%"),
    ("Stalking and harassment", 451, -87, "Stalking and harassment 451 offences, 87 less -16.2%"),
    ("Theft person", 65, -1, "Theft person 65 offences, 1 less -1.5%"),
    ("Theft shop", 573, -86, "Theft shop 573 offences, 86 less -13.1%"),
    ("Violence against a person", 2125, -109, "Violence against a person 2125 offences, 109 less -4.9%"),
    ("Assaults without injury", 925, 12, "Assaults without injury 925 offences, 12 more 1.3%"),
    ("Residential burglary", 295, 14, "Residential burglary 295 offences, 14 more 5%"),
    ("Criminal damage", 722, 65, "Criminal damage 722 offences, 65 more 9.9%"),
    ("Hate Crime", 186, 2, "Hate Crime 186 offences, 2 more 1.1%"),
    ("Make off without payment", 389, 53, "Make off without payment 389 offences, 53 more 15.8%"),
    ("Robbery", 67, 16, "Robbery 67 offences, 16 more 31.4%"),
    ("Serious sexual offences", 94, 2, "Serious sexual offences 94 offences, 2 more 2.2%"),
    ("Theft from motor vehicle", 549, 10, "Theft from motor vehicle 549 offences, 10 more 1.9%"),
    ("Theft of motor vehicle", 245, 40, "Theft of motor vehicle 245 offences, 40 more 19.5%"),
    ("Theft other", 1169, 211, "Theft other 1169 offences, 211 more 22%"),
]


@pytest.mark.parametrize(("crime_type", "current", "change", "line"), SEED_004)
def test_seed_004_year_on_year_lines(crime_type: str, current: int, change: int, line: str) -> None:
    assert figures.year_on_year_sentence(crime_type, current, current - change) == line


def test_percent_change_is_exact() -> None:
    # 40 more on 205: 19.5121...% -> 19.5; a half rounds away from zero both ways.
    assert figures.percent_change(245, 205) == Decimal("19.5")
    assert figures.percent_change(203, 200) == Decimal("1.5")
    assert figures.percent_change(197, 200) == Decimal("-1.5")
    assert figures.percent_change(1, 8) == Decimal("-87.5")
    assert figures.percent_change(0, 3) == Decimal("-100.0")
    assert figures.percent_change(5, 0) is None  # no division by zero: "new"
    assert figures.format_percent(None) == "new"
    assert figures.format_percent(Decimal("-0.0")) == "0%"
    assert figures.change_text(3, 0) == "new (none the year before)"
    assert figures.count_text(1, "Burglary") == "1 offence"
    assert figures.count_text(1, "Anti-social behaviour") == "1 incident"
    # The total that puts ASB back with the crimes is neither offences nor incidents alone.
    assert figures.count_text(1406, "All crime and ASB") == "1406 crimes and incidents"


# Seed 000 (Hertsmere plan 2008-11): baseline 2003/4, 2007/08 target % reduction, 2007/08
# actual, and the % reduction against the baseline, which the plan gives to the whole percent.
SEED_000 = [
    ("Theft of vehicle", 413, 24, 299, "-27.6", 28, True),
    ("Theft from vehicle", 1239, 17, 904, "-27.0", 27, True),
    ("Domestic burglary", 649, 19, 518, "-20.2", 20, True),
    ("Theft from person", 146, 10, 116, "-20.5", 21, True),
    ("Common assault", 363, 5, 332, "-8.5", 9, True),
    ("Robbery", 88, 44, 58, "-34.1", 34, False),
    ("Criminal damage", 1714, 28, 1292, "-24.6", 25, False),
]


@pytest.mark.parametrize(("crime_type", "baseline", "target", "actual", "change", "plan_reduction",
                          "met"), SEED_000)
def test_seed_000_baseline_table(crime_type: str, baseline: int, target: int, actual: int,
                                 change: str, plan_reduction: int, met: bool) -> None:
    pct = figures.percent_change(actual, baseline)
    assert pct == Decimal(change)
    assert pct is not None and (-pct).quantize(Decimal(1), ROUND_HALF_UP) == plan_reduction
    assert figures.target_met(baseline, actual, Decimal(target)) is met
    assert figures.target_met(0, actual, Decimal(target)) is None
