"""A small partnership for the ASB register's tests: a council and the police, an officer, a
locality, people of several ages and scripts, and a helper to record interventions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from jagdesk.services.asb.interventions import save_intervention
from jagdesk.services.asb.types import InterventionInput, InterventionRow
from jagdesk.services.people.people import PersonInput, save_person
from jagdesk.services.reference.agencies import AgencyInput, ContactInput, save_agency, save_contact
from jagdesk.services.reference.localities import LocalityInput, save_locality
from jagdesk.store.opening import Store

TODAY = date(2024, 6, 10)


@dataclass(frozen=True)
class AsbPartnership:
    council: uuid.UUID
    police: uuid.UUID
    officer: uuid.UUID
    locality: uuid.UUID
    adult: uuid.UUID  # Seán O'Brien-Smith, 30
    youth: uuid.UUID  # Zainab Hussain, 15
    child: uuid.UUID  # Amrit ਸਿੰਘ, 9


def add_person(store: Store, family: str, given: str, born: date, address: str = "") -> uuid.UUID:
    with store.unit_of_work("officer") as uow:
        return save_person(uow, PersonInput(family, given, date_of_birth=born, address=address),
                           today=TODAY).id


def asb_partnership(store: Store) -> AsbPartnership:
    with store.unit_of_work("officer") as uow:
        council = save_agency(uow, AgencyInput("Hertsmere Borough Council", "council")).id
    with store.unit_of_work("officer") as uow:
        police = save_agency(uow, AgencyInput("Hertfordshire Constabulary", "police")).id
    with store.unit_of_work("officer") as uow:
        officer = save_contact(uow, ContactInput(council, "Priya Raman", "ASB officer")).id
    with store.unit_of_work("officer") as uow:
        locality = save_locality(uow, LocalityInput("Borehamwood")).id
    adult = add_person(store, "O'Brien-Smith", "Seán", date(1994, 1, 2), "12 Shenley Road, Borehamwood")
    youth = add_person(store, "Hussain", "Zainab", date(2009, 1, 1), "4 Howard Drive, Borehamwood")
    child = add_person(store, "ਸਿੰਘ", "Amrit", date(2015, 1, 1), "7 Aycliffe Road, Borehamwood")
    return AsbPartnership(council, police, officer, locality, adult, youth, child)


def record(store: Store, kind: str, subject: str = "person", opened_on: date = TODAY,
           **changes: object) -> InterventionRow:
    data = replace(InterventionInput(kind, subject, opened_on), **changes)  # type: ignore[arg-type]
    with store.unit_of_work("officer") as uow:
        return save_intervention(uow, data, today=TODAY)
