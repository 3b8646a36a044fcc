"""The areas drawn for ASB powers, on each backend: which are in force on a day (the map outlines
those), and how big each is."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from jagdesk.services.asb.drawn_area import area_km2, area_sentence, areas_in_force, drawn_ring
from jagdesk.services.asb.interventions import save_intervention
from jagdesk.services.asb.status import change_status
from jagdesk.services.asb.types import InterventionInput
from jagdesk.store.opening import Store

TODAY = date(2021, 3, 4)
WEST, EAST, SOUTH, NORTH = -0.2720, -0.2670, 51.6540, 51.6570
SQUARE = json.dumps({"type": "Polygon", "coordinates": [[
    [WEST, NORTH], [EAST, NORTH], [EAST, SOUTH], [WEST, SOUTH], [WEST, NORTH]]]})


def test_only_the_areas_in_force_today_are_outlined(demo_on_backend: Store) -> None:
    pspo = InterventionInput("PSPO", "area", date(2021, 1, 4), place="Shenley Road shops", area=SQUARE)
    with demo_on_backend.unit_of_work("t") as uow:
        before = areas_in_force(uow, TODAY)
        in_force = save_intervention(uow, pspo, today=TODAY)
        for status in ("consulted on", "made", "in force"):
            in_force = change_status(uow, in_force.id, status, date(2021, 2, 1), in_force.version,
                                     today=TODAY)
        save_intervention(uow, replace(pspo, place="Proposed only"), today=TODAY)
        save_intervention(uow, replace(pspo, place="No area drawn", area=None), today=TODAY)
        found = areas_in_force(uow, TODAY)
    assert [(p.reference, p.title) for p in found if p not in before] == [
        (in_force.reference, "Public Spaces Protection Order")]
    assert json.loads(found[-1].geojson) == json.loads(SQUARE)


def test_a_drawn_area_is_measured_on_the_grid() -> None:
    assert area_km2(SQUARE) == pytest.approx(0.1155, abs=0.001)
    assert area_sentence(SQUARE) == "Area drawn on the map, 0.12 km²."
    tiny = json.dumps({"type": "Polygon", "coordinates": [[
        [WEST, NORTH], [WEST + 0.0003, NORTH], [WEST, NORTH - 0.0002], [WEST, NORTH]]]})
    assert area_sentence(tiny).startswith("Area drawn on the map, ") and area_sentence(tiny).endswith(" m².")
    for unreadable in (None, "", "not json", '{"type": "Point", "coordinates": [0, 51]}'):
        assert drawn_ring(unreadable) == [] and area_sentence(unreadable) == ""
