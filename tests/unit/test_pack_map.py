"""The pack's map names the streets around a hotspot, each name clear of the others, of the hotspot,
the scale bar, the north arrow and the legend, and its legend says what each marker and line is."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pypdf

from jagdesk.domain.places.streets import street_name
from jagdesk.exports.meetings.pack.hotspots import MAP_HEIGHT
from jagdesk.exports.meetings.pack.map import MapFlowable, overlaps
from jagdesk.exports.meetings.pack.parts import FRAME_W
from jagdesk.exports.meetings.pack.pdf import write_pack_pdf
from tests.support.pack_sample import CENTRE, sample_map, sample_pack

STREETS = ("Shenley Road", "Theobald Street", "Drayton Road", "Glenhaven Avenue", "Furzehill Road",
           "Station Road", "Elstree Way", "Brook Road", "Manor Way", "Cowley Hill", "Eldon Avenue",
           "Gateshead Road", "Aycliffe Road", "Balmoral Drive", "Tempsford Avenue", "Leeming Road")


def _streets() -> tuple[tuple[str, tuple[tuple[float, float], ...]], ...]:
    """Streets crowded around the hotspot: some under it, several sharing a point."""
    lon, lat = CENTRE
    found = []
    for n, name in enumerate(STREETS):
        angle, step = n * 1.1, 0.0004 + 0.00025 * (n % 6)
        points = tuple((lon + step * math.cos(angle + k * 0.3) * 1.6, lat + step * math.sin(angle + k * 0.3))
                       for k in range(4))
        found.append((name, points))
    found.insert(0, ("Shenley Road under the hotspot", ((lon, lat), (lon + 0.0002, lat))))
    return tuple(found)


def _map() -> MapFlowable:
    return MapFlowable(replace(sample_map(), streets=_streets()), FRAME_W, MAP_HEIGHT)


def test_street_names_from_police_uk_locations() -> None:
    assert street_name("On or near Shenley Road") == "Shenley Road"
    assert street_name("On or near St Peter'S Street") == "St Peter's Street"
    for place in ("On or near Supermarket", "On or near Parking Area", "On or near Sports/Recreation Area",
                  "No Location", ""):
        assert street_name(place) == "", place


def test_labels_are_clear_of_each_other_and_of_everything_drawn() -> None:
    flowable = _map()
    labels = flowable.labels()
    streets = [label for label in labels if label.kind == "street"]
    assert len(streets) >= 8
    assert "Shenley Road under the hotspot" in [label.text for label in streets]  # set apart, with a line
    for n, label in enumerate(labels):
        x0, y0, x1, y1 = label.box
        assert x0 >= 0 and y0 >= 0 and x1 <= flowable.width and y1 <= flowable.height, label
        for other in labels[n + 1:]:
            assert not overlaps(label.box, other.box), (label.text, other.text)
        for box in flowable.obstacles():
            assert not overlaps(label.box, box), label.text
        # clear of the hotspot's circle
        cx, cy, r = flowable.width / 2, flowable.height / 2, flowable.reach / flowable.scale
        nearest = (min(max(cx, x0), x1), min(max(cy, y0), y1))
        assert math.hypot(nearest[0] - cx, nearest[1] - cy) >= r, label.text


def test_the_map_prints_its_names_and_a_legend(tmp_path: Path) -> None:
    pack = sample_pack(minutes_pages=1)
    sheet = replace(pack.hotspots[0], map=replace(sample_map(), streets=_streets()))
    path = tmp_path / "pack.pdf"
    write_pack_pdf(replace(pack, hotspots=(sheet,)), path)
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages).split())
    placed = [label.text for label in _map().labels() if label.kind == "street"]
    for name in placed:
        assert name in text, name
    for words in ("400 crimes nearby", "hotspot reach and point", "ward boundary", "Ward name",
                  "Street name", "at a police.uk crime location"):
        assert words in text, words
