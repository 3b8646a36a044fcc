"""Moving an intervention through its lifecycle (offered, signed, granted, served...) and extending
an order, each step kept in its history."""

from __future__ import annotations

import uuid
from datetime import date

from jagdesk.domain.asb.lifecycle import extension_problem, transition_problem
from jagdesk.domain.asb.rules import computed_ends_on, law_on, refusals
from jagdesk.domain.asb.vocabulary import Kind, Status, statuses
from jagdesk.domain.common.day_text import day_text
from jagdesk.errors import ValidationError
from jagdesk.services.asb.interventions import get_intervention
from jagdesk.services.asb.reading import facts_of, prior_of
from jagdesk.services.asb.settings import asb_settings
from jagdesk.services.asb.types import InterventionRow
from jagdesk.services.common.records import load_for_change
from jagdesk.store.models import AsbIntervention, AsbStatusChange, Person
from jagdesk.store.uow import UnitOfWork

# Reaching these, an intervention has started: its start is the day of the change if none is set.
STARTING = frozenset({Status.SIGNED, Status.GRANTED, Status.SERVED, Status.MADE, Status.ISSUED,
                      Status.SENT, Status.GIVEN, Status.AUTHORISED})


def _record(record: AsbIntervention, new: str, on: date, note: str) -> None:
    record.status_changes.append(AsbStatusChange(
        changed_on=on, from_status=record.status, to_status=new, note=note.strip()))
    record.status = new


def change_status(uow: UnitOfWork, record_id: uuid.UUID, new_status: str, changed_on: date,
                  expected_version: int | None, note: str = "",
                  today: date | None = None) -> InterventionRow:
    """Move the intervention to `new_status` on `changed_on`: refused when its lifecycle does not
    allow it, or when the intervention, started that day, would break a rule of its power."""
    record = load_for_change(uow, AsbIntervention, record_id, expected_version)
    kind = Kind(record.kind)
    if new_status not in statuses(kind):
        raise ValidationError({"status": f"'{new_status}' is not a status of a {kind.label}."})
    new = Status(new_status)
    problem = transition_problem(kind, Status(record.status), new)
    if problem:
        raise ValidationError({"status": problem})
    if changed_on < record.opened_on:
        raise ValidationError({"changed_on": f"The change ({day_text(changed_on)}) is before the "
                                             f"{kind.label} was opened ({day_text(record.opened_on)})."})
    if new in STARTING and record.starts_on is None:
        record.starts_on = changed_on
    born = uow.get(Person, record.person_id).date_of_birth if record.person_id else None
    found = refusals(facts_of(record, born, prior_of(uow, record.follows_id)), settings=asb_settings(uow))
    if found:
        raise ValidationError({"rules": found[0]})
    _record(record, new.value, changed_on, note)
    uow.commit()
    return get_intervention(uow, record.id, today)


def extend_intervention(uow: UnitOfWork, record_id: uuid.UUID, new_ends_on: date, changed_on: date,
                        expected_version: int | None, note: str = "",
                        today: date | None = None) -> InterventionRow:
    """Extend an order to `new_ends_on` (a PSPO by up to 3 years each time, a closure order to at
    most 6 months in all), kept in its history as "extended"."""
    record = load_for_change(uow, AsbIntervention, record_id, expected_version)
    kind = Kind(record.kind)
    facts = facts_of(record, None)
    power = law_on(facts, settings=asb_settings(uow))
    current = computed_ends_on(facts, power)
    problem = None if power is not None else f"The {kind.label} was not in force on its date."
    problem = problem or extension_problem(facts, power, current, new_ends_on)  # type: ignore[arg-type]
    problem = problem or transition_problem(kind, Status(record.status), Status.EXTENDED)
    if problem:
        raise ValidationError({"ends_on": problem})
    record.ends_on = new_ends_on
    was = day_text(current) if current else "no end"
    _record(record, Status.EXTENDED.value, changed_on,
            f"extended from {was} to {day_text(new_ends_on)}" + (f": {note.strip()}" if note.strip() else ""))
    uow.commit()
    return get_intervention(uow, record.id, today)
