"""British National Grid coordinates: checked against Ordnance Survey's own test points."""

from __future__ import annotations

import math

import numpy as np
import pytest
from pyproj.network import is_network_enabled  # type: ignore[attr-defined]

from jagdesk.domain.places.bng import from_bng, grid_reference, to_bng, to_bng_many

# Ordnance Survey's OSTN15 test points (OSTN15_OSGM15_TestInput_ETRStoOSGB.txt and its
# TestOutput): ETRS89 latitude/longitude and the OSGB36 National Grid easting/northing. ETRS89 and
# the WGS84 of police.uk agree to well under a metre in Britain.
OS_TEST_POINTS = [
    ("TP09 (London)", 51.48936564950, -0.11992557180, 530624.974, 178388.464),
    ("TP11 (Essex)", 51.89436637350, 0.89724327012, 599445.590, 225722.826),
    ("TP13 (Northamptonshire)", 52.25160951230, -0.91248956970, 474335.969, 262047.755),
    ("TP07 (Kent)", 51.37447025550, 1.44454730409, 639821.835, 169565.858),
]
# Without the OSTN15 grid (the laptop is offline), PROJ's Helmert transformation is good to ~2 m.
TOLERANCE_M = 3.0


@pytest.mark.parametrize(("name", "lat", "lon", "easting", "northing"), OS_TEST_POINTS)
def test_ordnance_survey_test_points(name: str, lat: float, lon: float, easting: float,
                                     northing: float) -> None:
    got_e, got_n = to_bng(lat, lon)
    assert math.hypot(got_e - easting, got_n - northing) < TOLERANCE_M, name


def test_borehamwood_is_where_partners_say() -> None:
    # The police.uk point "On or near Supermarket" on Shenley Road, a short walk from the civic
    # offices in Elstree Way (about E519500 N196800): within a few hundred metres of them.
    easting, northing = to_bng(51.655688, -0.269328)
    assert math.hypot(easting - 519500, northing - 196800) < 400
    assert grid_reference(easting, northing, 4) == "TQ 19 96"


def test_many_points_at_once_match_one_at_a_time() -> None:
    lats = np.array([51.655688, 51.658306, 51.697963])
    lons = np.array([-0.269328, -0.267551, -0.192512])
    eastings, northings = to_bng_many(lats, lons)
    for i in range(3):
        assert (eastings[i], northings[i]) == pytest.approx(to_bng(lats[i], lons[i]), abs=1e-6)


def test_round_trip() -> None:
    easting, northing = to_bng(51.687369, -0.225427)
    assert from_bng(easting, northing) == pytest.approx((51.687369, -0.225427), abs=1e-7)


def test_never_uses_the_network() -> None:
    to_bng(51.6557, -0.2693)
    assert is_network_enabled() is False


@pytest.mark.parametrize(("easting", "northing", "digits", "expected"), [
    (530624.974, 178388.464, 10, "TQ 30624 78388"),
    (530624.974, 178388.464, 6, "TQ 306 783"),
    (530624.974, 178388.464, 8, "TQ 3062 7838"),
    (134000, 25000, 4, "SW 34 25"),  # Land's End
    (338000, 973000, 4, "ND 38 73"),  # John o' Groats
    (447000, 1141000, 4, "HU 47 41"),  # Lerwick
    (216667, 771285, 10, "NN 16667 71285"),  # Ben Nevis
    (-5, 100, 10, ""),
    (700_000, 100, 10, ""),
])
def test_grid_references(easting: float, northing: float, digits: int, expected: str) -> None:
    assert grid_reference(easting, northing, digits) == expected


def test_grid_reference_digits() -> None:
    with pytest.raises(ValueError):
        grid_reference(530624, 178388, 5)
