"""What the register's dialogs offer to pick from: the people register, the officers, agencies and
localities, the earlier interventions a new one may follow (a CPN's warning), and the cases,
hotspots and wards it may be linked to."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from jagdesk.domain.asb.vocabulary import Kind
from jagdesk.services.asb.reading import list_interventions
from jagdesk.services.hotspots.hotspots import list_hotspots
from jagdesk.services.people.people import list_people
from jagdesk.services.problem_solving.cases import list_cases
from jagdesk.services.reference.agencies import list_agencies, list_contacts
from jagdesk.services.reference.localities import list_localities, list_wards
from jagdesk.store.uow import UnitOfWork

Choice = tuple[str, uuid.UUID]


@dataclass(frozen=True)
class FormChoices:
    """Each list as (what the user reads, the id saved)."""

    people: tuple[Choice, ...]
    officers: tuple[Choice, ...]
    agencies: tuple[Choice, ...]
    localities: tuple[Choice, ...]
    # Earlier interventions by kind: (reference, kind and subject; id), for "follows".
    earlier: dict[str, tuple[Choice, ...]]
    cases: tuple[Choice, ...] = ()
    hotspots: tuple[Choice, ...] = ()
    wards: tuple[Choice, ...] = ()


def form_choices(uow: UnitOfWork, today: date) -> FormChoices:
    """Everything the intervention and letter dialogs offer, read in one unit of work."""
    people = tuple((f"{row.name} ({row.born_text or 'no date of birth'})", row.id)
                   for row in list_people(uow))
    officers = tuple((f"{row.name} ({row.agency_name})", row.id) for row in list_contacts(uow))
    agencies = tuple((row.name, row.id) for row in list_agencies(uow) if row.active)
    localities = tuple((row.name, row.id) for row in list_localities(uow))
    earlier: dict[str, list[Choice]] = {}
    for row in list_interventions(uow, today=today):
        if row.kind in (Kind.CPW.value, Kind.CLOSURE_NOTICE.value):
            earlier.setdefault(row.kind, []).append(
                (f"{row.reference} {row.kind_title}: {row.subject_name}", row.id))
    return FormChoices(people, officers, agencies, localities,
                       {kind: tuple(found) for kind, found in earlier.items()},
                       cases=tuple((f"{row.reference} {row.name}", row.id) for row in list_cases(uow)),
                       hotspots=tuple((row.name, row.id) for row in list_hotspots(uow)),
                       wards=tuple((f"{row.name} ({row.code})", row.id) for row in list_wards(uow)))
