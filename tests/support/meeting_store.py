"""Meetings for the meetings page tests, made through the services on the demo partnership: the
Borehamwood JAG with a held meeting (minutes, decisions, actions) and the next one, still planned."""

from __future__ import annotations

import uuid
from contextlib import closing
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from jagdesk.domain.meetings.vocabulary import ItemKind
from jagdesk.services import meetings as svc
from jagdesk.services.hotspots.hotspots import list_hotspots
from jagdesk.services.problem_solving.actions import ActionInput, add_update
from jagdesk.services.problem_solving.cases import list_cases
from jagdesk.services.reference.agencies import list_contacts
from jagdesk.store.opening import Store
from tests.support.stores import open_copy, private_env

SERIES = "Borehamwood JAG"
CHAIR = "Insp. Mark Ellison"
TAKER = "Priya Raman"
PARADE = "Shenley Road shopping parade, Borehamwood"


@dataclass(frozen=True)
class Jag:
    """The ids the tests look for."""

    series_id: uuid.UUID
    held_id: uuid.UUID  # May 2021, held, with minutes and actions
    next_id: uuid.UUID  # June 2021, planned, no agenda yet
    contacts: dict[str, uuid.UUID]


def add_jag(store: Store) -> Jag:
    """The JAG series, its May meeting (three items, minutes, two actions) and its June meeting."""
    with store.unit_of_work() as uow:
        types = {t.name: t for t in svc.list_meeting_types(uow)}
        contacts = {c.name: c.id for c in list_contacts(uow)}
        hotspots = {h.name: h.id for h in list_hotspots(uow)}
        cases = {c.reference: c.id for c in list_cases(uow)}
        series = svc.save_series(uow, svc.SeriesInput(SERIES, types["JAG"].id, None, "BJAG"))
        held = svc.save_meeting(uow, svc.MeetingInput(
            name="Borehamwood JAG, May 2021", series_id=series.id, held_on=date(2021, 5, 11),
            starts_at=time(10, 0), ends_at=time(12, 0), venue="Committee Room 2, Civic Offices, "
            "Elstree Way, Borehamwood", chair_id=contacts[CHAIR], minute_taker_id=contacts[TAKER],
            status="held", next_meeting="Tuesday 8 June 2021, 10:00, Civic Offices"))
        svc.set_attendance(uow, held.id, [
            svc.AttendeeInput(contacts[CHAIR]), svc.AttendeeInput(contacts[TAKER]),
            svc.AttendeeInput(contacts["PC Aisha Rahman"]), svc.AttendeeInput(contacts["Fiona Carr"]),
            svc.AttendeeInput(contacts["Siobhan Keane"], attendance="apologies"),
            svc.AttendeeInput(guest_name="Zofia Kowalczyk", guest_agency="Shenley Road traders",
                              attendance="present")], held.version)
        first = svc.add_item(uow, held.id, svc.ItemInput("Matters arising", ItemKind.MATTERS_ARISING))
        parade = svc.add_item(uow, held.id, svc.ItemInput(
            "Street drinking at the Shenley Road parade", ItemKind.HOTSPOT, hotspots[PARADE]))
        case = svc.add_item(uow, held.id, svc.ItemInput(
            "Darkes Lane car park: drug dealing", ItemKind.CASE, None, cases["PS-2021-002"]))
        svc.save_minutes(uow, first.id, first.version, "All actions from April were reviewed.", "")
        svc.save_minutes(uow, parade.id, parade.version,
                         "PC Rahman reported 14 calls about street drinking since April, mostly "
                         "Thursday to Saturday evenings by the Co-op.",
                         "Ask the council to extend the alcohol-free zone to the parade.")
        action = svc.add_meeting_action(uow, parade.id, ActionInput(
            "Draft the notice extending the alcohol-free zone", owner_contact_id=contacts[TAKER],
            due_on=date(2021, 6, 1)))
        add_update(uow, action.id, date(2021, 5, 20), "Draft sent to legal services.")
        svc.add_meeting_action(uow, case.id, ActionInput(
            "Ask the car park's owner for better lighting on level 2",
            owner_contact_id=contacts["Siobhan Keane"], due_on=date(2021, 5, 25), status="done",
            completed_on=date(2021, 5, 24)))
        upcoming = svc.save_meeting(uow, svc.MeetingInput(
            name="Borehamwood JAG, June 2021", series_id=series.id, held_on=date(2021, 6, 8),
            starts_at=time(10, 0), ends_at=time(12, 0), venue="Committee Room 2, Civic Offices",
            chair_id=contacts[CHAIR], minute_taker_id=contacts[TAKER]))
        return Jag(series.id, held.id, upcoming.id, contacts)


def build_template(demo_template: Path, folder: Path) -> tuple[Path, Jag]:
    """The demo partnership (a copy of `demo_template`) with the Borehamwood JAG, built once."""
    path = folder / "meetings.db"
    with private_env(folder / "data"), closing(open_copy(demo_template, path)) as store:
        jag = add_jag(store)
    return path, jag


def meeting(store: Store, meeting_id: uuid.UUID) -> svc.MeetingDetail:
    """The meeting as the store holds it now."""
    with store.unit_of_work() as uow:
        return svc.get_meeting(uow, meeting_id)
