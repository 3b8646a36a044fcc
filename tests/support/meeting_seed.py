"""A small partnership for the meetings tests: agencies, contacts, a locality, hotspots, a case,
a JAG series and its meetings, all saved through the services a user's actions go through."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from jagdesk.services.hotspots.hotspots import HotspotInput, change_status, save_hotspot
from jagdesk.services.meetings import (
    MeetingInput,
    SeriesInput,
    list_meeting_types,
    save_meeting,
    save_series,
)
from jagdesk.services.problem_solving.cases import CaseInput, save_case
from jagdesk.services.reference.agencies import AgencyInput, ContactInput, save_agency, save_contact
from jagdesk.services.reference.localities import LocalityInput, save_locality
from jagdesk.store.opening import Store

PROPOSED = date(2026, 8, 1)


@dataclass(frozen=True)
class Seeded:
    police: uuid.UUID
    council: uuid.UUID
    pc: uuid.UUID  # PC Aisha Rahman, police
    officer: uuid.UUID  # Priya Raman, council
    analyst: uuid.UUID  # Ruth Abbott, police
    borehamwood: uuid.UUID
    bushey: uuid.UUID
    parade: uuid.UUID  # active hotspot in Borehamwood
    park: uuid.UUID  # active hotspot in Bushey
    garages: uuid.UUID  # proposed hotspot in Borehamwood
    case: uuid.UUID  # review due 1 Nov 2026, Borehamwood
    jag_type: uuid.UUID
    ps_type: uuid.UUID
    series: uuid.UUID  # "Hertsmere JAG", prefix JAG, no locality


def seed(store: Store) -> Seeded:
    with store.unit_of_work("officer") as uow:
        police = save_agency(uow, AgencyInput("Hertfordshire Constabulary", "police")).id
        council = save_agency(uow, AgencyInput("Hertsmere Borough Council", "council")).id
        pc = save_contact(uow, ContactInput(police, "PC Aisha Rahman", "SNT")).id
        officer = save_contact(uow, ContactInput(council, "Priya Raman", "CSO")).id
        analyst = save_contact(uow, ContactInput(police, "Ruth Abbott", "Analyst")).id
        borehamwood = save_locality(uow, LocalityInput("Borehamwood")).id
        bushey = save_locality(uow, LocalityInput("Bushey")).id
        parade = save_hotspot(uow, HotspotInput("Shenley Road parade", 51.655688, -0.269328,
                                                radius_m=150, locality_id=borehamwood),
                              proposed_on=PROPOSED, today=PROPOSED).id
        park = save_hotspot(uow, HotspotInput("Bushey Heath park", 51.630, -0.340, radius_m=100,
                                              locality_id=bushey),
                            proposed_on=PROPOSED, today=PROPOSED).id
        garages = save_hotspot(uow, HotspotInput("Baldock Way garages", 51.662, -0.265,
                                                 radius_m=80, locality_id=borehamwood),
                                proposed_on=PROPOSED, today=PROPOSED).id
        for hotspot in (parade, park):
            change_status(uow, hotspot, None, "active", date(2026, 9, 1), "Adopted by the JAG.",
                          today=date(2026, 9, 1))
        case = save_case(uow, CaseInput("Street drinking at the parade", date(2026, 9, 1),
                                        review_on=date(2026, 11, 1), locality_id=borehamwood)).id
        types = {row.name: row.id for row in list_meeting_types(uow)}
        series = save_series(uow, SeriesInput("Hertsmere JAG", types["JAG"])).id
    return Seeded(police, council, pc, officer, analyst, borehamwood, bushey, parade, park, garages,
                  case, types["JAG"], types["Problem-solving meeting"], series)


def new_meeting(store: Store, seeded: Seeded, held_on: date, name: str | None = None,
                series: uuid.UUID | None | str = "jag", **changes: object) -> uuid.UUID:
    """A JAG meeting of the series (or of another series, or none) on a day."""
    series_id = seeded.series if series == "jag" else series
    assert not isinstance(series_id, str)
    values: dict[str, object] = {
        "name": name or f"Hertsmere JAG, {held_on:%B %Y}", "meeting_type_id": seeded.jag_type,
        "series_id": series_id, "held_on": held_on, "starts_at": time(10), "ends_at": time(12),
        "venue": "Civic Offices, Elstree Way", "chair_id": seeded.pc, "minute_taker_id": seeded.officer,
    }
    values.update(changes)
    with store.unit_of_work("officer") as uow:
        return save_meeting(uow, MeetingInput(**values)).id  # type: ignore[arg-type]
