"""The register's rows read in one query (the intervention, its person, locality, lead agency,
officer and breach counts) and judged by the rules as of a day: what the register page, the lists
and the figures show of thousands of interventions."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, String, case, func, select, type_coerce
from sqlalchemy.sql.elements import ColumnElement

from jagdesk.domain.asb.lifecycle import warnings_on
from jagdesk.domain.asb.powers import YOUTH_AGE, Settings
from jagdesk.domain.asb.rules import Facts, computed_ends_on, law_on, next_review_on
from jagdesk.domain.asb.vocabulary import LIVE, BreachAction, Kind, Status, Subject, outcome
from jagdesk.domain.people import full_name
from jagdesk.services.asb.types import InterventionRow
from jagdesk.store.models import Agency, AsbBreach, AsbIntervention, Contact, Locality, Person

# The vocabulary by stored value: a dictionary look-up costs a fraction of an Enum call, read for
# every row of a register of thousands.
KINDS = {kind.value: kind for kind in Kind}
SUBJECTS = {subject.value: subject for subject in Subject}
STATUSES = {status.value: status for status in Status}


def _raw(column: Any) -> ColumnElement[Any]:
    """A column read as the driver hands it back, without the ORM's conversion: SQLite's ids and
    dates come as text, converted below in a fraction of the time (PostgreSQL's driver already hands
    back UUIDs and dates, which the conversions pass through)."""
    return type_coerce(column, String)


# Each row's cells, in this order (row_of reads them by position).
(ID, REFERENCE, KIND, STATUS, LEGAL_BASIS, SUBJECT, PERSON_ID, PREMISES, PLACE, OPENED_ON, STARTS_ON,
 ENDS_ON, INDEFINITE, REVIEW_ON, ENDS_AT, COMPLY_BY, VERSION, GIVEN, FAMILY, BORN, LOCALITY, AGENCY,
 OFFICER, BREACHES, NOT_ACTED_ON) = range(25)


def register_query() -> Select[Any]:
    """The one query of the register's rows, newest first (by the day each was opened)."""
    a = AsbIntervention
    not_acted_on = case((AsbBreach.action == BreachAction.NONE.value, 1), else_=0)
    counts = (select(AsbBreach.intervention_id.label("intervention_id"), func.count().label("total"),
                     func.sum(not_acted_on).label("open"))
              .group_by(AsbBreach.intervention_id).subquery())
    return (
        select(_raw(a.id), a.reference, a.kind, a.status, a.legal_basis, a.subject, _raw(a.person_id),
               a.premises, a.place, _raw(a.opened_on), _raw(a.starts_on), _raw(a.ends_on), a.indefinite,
               _raw(a.review_on), _raw(a.ends_at), _raw(a.comply_by), a.version, Person.given_names,
               Person.family_name, _raw(Person.date_of_birth), Locality.name, Agency.name, Contact.name,
               counts.c.total, counts.c.open)
        .outerjoin(Person, Person.id == a.person_id)
        .outerjoin(Locality, Locality.id == a.locality_id)
        .outerjoin(Agency, Agency.id == a.lead_agency_id)
        .outerjoin(Contact, Contact.id == a.officer_id)
        .outerjoin(counts, counts.c.intervention_id == a.id)
        .order_by(a.opened_on.desc(), a.reference.desc())
    )


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _moment(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


# The rows last made, by the day and settings they were judged by and their cells: the register is
# read again each time its page is shown, and a row whose cells (its version, its person, its breach
# counts) have not changed is the same row. At most this many are kept.
_MADE: dict[tuple[date, Settings], dict[tuple[Any, ...], InterventionRow]] = {}
KEEP_ROWS = 100_000


class RowReader:
    """Turns the query's cells into rows, judged as of `today` by the law and `settings`; each
    person's id is made once for the whole register, and rows made before with the same cells are
    used again."""

    def __init__(self, today: date, settings: Settings) -> None:
        self.today, self.settings = today, settings
        self._ids: dict[Any, uuid.UUID] = {}
        key = (today, settings)
        if key not in _MADE:
            _MADE.clear()  # a new day or new settings: every row is judged afresh
            _MADE[key] = {}
        self._made = _MADE[key]
        if len(self._made) > KEEP_ROWS:
            self._made.clear()

    def row(self, cells: Sequence[Any]) -> InterventionRow:
        """The row of these cells, made once."""
        key = tuple(cells)
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = self._make(key)
        return found

    def _uuid(self, value: Any) -> uuid.UUID | None:
        if value is None or isinstance(value, uuid.UUID):
            return value
        found = self._ids.get(value)
        if found is None:
            found = self._ids[value] = uuid.UUID(str(value))
        return found

    def _make(self, cells: Sequence[Any]) -> InterventionRow:
        kind, subject, status = KINDS[cells[KIND]], SUBJECTS[cells[SUBJECT]], STATUSES[cells[STATUS]]
        opened, starts = _day(cells[OPENED_ON]), _day(cells[STARTS_ON])
        assert opened is not None  # every intervention has been opened
        born = _day(cells[BORN])
        # Only what the computed end, next review and warnings read (not who signed it, nor hours).
        facts = Facts(kind, subject, opened, starts, _day(cells[ENDS_ON]), bool(cells[INDEFINITE]),
                      _day(cells[REVIEW_ON]), born, None, _moment(cells[ENDS_AT]),
                      comply_by=_day(cells[COMPLY_BY]))
        power = law_on(facts, settings=self.settings)
        ends_on = computed_ends_on(facts, power)
        review = next_review_on(facts, power, self.today) if status in LIVE else None
        age = facts.age if born is not None else None
        if subject == Subject.PERSON:
            name = full_name(cells[GIVEN] or "", cells[FAMILY] or "")
        else:
            name = cells[PREMISES] if subject == Subject.PREMISES else cells[PLACE]
        return InterventionRow(
            self._uuid(cells[ID]), cells[REFERENCE], kind.value, kind.label, status.value,  # type: ignore[arg-type]
            outcome(kind, status), subject.value, name or "", self._uuid(cells[PERSON_ID]), age,
            "" if age is None else "youth" if age < YOUTH_AGE else "adult", cells[LOCALITY] or "",
            cells[AGENCY] or "", cells[OFFICER] or "", opened, starts, ends_on, review,
            cells[LEGAL_BASIS], int(cells[BREACHES] or 0), int(cells[NOT_ACTED_ON] or 0),
            warnings_on(facts, power, status, ends_on, review, self.today, self.settings.expiring_days),
            cells[VERSION])
