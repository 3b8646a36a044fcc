"""The problem-solving cases tests' partnership (two agencies, a contact of each, a locality and two
hotspots), and cases, actions and people saved through the services as the GUI saves them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from jagdesk.services.hotspots.hotspots import HotspotInput, save_hotspot
from jagdesk.services.people.people import PersonInput, save_person
from jagdesk.services.problem_solving.actions import ActionInput, save_action
from jagdesk.services.problem_solving.cases import CaseInput, save_case
from jagdesk.services.reference.agencies import AgencyInput, ContactInput, save_agency, save_contact
from jagdesk.services.reference.localities import LocalityInput, save_locality
from jagdesk.store.opening import Store

OPENED = date(2026, 3, 3)
TODAY = date(2026, 6, 15)


@dataclass(frozen=True)
class Partnership:
    police: uuid.UUID
    council: uuid.UUID
    pc: uuid.UUID  # a police contact
    officer: uuid.UUID  # a council contact
    locality: uuid.UUID
    parade: uuid.UUID  # a hotspot
    park: uuid.UUID


def add_partners(store: Store) -> Partnership:
    with store.unit_of_work("test") as uow:
        police = save_agency(uow, AgencyInput("Hertfordshire Constabulary", "police")).id
    with store.unit_of_work("test") as uow:
        council = save_agency(uow, AgencyInput("Hertsmere Borough Council", "council")).id
    with store.unit_of_work("test") as uow:
        pc = save_contact(uow, ContactInput(police, "PC Aisha Rahman", "SNT")).id
    with store.unit_of_work("test") as uow:
        officer = save_contact(uow, ContactInput(council, "Priya Raman", "CSO")).id
    with store.unit_of_work("test") as uow:
        locality = save_locality(uow, LocalityInput("Borehamwood")).id
    with store.unit_of_work("test") as uow:
        parade = save_hotspot(uow, HotspotInput("Shenley Road parade", 51.655688, -0.269328,
                                                radius_m=150)).id
    with store.unit_of_work("test") as uow:
        park = save_hotspot(uow, HotspotInput("Aycliffe Road park", 51.667669, -0.280599)).id
    return Partnership(police, council, pc, officer, locality, parade, park)


def new_case(store: Store, name: str = "Street drinking at the parade", **changes: object) -> uuid.UUID:
    data = replace(CaseInput(name=name, opened_on=OPENED), **changes)  # type: ignore[arg-type]
    with store.unit_of_work("officer") as uow:
        return save_case(uow, data).id


def add_action(store: Store, case_id: uuid.UUID, description: str, **changes: object) -> uuid.UUID:
    data = replace(ActionInput(description), **changes)  # type: ignore[arg-type]
    with store.unit_of_work("officer") as uow:
        return save_action(uow, case_id, data, today=TODAY).id


def person(store: Store, family: str, given: str = "", **flags: bool) -> uuid.UUID:
    with store.unit_of_work("officer") as uow:
        return save_person(uow, PersonInput(family, given, **flags)).id  # type: ignore[arg-type]
